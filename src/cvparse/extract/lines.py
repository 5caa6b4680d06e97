"""Glyphs -> words -> lines, shared by every engine.

Word breaks come from the gaps between glyphs relative to the font size, not
from space characters: LuaTeX/XeTeX and many other producers emit none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..layout import Line, Word
from .clean import SOFT_HYPHEN, clean_char, clean_word

# A gap wider than this fraction of the font size starts a new word ...
WORD_GAP = 0.16
# ... and one wider than this many font sizes starts a new cell of the line.
CELL_GAP = 1.6

_BOLD = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd\b|cmbx|cmb\d|cmssbx|-sb\b|medium|extrab", re.I)
_ITALIC = re.compile(r"italic|oblique|slant|-it\b|boldit|cmti|cmsl|cmssi|-ital|lightit|mediumit", re.I)


@dataclass(slots=True)
class Glyph:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    font: str
    color: str


@lru_cache(maxsize=1024)
def font_style(fontname: str) -> tuple[bool, bool]:
    """(bold, italic) read from a font's name; the subset prefix ("ABCDEF+") is ignored."""
    name = fontname.split("+", 1)[-1]
    return bool(_BOLD.search(name)), bool(_ITALIC.search(name))


def _group_baselines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    glyphs = sorted(glyphs, key=lambda g: (round(g.baseline, 1), g.x0))
    groups: list[list[Glyph]] = []
    base = size = 0.0
    for g in glyphs:
        if groups and abs(g.baseline - base) <= 0.25 * max(size, g.size, 1.0):
            groups[-1].append(g)
            size = max(size, g.size)
        else:
            groups.append([g])
            base, size = g.baseline, g.size
    return _merge_raised(groups)


def _is_short(group: list[Glyph], most: int = 4) -> bool:
    """At most ``most`` visible characters; stops counting past that (lines are long, marks short)."""
    count = 0
    for g in group:
        count += len(g.text.strip())
        if count > most:
            return False
    return True


def _merge_raised(groups: list[list[Glyph]]) -> list[list[Glyph]]:
    """Superscripts and subscripts (author stars, "1st") join the line they hang on."""
    merged: list[list[Glyph]] = []
    for group in groups:
        if merged and _is_short(group):
            size = max(g.size for g in group)
            prev = merged[-1]
            prev_size = max(g.size for g in prev)
            top = min(g.top for g in group)
            prev_bottom = max(g.bottom for g in prev)
            if size < 0.85 * prev_size and top < prev_bottom:
                prev.extend(group)
                continue
        merged.append(group)
    # A raised group printed just above its line comes first in baseline order.
    out: list[list[Glyph]] = []
    i = 0
    while i < len(merged):
        group = merged[i]
        nxt = merged[i + 1] if i + 1 < len(merged) else None
        if nxt and _is_short(group):
            size = max(g.size for g in group)
            nxt_size = max(g.size for g in nxt)
            if size < 0.85 * nxt_size and max(g.bottom for g in group) > min(g.top for g in nxt):
                nxt.extend(group)
                i += 1
                continue
        out.append(group)
        i += 1
    return out


@lru_cache(maxsize=1024)  # a page has a handful of fonts but thousands of glyphs asking
def _family(fontname: str) -> str:
    """'ABCDEF+Lato-Light' -> 'lato': the typeface without subset, weight or style."""
    return re.split(r"[-,]", fontname.split("+", 1)[-1], maxsplit=1)[0].lower()


def _family_break(prev: Glyph, g: Glyph) -> bool:
    """Two typefaces meeting inside a run of lower-case letters are two words printed
    without a space (a name set as first name light, surname regular: "johnsmith")."""
    return (prev.text[-1:].islower() and g.text[:1].islower()
            and _family(prev.font) != _family(g.font))


def _words(glyphs: list[Glyph], page: int) -> list[Word]:
    glyphs.sort(key=lambda g: g.x0)
    words: list[Word] = []
    current: list[Glyph] = []

    def flush() -> None:
        if not current:
            return
        text = clean_word("".join(g.text for g in current))
        if text.strip():
            main = max(current, key=lambda g: g.size)
            bold, italic = font_style(main.font)
            words.append(Word(
                text=text, x0=current[0].x0, top=min(g.top for g in current),
                x1=current[-1].x1, bottom=max(g.bottom for g in current), size=round(main.size, 2),
                font=main.font.split("+", 1)[-1], bold=bold, italic=italic, color=main.color, page=page,
            ))
        current.clear()

    for g in glyphs:
        if g.text.isspace():
            flush()
            continue
        if current:
            prev = current[-1]
            gap = g.x0 - prev.x1
            limit = WORD_GAP * min(prev.size, g.size)
            if gap > limit or gap < -0.6 * g.size or (prev.font != g.font and _family_break(prev, g)):
                flush()
        current.append(g)
    flush()
    return words


def _cell_starts(words: list[Word]) -> list[int]:
    starts = []
    for i in range(1, len(words)):
        gap = words[i].x0 - words[i - 1].x1
        if gap > CELL_GAP * max(words[i].size, words[i - 1].size):
            starts.append(i)
    return starts


def build_lines(glyphs: list[Glyph], page: int, column: int = 0) -> list[Line]:
    """Lines of one page (or one column of it) in top-to-bottom order."""
    lines = []
    for group in _group_baselines([g for g in glyphs if g.text]):
        words = _words(group, page)
        if words:
            lines.append(Line(words=words, page=page, gaps=_cell_starts(words), column=column))
    return lines


def make_glyph(text: str, x0: float, x1: float, top: float, bottom: float,
               baseline: float, size: float, font: str, color: str) -> Glyph | None:
    text = clean_char(text, font)
    if not text:
        return None
    return Glyph(text, x0, x1, top, bottom, baseline, size, font, color)


__all__ = ["Glyph", "build_lines", "make_glyph", "font_style", "SOFT_HYPHEN"]
