"""The record as a JSON Resume document (https://jsonresume.org/schema, draft-07).

JSON Resume has no ``null``: a value the record lacks is left out. What it has
no place for (talks, teaching, service, other text, the ongoing flag, thesis,
advisors, authors) goes under keys of its own, which the schema allows.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from ..lexicon import load
from ..model import (CV, Basics, Education, Entry, Experience, Interest, Place, Project, Publication, Reference, Skill,
                     Volunteering)
from ..text import fold, label_value
from ..location import split_location, understood

# JSON Resume's "iso8601" definition: a year, a month or a day, nothing finer.
_PARTIAL_DATE = re.compile(r"^[12]\d{3}(?:-[01]\d(?:-[0-3]\d)?)?$")
_SCORE = re.compile(r"^\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?")
_RECORD_ONLY = {"provenance", "confidence", "section"}


def to_jsonresume(cv: CV) -> dict[str, Any]:
    resume = {
        "basics": _basics(cv.basics, cv.summary),
        "work": [_work(e) for e in cv.experience],
        "education": [_education(e) for e in cv.education],
        "awards": [_compact({"title": a.title, "date": _date(a.date), "summary": a.details,
                             "endDate": _date(a.end)}) for a in cv.awards],
        "publications": [_publication(p) for p in cv.publications],
        "skills": _skills(cv.skills),
        "languages": [_compact({"language": x.language, "fluency": x.fluency}) for x in cv.languages],
        "interests": [_interest(i) for i in cv.interests],
        "projects": [_project(p) for p in cv.projects],
        "certificates": [_compact({"name": c.name, "issuer": c.issuer, "date": _date(c.date), "url": c.url})
                         for c in cv.certifications],
        "volunteer": [_volunteer(v) for v in cv.volunteering],
        "references": [_reference(r) for r in cv.references],
        # Keys of our own for what JSON Resume has no list for.
        "talks": [_as_is(t) for t in cv.talks],
        "teaching": [_as_is(t) for t in cv.teaching],
        "service": [_as_is(s) for s in cv.service],
        "other": [_as_is(o, keep_section=True) for o in cv.other],
        "meta": _compact({"version": "v1.0.0", "generator": cv.source.parser or None,
                          "record": cv.schema_id, "source": _compact(cv.source.model_dump())}),
    }
    return _compact(resume)


def _basics(b: Basics, summary: str | None) -> dict[str, Any]:
    return _compact({
        "name": b.name,
        "label": b.headline,
        "email": b.email,
        "phone": b.phone,
        "url": b.url,
        "summary": summary,
        "location": _location(b.location, b.place),
        "profiles": [_compact(p.model_dump()) for p in b.profiles],
        # Beyond the first of each, which JSON Resume has one field for.
        "emails": b.emails if len(b.emails) > 1 else None,
        "phones": b.phones if len(b.phones) > 1 else None,
        "urls": b.urls if len(b.urls) > 1 else None,
    })


def _location(text: str | None, place: Place | None) -> dict[str, str] | None:
    if not text:
        return None
    place = place or split_location(text)
    if not understood(place):
        return {"address": text}
    return _compact({"address": place.street, "postalCode": place.postal_code,
                     "city": place.city, "region": place.region, "countryCode": place.country_code})


def _work(e: Experience) -> dict[str, Any]:
    return _compact({
        "name": e.organization, "position": e.position, "location": e.location,
        "startDate": _date(e.start),
        "endDate": None if e.current else _date(e.end),  # JSON Resume: an ongoing role has no end
        "current": e.current or None,
        "highlights": e.highlights,
    })


def _education(e: Education) -> dict[str, Any]:
    courses = [c for h in e.highlights for c in _labelled_items(h, "course_labels")]
    score = next((s for h in e.highlights for s in _labelled_score(h)), None)
    return _compact({
        "institution": e.institution, "area": e.field, "studyType": e.degree,
        "startDate": _date(e.start),
        "endDate": None if e.current else _date(e.end),
        "current": e.current or None,
        "score": score, "courses": courses, "location": e.location,
        "thesis": e.thesis, "advisors": e.advisors, "highlights": e.highlights,
    })


def _labelled_items(text: str, labels: str) -> list[str]:
    """'Major courses: A, B and C' -> [A, B, C] when the label is one of ``labels``."""
    label, value = label_value(text)
    if not label or fold(label) not in load("export")[labels]:
        return []
    items = re.split(r"\s*[,;]\s*", value.rstrip("."))
    return [i for i in items if i]


def _labelled_score(text: str) -> list[str]:
    label, value = label_value(text)
    if label and fold(label) in load("export")["score_labels"] and (m := _SCORE.match(value)):
        return [m.group(0)]
    return []


def _publication(p: Publication) -> dict[str, Any]:
    return _compact({
        "name": p.title, "publisher": p.venue, "releaseDate": _date(p.year),
        "authors": p.authors, "status": p.status, "type": p.kind, "notes": p.notes,
    })


def _skills(skills: Iterable[Skill]) -> list[dict[str, Any]]:
    """One JSON Resume skill per category; entries without one are grouped under their heading."""
    groups: dict[str, list[str]] = {}
    for s in skills:
        name = s.category or s.section or "Skills"
        keywords = groups.setdefault(name, [])
        keywords += [k for k in s.keywords if k not in keywords]
    return [_compact({"name": name, "keywords": keywords}) for name, keywords in groups.items()]


def _interest(i: Interest) -> dict[str, Any]:
    if i.category:
        return _compact({"name": i.category, "summary": i.text})
    return _compact({"name": i.text})


def _project(p: Project) -> dict[str, Any]:
    return _compact({"name": p.name, "roles": [p.role] if p.role else [], "startDate": _date(p.start),
                     "endDate": _date(p.end), "url": p.url, "highlights": p.highlights, "keywords": p.keywords})


def _volunteer(v: Volunteering) -> dict[str, Any]:
    return _compact({"organization": v.organization, "position": v.position, "startDate": _date(v.start),
                     "endDate": _date(v.end), "highlights": v.highlights})


def _reference(r: Reference) -> dict[str, Any]:
    # JSON Resume keeps a referee's words in "reference"; a reader needs the post and the contact.
    said = ", ".join(x for x in (r.position, r.organization, r.email, r.phone, r.details) if x)
    return _compact({"name": r.name, "reference": said})


def _as_is(entry: Entry, keep_section: bool = False) -> dict[str, Any]:
    """An entry with the record's own field names, minus review-only data."""
    drop = _RECORD_ONLY - ({"section"} if keep_section else set())
    return _compact({k: v for k, v in entry.model_dump(mode="json").items() if k not in drop})


def _date(value: str | None) -> str | None:
    return value if value and _PARTIAL_DATE.match(value) else None


def _compact(mapping: dict[str, Any]) -> dict[str, Any]:
    """Without absent values: JSON Resume types its fields as strings and arrays, never null."""
    return {k: v for k, v in mapping.items() if v not in (None, "", [], {}) and v is not False}
