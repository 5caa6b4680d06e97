"""Tables: a row of column headings, then one entry per table row; or, inside an entry,
a label row over a single value row (Word CVs: Period | Employer | Location).

Word processors centre each cell vertically in its row, so one row's cells
land on baselines a few points apart and a cell that wraps interleaves with
its neighbours. Lines whose boxes overlap vertically therefore belong to one
row; each cell is put under the heading whose column holds its middle.
"""
from __future__ import annotations

import re
from functools import cache

from ..dates import find_dates
from ..layout import Line, Word
from ..lexicon import load
from ..text import fold
from .entries import Block

MIN_COLUMNS = 3
MAX_HEADING_WORDS = 4


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


@cache
def _column_words() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
            for kind, words in load("labels")["columns"].items()}


def column_kind(heading: str) -> str | None:
    """What a table column holds ('degree', 'institution', 'dates', 'grade'), read from its heading."""
    folded = fold(heading)
    return next((kind for kind, pattern in _column_words().items() if pattern.search(folded)), None)


def is_heading_row(line: Line) -> bool:
    """Three or more short cells, no dates, two of them naming known columns: a table's headings."""
    cells = line.cells()
    if len(cells) < MIN_COLUMNS or find_dates(line.text):
        return False
    if any(len(c) > MAX_HEADING_WORDS or _text(c).endswith((".", ",")) for c in cells):
        return False
    return sum(column_kind(_text(c)) is not None for c in cells) >= 2


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into table rows: a line overlapping the row's box joins it."""
    rows: list[list[Line]] = []
    for line in lines:
        if rows and line.top < max(ln.bottom for ln in rows[-1]) - 0.2 * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _column_of(x: float, centres: list[float]) -> int:
    return min(range(len(centres)), key=lambda i: abs(centres[i] - x))


def table_blocks(heading: Line, lines: list[Line]) -> list[Block]:
    """One block per row under ``heading``; ``Block.cells`` pairs each column heading with its text."""
    columns = heading.cells()
    names = [_text(c) for c in columns]
    bounds = [(c[0].x0 + c[-1].x1) / 2 for c in columns]
    blocks = []
    for row in _rows(lines):
        parts: list[list[Word]] = [[] for _ in columns]
        for line in sorted(row, key=lambda ln: ln.top):
            for cell in line.cells():
                parts[_column_of((cell[0].x0 + cell[-1].x1) / 2, bounds)].extend(cell)
        cells = [(name, _text(words)) for name, words in zip(names, parts) if words]
        blocks.append(Block(lines=row, header=row, cells=cells))
    return blocks


def _value_row(labels: Line, line: Line) -> bool:
    """Is ``line`` a row of values under the label row: as many cells, each starting under its label?"""
    heads, cells = labels.cells(), line.cells()
    if len(cells) != len(heads) or is_heading_row(line):
        return False
    return all(abs(c[0].x0 - h[0].x0) <= VALUE_ALIGN * h[0].size for h, c in zip(heads, cells))


VALUE_ALIGN = 2.0  # font sizes (of the label) a value's cell may start off its label's


def entry_tables(lines: list[Line]) -> tuple[list[Line], dict[int, tuple[list[Line], list[tuple[str, str]]]]]:
    """The lines without the small tables inside entries, and for each table the line it
    belongs under (by id: the line above it, the entry's title) with its rows and its
    (label, value) pairs. A label row over one value row is such a table; a label row over
    several is the section's own table (one entry per row), left in place."""
    kept: list[Line] = []
    tables: dict[int, tuple[list[Line], list[tuple[str, str]]]] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if kept and i + 1 < len(lines) and is_heading_row(line) and _value_row(line, lines[i + 1]) and not (
                i + 2 < len(lines) and _value_row(line, lines[i + 2])):
            pairs = [(_text(h), _text(v)) for h, v in zip(line.cells(), lines[i + 1].cells())]
            anchor = tables.setdefault(id(kept[-1]), ([], []))
            anchor[0].extend(lines[i:i + 2])
            anchor[1].extend(pairs)
            i += 2
            continue
        kept.append(line)
        i += 1
    return kept, tables
