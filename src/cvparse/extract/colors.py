"""Fill colours as one comparable string, whatever colour space the PDF used.

Headings are told apart by colour; grey 0.2, RGB (0.2, 0.2, 0.2) and the
same colour from another engine must compare equal, so every colour becomes
"r,g,b" in 0-255 steps.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any


def rgb_string(r: float, g: float, b: float) -> str:
    return f"{round(r)},{round(g)},{round(b)}"


def pdf_color(value: Any) -> str:
    """A colour as pdfminer reports it (grey, RGB or CMYK components in 0-1) as "r,g,b"."""
    if isinstance(value, tuple):
        try:
            return _tuple_color(value)  # a page has a few colours and thousands of glyphs
        except TypeError:  # an unhashable part: convert without the cache
            pass
    return _color(value)


@lru_cache(maxsize=256)
def _tuple_color(value: tuple[object, ...]) -> str:
    return _color(value)


def _color(value: Any) -> str:
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, (int, float)) for v in value):
        return "" if value is None else str(value)  # patterns and unknown spaces keep their name
    v = [min(1.0, max(0.0, float(x))) for x in value]
    if len(v) == 1:
        rgb = (v[0], v[0], v[0])
    elif len(v) == 3:
        rgb = (v[0], v[1], v[2])
    elif len(v) == 4:
        c, m, y, k = v
        rgb = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    else:
        return ",".join(f"{x:.2f}" for x in v)
    return rgb_string(*(255 * x for x in rgb))
