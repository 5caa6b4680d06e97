"""OCR: Tesseract's words fed into the same pipeline as a text layer.

The hOCR reading and the bold measure are tested on inputs built here; the
whole path runs on a sample rendered to an image-only PDF when Tesseract is
installed. CI sets CVPARSE_REQUIRE_OCR=1 so that a missing Tesseract fails
instead of skipping.
"""
import io
import json
import os
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import pypdfium2
import pytest
from conftest import FIXTURES
from typer.testing import CliRunner

import cvparse
from cvparse.cli import app
from cvparse.errors import NoTextLayer, OCRError, Timeout
from cvparse.evaluate import evaluate
from cvparse.extract import ocr
from cvparse.extract.columns import page_lines

sys.path.insert(0, str(FIXTURES.parent.parent / "benchmarks"))
import badinputs  # noqa: E402

HAVE_TESSERACT = shutil.which("tesseract") is not None
needs_tesseract = pytest.mark.skipif(
    not HAVE_TESSERACT and os.environ.get("CVPARSE_REQUIRE_OCR") != "1",
    reason="Tesseract is not installed (apt-get install tesseract-ocr); CVPARSE_REQUIRE_OCR=1 makes this fail")

SCALE = 300 / 72


def hocr(lines: list[tuple[str, list[tuple[str, tuple[int, int, int, int], int]]]]) -> bytes:
    """A page of Tesseract-style hOCR: lines (title) of words (text, bbox, confidence)."""
    body = []
    for n, (title, words) in enumerate(lines):
        spans = "".join(f"<span class='ocrx_word' id='w{n}_{i}' title='bbox {' '.join(map(str, box))}; "
                        f"x_wconf {conf}'>{text}</span> " for i, (text, box, conf) in enumerate(words))
        body.append(f"<span class='ocr_line' id='l{n}' title=\"{title}\">{spans}</span>")
    return ("<?xml version='1.0' encoding='UTF-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body>"
            "<div class='ocr_page' title='bbox 0 0 2550 3300'>"
            "<div class='ocr_separator' title='bbox 150 406 2400 413'></div>"
            + "".join(body) + "</div></body></html>").encode()


PAGE = hocr([
    # A name in large type: capitals 72 px tall above the baseline at y=222.
    ("bbox 833 150 1716 222; baseline 0 0; x_size 83; x_descenders 11; x_ascenders 25",
     [("Nathaniel", (833, 150, 1322, 222), 96), ("Brooks", (1367, 150, 1716, 222), 95)]),
    # A list item: the bullet is a small mark floating above the baseline (y=584), read as "e";
    # a speck of low confidence is left out.
    ("bbox 259 552 1062 593; baseline 0.001 -9; x_size 41; x_descenders 9; x_ascenders 12",
     [("e", (259, 565, 270, 576), 75), ("GPA:", (297, 553, 391, 584), 89),
      ("3.78/4.00,", (410, 552, 586, 593), 89), ("Dean's", (604, 554, 723, 584), 92),
      ("~", (740, 560, 750, 570), 12)]),
    # A sign first on a line is a bullet even on the baseline; a capital letter is not.
    ("bbox 259 652 900 693; baseline 0 -9; x_size 41; x_descenders 9; x_ascenders 12",
     [("©", (259, 664, 279, 684), 60), ("Built", (297, 653, 391, 684), 93)]),
    ("bbox 259 752 900 793; baseline 0 -9; x_size 41; x_descenders 9; x_ascenders 12",
     [("T", (259, 753, 280, 784), 90), ("0131", (297, 753, 391, 784), 93)]),
    # A bar reaching below the baseline separates; one standing on it is the capital I.
    ("bbox 259 852 900 893; baseline 0 -9; x_size 41; x_descenders 9; x_ascenders 12",
     [("Go", (259, 853, 300, 884), 90), ("|", (320, 850, 323, 893), 90), ("|", (340, 853, 344, 884), 80),
      ("pair", (360, 859, 420, 893), 93)]),
])


