"""The cvparse record (schema ``cvparse/1``): typed models with provenance.

Field names follow the public contract; ``provenance`` and ``confidence`` are
the extra fields that let a reviewer check where each value came from.
"""
from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "cvparse/1"


# The record's lists of typed entries in record order (``other`` holds what fits none of them).
ENTRY_LISTS = ("experience", "education", "awards", "publications", "talks", "teaching", "service",
               "skills", "languages", "interests", "projects", "certifications", "volunteering", "references")


class Source(BaseModel):
    """Where a value was read: 1-based page and box (x0, top, x1, bottom) in PDF points."""

    page: int
    box: tuple[float, float, float, float]


class Record(BaseModel):
    """Base of every part of the record: unknown keys are refused (a typo is an error, not lost data)."""

    model_config = ConfigDict(extra="forbid")


class Entry(Record):
    """One item of a section list (a job, a degree, ...): its section heading, where it was read, how sure."""

    section: Optional[str] = None
    # field name -> where it was read; "entry" is the whole entry's box.
    provenance: dict[str, Source] = Field(default_factory=dict)
    confidence: Optional[float] = None


class Profile(Record):
    """An account on a network (GitHub, LinkedIn, ...): its user name and/or address."""

    network: str
    username: Optional[str] = None
    url: Optional[str] = None


class Place(Record):
    """A location split as a mailing form asks for it; parts the text does not print stay null."""
    street: Optional[str] = None
    postal_code: Optional[str] = None
    city: Optional[str] = None
    region: Optional[str] = None  # a state or province, as printed ("MI", "Ontario")
    country: Optional[str] = None  # as printed
    country_code: Optional[str] = None  # ISO 3166-1 alpha-2, from the country or the state printed


class Basics(Record):
    """The person: name, headline, contact details, location and profiles (``emails`` etc. list every one found)."""

    name: Optional[str] = None
    headline: Optional[str] = None
    email: Optional[str] = None
    emails: list[str] = Field(default_factory=list)
    phone: Optional[str] = None
    phones: list[str] = Field(default_factory=list)
    url: Optional[str] = None
    urls: list[str] = Field(default_factory=list)
    location: Optional[str] = None
    place: Optional[Place] = None  # the location split
    profiles: list[Profile] = Field(default_factory=list)
    provenance: dict[str, Source] = Field(default_factory=dict)
    confidence: dict[str, float] = Field(default_factory=dict)


class SectionInfo(Record):
    """A section as printed: its heading, the kind it was read as, its first page."""

    heading: str
    kind: str
    page: Optional[int] = None
    provenance: dict[str, Source] = Field(default_factory=dict)


class Experience(Entry):
    """A job or position: who, what, where, when (ISO ``YYYY`` / ``YYYY-MM``), and its highlights."""

    organization: Optional[str] = None
    position: Optional[str] = None
    location: Optional[str] = None
    start: Optional[str] = None
    end: Optional[str] = None
    current: bool = False
    dates_text: Optional[str] = None
    highlights: list[str] = Field(default_factory=list)


class Education(Entry):
    """A degree or course of study, with its thesis and advisors when printed."""

    institution: Optional[str] = None
    degree: Optional[str] = None
    field: Optional[str] = None
    location: Optional[str] = None
    start: Optional[str] = None
    end: Optional[str] = None
    current: bool = False
    dates_text: Optional[str] = None
    thesis: Optional[str] = None
    advisors: list[str] = Field(default_factory=list)
    highlights: list[str] = Field(default_factory=list)


class Award(Entry):
    """An award, honour, grant or scholarship."""

    title: Optional[str] = None
    date: Optional[str] = None
    end: Optional[str] = None
    details: Optional[str] = None


class Publication(Entry):
    """A paper, book or other publication, with its authors, venue and year."""

    title: Optional[str] = None
    authors: list[str] = Field(default_factory=list)
    venue: Optional[str] = None
    year: Optional[str] = None
    status: Optional[str] = None
    kind: Optional[str] = None
    notes: list[str] = Field(default_factory=list)


