"""A cvparse/1 record read back into a Doc, so a known CV's content prints through every template.

Used for the golden CV: its hand-written expected record becomes a Doc, each template
prints it, and the truth written beside each PDF is built from that Doc like any other.
Values a record holds but no template prints (advisors, talk kinds, teaching codes,
publication notes) are left out of the Doc, and so out of the truth.
"""
from __future__ import annotations

import re
from typing import Optional

from . import items
from .dates import FORMATS
from .model import ITEM_KINDS, Contact, Doc, Entry, Role, Section

_EN = {"months": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]}


def _date_text(iso: Optional[str]) -> Optional[str]:
    """An ISO partial date printed as a CV prints it ("2019", "July 2019", "15 July 2019")."""
    if not iso:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso)
    if not m:
        return iso
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if not mo:
        return str(y)
    text = FORMATS["Month YYYY"].text((y, int(mo), None), _EN)
    return f"{int(d)} {text}" if d else text


def _contacts(b: dict) -> list[Contact]:
    out = [Contact("email", e, link=f"mailto:{e}") for e in b.get("emails") or []]
    out += [Contact("phone", p) for p in b.get("phones") or []]
    if b.get("location"):
        out.append(Contact("location", b["location"]))
    profile_urls = {p.get("url") for p in b.get("profiles") or []}
    out += [Contact("url", u, link=u) for u in b.get("urls") or [] if u not in profile_urls]
    out += [Contact("profile", p["url"], link=p["url"], network=p.get("network"))
            for p in b.get("profiles") or [] if p.get("url")]
    return out


def _role(e: dict, kind: str) -> Role:
    role = Role(dates=e.get("dates_text"), start=e.get("start"), end=e.get("end"),
                current=bool(e.get("current")), place=e.get("location"), bullets=list(e.get("highlights") or []))
    if kind == "experience":
        role.title = e.get("position") or ""
    else:
        degree, field = e.get("degree"), e.get("field")
        parts = [(degree, "degree")] if degree else []
        if field:
            parts += ([(", ", "")] if degree else []) + [(field, "field")]
        role.title_parts = parts
        role.title = "".join(t for t, _ in parts)
        role.thesis = e.get("thesis")
    return role


def _item(kind: str, e: dict):
    item = _typed_item(kind, e)
    if item is not None and item.kind is None:
        item.kind = kind
    return item


def _typed_item(kind: str, e: dict):
    if kind == "skills":
        return items.skills(e.get("category"), list(e.get("keywords") or []))
    if kind == "languages":
        return items.language(e["language"], e.get("fluency"))
    if kind == "publications":
        return items.publication(list(e.get("authors") or []), e["title"], e.get("venue"), e.get("year"),
                                 kind=e.get("kind"), status=e.get("status"))
    if kind in ("awards", "talks"):
        text = _date_text(e.get("date"))
        if e.get("end"):
            text = f"{text} – {_date_text(e['end'])}"
        return items.dated(kind, e["title"], text, e.get("date"), e.get("details"), e.get("end"),
                           lead=e.get("kind") if kind == "talks" else None)
    if kind == "teaching":
        return items.teaching(e.get("role"), e["course"], e.get("institution"), e.get("terms"),
                              e.get("code"), e.get("details"))
    if kind == "service":
        return items.service(e.get("category"), list(e.get("items") or []))
    if kind == "interests":
        return items.interest(e.get("category"), e["text"])
    return None


def _under(record: dict, name: str, heading: str) -> list[dict]:
    return [e for e in record.get(name) or [] if e.get("section") == heading]


def doc_from_record(record: dict, locale: str = "en_US") -> Doc:
    b = record.get("basics") or {}
    doc = Doc(name=b.get("name") or "", locale=locale, lang=locale[:2], headline=b.get("headline"),
              contacts=_contacts(b), labels={"thesis": "Thesis"})
    for info in record.get("sections") or []:
        kind, heading = info["kind"], info["heading"]
        sec = Section(kind, heading)
        if kind == "summary":
            sec.text = record.get("summary")
        for name in ("experience", "education"):
            org = "organization" if name == "experience" else "institution"
            sec.entries += [Entry(e.get(org), [_role(e, name)]) for e in _under(record, name, heading)]
        for name in ITEM_KINDS:  # a section may hold items of other lists (languages under "Skills")
            sec.items += [it for it in (_item(name, e) for e in _under(record, name, heading)) if it is not None]
        doc.sections.append(sec)
    return doc
