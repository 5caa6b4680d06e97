"""Glyphs -> words -> lines, shared by every engine.

Word breaks come from the gaps between glyphs relative to the font size, not
from space characters: LuaTeX/XeTeX and many other producers emit none. Where a
text prints a space glyph at (nearly) every word break, a narrower gap without one
is a kern inside a word ("Ma ster" set by hand in a design tool).
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from operator import attrgetter

from ..layout import Line, Word
from .clean import SOFT_HYPHEN, clean_char, clean_word

# A gap wider than this fraction of the font size starts a new word ...
WORD_GAP = 0.16
# ... measured from the line's own letter gap where its letters overlap by more than this
# many font sizes (negative tracking: a printer that tightens letter spacing sets each glyph
# before the previous one ends, so a word break is a gap less negative than the others),
# over at least TRACKING_MIN letter pairs.
TRACKING_OVERLAP = 0.05
TRACKING_MIN = 8
# ... and one wider than this many font sizes starts a new cell of the line.
CELL_GAP = 1.6
# Glyphs within this many points of one baseline are one line whatever their sizes and gaps
# (a table row's label and value, a name and its contact cell set on one baseline); the
# same figure as columns.SAME_BASELINE (not imported: columns imports this module).
SAME_BASELINE = 0.6
# Runs on nearby but different baselines whose sizes differ by this factor, a cell gap or
# more apart, are two lines: the cells of a borderless table whose rows do not align (a 30 pt
# name beside a 9.5 pt contact block). A table's label and value differ less (9 and 11 pt,
# 1.22), and a drop capital or a superscript stands close to its line, not a cell gap away.
SIZE_APART = 1.3
# A text prints its spaces when this share of its word breaks carry a space glyph, over at
# least SPACED_MIN breaks; there a gap without one, narrower than all but SPACED_NARROW of its
# spaced breaks, is a kern.
SPACED_SHARE = 0.9
SPACED_MIN = 20
SPACED_NARROW = 0.05
# Letter-spaced type: a line of at least LETTERSPACED_MIN "words", this share of them one or
# two capitals (at least LETTERSPACED_MIN - 1 single ones), whose letters stand at most
# LETTERSPACED_JOIN letter gaps apart.
LETTERSPACED_MIN = 4
LETTERSPACED_SHARE = 0.8
LETTERSPACED_JOIN = 1.6
# The same glyph drawn again less than this many font sizes to the side is "fake bold"
# (HTML printers embolden a font without a bold face by printing it twice); no font sets
# two letters that close (the narrowest advances are about 0.2 em).
FAKE_BOLD_SHIFT = 0.1

# TeX's fonts name their face in a few letters: cm* (Computer Modern), ec* and sf* (the
# same faces in T1 encoding, cm-super): bx bold extended, bi bold italic, ti italic, sl slanted.
_BOLD = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd\b|cmbx|cmb\d|cmssbx|-sb\b|medium|extrab"
                   r"|^(?:ec|sf|tc)(?:bx|bi|sx|ssbx|b\d)", re.I)
_ITALIC = re.compile(r"italic|oblique|slant|-it\b|boldit|cmti|cmsl|cmssi|-ital|lightit|mediumit"
                     r"|^(?:ec|sf|tc)(?:ti|sl|bi|si|it|ssi)", re.I)
# Small capitals print lower-case letters as capitals: the text reads "Education", the page
# shows EDUCATION (cmcsc, eccc / sfcc of cm-super, "…SmallCaps", "…-SC").
_SMALL_CAPS = re.compile(r"cmcsc|^(?:ec|sf|tc)(?:cc|xc)|small-?caps|[-_]sc\b|caps$|capitals", re.I)


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
    heavy: bool = False  # printed twice a hair apart: it looks bold whatever the font says


@lru_cache(maxsize=1024)
def font_style(fontname: str) -> tuple[bool, bool]:
    """(bold, italic) read from a font's name; the subset prefix ("ABCDEF+") is ignored."""
    name = fontname.split("+", 1)[-1]
    return bool(_BOLD.search(name)), bool(_ITALIC.search(name))


