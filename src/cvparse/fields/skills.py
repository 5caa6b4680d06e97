"""Skills (category and keywords) and spoken languages (language and fluency)."""
from __future__ import annotations

import re

from ..model import Language, Skill
from ..segment.entries import Block
from .common import cell_label, label_value, set_provenance, split_top_level, strip_end, tidy, trailing_paren

_LANG_SEP = re.compile(r"\s*(?:[:：]|\s[–—-]\s|\t)\s*")


def parse_skill(block: Block, section: str) -> Skill:
    text = block.text
    category, rest = label_value(text)
    if category is None and len(block.lines[0].cells()) > 1:
        first = block.lines[0].cells()[0]
        category = " ".join(w.text for w in first)
        rest = text[len(category):].strip()
    keywords = [t for t in (tidy(strip_end(p)) for p in split_top_level(rest, ",;•·|")) if t]
    entry = Skill(category=category or block.context, keywords=keywords, section=section)
    set_provenance(entry, block.span(), ("category", "keywords"))
    return entry


def parse_languages(block: Block, section: str) -> list[Language]:
    """One item may name one language ("French: bilingual") or several ("English, German")."""
    text = strip_end(block.text)
    out = []
    parts = _LANG_SEP.split(text, maxsplit=1)
    label, rest = cell_label(block)
    if len(parts) != 2 and label and "," not in label:
        parts = [label, rest]  # "English | Mother tongue" in a label column
    if len(parts) == 2 and "," not in parts[0]:
        out.append(Language(language=tidy(parts[0]), fluency=tidy(strip_end(parts[1])), section=section))
    else:
        for piece in split_top_level(text, ",;•·|"):
            name, level = trailing_paren(piece)
            out.append(Language(language=tidy(name), fluency=tidy(level), section=section))
    span = block.span()
    for entry in out:
        set_provenance(entry, span, ("language", "fluency"))
    return [e for e in out if e.language]
