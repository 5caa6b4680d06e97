"""How sure the parser is of each entry: the probability that the entry is right, from a model
fitted on documents whose truth is known (``python -m cvparse.train confidence``) and checked
for calibration on folds it never saw. An entry is right when it matches an entry of the truth
and at least ``cvparse.evaluate.RIGHT_SHARE`` of its units are right.

The features are read off the typed record alone, so the stage runs after every field parser:
which list the entry is in, how much of it was filled, whether its dates were read, whether its
section's heading names that list, and where it sits among its section's entries.
"""
from __future__ import annotations

import math
from collections import Counter

from ..model import CV, ENTRY_LISTS, Entry
from ..models import load
from ..segment.headings import heading_kind

# The lists the shipped model was fitted on, one feature each; an entry of a list added since
# (projects, certifications...) has none of them set and is rated on its other features.
LISTS = ("experience", "education", "awards", "publications", "talks", "teaching", "service",
         "skills", "languages", "interests")
_PLURAL = ("highlights", "keywords", "items", "authors", "advisors", "notes")
_DATES = ("start", "end", "date", "year")
_NOT_CONTENT = {"section", "provenance", "confidence", "current", "dates_text"}

FEATURES = tuple(f"list_{name}" for name in LISTS) + (
    "filled",           # share of the entry's text fields that hold a value
    "dated",            # a start, end, date or year was read
    "dates_unread",     # dates were printed (dates_text) but no start was read from them
    "words",            # log(1 + words in the entry's text fields)
    "parts",            # log(1 + items of its lists: highlights, keywords, authors...)
    "heading_names_it",  # the section's heading names this very list
    "heading_named",    # the section's heading names some kind at all
    "section_entries",  # log(1 + entries of the list under the same heading)
    "position",         # index among them / their count
    "has_box",          # the entry kept where it was read
)


def entries(cv: CV) -> list[tuple[str, int, Entry]]:
    """(list name, index, entry) of every typed entry, in record order."""
    return [(name, i, e) for name in ENTRY_LISTS for i, e in enumerate(getattr(cv, name))]


def entry_rows(cv: CV) -> list[list[float]]:
    """One feature row per entry of :func:`entries`, in the same order."""
    found = entries(cv)
    per_section = Counter((name, e.section) for name, _i, e in found)
    seen: Counter = Counter()
    kinds = {e.section: heading_kind(e.section) if e.section else None for _n, _i, e in found}
    rows = []
    for name, _i, entry in found:
        values = entry.model_dump(exclude=_NOT_CONTENT)
        texts = [v for v in values.values() if v is None or isinstance(v, str)]  # lists are never None
        filled = [v for v in texts if v]
        parts = sum(len(values.get(k) or []) for k in _PLURAL)
        words = sum(len(str(v).split()) for v in filled) + sum(len(str(p).split()) for k in _PLURAL
                                                                for p in values.get(k) or [])
        named = kinds[entry.section]
        key = (name, entry.section)
        index = seen[key]
        seen[key] += 1
        dated = any(values.get(k) for k in _DATES)
        rows.append([float(name == n) for n in LISTS] + [
            len(filled) / max(1, len(texts)), float(dated),
            float(bool(getattr(entry, "dates_text", None)) and not values.get("start")),
            math.log1p(words), math.log1p(parts), float(named == name), float(named is not None),
            math.log1p(per_section[key]), index / per_section[key], float("entry" in entry.provenance)])
    return rows


def rate_entries(cv: CV) -> None:
    """Set every entry's ``confidence``: the shipped model's probability that it is right."""
    model = load("confidence")
    if model is None:
        return
    for (_name, _i, entry), row in zip(entries(cv), entry_rows(cv)):
        entry.confidence = round(model.probability(row), 3)
