"""The title lines of a block entry: which part is a date, a place, a name."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..layout import Line
from ..segment.entries import Block, split_list, strip_bullet
from ..text import Span
from . import nlp
from .common import tidy
from ..dates import DateMatch, first_range

_PLACE = re.compile(r"^[A-Z][\w.' -]+,\s*[A-Z][\w.' -]+$")


@dataclass
class Piece:
    text: str
    bold: bool
    right: bool  # printed in a right-hand cell (right-aligned)


@dataclass
class Header:
    pieces: list[Piece] = field(default_factory=list)
    location: str | None = None
    dates: DateMatch | None = None


def looks_like_place(text: str) -> bool:
    # Long text, or numbers other than a postcode, are not a place.
    if len(text.split()) > 6 or (re.search(r"\d{3,}", text) and not re.search(r"\b\d{4,5}\b", text)):
        return False
    ents = nlp.entities([text])[0]
    if ents:
        gpe = sum(len(t) for label, t in ents if label in ("GPE", "LOC"))
        return gpe >= 0.5 * len(text.replace(",", "").replace(" ", ""))
    return bool(_PLACE.match(text)) and nlp.pipeline() is None


def read_header(block: Block) -> Header:
    header = Header()
    lines: list[Line] = block.header or block.lines[:1]
    for line in lines:
        for i, cell in enumerate(line.cells()):
            words = strip_bullet(cell)
            text = Span.of_words(words).clean
            bold = sum(len(w.text) for w in words if w.bold) > 0.6 * max(1, sum(len(w.text) for w in words))
            dates = first_range(text)
            if dates and header.dates is None:
                header.dates = dates
                a, b = dates.span
                text = tidy(text[:a] + " " + text[b:]) or ""
                if text.startswith("(") and text.endswith(")"):
                    text = text[1:-1]
            if not text:
                continue
            right = i > 0
            short_place = len(text.split()) <= 4 and "," in text
            if right and header.location is None and (short_place or looks_like_place(text)):
                header.location = text
                continue
            header.pieces.append(Piece(text, bold, right))
    if header.location is None:
        _split_place(header)
    if header.location is None:
        for piece in list(header.pieces):
            if looks_like_place(piece.text) and len(header.pieces) > 1:
                header.location = piece.text
                header.pieces.remove(piece)
                break
    return header


def _split_place(header: Header) -> None:
    """'Company — City', 'Company · City' or 'Company, City, Country': the place after the name goes to location."""
    for piece in header.pieces:
        parts = re.split(r"\s+[—–|·•]\s+|\s*,\s+", piece.text, maxsplit=1)
        if len(parts) == 2 and looks_like_place(parts[1]) and not looks_like_place(parts[0]):
            piece.text, header.location = parts[0].strip(), parts[1].strip()
            return


def highlights(block: Block) -> list[str]:
    """The entry's description lines as items (bullets, or lines broken at the margin)."""
    out = []
    for item in split_list(block.body, margin=block.margin):
        text = tidy(item.text)
        if text:
            if item.context:
                out.append(item.context + ":")
            out.append(text)
    return list(dict.fromkeys(out))
