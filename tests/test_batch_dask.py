"""The Dask executor against a LocalCluster: same store, results committed as they come back."""
from conftest import FIXTURES

from cvparse.batch import run_batch
from cvparse.batch.store import Store


def test_batch_on_a_dask_local_cluster(tmp_path):
    from distributed import LocalCluster

    for slug in ("jakes-us-resume", "lebenslauf-de"):
        (tmp_path / f"{slug}.pdf").write_bytes((FIXTURES / f"{slug}.pdf").read_bytes())
    (tmp_path / "notes.pdf").write_text("not a PDF")
    db = tmp_path / "store.db"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run_batch([str(tmp_path)], db, executor="dask", scheduler=cluster.scheduler_address,
                            progress=None)
    assert summary.parsed == 2 and summary.failed == {"not_a_pdf": 1}
    rows = {row["files"][0].rsplit("/", 1)[1]: row for row in Store(db).rows()}
    assert rows["jakes-us-resume.pdf"]["record"]["basics"]["name"]
    assert rows["notes.pdf"]["error"]["type"] == "not_a_pdf"
    again = run_batch([str(tmp_path)], db, executor="dask", scheduler="tcp://127.0.0.1:1", progress=None)
    assert again.skipped == 3  # nothing to parse: the scheduler is not even contacted
