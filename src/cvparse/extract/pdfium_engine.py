"""The fast extraction engine: PDFium through pypdfium2's raw API.

It yields the same glyph stream as the pdfplumber engine (text, advance box,
baseline, size, font, colour), so everything after extraction is shared and
both engines give the same records. Boxes follow pdfminer's convention: the
advance width across, and from the font's descent to one font size above it
vertically. PDFium reports per-character origins (and loose boxes where a
width needs checking); font, size, colour and descent are read once per text
object or font.

Known differences: where a PDF replaces glyphs by an /ActualText string,
PDFium reports the string and pdfminer the glyphs; glyphs without a Unicode
mapping come out as raw codes here and as "(cid:N)" or a glyph-name guess there.
"""
from __future__ import annotations

import ctypes
import logging
import math
import re
from typing import Any, Callable, Iterator
from functools import lru_cache

from ..errors import PASSWORD_ADVICE, CVParseError, DamagedPDF, Encrypted, TooLarge
from ..layout import Box, Layout, Link, Page, Rule, intersection
from ..limits import Limits
from .columns import page_lines
from .colors import rgb_string
from .clean import clean_char
from .hidden import OPAQUE, Ink, Paint, hidden_runs, plain_shape, split_hidden
from .lines import Glyph

log = logging.getLogger(__name__)

# pypdfium2 ships no type information: its raw module and the handles it returns stay Any here.
Raw = Any
Handle = Any
Matrix = tuple[float, float, float, float, float, float]

_OBJ_TEXT, _OBJ_PATH, _OBJ_IMAGE, _OBJ_SHADING, _OBJ_FORM = 1, 2, 3, 4, 5  # FPDF_PAGEOBJ_*
_SEG_KINDS = {0: "l", 1: "c", 2: "m"}  # FPDF_SEGMENT_* as pdfminer names them
_FILL_NONE = 0  # FPDF_FILLMODE_NONE
_SEG_BEZIERTO, _SEG_MOVETO = 1, 2  # FPDF_SEGMENT_*
_RULE_MIN_LENGTH, _RULE_MAX_THICKNESS = 20, 2.5  # a horizontal line or thin box longer than this is a rule
_ERR_PASSWORD = 4
_GENERATED_CANDIDATES = " \r\n"  # PDFium's synthetic spaces and line breaks


def _pdfium() -> Raw:
    import pypdfium2  # noqa: F401  (importing the package initialises the library)
    import pypdfium2.raw as raw  # imported here: --help and the pdfplumber path never load it

    return raw


def _out_array(ctype: Any, n: int) -> tuple[Any, list[Any]]:
    """An array of ``n`` C values and a pointer to each: the out-parameters of one call."""
    values = (ctype * n)()
    return values, [ctypes.byref(values, k * ctypes.sizeof(ctype)) for k in range(n)]


_ONE_EM = ctypes.c_float(1.0)  # a font size: a bare call passes a Python float as a double


class _Font:
    """What the text objects of one font share, filled in as characters ask."""

    __slots__ = ("name", "descent", "handle", "widths", "checked", "texts", "known")

    def __init__(self, raw: Raw, address: int | None) -> None:
        self.name, self.descent, self.handle = "", 0.0, None
        self.widths: dict[str, float] = {}  # the font's /Widths entry per character, in em
        # Characters whose width was checked against PDFium's loose box: their usable width
        # in em (0.0: the font's width is not the advance, measure every time).
        self.checked: dict[str, float] = {}
        self.texts: dict[str, str] = {}  # PDFium's character -> the glyph's cleaned text
        # Checked characters -> (usable width in em, text): one look-up per character in the loop.
        self.known: dict[str, tuple[float, str]] = {}
        if not address:
            return
        font = self.handle = ctypes.cast(address, raw.FPDF_FONT)
        buf = ctypes.create_string_buffer(256)
        self.name = buf.value.decode("latin-1") if raw.FPDFFont_GetBaseFontName(font, buf, len(buf)) else ""
        descent = ctypes.c_float(0.0)
        if not raw.FPDFFont_GetDescent(font, 1.0, ctypes.byref(descent)):
            descent.value = 0.0
        # pdfminer reads the descent from the font descriptor and flips a positive one.
        self.descent = min(descent.value, -descent.value)

    def unit_width(self, raw: Raw, ch: str) -> float:
        """The font's /Widths entry for the character in em, 0.0 when the font cannot say."""
        width = self.widths.get(ch)
        if width is None:
            w = ctypes.c_float(0.0)
            ok = self.handle and len(ch) == 1 and _bare(raw, "FPDFFont_GetGlyphWidth", ctypes.c_int)(
                self.handle, ord(ch), _ONE_EM, ctypes.byref(w))
            width = self.widths[ch] = w.value if ok else 0.0
        return width

    def text(self, raw: Raw, ch: str) -> str:
        """The glyph's text: clean_char's, with PDFium's line-end mark read as the hyphen it stands for."""
        if ch in _HYPHEN_MARKS:  # not kept: the widths it compares may still change
            return clean_char(_line_end_hyphen(raw, self), self.name)
        text = self.texts.get(ch)
        if text is None:
            text = self.texts[ch] = clean_char(ch, self.name)
        return text


