"""A spoken language's BCP 47 code (langcodes) and the CEFR level its printed level implies."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicon import load
from ..text import fold

_PRINTED_CEFR = re.compile(r"\b([ABC][12])\b", re.I)
_BRACKETED = re.compile(r"^(.+?)\s*\[(.+)\]\s*$")  # "anglais [C1, courant]"
_NAME_WORDS = 2  # a language's name runs to two words at most ("Brazilian Portuguese")


def split_name_level(name: str, level: str | None) -> tuple[str, str | None]:
    """A level printed after the name with no separator: "Español Nativo", "anglais [C1]"."""
    if level is not None:
        return name, level
    if m := _BRACKETED.match(name):
        return m.group(1), m.group(2)
    words = name.split()
    for n in range(min(_NAME_WORDS, len(words) - 1), 0, -1):
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        if language_code(head) and cefr_level(rest):
            return head, rest
    return name, None


@lru_cache(maxsize=512)
def language_code(name: str) -> str | None:
    """'Anglais' -> 'en', 'Deutsch' -> 'de'; None for a name langcodes only nearly knows."""
    import langcodes

    folded = fold(name)
    if not folded:
        return None
    if alias := load("languages")["aliases"].get(folded):
        return str(alias)
    try:
        found = langcodes.find(name)
    except LookupError:
        return None
    names = {fold(found.display_name(lang)) for lang in (*load("languages")["name_check_languages"], found.language)}
    return found.to_tag() if folded in names else None


def cefr_level(*texts: str | None) -> str | None:
    """'C1' printed, else the level the words imply: 'native' C2, 'courant' C1, 'notions' A2."""
    for text in texts:
        if text and (m := _PRINTED_CEFR.search(text)):
            return m.group(1).upper()
    folded = " ".join(f" {fold(t)} " for t in texts if t)
    found = [(len(phrase), level) for phrase, level in _phrases() if f" {phrase} " in folded]
    return max(found)[1] if found else None


@cache
def _phrases() -> list[tuple[str, str]]:
    return [(phrase, level) for level, phrases in load("languages")["cefr"].items() for phrase in phrases]
