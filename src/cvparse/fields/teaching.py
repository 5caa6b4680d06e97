"""Teaching: role, course, code, details, institution, terms."""
from __future__ import annotations

import re

from ..model import Teaching
from ..segment.entries import Block, strip_bullet
from ..text import Span
from .common import cell_label, set_provenance, split_top_level, tidy, trailing_paren, vocab_hits
from ..dates import find_dates

_TERMS_AT_END = re.compile(
    r"(?<=[)\s])(?:[A-Z][a-z]+\s+)?(?:term|semester|quarter|trimester|fall|spring|summer|winter|autumn|"
    r"semestre|wintersemester|sommersemester|ws|ss)\b[^()]*$|(?<=\))\s*[^()]*\b(?:19|20)\d\d[^()]*$", re.I)
_CODE = re.compile(r"^[A-Z]{1,6}[- ]?\d{1,4}[A-Z]?$")


def _from_label_line(block: Block, section: str) -> Teaching | None:
    """'2022–2023 | Tutor, Course (MSc), University' with the terms in a label column."""
    terms, text = cell_label(block)
    if not terms or not find_dates(terms):
        return None
    parts = split_top_level(text, ",")
    role = parts.pop(0) if len(parts) >= 2 and vocab_hits("position", parts[0]) else block.context
    if not parts:
        return None
    course, details = trailing_paren(parts[0])
    entry = Teaching(role=tidy(role), course=tidy(course), details=tidy(details),
                     institution=tidy(", ".join(parts[1:])) if parts[1:] else None, terms=tidy(terms),
                     section=section)
    set_provenance(entry, block.span())
    return entry


def parse_teaching(block: Block, section: str) -> Teaching:
    if block.lines and block.lines[0].label:
        labelled = _from_label_line(block, section)
        if labelled is not None:
            return labelled
    cells = [Span.of_words(strip_bullet(c)).clean for ln in block.lines for c in ln.cells()]
    first = block.lines[0].cells()
    course_text = cells[0]
    right = cells[1:len(first)]
    rest = cells[len(first):]
    terms = next((c for c in right if find_dates(c) or re.search(r"term|semester|fall|spring|winter|summer", c, re.I)), None)
    if terms is None and not right:
        # Terms printed at the end of the course line, too close to split as a cell.
        m = _TERMS_AT_END.search(course_text)
        if m:
            terms, course_text = m.group(0).strip(), course_text[:m.start()].strip()
    if terms is None:
        terms = next((c for c in rest if find_dates(c)), None)
    others = [c for c in right + rest if c != terms]
    course, inner = trailing_paren(course_text)
    code = details = None
    if inner:
        parts = split_top_level(inner, ",")
        if parts and _CODE.match(parts[0]):
            code, parts = parts[0], parts[1:]
        details = ", ".join(parts) or None
    entry = Teaching(role=block.context, course=tidy(course), code=code, details=tidy(details),
                     institution=tidy(", ".join(others)) if others else None, terms=tidy(terms),
                     section=section)
    set_provenance(entry, block.span())
    return entry
