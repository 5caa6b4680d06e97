"""Flat tables from batch-store rows, for spreadsheets (CSV) and data frames (Parquet).

Two shapes, each a list of columns and an iterator of flat rows (column -> a
string, number, bool or None):

* ``documents``: one row per document: who (name, email, phone, location), the
  current or latest position and organisation, the latest degree and
  institution, years of experience, skills, and the store's status, error,
  files and sha256.
* an entry table (``experience``, ``education``, ``skills``, any list of
  entries of the record): one row per entry, keyed by the document's sha256 and
  files, with the entry's own fields (its provenance left out; a list field is
  joined by ``;``).

Years of experience: every experience entry with a start date is a span of
months from its start to its end; an entry marked current, or with a start and
no end, runs to the date the document was parsed; an end before the start
counts nothing. A ``YYYY-MM`` start counts from the first of that month and a
``YYYY-MM`` end to the last day of it; a year alone stands for its middle
(1 July) at either end, so "2018 – 2020" is two years. Overlapping spans (two
jobs at once) are merged before the months are added up; the sum is in years,
to one decimal.
"""
from __future__ import annotations

import re
import typing
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Union

if TYPE_CHECKING:  # pydantic loads with the record model, not at `cvparse --help`
    from pydantic import BaseModel

SEPARATOR = ";"  # between the items of a list in one cell
DOCUMENTS = "documents"
KEYS = ("sha256", "files")  # the columns that tie an entry row to its document
DOCUMENT_COLUMNS = {
    "name": "string", "email": "string", "phone": "string", "location": "string",
    "position": "string", "organization": "string", "degree": "string", "institution": "string",
    "years_experience": "float", "skills": "string",
    "status": "string", "error": "string", "files": "string", "sha256": "string",
}
LEFT_OUT = ("provenance",)  # boxes on the page: the review page's business, not a spreadsheet's


# A flat row: column -> a string, number, bool or None; a stored record is JSON (any shape).
Cell = Union[str, int, float, bool, None]
Row = dict[str, Any]
Stored = dict[str, Any]  # a row of the batch store: sha256, files, status, error, parsed_at, record


class TableError(ValueError):
    """An unknown table or column; the message lists the valid ones."""


@dataclass(frozen=True)
class Table:
    name: str
    columns: dict[str, str]  # column -> kind: string, float, int or bool (the Parquet types)
    rows: Iterator[Row]


def tables() -> list[str]:
    """The tables there are: documents, then the record's lists of entries."""
    return [DOCUMENTS, *_entry_models()]


def flatten(records: Iterable[Stored], table: str = DOCUMENTS, fields: list[str] | None = None) -> Table:
    """The store's rows (``Store.rows()``) as the flat table ``table``, with ``fields`` only when given."""
    if table == DOCUMENTS:
        columns, rows = dict(DOCUMENT_COLUMNS), (document_row(record) for record in records)
    else:
        models = _entry_models()
        if table not in models:
            raise TableError(f"unknown table {table!r} (choose from {', '.join(tables())})")
        columns = {"sha256": "string", "files": "string", **_model_columns(models[table])}
        rows = (row for record in records for row in entry_rows(record, table))
    if fields:
        unknown = [name for name in fields if name not in columns]
        if unknown:
            raise TableError(f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} "
                             f"for the {table} table (choose from {', '.join(columns)})")
        columns = {name: columns[name] for name in fields}
    # Exactly the columns, whatever a record from another parser version holds.
    return Table(table, columns, ({name: row.get(name) for name in columns} for row in rows))


def document_row(stored: Stored) -> Row:
    """One document's row (see the module's docstring)."""
    record = stored.get("record") or {}
    basics = record.get("basics") or {}
    job = current_or_latest(record.get("experience") or [])
    degree = latest(record.get("education") or [])
    error = stored.get("error")
    return {
        "name": basics.get("name"), "email": basics.get("email"), "phone": basics.get("phone"),
        "location": basics.get("location"),
        "position": job.get("position"), "organization": job.get("organization"),
        "degree": degree.get("degree"), "institution": degree.get("institution"),
        "years_experience": years_of_experience(record.get("experience") or [], _day(stored.get("parsed_at")))
        if record else None,
        "skills": _join(word for skill in record.get("skills") or [] for word in _skill_words(skill)),
        "status": stored.get("status"),
        "error": f"{error['type']}: {error['message']}" if error else None,
        "files": _join(stored.get("files") or []), "sha256": stored.get("sha256"),
    }


