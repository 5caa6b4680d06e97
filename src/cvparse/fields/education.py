"""Education entries: institution, degree and field, thesis, advisors."""
from __future__ import annotations

import re

from ..dates import first_range
from ..model import Education
from ..segment.entries import Block
from ..segment.tables import column_kind
from ..text import fold
from .common import cue_pattern, set_provenance, split_names, split_top_level, strip_end, tidy, vocab_hits, vocab_search
from .cells import apply_cells
from .header import highlights, looks_like_place, read_header

_FIELD_SEP = re.compile(r"\s+(?:in|of|en|in der|im|de|di|em|für|fur)\s+|\s*[,:–—-]\s+", re.I)


def _words_to(words: list[str], folded_end: int) -> int:
    """How many of the printed words it takes to reach ``folded_end`` of their folded text
    (folding splits "Ph.D." into two words)."""
    for n in range(1, len(words) + 1):
        if len(fold(" ".join(words[:n]))) >= folded_end:
            return n
    return len(words)


# "Computer Science (BA)": the field, then the degree in brackets.
_FIELD_THEN_DEGREE = re.compile(r"(.+?)\s*\(([^()]{1,24})\)")


def split_degree(text: str) -> tuple[str | None, str | None]:
    """'MSc. in Applied Mathematics and Engineering Diploma' -> ('MSc and Engineering Diploma', 'Applied Mathematics')."""
    text = text.strip().rstrip(".")
    bracketed = _FIELD_THEN_DEGREE.fullmatch(text)
    if bracketed and vocab_hits("degree", bracketed.group(2)) and not vocab_hits("degree", bracketed.group(1)):
        return tidy(bracketed.group(2)), tidy(bracketed.group(1))
    named = vocab_search("degree", text)
    if named and named.start() == 0 and " of " in named.group(0):
        # "Master of Science Informatik": the "of" belongs to the degree's name.
        words = text.split()
        n = _words_to(words, named.end())
        rest = re.sub(r"^(?:in|en|im|of)\s+", "", " ".join(words[n:]), flags=re.I)
        return tidy(" ".join(words[:n])), tidy(rest)
    parts = _FIELD_SEP.split(text, maxsplit=1)
    degree = parts[0].strip()
    field = parts[1].strip() if len(parts) > 1 else None
    if field is None and named and named.start() == 0:
        # "MSc Structural Engineering", "BA (Hons) Media and Communication": the degree's own
        # words and a qualifier in brackets after them; the field is the rest (a field in
        # brackets too: "Tecnólogo (Mecatrônica)").
        words = degree.split()
        n = _words_to(words, named.end())
        # Its qualifiers in brackets and degree words after it ("Bachelor's degree") are its own.
        while n < len(words) and (vocab_hits("degree", words[n]) or re.fullmatch(r"\(.*\)", words[n])
                                  and vocab_hits("degree_qualifiers", words[n])):
            n += 1
        if n < len(words):
            degree, field = " ".join(words[:n]), " ".join(words[n:])
    if field is None:
        # "Master Marketing digital": the degree word(s) first, the field after.
        words = degree.split()
        for n in (3, 2, 1):
            if len(words) > n and vocab_hits("degree", " ".join(words[:n])) and not vocab_hits("degree", words[n]):
                degree, field = " ".join(words[:n]), " ".join(words[n:])
                break
    if field and (bracketed := re.fullmatch(r"\((.+)\)", field)):
        field = bracketed.group(1)  # "Mestrado Profissional (Mecatrônica)": the field in brackets
    if re.fullmatch(r"[A-Za-z]{2,5}\.", degree):  # "MSc." -> "MSc", but "B.S." stays
        degree = degree[:-1]
    if field:
        # "Applied Mathematics and Engineering Diploma": a second degree joined to the field.
        pieces = re.split(r"(\s+(?:and|&|et|und|y|e)\s+)", field)
        kept = pieces[:1]
        for joiner, piece in zip(pieces[1::2], pieces[2::2]):
            if vocab_hits("degree", piece) and not vocab_hits("institution", piece):
                degree += joiner + piece.strip()
            else:
                kept += [joiner, piece]
        field = "".join(kept).strip() or None
    return tidy(degree), tidy(field)


def _split_title(text: str) -> tuple[str, str | None, str | None, list[str]]:
    """'Degree in Field, University, City, Honours' -> (degree text, institution, place, rest).

    One line naming the degree and then the school (moderncv, Europass); the
    short part right after the school is its place.
    """
    parts = [piece for part in split_top_level(text, ",") for piece in _split_at_school(part)]
    k = next((i for i, p in enumerate(parts) if i and vocab_hits("institution", p)
              and not vocab_hits("degree", p)), None)
    if k is None:
        return text, None, None, []
    rest = parts[k + 1:]
    place = None
    if rest and len(rest[0].split()) <= 3 and not vocab_hits("honors", rest[0]) and not vocab_hits("degree", rest[0]):
        place = strip_end(rest.pop(0))
    return ", ".join(parts[:k]), parts[k], place, [strip_end(r) for r in rest]


# "BSc Physics at University of Northfield": the degree, then where it was taken.
_AT = re.compile(r"\s+(?:at|@|chez|bei|presso)\s+", re.I)


