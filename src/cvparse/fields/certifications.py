"""Certifications and licences: name, issuer, date, link."""
from __future__ import annotations

import re
from functools import cache

from ..dates import find_dates
from ..lexicon import alternation, load
from ..model import Certification
from ..segment.entries import Block
from ..text import fold
from .awards import take_edge_date
from .common import set_provenance, strip_end, tidy, trailing_paren, unlinked

# Only a link printed as one: a bare domain in a certificate's line is its issuer ("Scrum.org").
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.I)

# "Name – Issuer", "Name | Issuer", "Name, Issuer": an issuer is a short name after the certificate's.
_ISSUER_SEP = re.compile(r"\s+[|•·—–-]\s+|\s*,\s+")
_ISSUER_WORDS = 6  # an issuer is a name ("Amazon Web Services"), not a sentence
# Europass prints "[ Issuer, 12/03/2021 ] Name": what shares the date's bracket is the issuer.
_DATED_BRACKET = re.compile(r"^\s*\[([^\]]*)\]\s*")


@cache
def _issuer_label() -> re.Pattern[str]:
    return re.compile(r"\s*[,(–-]?\s*\b" + alternation(load("entry_labels")["issuer"]) + r"\b\s*:?\s*", re.I)


def _short(text: str | None) -> bool:
    return text is not None and 0 < len(text.split()) <= _ISSUER_WORDS


def _split_issuer(text: str) -> tuple[str, str | None]:
    labelled = _issuer_label().split(text, maxsplit=1)
    if len(labelled) == 2 and labelled[0].strip():
        return labelled[0], labelled[1]
    name, inner = trailing_paren(text)
    if _short(inner) and not find_dates(inner or ""):
        return name, inner
    parts = _ISSUER_SEP.split(text, maxsplit=1)
    if len(parts) == 2 and _short(parts[1]) and fold(parts[1]) != fold(parts[0]):
        return parts[0], parts[1]
    return text, None


def parse_certification(block: Block, section: str) -> Certification:
    text = block.text
    urls = _LINK.findall(text)
    entry = Certification(section=section, url=urls[0].rstrip(".") if urls else None)
    text = unlinked(_LINK.sub(" ", text))
    issuer = None
    bracket = _DATED_BRACKET.match(text)
    if bracket and find_dates(bracket.group(1)):
        date, issuer = take_edge_date(bracket.group(1))
        text = text[bracket.end():]
    else:
        date, text = take_edge_date(text)
    lines = [ln for ln in (tidy(unlinked(_LINK.sub(" ", ln.text))) for ln in block.lines) if ln]
    under = take_edge_date(lines[1])[1] if len(lines) == 2 else None
    if issuer is None and _short(under):
        name, issuer = take_edge_date(lines[0])[1], under  # the issuer printed under the name
    else:
        name, found = _split_issuer(strip_end(text))
        issuer = issuer or found
    entry.name, entry.issuer = tidy(strip_end(name)), tidy(issuer)
    entry.date = date.start if date else None
    set_provenance(entry, block.span())
    return entry
