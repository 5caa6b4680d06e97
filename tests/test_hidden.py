"""Hidden text: every run a reader cannot see is flagged and kept out of the record, nothing else is.

The fixtures under tests/fixtures/hidden/ are built by build.py there; its
manifest lists, from the strings it drew, what each PDF hides (and why) and a
few visible lines.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cvparse import parse
from cvparse.cli import app
from cvparse.extract import extract
from cvparse.extract.hidden import Ink, Paint, plain_shape, same_colour, split_hidden
from cvparse.extract.lines import Glyph

HIDDEN = Path(__file__).parent / "fixtures" / "hidden"
MANIFEST = json.loads((HIDDEN / "manifest.json").read_text())
ENGINES = ("pdfplumber", "pdfium")
ROOT = Path(__file__).parent.parent
OTHER_PDFS = sorted([*ROOT.glob("tests/fixtures/*.pdf"), *ROOT.glob("tests/fixtures/synth/*.pdf"),
                     *ROOT.glob("samples/*/*.pdf")])


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def records():
    return {(name, engine): parse(HIDDEN / name, engine=engine) for name in MANIFEST for engine in ENGINES}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_every_hidden_run_is_flagged_with_its_reason(records, name, engine):
    cv = records[name, engine]
    for item in MANIFEST[name]["hidden"]:
        flagged = "".join(h.text for h in cv.hidden_text if h.why == item["why"])
        assert _squeezed(item["text"]) in _squeezed(flagged), (item, [(h.why, h.text) for h in cv.hidden_text])
    if not MANIFEST[name]["hidden"]:
        assert cv.hidden_text == []
        assert not any("hidden text" in w for w in cv.warnings)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_hidden_text_is_not_in_the_record(records, name, engine):
    cv = records[name, engine]
    content = _squeezed(json.dumps(cv.model_dump(exclude={"hidden_text", "warnings", "source"}),
                                   ensure_ascii=False)).lower()
    visible = _squeezed(" ".join(MANIFEST[name]["visible"])).lower()
    for item in MANIFEST[name]["hidden"]:
        for word in re.findall(r"\w{5,}", item["text"]):
            if word.lower() not in visible:
                assert word.lower() not in content, (word, item)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_visible_lines_are_read(name, engine):
    lines = _squeezed(" ".join(ln.text for ln in extract((HIDDEN / name).read_bytes(), engine=engine).lines))
    for text in MANIFEST[name]["visible"]:
        assert _squeezed(text) in lines, text


@pytest.mark.parametrize("name", sorted(n for n in MANIFEST if MANIFEST[n]["hidden"]))
def test_the_warning_counts_the_hidden_characters(records, name):
    cv = records[name, "pdfplumber"]
    count = sum(len(h.text) for h in cv.hidden_text)
    (warning,) = [w for w in cv.warnings if w.startswith("hidden text")]
    assert f"{count} characters" in warning


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("pdf", OTHER_PDFS, ids=lambda p: p.name)
def test_no_false_flags_on_fixtures_and_samples(pdf, engine):
    layout = extract(pdf.read_bytes(), engine=engine)
    assert [h for page in layout.pages for h in page.hidden] == []


def test_layout_command_marks_hidden_runs():
    name = next(n for n in sorted(MANIFEST) if MANIFEST[n]["hidden"])
    out = CliRunner().invoke(app, ["layout", str(HIDDEN / name)]).output
    assert "== hidden text" in out
    assert f"[{MANIFEST[name]['hidden'][0]['why']}]" in out


def test_colours_a_reader_cannot_tell_apart():
    assert same_colour("255,255,255", "254,254,254")
    assert not same_colour("255,255,255", "200,200,200")
    assert same_colour("20,40,120", "21,40,121")
    assert not same_colour("", "255,255,255")  # an unknown colour matches nothing


def test_only_plain_shapes_say_what_lies_under_a_glyph():
    assert plain_shape(["m", "l", "l", "l", "h"])
    assert not plain_shape(["m", "l", "l", "l", "h", "m", "l", "l", "l", "h"])  # a frame with a hole
    assert not plain_shape(["m", "c", "l", "c", "l", "c", "l", "c", "h"])  # a rounded card


def _glyph(x: float, color: str = "0,0,0", size: float = 10.0) -> Glyph:
    return Glyph("a", x, x + 5, 100, 100 + size, 100 + size * 0.8, size, "Helvetica", color)


PAGE = (0.0, 0.0, 600.0, 800.0)


def test_white_on_a_dark_box_drawn_before_it_shows_and_on_the_page_does_not():
    box = Paint((0, 90, 50, 120), "20,20,60", covers=True)
    shown, hidden = split_hidden([_glyph(10, "255,255,255"), _glyph(100, "255,255,255")],
                                 [Ink(order=1), Ink(order=1)], [box], PAGE)
    assert [g.x0 for g in shown] == [10]
    assert [(g.x0, why) for g, why in hidden] == [(100, "background")]


def test_a_box_drawn_after_covers_and_one_drawn_before_does_not():
    box = Paint((0, 90, 50, 120), "255,255,255", covers=True)
    _, hidden = split_hidden([_glyph(10)], [Ink(order=0)], [box], PAGE)
    assert [why for _, why in hidden] == ["covered"]
    shown, _ = split_hidden([_glyph(10)], [Ink(order=1)], [box], PAGE)
    assert len(shown) == 1


def test_an_invisible_text_layer_over_a_scan_is_content():
    scan = Paint(PAGE)  # an image: no colour, covers nothing
    glyphs = [_glyph(10 * i) for i in range(10)]
    shown, hidden = split_hidden(glyphs, [Ink(order=1, mode=3)] * 10, [scan], PAGE)
    assert len(shown) == 10 and hidden == []
    shown, hidden = split_hidden(glyphs, [Ink(order=0, mode=3)] * 10, [scan], PAGE)  # the scan drawn after
    assert len(shown) == 10 and hidden == []
    shown, hidden = split_hidden(glyphs, [Ink(order=0, mode=3)] * 10, [], PAGE)  # no scan under it
    assert shown == [] and {why for _, why in hidden} == {"invisible"}


def test_a_degenerate_page_box_hides_nothing():
    shown, hidden = split_hidden([_glyph(10)], [Ink()], [], (0.0, 0.0, 0.0, 0.0))
    assert len(shown) == 1 and hidden == []


def test_review_page_and_terminal_view_show_hidden_runs(records):
    from rich.console import Console

    from cvparse.export.review_html import review_page
    from cvparse.export.terminal import print_record

    cv = records["mixed-stuffing.pdf", "pdfplumber"]
    html = review_page(cv, (HIDDEN / "mixed-stuffing.pdf").read_bytes())
    assert html.count('class="box k-hidden"') == len(cv.hidden_text) == 4
    console = Console(record=True, width=100)
    print_record(cv, console)
    text = console.export_text()
    assert "Hidden text" in text and "invisible" in text and "tiny" in text


def test_redaction_reaches_hidden_text(records):
    from cvparse.export.redact import redact

    cv = records["white-on-white.pdf", "pdfplumber"].model_copy(deep=True)
    cv.hidden_text[0].text += " mara.quill@example.com"
    assert "mara.quill@example.com" not in json.dumps(redact(cv).model_dump())
