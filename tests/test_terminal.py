"""Readable output without --json: a panel for the person, a table per section kind."""
import io
import os

from conftest import FIXTURES, parsed
from rich.console import Console
from typer.testing import CliRunner

from cvparse.cli import app
from cvparse.export.terminal import print_record, record_text
from cvparse.model import CV

GOLDEN = FIXTURES / "hayou-cv.pdf"


def golden() -> CV:
    return CV.model_validate(parsed("hayou-cv"))


def test_person_panel_and_one_table_per_kind():
    cv = golden()
    text = record_text(cv, width=400)  # wide: no cell wraps, so each entry is one line
    lines = text.splitlines()
    assert lines[0].startswith("╭─ Person") and cv.basics.name in lines[1]
    assert f"email: {cv.basics.email}" in text
    for title in ("Experience (8)", "Education (3)", "Publications (24)", "Talks (", "Skills (", "Languages ("):
        assert any(line.startswith(title) for line in lines), title
    for entry in cv.experience:
        row = next(line for line in lines if entry.dates_text and line.strip().startswith(entry.dates_text)
                   and entry.position in line)
        assert entry.organization in row and (entry.location or "") in row
    for pub in cv.publications:
        assert any(pub.title in line and (pub.year or "") in line for line in lines), pub.title


def test_warnings_come_last():
    cv = golden()
    cv.warnings = ["page 3 could not be read (ValueError)"]
    lines = [ln for ln in record_text(cv).splitlines() if ln.strip()]
    assert lines[-2] == "Warnings" and lines[-1] == "- page 3 could not be read (ValueError)"


def test_cv_text_is_not_read_as_markup():
    cv = golden()
    cv.basics.name = "[bold red]Ada[/] :smile:"
    assert "[bold red]Ada[/] :smile:" in record_text(cv)


def test_colours_on_a_terminal_plain_text_elsewhere():
    cv = golden()
    buf = io.StringIO()
    print_record(cv, Console(file=buf, force_terminal=True, color_system="truecolor", width=120))
    assert "\x1b[" in buf.getvalue()
    assert "\x1b" not in record_text(cv)


def test_cli_summary_from_stdin_and_to_a_file(tmp_path):
    r = CliRunner().invoke(app, ["parse", "-"], input=GOLDEN.read_bytes())
    assert r.exit_code == 0 and "Experience (8)" in r.stdout and "\x1b" not in r.stdout
    out = tmp_path / "cv.txt"
    r = CliRunner().invoke(app, ["parse", str(GOLDEN), "--out", str(out)])
    assert r.exit_code == 0 and r.stdout == ""
    assert os.stat(out).st_mode & 0o777 == 0o600
    text = out.read_text(encoding="utf-8")
    assert "\x1b" not in text and "Publications (24)" in text and golden().basics.name in text
