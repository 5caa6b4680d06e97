"""Flat exports of the batch store: CSV and Parquet a spreadsheet or a data frame opens."""
import csv
import io
import json
from datetime import date

import pytest
from conftest import parsed
from typer.testing import CliRunner

from cvparse.batch.store import Outcome, Store
from cvparse.cli import app
from cvparse.export.tables import DOCUMENT_COLUMNS, flatten, tables, years_of_experience

SLUGS = ("hayou-cv", "jakes-us-resume")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A store as a batch leaves it: two parsed fixtures and one failed file."""
    path = tmp_path_factory.mktemp("export") / "store.db"
    db = Store(path)
    for slug in SLUGS:
        record = parsed(slug)
        sha = record["source"]["sha256"]
        db.save(sha, sha, [f"/cvs/{slug}.pdf"], Outcome("ok", record=json.dumps(record)), "cvparse test")
    db.save("f" * 64, "f" * 64, ["/cvs/notes.pdf", "/cvs/copy.pdf"],
            Outcome.failed("not_a_pdf", "not a PDF (no %PDF- header)"), "cvparse test")
    db.close()
    return path


def export(store, *args):
    return CliRunner().invoke(app, ["export", "--db", str(store), *args])


def read_csv(text):
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_one_flat_row_per_document(store, tmp_path):
    out = tmp_path / "cvs.csv"
    result = export(store, "--format", "csv", "--out", str(out))
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == list(DOCUMENT_COLUMNS)
    assert len(rows) == 3
    hayou = next(row for row in rows if row["files"] == "/cvs/hayou-cv.pdf")
    # What the golden PDF prints: its name, e-mail, current job (2023 – Current) and PhD.
    assert hayou["name"] == "Soufiane Hayou" and hayou["email"] == "hayou@berkeley.edu"
    assert (hayou["position"], hayou["organization"]) == ("Researcher", "Simons Institute, UC Berkeley")
    assert (hayou["degree"], hayou["institution"]) == ("PhD", "University of Oxford")
    assert "PyTorch (6+ years)" in hayou["skills"].split(";") and hayou["status"] == "ok"
    assert float(hayou["years_experience"]) > 3
    assert hayou["sha256"] == parsed("hayou-cv")["source"]["sha256"]
    failed = next(row for row in rows if row["status"] == "failed")
    assert failed["error"] == "not_a_pdf: not a PDF (no %PDF- header)" and failed["name"] == ""
    assert failed["files"] == "/cvs/copy.pdf;/cvs/notes.pdf"
    assert out.stat().st_mode & 0o777 == 0o600


def test_experience_table_has_a_row_per_entry_keyed_by_sha256(store):
    result = export(store, "--format", "csv", "--table", "experience")
    assert result.exit_code == 0, result.output
    rows = read_csv(result.stdout)
    for slug in SLUGS:
        record = parsed(slug)
        mine = [row for row in rows if row["sha256"] == record["source"]["sha256"]]
        assert [row["organization"] for row in mine] == [e["organization"] or "" for e in record["experience"]]
        assert all(row["files"] == f"/cvs/{slug}.pdf" for row in mine)
    assert "provenance" not in rows[0] and rows[0]["current"] in ("True", "False")


def test_fields_pick_the_columns_in_their_order(store):
    result = export(store, "--format", "csv", "--fields", "sha256,name")
    assert result.exit_code == 0, result.output
    rows = read_csv(result.stdout)
    assert list(rows[0]) == ["sha256", "name"] and {row["name"] for row in rows} >= {"Soufiane Hayou"}
    jsonl = export(store, "--table", "skills", "--fields", "sha256,keywords")
    assert jsonl.exit_code == 0 and all(set(json.loads(line)) == {"sha256", "keywords"}
                                        for line in jsonl.stdout.splitlines())


def test_a_bad_field_or_table_is_a_one_line_error_listing_the_valid_ones(store, tmp_path):
    out = tmp_path / "never.csv"
    result = export(store, "--format", "csv", "--fields", "name,salary", "--out", str(out))
    assert result.exit_code == 2 and not out.exists()
    message = result.stderr.strip()
    assert "\n" not in message and "salary" in message and "years_experience" in message
    result = export(store, "--format", "csv", "--table", "hobbies")
    assert result.exit_code == 2 and "experience" in result.stderr and "Traceback" not in result.output


def test_parquet_reads_back_typed(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")  # the test extra installs it
    out = tmp_path / "cvs.parquet"
    assert export(store, "--format", "parquet", "--out", str(out)).exit_code == 0
    table = pq.read_table(out)
    assert table.column_names == list(DOCUMENT_COLUMNS)
    assert str(table.schema.field("years_experience").type) == "double"
    rows = table.to_pylist()
    assert {row["name"] for row in rows if row["status"] == "ok"} >= {"Soufiane Hayou"}
    out = tmp_path / "jobs.parquet"
    assert export(store, "--format", "parquet", "--table", "experience", "--out", str(out)).exit_code == 0
    jobs = pq.read_table(out)
    assert str(jobs.schema.field("current").type) == "bool"
    assert jobs.num_rows == sum(len(parsed(slug)["experience"]) for slug in SLUGS)


def test_the_default_export_stays_nested_json_lines(store):
    result = export(store)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and len(rows) == 3
    assert {row["record"]["schema"] for row in rows if row["record"]} == {"cvparse/1"}


def test_years_of_experience_merge_overlaps_and_count_open_ends_to_the_parse_date():
    jobs = [{"start": "2019-01", "end": "2020-12"},  # 24 months
            {"start": "2020-01", "end": "2021-06"},  # overlaps: 6 more
            {"start": "2018", "end": "2018"},  # a year alone at both ends: nothing
            {"start": None, "end": "2010"},  # no start: not counted
            {"start": "2023-01", "current": True}]  # open: to the parse date (1 January 2024)
    assert years_of_experience(jobs, date(2024, 1, 1)) == 3.5
    assert years_of_experience([{"start": "2018", "end": "2020"}]) == 2.0


def test_every_list_of_the_record_is_a_table():
    assert {"documents", "experience", "education", "skills", "languages", "publications", "awards"} <= set(tables())
    table = flatten([{"sha256": "s", "files": ["a.pdf"], "status": "ok", "error": None,
                      "record": {"languages": [{"language": "French", "fluency": "native",
                                                "provenance": {"language": {"page": 1, "box": [0, 0, 1, 1]}}}]}}],
                    "languages")
    assert list(table.rows) == [{"sha256": "s", "files": "a.pdf", "section": None, "confidence": None,
                                 "language": "French", "fluency": "native", "code": None, "cefr": None}]


def test_parquet_without_pyarrow_names_the_extra(store, tmp_path, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)  # import fails as if not installed
    out = tmp_path / "cvs.parquet"
    result = export(store, "--format", "parquet", "--out", str(out))
    assert result.exit_code == 2 and "cvparse[parquet]" in result.stderr and not out.exists()
    assert "\n" not in result.stderr.strip()


def test_an_unwritable_out_or_a_missing_store_is_one_line(store, tmp_path):
    result = export(store, "--format", "csv", "--out", str(tmp_path / "nowhere" / "cvs.csv"))
    assert result.exit_code == 2 and "nowhere" in result.stderr and "\n" not in result.stderr.strip()
    result = CliRunner().invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no store" in result.stderr