@lru_cache(maxsize=1024)
def small_caps(fontname: str) -> bool:
    """Does the font print lower-case letters as small capitals (read from its name)?"""
    return bool(_SMALL_CAPS.search(fontname.split("+", 1)[-1]))


_X0 = attrgetter("x0")
_BASELINE_SIZE = attrgetter("baseline", "size")


def _group_baselines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    # In (round(baseline, 1), x0) order, ties as they came: gathered by line in the order they
    # came, then each line sorted by x0 (short and nearly sorted already; one sort of the whole
    # page costs more). round() is slow: once per distinct baseline.
    rounded = {b: round(b, 1) for b in {g.baseline for g in glyphs}}
    by_line: defaultdict[float, list[Glyph]] = defaultdict(list)
    for g in glyphs:
        by_line[rounded[g.baseline]].append(g)
    glyphs = [g for key in sorted(by_line) for g in sorted(by_line[key], key=_X0)]
    groups: list[list[Glyph]] = []
    group: list[Glyph] = []
    base = size = 0.0
    # A glyph on the same baseline and of the same size as the one before it joins that one's
    # group, whatever the group: the test below runs once per such run, not once per glyph.
    for (baseline, s), same in groupby(glyphs, key=_BASELINE_SIZE):
        run: Iterable[Glyph] = same
        most = s if s > size else size  # max(size, s), spelled out as max() reads it
        if group and abs(baseline - base) <= 0.25 * (1.0 if 1.0 > most else most):
            least = size if s > size else s
            if abs(baseline - base) > SAME_BASELINE and most >= SIZE_APART * least:
                run = apart = list(run)  # rare (sizes far apart): materialize the run only here
                if _cell_apart(group, apart):
                    group = apart
                    groups.append(group)
                    base, size = baseline, s
                    continue
            group.extend(run)
            size = most
        elif s != s:  # a NaN size fails the test even against its own run: a group per glyph
            groups.extend([g] for g in run)
            group, base, size = groups[-1], baseline, s
        else:
            group = list(run)
            groups.append(group)
            base, size = baseline, s
    return _merge_raised(groups)


def _cell_apart(a: list[Glyph], b: list[Glyph]) -> bool:
    """Do the two stand side by side a cell gap apart (CELL_GAP of the larger size), neither
    reaching over the other? A superscript, a drop capital or a label hugs its text."""
    a0, a1 = min(g.x0 for g in a), max(g.x1 for g in a)
    b0, b1 = min(g.x0 for g in b), max(g.x1 for g in b)
    gap = b0 - a1 if b0 >= a1 else a0 - b1
    return gap > CELL_GAP * max(max(g.size for g in a), max(g.size for g in b))


def _is_short(group: list[Glyph], most: int = 4) -> bool:
    """At most ``most`` visible characters; stops counting past that (lines are long, marks short)."""
    count = 0
    for g in group:
        count += len(g.text.strip())
        if count > most:
            return False
    return True


def _merge_raised(groups: list[list[Glyph]]) -> list[list[Glyph]]:
    """Superscripts and subscripts (author stars, "1st") join the line they hang on; a short
    line a cell gap away (the next cell's "UK") is no mark of it."""
    merged: list[list[Glyph]] = []
    for group in groups:
        if merged and _is_short(group):
            size = max(g.size for g in group)
            prev = merged[-1]
            prev_size = max(g.size for g in prev)
            top = min(g.top for g in group)
            prev_bottom = max(g.bottom for g in prev)
            if size < 0.85 * prev_size and top < prev_bottom and not _cell_apart(group, prev):
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
            if size < 0.85 * nxt_size and max(g.bottom for g in group) > min(g.top for g in nxt) \
                    and not _cell_apart(group, nxt):
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


@lru_cache(maxsize=1024)
def _word_font(fontname: str) -> tuple[str, bool, bool]:
    """(name without the subset prefix, bold, italic) as a word carries them."""
    return (fontname.split("+", 1)[-1], *font_style(fontname))


