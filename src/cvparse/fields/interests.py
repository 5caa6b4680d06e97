"""Interests and research statements: category and text."""
from __future__ import annotations

from ..model import Interest
from ..segment.entries import Block
from ..text import label_value
from .common import cell_label, set_provenance, tidy


def parse_interest(block: Block, section: str) -> Interest:
    category, rest = label_value(block.text)
    if category is None:
        category, rest = cell_label(block)  # "Music | Cello, ..." in a label column
    entry = Interest(category=category, text=tidy(rest), section=section)
    set_provenance(entry, block.span())
    return entry
