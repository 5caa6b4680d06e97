"""The (label, value) pairs of a small table inside an entry, put into the entry's fields."""
from __future__ import annotations

from ..dates import first_range
from ..model import Education, Experience
from ..segment.tables import column_kind
from .common import tidy

# Which field of an entry a column's kind fills (the first that the entry has).
_FIELD_OF = {"organization": ("organization", "institution"), "institution": ("institution", "organization"),
             "location": ("location",), "position": ("position",), "degree": ("degree",)}


def apply_cells(entry: Experience | Education, cells: list[tuple[str, str]]) -> None:
    """Fill the entry's empty fields from the pairs whose label names a column kind; the
    dates from a dates column (or any value that reads as dates); the rest are highlights
    ("Grade: First Class")."""
    for label, value in cells:
        kind = column_kind(label)
        dates = first_range(value) if kind in ("dates", None) else None
        if dates and entry.dates_text is None:
            entry.start, entry.end, entry.current = dates.start, dates.end, dates.current
            if isinstance(entry, Education) and not dates.is_range:
                entry.start, entry.end = None, dates.start  # one date on a degree is when it was earned
            entry.dates_text = dates.text
            continue
        name = next((f for f in _FIELD_OF.get(kind or "", ()) if hasattr(entry, f)), None)
        if name is not None and getattr(entry, name) in (None, ""):
            setattr(entry, name, tidy(value))
        elif not dates:
            entry.highlights.append(f"{label.strip().capitalize()}: {value}")
