"""Teaching: role, course, code, details, institution, terms."""
from __future__ import annotations

import re

from ..model import Teaching
from ..segment.entries import Block, strip_bullet
from ..text import Span
from .common import set_provenance, split_top_level, tidy, trailing_paren
from ..dates import find_dates

_TERMS_AT_END = re.compile(
    r"(?<=[)\s])(?:[A-Z][a-z]+\s+)?(?:term|semester|quarter|trimester|fall|spring|summer|winter|autumn|"
    r"semestre|wintersemester|sommersemester|ws|ss)\b[^()]*$|(?<=\))\s*[^()]*\b(?:19|20)\d\d[^()]*$", re.I)
_CODE = re.compile(r"^[A-Z]{1,6}[- ]?\d{1,4}[A-Z]?$")


def parse_teaching(block: Block, section: str) -> Teaching:
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
    set_provenance(entry, block.span(), ("course", "institution", "terms"))
    return entry
