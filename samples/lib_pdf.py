"""Shared by the samples' ReportLab generators (make_pdf.py): font registration, line
breaking and hand-written text objects (Tf / TJ operators put straight into the page).

Importing this module sets ReportLab's invariant mode (fixed dates and ids), so it must
be imported before any other ReportLab module is used.
"""
from reportlab import rl_config

rl_config.invariant = 1  # reproducible output (fixed dates and ids)

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402


def register_fonts(folder: str, faces: list) -> None:
    """Register TrueType faces: (name, file in folder) pairs."""
    for name, file in faces:
        pdfmetrics.registerFont(TTFont(name, f"{folder}/{file}"))


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, limit) -> list[str]:
    """Greedy line breaks at spaces; limit is the measure, or a function of the line number
    giving each line's measure."""
    measure = limit if callable(limit) else (lambda n: limit)
    lines, line = [], []
    for word in text.split(" "):
        if line and width(" ".join(line + [word]), font, size) > measure(len(lines)):
            lines.append(" ".join(line))
            line = [word]
        else:
            line.append(word)
    lines.append(" ".join(line))
    return lines


def show_ops(c, items: list, font: str, size: float, num: str = "g") -> list[str]:
    """The Tf and TJ operators showing TJ items (strings, and numbers in thousandths of an
    em, positive = move left, written with format `num`) in font at size; one TJ array per
    font subset, a Tf before each."""
    doc = c._doc
    f = pdfmetrics.getFont(font)
    ops, current, arr = [], None, []
    for it in items:
        if not isinstance(it, str):
            arr.append(format(it, num))
            continue
        for subset, data in f.splitString(it, doc):
            name = f.getSubsetInternalName(subset, doc)
            if name != current:
                if arr:
                    ops.append(f"[{' '.join(arr)}] TJ")
                    arr = []
                ops.append(f"{name} {size:g} Tf")
                current = name
            arr.append(f"({c._escape(data)})")
    if arr:
        ops.append(f"[{' '.join(arr)}] TJ")
    return ops


def rg(color) -> str:
    return "%.3f %.3f %.3f rg" % color


def tm(x: float, y: float) -> str:
    return f"1 0 0 1 {x:.3f} {y:.3f} Tm"


class PenBase:
    """Writes text objects by hand into a canvas's page stream. Subclasses give `text`
    (one line at x, y; returns its width) and `ink`, the default colour."""

    ink = (0.0, 0.0, 0.0)

    def __init__(self, c) -> None:
        self.c = c

    @staticmethod
    def width(text: str, font: str, size: float) -> float:
        return width(text, font, size)

    def emit(self, ops: list[str]) -> None:
        self.c._code.append("\n".join(ops))

    def paragraph(self, x, y, text, font, size, measure, leading, color=None) -> float:
        """A ragged-right paragraph from baseline y; returns the baseline below it."""
        for line in wrap(text, font, size, measure):
            self.text(x, y, line, font, size, self.ink if color is None else color)
            y -= leading
        return y
