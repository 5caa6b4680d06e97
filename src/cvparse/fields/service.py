"""Service (reviewing, committees, organising): category and items."""
from __future__ import annotations

from ..model import Service
from ..segment.entries import Block
from ..text import label_value
from .common import set_provenance, split_top_level, strip_end, tidy


def parse_service(block: Block, section: str) -> Service:
    category, rest = label_value(block.text)
    items = [t for t in (tidy(strip_end(p)) for p in split_top_level(strip_end(rest), ",;")) if t]
    entry = Service(category=category or block.context, items=items, section=section)
    set_provenance(entry, block.span())
    return entry
