"""Label columns: a narrow left column of dates or labels beside the text they belong to.

moderncv prints an entry's dates right-aligned in a left column, Europass its
labels, LibreOffice tables "Name | ..." rows. The label and its text share a
baseline but often stand less than one em apart, so the cell gap alone does
not separate them. The column shows in the geometry instead: many lines have
a word starting at the same x (the content edge), with a short, aligned label
before it, and other lines (continuations, descriptions) start at that edge.
Each such line is split there and marked, so later stages read the label as
a label and not as the start of the title.
"""
from __future__ import annotations

import re
from collections import defaultdict
from statistics import median

from ..dates import find_dates
from ..layout import Layout, Line
from .clean import is_bullet

_TOL = 1.5  # points: how far an x may stray and still be "the same" edge
MAX_LABEL_WORDS = 5
MIN_SPLIT_LINES = 3
MIN_EDGE_STARTS = 1
MAX_EDGE_FRACTION = 0.45  # of the page width: a label column is narrow
MIN_LABEL_GAP = 0.5  # font sizes between the label and its text (wider than a word space)
WRAP_GAP = 1.0  # font sizes of white between a label and the rest of it wrapped onto the next row
# A list's number hanging left of its item ("12.", "[3]", "(iv)") labels nothing either.
_ENUMERATOR = re.compile(r"^(?:\d{1,3}[.)]|\[\d{1,3}\]|\(?[ivxlc]{1,5}[.)]|\([a-z\d]{1,3}\))$", re.I)


def _split_at(line: Line, edge: float) -> int | None:
    """Index of the word that starts at ``edge`` after a short label, or None."""
    if is_bullet(line.words[0].text) or _ENUMERATOR.match(line.words[0].text):
        return None  # a list marker hangs left of its item; it labels nothing
    for i in range(1, min(len(line.words), MAX_LABEL_WORDS + 1)):
        w, prev = line.words[i], line.words[i - 1]
        if abs(w.x0 - edge) <= _TOL:
            gap = w.x0 - prev.x1
            return i if gap >= MIN_LABEL_GAP * w.size else None
        if w.x0 > edge + _TOL:
            return None
    return None


def _aligned(values: list[float]) -> bool:
    """Do most of these x positions line up (a left- or right-aligned column)?"""
    mid = median(values)
    return sum(abs(v - mid) <= 3.0 for v in values) >= 0.6 * len(values)


def find_label_edge(lines: list[Line], width: float) -> float | None:
    """The x where the text right of a label column starts, if the lines have one."""
    candidates: dict[int, list[tuple[Line, int]]] = defaultdict(list)  # x -> (line, first word after the label)
    starts: dict[int, int] = defaultdict(int)
    for line in lines:
        starts[round(line.x0)] += 1
        for i in range(1, min(len(line.words), MAX_LABEL_WORDS + 1)):
            x = line.words[i].x0
            if x <= MAX_EDGE_FRACTION * width and _split_at(line, x) == i:
                candidates[round(x)].append((line, i))
    best, best_count = None, (0, 0)
    for x in sorted(candidates):
        near = {id(ln): (ln, i) for k in range(x - 1, x + 2) for ln, i in candidates.get(k, [])}
        n_starts = sum(starts.get(k, 0) for k in range(x - 1, x + 2))
        # The content edge is where the most labels end, then where the most text is aligned
        # (continuation lines): an indent that many lines share (a list's hanging text) is no
        # content edge when fewer labels stand before it.
        score = (len(near), n_starts)
        if len(near) < MIN_SPLIT_LINES or n_starts < MIN_EDGE_STARTS or score <= best_count:
            continue
        labels = [(ln.words[0].x0, ln.words[i - 1].x1) for ln, i in near.values()]
        if not (_aligned([a for a, _ in labels]) or _aligned([b for _, b in labels])):
            continue
        best, best_count = float(x), score
    return best


def mark_label_columns(layout: Layout) -> None:
    """Split every line that has a label before the document's label edge into label | text."""
    width = max((p.width for p in layout.pages), default=0.0)
    edge = find_label_edge(layout.lines, width) if width else None
    if edge is None:
        return
    for line in layout.lines:
        i = _split_at(line, edge)
        if i is None:
            # Already a cell boundary at the edge (a table printed with wide gaps).
            i = next((g for g in line.gaps if abs(line.words[g].x0 - edge) <= _TOL), None)
            if i is None:
                continue
        line.label = True
        # Words before the edge are one label cell ("Name, Vorname:" never splits).
        line.gaps = [i] + [g for g in line.gaps if g > i]
    for page in layout.pages:
        page.lines = _join_wrapped_dates(page.lines, edge)


def _join_wrapped_dates(lines: list[Line], edge: float) -> list[Line]:
    """A date range wrapped in the label column ("2024-06 –" / "2026-06") back in one label:
    the row under a label, left of the edge, that reads as fewer dates joined to it than apart."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.label and not line.label and line.x1 < edge - _TOL \
                and line.page == prev.page and 0 <= line.top - prev.bottom <= WRAP_GAP * line.size:
            cut = prev.gaps[0]
            label = " ".join(w.text for w in prev.words[:cut])
            if find_dates(line.text) and \
                    len(find_dates(f"{label} {line.text}")) < len(find_dates(label)) + len(find_dates(line.text)):
                n = len(line.words)
                prev.words = prev.words[:cut] + line.words + prev.words[cut:]
                prev.gaps = [g + n for g in prev.gaps]
                continue
        out.append(line)
    return out

