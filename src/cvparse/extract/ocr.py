"""OCR for pages without a text layer: Tesseract's words become the glyph stream.

Pages are rendered with PDFium and read by Tesseract (through pytesseract,
the optional ``cvparse[ocr]`` extra) as hOCR, which gives each line its
baseline besides the word boxes. Each recognised word becomes one glyph on
its line's baseline, so the same line building, column cutting, segmentation
and field parsing run on it as on a text layer. What typography the heading
and entry rules need is measured on the image: the size from the words' height
above the baseline, bold from the stroke width; italic and colour stay unknown.
Horizontal separators Tesseract finds (section rules) become rules.
"""
from __future__ import annotations

import logging
import os
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from ..errors import OCRError, Timeout
from ..layout import Layout, Rule, Word
from ..limits import time_left
from .columns import page_lines
from .lines import Glyph, make_glyph
from .render import PageImage, render_pages

log = logging.getLogger(__name__)

# 300 dpi: what Tesseract is trained for; CV body text (9-11 pt) has an x-height of 20 pixels or more.
OCR_SCALE = 300 / 72
# Marks (no two letters or digits) Tesseract is less sure of than this (0-100) are specks, icons
# and photo texture; words are kept down to the lower figure, since a word misread (an accent
# outside the language's alphabet) is mostly right and leaving it out would break its line.
MIN_MARK_CONFIDENCE, MIN_WORD_CONFIDENCE = 30, 10
# Sizes measured in pixels scatter by a few percent around the type's size; the sizes of one
# design lie further apart (body 10 pt, titles 11, headings 12-14). Sizes this close to the
# commonest size near them are taken to be it.
SIZE_TOLERANCE = 0.06
# The font names OCR'd glyphs carry: the family is unknown, the weight is measured, the slant not.
OCR_FONT, OCR_BOLD_FONT = "ocr", "ocr-bold"
# Strokes this many times thicker than the page's usual text (for the size) are bold: bold
# cuts are 1.3-1.7 times regular, the noise between regular words is under 1.1.
BOLD_STROKE = 1.22
INSTALL = "pip install 'cvparse[ocr]' and apt-get install tesseract-ocr"

_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
# How far above the baseline a word's ink reaches, as a share of the font size: ascenders
# (b, d, f, h, k, l) a little higher than capitals and digits (Latin type: 0.66-0.73 for
# capitals, 2-6 % more for ascenders). A line's size comes from its words' height this way,
# whatever its letters are.
CAP_HEIGHT, ASCENDER_HEIGHT = 0.70, 0.73
_ASCENDER = re.compile(r"[bdfhkl]")
_CAPITAL = re.compile(r"[A-Z0-9]")
BBox = tuple[float, float, float, float]  # hOCR's x0, top, x1, bottom in pixels
_TALLER = re.compile(r"[()\[\]{}|/\\'\"`‘’“”«»]|[À-ÞĀ-Ž]")


def _binding(lang: str) -> Any:  # the pytesseract module (untyped)
    """pytesseract, once Tesseract and the language data are known to be there."""
    try:
        import pytesseract
    except ImportError:
        raise OCRError(f"OCR needs pytesseract and Tesseract: {INSTALL}") from None
    # Tesseract's OpenMP threads spin against each other and against the caller's processes
    # (batch workers): one thread is 3-6 times faster on a busy machine. A value the user
    # set stays.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        available = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError):
        raise OCRError(f"OCR needs the Tesseract program: {INSTALL}") from None
    missing = [code for code in lang.split("+") if code not in available]
    if missing:
        raise OCRError(f"Tesseract has no language data for {', '.join(missing)!s} "
                       f"(installed: {', '.join(sorted(available - {'osd'})) or 'none'}); "
                       f"e.g. apt-get install tesseract-ocr-{missing[0].lower().replace('_', '-')}")
    return pytesseract


def _title(element: ET.Element) -> dict[str, list[str]]:
    """hOCR's title attribute: 'bbox 1 2 3 4; baseline 0.001 -9; x_size 41' -> {name: values}."""
    out = {}
    for part in element.get("title", "").split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


