"""Skills (category and keywords) and spoken languages (language and fluency)."""
from __future__ import annotations

import re

from ..model import Language, Skill
from ..segment.entries import Block, strip_bullet
from ..text import label_value
from .languages import cefr_level, language_code, split_name_level
from .common import cell_label, set_provenance, split_top_level, strip_end, tidy, trailing_paren

# A gap this many times the line's word space separates two chips.
_CHIP_GAP = 2.5
_LANG_SEP = re.compile(r"\s*(?:[:：]|\s[–—-]\s|\t)\s*")


def parse_skill(block: Block, section: str) -> Skill:
    text = block.text
    category, rest = label_value(text)
    if category is None and len(block.lines[0].cells()) > 1:
        first = block.lines[0].cells()[0]
        category = " ".join(w.text for w in first)
        rest = text[len(category):].strip()
    pieces = split_top_level(rest, ",;•·|、，；")
    if len(pieces) == 1 and category is None:
        pieces = _chips(block) or pieces
    keywords = [t for t in (tidy(strip_end(p)) for p in pieces) if t]
    entry = Skill(category=category or block.context, keywords=keywords, section=section)
    set_provenance(entry, block.span())
    return entry


def _chips(block: Block) -> list[str]:
    """Keywords printed as tags or chips: no separator, only gaps several times wider
    than the space between the words of one keyword."""
    out: list[str] = []
    for words in (strip_bullet(ln.words) for ln in block.lines):
        gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
        space = min((g for g in gaps if g > 0), default=0.0)
        current = words[:1]
        for gap, word in zip(gaps, words[1:]):
            if space and gap >= _CHIP_GAP * space and gap >= 0.8 * word.size:
                out.append(" ".join(w.text for w in current))
                current = []
            current.append(word)
        if current:
            out.append(" ".join(w.text for w in current))
    return out if len(out) > len(block.lines) else []


def _named_level(piece: str) -> tuple[str, str | None]:
    """'Igbo – fluent' or 'Igbo (fluent)' -> ('Igbo', 'fluent')."""
    if _LANG_SEP.search(piece):
        name, level = _LANG_SEP.split(piece, maxsplit=1)
        return name, strip_end(level) or None
    return trailing_paren(piece)


def parse_languages(block: Block, section: str) -> list[Language]:
    """One item may name one language ("French: bilingual") or several ("English, German",
    "English – native · Igbo – fluent")."""
    text = strip_end(block.text)
    label, rest = cell_label(block)
    cells = block.lines[0].cells() if len(block.lines) == 1 else []
    listed = split_top_level(text, ";•·|")
    if label and "," not in label:
        parts = [label, rest]  # "English | Mother tongue" in a label column
    elif len(listed) > 1 and len(cells) != 2:
        parts = []  # several languages, each with its level
    elif len(cells) == 2:
        # "English    Native": the level in a cell of its own (right-aligned, or a table).
        parts = [" ".join(w.text for w in strip_bullet(cells[0])), " ".join(w.text for w in cells[1])]
    else:
        parts = _LANG_SEP.split(text, maxsplit=1)
    if not parts and len(listed) > 1:
        pairs = [_named_level(piece) for piece in listed]
    elif len(parts) == 2 and "," not in parts[0]:
        pairs = [(parts[0], strip_end(parts[1]))]
    else:
        pairs = [trailing_paren(piece) for piece in split_top_level(text, ",;•·|")]
    pairs = [split_name_level(name, level) for name, level in pairs]
    out = [Language(language=tidy(name), fluency=tidy(level), section=section,
                    code=language_code(tidy(name) or ""), cefr=cefr_level(level, name))
           for name, level in pairs]
    span = block.span()
    for entry in out:
        set_provenance(entry, span)
    return [e for e in out if e.language]
