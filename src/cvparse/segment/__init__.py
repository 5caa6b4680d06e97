"""Segmentation stage: Layout -> header lines + sections of entry blocks."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache
from dataclasses import dataclass, field

from ..layout import Layout, Line
from ..lexicon import load
from .entries import BLOCK_KINDS, Block, split_blocks
from .tables import entry_tables, is_heading_row, table_blocks
from ..text import EMAIL, PHONE_SHAPE, fold
from .headings import find_headings, heading_kind
from .side_headings import lift_side_headings
from .wrapped_headings import join_wrapped_headings


@dataclass
class Section:
    heading: str
    kind: str
    page: int | None
    heading_line: Line | None
    lines: list[Line] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Document:
    header: list[Line]
    sections: list[Section]
    layout: Layout
    furniture: list[Line] = field(default_factory=list)  # first copies of running headers/footers


def _running_key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.lower())


def drop_running_lines(layout: Layout) -> list[Line]:
    """Remove page furniture: lines repeated at the top or bottom of pages, page numbers.
    Returns the first copy of each repeated line (a footer may hold the contact details).

    At the very edge, the same text on two pages is enough. A taller footer or
    header (a moderncv address block, a letterhead) reaches further in, so there
    the text must also stand at the same height on each page, as furniture does
    and body text practically never does.
    """
    if not layout.pages:
        return []
    # Each line's place on its page is read once (a line's top and bottom are computed from its words).
    placed_lines = [[(ln, *_edges(ln, page.height)) for ln in page.lines] for page in layout.pages]
    at_edge: Counter[str] = Counter()
    in_band: Counter[tuple[str, int]] = Counter()
    for lines in placed_lines:
        at_edge.update({_running_key(ln) for ln, edge, _ in lines if edge})
        in_band.update({_placed_key(ln) for ln, _, band in lines if band})
    several = len(layout.pages) >= 2
    repeated = {k for k, n in at_edge.items() if n >= 2 and several}
    placed = {k for k, n in in_band.items() if n >= 2 and several}
    first: dict[str, Line] = {}
    for page, lines in zip(layout.pages, placed_lines):
        kept = []
        for ln, edge, band in lines:
            if edge and _is_page_number(ln.text):
                continue
            if (edge and _running_key(ln) in repeated) or (band and _placed_key(ln) in placed):
                first.setdefault(_running_key(ln), ln)
                continue
            kept.append(ln)
        page.lines = kept
    return list(first.values())


_EDGE, _BAND = 0.07, 0.15  # shares of the page height: the margin proper, and a tall header/footer


def _placed_key(line: Line) -> tuple[str, int]:
    return _running_key(line), round(line.top / 2)


def _edges(line: Line, height: float) -> tuple[bool, bool]:
    """Is the line in the page's margin proper, and in the band of a tall header or footer?"""
    if height <= 0:
        return False, False
    top, bottom = line.top, line.bottom
    return ((bottom < _EDGE * height or top > (1 - _EDGE) * height),
            (bottom < _BAND * height or top > (1 - _BAND) * height))


def _is_page_number(text: str) -> bool:
    return bool(re.fullmatch(r"[-–\s]*(page|seite|página|pagina)?\s*\d+\s*((of|/|von|de|sur)\s*\d+)?[-–\s]*", text.strip(), re.I))


def _column_margin(lines: list[Line], layout: Layout) -> float:
    """The right edge of the text column the lines sit in.

    A short list (skills in four lines) never reaches the margin itself, so a
    wrapped line could not be told from a new item by its own lines alone.
    """
    if not lines:
        return 0.0
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    pages, columns = {ln.page for ln in lines}, {ln.column for ln in lines}
    return max([right] + [ln.x1 for p in layout.pages if p.number in pages for ln in p.lines
                          if ln.column in columns and left - 2 <= ln.x0 < right])


def _blocks(lines: list[Line], kind: str, margin: float = 0.0) -> list[Block]:
    """The section's entries; below a row of column headings, one entry per table row; a
    small table inside an entry gives that entry its (label, value) pairs."""
    if kind in BLOCK_KINDS:
        lines, tables = entry_tables(lines)
        if tables:
            blocks = _blocks(lines, kind, margin)
            for block in blocks:
                for line in list(block.lines):
                    if id(line) in tables:
                        rows, pairs = tables[id(line)]
                        block.lines += rows
                        block.cells += pairs
            return blocks
    at = next((i for i, ln in enumerate(lines) if kind in BLOCK_KINDS and is_heading_row(ln)), None)
    if at is None:
        return split_blocks(lines, kind, margin)
    before = split_blocks(lines[:at], kind, margin) if at else []
    return before + table_blocks(lines[at], lines[at + 1:])


def _continued(sections: list[Section], column: int) -> Section:
    """The section a column's text at the top of a new page continues: the last one in that column."""
    for section in reversed(sections):
        if section.heading_line is not None and section.heading_line.column == column:
            return section
    return sections[-1]


@cache
def _job_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, load("roles")["position"])) + r")\b")


def _names_a_job(text: str) -> bool:
    """Does the text name a job ("Software Engineer": a headline, though "software" heads skills)?"""
    return bool(_job_words().search(fold(text)))


def _headline_into_header(header: list[Line], sections: list[Section]) -> None:
    """A first 'section' whose heading names no section and which holds contact details is the
    headline under the name ("Research Scientist" above the e-mail line), not a section."""
    if header and sections and (heading_kind(sections[0].heading) is None or _names_a_job(sections[0].heading)) and \
            any(EMAIL.search(ln.text) or PHONE_SHAPE.search(ln.text) for ln in sections[0].lines[:4]):
        first = sections.pop(0)
        header.extend([first.heading_line, *first.lines] if first.heading_line else first.lines)


def segment(layout: Layout) -> Document:
    furniture = drop_running_lines(layout)
    lift_side_headings(layout)
    join_wrapped_headings(layout)
    headings = find_headings(layout)
    header: list[Line] = []
    sections: list[Section] = []
    # The section each column of the page is in: a column's text flows on
    # under its own headings, never under the last heading of the column before.
    current: dict[int, Section] = {}
    page = 0
    for line in layout.lines:
        if line.page != page:
            page, last = line.page, sections[-1] if sections else None
            current = {0: last} if last else {}
        heading = headings.get(id(line))
        if heading:
            sections.append(Section(heading[0], heading[1], line.page, line))
            current[line.column] = sections[-1]
        elif line.column in current:
            current[line.column].lines.append(line)
        elif line.page == 1 or not sections:
            # Name, photo caption, contact details above a column's first heading.
            header.append(line)
        else:
            current[line.column] = _continued(sections, line.column)
            current[line.column].lines.append(line)
    _headline_into_header(header, sections)
    for section in sections:
        section.blocks = _blocks(section.lines, section.kind, _column_margin(section.lines, layout))
    return Document(header=header, sections=sections, layout=layout, furniture=furniture)
