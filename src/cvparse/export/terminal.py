"""The record for a reader at a terminal: a panel for the person, then each section kind.

A wide terminal shows a section as a table, one column per field. Narrow (80 columns)
or piped, a table's columns would squeeze long text into a few characters each, so a
section is a list of blocks instead: the entry's lead (its dates) and a line of its
fields ("position — organisation, location"), its highlights on their own lines under it.
Both are drawn from the same ``TABLES`` row of the kind.

Everything from the CV goes in as plain ``Text``, never as rich markup, so a
"[bold]" printed in a CV is shown as it is. Without a terminal (a pipe, a file)
rich leaves out colours and styles and the same layout is plain text.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Protocol, Sequence, Union

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import CV, Language

# Width of the text written to a file (a terminal uses its own).
FILE_WIDTH = 100
# Up to this many columns (and whenever the output is not a terminal) sections are blocks, not tables.
BLOCK_WIDTH = 100
# A block's lead (its dates, year, category) takes at most a quarter of the width, and no less than
# LEAD_WIDTH columns (a date range, "September 2014 – April"); a longer lead wraps.
LEAD_WIDTH = 24
LEAD_SHARE = 0.25
BULLET = "• "


@dataclass(frozen=True)
class WithLines:
    """A value with bullet lines under it (highlights, notes): in a table they share its cell,
    in a block they go on lines of their own."""

    head: str | None
    lines: list[str]


# What a column reads from an entry: plain text, a value with lines under it, or nothing.
Cell = Union[str, WithLines, None]


class Dated(Protocol):
    """An entry with a date range (experience, education, projects, volunteering)."""

    dates_text: str | None
    start: str | None
    end: str | None
    current: bool


def _dates(entry: Dated) -> str:
    if entry.dates_text:
        return entry.dates_text
    end = "now" if entry.current else (entry.end or "")
    return f"{entry.start or ''} – {end}" if entry.start or end else ""


def _with_lines(head: str | None, lines: Iterable[str]) -> WithLines:
    """A cell's main value with its bullet lines (highlights, notes) under it."""
    return WithLines(head, list(lines))


def _joined(items: list[str]) -> str:
    return ", ".join(items)


def _level(language: Language) -> str:
    """The level as printed, and its CEFR level beside it unless the printed words already say it."""
    fluency, cefr = language.fluency or "", language.cefr or ""
    if not cefr or cefr.lower() in fluency.lower():
        return fluency
    return f"{fluency} ({cefr})" if fluency else cefr


# A column: its heading, how to read the cell from an entry (each kind's row reads its own entry
# model, hence Any), its share of the width left by the columns of short values (share 0: as
# wide as its values). The first column leads a block (dates, year, category).
Column = tuple[str, Callable[[Any], Cell], int]

# One table per kind.
TABLES: dict[str, list[Column]] = {
    "experience": [("Dates", _dates, 0), ("Position", lambda e: _with_lines(e.position, e.highlights), 5),
                   ("Organization", lambda e: e.organization, 3), ("Location", lambda e: e.location, 3)],
    "education": [("Dates", _dates, 0),
                  ("Degree", lambda e: _with_lines(" — ".join(x for x in (e.degree, e.field) if x),
                                                   ([f"Thesis: {e.thesis}"] if e.thesis else []) + e.highlights), 5),
                  ("Institution", lambda e: e.institution, 3), ("Location", lambda e: e.location, 3)],
    "awards": [("Date", lambda e: "–".join(x for x in (e.date, e.end) if x), 0), ("Title", lambda e: e.title, 5),
               ("Details", lambda e: e.details, 4)],
    "publications": [("Year", lambda e: e.year, 0), ("Title", lambda e: _with_lines(e.title, e.notes), 5),
                     ("Venue", lambda e: e.venue, 3), ("Authors", lambda e: _joined(e.authors), 3),
                     ("Status", lambda e: " ".join(x for x in (e.kind, e.status) if x), 0)],
    "talks": [("Date", lambda e: e.date, 0), ("Title", lambda e: e.title, 6), ("Kind", lambda e: e.kind, 0)],
    "teaching": [("Terms", lambda e: e.terms, 0),
                 ("Course", lambda e: " ".join(x for x in (e.course, e.code and f"({e.code})") if x), 4),
                 ("Role", lambda e: e.role, 2), ("Institution", lambda e: e.institution, 3)],
    "service": [("Category", lambda e: e.category, 1), ("Items", lambda e: _joined(e.items), 4)],
    "skills": [("Category", lambda e: e.category, 1), ("Keywords", lambda e: _joined(e.keywords), 4)],
    "languages": [("Language", lambda e: e.language, 0), ("Level", _level, 1)],
    "interests": [("Category", lambda e: e.category, 1), ("Interest", lambda e: e.text, 4)],
    "projects": [("Dates", _dates, 0), ("Project", lambda e: _with_lines(e.name, e.highlights), 5),
                 ("Tools", lambda e: _joined(e.keywords), 3), ("Link", lambda e: e.url, 2)],
    "certifications": [("Date", lambda e: e.date, 0), ("Certification", lambda e: e.name, 5),
                       ("Issuer", lambda e: e.issuer, 3)],
    "volunteering": [("Dates", _dates, 0), ("Role", lambda e: _with_lines(e.position, e.highlights), 5),
                     ("Organization", lambda e: e.organization, 3), ("Location", lambda e: e.location, 3)],
    "references": [("Name", lambda e: e.name, 2), ("Post", lambda e: _joined([x for x in (e.position, e.organization) if x]), 3),
                   ("Contact", lambda e: _joined([x for x in (e.email, e.phone, e.details) if x]), 3)],
    "other": [("Section", lambda e: e.section, 1), ("Text", lambda e: "\n".join(e.lines), 4)],
}


