"""Labels: where each printed span of a Doc sits on the rendered pages.

The Doc says what was printed; the PDF says where. Each span's letters and digits
(case-folded, compatibility-normalised, so ligatures, hyphenation, letter spacing,
small caps and separators do not matter) are looked up in the pages' characters in
content-stream order, the order in which a string is drawn. A match must start and
end at word boundaries (so "Dr." is not found inside "Pedrosa"); of the unused
matches the one nearest after the previous span wins, and one before it (a template
may print a title before its organisation) counts at twice its distance. A span's box is the union of its
characters' boxes; ``lines`` are its boxes line by line. Printed words that belong
to no span (contact labels, icons) are labelled ``other``.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .model import Doc

# Characters on one line share a top within this fraction of their height.
SAME_LINE = 0.5
# A gap wider than this fraction of the font size between two glyphs is a word space
# (TeX and typst draw no space characters).
WORD_GAP = 0.15
# A match before the previous span costs this many times its distance.
BACKWARD_COST = 2


@dataclass
class Glyph:
    char: str
    page: int
    box: tuple[float, float, float, float]
    word_start: bool = False


# Letters that print differently in upper case and fold apart: Turkish dotless i ("ı" -> "I" -> "i").
_SAME_LETTER = str.maketrans({"ı": "i"})


def _is_accent(c: str) -> bool:
    return unicodedata.category(c)[0] == "M" or unicodedata.category(c) in ("Sk", "Lm")


def _fold(text: str) -> str:
    """Letters and digits only, case-folded and without accents: pdfTeX may draw an accent
    (a modifier letter such as "ˇ") as a glyph of its own before or after its letter."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_SAME_LETTER))
    return "".join(c for c in folded if c.isalnum() and not _is_accent(c))


def read_glyphs(pdf: Path) -> list[Glyph]:
    """Every letter and digit of the PDF in content-stream order, one Glyph per folded character."""
    import logging

    import pdfplumber
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font-descriptor complaints of some engines' fonts
    out: list[Glyph] = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            boundary, last = True, None
            for ch in page.chars:
                box = (round(ch["x0"], 2), round(ch["top"], 2), round(ch["x1"], 2), round(ch["bottom"], 2))
                folded = _fold(ch["text"])
                if not folded and ch["text"] and all(_is_accent(c) for c in ch["text"]):
                    continue
                if not folded:
                    boundary = True
                    continue
                if last is not None:
                    size = max(ch.get("size") or 0, 1.0)
                    boundary |= (abs(box[1] - last[1]) > SAME_LINE * size
                                 or not -WORD_GAP * size <= box[0] - last[2] <= WORD_GAP * size)
                out += [Glyph(c, page.page_number, box, boundary and k == 0) for k, c in enumerate(folded)]
                boundary, last = False, box
            boundary = True
    return out


def _union(glyphs: list[Glyph]) -> list:
    return [round(min(g.box[0] for g in glyphs), 2), round(min(g.box[1] for g in glyphs), 2),
            round(max(g.box[2] for g in glyphs), 2), round(max(g.box[3] for g in glyphs), 2)]


def _lines(glyphs: list[Glyph]) -> list[list]:
    """The span's glyphs split where a glyph starts a new line (or page): one box per line."""
    runs: list[list[Glyph]] = [[glyphs[0]]]
    for g in glyphs[1:]:
        last = runs[-1][-1]
        height = max(last.box[3] - last.box[1], 1.0)
        if g.page != last.page or abs(g.box[1] - last.box[1]) > SAME_LINE * height:
            runs.append([g])
        else:
            runs[-1].append(g)
    return [[run[0].page] + _union(run) for run in runs]


def align(doc: Doc, glyphs: list[Glyph]) -> list[dict]:
    stream = "".join(g.char for g in glyphs)
    # starts[i]: a word starts at i; a match must also end where a word starts (or at the end)
    starts = bytes(g.word_start or i == 0 for i, g in enumerate(glyphs)) + b"\x01"
    used = bytearray(len(stream))
    cursor = 0
    out = []
    for span in doc.spans():
        key = _fold(span.text)
        row = {"text": span.text, "role": span.role, "field": span.field}
        at = _find(stream, key, cursor, used, starts) if key else -1
        if at < 0:
            out.append({**row, "page": None, "box": None, "found": False})
            continue
        end = at + len(key)
        used[at:end] = b"\x01" * len(key)
        cursor = end
        hit = glyphs[at:end]
        out.append({**row, "page": hit[0].page, "box": _union(hit), "lines": _lines(hit), "found": True})
    out += _unlabelled(glyphs, used)
    return out


def _find(stream: str, key: str, cursor: int, used: bytearray, starts: bytes) -> int:
    """The unused whole-word occurrence of ``key`` nearest after ``cursor`` (one before costs more)."""
    best, best_cost = -1, float("inf")
    at = stream.find(key)
    while at >= 0:
        end = at + len(key)
        if starts[at] and starts[end] and not any(used[at:end]):
            cost = at - cursor if at >= cursor else BACKWARD_COST * (cursor - at)
            if cost < best_cost:
                best, best_cost = at, cost
        at = stream.find(key, at + 1)
    return best


def _unlabelled(glyphs: list[Glyph], used: bytearray) -> list[dict]:
    rest = [g for g, u in zip(glyphs, used) if not u]
    if not rest:
        return []
    out = []
    for line in _lines(rest):
        page, box = line[0], line[1:]
        text = "".join(g.char for g in rest if g.page == page and g.box[1] >= box[1] - 0.01
                       and g.box[3] <= box[3] + 0.01 and box[0] <= g.box[0] <= box[2])
        out.append({"text": text, "role": "other", "field": None, "page": page, "box": box,
                    "lines": [line], "found": True})
    return out


def heading_pages(labels: list[dict]) -> dict[str, int]:
    return {row["text"]: row["page"] for row in labels
            if row["role"] in ("heading", "sub-heading") and row["field"] == "sections" and row["found"]}