def _split_at_school(part: str) -> list[str]:
    at = _AT.search(part)
    if at and vocab_hits("institution", part[at.end():]):
        return [part[:at.start()], part[at.end():]]
    return [part]


def _take_honors(text: str) -> tuple[str, list[str]]:
    found = []
    m = vocab_search("honors", text)
    if m:
        pattern = re.compile(r"\s*\b" + r"\s+".join(map(re.escape, m.group(0).split())) + r"\b", re.I)
        hit = pattern.search(text)
        if hit:
            found.append(hit.group(0).strip()[:1].upper() + hit.group(0).strip()[1:])
            text = text[:hit.start()] + text[hit.end():]
    return text, found


def _sentences(text: str) -> list[str]:
    # Split after a full stop that does not end an initial ("J. Smith") or abbreviation ("MSc.").
    return [s for s in re.split(r"(?<=[a-z0-9)\]]{2}\.)\s+(?=[A-Z])", text) if s.strip()]


def _from_table(block: Block, section: str) -> Education:
    """A table row: each cell goes to the field its column heading names."""
    entry = Education(section=section)
    for heading, text in block.cells:
        kind = column_kind(heading)
        dates = first_range(text) if kind in ("dates", None) else None
        if dates and entry.dates_text is None:
            entry.start, entry.end, entry.current = dates.start, dates.end, dates.current
            if not dates.is_range:
                entry.start, entry.end = None, dates.start
            entry.dates_text = dates.text
        elif kind == "degree" and entry.degree is None:
            entry.degree = tidy(text)
        elif kind == "institution" and entry.institution is None:
            name, _, place = text.rpartition(", ")
            entry.institution, entry.location = (tidy(name), tidy(place)) if name else (tidy(text), None)
        else:
            entry.highlights.append(f"{heading}: {text}")
    set_provenance(entry, block.span())
    return entry


def parse_education(block: Block, section: str) -> Education:
    if block.cells and block.lines == block.header:
        return _from_table(block, section)  # a row of the section's table
    header = read_header(block)
    entry = Education(location=header.location, section=section)
    if header.dates:
        entry.start, entry.end, entry.current = header.dates.start, header.dates.end, header.dates.current
        if not header.dates.is_range:
            entry.start, entry.end = None, header.dates.start  # one date on a degree is when it was earned
        entry.dates_text = header.dates.text
    texts = [p.text for p in header.pieces]
    degree_text = next((t for t in texts if vocab_hits("degree", t) and not vocab_hits("institution", t)), None)
    if degree_text is None:
        degree_text = next((t for t in texts if vocab_hits("degree", t)), None)
    body_items = highlights(block)
    if degree_text is None and body_items and vocab_hits("degree", _sentences(body_items[0])[0]):
        degree_text = body_items.pop(0)  # "University || dates" then the degree on a plain line
    others = [t for t in texts if t != degree_text]
    named_only = None
    unnamed = [t for t in others if not vocab_hits("institution", t)]
    if degree_text is None and len(others) >= 2 and unnamed and len(unnamed) < len(others):
        # A school and one other title: the other names the qualification, whatever its words.
        # (Every title naming a school, "University … / School of …", leaves the degree unknown.)
        named_only = unnamed[0]
        others.remove(named_only)
    elif degree_text is None and len(others) >= 2 and block.header and block.header[0].label:
        named_only = others.pop(0)  # "dates | qualification" then the school: the label line names the degree
    title_place = None
    if degree_text:
        degree_text, named, title_place, tail = _split_title(degree_text)
        others = ([named] if named else []) + others
    else:
        tail = []
    institution = next((t for t in others if vocab_hits("institution", t)), others[0] if others else None)
    extras = [t for t in others if t != institution] + tail
    notes: list[str] = []
    advisor_cue, thesis_cue = cue_pattern("advisor_cues"), cue_pattern("thesis_cues")
    if named_only:
        entry.degree = tidy(named_only)
    if degree_text:
        sentences = _sentences(degree_text)
        main, honors = _take_honors(sentences[0])
        entry.degree, entry.field = split_degree(main)
        notes += honors
        extras = sentences[1:] + extras
    if title_place and entry.location is None:
        # "Ph.D., Northfield University, Economics": after the school, a degree that named no
        # field is followed by its field, unless the model reads the part as a place.
        if entry.field is None and not looks_like_place(title_place):
            entry.field = title_place
        else:
            entry.location = title_place
    body: list[str] = []
    for text in header.labels + extras + body_items:
        for sentence in _sentences(text) if (advisor_cue.search(text) or thesis_cue.match(text)) else [text]:
            cue = advisor_cue.match(sentence) or advisor_cue.search(sentence)
            if cue and not entry.advisors and cue.start() < 3:
                entry.advisors = split_names(sentence[cue.end():].rstrip("."))
                continue
            if thesis_cue.match(sentence) and entry.thesis is None:
                entry.thesis = tidy(thesis_cue.sub("", sentence, count=1).rstrip(".").strip(" \"“”„‟«»'"))
                continue
            body.append(sentence)
    entry.institution = tidy(institution)
    entry.highlights = notes + [t for t in (tidy(b) for b in body) if t]
    apply_cells(entry, block.cells)
    set_provenance(entry, block.span())
    return entry