def _cell(value: Cell) -> Text:
    """A table cell: the value, and its lines under it dimmed."""
    if not isinstance(value, WithLines):
        return Text(value or "")
    text = Text(value.head or "", style="bold")
    for line in value.lines:
        text.append(("\n" if text else "") + BULLET + line, style="dim")
    return text


# A line under an entry in a block: its mark ("• " or none) and its text.
Under = tuple[str, Text]


def _head_and_lines(value: Cell) -> tuple[str, list[Under]]:
    """A block's view of a cell: the text for the entry's first line, and the lines under it."""
    if isinstance(value, WithLines):
        return value.head or "", [(BULLET, Text(line, style="dim")) for line in value.lines]
    first, *rest = (value or "").split("\n")  # a cell of several lines (other's text) goes on under its first
    return first, [("", Text(line)) for line in rest]


def _under(lines: list[Under]) -> Padding:
    """The lines under an entry, indented; a line that wraps goes on under its text, not its bullet."""
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for mark, text in lines:
        grid.add_row(mark, text)
    return Padding(grid, (0, 0, 0, 2))


def person_panel(cv: CV) -> Panel:
    b = cv.basics
    lines = Text(b.name or "(no name found)", style="bold")
    for label, value in (("", b.headline), ("email", ", ".join(b.emails)), ("phone", ", ".join(b.phones)),
                         ("web", ", ".join(b.urls)), ("location", b.location),
                         ("profiles", ", ".join(f"{p.network}: {p.username or p.url}" for p in b.profiles))):
        if value:
            lines.append("\n")
            if label:
                lines.append(f"{label}: ", style="dim")
            lines.append(value)
    return Panel(lines, title="Person", title_align="left", box=box.ROUNDED)


def _title(kind: str, entries: Sequence[Any]) -> str:
    return f"{kind.capitalize()} ({len(entries)})"


def section_table(kind: str, entries: Sequence[Any]) -> Table:
    """A section as a table: one column per field of its kind, one row per entry."""
    table = Table(title=_title(kind, entries), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    for heading, _, share in TABLES[kind]:
        table.add_column(heading, overflow="fold", ratio=share or None, no_wrap=not share)
    for entry in entries:
        table.add_row(*(_cell(read(entry)) for _, read, _ in TABLES[kind]))
    return table


def section_blocks(kind: str, entries: Sequence[Any], width: int = FILE_WIDTH) -> Group:
    """A section as blocks: each entry's lead beside a line of its fields, the lines under them indented."""
    grid = Table.grid(padding=(0, 2, 0, 0))
    grid.add_column(max_width=max(LEAD_WIDTH, int(width * LEAD_SHARE)), overflow="fold")
    grid.add_column(ratio=1, overflow="fold")
    for entry in entries:
        grid.add_row(*_block_row(TABLES[kind], entry))
    return Group(Text(_title(kind, entries), style="bold"), grid)


def _block_row(columns: list[Column], entry: Any) -> tuple[Text, RenderableType]:
    (lead, lead_lines), *fields = [_head_and_lines(read(entry)) for _, read, _ in columns]
    heads = [head for head, _ in fields if head]
    line = Text(heads[0] if heads else "", style="bold")
    if heads[1:]:
        line.append(" — " + ", ".join(heads[1:]))
    under = lead_lines + [text for _, lines in fields for text in lines]
    return Text(lead), Group(line, _under(under)) if under else line


def renderables(cv: CV, blocks: bool = False, width: int = FILE_WIDTH) -> list[RenderableType]:
    """What is printed, in order; ``blocks``: sections as blocks rather than tables (see the module)."""
    def section(kind: str, entries: Sequence[Any]) -> RenderableType:
        return section_blocks(kind, entries, width) if blocks else section_table(kind, entries)

    parts: list[RenderableType] = [person_panel(cv)]
    if cv.summary:
        parts.append(Panel(Text(cv.summary), title="Summary", title_align="left", box=box.ROUNDED))
    if cv.sections:
        sections = Table(title="Sections", title_justify="left", box=box.SIMPLE_HEAD)
        for heading in ("Heading", "Kind", "Page"):
            sections.add_column(heading)
        for s in cv.sections:
            sections.add_row(Text(s.heading), s.kind, str(s.page or ""))
        parts.append(sections)
    parts += [section(kind, getattr(cv, kind)) for kind in TABLES if getattr(cv, kind)]
    if cv.hidden_text:
        hidden = Table(title="Hidden text (a reader cannot see it; kept out of the record)", title_justify="left",
                       title_style="bold red", box=box.SIMPLE_HEAD)
        for heading in ("Page", "Why", "Text"):
            hidden.add_column(heading)
        for h in cv.hidden_text:
            hidden.add_row(str(h.page), h.why, Text(h.text))
        parts.append(hidden)
    if cv.warnings:
        warnings = Text("Warnings", style="bold yellow")
        for w in cv.warnings:
            warnings.append("\n- " + w, style="yellow")
        parts.append(warnings)
    return parts


def print_record(cv: CV, console: Console | None = None) -> None:
    """Print the record to a console (standard output by default): tables on a wide terminal, else blocks."""
    console = console or Console(highlight=False, emoji=False)
    blocks = not console.is_terminal or console.width <= BLOCK_WIDTH
    console.print(Group(*renderables(cv, blocks, console.width)))


def record_text(cv: CV, width: int = FILE_WIDTH) -> str:
    """The same layout as plain text (no colour codes), for a file."""
    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system=None, force_terminal=False, highlight=False,
                      emoji=False)
    print_record(cv, console)
    return buf.getvalue()
