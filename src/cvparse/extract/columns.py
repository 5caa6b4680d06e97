"""Column detection: a sidebar must not interleave with the main column.

A page is cut at a vertical gutter that (almost) no row of text crosses. A
narrow left column whose rows sit on the same baselines as the text on its
right is a label column (moderncv dates, Europass labels, tables) and stays
attached to that text instead.
"""
from __future__ import annotations

from .lines import Glyph

_BIN = 2.0  # points per histogram bin


def _rows(glyphs: list[Glyph]) -> dict[int, list[Glyph]]:
    rows: dict[int, list[Glyph]] = {}
    for g in glyphs:
        if g.text.isspace():
            continue  # spaces print nothing (and engines differ on which they report)
        rows.setdefault(round(g.baseline / 2), []).append(g)
    return rows


def _row_spans(row: list[Glyph]) -> list[tuple[float, float]]:
    """The row's text as runs of glyphs closer than about one em."""
    spans: list[tuple[float, float]] = []
    for g in sorted(row, key=lambda g: g.x0):
        if spans and g.x0 - spans[-1][1] < 1.0 * g.size:
            spans[-1] = (spans[-1][0], max(spans[-1][1], g.x1))
        else:
            spans.append((g.x0, g.x1))
    return spans


def find_gutter(glyphs: list[Glyph], width: float) -> float | None:
    rows = _rows(glyphs)
    if len(rows) < 8:
        return None
    nbins = int(width / _BIN) + 1
    crossing = [0] * nbins
    row_spans = {key: _row_spans(row) for key, row in rows.items()}
    for spans in row_spans.values():
        for x0, x1 in spans:
            for b in range(max(0, int(x0 / _BIN)), min(nbins, int(x1 / _BIN) + 1)):
                crossing[b] += 1
    allowed = max(1, int(0.04 * len(rows)))
    lo, hi = int(0.18 * width / _BIN), int(0.82 * width / _BIN)
    best = None
    run_start = None
    for b in range(lo, hi + 1):
        if crossing[b] <= allowed:
            run_start = b if run_start is None else run_start
            if (b - run_start + 1) * _BIN >= 8 and (best is None or crossing[b] < crossing[best]):
                best = b
        else:
            run_start = None
    if best is None:
        return None
    cut = best * _BIN
    left = {k for k, spans in row_spans.items() if any(x1 <= cut for _, x1 in spans)}
    right = {k for k, spans in row_spans.items() if any(x0 >= cut for x0, _ in spans)}
    if len(left) < 0.15 * len(rows) or len(right) < 0.15 * len(rows):
        return None
    # Rows that share baselines across the cut are one table-like flow, not two columns.
    shared = sum(1 for k in left if k in right or k - 1 in right or k + 1 in right)
    if shared >= 0.5 * min(len(left), len(right)):
        return None
    return cut


def split_columns(glyphs: list[Glyph], width: float) -> list[list[Glyph]]:
    """The page's glyphs as columns in reading order (left to right)."""
    cut = find_gutter(glyphs, width)
    if cut is None:
        return [glyphs]
    left = [g for g in glyphs if (g.x0 + g.x1) / 2 < cut]
    right = [g for g in glyphs if (g.x0 + g.x1) / 2 >= cut]
    columns = []
    for part in (left, right):
        sub = find_gutter(part, width) if len(part) > 200 else None
        if sub is not None:
            columns.append([g for g in part if (g.x0 + g.x1) / 2 < sub])
            columns.append([g for g in part if (g.x0 + g.x1) / 2 >= sub])
        else:
            columns.append(part)
    return [c for c in columns if c]
