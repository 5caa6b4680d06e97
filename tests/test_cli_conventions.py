"""Command-line conventions: version, -h, completion, several files, choices, one-line errors, advice."""
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES
from typer.testing import CliRunner

import cvparse
from cvparse.batch.progress import BarProgress, PlainProgress
from cvparse.cli import app

sys.path.insert(0, str(FIXTURES.parent.parent / "benchmarks"))
import badinputs  # noqa: E402

CLI = [sys.executable, "-m", "cvparse"]
HAYOU, JAKES = FIXTURES / "hayou-cv.pdf", FIXTURES / "jakes-us-resume.pdf"


def run(*args):
    """As a user runs it: through main(), in a fresh interpreter."""
    return subprocess.run(CLI + [str(a) for a in args], capture_output=True, text=True, timeout=120)


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def one_line_error(stderr: str) -> str:
    text = stderr.strip()
    assert "\n" not in text and "Traceback" not in text and text.startswith("cvparse: error:"), text
    return text


def test_version_help_and_completion():
    version = invoke("--version")
    assert version.exit_code == 0 and version.stdout.strip() == f"cvparse {cvparse.__version__}"
    for args in (["-h"], ["--help"]):
        result = invoke(*args)
        assert result.exit_code == 0 and "Usage:" in result.stdout and "--install-completion" in result.stdout
    for command in ("parse", "batch", "export", "eval", "layout", "show", "schema"):
        assert invoke(command, "-h").exit_code == 0


def test_several_files_and_a_pattern_print_one_json_object_per_line():
    result = invoke("parse", HAYOU, FIXTURES / "jakes-us-*.pdf", "--json")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["file"] for r in records] == ["hayou-cv.pdf", "jakes-us-resume.pdf"]


def test_several_files_with_one_failing_go_on_and_exit_with_its_code(tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_text("not a PDF")
    result = invoke("parse", bad, JAKES, "--json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 3 and lines[0]["error"]["type"] == "not_a_pdf"
    assert lines[1]["source"]["file"] == "jakes-us-resume.pdf"


def test_out_folder_gets_one_json_per_file(tmp_path):
    out = tmp_path / "records"
    result = invoke("parse", HAYOU, JAKES, "--out", out, "--compact")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["hayou-cv.json", "jakes-us-resume.json"]
    record = json.loads((out / "hayou-cv.json").read_text())
    assert record["basics"]["name"] == "Soufiane Hayou" and (out / "hayou-cv.json").stat().st_mode & 0o777 == 0o600


def test_compact_leaves_provenance_out():
    def keys(value):
        if isinstance(value, dict):
            return set(value) | {k for v in value.values() for k in keys(v)}
        return {k for v in value for k in keys(v)} if isinstance(value, list) else set()

    full = json.loads(invoke("parse", JAKES, "--json").stdout)
    compact = json.loads(invoke("parse", JAKES, "--json", "--compact").stdout)
    assert "provenance" in keys(full) and "provenance" not in keys(compact)
    assert compact["experience"] and compact["basics"]["name"] == full["basics"]["name"]


def test_a_bad_engine_lists_the_choices():
    for args in (["parse", HAYOU], ["batch", HAYOU], ["layout", HAYOU], ["eval", HAYOU, HAYOU]):
        result = invoke(*args, "--engine", "acrobat")
        assert result.exit_code == 2 and "pdfplumber" in result.output and "pdfium" in result.output


def test_a_bad_out_path_is_a_one_line_error(tmp_path):
    result = run(JAKES, "--json", "--out", tmp_path / "no-such-folder" / "cv.json")
    assert result.returncode == 2 and "no-such-folder" in one_line_error(result.stderr)
    result = run("schema", "--out", tmp_path / "missing" / "schema.json")
    assert result.returncode == 2 and "missing" in one_line_error(result.stderr)


def test_eval_names_the_missing_or_invalid_file(tmp_path):
    missing = tmp_path / "expected.json"
    result = invoke("eval", HAYOU, missing)
    assert result.exit_code == 2 and str(missing) in one_line_error(result.stderr)
    missing.write_text("{not json")
    result = invoke("eval", HAYOU, missing)
    assert result.exit_code == 2 and "not valid JSON" in one_line_error(result.stderr)
    result = invoke("eval", tmp_path / "cv.pdf", FIXTURES / "hayou-cv.expected.json")
    assert result.exit_code == 1 and str(tmp_path / "cv.pdf") in one_line_error(result.stderr)


def test_a_mistyped_command_gets_a_suggestion():
    result = run("bacth", "cvs/")
    assert result.returncode == 2 and "Did you mean 'batch'" in result.stderr


def test_advice_names_only_options_the_command_has(tmp_path):
    encrypted, scan = tmp_path / "locked.pdf", tmp_path / "scan.pdf"
    encrypted.write_bytes(badinputs.encrypted())
    scan.write_bytes(badinputs.image_only())
    assert "--password" in one_line_error(invoke("parse", encrypted).stderr)
    assert "--ocr" in one_line_error(invoke("parse", scan).stderr)
    for pdf in (encrypted, scan):
        layout = invoke("layout", pdf)
        assert layout.exit_code in (5, 6) and "--" not in one_line_error(layout.stderr)


def test_verbose_logs_and_quiet_does_not():
    verbose = run("-v", JAKES, "--json")
    assert verbose.returncode == 0 and "cvparse: INFO:" in verbose.stderr
    quiet = run(JAKES, "--json", "-q")
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_batch_takes_password_ocr_and_redact(tmp_path):
    (tmp_path / "locked.pdf").write_bytes(badinputs.encrypted())
    db = tmp_path / "store.db"
    result = invoke("batch", tmp_path / "locked.pdf", "--db", db, "--workers", "1",
                    "--password", badinputs.PASSWORD, "--redact", "--ocr")
    assert result.exit_code == 0, result.output
    assert "starting workers for 1 documents" in result.stderr
    with sqlite3.connect(db) as con:
        status, record, parser = con.execute("SELECT status, record, parser FROM documents").fetchone()
    record = json.loads(record)
    assert status == "ok" and parser.endswith("+ocr redacted")
    assert record["basics"]["name"] is None and record["basics"]["email"] is None  # alex@example.org, redacted


def test_the_progress_bar_says_it_is_starting_workers():
    bar = BarProgress(3, io.StringIO())
    try:
        assert bar.bar.tasks[0].description == "starting workers"
        bar.started()
        assert bar.bar.tasks[0].description == "parsing"
    finally:
        bar.close()
    stream = io.StringIO()
    PlainProgress(3, stream)
    assert stream.getvalue() == "cvparse: batch: starting workers for 3 documents\n"


def test_a_file_a_pattern_or_a_parse_option_first_means_parse():
    from cvparse.cli import _means_parse

    assert all(_means_parse(arg) for arg in ("show.pdf", "cvs/*.pdf", "--json", "-", "-v", "resume"))
    assert not any(_means_parse(arg) for arg in ("batch", "bacth", "exprot", "--version", "-h"))