def entry_rows(stored: Stored, table: str) -> Iterator[Row]:
    """One row per entry of the record's list ``table``, keyed by the document's sha256 and files."""
    keys = {"sha256": stored.get("sha256"), "files": _join(stored.get("files") or [])}
    for entry in (stored.get("record") or {}).get(table) or []:
        row = dict(keys)
        for name, value in entry.items():
            if name not in LEFT_OUT:
                row[name] = _cell(value)
        yield row


def current_or_latest(entries: list[Row]) -> Row:
    """The current entry (the latest started of them if several), else the one that ended last; {} if none."""
    current = [e for e in entries if e.get("current")]
    if current:
        return max(current, key=lambda e: _order(e.get("start")), default={})
    return latest(entries)


def latest(entries: list[Row]) -> Row:
    """The entry that ends (or, undated at the end, starts) last; the first one printed on a tie or no dates."""
    best, best_key = {}, None
    for entry in entries:
        key = (1, 0) if entry.get("current") else (0, _order(entry.get("end") or entry.get("start")))
        if best_key is None or key > best_key:
            best, best_key = entry, key
    return best


def years_of_experience(entries: list[Row], today: date | None = None) -> float:
    """The experience entries' spans merged where they overlap, in years to one decimal."""
    today = today or date.today()
    now = today.year * 12 + today.month - 1 + today.day / 31
    spans = []
    for entry in entries:
        start = _month(entry.get("start"), 0)
        if start is None:
            continue
        end = _month(entry.get("end"), 1) if entry.get("end") else now
        if end is not None and end > start:
            spans.append((start, end))
    months, reach = 0.0, None
    for start, end in sorted(spans):
        if reach is not None and start < reach:
            start = reach
        if end > start:
            months += end - start
            reach = end
    return round(months / 12, 1)


_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?")


def _month(value: str | None, side: int) -> float | None:
    """A date as months since year 0: a month's start (side 0) or end (side 1); a year alone is its 1 July."""
    match = _DATE.match(value or "")
    if not match:
        return None
    year, month = int(match.group(1)), match.group(2)
    if month is None:
        return year * 12 + 6.0
    return year * 12 + int(month) - 1 + (1.0 if side == 1 else 0.0)


def _order(value: str | None) -> float:
    """A date's place for ordering entries (a month's start); an undated entry comes first."""
    month = _month(value, 0)
    return -1.0 if month is None else month


def _day(parsed_at: str | None) -> date | None:
    try:
        return date.fromisoformat((parsed_at or "")[:10])
    except ValueError:
        return None


def _skill_words(skill: Row) -> list[str]:
    return skill.get("keywords") or ([skill["category"]] if skill.get("category") else [])


def _join(items: Iterable[str]) -> str | None:
    text = SEPARATOR.join(str(item) for item in items if item not in (None, ""))
    return text or None


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return _join(_cell(item) if isinstance(item, (dict, list)) else item for item in value)
    if isinstance(value, dict):  # a small object (a profile): its values, in order
        return _join(str(v) for v in value.values() if v is not None)
    return value


def _entry_models() -> dict[str, type[BaseModel]]:
    """The record's lists of entries (experience, education, ...) and the model of their entries."""
    from pydantic import BaseModel

    from ..model import CV

    found = {}
    for name, info in CV.model_fields.items():
        if typing.get_origin(info.annotation) is list:
            (item,) = typing.get_args(info.annotation)
            if isinstance(item, type) and issubclass(item, BaseModel):
                found[name] = item
    return found


def _model_columns(model: type[BaseModel]) -> dict[str, str]:
    kinds: dict[object, str] = {bool: "bool", float: "float", int: "int"}
    columns = {}
    for name, info in model.model_fields.items():
        if name in LEFT_OUT:
            continue
        args = [a for a in typing.get_args(info.annotation) if a is not type(None)]
        plain = args[0] if typing.get_origin(info.annotation) is not list and len(args) == 1 else info.annotation
        columns[name] = kinds.get(plain, "string")  # a list is joined into a string
    return columns