@lru_cache(maxsize=None)  # made once per process: the library and its functions stay
def _bare(raw: Raw, name: str, restype: Any) -> Callable[..., Any]:
    """The foreign function without argument conversion: ints go as C int, pointers as c_void_p
    objects, out-parameters as byref(). Half the cost of a call through pypdfium2's typed
    prototype, which matters in loops run per character."""
    address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
    assert address is not None  # the library exports every function named here
    return ctypes.CFUNCTYPE(restype)(address)


class _MatrixReader:
    """A page object's matrix (a, b, c, d, e, f); all zero where PDFium has none."""

    def __init__(self, raw: Raw) -> None:
        self._get = _bare(raw, "FPDFPageObj_GetMatrix", ctypes.c_int)
        self._m = raw.FS_MATRIX()
        self._ref = ctypes.byref(self._m)
        self._floats = memoryview(self._m).cast("B").cast("f")  # all six at once

    def __call__(self, obj: Handle) -> Matrix:
        if not self._get(obj, self._ref):
            return (0.0,) * 6
        a, b, c, d, e, f = self._floats.tolist()
        return a, b, c, d, e, f


class _Calls:
    """The per-character and per-text-object PDFium calls, with their out-parameters made once."""

    def __init__(self, raw: Raw) -> None:
        vp, i = ctypes.c_void_p, ctypes.c_int
        self.raw = raw
        self.object_of = _bare(raw, "FPDFText_GetTextObject", vp)  # (text page, index) -> text object
        self.origin = _bare(raw, "FPDFText_GetCharOrigin", i)
        self.loose_box = _bare(raw, "FPDFText_GetLooseCharBox", i)
        self.is_generated = _bare(raw, "FPDFText_IsGenerated", i)
        # Per text object (thousands per page where every word is one).
        self._font = _bare(raw, "FPDFTextObj_GetFont", vp)
        self._font_size = _bare(raw, "FPDFTextObj_GetFontSize", i)
        self._matrix = _MatrixReader(raw)
        self._fill = _bare(raw, "FPDFPageObj_GetFillColor", i)
        self._mode = _bare(raw, "FPDFTextObj_GetTextRenderMode", i)
        self._obj = vp()
        self._float = ctypes.c_float()
        self._float_ref = ctypes.byref(self._float)
        self._rgba, self._rgba_refs = _out_array(ctypes.c_uint, 4)
        self._colors: dict[tuple[int, int, int], str] = {}

    def text_object(self, obj: int, fonts: dict[int | None, _Font], placed: dict[int, tuple[int, Box | None]],
                    ) -> tuple[_Font, float, float, str, Ink]:
        """(font, size, advance per em, colour, ink) shared by every character of a text object;
        ``placed`` holds each text object's drawing order and clip box."""
        ref = self._obj
        ref.value = obj
        address = self._font(ref)
        font = fonts.get(address)
        if font is None:
            font = fonts[address] = _Font(self.raw, address)
        fs = self._float.value if self._font_size(ref, self._float_ref) else 0.0  # size before the matrix
        a, b, c, d, _, _ = self._matrix(ref)
        # pdfminer's size is the height of the character box once the matrix applies;
        # the advance runs along the matrix's x axis.
        size = abs(d) * fs if b == 0 else math.hypot(c, d) * fs
        scale = fs * (a if b == 0 else math.hypot(a, b))
        color, alpha = "", 1.0
        if self._fill(ref, *self._rgba_refs):
            rgb = tuple(self._rgba[:3])
            alpha = self._rgba[3] / 255.0
            known = self._colors.get(rgb)
            color = known if known is not None else self._colors.setdefault(rgb, rgb_string(*rgb))
        order, clip = placed.get(obj, (0, None))
        return font, size, scale, color, Ink(order, self._mode(ref), alpha, clip)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _page_text(raw: Raw, textpage: Handle, n: int) -> str:
    """All characters of the text page at once, one per character index."""
    buf = (ctypes.c_ushort * (n + 1))()
    got = raw.FPDFText_GetText(textpage, 0, n, buf)
    text = bytes(buf)[: max(0, got - 1) * 2].decode("utf-16-le", "surrogatepass")
    if len(text) != n or _SURROGATE.search(text):  # characters outside the BMP: one index, two units
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(n))
    return text


