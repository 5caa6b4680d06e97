"""Publications: title, authors, venue, year, status, kind, notes.

Typography leads where the CV has it (an italic run is the title, a bold run
right after it the venue); sentence shapes decide the rest.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..lexicon import load
from ..model import Publication
from ..layout import Word
from ..segment.entries import Block, content_words, continues
from ..text import Span, fold
from .common import cell_label, set_provenance, split_names, split_top_level, tidy, trailing_paren

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NAME_PART = re.compile(r"^(?:[A-Z][\w'’.-]*\.?|[a-z]{1,3}|de|van|von|der|da|del|di|la|le)(?:\s+(?:[A-Z][\w'’.-]*\.?|de|van|von|der|den|da|del|di|dos|la|le|el|bin|ibn))*$")


@cache
def _table() -> Any:  # the lexicon's own shape
    return load("publications")


def _has(words: list[str], text: str) -> bool:
    folded = f" {fold(text)} "
    return any(f" {w} " in folded for w in words)


def kind_of(text: str | None) -> str | None:
    if not text:
        return None
    for kind, words in _table()["kinds"]:
        if _has(words, text):
            return str(kind)
    return None


def status_of(text: str) -> str | None:
    for status, words in _table()["status"].items():
        if _has(words, text):
            return str(status)
    return None


def _sentences(text: str) -> list[str]:
    """Split at '. ' outside brackets, not after an initial ('J. Smith')."""
    out, depth, start = [], 0, 0
    for mark in _BRACKET_OR_STOP.finditer(text):  # only these characters decide: no walk over every one
        ch, i = mark.group(), mark.start()
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= depth > 0
        elif depth == 0 and text[i + 1:i + 2] in (" ", ""):
            cur = text[start:i + 1]
            token = cur.rstrip(".").split(" ")[-1]
            if len(token.strip("*")) > 1 or not token[:1].isupper():
                out.append(cur.strip().rstrip("."))
                start = i + 1
    if text[start:].strip():
        out.append(text[start:].strip().rstrip("."))
    return [s for s in out if s]


_BRACKET_OR_STOP = re.compile(r"[()\[\]{}.]")


def looks_like_authors(text: str) -> bool:
    text = text.strip()
    if not text or _YEAR.search(text) or text.startswith("("):
        return False
    names = split_names(text.replace("*", ""))
    if not names:
        return False
    good = sum(1 for n in names if 1 <= len(n.split()) <= 5 and _NAME_PART.match(n))
    return good == len(names) and (len(names) >= 2 or len(names[0].split()) >= 2)


def _styled_runs(block: Block) -> tuple[str | None, str | None]:
    """(first italic run, first bold run after it) when the item is set that way."""
    words = content_words(block.lines)
    runs: list[tuple[str, list[Word]]] = []
    for w in words:
        style = "i" if w.italic and not w.bold else "b" if w.bold and not w.italic else "r"
        if runs and runs[-1][0] == style:
            runs[-1][1].append(w)
        else:
            runs.append((style, [w]))
    texts = [(s, Span.of_words(ws).clean) for s, ws in runs]
    title_idx = next((i for i, (s, t) in enumerate(texts) if s == "i" and len(t.split()) >= 2), None)
    if title_idx is None or title_idx > 1:
        return None, None
    title = texts[title_idx][1]
    venue = None
    following = texts[title_idx + 1:title_idx + 3]
    for i, (s, t) in enumerate(following):
        # The venue stands right after the title, or after a short connector ("2024. Accepted at").
        if s == "b" and (i == 0 or len(following[0][1].split()) <= 4):
            first = _sentences(t.strip(" .,"))
            if first and not looks_like_authors(first[0]):
                venue = first[0]
            break
    return title, venue


def _trailing_year(venue: str) -> tuple[str, str | None]:
    """'ICML, 2022' -> ('ICML', '2022')."""
    m = re.search(r",\s*(" + _YEAR.pattern + r")\.?$", venue.strip())
    return (venue[:m.start()].strip(), m.group(1)) if m else (venue, None)


def _venue_notes(venue: str) -> tuple[str, list[str]]:
    """Move presentation labels out of the venue: '(ICML 2022, Spotlight presentation)'."""
    base, inner = trailing_paren(venue)
    if not inner:
        return venue, []
    parts = split_top_level(inner, ",")
    keep = [p for p in parts if fold(p) not in _table()["presentation"]]
    notes = [p for p in parts if fold(p) in _table()["presentation"]]
    if not notes:
        return venue, []
    return (f"{base} ({', '.join(keep)})" if keep else base), notes


def _joined_text(block: Block) -> str:
    """The item's text; where a line ends a part without a full stop (title, authors and venue
    each on a line of its own), the break counts as one."""
    pieces = [block.span(block.lines[:1]).clean]
    for prev, line in zip(block.lines, block.lines[1:]):
        ended = prev.text.rstrip().endswith((".", ",", ";", ":", "-", "–"))
        joiner = " " if ended or continues(prev, line, block.margin) else ". "
        pieces.append(joiner + block.span([line]).clean)
    return "".join(pieces)


def parse_publication(block: Block, section: str) -> Publication:
    text = re.sub(r"^[^\w(\"“'*]+", "", _joined_text(block)).strip()
    label, cited = cell_label(block)
    label_year = label if label and _YEAR.fullmatch(label) else None
    if label_year:
        text = cited  # "2023 | Authors. Title. Venue." with the year in a label column
    title, venue = _styled_runs(block)
    rest = text
    before = ""
    if title:
        title = title.strip().rstrip(".").strip()
        idx = rest.find(title)
        before = rest[:idx].strip(" .,") if idx > 0 else ""
        rest = rest[idx + len(title):] if idx >= 0 else rest
    sentences = _sentences(rest.strip(" .,"))
    if not title and sentences:
        first = sentences.pop(0)
        if looks_like_authors(first) and sentences and not any(map(looks_like_authors, sentences)):
            # "Authors. Title. Venue" order.
            title = sentences.pop(0)
            sentences.insert(0, first)
        else:
            title = first
    entry = Publication(title=tidy(title.strip(" \"“”")) if title else None, year=label_year, section=section)
    if before and looks_like_authors(before):
        entry.authors = split_names(before.replace("*", ""))  # "Authors. Title (styled). Venue."
    notes: list[str] = []
    status: str | None = None
    if venue:
        venue = venue.strip().rstrip(".")
    for sentence in sentences:
        s = sentence.strip()
        if venue and s.startswith(venue[:20]):
            continue
        if s.startswith("(") and s.endswith(")"):
            for part in split_top_level(s[1:-1], ","):
                if part.startswith("*") or part.startswith("†"):
                    notes.append(s[1:-1])
                    break
                if _YEAR.fullmatch(part):
                    entry.year = entry.year or part
                elif status_of(part) in ("submitted", "accepted"):
                    status = status_of(part)
                elif venue is None:
                    venue = part
            continue
        if not entry.authors and looks_like_authors(s):
            entry.authors = split_names(s.replace("*", ""))
            continue
        if _YEAR.fullmatch(s):
            entry.year = s
            continue
        m = re.match(r"^(accepted (?:at|to|in)|to appear (?:at|in)|submitted to|under review at|published in|in)\s+(.*)$", s, re.I)
        if m and venue is None:
            status = status or status_of(m.group(1))
            venue = m.group(2)
            continue
        if m and venue and s.endswith(venue[-15:]):
            status = status or status_of(m.group(1))
            continue
        if venue is None and not notes:
            venue = s
            continue
        notes.append(s)
    if venue:
        venue, year = _trailing_year(venue)
        entry.year = entry.year or year
        venue, venue_notes = _venue_notes(venue.strip().rstrip("."))
        notes = venue_notes + notes
    entry.venue = tidy(venue)
    entry.notes = [n for n in (tidy(x) for x in notes) if n]
    years = _YEAR.findall(entry.venue or "") or _YEAR.findall(text)
    entry.year = entry.year or (years[-1] if years else None)
    status = status or status_of(rest)
    if status is None and entry.venue and status_of(entry.venue) == "preprint":
        status = "preprint"
    entry.status = status or ("published" if entry.venue else "preprint")
    entry.kind = (kind_of(block.context) or kind_of(entry.venue)
                  or ("preprint" if entry.status in ("submitted", "preprint") else "other"))
    set_provenance(entry, block.span())
    return entry
