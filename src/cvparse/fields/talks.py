"""Talks and presentations: date, title, kind ("Invited talk")."""
from __future__ import annotations

from ..model import Talk
from ..segment.entries import Block
from .awards import take_edge_date
from .common import set_provenance, strip_end, tidy, trailing_paren


def parse_talk(block: Block, section: str) -> Talk:
    date, rest = take_edge_date(block.text)
    title, kind = trailing_paren(strip_end(rest))
    if kind and len(kind.split()) > 5:
        title, kind = rest, None
    entry = Talk(date=date.start if date else None, title=tidy(strip_end(title)), kind=tidy(kind),
                 section=section)
    set_provenance(entry, block.span())
    return entry
