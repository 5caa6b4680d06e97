"""Awards, honours, grants: title, date (or range), details."""
from __future__ import annotations

from ..model import Award
from ..segment.entries import Block
from .common import set_provenance, strip_end, tidy, trailing_paren
from ..dates import DateMatch, find_dates


def take_edge_date(text: str) -> tuple[DateMatch | None, str]:
    """A date printed first ("2019: …") or last ("…, 2019") in an item, and the rest."""
    for d in find_dates(text):
        a, b = d.span
        if a <= 2 or b >= len(text.rstrip(" .)")) - 1:
            return d, tidy(text[:a] + " " + text[b:]) or ""
    return None, text


def parse_award(block: Block, section: str) -> Award:
    text, more = block.text, None
    if len(block.lines) > 1 and len(block.lines[0].cells()) > 1:
        # "Title || 2020 – 2022" over a line of details: the first line is the award.
        text, more = block.span(block.lines[:1]).clean, tidy(block.span(block.lines[1:]).clean)
    date, rest = take_edge_date(text)
    title, details = trailing_paren(strip_end(rest))
    details = details or more
    entry = Award(title=tidy(strip_end(title)), details=tidy(details), section=section)
    if date:
        entry.date, entry.end = date.start, date.end
    set_provenance(entry, block.span())
    return entry
