"""Text a reader cannot see is not content: it is kept out of the lines and reported.

CVs game screening systems with text a human never sees (keyword stuffing,
instructions planted for AI screeners): white on white, invisible render mode,
a size no one can read, off the page, clipped away, or painted over. Each
engine reports, per glyph, the drawing state that decides visibility (an
:class:`Ink`) and, per page, the filled shapes and images in drawing order
(:class:`Paint`); this module judges each glyph from those alone, so both
engines judge alike.

A page whose text sits invisibly over a picture of itself is a scan with an
OCR text layer: that text is the page's content, not a trick.
"""
from __future__ import annotations

import math

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..layout import EVERYWHERE, Box, HiddenText
from .columns import page_lines
from .lines import Glyph

# Why a run is hidden, as the record and the warnings say it.
WHY = {
    "invisible": "drawn in an invisible text render mode",
    "transparent": "drawn fully transparent",
    "background": "same colour as what lies under it",
    "tiny": "too small to read",
    "off-page": "outside the page or its crop box",
    "clipped": "clipped away",
    "covered": "painted over by a shape drawn after it",
}

INVISIBLE_MODES = frozenset({3, 7})  # neither fill nor stroke (7 only adds the glyph to the clip)
FILL_MODES = frozenset({0, 4})  # the glyph's colour is its fill colour; stroked glyphs are never judged by colour
MIN_READABLE_SIZE = 1.5  # points: below this no printed or on-screen reader can read the text
MAX_SAME_COLOUR = 3.0  # CIE76 delta E: below about 2-3 two colours look the same to the eye
MIN_ALPHA = 0.05  # fill opacity below which nothing shows
OPAQUE = 0.99  # fill opacity from which a shape hides what it is drawn over
OCR_LAYER_SHARE = 0.5  # invisible text over an image on at least this share of a page's glyphs: a scanned page
_EDGE = 0.5  # points of slack when a box must contain another (rounding in both engines)
_BAND = 24.0  # points: paints are looked up by horizontal band of the page
PAGE_WHITE = (255, 255, 255)


@dataclass(slots=True, frozen=True)
class Ink:
    """The drawing state of a glyph that decides whether it shows; glyphs drawn alike share one.

    ``order`` is the number of paints drawn before the glyph: a paint of index
    ``i`` lies under the glyph when ``i < order`` and over it otherwise.
    """

    order: int = 0
    mode: int = 0  # text render mode (PDF Tr operator)
    alpha: float = 1.0  # fill opacity
    clip: Box | None = None  # the clipping area's box; None: the whole page


@dataclass(slots=True, frozen=True)
class Paint:
    """A filled shape or an image, in drawing order."""

    box: Box
    color: str = ""  # "r,g,b"; "" where it cannot be said (images, shadings, patterns)
    covers: bool = False  # an opaque filled rectangle: whatever lies wholly under it is gone


PLAIN_SHAPE_SEGMENTS = 6  # a rectangle: move, three lines and a close, or four lines and a close


def plain_shape(kinds: list[str]) -> bool:
    """One straight subpath of a few segments ("m", "l", "h"), the only filled shapes whose colour
    is said to lie under a glyph. Several subpaths may be a frame with a hole, curves an icon or
    a rounded card: what shows under a glyph there is not known. Both engines follow this rule."""
    return (len(kinds) <= PLAIN_SHAPE_SEGMENTS and kinds.count("m") <= 1
            and all(k in "mlh" for k in kinds))


