"""The intermediate layout every extraction engine produces.

Pages of lines of words, each word with its font, size, weight and box, plus
the page's links and horizontal rules. Everything after extraction reads only
these types, so engines are interchangeable.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (PDF points, top-down)


def dominant_size(words: Iterable["Word"]) -> float:
    """The size most of the words' characters have (0.0 for no words)."""
    weights: dict[float, int] = {}
    for w in words:
        weights[w.size] = weights.get(w.size, 0) + len(w.text)
    return max(weights, key=weights.__getitem__, default=0.0)


def union(boxes: Iterable[Box]) -> Box:
    # One pass, no transposed tuples: provenance takes the union of a few words thousands of times.
    it = iter(boxes)
    first = next(it, None)
    if first is None:
        raise ValueError("union of no boxes")
    x0, top, x1, bottom = first
    for a, b, c, d in it:
        if a < x0:
            x0 = a
        if b < top:
            top = b
        if c > x1:
            x1 = c
        if d > bottom:
            bottom = d
    return (x0, top, x1, bottom)


EVERYWHERE: Box = (-1e9, -1e9, 1e9, 1e9)  # no bound: a box every other lies inside


def intersection(a: Box | None, b: Box) -> Box:
    """The part of ``b`` inside ``a`` (``a`` None: no bound); empty where x0 >= x1 or top >= bottom."""
    if a is None:
        return b
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


def words_box(words: Sequence["Word"], page: int | None = None) -> Box:
    """The union of the words' boxes (of those on ``page`` only, when given; the first word
    must be one of them): ``union`` without a box tuple per word, as provenance asks it often."""
    if not words:
        raise ValueError("box of no words")
    first = words[0]
    x0, top, x1, bottom = first.x0, first.top, first.x1, first.bottom
    for w in words:
        if page is None or w.page == page:
            if w.x0 < x0:
                x0 = w.x0
            if w.top < top:
                top = w.top
            if w.x1 > x1:
                x1 = w.x1
            if w.bottom > bottom:
                bottom = w.bottom
    return (x0, top, x1, bottom)


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str = ""
    bold: bool = False
    italic: bool = False
    color: str = ""
    page: int = 1

    @property
    def box(self) -> Box:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def style(self) -> tuple[float, bool, bool]:
        """Size, weight and slant: what a title wrapped onto the next line keeps."""
        return (round(self.size, 1), self.bold, self.italic)


@dataclass(slots=True)
class Line:
    """Words on one baseline, left to right; ``gaps`` marks where a wide gap splits cells."""

    words: list[Word]
    page: int
    gaps: list[int] = field(default_factory=list)  # word indexes that start a new cell
    label: bool = False  # the first cell stands in a label column (dates, "Name"), left of the text
    column: int = 0  # 0: full-width text; 1, 2, ...: the page's columns left to right

    # The properties below are read thousands of times per document: lists, not
    # generators, are the faster arguments to join, min and max.
    @property
    def text(self) -> str:
        return " ".join([w.text for w in self.words])

    @property
    def box(self) -> Box:
        return words_box(self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min([w.top for w in self.words])

    @property
    def bottom(self) -> float:
        return max([w.bottom for w in self.words])

    @property
    def size(self) -> float:
        """The size most of the line's characters have."""
        return dominant_size(self.words)

    def share(self, attr: str) -> float:
        """Fraction of the line's characters whose word has ``attr`` (bold, italic)."""
        total = sum(len(w.text) for w in self.words) or 1
        return sum(len(w.text) for w in self.words if getattr(w, attr)) / total

    def cells(self) -> list[list[Word]]:
        """The line split at its wide gaps (e.g. title left, dates right-aligned)."""
        bounds = [0, *self.gaps, len(self.words)]
        return [self.words[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


@dataclass(slots=True)
class Link:
    uri: str
    box: Box
    page: int


@dataclass(slots=True)
class Rule:
    """A horizontal stroke (section rules, underlines)."""

    x0: float
    x1: float
    y: float
    page: int


@dataclass(slots=True)
class HiddenText:
    """A run of text printed where a reader cannot see it (see extract.hidden for ``why``)."""

    text: str
    page: int
    box: Box
    why: str


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    images: list[Box] = field(default_factory=list)
    hidden: list[HiddenText] = field(default_factory=list)  # kept out of ``lines``
    undecodable: bool = False  # most glyphs had no Unicode mapping: the text layer is no use


@dataclass(slots=True)
class Layout:
    pages: list[Page]
    warnings: list[str] = field(default_factory=list)
    engine: str = ""

    @property
    def lines(self) -> list[Line]:
        return [ln for p in self.pages for ln in p.lines]

    def links_near(self, line: Line, pad: float = 2.0) -> list[Link]:
        page = self.pages[line.page - 1]
        # Both ways: a link in the other column on the same baseline is not this line's.
        return [lk for lk in page.links if lk.box[1] <= line.bottom + pad and lk.box[3] >= line.top - pad
                and lk.box[0] <= line.x1 + pad and lk.box[2] >= line.x0 - pad]
