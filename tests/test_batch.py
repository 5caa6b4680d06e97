"""Batch ingestion: every input accounted for, duplicates once, kill -9 and rerun, skips, exports."""
import csv
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from conftest import FIXTURES
from typer.testing import CliRunner

from cvparse.batch import BatchError, run_batch
from cvparse.batch.inputs import expand
from cvparse.batch.store import Outcome, Store
from cvparse.batch.worker import FAULTS_VARIABLE
from cvparse.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import badinputs  # noqa: E402
from batch import unique_copies  # noqa: E402

CLI = [sys.executable, "-m", "cvparse"]
GOOD = ["hayou-cv", "jakes-us-resume", "lebenslauf-de", "typst-resume", "word-docx"]
BAD = {"empty.pdf": (b"", "not_a_pdf"), "notes.pdf": (b"Dear recruiter,\nplease find my CV.\n", "not_a_pdf"),
       "random.pdf": (badinputs.random_bytes(), "not_a_pdf"), "truncated.pdf": (badinputs.truncated(), "damaged")}


def export_rows(db: Path) -> list[dict]:
    result = CliRunner().invoke(app, ["export", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def committed(db: Path, status: str = "ok") -> int:
    """Documents with a hash and this status (any status: '%') committed in the store so far."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
            return con.execute("SELECT count(*) FROM documents WHERE sha256 IS NOT NULL AND status LIKE ?",
                               (status,)).fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def acceptance(tmp_path_factory):
    """The acceptance folder, a first run killed with SIGKILL after its first record, then a rerun."""
    root = tmp_path_factory.mktemp("batch")
    folder = root / "cvs"
    (folder / "second").mkdir(parents=True)
    unique_copies([FIXTURES / f"{slug}.pdf" for slug in GOOD], folder, 2)
    duplicate = folder / "second" / "same-as-hayou.pdf"
    duplicate.write_bytes((folder / "hayou-cv-000.pdf").read_bytes())
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "vanished.pdf").symlink_to(root / "nowhere.pdf")
    (folder / "cover-letter.txt").write_text("not a CV")
    db = root / "store.db"

    first = subprocess.Popen(CLI + ["batch", str(folder), "--db", str(db), "--workers", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while committed(db) == 0 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = psutil.Process(first.pid).children(recursive=True)
    first.send_signal(signal.SIGKILL)
    first.wait()
    _, orphans = psutil.wait_procs(workers, timeout=30)  # workers see the parent's pipe close and stop
    before, before_any = committed(db), committed(db, "%")

    second = subprocess.run(CLI + ["batch", str(folder), "--db", str(db), "--workers", "2"],
                            capture_output=True, text=True, timeout=180)
    return {"folder": folder, "db": db, "before": before, "before_any": before_any, "workers": workers, "orphans": orphans, "second": second, "duplicate": duplicate,
            "documents": 2 * len(GOOD) + len(BAD) + 1}


def test_kill_during_the_run_then_rerun_completes_the_rest(acceptance):
    second = acceptance["second"]
    assert second.returncode == 0, second.stderr
    good = 2 * len(GOOD)
    assert 1 <= acceptance["before"] < good  # the first run was stopped with records committed and work left
    progress = second.stderr.splitlines()  # not a terminal: plain log lines, no bar
    # The bad files sort after the first good one, so the kill left some of them to the rerun.
    assert any(re.fullmatch(r"cvparse: batch: failed: \S+\.pdf: (not_a_pdf|damaged): .+", line) for line in progress)
    assert re.fullmatch(rf"cvparse: batch: {second_todo(acceptance)}/{second_todo(acceptance)} documents, "
                        r"[\d.]+/s, ETA 0:00:00, \d+ failed", progress[-1])
    summary = second.stdout.strip()
    assert f"{good - acceptance['before']} parsed" in summary
    assert f"{acceptance['before_any']} skipped" in summary
    assert acceptance["workers"] and not acceptance["orphans"]
    rows = export_rows(acceptance["db"])
    keys = [row["sha256"] or row["files"][0] for row in rows]
    assert len(keys) == len(set(keys)) == acceptance["documents"]


def second_todo(acceptance) -> int:
    """Documents the rerun had to parse: all but those committed before the kill (the io one has no hash)."""
    return acceptance["documents"] - 1 - acceptance["before_any"]


def test_every_input_is_in_the_export_with_its_status(acceptance):
    rows = export_rows(acceptance["db"])
    by_path = {Path(path).name: row for row in rows for path in row["files"]}
    inputs = {p.name for p in acceptance["folder"].rglob("*.pdf")}
    assert set(by_path) == inputs
    for slug in GOOD:
        for number in range(2):
            row = by_path[f"{slug}-{number:03d}.pdf"]
            assert row["status"] == "ok" and row["error"] is None
            assert row["record"]["source"]["sha256"] == row["sha256"] and row["record"]["basics"]["name"]
    for name, (_, kind) in BAD.items():
        assert by_path[name]["status"] == "failed" and by_path[name]["record"] is None
        assert by_path[name]["error"]["type"] == kind and by_path[name]["error"]["message"]
    vanished = by_path["vanished.pdf"]
    assert vanished["status"] == "failed" and vanished["error"]["type"] == "io" and vanished["sha256"] is None


def test_the_duplicate_is_one_row_with_both_paths(acceptance):
    rows = [row for row in export_rows(acceptance["db"]) if str(acceptance["duplicate"]) in row["files"]]
    assert len(rows) == 1
    assert sorted(Path(p).name for p in rows[0]["files"]) == ["hayou-cv-000.pdf", "same-as-hayou.pdf"]


def test_a_third_run_parses_nothing(acceptance):
    third = subprocess.run(CLI + ["batch", str(acceptance["folder"]), "--db", str(acceptance["db"])],
                           capture_output=True, text=True, timeout=60)
    assert third.returncode == 0, third.stderr
    # Every document is skipped; only the unreadable path, which has no hash, is looked at again.
    assert f"0 parsed, 1 failed (io 1), {acceptance['documents'] - 1} skipped" in third.stdout
    assert "1 non-PDF files in the folders ignored" in third.stdout


def test_exports_csv_and_parquet_have_one_row_per_document_written_0600(acceptance, tmp_path):
    import pyarrow.parquet as pq

    nested = export_rows(acceptance["db"])
    expected = {(row["sha256"], ";".join(row["files"]), row["status"]) for row in nested}
    out_csv, out_parquet = tmp_path / "rows.csv", tmp_path / "rows.parquet"
    for fmt, out in (("csv", out_csv), ("parquet", out_parquet)):
        result = CliRunner().invoke(app, ["export", "--db", str(acceptance["db"]), "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_mode & 0o777 == 0o600
    with out_csv.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {(row["sha256"] or None, row["files"], row["status"]) for row in rows} == expected
    names = {row["record"]["basics"]["name"] for row in nested if row["record"]}
    assert {row["name"] for row in rows if row["status"] == "ok"} == names
    table = pq.read_table(out_parquet).to_pylist()
    assert {(row["sha256"], row["files"], row["status"]) for row in table} == expected
    assert all(row["error"] for row in table if row["status"] == "failed")


def test_the_store_is_private(acceptance):
    assert acceptance["db"].stat().st_mode & 0o777 == 0o600


def test_force_reparses_and_retry_failed_reparses_only_failures(tmp_path):
    for name in ("empty.pdf", "notes.pdf"):
        (tmp_path / name).write_bytes(BAD[name][0])
    db = tmp_path / "store.db"
    options = dict(workers=1, progress=None, warm=False)
    assert run_batch([str(tmp_path / "*.pdf")], db, **options).failed == {"not_a_pdf": 2}
    assert run_batch([str(tmp_path)], db, **options).skipped == 2
    assert run_batch([str(tmp_path)], db, force=True, **options).failed == {"not_a_pdf": 2}
    again = run_batch([str(tmp_path)], db, retry_failed=True, **options)
    assert again.failed == {"not_a_pdf": 2} and again.skipped == 0


def test_hang_crash_and_memory_are_recorded_and_the_batch_goes_on(tmp_path, monkeypatch):
    monkeypatch.setenv(FAULTS_VARIABLE, "1")
    for kind in ("hang", "crash", "oom"):
        (tmp_path / f"{kind}.pdf").write_bytes(b"%cvparse-fault:" + kind.encode() + b"\n")
    (tmp_path / "z-notes.pdf").write_bytes(BAD["notes.pdf"][0])  # after the faults, on a fresh worker
    db = tmp_path / "store.db"
    from cvparse.limits import Limits

    summary = run_batch([str(tmp_path)], db, workers=1, limits=Limits(timeout=1), max_memory=1024,
                        progress=None, warm=False)
    assert summary.failed == {"timeout": 1, "crashed": 1, "memory": 1, "not_a_pdf": 1}
    reasons = {Path(row["files"][0]).stem: row["error"] for row in Store(db).rows()}
    assert "SIGSEGV" in reasons["crash"]["message"]


def test_no_input_or_an_unwritable_store_stops_the_batch(tmp_path):
    with pytest.raises(BatchError):
        run_batch([str(tmp_path)], tmp_path / "store.db", progress=None)  # an empty folder
    (tmp_path / "cv.pdf").write_bytes(b"")
    with pytest.raises(BatchError):
        run_batch([str(tmp_path)], tmp_path / "no-such-folder" / "store.db", progress=None)
    result = subprocess.run(CLI + ["batch", str(tmp_path / "typo"), "--db", str(tmp_path / "s.db")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "no input files" in result.stderr and "Traceback" not in result.stderr


def test_inputs_are_files_folders_and_globs(tmp_path):
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for name in ("a/one.pdf", "a/deep/TWO.PDF", "a/notes.txt", "a/.partial.pdf", ".hidden/x.pdf", "three.doc"):
        (tmp_path / name).write_bytes(b"")
    found = expand([str(tmp_path / "a"), str(tmp_path / "three.doc"), str(tmp_path / "*.doc"),
                    str(tmp_path / "a" / "one.pdf"), str(tmp_path / "missing.pdf"), str(tmp_path / "*.none")])
    names = [os.path.relpath(f, tmp_path) for f in found.files]
    assert names == ["a/one.pdf", "a/deep/TWO.PDF", "three.doc"]
    assert found.ignored == 1
    assert [os.path.basename(m) for m in found.missing] == ["missing.pdf", "*.none"]


def test_a_changed_file_moves_its_path_and_drops_the_old_document(tmp_path):
    store = Store(tmp_path / "store.db")
    store.save("path:/cv.pdf", None, ["/cv.pdf"], Outcome.failed("io", "cannot read"), "p")
    store.save("aaa", "aaa", ["/cv.pdf", "/copy.pdf"], Outcome("ok", record="{}"), "p")
    store.save("bbb", "bbb", ["/cv.pdf"], Outcome("ok", record="{}"), "p")
    rows = {row["sha256"]: row["files"] for row in store.rows()}
    assert rows == {"aaa": ["/copy.pdf"], "bbb": ["/cv.pdf"]}
    store.save("ccc", "ccc", ["/copy.pdf"], Outcome("ok", record="{}"), "p")
    assert {row["sha256"] for row in store.rows()} == {"bbb", "ccc"}


def test_a_document_is_parsed_again_only_for_another_parser_or_when_asked():
    from cvparse.batch.job import Options, parser_version
    from cvparse.limits import Limits

    def options(**changes):
        base = dict(workers=1, engine="pdfium", limits=Limits(), max_memory=0, force=False, retry_failed=False,
                    executor="local", scheduler=None, warm=False)
        return Options(**{**base, **changes})

    same, other = parser_version("pdfium"), parser_version("pdfplumber")
    assert not options().wants((same, "ok")) and not options().wants((same, "failed"))
    assert options().wants(None) and options().wants((other, "ok"))
    assert options(force=True).wants((same, "ok"))
    assert options(retry_failed=True).wants((same, "failed")) and not options(retry_failed=True).wants((same, "ok"))