@lru_cache(maxsize=512)
def _lab(color: str) -> tuple[float, float, float] | None:
    """CIE L*a*b* (D65) of an "r,g,b" colour; None for a colour that is not one."""
    try:
        rgb = [int(v) / 255.0 for v in color.split(",")]
    except ValueError:
        return None
    if len(rgb) != 3:
        return None
    r, g, b = (((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92 for c in rgb)
    xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
           0.2126 * r + 0.7152 * g + 0.0722 * b,
           (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def same_colour(a: str, b: str) -> bool:
    """Two colours a reader cannot tell apart (unknown colours never match)."""
    la, lb = _lab(a), _lab(b)
    if la is None or lb is None:
        return False
    return math.dist(la, lb) < MAX_SAME_COLOUR


_WHITE = ",".join(map(str, PAGE_WHITE))


def _inside(box: Box, x: float, y: float) -> bool:
    return box[0] - _EDGE <= x <= box[2] + _EDGE and box[1] - _EDGE <= y <= box[3] + _EDGE


def _meets(a: Box, b: Box) -> bool:
    """The boxes overlap or touch (a zero-width mark on a letter meets what its letter meets)."""
    return min(a[2], b[2]) >= max(a[0], b[0]) and min(a[3], b[3]) >= max(a[1], b[1])


def _contains(outer: Box, inner: Box) -> bool:
    return (outer[0] - _EDGE <= inner[0] and outer[1] - _EDGE <= inner[1]
            and inner[2] <= outer[2] + _EDGE and inner[3] <= outer[3] + _EDGE)


class _Paints:
    """A page's paints indexed by band, with what a glyph needs asked cheaply."""

    def __init__(self, paints: list[Paint]) -> None:
        self.paints = paints
        self.bands: defaultdict[int, list[int]] = defaultdict(list)
        self.last_cover: dict[int, int] = {}  # band -> the last covering paint's index in it
        for i, p in enumerate(paints):
            for band in range(int(p.box[1] // _BAND), int(p.box[3] // _BAND) + 1):
                self.bands[band].append(i)
                if p.covers:
                    self.last_cover[band] = i
        self.colours = {p.color for p in paints if p.color} | {_WHITE}

    def under(self, x: float, y: float, order: int) -> Paint | None:
        """The topmost paint under the point drawn before the glyph; None: the bare page."""
        top = None
        for i in self.bands.get(int(y // _BAND), ()):
            if i >= order:
                break
            if _inside(self.paints[i].box, x, y):
                top = i
        return None if top is None else self.paints[top]

    def covered(self, box: Box, y: float, order: int) -> bool:
        band = int(y // _BAND)
        if self.last_cover.get(band, -1) < order:
            return False
        return any(i >= order and self.paints[i].covers and _contains(self.paints[i].box, box)
                   for i in self.bands[band])


def _reason(g: Glyph, ink: Ink, page: Box, paints: _Paints, suspect: set[str], ocr_layer: bool) -> str | None:
    if ink.mode in INVISIBLE_MODES and not ocr_layer:
        return "invisible"
    if ink.alpha < MIN_ALPHA:
        return "transparent"
    if max(g.size, g.bottom - g.top) < MIN_READABLE_SIZE:
        return "tiny"
    # Off the page or clipped only where no part of the glyph shows: a line cut in half by
    # its text box's edge is still read.
    box = (g.x0, g.top, g.x1, g.bottom)
    if not _meets(page, box):
        return "off-page"
    if ink.clip is not None and not _meets(ink.clip, box):
        return "clipped"
    x, y = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
    if g.color in suspect and ink.mode in FILL_MODES:
        under = paints.under(x, y, ink.order)
        if same_colour(g.color, _WHITE if under is None else under.color):
            return "background"
    if paints.covered(box, y, ink.order):
        return "covered"
    return None


def _on_image(g: Glyph, paints: _Paints) -> bool:
    """Does an image lie where the glyph is, drawn before or after it? (OCR tools write the
    invisible text layer on either side of the scan.)"""
    x, y = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
    return any(not p.color and not p.covers and _inside(p.box, x, y)
               for p in (paints.paints[i] for i in paints.bands.get(int(y // _BAND), ())))


def split_hidden(glyphs: list[Glyph], inks: list[Ink], paints: list[Paint], page: Box,
                 ) -> tuple[list[Glyph], list[tuple[Glyph, str]]]:
    """(the glyphs a reader sees, the others with why); ``inks[i]`` is ``glyphs[i]``'s state
    and ``page`` the visible part of the page (its crop box)."""
    if not (page[2] - page[0] >= MIN_READABLE_SIZE and page[3] - page[1] >= MIN_READABLE_SIZE):
        page = EVERYWHERE  # a degenerate page box: viewers fall back to a default size, so does this
    indexed = _Paints(paints)
    suspect = {c for c in {g.color for g in glyphs} if any(same_colour(c, p) for p in indexed.colours)}
    invisible = [i for i, ink in enumerate(inks) if ink.mode in INVISIBLE_MODES]
    ocr_layer = bool(invisible) and sum(
        _on_image(glyphs[i], indexed) for i in invisible) >= OCR_LAYER_SHARE * len(glyphs)
    shown: list[Glyph] = []
    hidden: list[tuple[Glyph, str]] = []
    px0, ptop, px1, pbottom = page
    last_cover = indexed.last_cover
    last: Ink | None = None
    for g, ink in zip(glyphs, inks):
        if ink is not last:  # glyphs come in runs of one ink
            last, clip, order, judged = ink, ink.clip, ink.order, ink.mode in FILL_MODES
            plain = (ink.mode not in INVISIBLE_MODES or ocr_layer) and ink.alpha >= MIN_ALPHA
        # The common case in one test: readable size, on the page, inside its clip, a colour
        # that matches no paint, and no covering paint drawn later in its band.
        x0, top, x1, bottom = g.x0, g.top, g.x1, g.bottom
        if (plain and (g.size >= MIN_READABLE_SIZE or bottom - top >= MIN_READABLE_SIZE)
                and x1 >= px0 and x0 <= px1 and bottom >= ptop and top <= pbottom
                and (clip is None or (x1 >= clip[0] and x0 <= clip[2] and bottom >= clip[1] and top <= clip[3]))
                and not (judged and g.color in suspect)
                and last_cover.get(int((top + bottom) / 2 // _BAND), -1) < order):
            shown.append(g)
            continue
        why = _reason(g, ink, page, indexed, suspect, ocr_layer)
        if why is None:
            shown.append(g)
        elif g.text.strip():
            hidden.append((g, why))
    return shown, hidden


def hidden_runs(hidden: list[tuple[Glyph, str]], width: float, number: int) -> list[HiddenText]:
    """Hidden glyphs as runs of text, one per line and reason, in reading order."""
    by_why: dict[str, list[Glyph]] = defaultdict(list)
    for g, why in hidden:
        by_why[why].append(g)
    runs = []
    for why, glyphs in by_why.items():
        for line in page_lines(glyphs, width, number):
            runs.append(HiddenText(text=line.text, page=number, box=line.box, why=why))
    runs.sort(key=lambda r: (r.box[1], r.box[0]))
    return runs


def warning(runs: list[HiddenText]) -> str | None:
    """One warning for a document's hidden runs: how many characters, and how hidden."""
    if not runs:
        return None
    chars: dict[str, int] = defaultdict(int)
    for r in runs:
        chars[r.why] += len(r.text)
    kinds = "; ".join(f"{WHY[why]}: {n}" for why, n in sorted(chars.items(), key=lambda kv: -kv[1]))
    pages = sorted({r.page for r in runs})
    where = f"page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages))}"
    return (f"hidden text kept out of the record: {sum(chars.values())} characters on {where} "
            f"that a reader cannot see ({kinds}); see hidden_text")