def test_hocr_words_become_lines_with_baselines_sizes_and_bullets():
    lines, separators = ocr.hocr_words(PAGE)
    assert [[w.text for w in words] for words in lines] == [
        ["Nathaniel", "Brooks"], ["•", "GPA:", "3.78/4.00,", "Dean's"], ["•", "Built"], ["T", "0131"],
        ["Go", "|", "I", "pair"]]
    assert separators == [(150.0, 406.0, 2400.0, 413.0)]
    glyphs = ocr.line_glyphs(lines, SCALE)
    page = page_lines(glyphs, 612, 1)
    assert [ln.text for ln in page] == ["Nathaniel Brooks", "• GPA: 3.78/4.00, Dean's", "• Built", "T 0131",
                                        "Go | I pair"]
    name, item = page[:2]
    # Sizes from the ascenders' height over their share of the size: 72 px / 0.73 = 99 px = 23.7 pt.
    assert name.size == pytest.approx(72 / ocr.ASCENDER_HEIGHT / SCALE, abs=0.05)
    # "Dean's" holds a quote that stands taller than capitals: the size comes from "GPA:".
    assert item.size == pytest.approx((584 - 553) / ocr.CAP_HEIGHT / SCALE, abs=0.3)
    # The words sit on the line's baseline, in points, left to right.
    assert item.words[1].x0 == pytest.approx(297 / SCALE) and item.words[1].x1 == pytest.approx(391 / SCALE)
    assert name.words[0].bottom > 222 / SCALE > name.words[0].top


def test_measured_sizes_of_one_type_size_become_one_size():
    from cvparse.layout import Word

    sizes = [10.0, 10.3, 10.6, 10.3, 12.0, 12.5, 13.9, 14.3]
    words = [Word("x" * (40 if size < 11 else 8), 0, 0, 1, 1, size) for size in sizes]
    ocr.snap_sizes(words)
    assert [w.size for w in words] == [10.3, 10.3, 10.3, 10.3, 12.0, 12.0, 13.9, 13.9]


def test_separators_become_rules():
    _, separators = ocr.hocr_words(PAGE)
    rules = ocr._rules([tuple(v / SCALE for v in box) for box in separators], 1)
    assert len(rules) == 1 and rules[0].x0 == pytest.approx(36) and rules[0].x1 == pytest.approx(576)


def test_bold_is_measured_from_stroke_width():
    # A page of "words" made of vertical stems: regular ones 4 px thick, two of them 7 px.
    gray = np.full((400, 2000), 255, dtype=np.uint8)
    words = []
    for i in range(30):
        x0, top = 40 + (i % 10) * 190, 40 + (i // 10) * 120
        thick = 7 if i in (3, 17) else 4
        for stem in range(5):
            gray[top:top + 40, x0 + stem * 30:x0 + stem * 30 + thick] = 20
        words.append((f"word{i}", (x0, top, x0 + 150, top + 40)))
    lines = []
    for row in range(3):
        found = words[row * 10:(row + 1) * 10]
        top = found[0][1][1]
        metrics = ocr._LineMetrics.of({"bbox": ["0", str(top), "2000", str(top + 40)]}, found)
        lines.append([ocr._Word(text, box, metrics) for text, box in found])
    ocr.mark_bold(lines, gray)
    assert [w.text for words in lines for w in words if w.bold] == ["word3", "word17"]
    glyphs = ocr.line_glyphs(lines, SCALE)
    assert {g.font for g in glyphs if g.text == "word3"} == {ocr.OCR_BOLD_FONT}


def image_only(pdf_path, pages=None, dpi=200) -> bytes:
    """The PDF as a scan would be: each page a picture, no text layer."""
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    images = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in (pages or range(len(pdf)))]
    pdf.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


def test_image_only_pdf_without_ocr_points_to_ocr():
    with pytest.raises(NoTextLayer, match="--ocr"):
        cvparse.parse_bytes(image_only(FIXTURES / "jakes-us-resume.pdf"))


def test_text_pages_are_not_sent_to_ocr(monkeypatch):
    # No page lacks text: Tesseract is never looked for, so --ocr costs nothing on text PDFs.
    monkeypatch.setattr(ocr, "_binding", lambda lang: pytest.fail("Tesseract was called"))
    cv = cvparse.parse(FIXTURES / "jakes-us-resume.pdf", ocr=True)
    assert cv.source.engine == "pdfplumber" and not cv.warnings


