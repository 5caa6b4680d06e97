"""The truth record of a Doc: the cvparse/1 record of what the page prints.

Built from the Doc alone (never from a parser), with the project's conventions
(SCHEMA.md): ISO partial dates, an open end as ``end: null, current: true``, a
single printed date as the start, phones in E.164 where the number allows, every
link in ``urls`` with the personal site in ``url``, entries keeping their section's
heading as printed.
"""
from __future__ import annotations

import re
from typing import Optional

from .model import Doc, Entry, Section

REGION = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT",
          "pt_BR": "BR", "nl_NL": "NL", "pl_PL": "PL", "sv_SE": "SE", "cs_CZ": "CZ", "tr_TR": "TR"}


def e164(text: str, locale: str) -> str:
    """The number in E.164 when phonenumbers can read it (with the locale's country), else as printed."""
    import phonenumbers
    try:
        number = phonenumbers.parse(text, REGION.get(locale, "US"))
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_possible_number(number):
        return text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def absolute(url: str) -> str:
    return url if re.match(r"^[a-z]+://", url) else "https://" + url


def basics(doc: Doc) -> dict:
    by = lambda kind: [c for c in doc.contacts if c.kind == kind]  # noqa: E731
    emails = [c.text for c in by("email")]
    phones = [e164(c.text, doc.locale) for c in by("phone")]
    links = [c for c in doc.contacts if c.kind in ("url", "profile")]
    sites = [absolute(c.link or c.text) for c in by("url")]
    location = next((c.text for c in by("location")), None)
    profiles = [{"network": c.network, "username": absolute(c.text).rstrip("/").rsplit("/", 1)[-1],
                 "url": absolute(c.text)} for c in by("profile")]
    return {"name": doc.name, "headline": doc.headline,
            "email": emails[0] if emails else None, "emails": emails,
            "phone": phones[0] if phones else None, "phones": phones,
            "url": sites[0] if sites else None, "urls": [absolute(c.link or c.text) for c in links],
            "location": location, "profiles": profiles}


def _entries(sec: Section, heading: str) -> list[dict]:
    out = []
    for entry in sec.entries:
        for role in entry.roles:
            out.append(_role(sec.kind, entry, role, heading))
    return out


def _role(kind: str, entry: Entry, role, heading: str) -> dict:
    highlights = ([role.text] if role.text else []) + list(role.bullets)
    common = {"location": role.place or entry.place, "start": role.start, "end": role.end,
              "current": role.current, "dates_text": role.dates, "highlights": highlights,
              "section": heading}
    if kind == "experience":
        return {"organization": entry.org, "position": role.title or None, **common}
    parts = dict((r, t) for t, r in role.title_parts if r in ("degree", "field"))
    degree = parts.get("degree", role.title or None) if role.title_parts else (role.title or None)
    return {"institution": entry.org, "degree": degree, "field": parts.get("field"),
            **common, "thesis": role.thesis}


def section_kind(sec: Section) -> str:
    """A generic heading over typed sub-sections takes its first sub-section's kind."""
    if sec.children and sec.kind == "other":
        return sec.children[0].kind
    return sec.kind


def build(doc: Doc, pages: Optional[dict[str, int]] = None) -> dict:
    """The truth record; ``pages`` maps a heading to the page it was found on (from the labels)."""
    record: dict = {"schema": "cvparse/1", "basics": basics(doc), "summary": None, "sections": []}
    lists: dict[str, list] = {k: [] for k in ("experience", "education", "awards", "publications", "talks",
                                              "teaching", "service", "skills", "languages", "interests")}
    for sec in doc.all_sections():
        record["sections"].append({"heading": sec.heading, "kind": section_kind(sec),
                                   "page": (pages or {}).get(sec.heading)})
        if sec.text and sec.kind == "summary":
            record["summary"] = sec.text
        if sec.kind in ("experience", "education"):
            lists[sec.kind] += _entries(sec, sec.heading)
        for item in sec.items:
            if (item.kind or sec.kind) in lists:
                lists[item.kind or sec.kind].append({**item.truth, "section": sec.heading})
    record.update(lists)
    return record


def entry_shapes(doc: Doc) -> dict[str, str]:
    """The date shape of each dated experience / education entry, by its place in the truth."""
    out: dict[str, str] = {}
    for kind in ("experience", "education"):
        roles = [r for sec in doc.all_sections() if sec.kind == kind for e in sec.entries for r in e.roles]
        out.update({f"{kind}[{i}]": r.date_shape for i, r in enumerate(roles) if r.date_shape})
    return out
