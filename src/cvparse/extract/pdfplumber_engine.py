"""The default extraction engine: pdfplumber (pdfminer.six underneath)."""
from __future__ import annotations

from typing import Any, Callable, Sequence

from ..layout import Box, Link, Page, Rule
from .lines import Glyph, make_glyph
from .colors import pdf_color
from .columns import page_lines
from .hidden import Ink, Paint, hidden_runs, split_hidden
from .quality import is_undecodable


def _box(values: Sequence[Any]) -> Box:
    x0, top, x1, bottom = (float(v) for v in values)
    return x0, top, x1, bottom


def _to_page(page: Any) -> Callable[[Box], Box]:
    """pdfminer's box (y up, from the media box's corner) -> pdfplumber's, as chars have them."""
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    height = float(page.height)

    def convert(box: Box) -> Box:
        return (box[0] + mb_x0, height - box[3] + mb_top, box[2] + mb_x0, height - box[1] + mb_top)

    return convert


def _glyphs(page: Any) -> tuple[list[Glyph], list[Ink]]:
    """The page's glyphs and each one's ink (clip box in page coordinates)."""
    height = float(page.height)
    offset = height + float(page.bbox[1])  # baseline = offset - the text matrix's y
    chars = page.chars
    inks = getattr(page, "inks", None)
    if inks is None or len(inks) != len(chars):  # not drawn by our device: every glyph shows
        inks = [Ink()] * len(chars)
    convert = _to_page(page)
    placed: dict[int, Ink] = {}  # pdfminer's ink -> with its clip in page coordinates
    out, out_inks = [], []
    for c, ink in zip(chars, inks):
        if is_undecodable(c["text"]):
            continue  # "(cid:N)": a glyph of a font without a Unicode map carries no text
        matrix = c.get("matrix") or (1, 0, 0, 1, 0, height - c["bottom"])
        g = make_glyph(c["text"], c["x0"], c["x1"], c["top"], c["bottom"],
                       offset - matrix[5], float(c["size"] or 0.0),
                       c.get("fontname") or "", pdf_color(c.get("non_stroking_color")))
        if g is not None:
            out.append(g)
            on_page = placed.get(id(ink))
            if on_page is None:
                clip = None if ink.clip is None else convert(ink.clip)
                on_page = placed[id(ink)] = Ink(ink.order, ink.mode, ink.alpha, clip)
            out_inks.append(on_page)
    return out, out_inks


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
    glyphs, inks = _glyphs(page)
    convert = _to_page(page)
    paints = [Paint(convert(p.box), p.color, p.covers) for p in getattr(page, "paints", [])]
    shown, hidden = split_hidden(glyphs, inks, paints, _box(page.cropbox))
    lines = page_lines(shown, float(page.width), number)
    images = [(im["x0"], im["top"], im["x1"], im["bottom"]) for im in page.objects.get("image", [])]
    return Page(number=number, width=float(page.width), height=float(page.height), lines=lines,
                links=_links(page, number), rules=_rules(page, number), images=images,
                hidden=hidden_runs(hidden, float(page.width), number))