@dataclass
class _LineMetrics:
    """A recognised line's baseline and height in pixels."""

    x0: float
    bottom: float  # of the line's box
    slope: float
    offset: float  # the baseline's height above the box's bottom edge, negative upwards
    height: float  # the font size in pixels (Tesseract's x_size until measured)
    descent: float

    def baseline(self, x: float) -> float:
        return self.bottom + self.offset + self.slope * (x - self.x0)

    @classmethod
    def of(cls, title: dict[str, list[str]], words: list[tuple[str, BBox]]) -> "_LineMetrics":
        x0, top, _, bottom = map(float, title["bbox"])
        slope, offset = map(float, title.get("baseline", ["0", "0"]))
        line = cls(x0, bottom, slope, offset, float(title.get("x_size", ["0"])[0]) or bottom - top,
                   float(title.get("x_descenders", ["0"])[0]))
        # Tesseract's x_size guesses at descenders that a line in capitals does not have, so
        # the size is read off the words' height above the baseline (brackets reach higher).
        sizes = sorted((line.baseline((box[0] + box[2]) / 2) - box[1]) / reach
                       for text, box in words if not _TALLER.search(text) and (reach := _reach(text)))
        if sizes:
            line.height = sizes[len(sizes) // 2]
            line.descent = line.height * (1 - CAP_HEIGHT) / 2
        return line


def _reach(text: str) -> float | None:
    """How high the word's tallest letters stand for its font size; None for x-height words."""
    if _ASCENDER.search(text):
        return ASCENDER_HEIGHT
    return CAP_HEIGHT if _CAPITAL.search(text) else None


def _classes(element: ET.Element) -> set[str]:
    return set(element.get("class", "").split())


@dataclass
class _Word:
    text: str
    box: tuple[float, float, float, float]  # pixels
    line: _LineMetrics
    bold: bool = False


def hocr_words(hocr: bytes) -> tuple[list[list[_Word]], list[BBox]]:
    """The recognised lines' words and the separators' boxes (pixels) of one page's hOCR."""
    root = ET.fromstring(hocr)  # Tesseract's own output; no entities or external references in it
    lines: list[list[_Word]] = []
    separators: list[BBox] = []
    for element in root.iter():
        classes = _classes(element)
        if "ocr_separator" in classes:
            separators.append(_bbox(_title(element)))
        if not classes & _LINE_CLASSES:
            continue
        found = []
        for word in element.iter():
            if "ocrx_word" in _classes(word):
                title = _title(word)
                text = "".join(word.itertext()).strip()
                if text and _kept(text, float(title.get("x_wconf", ["100"])[0])):
                    found.append((text, _bbox(title)))
        metrics = _LineMetrics.of(_title(element), found)
        words = [_Word(text, box, metrics) for text, box in found]
        if words and _is_list_mark(words[0]):
            words[0].text = "•"
        for mark in words:
            if mark.text == "|" and _stands_on_baseline(mark):
                mark.text = "I"  # a bar as tall as capitals, standing on the baseline, is the pronoun
        if words:
            lines.append(words)
    return lines, separators


def _bbox(title: dict[str, list[str]]) -> BBox:
    x0, top, x1, bottom = map(float, title["bbox"])
    return x0, top, x1, bottom


def _kept(text: str, confidence: float) -> bool:
    letters = sum(c.isalnum() for c in text)
    return confidence >= (MIN_WORD_CONFIDENCE if letters >= 2 else MIN_MARK_CONFIDENCE)


def snap_sizes(words: list[Word]) -> None:
    """Give the words of one type size one size: each size joins the size with the most
    characters within SIZE_TOLERANCE of it, commonest first (the body text, then the rest)."""
    weight: dict[float, int] = {}
    for w in words:
        weight[w.size] = weight.get(w.size, 0) + len(w.text)
    near = {s: [t for t in weight if abs(t - s) <= SIZE_TOLERANCE * s] for s in weight}
    snapped: dict[float, float] = {}
    while len(snapped) < len(weight):
        centre = max((s for s in weight if s not in snapped),
                     key=lambda s: (sum(weight[t] for t in near[s] if t not in snapped), weight[s]))
        for t in near[centre]:
            snapped.setdefault(t, centre)
    for w in words:
        w.size = snapped[w.size]


def _stroke(gray: Any, word: _Word) -> float | None:
    """How thick the word's strokes are for its size: the middle half of its ink's horizontal
    runs (mostly stems) over the line's height. The ink is what is darker than halfway between
    the box's lightest and darkest pixel, so coloured type is measured like black."""
    import numpy as np

    x0, top, x1, bottom = (int(round(v)) for v in word.box)
    box = gray[max(top, 0):bottom + 1, max(x0, 0):x1 + 1]
    if box.size == 0 or word.line.height <= 0:
        return None
    ink = box < (int(box.min()) + int(box.max())) / 2
    edges = np.diff(np.pad(ink, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    runs = np.sort(np.nonzero(edges == -1)[1] - np.nonzero(edges == 1)[1])
    if len(runs) < 4:
        return None
    return float(runs[len(runs) // 4: 3 * len(runs) // 4].mean()) / word.line.height


def mark_bold(lines: list[list[_Word]], gray: Any) -> None:
    """Words whose strokes are clearly thicker than the page's usual text are bold."""
    strokes = [(w, _stroke(gray, w)) for words in lines for w in words if sum(c.isalnum() for c in w.text) >= 3]
    measured = sorted(s for _, s in strokes if s)
    if len(measured) < 20:  # too little text to know what regular type looks like
        return
    usual = measured[len(measured) // 2]
    for word, stroke in strokes:
        word.bold = bool(stroke and stroke >= BOLD_STROKE * usual)


def line_glyphs(lines: list[list[_Word]], scale: float) -> list[Glyph]:
    """One glyph per word, in PDF points, on its line's baseline; a space between words."""
    glyphs: list[Glyph] = []
    for words in lines:
        for i, word in enumerate(words):
            x0, _, x1, _ = (v / scale for v in word.box)
            line = word.line
            baseline = line.baseline((word.box[0] + word.box[2]) / 2) / scale
            bottom, size = baseline + line.descent / scale, line.height / scale
            font = OCR_BOLD_FONT if word.bold else OCR_FONT
            glyph = make_glyph(word.text, x0, x1, bottom - size, bottom, baseline, size, font, "")
            if glyph is None:
                continue
            glyphs.append(glyph)
            if i + 1 < len(words):  # Tesseract's word breaks stand
                space = make_glyph(" ", x1, x1, glyph.top, glyph.bottom, baseline, size, font, "")
                if space is not None:
                    glyphs.append(space)
    return glyphs


def _is_list_mark(word: _Word) -> bool:
    """A line's first word that is one small mark is a list bullet, whatever Tesseract took it
    for: a sign ("©", "¢", "«") or, floating above the baseline where letters stand, a letter ("e")."""
    x0, top, x1, bottom = word.box
    line = word.line
    cap = line.height * CAP_HEIGHT
    if len(word.text) != 1 or bottom - top > 0.8 * cap or x1 - x0 > 0.8 * cap:
        return False
    return not word.text.isalnum() or bottom <= line.baseline((x0 + x1) / 2) - 0.1 * cap


def _stands_on_baseline(word: _Word) -> bool:
    """Does the word's ink end on the baseline (letters) rather than below it (a "|" separator
    reaches down to the descenders)?"""
    x0, _, x1, bottom = word.box
    return bottom <= word.line.baseline((x0 + x1) / 2) + 0.08 * word.line.height * CAP_HEIGHT


def _rules(separators: list[BBox], number: int) -> list[Rule]:
    """Thin horizontal separators (section rules), as the engines keep them: over 20 pt long, under 2.5 pt high."""
    return [Rule(x0, x1, (top + bottom) / 2, number) for x0, top, x1, bottom in separators
            if x1 - x0 > 20 and bottom - top < 2.5]


def read_image(tesseract: Any, image: PageImage, lang: str) -> tuple[list[Glyph], list[Rule]]:
    import numpy as np

    left = time_left()
    if left is not None and left <= 0:
        raise Timeout("took longer than the time limit")
    gray = image.image.convert("L")  # all Tesseract reads; a smaller temporary file for it
    try:
        # pytesseract kills Tesseract at its timeout; it is set just inside the document's
        # limit, whose alarm would interrupt the wait but leave the process running.
        hocr = tesseract.image_to_pdf_or_hocr(gray, extension="hocr", lang=lang,
                                              timeout=0 if left is None else max(left - 0.5, 0.1))
    except RuntimeError as exc:  # pytesseract's own timeout kills the process and says so
        if "timeout" in str(exc).lower():
            raise Timeout("took longer than the time limit (OCR)") from None
        raise OCRError(f"Tesseract failed ({type(exc).__name__})") from None
    except tesseract.TesseractError as exc:
        raise OCRError(f"Tesseract failed (exit status {exc.status})") from None
    lines, separators = hocr_words(hocr)
    mark_bold(lines, np.asarray(gray))
    s = image.scale
    in_points = [(x0 / s, top / s, x1 / s, bottom / s) for x0, top, x1, bottom in separators]
    return line_glyphs(lines, image.scale), _rules(in_points, image.number)


def ocr_pages(layout: Layout, data: bytes, password: str | None, lang: str = "eng",
              every_page: bool = False) -> list[int]:
    """Read the pages without text (or every page) by OCR, in place; the page numbers read."""
    wanted = {p.number for p in layout.pages if every_page or not p.lines}
    if not wanted:
        return []
    tesseract = _binding(lang)
    done = []
    for image in render_pages(data, OCR_SCALE, password=password, pages=wanted):
        started = time.perf_counter()
        glyphs, rules = read_image(tesseract, image, lang)
        page = layout.pages[image.number - 1]
        page.width, page.height = image.width, image.height
        page.lines = page_lines(glyphs, image.width, image.number)
        page.rules = rules if every_page else page.rules + rules
        done.append(image.number)
        log.debug("page %d: OCR %.2f s, %d lines", image.number, time.perf_counter() - started, len(page.lines))
    snap_sizes([w for page in layout.pages if page.number in done for line in page.lines for w in line.words])
    return done


__all__ = ["ocr_pages", "hocr_words", "line_glyphs", "mark_bold", "OCR_SCALE", "INSTALL"]
