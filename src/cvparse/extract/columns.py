"""Column detection: a sidebar must not interleave with the main column.

A page is cut at a vertical gutter that (almost) no row of text crosses. A
full-width band at the top (the name and contact line above a two-column
body) may cross it: the cut is then looked for below that band. A narrow left
column whose rows sit on the same baselines as the text on its right is a
label column (moderncv dates, Europass labels, tables) and stays attached to
that text instead.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate
from operator import attrgetter
from typing import Callable, Iterable

from ..dates import find_dates
from ..layout import Line
from .lines import Glyph, build_lines

_BIN = 2.0  # points per histogram bin
_SIDE = 0.18  # a gutter leaves at least this share of the page (or column) on each side ...
_TEXT_SIDE = 0.12  # ... and this share of the text's own width
_X0 = attrgetter("x0")
# A gutter is a channel at least this wide that (almost) no row crosses ...
_CHANNEL = 8.0
# ... or this wide where the column on its right starts flush left at its edge (LaTeX
# two-column templates leave a few points between a ragged left column and the right one).
_NARROW_CHANNEL = 4.0
_EDGE_SLACK = 2 * _BIN + 1.0  # points right of the channel's end that still start at its edge
_EDGE_SHARE = 0.6
# The full-width band above the columns holds at most this share of the page's rows.
_MAX_BAND = 0.3
# Type this many times the page's usual size is display type (a name, a title).
_DISPLAY = 1.6
# Each side of a column's own split holds at least this share of its glyphs.
_MIN_SUB_SHARE = 0.2
# Points between two baselines that are one line of a table (a label and its value set on
# one line, whatever their sizes).
SAME_BASELINE = 0.6
# A table where this share of the smaller side's rows sits on a baseline of the other side:
# chance alignment of two text boxes of the same leading stays below it.
TABLE_ROWS = 0.35
# Boxes side by side part-way down a page: a gutter candidate is a gap shared by this many
# rows (middles binned to this many points), and the band of rows clear of it is this tall.
_BOX_MIN_SHARED_GAPS = 3
_BOX_CANDIDATE_BIN = 4.0
_BOX_MIN_ROWS = 8
_BOX_PITCH_SLACK = 1.5  # a left box's own next row follows at most this many pitches below
# Each side of a grid holds this many headings of its own (capitals, or type this much larger).
_GRID_HEADINGS = 1
_HEADING_SIZE = 1.12
# A side whose rows end at one x this often is set flush right (dates, places), not ragged text.
_RAGGED = 0.5
# A left side narrower than this share of the page is a label column (sidebars are wider).
LABEL_COLUMN = 0.2
# A label ("Dates (from - to)", "2019 - 2023", "Nationality") runs to at most this many words
# in the middle; a justified column of prose, flush right too, runs longer.
LABEL_WORDS = 5
_WORD = re.compile(r"\w+")  # dashes and bullets are no words


@dataclass
class Region:
    """Glyphs read as one flow; ``column`` is 0 for full-width text, else 1, 2, ... left to right."""

    glyphs: list[Glyph]
    column: int = 0


def _rows(glyphs: list[Glyph]) -> dict[int, list[Glyph]]:
    """The glyphs by baseline row (2 pt high), each row left to right."""
    rows: defaultdict[int, list[Glyph]] = defaultdict(list)
    keys = {b: round(b / 2) for b in {g.baseline for g in glyphs}}  # round() once per baseline
    for g in glyphs:
        if g.text.isspace():
            continue  # spaces print nothing (and engines differ on which they report)
        rows[keys[g.baseline]].append(g)
    for row in rows.values():
        row.sort(key=_X0)  # stable: ties stay in the order they came
    return dict(rows)


def _row_spans(row: list[Glyph]) -> list[tuple[float, float]]:
    """The row's text (left to right) as runs of glyphs closer than about one em."""
    spans: list[tuple[float, float]] = []
    if not row:
        return spans
    start, end = row[0].x0, row[0].x1
    for g in row[1:]:
        if g.x0 - end < g.size:
            if g.x1 > end:  # max(end, x1) as max() reads it
                end = g.x1
        else:
            spans.append((start, end))
            start, end = g.x0, g.x1
    spans.append((start, end))
    return spans