def _word(glyphs: list[Glyph], page: int) -> Word | None:
    """The word the glyphs print, None where they print only blanks."""
    text = clean_word("".join([g.text for g in glyphs]))
    if not text.strip():
        return None
    # One pass for the box and the largest glyph (the first of that size, as max() picks it).
    main = glyphs[0]
    size, top, bottom = main.size, main.top, main.bottom
    for g in glyphs:
        if g.size > size:
            main, size = g, g.size
        if g.top < top:
            top = g.top
        if g.bottom > bottom:
            bottom = g.bottom
    font, bold, italic = _word_font(main.font)
    bold = bold or main.heavy
    return Word(text, glyphs[0].x0, top, glyphs[-1].x1, bottom, round(size, 2), font, bold, italic, main.color, page)


def _breaks(group: list[Glyph]) -> tuple[list[float], int]:
    """A line's word breaks: the gaps (in font sizes) of those that carry a space glyph, and
    how many carry none. The group is sorted left to right."""
    spaced: list[float] = []
    bare = 0
    prev, space = None, False
    for g in group:
        if g.text.isspace():
            space = True
            continue
        if prev is not None:
            size = min(g.size, prev.size)
            gap = (g.x0 - prev.x1) / size if size > 0 else 0.0
            if space and gap > 0:
                spaced.append(gap)
            elif gap > WORD_GAP:
                bare += 1
        prev, space = g, False
    return spaced, bare


def _kern_limit(groups: list[list[Glyph]]) -> float:
    """Font sizes under which a gap without a space glyph stays inside a word: 0 where the
    text does not print its spaces."""
    spaced: list[float] = []
    bare = 0
    for group in groups:
        s, b = _breaks(group)
        spaced += s
        bare += b
    if len(spaced) < SPACED_MIN or len(spaced) < SPACED_SHARE * (len(spaced) + bare):
        return 0.0
    spaced.sort()
    return spaced[int(SPACED_NARROW * len(spaced))]


def _kerned(prev: Glyph, g: Glyph) -> bool:
    """Can a kern stand between the two: letters of one font (a list marker, a tab to the
    text, a change of typeface break words whatever the gap)?"""
    return prev.font == g.font and prev.text.isalnum() and g.text.isalnum()


