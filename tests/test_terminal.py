"""Readable output without --json: a panel for the person, a table per section kind."""
import io
import os
import subprocess
import sys

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


def _on_its_own_line(highlight: str, lines: list[str]) -> bool:
    """Whether a line starts the highlight's bullet and holds nothing else (it may wrap onto the next)."""
    bullet = "• " + highlight
    return any(line.strip().startswith(bullet[:20]) and bullet.startswith(line.strip()) for line in lines)


def _lines_at(width: int, cv: CV | None = None) -> list[str]:
    return record_text(cv or golden(), width=width).splitlines()


def test_at_80_columns_each_entry_is_a_block_with_its_highlights_on_lines_of_their_own():
    cv = golden()
    lines = _lines_at(80, cv)
    assert max(len(line) for line in lines) <= 80
    job = next(e for e in cv.experience if len(e.highlights) >= 2)
    head = next(i for i, line in enumerate(lines) if line.startswith(job.dates_text) and job.position in line)
    assert job.organization.split()[0] in lines[head]
    for highlight in job.highlights:
        assert _on_its_own_line(highlight, lines[head + 1:]), highlight
    assert not any(job.position in line and "•" in line for line in lines)  # not squeezed into one row


def test_piped_the_summary_is_blocks_that_fit_the_terminal():
    env = {**os.environ, "COLUMNS": "80"}  # what a pipe from an 80-column terminal gets
    r = subprocess.run([sys.executable, "-m", "cvparse", str(GOLDEN)], capture_output=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode("utf-8").splitlines()
    assert max(len(line) for line in lines) <= 80
    assert all(_on_its_own_line(highlight, lines) for highlight in golden().experience[0].highlights)
    assert not any(line.split() == ["Dates", "Position", "Organization", "Location"] for line in lines)


def test_a_wide_terminal_keeps_the_tables():
    buf = io.StringIO()
    print_record(golden(), Console(file=buf, force_terminal=True, color_system=None, width=160))
    assert any(line.split() == ["Dates", "Position", "Organization", "Location"] for line in buf.getvalue().splitlines())


def test_a_new_kind_needs_only_its_row_in_tables(monkeypatch):
    from types import SimpleNamespace

    from cvparse.export import terminal

    monkeypatch.setitem(terminal.TABLES, "projects", [
        ("Dates", lambda e: e.dates, 0), ("Name", lambda e: terminal._with_lines(e.name, e.highlights), 5),
        ("Where", lambda e: e.where, 3)])
    entries = [SimpleNamespace(dates="2020", name="Widget", highlights=["made it faster"], where="Home")]
    blocks = Console(file=io.StringIO(), width=80, color_system=None)
    blocks.print(terminal.section_blocks("projects", entries))
    text = blocks.file.getvalue()
    assert "Projects (1)" in text and "2020  Widget — Home" in text
    assert any(line.strip() == "• made it faster" for line in text.splitlines())
    table = Console(file=io.StringIO(), width=120, color_system=None)
    table.print(terminal.section_table("projects", entries))
    assert "Widget" in table.file.getvalue() and "Where" in table.file.getvalue()


def test_a_language_shows_its_level_and_cefr():
    from cvparse.export.terminal import _level
    from cvparse.model import Language

    assert _level(Language(language="German", fluency="fluent", cefr="C1")) == "fluent (C1)"
    assert _level(Language(language="German", fluency="C1 (advanced)", cefr="C1")) == "C1 (advanced)"
    assert _level(Language(language="German", cefr="B2")) == "B2"
    assert _level(Language(language="German", fluency="basic")) == "basic"
    cv = golden()
    lang = next(entry for entry in cv.languages if entry.cefr)
    assert any(lang.language in line and f"({lang.cefr})" in line for line in _lines_at(80, cv))