class Talk(Entry):
    """A talk, presentation or poster."""

    date: Optional[str] = None
    title: Optional[str] = None
    kind: Optional[str] = None


class Teaching(Entry):
    """A course taught, the role in it and the terms."""

    role: Optional[str] = None
    course: Optional[str] = None
    code: Optional[str] = None
    details: Optional[str] = None
    institution: Optional[str] = None
    terms: Optional[str] = None


class Service(Entry):
    """Service to a community (reviewing, committees), one category with its items."""

    category: Optional[str] = None
    items: list[str] = Field(default_factory=list)


class Skill(Entry):
    """A skill category with its keywords (a bare skill is a category without keywords)."""

    category: Optional[str] = None
    keywords: list[str] = Field(default_factory=list)


class Language(Entry):
    """A spoken language with its level as printed and as a CEFR level."""

    language: Optional[str] = None
    fluency: Optional[str] = None  # as printed
    code: Optional[str] = None  # BCP 47 ("en", "pt-BR")
    cefr: Optional[str] = None  # A1-C2, printed or implied by the level's words ("native": C2)


class Interest(Entry):
    """An interest or hobby, under a category when printed."""

    category: Optional[str] = None
    text: Optional[str] = None


class Project(Entry):
    """A project: its name, role, dates, link, highlights and the tools printed with it."""

    name: Optional[str] = None
    role: Optional[str] = None
    start: Optional[str] = None
    end: Optional[str] = None
    current: bool = False
    dates_text: Optional[str] = None
    url: Optional[str] = None
    highlights: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)  # the tools or topics printed with the name


class Certification(Entry):
    """A certificate or licence: its name, issuer, date and link."""

    name: Optional[str] = None
    issuer: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None


class Volunteering(Experience):
    """Volunteer work, shaped like a job: organisation, position, place, dates, highlights."""


class Reference(Entry):
    """A referee; a section saying only "available on request" gives one with ``details`` alone."""
    name: Optional[str] = None
    position: Optional[str] = None
    organization: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    details: Optional[str] = None  # the rest of what is printed (an address, "on request")


class Other(Entry):
    """The lines of a section of no known kind, kept as printed."""

    lines: list[str] = Field(default_factory=list)


class HiddenText(Record):
    """Text printed where a reader cannot see it, kept out of every other field."""

    text: str
    page: int
    box: tuple[float, float, float, float]
    why: str  # invisible, transparent, background, tiny, off-page, clipped or covered


class DocumentSource(Record):
    """The document the record was read from: file name, sha256, pages, parser version, engine."""

    file: Optional[str] = None
    sha256: Optional[str] = None
    pages: int = 0
    parser: str = ""
    engine: Optional[str] = None


class CV(Record):
    """A parsed CV: the person (``basics``), the sections found and one list per section kind.

    Every entry carries ``provenance`` (field -> page and box) and ``confidence``;
    ``hidden_text`` is text a reader cannot see, kept out of every other field.
    ``to_dict()`` / ``to_json()`` give the JSON record (schema ``cvparse/1``).
    """

    # "schema" in JSON; not the Python name, which would shadow pydantic's deprecated BaseModel.schema().
    schema_id: str = Field(default=SCHEMA_ID, alias="schema")
    source: DocumentSource = Field(default_factory=DocumentSource)
    basics: Basics = Field(default_factory=Basics)
    summary: Optional[str] = None
    sections: list[SectionInfo] = Field(default_factory=list)
    experience: list[Experience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    talks: list[Talk] = Field(default_factory=list)
    teaching: list[Teaching] = Field(default_factory=list)
    service: list[Service] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)
    interests: list[Interest] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    certifications: list[Certification] = Field(default_factory=list)
    volunteering: list[Volunteering] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    other: list[Other] = Field(default_factory=list)
    hidden_text: list[HiddenText] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record as Python values (JSON key names, ISO strings)."""
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, indent: int | None = 2) -> str:
        """The JSON record as text; ``indent=None`` puts it on one line."""
        return self.model_dump_json(by_alias=True, indent=indent)

