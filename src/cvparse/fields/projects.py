"""Projects: name, role, dates, link, the tools printed with the name, highlights."""
from __future__ import annotations

import re

from ..lexicon import load
from ..model import Project
from ..segment.entries import Block
from ..text import fold, label_value
from .common import set_provenance, split_top_level, strip_end, tidy, unlinked, vocab_hits
from .contact import URL
from .header import highlights, read_header

# "Name | Python, Flask", "Name — Role", "Name · https://…": the parts of a project's title line.
_TITLE_PARTS = re.compile(r"\s+[|•·—–]\s+|\s+-\s+")
# A part that lists tools holds at least this many short items ("Go, React"); one phrase is a role
# or a subtitle.
_MIN_KEYWORDS = 2
_KEYWORD_WORDS = 3  # words of one tool at most ("Google Cloud Platform")


def _keyword_list(text: str) -> list[str] | None:
    """The items of a comma list of short names, or None when ``text`` is prose."""
    text = text.strip().strip("()[]")
    items = [strip_end(i) for i in split_top_level(text, ",;/")]
    if len(items) >= _MIN_KEYWORDS and all(0 < len(i.split()) <= _KEYWORD_WORDS for i in items):
        return items
    return None


def _labelled_keywords(text: str) -> list[str] | None:
    label, rest = label_value(text)
    if label and fold(label) in load("entry_labels")["keywords"]:
        return [strip_end(i) for i in split_top_level(rest, ",;/") if strip_end(i)]
    return None


def _unlinked(text: str) -> str:
    """The text without its links and the separators or words that stood for them ("· Link")."""
    return unlinked(URL.sub(" ", text))


def _read_title(text: str, entry: Project) -> None:
    parts = [p for p in _TITLE_PARTS.split(text) if p.strip()]
    if not parts:
        return
    entry.name = tidy(parts[0])
    for part in parts[1:]:
        keywords = _labelled_keywords(part) or _keyword_list(part)
        if keywords and not entry.keywords:
            entry.keywords = keywords
        elif entry.role is None and vocab_hits("position", part):
            entry.role = tidy(part)
        else:
            entry.highlights.append(tidy(part) or part)


def parse_project(block: Block, section: str) -> Project:
    entry = Project(section=section)
    urls = URL.findall(block.text)
    entry.url = urls[0].rstrip(".") if urls else None
    header = read_header(block)
    if header.dates:
        entry.start, entry.end, entry.current = header.dates.start, header.dates.end, header.dates.current
        entry.dates_text = header.dates.text
    title = " — ".join(t for t in (_unlinked(p.text) for p in header.pieces) if t)
    _read_title(title, entry)
    for line in highlights(block):
        keywords = _labelled_keywords(line)
        if keywords:
            entry.keywords += keywords
        elif _unlinked(line):
            entry.highlights.append(line)
    if header.location and not entry.keywords:
        # Projects print no place: a right-hand "Python, Flask" read as "City, Region" is the tools.
        entry.keywords = _keyword_list(header.location) or []
    set_provenance(entry, block.span())
    return entry
