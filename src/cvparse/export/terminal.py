"""The record for a reader at a terminal: a panel for the person, a table per section kind.

Everything from the CV goes in as plain ``Text``, never as rich markup, so a
"[bold]" printed in a CV is shown as it is. Without a terminal (a pipe, a file)
rich leaves out colours and styles and the same layout is plain text.
"""
from __future__ import annotations

import io
from typing import Callable

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import CV

# Width of the text written to a file (a terminal uses its own).
FILE_WIDTH = 100


def _dates(entry) -> str:
    if entry.dates_text:
        return entry.dates_text
    end = "now" if entry.current else (entry.end or "")
    return f"{entry.start or ''} – {end}" if entry.start or end else ""


def _with_lines(head: str | None, lines: list[str]) -> Text:
    """A cell's main value with its bullet lines (highlights, notes) under it, dimmed."""
    text = Text(head or "", style="bold")
    for line in lines:
        text.append(("\n" if text else "") + "• " + line, style="dim")
    return text


def _joined(items: list[str]) -> str:
    return ", ".join(items)


# A column: its heading, how to read the cell from an entry, its share of the width left by
# the columns of short values (share 0: as wide as its values).
Column = tuple[str, Callable[[object], object], int]

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
    "languages": [("Language", lambda e: e.language, 0), ("Fluency", lambda e: e.fluency, 1)],
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


def _cell(value: object) -> Text:
    return value if isinstance(value, Text) else Text("" if value is None else str(value))


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


def section_table(kind: str, entries: list) -> Table:
    table = Table(title=f"{kind.capitalize()} ({len(entries)})", title_justify="left", box=box.SIMPLE_HEAD,
                  expand=True)
    for heading, _, share in TABLES[kind]:
        table.add_column(heading, overflow="fold", ratio=share or None, no_wrap=not share)
    for entry in entries:
        table.add_row(*(_cell(read(entry)) for _, read, _ in TABLES[kind]))
    return table


def renderables(cv: CV) -> list:
    parts: list = [person_panel(cv)]
    if cv.summary:
        parts.append(Panel(Text(cv.summary), title="Summary", title_align="left", box=box.ROUNDED))
    if cv.sections:
        sections = Table(title="Sections", title_justify="left", box=box.SIMPLE_HEAD)
        for heading in ("Heading", "Kind", "Page"):
            sections.add_column(heading)
        for s in cv.sections:
            sections.add_row(Text(s.heading), s.kind, str(s.page or ""))
        parts.append(sections)
    parts += [section_table(kind, getattr(cv, kind)) for kind in TABLES if getattr(cv, kind)]
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
    """Print the record to a console (standard output by default)."""
    (console or Console(highlight=False, emoji=False)).print(Group(*renderables(cv)))


def record_text(cv: CV, width: int = FILE_WIDTH) -> str:
    """The same layout as plain text (no colour codes), for a file."""
    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system=None, force_terminal=False, highlight=False,
                      emoji=False)
    print_record(cv, console)
    return buf.getvalue()