_HYPHEN_MARKS = "\x02\ufffe"  # PDFium's stand-in for a hyphen that ends a line


def _line_end_hyphen(raw: Raw, font: _Font) -> str:
    """The hyphen behind PDFium's line-end mark: the hyphen-minus, unless the font maps no
    character to it (its width is that of a character the font lacks) but maps the soft hyphen;
    pdfminer reports whichever character the font's ToUnicode map names."""
    missing = font.unit_width(raw, "\uffff")
    if font.unit_width(raw, "-") == missing and font.unit_width(raw, "\xad") != missing:
        return "\xad"
    return "-"


def _glyphs(raw: Raw, calls: _Calls, textpage: Handle, mb_x0: float, mb_top: float,
            placed: dict[int, tuple[int, Box | None]]) -> tuple[list[Glyph], list[Ink]]:
    """The page's glyphs and each one's ink."""
    n = raw.FPDFText_CountChars(textpage)
    if n <= 0:
        return [], []
    chars = _page_text(raw, textpage, n)
    tp = ctypes.cast(textpage, ctypes.c_void_p)
    objects: dict[int, tuple[_Font, float, float, str, Ink]] = {}
    fonts: dict[int | None, _Font] = {}
    rect = raw.FS_RECTF()
    xy = (ctypes.c_double * 2)()
    origin_xy = memoryview(xy).cast("B").cast("d")  # both coordinates in one read
    origin, loose_box, is_generated = calls.origin, calls.loose_box, calls.is_generated
    x_ref, y_ref, rect_ref = ctypes.byref(xy), ctypes.byref(xy, ctypes.sizeof(ctypes.c_double)), ctypes.byref(rect)
    out: list[Glyph] = []
    inks: list[Ink] = []
    last_x = last_y = last_obj = None  # the origin and text object of the last glyph
    object_of, run_obj = calls.object_of, None
    for i, ch in enumerate(chars):
        if ch in _GENERATED_CANDIDATES and is_generated(tp, i):
            continue
        obj = object_of(tp, i)
        if not obj:
            continue
        if obj != run_obj:
            # Runs of characters of one text object share its font, size and colour.
            run_obj = obj
            facts = objects.get(obj)
            if facts is None:
                facts = objects[obj] = calls.text_object(obj, fonts, placed)
            font, size, scale, color, ink = facts
            fontname, checked, known = font.name, font.checked, font.known
            descent = font.descent * size
        origin(tp, i, x_ref, y_ref)
        x, y = origin_xy
        seen = known.get(ch)
        if seen is not None and not (x == last_x and y == last_y and obj == last_obj and out):
            text = seen[1]
            if (width := seen[0] * scale) <= 0.0:  # no usable width (or mirrored): measure
                loose_box(tp, i, rect_ref)
                width = rect.right - x
        else:
            # The loose box spans the advance and the glyph's outline, so it is at least the
            # advance; the font's width is the advance itself unless the reverse look-up from
            # Unicode found another glyph (subset fonts), which shows as a wider value.
            merge = x == last_x and y == last_y and obj == last_obj and out
            unit = checked.get(ch)
            width = font.unit_width(raw, ch) * scale
            loose_box(tp, i, rect_ref)
            loose = rect.right - x
            if not merge and unit is None:
                if not width <= loose + 0.01:
                    font.widths[ch] = 0.0
                checked[ch] = font.widths[ch]
            if merge or not 0.0 < width <= loose + 0.01:
                width = loose
            if merge:
                # PDFium splits a ligature ("fi") into letters sharing one origin; pdfminer keeps one glyph.
                glyph = out[-1]
                glyph.text += font.text(raw, ch)
                glyph.x1 = max(glyph.x1, x + width - mb_x0)
                continue
            text = font.text(raw, ch)  # make_glyph's work, inline
            if ch not in _HYPHEN_MARKS:
                known[ch] = (checked[ch], text)
        last_x, last_y, last_obj = x, y, obj
        if text:
            bottom = mb_top - (y + descent)
            out.append(Glyph(text, x - mb_x0, x + width - mb_x0, bottom - size, bottom, mb_top - y, size,
                             fontname, color))
            inks.append(ink)
    return out, inks


