"""References (referees): name, position, organisation, e-mail, phone; or "available on request"."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lexicon import alternation, load
from ..location import looks_like_street
from ..model import Reference
from ..segment.entries import Block, continues
from ..text import EMAIL, PHONE_SHAPE, fold
from .common import set_provenance, tidy
from .contact import find_phones, guess_region
from .experience import assign_roles
from .header import Piece

# "Jane Doe, Professor, MIT", "Jane Doe - Former Supervisor", "Jane Doe | Manager at Acme".
_PARTS = re.compile(r"\s*,\s+|\s+[|•·—–]\s+|\s*[—–-]\s+")
_NAME_WORDS = (2, 5)  # words of a person's name, fewest and most
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w.'’-]*|[a-z]{1,3})$")  # "Éanna", "de", "van"


@cache
def _contact_label() -> re.Pattern[str]:
    # "e mail" in the table is also printed "e-mail" and "email".
    labels = alternation(load("entry_labels")["contact"]).replace(r"\ ", r"[\s-]?")
    return re.compile(r"\b" + labels + r"\b\s*[:.]?\s*", re.I)


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return (_NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] and words[0][:1].isupper()
            and all(_NAME_WORD.match(w) for w in words))


@cache
def _on_request() -> re.Pattern[str]:
    return re.compile(r"\b" + alternation(load("entry_labels")["on_request"]) + r"\b")


def on_request(text: str) -> bool:
    return bool(_on_request().search(fold(text)))


def _without_contacts(text: str, printed: list[str]) -> str:
    for item in printed:
        text = text.replace(item, " ")
    return tidy(_contact_label().sub(" ", text)) or ""


def parse_reference(block: Block, section: str) -> Reference:
    text = block.text
    entry = Reference(section=section)
    emails = EMAIL.findall(text)
    phones = find_phones(EMAIL.sub(" ", text), guess_region(text, emails, []))
    entry.email = emails[0] if emails else None
    entry.phone = phones[0][0] if phones else None
    printed = emails + [p for _n, p in phones]
    # The first line names the referee and their post; the lines under it are an address.
    wrapped = 1  # the first line and those it wraps onto
    while (wrapped < len(block.lines) and continues(block.lines[wrapped - 1], block.lines[wrapped], block.margin)
           and not looks_like_street(block.lines[wrapped].text)):
        wrapped += 1
    title = _without_contacts(" ".join(ln.text for ln in block.lines[:wrapped]), printed)
    below = [t for t in (_without_contacts(ln.text, printed) for ln in block.lines[wrapped:]) if t]
    first, *others = [p for p in _PARTS.split(title) if p.strip()] or [""]
    if on_request(text) or not _looks_like_name(first):
        entry.details = tidy(" ".join([title, *below]))
        set_provenance(entry, block.span())
        return entry
    entry.name = tidy(first)
    org, position, left = assign_roles([Piece(p, False, False) for p in others[:2]])
    entry.organization, entry.position = tidy(org), tidy(position)
    entry.details = tidy(", ".join(left + others[2:] + below))
    set_provenance(entry, block.span())
    return entry


def _ends_with_contact(text: str) -> bool:
    tail = text.rstrip(" .;,")
    return any(m.end() >= len(tail) for m in (*EMAIL.finditer(tail), *PHONE_SHAPE.finditer(tail)))


def split_referees(block: Block) -> list[Block]:
    """A block of referees printed without space between them, each closed by their e-mail or
    phone: a line after one that ends so and opening like a name starts the next referee."""
    parts: list[Block] = [replace(block, lines=block.lines[:1], header=[], body=[])]
    for prev, line in zip(block.lines, block.lines[1:]):
        first = _PARTS.split(line.text, maxsplit=1)[0]
        if _ends_with_contact(prev.text) and _looks_like_name(first) and not _contact_label().match(line.text):
            parts.append(replace(block, lines=[], header=[], body=[]))
        parts[-1].lines.append(line)
    return parts


def parse_references(block: Block, section: str) -> list[Reference]:
    return [parse_reference(part, section) for part in split_referees(block)]
