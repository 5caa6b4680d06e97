"""The default extraction engine: pdfplumber (pdfminer.six underneath)."""
from __future__ import annotations

from typing import Any

from ..layout import Link, Page, Rule
from .lines import Glyph, make_glyph
from .colors import pdf_color
from .columns import page_lines
from .quality import is_undecodable


def _glyphs(page: Any) -> list[Glyph]:
    height = float(page.height)
    offset = height + float(page.bbox[1])  # baseline = offset - the text matrix's y
    out = []
    for c in page.chars:
        if is_undecodable(c["text"]):
            continue  # "(cid:N)": a glyph of a font without a Unicode map carries no text
        matrix = c.get("matrix") or (1, 0, 0, 1, 0, height - c["bottom"])
        g = make_glyph(c["text"], c["x0"], c["x1"], c["top"], c["bottom"],
                       offset - matrix[5], float(c["size"] or 0.0),
                       c.get("fontname") or "", pdf_color(c.get("non_stroking_color")))
        if g is not None:
            out.append(g)
    return out


def _rules(page: Any, number: int) -> list[Rule]:
    rules = []
    for obj in page.objects.get("line", []) + page.objects.get("rect", []):
        width = obj["x1"] - obj["x0"]
        height = obj["bottom"] - obj["top"]
        if width > 20 and height < 2.5:
            rules.append(Rule(obj["x0"], obj["x1"], (obj["top"] + obj["bottom"]) / 2, number))
    return rules


def _links(page: Any, number: int) -> list[Link]:
    links = []
    for annot in page.annots:
        uri = annot.get("uri")
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1")
        if uri:
            links.append(Link(str(uri), (annot["x0"], annot["top"], annot["x1"], annot["bottom"]), number))
    return links


def read_page(page: Any, number: int) -> Page:
    glyphs = _glyphs(page)
    lines = page_lines(glyphs, float(page.width), number)
    images = [(im["x0"], im["top"], im["x1"], im["bottom"]) for im in page.objects.get("image", [])]
    return Page(number=number, width=float(page.width), height=float(page.height), lines=lines,
                links=_links(page, number), rules=_rules(page, number), images=images)