def _mul(m1: Matrix, m2: Matrix) -> Matrix:
    a, b, c, d, e, f = m1
    A, B, C, D, E, F = m2
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


class _Handle(ctypes.c_void_p):
    """A PDFium handle as a foreign function returns it: ctypes turns a plain c_void_p result
    into an int but keeps a subclass, which passes straight on to the next call."""


class _GraphicsCalls:
    """The per-object and per-segment calls that read a page's paths and images (see _bare)."""

    def __init__(self, raw: Raw) -> None:
        i = ctypes.c_int
        self.page_count = _bare(raw, "FPDFPage_CountObjects", i)
        self.page_object = _bare(raw, "FPDFPage_GetObject", _Handle)
        self.form_count = _bare(raw, "FPDFFormObj_CountObjects", i)
        form_object = _bare(raw, "FPDFFormObj_GetObject", _Handle)
        self.form_object = lambda form, i: form_object(form, ctypes.c_ulong(i))  # its index is unsigned long
        self.kind = _bare(raw, "FPDFPageObj_GetType", i)
        self.segment_count = _bare(raw, "FPDFPath_CountSegments", i)
        self.segment = _bare(raw, "FPDFPath_GetPathSegment", _Handle)
        self.segment_kind = _bare(raw, "FPDFPathSegment_GetType", i)
        self.point = _bare(raw, "FPDFPathSegment_GetPoint", i)
        self._bounds = _bare(raw, "FPDFPageObj_GetBounds", i)
        self._ltrb, self._ltrb_refs = _out_array(ctypes.c_float, 4)
        self.matrix = _MatrixReader(raw)
        self.draw_mode = _bare(raw, "FPDFPath_GetDrawMode", i)
        self.fill = _bare(raw, "FPDFPageObj_GetFillColor", i)
        self.clip_path = _bare(raw, "FPDFPageObj_GetClipPath", _Handle)
        self.clip_paths = _bare(raw, "FPDFClipPath_CountPaths", i)
        self.clip_segments = _bare(raw, "FPDFClipPath_CountPathSegments", i)
        self.clip_segment = _bare(raw, "FPDFClipPath_GetPathSegment", _Handle)
        self._mode, self._stroke = ctypes.c_int(), ctypes.c_int()
        self._mode_refs = (ctypes.byref(self._mode), ctypes.byref(self._stroke))
        self._rgba, self._rgba_refs = _out_array(ctypes.c_uint, 4)
        self._xy = (ctypes.c_float * 2)()
        self._xy_refs = (ctypes.byref(self._xy), ctypes.byref(self._xy, ctypes.sizeof(ctypes.c_float)))

    def filled(self, obj: Handle) -> tuple[int, int, int, int] | None:
        """The path's fill colour (r, g, b, alpha 0-255), None where it is not filled."""
        if not self.draw_mode(obj, *self._mode_refs) or self._mode.value == _FILL_NONE:
            return None
        if not self.fill(obj, *self._rgba_refs):
            return (0, 0, 0, 0)
        r, g, b, alpha = self._rgba
        return r, g, b, alpha

    def clip(self, obj: Handle) -> tuple[float, float, float, float] | None:
        """The box (x0, y0, x1, y1) of the object's clipping area in its container's space; None: no clip."""
        clip = self.clip_path(obj)
        if not clip:
            return None
        box = None
        for path in range(max(0, self.clip_paths(clip))):
            xs, ys = [], []
            for k in range(max(0, self.clip_segments(clip, path))):
                if self.point(self.clip_segment(clip, path, k), *self._xy_refs):
                    xs.append(self._xy[0])
                    ys.append(self._xy[1])
            if xs:
                part = (min(xs), min(ys), max(xs), max(ys))
                box = intersection(box, part)
        return box

    def bounds(self, obj: Handle, outer: Matrix) -> tuple[float, float, float, float] | None:
        """(x0, y0, x1, y1) in page space of the object's box (which includes its own matrix), or None."""
        if not self._bounds(obj, *self._ltrb_refs):
            return None
        left, bottom, right, top = self._ltrb
        corners = [_apply(outer, x, y) for x in (left, right) for y in (bottom, top)]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        return min(xs), min(ys), max(xs), max(ys)


