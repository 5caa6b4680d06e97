"""What a synthetic CV prints: the document a template lays out.

A template prints every string of a ``Doc`` as it is (it may change its case,
letter-space it, or put separators, icons and contact labels between strings),
and nothing else. The truth record and the labels are both derived from the
``Doc``, never from the rendered PDF's text, so they say what was printed.

``Doc.spans()`` lists every printed string with its role and the truth field it
fills, in logical reading order; ``synth.labels`` finds each one on the pages.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

# Roles of printed spans (the labels' vocabulary).
ROLES = ("heading", "sub-heading", "organisation", "position", "institution", "degree", "field",
         "dates", "place", "bullet", "body", "contact", "name", "other")

# Section kinds whose content is entries (a header block with bullets) rather than items.
ENTRY_KINDS = ("experience", "education")
ITEM_KINDS = ("skills", "languages", "publications", "awards", "talks", "teaching", "service",
              "interests")
KINDS = ("summary",) + ENTRY_KINDS + ITEM_KINDS


@dataclass
class Span:
    """One printed string: its text, its role and the truth field it fills (or None)."""
    text: str
    role: str
    field: Optional[str] = None


@dataclass
class Contact:
    kind: str                   # email | phone | url | location | profile
    text: str                   # as printed
    link: Optional[str] = None  # the link annotation's target, if any
    network: Optional[str] = None  # for profiles: GitHub, LinkedIn, ...


@dataclass
class Role:
    """One position (experience) or degree (education) with its dates and bullets."""
    title: str = ""                                    # the position, or the whole degree line as printed
    title_parts: list[tuple[str, str]] = field(default_factory=list)  # (text, role): degree / field pieces
    dates: Optional[str] = None                        # as printed
    place: Optional[str] = None
    bullets: list[str] = field(default_factory=list)
    text: Optional[str] = None                         # a description paragraph
    thesis: Optional[str] = None                       # printed as "<labels.thesis>: <thesis>"
    # Parsed values of ``dates`` (ISO partial strings), for the truth.
    start: Optional[str] = None
    end: Optional[str] = None
    current: bool = False
    date_shape: Optional[str] = None


@dataclass
class Entry:
    """An employer or a school with one role, or several roles under one employer line."""
    org: Optional[str]
    roles: list[Role]
    place: Optional[str] = None   # the employer's place, when printed once for all its roles

    @property
    def grouped(self) -> bool:
        return len(self.roles) > 1


@dataclass
class Item:
    """One line-shaped item: a skill group, a language, a publication, an award, a talk, ...

    ``lead`` is the short left part (a category, a language, a role), ``body`` the
    main text, ``date`` a date a template may put in a column or at the right.
    ``values`` are the body's pieces where the template may print them one by
    one (skill keywords as tags); joined with ``sep`` they are the body.
    ``spans`` are the labelled pieces of lead, body and date.
    """
    body: str
    lead: Optional[str] = None
    date: Optional[str] = None
    values: list[str] = field(default_factory=list)
    sep: str = ", "
    spans: list[Span] = field(default_factory=list)
    truth: dict = field(default_factory=dict)  # the record entry (without "section")
    kind: Optional[str] = None  # the list its truth joins, when not its section's (languages under "Skills")


@dataclass
class Section:
    kind: str
    heading: str
    entries: list[Entry] = field(default_factory=list)   # experience, education
    items: list[Item] = field(default_factory=list)      # the item kinds
    text: Optional[str] = None                           # summary paragraph
    children: list["Section"] = field(default_factory=list)  # typed sub-sections under a generic heading
    # Sub-headings inside this section that group its items (publications by kind):
    # (sub-heading text, index of the first item it heads).
    groups: list[tuple[str, int]] = field(default_factory=list)

    def group_at(self, index: int) -> Optional[str]:
        """The sub-heading printed just before item ``index``, if any."""
        return next((g for g, i in self.groups if i == index), None)


@dataclass
class Doc:
    name: str
    locale: str = "en_US"
    lang: str = "en"
    headline: Optional[str] = None
    contacts: list[Contact] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    # Localised words a template may print beside data: contact labels ("Tel.", "E-Mail"),
    # "Thesis". Not part of any truth field.
    labels: dict[str, str] = field(default_factory=dict)
    academic: bool = False
    date_shape: Optional[str] = None

    def all_sections(self) -> Iterator[Section]:
        """Top-level sections and their children, in print order."""
        for s in self.sections:
            yield s
            yield from s.children

    def spans(self) -> Iterator[Span]:
        """Every printed string with its role and truth field, in logical reading order."""
        yield Span(self.name, "name", "basics.name")
        if self.headline:
            yield Span(self.headline, "other", "basics.headline")
        for c in self.contacts:
            yield Span(c.text, "contact", f"basics.{c.kind}")
        counters: dict[str, int] = {}
        for sec in self.all_sections():
            yield Span(sec.heading, "sub-heading" if sec in _children(self) else "heading", "sections")
            if sec.text:
                yield Span(sec.text, "body", "summary")
            for entry in sec.entries:
                yield from _entry_spans(sec.kind, entry, counters)
            for i, item in enumerate(sec.items):
                group = sec.group_at(i)
                if group:
                    yield Span(group, "sub-heading", None)
                kind = item.kind or sec.kind
                n = counters.get(kind, 0)
                counters[kind] = n + 1
                for sp in item.spans:
                    yield Span(sp.text, sp.role, f"{kind}[{n}].{sp.field}" if sp.field else None)


def _children(doc: Doc) -> list[Section]:
    return [c for s in doc.sections for c in s.children]


_ORG_ROLE = {"experience": ("organisation", "organization"), "education": ("institution", "institution")}


def _entry_spans(kind: str, entry: Entry, counters: dict[str, int]) -> Iterator[Span]:
    org_role, org_field = _ORG_ROLE[kind]
    first = counters.get(kind, 0)
    if entry.org:
        yield Span(entry.org, org_role, f"{kind}[{first}].{org_field}")
    if entry.place:
        yield Span(entry.place, "place", f"{kind}[{first}].location")
    for role in entry.roles:
        n = counters.get(kind, 0)
        counters[kind] = n + 1
        where = f"{kind}[{n}]"
        if kind == "education" and role.title_parts:
            for text, part_role in role.title_parts:
                if part_role in ("degree", "field"):
                    yield Span(text, part_role, f"{where}.{part_role}")
        elif role.title:
            yield Span(role.title, "position" if kind == "experience" else "degree",
                       f"{where}.{'position' if kind == 'experience' else 'degree'}")
        if role.dates:
            yield Span(role.dates, "dates", f"{where}.dates_text")
        if role.place:
            yield Span(role.place, "place", f"{where}.location")
        if role.text:
            yield Span(role.text, "body", f"{where}.highlights")
        if role.thesis:
            yield Span(role.thesis, "body", f"{where}.thesis")
        for b in role.bullets:
            yield Span(b, "bullet", f"{where}.highlights")