def _count_spans(steps: list[int], row_spans: Iterable[list[tuple[float, float]]], nbins: int,
                 sign: int = 1) -> None:
    """Add the rows' spans to ``steps`` (sign -1: take them out): +1 at the bin where a span starts,
    -1 past its end, so that the running sum counts the spans crossing each bin (one pass per span
    instead of one per bin it covers)."""
    for spans in row_spans:
        for x0, x1 in spans:
            first, end = int(x0 / _BIN), int(x1 / _BIN) + 1
            first, end = (first if first > 0 else 0), (end if end < nbins else nbins)
            if first < end:
                steps[first] += sign
                steps[end] -= sign


def _gutter(rows: dict[int, list[Glyph]], row_spans: dict[int, list[tuple[float, float]]],
            width: float, steps: list[int] | None = None, within: tuple[float, float] | None = None,
            ) -> float | None:
    """The x of a vertical gutter that (almost) no row crosses; ``steps``: the rows' spans counted
    by _count_spans, when the caller keeps them; ``within``: the x range the text spans, when it
    is a column of the page (else the page's width)."""
    if len(row_spans) < 8:
        return None
    nbins = int(width / _BIN) + 1
    if steps is None:
        steps = [0] * (nbins + 1)
        _count_spans(steps, row_spans.values(), nbins)
    crossing = list(accumulate(steps[:nbins]))
    allowed = max(1, int(0.04 * len(row_spans)))
    # The cut keeps a fair share of the page on each side, and of the text: a page whose text
    # sits in a panel narrower than the page is not cut in its empty margin.
    start, end = within or (0.0, width)
    text_start = min(x0 for spans in row_spans.values() for x0, _ in spans)
    text_end = max(x1 for spans in row_spans.values() for _, x1 in spans)
    lo = int(max(start + _SIDE * (end - start), text_start + _TEXT_SIDE * (text_end - text_start)) / _BIN)
    hi = int(min(end - _SIDE * (end - start), text_end - _TEXT_SIDE * (text_end - text_start)) / _BIN)
    if min(crossing[lo:hi + 1], default=allowed + 1) > allowed:
        return None  # most pages: no bin is clear at all
    best = None
    run_start = None
    narrow: list[tuple[int, int]] = []  # clear runs too narrow for a gutter of their own
    for b in range(lo, hi + 2):
        if b <= hi and crossing[b] <= allowed:
            run_start = b if run_start is None else run_start
            if (b - run_start + 1) * _BIN >= _CHANNEL and (best is None or crossing[b] < crossing[best]):
                best = b
        else:
            if run_start is not None and (b - run_start) * _BIN >= _NARROW_CHANNEL:
                narrow.append((run_start, b))
            run_start = None
    if best is None:
        best = next((min(range(a, z), key=crossing.__getitem__) for a, z in narrow
                     if _aligned_edge(row_spans, z * _BIN)), None)
    if best is None:
        return None
    cut = best * _BIN
    left = {k for k, spans in row_spans.items() if any(x1 <= cut for _, x1 in spans)}
    right = {k for k, spans in row_spans.items() if any(x0 >= cut for x0, _ in spans)}
    if len(left) < 0.15 * len(row_spans) or len(right) < 0.15 * len(row_spans):
        return None
    # Rows that share baselines across the cut are one table-like flow, not two columns. Side
    # by side text boxes share some by chance (same leading), so a row 2 pt off counts only
    # where the left side reads as labels: narrow, set flush right against the cut, or dates (a label
    # in smaller type, its cell aligned at the top, sits a point or two off its value's baseline).
    fewer = min(len(left), len(right))
    half = 0.5 * fewer
    right_baselines = sorted(next(g.baseline for g in rows[k] if g.x0 >= cut) for k in right)
    left_baselines = [next(g.baseline for g in rows[k] if g.x1 <= cut) for k in left]
    if sum(_near(right_baselines, b) for b in left_baselines) >= TABLE_ROWS * fewer and \
            not _grid(rows, row_spans, left, right, cut, width):
        return None
    beside = [k for k in left if k in right or k - 1 in right or k + 1 in right]
    shared = len(beside)
    left_edge = min(x0 for k in left for x0, _ in row_spans[k])
    texts = _side_texts(rows, beside, cut)
    labels = _short(texts)
    if shared >= half and (cut - left_edge < LABEL_COLUMN * width
                           or labels and (_flush_right(row_spans, left, cut) or _dated(texts))):
        return None
    if shared >= 0.25 * len(left) and labels and _flush_right(row_spans, set(beside), cut) and _dated(texts):
        return None  # a label column (Europass): dates set flush against the text they label
    return cut


