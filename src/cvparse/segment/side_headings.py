"""Side headings: a section's name set in the label column, beside its first entry.

Word CVs built on a two-column table put "ACADEMIC EXPERIENCE" in the left cell,
wrapped over two rows, level with the first entry's title and place. Extraction
reads each row as one line whose first cell is the label; here a run of such
label cells that reads as a section name (its words name a section kind) and is
set off as headings are (bold or capitals) becomes a line of its own above the
rows, which keep the rest of their words. Dates, ordinary labels (Europass's
"Occupation or position held", set in plain type) and columns of labels row
after row stay where they are.
"""
from __future__ import annotations

from ..dates import find_dates
from ..layout import Layout, Line, Word
from .headings import heading_kind, open_join, shows_capitals, spans_join

MAX_HEADING_ROWS = 3  # a side heading wraps over at most this many rows of its cell
_PROMINENT_SHARE = 0.5  # of the label's characters in bold for it to be set off as a heading
SIDE_HEADING_SHARE = 0.5  # of the label column's rows that must be side headings for any to be
WRAP_GAP = 1.0  # font sizes of white between two rows of one wrapped heading (leading, not a break)


def _label_words(line: Line) -> list[Word]:
    return line.words[:line.gaps[0]] if line.label and line.gaps else []


def _set_off(words: list[Word]) -> bool:
    letters = sum(c.isalpha() for w in words for c in w.text)
    bold = sum(len(w.text) for w in words if w.bold)
    return shows_capitals(words) or (letters >= 3 and bold >= _PROMINENT_SHARE * sum(len(w.text) for w in words))


def _heading_rows(lines: list[Line], i: int) -> tuple[int, list[Word]]:
    """How many rows from ``lines[i]`` hold a side heading in their label cells (0: none),
    and the heading's words.

    The rows run on while the heading is unfinished: no section named yet ("Academic" /
    "Experience", "Other" / "Professional"), a joining word at the break ("Awards and" /
    "Honours"), or one phrase across it ("Technical" / "Skills"). A wrapped row may stand
    alone in the label column (printed a little off its neighbours' baseline). The row after
    the heading has no label of its own: a column of labels row after row heads nothing.
    """
    if not _label_words(lines[i]):
        return 0, []
    edge = lines[i].words[lines[i].gaps[0]].x0  # where the rows' own text starts
    words: list[Word] = []
    rows = 0
    while rows < MAX_HEADING_ROWS and i + rows < len(lines):
        line = lines[i + rows]
        own_cell = _label_words(line)
        label = own_cell or (_alone(line, edge) if rows else [])
        if not label or line.column != lines[i].column or (words and not _wraps(words, label)):
            break
        part = " ".join(w.text for w in label)
        if find_dates(part) or not _set_off(label):
            break
        if words:
            done = " ".join(w.text for w in words)
            # A row printed alone under a named heading goes on with it when the whole still
            # names that kind ("Teaching" / "Experience"); a label beside rows of its own is
            # the next heading ("Skills" / "Languages").
            goes_on = not own_cell and heading_kind(f"{done} {part}") == heading_kind(done)
            if heading_kind(done) not in (None, "other") and not (
                    goes_on or open_join(done) or open_join(part, at_start=True) or spans_join(done, part)):
                break
        words += label
        rows += 1
    text = " ".join(w.text for w in words)
    if not rows or not heading_kind(text) or open_join(text) or (
            i + rows < len(lines) and _label_words(lines[i + rows])):
        return 0, []
    return rows, words


def _wraps(above: list[Word], below: list[Word]) -> bool:
    """Is ``below`` the next row of the same heading: its type, within a line's pitch?"""
    return (above[-1].style == below[0].style
            and below[0].top - above[-1].bottom <= WRAP_GAP * below[0].size)


def _alone(line: Line, edge: float) -> list[Word]:
    """A line whose words all stand left of the rows' text: a wrapped label row printed apart."""
    return line.words if line.x1 < edge else []


def _rest(line: Line) -> Line | None:
    """The line without its label cell, or None where the label was all of it."""
    if not line.label or not line.gaps or line.gaps[0] >= len(line.words):
        return None
    cut = line.gaps[0]
    return Line(words=line.words[cut:], page=line.page, gaps=[g - cut for g in line.gaps[1:]], column=line.column)


def lift_side_headings(layout: Layout) -> None:
    """Give each side heading a line of its own, above the rows it was printed beside.

    Only where the label column is a column of headings: where most of its labels head
    nothing (Europass's "Date of birth", a languages table's "Mandarin"), one that reads
    like a section name is a label too.
    """
    plans = [_plan(page.lines) for page in layout.pages]
    labels = sum(line.label for page in layout.pages for line in page.lines)
    lifted = sum(rows for plan in plans for rows, _words in plan.values())
    if not lifted or lifted < SIDE_HEADING_SHARE * labels:
        return
    for page, plan in zip(layout.pages, plans):
        lines, out, i = page.lines, [], 0
        while i < len(lines):
            if i not in plan:
                out.append(lines[i])
                i += 1
                continue
            rows, words = plan[i]
            out.append(Line(words=words, page=page.number, column=lines[i].column))
            out += [rest for line in lines[i:i + rows] if (rest := _rest(line)) is not None]
            i += rows
        page.lines = out


def _plan(lines: list[Line]) -> dict[int, tuple[int, list[Word]]]:
    """Line index -> (rows, words) of the side heading that starts there."""
    plan, i = {}, 0
    while i < len(lines):
        rows, words = _heading_rows(lines, i)
        if rows:
            plan[i] = (rows, words)
        i += rows or 1
    return plan
