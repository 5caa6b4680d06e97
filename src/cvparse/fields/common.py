"""Small text tools shared by the field parsers."""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..lexicon import alternation, load
from ..model import Entry, Source
from ..layout import Box, union
from ..text import Span, fold

if TYPE_CHECKING:
    from ..segment.entries import Block


def tidy(text: str | None) -> str | None:
    """Collapse spaces and trim separators; None for empty text."""
    if text is None:
        return None
    text = _SPACES.sub(" ", text).strip(" \t,;:|·–—-")
    text = _SPACE_BEFORE.sub(r"\1", text).replace("( ", "(")
    return text or None


_SPACES, _SPACE_BEFORE = re.compile(r"\s+"), re.compile(r"\s+([,.)])")


@cache
def _link_words() -> re.Pattern[str]:
    return re.compile(r"(?:^|\s*[|•·—–-]\s*)" + alternation(load("entry_labels")["link"]) + r"\s*[:]?\s*$", re.I)


def unlinked(text: str) -> str:
    """``text`` without a trailing word that stands for a link ("· Link", "| GitHub") and the
    separators left where a link was cut out."""
    return _link_words().sub("", text).strip(" |•·—–-")


def strip_end(text: str) -> str:
    return text.strip().rstrip(".;,").strip()


def split_top_level(text: str, seps: str = ",;") -> list[str]:
    """Split at separators that are not inside brackets."""
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def split_names(text: str) -> list[str]:
    """'A, B and C' -> ['A', 'B', 'C'] (also '&', 'et', 'und', 'y', 'e')."""
    text = re.sub(r"\s+(?:and|&|et|und|y|e)\s+", ", ", text)
    return [p.strip(" .*†‡") for p in split_top_level(text, ",;") if p.strip(" .*†‡")]


def cell_label(block: Block) -> tuple[str | None, str]:
    """'Label | text' (a label column or a table cell) -> ('Label', 'text'); else (None, whole text)."""
    text = block.text
    cells = block.lines[0].cells() if block.lines else []
    if len(cells) > 1:
        label = Span.of_words(cells[0]).clean
        if text.startswith(label):
            return label, text[len(label):].strip()
    return None, text


def trailing_paren(text: str) -> tuple[str, str | None]:
    """'Title (details).' -> ('Title', 'details')."""
    t = text.rstrip(" .")
    if not t.endswith(")"):
        return text, None
    depth = 0
    for i in range(len(t) - 1, -1, -1):
        if t[i] == ")":
            depth += 1
        elif t[i] == "(":
            depth -= 1
            if depth == 0:
                if i == 0:
                    return text, None
                return t[:i].rstrip(), t[i + 1:-1].strip()
    return text, None


def strip_employment_terms(text: str) -> str:
    """'Data Analyst (CDI - 2 ans et 5 mois)' -> 'Data Analyst': a trailing bracket whose
    every word says how or how long the job was held is no part of the title (the dates
    already give its length)."""
    head, inner = trailing_paren(text)
    if not inner or not head or not re.search(r"[^\W\d_]", inner):
        return text
    left = _vocab("employment_terms").sub(" ", fold(inner))
    return head if not re.search(r"[^\W\d_]", left) else text


@cache
def _vocab(name: str) -> re.Pattern[str]:
    words = sorted(load("roles")[name], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


@lru_cache(maxsize=8192)
def vocab_hits(name: str, text: str) -> int:
    # Cached: a title is scored against the same vocabularies by several tests.
    return len(_vocab(name).findall(fold(text)))


def vocab_search(name: str, text: str) -> re.Match[str] | None:
    return _vocab(name).search(fold(text))


@cache
def cue_pattern(name: str) -> re.Pattern[str]:
    words = sorted(load("roles")[name], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b\s*[:：]?\s*", re.I)


# Entry fields that are not read from the page: bookkeeping, not values.
_NOT_PRINTED = frozenset({"section", "provenance", "confidence", "current"})
# Values normalised from another printed field (ISO dates from the dates as printed) take its
# box when it was read; else they are looked for themselves (an ISO date by its year).
_DERIVED_FROM = {"start": "dates_text", "end": "dates_text"}
_ISO_DATE = re.compile(r"^(\d{4})(?:-\d\d){0,2}$")


def locate(span: Span, value: object, taken: list[tuple[int, int]] | None = None) -> tuple[int, Box] | None:
    """Where a field's value is printed in the span: a text, an ISO date by its year,
    a list by the union of its items on the first item's page; None if it is not printed.
    ``taken`` holds the text other fields were read from (see :meth:`Span.find`)."""
    if isinstance(value, list):
        found = [f for f in (locate(span, item, taken) for item in value) if f]
        if not found:
            return None
        page = found[0][0]
        return page, union(box for p, box in found if p == page)
    if not isinstance(value, str) or not value:
        return None
    iso = _ISO_DATE.match(value)
    return span.find(iso.group(1) if iso else value, taken)


def set_provenance(entry: Entry, span: Span) -> None:
    """Record where the entry and each of its non-empty fields were printed.

    A value the parser inferred rather than read (a publication's kind, a role
    from the sub-heading) points at the whole entry, so every field has a box.
    """
    whole = span.source()
    if not whole:
        return
    entry.provenance["entry"] = Source(page=whole[0], box=whole[1])
    pending = []
    taken: list[tuple[int, int]] = []  # two fields are rarely read from the same characters
    for name, value in entry:
        if name in _NOT_PRINTED or value in (None, "", []):
            continue
        derived = _DERIVED_FROM.get(name)
        found = None if derived and getattr(entry, derived, None) else locate(span, value, taken)
        if found:
            entry.provenance[name] = Source(page=found[0], box=found[1])
        else:
            pending.append(name)
    for name in pending:
        entry.provenance[name] = entry.provenance.get(_DERIVED_FROM.get(name, "entry"), entry.provenance["entry"])
