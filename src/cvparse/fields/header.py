"""The title lines of a block entry: which part is a date, a place, a name."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, partial

from ..layout import Line, Word
from ..model import Place
from ..segment.entries import Block, label_wraps, split_list, strip_bullet
from ..lexicon import load
from ..text import Span, fold
from . import nlp
from .decisions import Entities, decide
from .common import tidy, vocab_hits
from ..dates import DateMatch, first_range
from ..location import names_country, split_location

# Line ends that leave a phrase open: a conjunction, a preposition, a comma or hyphen.
_OPEN_ENDS = (",", "-", "&", " and", " of", " the", " in", " for", " und", " für", " et", " de", " y")
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
    labels: list[str] = field(default_factory=list)  # label-column text that is not a date


@cache
def _work_modes() -> frozenset[str]:
    return frozenset(load("places")["work_modes"])


def names_work_mode(text: str) -> bool:
    """Does the text say only how the job was done ("Remote", "Remote, USA", "Hybrid (Paris)")?"""
    first = re.split(r"\s*[,(/|–]\s*|\s+-\s+", text.strip(" ()[]."), maxsplit=1)[0]
    return fold(first) in _work_modes()


def looks_like_place(text: str) -> bool:
    # Long text, or numbers other than a postcode, are not a place.
    if len(text.split()) > 6 or (re.search(r"\d{3,}", text) and not re.search(r"\b\d{4,5}\b", text)):
        return False
    if nlp.pipeline() is None:
        return bool(_PLACE.match(text))
    return decide(text, partial(_mostly_places, text))


def _mostly_places(text: str, ents: Entities) -> bool:
    """Do spaCy's places (GPE, LOC) cover at least half the text's letters?"""
    gpe = sum(len(t) for label, t in ents if label in ("GPE", "LOC"))
    return bool(ents) and gpe >= 0.5 * len(text.replace(",", "").replace(" ", ""))


def read_header(block: Block) -> Header:
    header = Header()
    lines: list[Line] = block.header or block.lines[:1]
    for line, cells, labelled in _cells(lines):
        for i, cell in enumerate(cells):
            words = strip_bullet(cell)
            if header.location is None and (place := _place_after_bold(words)) is not None:
                words, header.location = words[:place[0]], place[1]
            text = Span.of_words(words).clean
            bold = sum(len(w.text) for w in words if w.bold) > 0.6 * max(1, sum(len(w.text) for w in words))
            dates = first_range(text)
            if dates and header.dates is None:
                a, b = dates.span
                rest = tidy(re.sub(r"[(\[]\s*[)\]]", " ", cut_dates(text, a, b))) or ""
                if re.fullmatch(r"[\[\]() ]*", rest):  # "[ 01/03/2023 – Current ]": keep it as printed
                    dates = replace(dates, text=text.strip())
                    rest = ""
                header.dates = dates
                text = rest
            if not text:
                continue
            if labelled and i == 0:
                header.labels.append(text)  # a label column holds dates or captions, never the title
                continue
            if header.location is None and names_work_mode(text):
                header.location = text  # "Remote", "Hybrid (Berlin)": where the job was done
                continue
            # A label column's text is the line's left cell; right-hand cells come after it.
            right = i > (1 if labelled else 0)
            short_place = len(text.split()) <= 4 and "," in text and _could_be_place(text)
            if right and header.location is None and (short_place or looks_like_place(text)):
                header.location = text
                continue
            header.pieces.append(Piece(text, bold, right))
    if header.location is None:
        _split_place(header)
    if header.location is None:
        for piece in list(header.pieces):
            named = vocab_hits("institution", piece.text) or vocab_hits("organization", piece.text)
            if not named and len(header.pieces) > 1 and looks_like_place(piece.text):
                header.location = piece.text
                header.pieces.remove(piece)
                break
    return header


def cut_dates(text: str, a: int, b: int) -> str:
    """The text without its dates at ``[a, b)``. A bracket that held them with more
    ("Northwind (2019-2022, Canada)") opens into a part after a comma ("Northwind, Canada")."""
    start, end = text.rfind("(", 0, a), text.find(")", b)
    if start != -1 and end != -1 and ")" not in text[start:a] and "(" not in text[b:end]:
        inner = (text[start + 1:a] + " " + text[b:end]).strip(" ,;–-")
        if inner:
            return text[:start].rstrip() + ", " + inner + text[end + 1:]
    return text[:a] + " " + text[b:]


def _place_after_bold(words: list[Word]) -> tuple[int, str] | None:
    """(where, place) for "**Utrecht University**, Utrecht, Netherlands": the name in bold, then a
    place in plain type after a comma; the change of style is where the name ends."""
    plain = next((j for j, w in enumerate(words) if not w.bold), None)
    if not plain or any(w.bold for w in words[plain:]) or not (
            words[plain - 1].text.endswith(",") or words[plain].text.startswith(",")):
        return None
    place = Span.of_words(words[plain:]).clean.lstrip(", ").strip()
    # The change of style after the comma already says a new piece begins: after a name that
    # is no job title, a short tail of capitalised words naming no job, firm or degree is the
    # place ("Lyon", "Créteil", whose names the NER model may not know). After a job title
    # ("**PhD Researcher**, Brennan-Taylor") it may be the employer: the model must see a place.
    if not place or not _could_be_place(place):
        return None
    short = len(place.split()) <= _SHORT_PLACE_WORDS and not vocab_hits("position", Span.of_words(words[:plain]).clean)
    return (plain, place) if short or looks_like_place(place) else None


_SHORT_PLACE_WORDS = 3


def _broken(prev: Line, line: Line) -> bool:
    """Does ``prev`` stop mid-phrase ("Institute of Genetics and"), so ``line`` goes on with it?"""
    return prev.text.endswith(_OPEN_ENDS) or line.text[:1].islower()


def _cells(lines: list[Line]) -> list[tuple[Line, list[list[Word]], bool]]:
    """(line, cells, first cell is a label) per title line.

    A label column wrapped onto the next line is rejoined ("September 2013 –
    January" / "2016"), and so is a title broken at the margin.
    """
    out: list[tuple[Line, list[list[Word]], bool]] = []
    for line in lines:
        cells, labelled = line.cells(), line.label
        if out and out[-1][2]:
            prev, prev_cells, _ = out[-1]
            if labelled and label_wraps(prev, line):
                prev_cells[0] = prev_cells[0] + cells[0]
                cells, labelled = cells[1:], False
            if len(cells) == 1 and not labelled and len(prev_cells) > 1 and (
                    _broken(prev, line) or cells[0][-1].style == prev_cells[-1][-1].style):
                prev_cells[-1] = prev_cells[-1] + cells[0]
                continue
            if not cells:
                continue
        out.append((line, cells, labelled))
    return out


def _split_place(header: Header) -> None:
    """'Company — City', 'Company · City' or 'Company, City, Country': the place after the name goes to location."""
    for piece in header.pieces:
        if vocab_hits("position", piece.text) and not vocab_hits("organization", piece.text):
            # a job title ("Analyst · Business Development"), perhaps after its place
            if found := place_first(piece.text):
                piece.text, header.location = found
                return
            continue
        # spaCy is asked last, only about a piece that would be split (NER is the costly test).
        found = split_place(piece.text)
        if found and not looks_like_place(piece.text):  # not a place already
            piece.text, header.location = found
            return
    for piece in header.pieces:
        if found := split_region_tail(piece.text):  # "Assistant, Northfield College, Springfield, IL, USA"
            piece.text, header.location = found
            return
    for piece in header.pieces:
        # "Title, Employer, City" (moderncv, Europass): the place is the last part.
        rest, _, last = piece.text.rpartition(", ")
        # After a degree the last part is as often its field ("Ph.D., Northfield University, Economics"): the
        # model must read it as a place; elsewhere its shape will do.
        shaped = _could_be_place(last) and not re.search(r"\d", last) and (
            not vocab_hits("degree", rest) or names_country(last))
        if rest.count(",") >= 1 and (shaped or looks_like_place(last)) and not looks_like_place(rest):
            piece.text, header.location = rest.strip(), last.strip()
            return


_DASH = re.compile(r"\s+[—–|·•-]\s+")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w.'’-]*|\(?\d{4,6}\)?|[a-z]{1,3})$")


def split_place(text: str) -> tuple[str, str] | None:
    """('Company', 'City') when ``text`` ends with a short place after a dash or a comma, or
    begins with one before a dash."""
    dashes = list(_DASH.finditer(text))
    if dashes:
        head, tail = text[:dashes[-1].start()], text[dashes[-1].end():]
        if _could_be_place(tail) and not looks_like_place(head):
            return head, tail
        if found := place_first(text):
            return found
    # After a comma only behind a firm's name ("Acme plc, Leeds"): in "University of
    # California, Berkeley" the place is part of the name.
    # A tail that names a state or a country ("Springfield, IL USA") is a place behind any name.
    head, sep, tail = text.partition(", ")
    if sep and _region_place(tail):
        return head, tail
    if sep and _could_be_place(tail) and len(tail.replace(",", " ").split()) <= 3 \
            and not vocab_hits("institution", head) and (
                vocab_hits("organization", head) or re.search(r"\b\d{4,6}\b", tail) or looks_like_place(tail)):
        return head, tail
    return None


def split_region_tail(text: str) -> tuple[str, str] | None:
    """('Teaching Assistant, Northfield College', 'Springfield, IL, USA'): the fewest comma parts at the end
    that read as a city with its state or country, and what comes before them."""
    parts = text.rstrip(" .").split(", ")
    for k in range(len(parts) - 1, 0, -1):
        tail = ", ".join(parts[k:])
        place = _region_place(tail)
        # With a state code the shape says it ("Springfield, IL"); with a country alone the
        # name before it must read as a place ("Lyon, France", not "Northwind Labs, Canada").
        if place and place.street is None and place.city and (place.region or looks_like_place(tail)):
            return ", ".join(parts[:k]), tail
    return None


def _region_place(text: str) -> Place | None:
    """The place, when the text is a short one that prints its state or country ("Springfield,
    IL USA", "Lakeside MA, USA"), its city a name of a school or not."""
    words = text.replace(",", " ").split()
    if not (1 < len(words) <= 4 and all(_NAME_WORD.match(w) for w in words) and words[0][:1].isupper()
            and not vocab_hits("position", text)):
        return None
    place = split_location(text)
    # It ends in the state or country ("MS Computer Science" is a degree, not the state).
    printed_last = text.rstrip().endswith(tuple(p for p in (place.region, place.country) if p))
    return place if place.country_code is not None and printed_last else None


def place_first(text: str) -> tuple[str, str] | None:
    """('Inventory coordinator', 'Palo Alto') for "Palo Alto — Inventory coordinator": a place
    printed before a dash, ahead of a title or a name that is no place."""
    dash = _DASH.search(text)
    if not dash:
        return None
    first, rest = text[:dash.start()], text[dash.end():]
    if _could_be_place(first) and not _could_be_place(rest) and looks_like_place(first):
        return rest, first
    return None


def _could_be_place(text: str) -> bool:
    """Short, capitalised words with no job, firm, degree or honours vocabulary."""
    words = text.replace(",", " ").split()
    return (0 < len(words) <= 4 and all(_NAME_WORD.match(w) for w in words) and words[0][:1].isupper()
            and not any(vocab_hits(v, text) for v in ("position", "organization", "degree", "institution", "honors")))


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
