"""Wrapped headings: a section name set on two rows ("Professional" / "Background").

Narrow columns (sidebars, label columns, Europass's left cells) break a long heading
over two rows. Read row by row, the first row is a heading of its own and the second
a stray line of the section. Here two rows become one line when they read as one
heading: the same type, a line's pitch apart, one over the other, together naming a
section kind, and the second row no heading of its own nor the first item of a list
set in the heading's type.
"""
from __future__ import annotations

from ..dates import find_dates
from ..extract.clean import is_bullet
from ..layout import Layout, Line
from .headings import MAX_HEADING_WORDS, _prominence, body_style, heading_kind, open_join, spans_join

WRAP_GAP = 1.0  # font sizes of white between the two rows: leading, not a paragraph break
MAX_WRAPPED_WORDS = 3  # words on the second row: the rest of a name, not a sentence


def _same_type(a: Line, b: Line) -> bool:
    x, y = a.words[-1], b.words[0]
    return x.style == y.style and x.font == y.font and x.color == y.color


def _stacked(a: Line, b: Line) -> bool:
    """Is ``b`` the row under ``a``: in the same column, within a line's pitch, overlapping it across?"""
    return (a.page == b.page and a.column == b.column and a.top < b.top
            and b.top - a.bottom <= WRAP_GAP * b.size and b.x0 < a.x1 and a.x0 < b.x1)


def _reads_as_one(first: str, second: str) -> bool:
    joined = heading_kind(f"{first} {second}")
    if joined in (None, "other"):
        return False
    return (heading_kind(first) is None or heading_kind(second) is None or open_join(first)
            or second[:1].islower() or spans_join(first, second))


def _wraps(a: Line, b: Line, after: Line | None) -> bool:
    if len(a.cells()) > 1 or len(b.cells()) > 1 or is_bullet(b.words[0].text):
        return False
    if len(b.words) > MAX_WRAPPED_WORDS or len(a.words) + len(b.words) > MAX_HEADING_WORDS:
        return False
    if not (_same_type(a, b) and _stacked(a, b)) or find_dates(a.text) or find_dates(b.text):
        return False
    if after is not None and _stacked(b, after) and _same_type(b, after):
        return False  # a list in the heading's type ("Skills" / "Python" / "Java")
    return _reads_as_one(a.text, b.text)


def join_wrapped_headings(layout: Layout) -> None:
    """Put each heading wrapped over two rows on one line."""
    body_size, body_colour = body_style(layout)
    for page in layout.pages:
        lines, out, i = page.lines, [], 0
        while i < len(lines):
            a = lines[i]
            if i + 1 < len(lines):
                b, after = lines[i + 1], lines[i + 2] if i + 2 < len(lines) else None
                if _wraps(a, b, after) and _prominence(a, page, body_size, body_colour) >= 1:
                    out.append(Line(words=a.words + b.words, page=a.page, column=a.column))
                    i += 2
                    continue
            out.append(a)
            i += 1
        page.lines = out
