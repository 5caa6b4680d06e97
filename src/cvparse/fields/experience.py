"""Experience entries: organisation, position, place, dates, highlights."""
from __future__ import annotations

import re
from functools import cache
from itertools import product
from typing import Callable, TypeVar

from ..lexicon import alternation, load
from ..model import Experience
from ..segment.entries import Block
from . import nlp
from .decisions import Entities, decide
from .cells import apply_cells
from .common import set_provenance, strip_employment_terms, tidy, vocab_hits
from .header import Piece, highlights, read_header

# "Position at Company", "Position — Company", "Position, Company"
_JOINERS = re.compile(r"\s+(?:at|@|chez|bei|en|presso|na|no)\s+|\s+[—–|]\s+|\s*,\s+")


T = TypeVar("T")

_ORG_PENALTY = 0.5  # spaCy reading the text as an organisation's name


def _vocab_score(text: str) -> float:
    # The last word is the head of the phrase: "Software Engineer" is a job, "Acme Software" a firm.
    last = text.split()[-1] if text.split() else ""
    return (vocab_hits("position", text) + vocab_hits("position", last)
            - 0.8 * (vocab_hits("organization", text) + vocab_hits("organization", last)))


def _decided(test: Callable[..., T], *texts: str) -> T:
    """``test`` applied to the texts' position scores.

    The ORG label only ever lowers a score by _ORG_PENALTY, so spaCy is asked only
    when the answer hangs on it: a batch that asks less runs faster, and more
    entries are settled by the first pass (see fields.build_record).
    """
    vocab = [_vocab_score(t) for t in texts]
    if nlp.pipeline() is None:
        return test(*vocab)
    outcomes = {test(*(v - _ORG_PENALTY if org else v for v, org in zip(vocab, orgs)))
                for orgs in product((False, True), repeat=len(texts))}
    if len(outcomes) == 1:
        return outcomes.pop()
    return test(*(v - _ORG_PENALTY if decide(t, _names_org) else v for v, t in zip(vocab, texts)))


def _names_org(ents: Entities) -> bool:
    return any(label == "ORG" for label, _ in ents)


def _positive(*scores: float) -> bool:
    return max(scores) > 0


def _order(a: float, b: float) -> int:
    return (a > b) - (b > a)


@cache
def _founding_title() -> re.Pattern[str]:
    """A title that names the firm it leads after "of" ("Founder of Northwind"); a "Professor
    of Physics" or "Head of Sales" names a subject or a department, and is not split."""
    titles = alternation(load("roles")["founding_titles"])
    return re.compile(r"^(.*?\b" + titles + r")\s+(?:of|de|du|von|der|di|del|van)\s+(\S.*)$", re.I)


def assign_roles(pieces: list[Piece]) -> tuple[str | None, str | None, list[str]]:
    """(organisation, position, leftovers) from the entry's title pieces."""
    texts = [p.text for p in pieces if not p.right] + [p.text for p in pieces if p.right]
    if not texts:
        return None, None, []
    if len(texts) == 1 and (founded := _founding_title().match(texts[0])):
        return founded.group(2), founded.group(1), []  # "CEO & Founder of Northwind"
    if len(texts) == 1:
        parts = [p for p in _JOINERS.split(texts[0], maxsplit=1) if p]
        if len(parts) == 2 and _decided(_positive, *parts):
            texts = parts
        elif len(parts) == 2 and "," in texts[0]:
            return parts[1], parts[0], []  # "Title, Employer" with no word to tell: the usual order
        else:
            text = texts[0]
            return (None, text, []) if _decided(_positive, text) else (text, None, [])
    a, b = texts[0], texts[1]
    order = _decided(_order, a, b)
    if order > 0:
        return b, a, texts[2:]
    if order < 0:
        return a, b, texts[2:]
    bold = {p.text: p.bold for p in pieces}
    if bold.get(b) and not bold.get(a):
        return b, a, texts[2:]
    return a, b, texts[2:]


def parse_experience(block: Block, section: str, kind: type[Experience] = Experience) -> Experience:
    """An employment; ``kind`` a model shaped like one (a Volunteering)."""
    header = read_header(block)
    org, position, rest = assign_roles(header.pieces)
    org, position = (strip_employment_terms(t) if t else t for t in (org, position))
    entry = kind(organization=tidy(org), position=tidy(position), location=header.location,
                 section=section)
    if header.dates:
        entry.start, entry.end, entry.current = header.dates.start, header.dates.end, header.dates.current
        entry.dates_text = header.dates.text
    entry.highlights = [t for t in (tidy(r) for r in header.labels + rest) if t] + highlights(block)
    apply_cells(entry, block.cells)
    set_provenance(entry, block.span())
    return entry
