"""A copy of the record without the person's identity, for blind screening.

Removed: name, e-mails, phones, URLs and profiles, the street address and
postcode (city, region and country stay: they matter for screening and point at
no home), the file name, personal-data rows (date of birth, nationality, ...),
and the referees' names, posts, employers, addresses and contacts.
In every text, the person's name and its parts, e-mail addresses, phone
numbers, explicit URLs and the person's own links and user names are replaced
by placeholders; in free text (summary, highlights, details, notes, interests,
other lines) so are other people's names that spaCy marks as PERSON. The
record has no photo field, so there is none to drop. Experience, education,
skills and the rest stay; a field that redaction changed loses its provenance,
whose box was measured on the original text.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator

from pydantic import BaseModel

from ..fields import nlp
from ..fields.contact import find_phones, guess_region, url_key
from ..lexicon import load
from ..model import CV, ENTRY_LISTS, Basics, Place, Reference
from ..text import EMAIL, PHONE_SHAPE, fold, label_value
from ..location import coarse, split_location

log = logging.getLogger(__name__)

NAME, EMAIL_MARK, PHONE_MARK, URL_MARK = "[name]", "[email]", "[phone]", "[url]"
_EXPLICIT_URL = re.compile(r"(?:https?://|www\.)[^\s<>()|,;]+", re.I)
# Fields of running prose, where other people's names are looked for as well.
_FREE_TEXT = {"summary", "highlights", "details", "notes", "text", "lines"}
# Lists of people: an item naming the person becomes one placeholder.
_PEOPLE = {"authors", "advisors"}
# Fields that hold no text a person could be named in.
_NOT_TEXT = {"section", "start", "end", "date", "year", "status", "kind", "current", "schema"}
# A text whose words are at least this share English stop words is English (prose runs ~40%).
_ENGLISH_STOP_SHARE = 0.1


def redact(cv: CV) -> CV:
    """A redacted deep copy of ``cv``; ``cv`` itself is left as it was."""
    person = Person.of(cv.basics)
    out = cv.model_copy(deep=True)
    out.basics = _basics(cv.basics, person)
    out.source.file = None  # file names are usually the person's name
    out.references = [_referee(r) for r in cv.references]
    texts = list(_texts(out))
    others = _other_people(texts)

    def clean(text: str | None, name: str) -> str | None:
        if name in _FREE_TEXT:
            text = None if _personal_row(text) else _replace_people(text, others)
        return person.scrub(text)

    for owner, name, value in texts:
        if name in _PEOPLE:
            new = [NAME if person.named_in(v) else person.scrub(v) for v in value]
        elif isinstance(value, list):
            new = [c for c in (clean(v, name) for v in value) if c]
        else:
            new = clean(value, name)
        if new != value:
            setattr(owner, name, new)
            getattr(owner, "provenance", {}).pop(name, None)
    return out


@dataclass
class Person:
    """What identifies the person: name and its parts, links and user names, phone region."""

    name: str | None = None
    parts: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # URLs without scheme, user names
    region: str = "US"

    @classmethod
    def of(cls, b: Basics) -> "Person":
        particles = set(load("export")["name_particles"])
        parts = [p for p in re.split(r"[\s,]+", (b.name or "").replace(".", " ")) if len(p) > 1]
        links = [url_key(u) for u in b.urls + [b.url or ""] if u]
        links += [p.username for p in b.profiles if p.username and len(p.username) > 3]
        links += [url_key(p.url) for p in b.profiles if p.url]
        return cls(name=b.name, parts=[p for p in parts if fold(p) not in particles],
                   links=sorted(set(links), key=len, reverse=True),
                   region=guess_region("", b.emails, b.urls))

    @cached_property
    def _name_pattern(self) -> re.Pattern | None:
        names = ([self.name] if self.name else []) + self.parts
        names += [_unaccented(n) for n in names]  # "Lucía" is also typed "Lucia"
        names = [n for n in names if len(n) > 1]  # a lone initial would match every "a"
        if not names:
            return None
        alternatives = "|".join(_word(n) for n in sorted(set(names), key=len, reverse=True))
        return re.compile(alternatives, re.I)

    def named_in(self, text: str) -> bool:
        return bool(self._name_pattern and self._name_pattern.search(text))

    def scrub(self, text: str | None) -> str | None:
        if not text:
            return text
        for link in self.links:
            text = re.sub(re.escape(link), URL_MARK, text, flags=re.I)
        text = _EXPLICIT_URL.sub(URL_MARK, text)
        text = EMAIL.sub(EMAIL_MARK, text)
        if PHONE_SHAPE.search(text):
            for _, printed in find_phones(text, self.region):
                text = text.replace(printed, PHONE_MARK)
        if self._name_pattern:
            text = self._name_pattern.sub(NAME, text)
            text = re.sub(r"\[name\](?:\s+\[name\])+", NAME, text)  # "Jane [name]" parts next to each other
        return text


def _word(text: str) -> str:
    """A regex for ``text`` as a whole word (scripts written without spaces match anywhere)."""
    body = r"\s+".join(re.escape(t) for t in text.split())
    if any(_unspaced(c) for c in text):
        return body
    return rf"(?<!\w){body}(?!\w)"


def _unspaced(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af" or "\uf900" <= char <= "\ufaff"


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _basics(b: Basics, person: Person) -> Basics:
    place = (b.place or split_location(b.location)) if b.location else None
    coarse_place = place and Place(city=place.city, region=place.region, country=place.country,
                                   country_code=place.country_code)  # no street, no postcode
    kept = Basics(headline=person.scrub(b.headline), location=place and coarse(place), place=coarse_place)
    if kept.headline == b.headline and "headline" in b.provenance:
        kept.provenance["headline"] = b.provenance["headline"]
    return kept


def _referee(r: Reference) -> Reference:
    """A referee is another person: who they are and how to reach them all go, placeholders
    saying what was printed."""
    return Reference(section=r.section, name=r.name and NAME, email=r.email and EMAIL_MARK,
                     phone=r.phone and PHONE_MARK, confidence=r.confidence)


def _texts(cv: CV) -> Iterator[tuple[BaseModel, str, str | list[str]]]:
    """(model, field name, value) of every text field in the record but basics and source."""
    yield cv, "summary", cv.summary
    for name in ("sections", *ENTRY_LISTS, "other", "hidden_text"):
        for entry in getattr(cv, name):
            for key in type(entry).model_fields:
                value = getattr(entry, key)
                if key in _NOT_TEXT or not value:
                    continue
                if isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                    yield entry, key, value


def _other_people(texts: list[tuple[BaseModel, str, str | list[str]]]) -> list[str]:
    """Names of other people in the free text: spaCy PERSON entities shaped like a name.

    The model is English: on other languages it tags ordinary phrases, so a CV
    whose text is not English keeps other people's names (its own name still goes).
    """
    every = [(name, v) for _, name, value in texts for v in (value if isinstance(value, list) else [value]) if v]
    prose = [v for name, v in every if name in _FREE_TEXT]
    words = [w for _, text in every for w in re.findall(r"[^\W\d_]+", text)]
    if not prose or not _english(words):
        return []
    if nlp.pipeline() is None:
        log.warning("redaction without spaCy: other people's names in free text are kept")
        return []
    lower_words = {w for w in words if w.islower()}
    found = {text for ents in nlp.entities(prose) for label, text in ents if label == "PERSON"}
    return sorted((n for n in found if _looks_like_name(n, lower_words)), key=len, reverse=True)


def _english(words: list[str]) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    return sum(w.lower() in STOP_WORDS for w in words) >= _ENGLISH_STOP_SHARE * max(1, len(words))


def _looks_like_name(text: str, lower_words: set[str]) -> bool:
    """Two to four capitalised words (initials and particles allowed), not a phrase of common words.

    The NER model also tags subjects ("Machine Learning") and possessives
    ("Dean's List"); a name has no digits, no all-capitals acronym, no "'s",
    and is not made of words this same CV writes in lower case elsewhere.
    """
    particles = set(load("export")["name_particles"])
    tokens = text.replace("’", "'").split()
    if not 2 <= len(tokens) <= 4 or any(c.isdigit() for c in text) or "'s" in text.replace("’", "'"):
        return False
    for i, token in enumerate(tokens):
        if token.lower() in particles and 0 < i < len(tokens) - 1:
            continue
        if not re.fullmatch(r"[A-Z]\.", token) and not (token[:1].isupper()
                                                        and token[1:].replace("-", "").replace("'", "").islower()):
            return False
    words = [t.lower() for t in tokens if len(t) > 2]
    return not words or not all(w in lower_words for w in words)


def _replace_people(text: str | None, names: list[str]) -> str | None:
    """Each name in ``text`` as a placeholder, unless it is part of a longer proper name.

    "Jean Moulin" in "Université Jean Moulin Lyon" or "Edinburgh Amateur" in
    "Edinburgh Amateur Chamber Orchestra" names an institution, not a person.
    """
    for name in names:
        if not text or name not in text:
            continue
        current = text

        def swap(m: re.Match) -> str:
            return m.group(0) if _inside_proper_name(current, m.start(), m.end()) else NAME

        text = re.sub(_word(name), swap, text)
    return text


def _inside_proper_name(text: str, start: int, end: int) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    before = re.search(r"([^\W\d_]+)\s+$", text[:start])
    after = re.match(r"\s+([^\W\d_]+)", text[end:])
    honorifics = load("export")["honorifics"]
    joined_before = before and before.group(1)[0].isupper() and before.group(1).lower() not in STOP_WORDS \
        and fold(before.group(1)) not in honorifics
    joined_after = after and after.group(1)[0].isupper()
    return bool(joined_before or joined_after)


def _personal_row(text: str | None) -> bool:
    """'Date of birth: 1 May 1990', 'Geburtsdatum 01.01.1990', 'Nationalité : française'."""
    label, value = label_value(text or "")
    labels = load("export")["personal_labels"]
    if label:
        return bool(value) and fold(label) in labels
    folded = fold(text or "")
    return any(folded.startswith(f"{x} ") for x in labels)  # a table row without a colon
