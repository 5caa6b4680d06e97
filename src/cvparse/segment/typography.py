"""Document-relative typography: each line's style, the document's style inventory, and
the features a learned heading decision reads (how a line compares with the body text
and with the other lines of its style, never absolute sizes or positions)."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from ..dates import find_dates
from ..extract.clean import is_bullet
from ..layout import Layout, Line, Page
from .headings import (_has_rule, _letterspaced, _prominence, _shape_ok, body_style, heading_kind, heading_text,
                       shows_capitals)

_SUBSET = re.compile(r"^[A-Z]{6}\+")
_FACE = re.compile(r"[-,]?(bold|semibold|demibold|medium|black|heavy|italic|oblique|regular|roman|light|book)\b.*$",
                   re.I)


@dataclass(frozen=True, slots=True)
class Style:
    family: str
    size: float  # to half a point: what a reader tells apart
    bold: bool
    italic: bool
    colour: str
    caps: bool


def family(font: str) -> str:
    """'ABCDEF+LatoBold' and 'Lato-Italic' -> 'lato': the typeface, without subset tag or face."""
    name = _SUBSET.sub("", font)
    return _FACE.sub("", name.replace("MT", "")).lower() or name.lower()


def style_of(line: Line) -> Style:
    first = line.words[0]
    return Style(family(first.font), round(line.size * 2) / 2, line.share("bold") > 0.5, line.share("italic") > 0.5,
                 first.color, shows_capitals(line.words, least=2))


@dataclass
class Inventory:
    """The document's styles: how many lines and characters each holds, and which is the body's."""
    body_size: float
    body_colour: str
    lines: Counter[Style]
    chars: Counter[Style]
    lexicon_lines: Counter[Style]  # lines of the style whose words name a section kind
    dated_next: Counter[Style]  # lines of the style followed by a line holding a date
    total_chars: int

    def share_larger(self, size: float) -> float:
        """The part of the document's text printed larger than ``size``: rarity of prominence."""
        return sum(n for s, n in self.chars.items() if s.size > size + 0.25) / max(1, self.total_chars)


FEATURES = (
    "size_ratio", "share_larger", "bold", "italic", "caps", "letterspaced", "colour_differs", "rule",
    "style_lines", "style_chars", "style_lexicon", "style_dated_next", "lexicon", "words", "chars",
    "colon", "gap_above", "gap_below", "dated", "next_dated", "digits", "indent", "centred", "width",
    "bullet", "cells", "prominence", "first_on_page", "y_on_page", "next_same_style", "next_larger",
    "prev_same_style", "first_page", "rule_heading", "rule_style_share", "size_vs_rule_headings",
)


def _plain(style: Style) -> Style:
    """The style without its colour: some designs give each heading a colour of its own."""
    return Style(style.family, style.size, style.bold, style.italic, "", style.caps)


def _neighbours(page: Page) -> dict[int, tuple[Line | None, Line | None]]:
    """Each line's previous and next line in its own column (reading order)."""
    out: dict[int, tuple[Line | None, Line | None]] = {}
    by_column: dict[int, list[Line]] = {}
    for line in page.lines:
        by_column.setdefault(line.column, []).append(line)
    for lines in by_column.values():
        for i, line in enumerate(lines):
            out[id(line)] = (lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None)
    return out


def inventory(layout: Layout, styles: dict[int, Style]) -> Inventory:
    body_size, body_colour = body_style(layout)
    lines: Counter[Style] = Counter()
    chars: Counter[Style] = Counter()
    lexicon: Counter[Style] = Counter()
    dated_next: Counter[Style] = Counter()
    for page in layout.pages:
        near = _neighbours(page)
        for line in page.lines:
            s = styles[id(line)]
            lines[s] += 1
            chars[s] += len(line.text)
            if len(line.text) <= 60 and heading_kind(_letterspaced(heading_text(line))):
                lexicon[s] += 1
            nxt = near[id(line)][1]
            if nxt is not None and find_dates(nxt.text):
                dated_next[s] += 1
    return Inventory(body_size, body_colour, lines, chars, lexicon, dated_next, sum(chars.values()))


def candidates(layout: Layout) -> list[Line]:
    """Lines that could be a heading at all (short, not a sentence, not a bullet, one cell)."""
    return [line for line in layout.lines if _shape_ok(line)]


def line_features(layout: Layout, lines: list[Line], rules: dict[int, tuple[str, str]]) -> list[list[float]]:
    """One row of FEATURES per line of ``lines`` (lines of ``layout``); ``rules`` is what the
    rules found (:func:`rule_headings`), itself a feature."""
    styles = {id(line): style_of(line) for line in layout.lines}
    inv = inventory(layout, styles)
    body = inv.body_size or 10.0
    wanted = {id(line) for line in lines}
    # The rules' headings set the document's heading level: a look-alike in a smaller or
    # another style is more likely a sub-heading or a category label.
    ruled = [line for line in layout.lines if id(line) in rules]
    rule_styles = Counter(_plain(styles[id(line)]) for line in ruled)
    rule_size = sorted(line.size for line in ruled)[len(ruled) // 2] if ruled else 0.0
    rows: dict[int, list[float]] = {}
    for page in layout.pages:
        near = _neighbours(page)
        gaps = sorted(b.top - a.bottom for a, b in zip(page.lines, page.lines[1:]) if b.top > a.bottom)
        line_gap = gaps[len(gaps) // 2] if gaps else body * 0.3
        lefts: dict[int, float] = {}
        for line in page.lines:
            lefts[line.column] = min(lefts.get(line.column, line.x0), line.x0)
        for line in page.lines:
            if id(line) not in wanted:
                continue
            s = styles[id(line)]
            prev, nxt = near[id(line)]
            text = heading_text(line)
            n_style = inv.lines[s]
            x0, x1 = line.x0, line.x1
            rows[id(line)] = [
                line.size / body,
                inv.share_larger(line.size),
                line.share("bold"),
                line.share("italic"),
                float(s.caps),
                float(_letterspaced(text) != text),
                float(bool(s.colour) and s.colour != inv.body_colour),
                float(_has_rule(line, page)),
                math.log1p(n_style),
                inv.chars[s] / max(1, inv.total_chars),
                inv.lexicon_lines[s] / n_style,
                inv.dated_next[s] / n_style,
                float(heading_kind(_letterspaced(text)) is not None),
                float(len(text.split())),
                float(len(text)),
                float(line.text.rstrip().endswith((":", "："))),
                ((line.top - prev.bottom - line_gap) / body) if prev is not None else 3.0,
                ((nxt.top - line.bottom - line_gap) / body) if nxt is not None else 3.0,
                float(bool(find_dates(line.text))),
                float(nxt is not None and bool(find_dates(nxt.text))),
                float(any(c.isdigit() for c in line.text)),
                (x0 - lefts[line.column]) / body,
                abs((x0 + x1) / 2 - page.width / 2) / page.width,
                (x1 - x0) / page.width,
                float(is_bullet(line.words[0].text)),
                float(len(line.cells())),
                float(_prominence(line, page, inv.body_size, inv.body_colour)),
                float(prev is None),
                line.top / page.height,
                float(nxt is not None and styles[id(nxt)] == s),
                float(nxt is not None and nxt.size > line.size + 0.5),
                float(prev is not None and styles[id(prev)] == s),
                float(line.page == 1),
                float(id(line) in rules),
                rule_styles[_plain(s)] / max(1, len(ruled)),
                line.size / rule_size if rule_size else 1.0,
            ]
    return [rows[id(line)] for line in lines]