def test_missing_binding_is_a_typed_error_with_the_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "pytesseract", None)  # import fails as if not installed
    with pytest.raises(OCRError, match=r"pip install 'cvparse\[ocr\]'.*apt-get install tesseract-ocr"):
        cvparse.parse_bytes(image_only(FIXTURES / "jakes-us-resume.pdf"), ocr=True)


def test_missing_tesseract_program_is_one_line_exit_9(monkeypatch, tmp_path):
    pytesseract = pytest.importorskip("pytesseract")
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(image_only(FIXTURES / "jakes-us-resume.pdf"))
    r = CliRunner().invoke(app, ["parse", str(scan), "--ocr", "--json"])
    assert r.exit_code == 9, r.output
    error = json.loads(r.stdout.splitlines()[0])["error"]
    assert error["type"] == "ocr" and "apt-get install tesseract-ocr" in error["message"]


@needs_tesseract
def test_unknown_language_names_the_package():
    with pytest.raises(OCRError, match="tesseract-ocr-xyz"):
        cvparse.parse_bytes(image_only(FIXTURES / "jakes-us-resume.pdf"), ocr=True, ocr_lang="xyz")


@needs_tesseract
def test_scanned_resume_reads_like_its_text_layer():
    scan = image_only(FIXTURES / "jakes-us-resume.pdf")
    cv = cvparse.parse_bytes(scan, ocr=True)
    assert cv.source.engine == "pdfplumber+ocr" and "read by OCR" in cv.warnings[0]
    assert cv.basics.name == "Nathaniel Brooks"
    assert cv.basics.email == "nathaniel.brooks@example.com"
    assert [s.kind for s in cv.sections][:2] == ["education", "experience"]
    assert [(e.organization, e.start) for e in cv.experience] == [
        ("Cobalt Ridge Payments", "2022-06"), ("Tessellate Cloud", "2021-05"),
        ("University of California, Davis", "2020-01")]
    assert cv.experience[0].highlights[0].startswith("Built an idempotent refunds service")
    want = json.loads((FIXTURES / "jakes-us-resume.expected.json").read_text(encoding="utf-8"))
    assert evaluate(cv.to_dict(), want).overall.f1 >= 0.9
    # Boxes point into the page: the name sits at the top, centred.
    name_box = cv.basics.provenance["name"].box
    assert name_box[1] < 80 and 150 < name_box[0] < name_box[2] < 460


@needs_tesseract
def test_a_scanned_page_inside_a_text_pdf_is_read_too(tmp_path):
    # Page 2 of the golden CV as a picture after its text page 1: only page 2 goes to OCR.
    pdf = pypdfium2.PdfDocument(str(FIXTURES / "hayou-cv.pdf"))
    mixed = pypdfium2.PdfDocument.new()
    mixed.import_pages(pdf, [0])
    scan = pypdfium2.PdfDocument(image_only(FIXTURES / "hayou-cv.pdf", pages=[1]))
    mixed.import_pages(scan, [0])
    out = io.BytesIO()
    mixed.save(out)
    cv = cvparse.parse_bytes(out.getvalue(), ocr=True)
    assert any("page 2 read by OCR" in w for w in cv.warnings)
    assert len(cv.experience) >= 3 and len(cv.publications) >= 8  # page 1's entries and page 2's papers
    assert any("LoRA" in (p.title or "") for p in cv.publications)


@needs_tesseract
def test_a_picture_without_text_is_still_no_text():
    with pytest.raises(NoTextLayer, match="not even by OCR"):
        cvparse.parse_bytes(badinputs.image_only(), ocr=True)


def tesseract_children() -> list[int]:
    """Tesseract processes this test process started that are still running."""
    out = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("Name", "").strip() == "tesseract" and fields.get("PPid", "").strip() == str(os.getpid()):
            out.append(int(status.parent.name))
    return out


@needs_tesseract
def test_time_limit_stops_ocr_and_its_process():
    scan = image_only(FIXTURES / "hayou-cv.pdf")
    started = time.monotonic()
    with pytest.raises(Timeout):
        cvparse.parse_bytes(scan, ocr=True, limits=cvparse.Limits(timeout=1.5))
    assert time.monotonic() - started < 6
    time.sleep(0.2)
    assert tesseract_children() == []