def _tracking(glyphs: list[Glyph]) -> float:
    """The line's letter gap in font sizes where its letters overlap (tightened tracking),
    else 0. The glyphs are sorted left to right."""
    gaps = sorted((g.x0 - prev.x1) / g.size for prev, g in zip(glyphs, glyphs[1:])
                  if g.size > 0 and prev.font == g.font and prev.text.isalnum() and g.text.isalnum()
                  and g.x0 - prev.x0 >= FAKE_BOLD_SHIFT * g.size)  # a glyph drawn twice is one
    if len(gaps) < TRACKING_MIN:
        return 0.0
    median = gaps[len(gaps) // 2]
    return median if median < -TRACKING_OVERLAP else 0.0


def _words(glyphs: list[Glyph], page: int, kern_limit: float = 0.0) -> list[Word]:
    glyphs.sort(key=_X0)
    tracking = _tracking(glyphs)
    runs: list[list[Glyph]] = []
    current: list[Glyph] = []
    prev = None  # the last glyph of ``current``
    for g in glyphs:
        if g.text.isspace():
            prev = None
            continue
        if prev is not None:
            s, ps = g.size, prev.size
            if g.x0 - prev.x0 < FAKE_BOLD_SHIFT * s and g.text == prev.text and s == ps:
                prev.heavy = True  # the same glyph again: one glyph, drawn bold
                continue
            size = s if s < ps else ps
            gap = g.x0 - prev.x1 - tracking * size
            if (gap > WORD_GAP * size and not (gap < kern_limit * size and _kerned(prev, g))) or gap < -0.6 * s or (
                    prev.font != g.font and _family_break(prev, g)):
                prev = None
        if prev is None:
            current = [g]
            runs.append(current)
        else:
            current.append(g)
        prev = g
    return [w for w in (_word(run, page) for run in runs) if w is not None]


def _cell_starts(words: list[Word]) -> list[int]:
    starts = []
    for i in range(1, len(words)):
        gap = words[i].x0 - words[i - 1].x1
        if gap > CELL_GAP * max(words[i].size, words[i - 1].size):
            starts.append(i)
    return starts


def _letterspaced(words: list[Word]) -> list[Word]:
    """Letter-spaced type ("E D U C AT I O N", kerned pairs included) as its words: letters
    stand a letter gap apart and words a wider one, so the gaps, not the spaces, tell them."""
    capitals = [len(w.text) for w in words if len(w.text) <= 2 and w.text.isalpha() and w.text.isupper()]
    if len(words) < LETTERSPACED_MIN or len(capitals) < LETTERSPACED_SHARE * len(words) \
            or capitals.count(1) < LETTERSPACED_MIN - 1:
        return words  # capitals, most of them single: "C R Go JS" is a list of names
    gaps = sorted(b.x0 - a.x1 for a, b in zip(words, words[1:]))
    letter_gap = gaps[len(gaps) // 2]
    out = [words[0]]
    for w in words[1:]:
        prev = out[-1]
        if w.x0 - prev.x1 <= LETTERSPACED_JOIN * letter_gap + 0.1:
            out[-1] = Word(prev.text + w.text, prev.x0, min(prev.top, w.top), w.x1, max(prev.bottom, w.bottom),
                           prev.size, prev.font, prev.bold, prev.italic, prev.color, prev.page)
        else:
            out.append(w)
    return out


def build_lines(glyphs: list[Glyph], page: int, column: int = 0) -> list[Line]:
    """Lines of one page (or one column of it) in top-to-bottom order."""
    lines = []
    groups = _group_baselines([g for g in glyphs if g.text])
    for group in groups:
        group.sort(key=_X0)
    kern_limit = _kern_limit(groups)
    for group in groups:
        words = _letterspaced(_words(group, page, kern_limit))
        if words:
            lines.append(Line(words=words, page=page, gaps=_cell_starts(words), column=column))
    _place_drop_capitals(lines)
    return lines


# A capital this many times the size of the text beside it, standing alone, is a drop
# capital (a decorative initial several lines tall); its top is within this many sizes of
# the top of the first line it begins.
DROP_CAP = 2.5
DROP_CAP_TOP = 0.8


def _place_drop_capitals(lines: list[Line]) -> None:
    """Give a drop capital back to the word it begins: it shares the baseline of the
    paragraph's last indented line, but it starts the first ("S" + "oftware engineer")."""
    for line in lines:
        cap = line.words[0]
        if len(line.words) < 2 or len(cap.text) != 1 or not cap.text.isupper() or \
                cap.size < DROP_CAP * line.words[1].size:
            continue
        indent = line.words[1].x0
        first = next((ln for ln in lines if ln is not line and abs(ln.words[0].x0 - indent) <= 2.0
                      and abs(ln.top - cap.top) <= DROP_CAP_TOP * ln.size), None)
        if first is None:
            continue
        w = first.words[0]
        first.words[0] = Word(cap.text + w.text, cap.x0, w.top, w.x1, w.bottom, w.size, w.font, w.bold, w.italic,
                              w.color, w.page)
        line.words = line.words[1:]
        line.gaps = [g - 1 for g in line.gaps if g > 1]


def make_glyph(text: str, x0: float, x1: float, top: float, bottom: float,
               baseline: float, size: float, font: str, color: str) -> Glyph | None:
    text = clean_char(text, font)
    if not text:
        return None
    return Glyph(text, x0, x1, top, bottom, baseline, size, font, color)


__all__ = ["Glyph", "build_lines", "make_glyph", "font_style", "small_caps", "SOFT_HYPHEN"]
