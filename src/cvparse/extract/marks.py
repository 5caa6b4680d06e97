"""What pdfminer draws, with the state that decides whether a glyph shows.

pdfminer ignores clipping and opacity and keeps no drawing order across
glyphs and shapes. The interpreter below follows the clipping area (as a box)
and the fill opacity through the graphics-state stack and into form XObjects;
the device mixin records each glyph's :class:`~.hidden.Ink` and each filled
shape, shading or image as a :class:`~.hidden.Paint`, in drawing order, in
pdfminer's coordinates (y up, from the media box's corner).
"""
from __future__ import annotations

from typing import Any

from pdfminer.layout import LTRect
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import dict_value, resolve1
from pdfminer.psparser import literal_name
from pdfminer.utils import apply_matrix_pt

from ..layout import EVERYWHERE, Box, intersection
from .colors import pdf_color
from .hidden import OPAQUE, Ink, Paint, plain_shape


class MarkingInterpreter(PDFPageInterpreter):
    """pdfminer's interpreter, also keeping the clip box and fill opacity on the device."""

    inherited: tuple[Box | None, float] = (None, 1.0)  # a form XObject starts from its caller's

    def dup(self) -> "MarkingInterpreter":
        child = super().dup()
        child.inherited = (self.clip, self.alpha)  # type: ignore[attr-defined]
        return child  # type: ignore[return-value]

    def init_state(self, ctm: Any) -> None:
        super().init_state(ctm)
        self.clip, self.alpha = self.inherited
        self._show()

    def get_current_state(self) -> Any:
        return (*super().get_current_state(), self.clip, self.alpha)

    def set_current_state(self, state: Any) -> None:
        super().set_current_state(state[:3])
        if len(state) == 5:
            self.clip, self.alpha = state[3], state[4]
            self._show()

    def _show(self) -> None:
        self.device.clip, self.device.alpha = self.clip, self.alpha  # type: ignore[attr-defined]

    def do_W(self) -> None:
        points = [apply_matrix_pt(self.ctm, (float(seg[i]), float(seg[i + 1])))
                  for seg in self.curpath for i in range(1, len(seg) - 1, 2)
                  if isinstance(seg[i], (int, float)) and isinstance(seg[i + 1], (int, float))]
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            self.clip = intersection(self.clip, (min(xs), min(ys), max(xs), max(ys)))
            self._show()

    do_W_a = do_W

    def do_gs(self, name: Any) -> None:
        try:
            states = dict_value(self.resources.get("ExtGState"))
            alpha = resolve1(dict_value(states.get(literal_name(name))).get("ca"))
        except Exception:  # a missing or damaged entry changes nothing, as in any viewer
            return
        if isinstance(alpha, (int, float)):
            self.alpha = min(1.0, max(0.0, float(alpha)))
            self._show()

    def do_sh(self, name: Any) -> None:
        self.device.paint_shading()  # type: ignore[attr-defined]

    def do_Do(self, xobjid: Any) -> None:
        super().do_Do(xobjid)
        self._show()  # the form's own state ended with it


class MarkRecorder:
    """Device mixin recording inks and paints; put it before pdfminer's device class."""

    clip: Box | None = None
    alpha: float = 1.0
    _mode = 0
    _ink: Ink | None = None
    _painting = False

    def init_marks(self) -> None:
        self.inks: list[Ink] = []
        self.paints: list[Paint] = []

    def render_string(self, textstate: Any, *args: Any, **kwargs: Any) -> None:
        self._mode = textstate.render if isinstance(textstate.render, int) else 0
        super().render_string(textstate, *args, **kwargs)  # type: ignore[misc]

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        adv = super().render_char(*args, **kwargs)  # type: ignore[misc]
        ink = self._ink
        order = len(self.paints)
        if ink is None or ink.order != order or ink.mode != self._mode or ink.alpha != self.alpha \
                or ink.clip is not self.clip:
            ink = self._ink = Ink(order, self._mode, self.alpha, self.clip)
        self.inks.append(ink)
        return float(adv)

    def paint_path(self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Any) -> None:
        if self._painting:  # pdfminer recursing into the subpaths: the outer call records them
            super().paint_path(gstate, stroke, fill, evenodd, path)  # type: ignore[misc]
            return
        items = self.cur_item._objs  # type: ignore[attr-defined]
        before = len(items)
        self._painting = True
        try:
            super().paint_path(gstate, stroke, fill, evenodd, path)  # type: ignore[misc]
        finally:
            self._painting = False
        if not fill:
            return
        known = plain_shape([seg[0] for seg in path if seg]) and self.alpha >= OPAQUE
        for item in items[before:]:
            color = pdf_color(item.non_stroking_color) if known else ""
            covers = isinstance(item, LTRect) and "," in color
            self._paint(item.bbox, color, covers)

    def render_image(self, name: str, stream: Any) -> None:
        super().render_image(name, stream)  # type: ignore[misc]
        self._paint(self.cur_item._objs[-1].bbox)  # type: ignore[attr-defined]

    def paint_shading(self) -> None:
        self._paint(EVERYWHERE)

    def _paint(self, box: Box, color: str = "", covers: bool = False) -> None:
        """A paint where it shows: inside the clipping area (a page-wide fill clipped to a band
        covers only the band); a paint clipped away entirely is no paint."""
        x0, y0, x1, y1 = intersection(self.clip, box)
        if x0 < x1 and y0 < y1:
            self.paints.append(Paint((x0, y0, x1, y1), color, covers))
