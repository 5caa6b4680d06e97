"""Fields stage: segmented document -> typed record, one parser per section kind."""
from __future__ import annotations

from ..layout import union
from ..model import CV, Other, SectionInfo, Source
from ..segment import Document, Section
from ..segment.entries import Block
from ..segment.headings import heading_kind
from . import decisions, nlp
from .awards import parse_award
from .certifications import parse_certification
from .common import set_provenance
from .confidence import rate_entries
from .contact import is_contact, rate_picked_name, read_basics
from .education import parse_education
from .experience import parse_experience
from .interests import parse_interest
from .projects import parse_project
from .publications import parse_publication
from .references import parse_references
from .service import parse_service
from .skills import parse_languages, parse_skill
from .talks import parse_talk
from .teaching import parse_teaching
from .volunteering import parse_volunteering

PARSERS = {
    "experience": parse_experience,
    "education": parse_education,
    "awards": parse_award,
    "publications": parse_publication,
    "talks": parse_talk,
    "teaching": parse_teaching,
    "service": parse_service,
    "skills": parse_skill,
    "languages": parse_languages,  # a block may list several
    "interests": parse_interest,
    "projects": parse_project,
    "certifications": parse_certification,
    "volunteering": parse_volunteering,
    "references": parse_references,
}


def _fill_section(cv: CV, section: Section, settled: dict) -> None:
    kind = section.kind
    if kind == "summary":
        text = " ".join(b.text for b in section.blocks).strip()
        cv.summary = (cv.summary + " " + text).strip() if cv.summary else (text or None)
        return
    for block in section.blocks:
        block_kind = kind
        named = heading_kind(block.context) if block.context else None
        # "Languages" under "Technical Skills" holds languages, not skills; other
        # groups of a skills list ("Design", "Research") stay skills.
        if named and (kind == "other" or (kind in ("skills", "languages") and named in ("skills", "languages"))):
            block_kind = named
        if block_kind in PARSERS:
            parsed = _parsed(PARSERS[block_kind], block, section.heading, settled)
            getattr(cv, block_kind).extend(parsed if isinstance(parsed, list) else [parsed])
        elif kind != "contact":
            _add_other(cv, section, block)


def _add_other(cv: CV, section: Section, block: Block) -> None:
    """A block that fits no typed list: a line of the section's Other entry."""
    span = block.span()
    if not span.clean:
        return
    if cv.other and cv.other[-1].section == section.heading:
        entry = cv.other[-1]
        entry.lines.append(span.clean)
        page, box = span.source()
        for key in ("entry", "lines"):  # the boxes grow over the blocks printed on the entry's first page
            first = entry.provenance[key]
            if first.page == page:
                entry.provenance[key] = Source(page=page, box=union([first.box, box]))
    else:
        entry = Other(section=section.heading, lines=[span.clean])
        set_provenance(entry, span)
        cv.other.append(entry)


def build_record(doc: Document) -> CV:
    settled: dict = {}
    if nlp.pipeline() is not None:
        # A first pass only notes which texts the parsers ask spaCy about (answering "no
        # entities"), so that NER runs once over all of them in a batch. A block whose
        # answers change none of its parser's decisions was parsed right the first time;
        # the second pass parses again only the others, with the answers.
        with nlp.collecting() as asked, decisions.noting() as noted:
            _build(doc, settled)
        answers = dict(zip(asked, nlp.entities(asked)))
        settled = {key: result for key, (result, (q0, q1), (d0, d1)) in settled.items()
                   if decisions.unchanged(asked[q0:q1], noted[d0:d1], answers)}
    cv = _build(doc, settled)
    rate_entries(cv)
    return cv


def _parsed(parser, block, heading: str, settled: dict):
    """``parser(block, heading)``, noted with the questions it asked in the collecting pass
    and reused in the second pass when the answers did not change it."""
    return _settle((id(block), parser), settled, lambda: parser(block, heading))


def _settle(key, settled: dict, parse):
    """``parse()``; in the collecting pass noted under ``key`` with the span of questions and
    decisions it made, in the second pass taken from ``settled`` when build_record kept it."""
    q0, d0 = nlp.questions(), decisions.noted()
    if q0 is None or d0 is None:
        return settled.pop(key) if key in settled else parse()
    result = parse()
    settled[key] = (result, (q0, nlp.questions()), (d0, decisions.noted()))
    return result


def _build(doc: Document, settled: dict) -> CV:
    cv = CV()
    contact_lines = [ln for s in doc.sections if s.kind == "contact" for ln in s.lines]
    # A running footer or header printing the e-mail or phone carries the contact details.
    contact_lines += [ln for ln in doc.furniture if is_contact(ln.text)]
    cv.basics, picked = _settle("basics", settled, lambda: read_basics(doc.header, contact_lines, doc.layout))
    if picked:
        rate_picked_name(cv.basics)  # apart: its answer changes the name's confidence only
    for section in doc.sections:
        cv.sections.append(_settle(("section", id(section)), settled, lambda: _section_info(section)))
        _fill_section(cv, section, settled)
    return cv


def _section_info(section: Section) -> SectionInfo:
    # Contact details go to basics; the record's kinds (SCHEMA.md) have no "contact".
    kind = "other" if section.kind == "contact" else section.kind
    info = SectionInfo(heading=section.heading, kind=kind, page=section.page)
    if section.heading_line is not None:
        info.provenance["heading"] = Source(page=section.heading_line.page, box=section.heading_line.box)
    if section.lines:
        # The text under the heading, where it starts (a summary's box is its section's body).
        page = section.lines[0].page
        info.provenance["body"] = Source(page=page, box=union(ln.box for ln in section.lines if ln.page == page))
    return info