def _segments(calls: _GraphicsCalls, obj: Handle) -> tuple[list[Handle], list[int]]:
    """A path's segments and their kinds, read once for the fill and the rule tests."""
    segments = [calls.segment(obj, i) for i in range(calls.segment_count(obj))]
    return segments, [calls.segment_kind(seg) for seg in segments]


def _straight_subpaths(calls: _GraphicsCalls, segments: list[Handle], kinds: list[int],
                       matrix: Matrix) -> Iterator[list[tuple[float, float]]]:
    """The path's subpaths of 2, 4 or 5 points without curves (the only shapes that can be rules),
    as points in page space. Points are read only where the kinds allow a straight subpath."""
    starts = [i for i, kind in enumerate(kinds) if kind == _SEG_MOVETO or i == 0]
    xy = (ctypes.c_float * 2)()
    x_ref, y_ref = ctypes.byref(xy), ctypes.byref(xy, ctypes.sizeof(ctypes.c_float))
    a, b, c, d, e, f = matrix
    for start, end in zip(starts, starts[1:] + [len(kinds)]):
        if end - start not in (2, 4, 5) or _SEG_BEZIERTO in kinds[start + 1:end]:
            continue
        points = []
        for seg in segments[start:end]:
            calls.point(seg, x_ref, y_ref)
            x, y = xy
            points.append((a * x + c * y + e, b * x + d * y + f))
        yield points


def _is_line_or_rect(points: list[tuple[float, float]]) -> bool:
    """pdfminer's test: a two-point line or an axis-aligned four-corner rectangle; the rest are curves."""
    if len(points) == 2:
        return True
    if len(points) == 5 and points[4] == points[0]:
        points = points[:4]
    if len(points) != 4:
        return False
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)


def _objects(calls: _GraphicsCalls, container: Handle, count: Callable[..., int], get: Callable[..., Handle],
             matrix: Matrix, depth: int = 0) -> Iterator[tuple[int, Handle, Matrix]]:
    """(type, object, matrix to page space) of every page object, form XObjects opened."""
    for i in range(count(container)):
        obj = get(container, i)
        kind = calls.kind(obj)
        if kind == _OBJ_FORM and depth < 8:
            inner = _mul(calls.matrix(obj), matrix)
            yield from _objects(calls, obj, calls.form_count, calls.form_object, inner, depth + 1)
        elif kind in (_OBJ_TEXT, _OBJ_PATH, _OBJ_IMAGE, _OBJ_SHADING):
            yield kind, obj, matrix


