"""Is the extracted text readable? Fonts without a Unicode map give glyph codes, not text."""
from __future__ import annotations

import re
from typing import Iterable

# pdfminer writes "(cid:N)" for a glyph it cannot map to Unicode; a subset font
# without ToUnicode often maps its glyphs to control characters instead.
_UNDECODABLE = re.compile(r"^\(cid:\d+\)$|^[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]+$")

GARBLED_SHARE = 0.3  # a page whose glyphs are this undecodable reads as garbage
MIN_GLYPHS = 20  # fewer glyphs than this prove nothing


def is_undecodable(text: str) -> bool:
    return bool(_UNDECODABLE.match(text))


def garbled(texts: Iterable[str]) -> bool:
    """Do these glyph texts (one page) mostly fail to decode?"""
    total = bad = 0
    for text in texts:
        if text.strip():
            total += 1
            bad += is_undecodable(text)
    return total >= MIN_GLYPHS and bad >= GARBLED_SHARE * total


def sideways(uprights: Iterable[bool]) -> bool:
    """Does most text on the page run sideways (pdfminer's ``upright`` flag per glyph)?"""
    flags = list(uprights)
    return len(flags) >= MIN_GLYPHS and sum(not f for f in flags) > len(flags) / 2