def _grid(rows: dict[int, list[Glyph]], row_spans: dict[int, list[tuple[float, float]]], left: set[int],
          right: set[int], cut: float, width: float) -> bool:
    """Columns of a grid, sharing baselines by design, rather than a table of labels and values:
    a wide left column that is no column of dates nor set flush right against the cut, and a
    right one that is no column of dates or places set flush right (both ragged text)."""
    if cut - min(x0 for k in left for x0, _ in row_spans[k]) < LABEL_COLUMN * width:
        return False
    if _flush_right(row_spans, left, cut) or _dated(_side_texts(rows, list(left), cut)):
        return False
    ends = [max(x1 for _, x1 in row_spans[k]) for k in right]
    edge = max(ends)
    if sum(edge - e <= 3.0 for e in ends) >= _RAGGED * len(ends):
        return False
    # Each column of a grid heads its own sections; a table's values sit under the headings
    # of its label column.
    return _headed(rows, left, right, cut)


def _headed(rows: dict[int, list[Glyph]], left: set[int], right: set[int], cut: float) -> bool:
    """Does each side of the cut head text of its own, the right side being no column of dates?"""
    if not left or not right or _dated(_side_texts(rows, list(right), cut, right=True)):
        return False
    sizes = sorted(g.size for k in left | right for g in rows[k])
    body = sizes[len(sizes) // 2]
    return (_headings(rows, left, lambda g: g.x1 <= cut, body) >= _GRID_HEADINGS
            and _headings(rows, right, lambda g: g.x0 >= cut, body) >= _GRID_HEADINGS)


def _headings(rows: dict[int, list[Glyph]], keys: set[int], side: Callable[[Glyph], bool], body: float) -> int:
    """How many of the rows hold, on one side, a heading: capitals, or type larger than the body's."""
    count = 0
    for k in keys:
        glyphs = [g for g in rows[k] if side(g)]
        letters = [g.text for g in glyphs if g.text.isalpha()]
        if len(letters) >= 3 and (all(t.isupper() for t in letters) or
                                  min(g.size for g in glyphs) >= _HEADING_SIZE * body):
            count += 1
    return count


def _aligned_edge(row_spans: dict[int, list[tuple[float, float]]], x: float) -> bool:
    """Do most rows with text right of ``x`` start it at ``x`` (a column set flush left there)?"""
    firsts = [next((x0 for x0, _ in spans if x0 >= x), None) for spans in row_spans.values()]
    starts = [s for s in firsts if s is not None]
    return bool(starts) and sum(s - x <= _EDGE_SLACK for s in starts) >= _EDGE_SHARE * len(starts)


def _near(sorted_values: list[float], value: float) -> bool:
    i = bisect_left(sorted_values, value - SAME_BASELINE)
    return i < len(sorted_values) and sorted_values[i] <= value + SAME_BASELINE


def _side_texts(rows: dict[int, list[Glyph]], keys: list[int], cut: float, right: bool = False) -> list[str]:
    """The text left of the cut (``right``: right of it) on each of these rows."""
    texts = []
    for k in keys:
        out, prev = "", None
        for g in sorted((g for g in rows[k] if (g.x0 >= cut if right else g.x1 <= cut)), key=lambda g: g.x0):
            if prev is not None and g.x0 - prev.x1 > 0.15 * g.size:
                out += " "
            out, prev = out + g.text, g
        texts.append(out)
    return texts


def _dated(texts: list[str]) -> bool:
    """Do most of these left-hand rows read as dates (a caption column, not a sidebar)?"""
    return sum(bool(find_dates(t)) for t in texts) >= 0.5 * max(1, len(texts))


def _short(texts: list[str]) -> bool:
    """Are these rows labels (a few words each), not the lines of a column of prose?"""
    counts = sorted(len(_WORD.findall(t)) for t in texts)
    return bool(counts) and counts[len(counts) // 2] <= LABEL_WORDS


def _flush_right(row_spans: dict[int, list[tuple[float, float]]], left: set[int], cut: float) -> bool:
    """Do most of these left-hand rows end at one x, right-aligned towards the cut?"""
    # Specks (a rule's glyph, a stray space) are not text and align with nothing.
    ends = [max(x1 for x0, x1 in row_spans[k] if x1 <= cut) for k in left
            if sum(x1 - x0 for x0, x1 in row_spans[k] if x1 <= cut) > 6.0]
    if not ends:
        return False
    edge = max(ends)
    return sum(edge - e <= 3.0 for e in ends) >= 0.6 * len(ends)


def find_gutter(glyphs: list[Glyph], width: float) -> float | None:
    """A gutter inside a column of the page (the glyphs of that column)."""
    rows = _rows(glyphs)
    spans = {key: _row_spans(row) for key, row in rows.items()}
    if not spans:
        return None
    within = (min(x0 for row in spans.values() for x0, _ in row), max(x1 for row in spans.values() for _, x1 in row))
    return _gutter(rows, spans, width, within=within)


def _band_rows(keys: list[int], row_spans: dict[int, list[tuple[float, float]]], cut: float,
               display: set[int]) -> int:
    """How many rows from the top form a full-width band above the columns.

    The cut tolerates a few crossing rows; those at the top belong to the band
    until the narrow column (sidebar, label column) has begun: after that a
    crossing row is a stray one inside the columns. A row in display type (the
    name) does not begin a column even where it sits above the sidebar.
    """
    left_edge = min(x0 for spans in row_spans.values() for x0, _ in spans)
    right_edge = max(x1 for spans in row_spans.values() for _, x1 in spans)
    narrow_left = cut - left_edge < right_edge - cut
    band = 0
    for i, key in enumerate(keys[:int(_MAX_BAND * len(keys))]):
        spans = row_spans[key]
        if any(x0 < cut < x1 for x0, x1 in spans):
            band = i + 1
        elif key in display:
            continue
        elif all(x1 <= cut for _, x1 in spans) if narrow_left else all(x0 >= cut for x0, _ in spans):
            break
    return band


# A page's glyphs by row: (rows, their keys top to bottom, each row's spans of text).
ReadOrder = tuple[dict[int, list[Glyph]], list[int], dict[int, list[tuple[float, float]]]]


def _read_rows(glyphs: list[Glyph]) -> ReadOrder:
    """The glyphs by row, the row keys top to bottom, and each row's runs of text."""
    rows = _rows(glyphs)
    keys = sorted(rows)
    return rows, keys, {key: _row_spans(rows[key]) for key in keys}


def _band_and_gutter(glyphs: list[Glyph], width: float, read: ReadOrder) -> tuple[float, float] | None:
    """(bottom of the full-width top band, gutter x) with the smallest band that allows a cut;
    ``read``: the glyphs' rows as _read_rows gives them."""
    rows, keys, row_spans = read
    nbins = int(width / _BIN) + 1
    steps = [0] * (nbins + 1)
    _count_spans(steps, row_spans.values(), nbins)
    for skip in range(int(_MAX_BAND * len(keys)) + 1):
        if skip:  # only the rows below the band count: take the band's last row out
            _count_spans(steps, [row_spans[keys[skip - 1]]], nbins, sign=-1)
        below = {k: row_spans[k] for k in keys[skip:]}
        cut = _gutter(rows, below, width, steps)
        if cut is not None:
            sizes = sorted(g.size for g in glyphs)
            display = {k for k in keys if max(g.size for g in rows[k]) >= _DISPLAY * sizes[len(sizes) // 2]}
            skip = max(skip, _band_rows(keys, row_spans, cut, display))
            if skip == 0:
                return float("-inf"), cut
            return max(g.baseline for k in keys[:skip] for g in rows[k]), cut
    return None


def split_columns(glyphs: list[Glyph], width: float) -> list[Region]:
    """The page's glyphs as regions in reading order: a full-width top band, then columns left to right."""
    read = _read_rows(glyphs)  # once for both searches: most pages end with neither
    found = _band_and_gutter(glyphs, width, read)
    if found is None:
        return _side_by_side(glyphs, width, read=read) or [Region(glyphs)]
    band_bottom, cut = found
    band = [g for g in glyphs if g.baseline <= band_bottom]
    body = [g for g in glyphs if g.baseline > band_bottom]
    left = [g for g in body if (g.x0 + g.x1) / 2 < cut]
    right = [g for g in body if (g.x0 + g.x1) / 2 >= cut]
    columns = []
    for part in (left, right):
        sub = find_gutter(part, width) if len(part) > 200 else None
        halves = [part] if sub is None else [[g for g in part if (g.x0 + g.x1) / 2 < sub],
                                             [g for g in part if (g.x0 + g.x1) / 2 >= sub]]
        # A third column is a real one only with a fair share of the text; a few
        # scattered labels (a chart's, a right-aligned place) stay with their lines.
        if min(len(h) for h in halves) < _MIN_SUB_SHARE * len(part):
            halves = [part]
        columns.extend(halves)
    regions = [Region(band)] if band else []
    regions += [Region(c, i) for i, c in enumerate((c for c in columns if c), start=1)]
    return regions


def _cut_candidates(row_spans: dict[int, list[tuple[float, float]]]) -> list[float]:
    """Where boxes set side by side inside a one-column page may have their gutter: just left
    of a text edge that several rows start at after a wide gap (the right box's left edge;
    the left box's lines end ragged)."""
    found: defaultdict[int, int] = defaultdict(int)
    for spans in row_spans.values():
        for (_, end), (start, _) in zip(spans, spans[1:]):
            if start - end >= _CHANNEL:
                found[round((start - _CHANNEL / 2) / _BOX_CANDIDATE_BIN)] += 1
    return [k * _BOX_CANDIDATE_BIN for k, n in found.items() if n >= _BOX_MIN_SHARED_GAPS]


def _side_by_side(glyphs: list[Glyph], width: float, column: int = 1,
                  read: ReadOrder | None = None) -> list[Region] | None:
    """Regions of a one-column page that holds boxes side by side part-way down (two headed
    Word table cells, text frames): the full-width text above, each box top to bottom, then
    the full-width text below (where more boxes may follow). None where there are none.
    ``read``: the glyphs' rows, when the caller has them."""
    rows, keys, row_spans = read or _read_rows(glyphs)
    best = None  # (rows in the band, first index, end index, cut)
    for x in _cut_candidates(row_spans):
        start = None
        for i, k in enumerate(keys + [None]):
            clear = k is not None and not any(x0 < x < x1 for x0, x1 in row_spans[k])
            if clear and start is None:
                start = i
            elif not clear and start is not None:
                if best is None or i - start > best[0]:
                    best = (i - start, start, i, x)
                start = None
    if best is None or best[0] < _BOX_MIN_ROWS:
        return None
    _n, first, end, x = best
    # The band begins at its first row with text right of the gutter; rows below the right
    # box that hold text on the left only belong to it while they follow at the band's pitch
    # (the rest of a longer left box), not past a paragraph's gap (full-width text again).
    while first < end and all(x1 <= x for _, x1 in row_spans[keys[first]]):
        first += 1
    last_right = max((i for i in range(first, end) if any(x1 > x for _, x1 in row_spans[keys[i]])), default=first)
    pitch = _median_pitch(keys[first:last_right + 1])
    end = last_right + 1
    while end < len(keys) and end < best[2] and keys[end] - keys[end - 1] <= _BOX_PITCH_SLACK * pitch:
        end += 1
    if end - first < _BOX_MIN_ROWS:
        return None
    band = {k: row_spans[k] for k in keys[first:end]}
    cut = _gutter(rows, band, width)
    # Boxes with a heading each, not a title's dates set flush right beside it.
    if cut is None or not _headed(rows, {k for k in band if any(g.x1 <= cut for g in rows[k])},
                                  {k for k in band if any(g.x0 >= cut for g in rows[k])}, cut):
        return None
    top, bottom = keys[first], keys[end - 1]
    key_of = {b: round(b / 2) for b in {g.baseline for g in glyphs}}
    above = [g for g in glyphs if key_of[g.baseline] < top]
    inside = [g for g in glyphs if top <= key_of[g.baseline] <= bottom]
    below = [g for g in glyphs if key_of[g.baseline] > bottom]
    regions = [Region(above)] if above else []
    regions += [Region([g for g in inside if (g.x0 + g.x1) / 2 < cut], column),
                Region([g for g in inside if (g.x0 + g.x1) / 2 >= cut], column + 1)]
    if below:
        regions += _side_by_side(below, width, column + 2) or [Region(below)]
    return regions


def _median_pitch(keys: list[int]) -> float:
    """The usual step between consecutive row keys (rows of 2 pt)."""
    steps = sorted(b - a for a, b in zip(keys, keys[1:]))
    return float(steps[len(steps) // 2]) if steps else 0.0


def page_lines(glyphs: list[Glyph], width: float, page: int) -> list[Line]:
    """The page's lines in reading order, each tagged with its column: what every engine returns."""
    return [ln for region in split_columns(glyphs, width) for ln in build_lines(region.glyphs, page, region.column)]