class _PageMarks:
    """What a page draws besides text: rules, images, and (for hidden text) its paints in drawing
    order and each text object's place among them with its clip box, in layout coordinates."""

    def __init__(self, mb_x0: float, mb_top: float) -> None:
        self.rules: list[Rule] = []
        self.images: list[Box] = []
        self.paints: list[Paint] = []
        self.placed: dict[int, tuple[int, Box | None]] = {}  # text object -> (order, clip box)
        self._x0, self._top = mb_x0, mb_top

    def box(self, x0: float, y0: float, x1: float, y1: float) -> Box:
        return (x0 - self._x0, self._top - y1, x1 - self._x0, self._top - y0)

    def paint(self, box: Box | None, clip: Box | None, color: str = "", covers: bool = False) -> None:
        if box is None:
            return
        box = intersection(clip, box)
        if box[0] < box[2] and box[1] < box[3]:
            self.paints.append(Paint(self.box(*box), color, covers))


def _clip_box(calls: _GraphicsCalls, obj: Handle, outer: Matrix) -> Box | None:
    clip = calls.clip(obj)
    if clip is None:
        return None
    corners = [_apply(outer, x, y) for x in (clip[0], clip[2]) for y in (clip[1], clip[3])]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _fill(calls: _GraphicsCalls, rgba: tuple[int, int, int, int], path: tuple[list[Handle], list[int]],
          matrix: Matrix) -> tuple[str, bool]:
    """(colour said to lie under glyphs, covers) of a path filled in ``rgba``."""
    if rgba[3] < OPAQUE * 255 or not plain_shape([_SEG_KINDS.get(k, "?") for k in path[1]]):
        return "", False
    points = next(_straight_subpaths(calls, *path, matrix), [])
    return rgb_string(*rgba[:3]), len(points) in (4, 5) and _is_line_or_rect(points)


def _graphics(calls: _GraphicsCalls, page: Handle, number: int, mb_x0: float, mb_top: float) -> _PageMarks:
    marks = _PageMarks(mb_x0, mb_top)
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for kind, obj, outer in _objects(calls, page, calls.page_count, calls.page_object, identity):
        if kind == _OBJ_TEXT:
            clip = _clip_box(calls, obj, outer)
            marks.placed[obj.value] = (len(marks.paints), None if clip is None else marks.box(*clip))
            continue
        bounds = calls.bounds(obj, outer)
        if kind in (_OBJ_IMAGE, _OBJ_SHADING):
            if kind == _OBJ_IMAGE and bounds is not None:
                marks.images.append(marks.box(*bounds))
            marks.paint(bounds, _clip_box(calls, obj, outer))
            continue
        matrix = _mul(calls.matrix(obj), outer)
        path = None
        rgba = calls.filled(obj)
        if rgba is not None:
            path = _segments(calls, obj)
            marks.paint(bounds, _clip_box(calls, obj, outer), *_fill(calls, rgba, path, matrix))
        if bounds is not None and bounds[2] - bounds[0] < _RULE_MIN_LENGTH - 0.01:
            continue  # an icon, a bullet, a glyph drawn as a path: no part of it can be a rule
        for points in _straight_subpaths(calls, *(path or _segments(calls, obj)), matrix):
            if not _is_line_or_rect(points):
                continue
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            x0, x1 = min(xs) - mb_x0, max(xs) - mb_x0
            top, bottom = mb_top - max(ys), mb_top - min(ys)
            if x1 - x0 > _RULE_MIN_LENGTH and bottom - top < _RULE_MAX_THICKNESS:
                marks.rules.append(Rule(x0, x1, (top + bottom) / 2, number))
    return marks


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _links(raw: Raw, doc: Handle, page: Handle, number: int, mb_x0: float, mb_top: float) -> list[Link]:
    links: list[Link] = []
    pos = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    rect = raw.FS_RECTF()
    while raw.FPDFLink_Enumerate(page, ctypes.byref(pos), ctypes.byref(link)):
        action = raw.FPDFLink_GetAction(link)
        if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
            continue
        size = raw.FPDFAction_GetURIPath(doc, action, None, 0)
        if size <= 1:
            continue
        buf = ctypes.create_string_buffer(size)
        raw.FPDFAction_GetURIPath(doc, action, buf, size)
        if not raw.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            continue
        x0, x1 = sorted((rect.left, rect.right))
        y0, y1 = sorted((rect.bottom, rect.top))
        links.append(Link(buf.value.decode("latin-1"), (x0 - mb_x0, mb_top - y1, x1 - mb_x0, mb_top - y0), number))
    return links


def _check_page_size(raw: Raw, page: Handle, textpage: Handle, number: int, limits: Limits) -> None:
    """Stop an operator bomb before a glyph or path becomes a Python object."""
    if raw.FPDFText_CountChars(textpage) > limits.max_page_chars:
        raise TooLarge(f"page {number} draws more than {limits.max_page_chars} characters")
    if raw.FPDFPage_CountObjects(page) > limits.max_page_chars + limits.max_paths:
        raise TooLarge(f"page {number} draws more than {limits.max_page_chars + limits.max_paths} objects")


def read_page(raw: Raw, calls: _Calls, graphics: _GraphicsCalls, doc: Handle, page: Handle, number: int, limits: Limits) -> Page:
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    if raw.FPDFPage_GetMediaBox(page, *(ctypes.byref(v) for v in (l, b, r, t))):
        mb_x0, mb_y0, mb_x1, mb_top = l.value, b.value, r.value, t.value
    else:
        mb_x0, mb_y0, mb_x1, mb_top = 0.0, 0.0, raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
    width, height = mb_x1 - mb_x0, mb_top - mb_y0
    textpage = raw.FPDFText_LoadPage(page)
    try:
        _check_page_size(raw, page, textpage, number, limits)
        marks = _graphics(graphics, page, number, mb_x0, mb_top)  # first: glyphs ask for their place
        glyphs, inks = _glyphs(raw, calls, textpage, mb_x0, mb_top, marks.placed)
    finally:
        raw.FPDFText_ClosePage(textpage)
    if raw.FPDFPage_GetCropBox(page, *(ctypes.byref(v) for v in (l, b, r, t))):
        crop = marks.box(min(l.value, r.value), min(b.value, t.value), max(l.value, r.value), max(b.value, t.value))
    else:
        crop = (0.0, 0.0, width, height)
    shown, hidden = split_hidden(glyphs, inks, marks.paints, crop)
    lines = page_lines(shown, width, number)
    return Page(number=number, width=width, height=height, lines=lines,
                links=_links(raw, doc, page, number, mb_x0, mb_top), rules=marks.rules, images=marks.images,
                hidden=hidden_runs(hidden, width, number))


def extract_pdfium(data: bytes, password: str | None, limits: Limits) -> Layout:
    raw = _pdfium()
    calls, graphics = _Calls(raw), _GraphicsCalls(raw)  # made once per document
    # PDFium reads the bytes in place (no copy); ``data`` outlives the document.
    doc = raw.FPDF_LoadMemDocument64(data, len(data), password.encode("utf-8") if password else None)
    if not doc:
        if raw.FPDF_GetLastError() == _ERR_PASSWORD:
            raise Encrypted("encrypted PDF", advice=PASSWORD_ADVICE)
        raise DamagedPDF(f"cannot open PDF: PDFium error {raw.FPDF_GetLastError()}")
    layout = Layout(pages=[], engine="pdfium")
    try:
        count = raw.FPDF_GetPageCount(doc)
        if count > limits.max_pages:
            raise TooLarge(f"{count} pages (limit {limits.max_pages})")
        chars = 0
        for number in range(1, count + 1):
            page = raw.FPDF_LoadPage(doc, number - 1)
            try:
                if not page:
                    raise DamagedPDF("page cannot be loaded")
                read = read_page(raw, calls, graphics, doc, page, number, limits)
            except CVParseError as exc:
                if not isinstance(exc, DamagedPDF):
                    raise
                log.warning("page %d unreadable: %s", number, exc)
                layout.warnings.append(f"page {number} could not be read (DamagedPDF)")
                read = Page(number=number, width=0.0, height=0.0)
            finally:
                if page:
                    raw.FPDF_ClosePage(page)
            chars += sum(len(w.text) for ln in read.lines for w in ln.words)
            if chars > limits.max_chars:
                raise TooLarge(f"more than {limits.max_chars} characters of text")
            layout.pages.append(read)
    finally:
        raw.FPDF_CloseDocument(doc)
    return layout
