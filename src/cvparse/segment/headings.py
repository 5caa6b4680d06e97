"""Section headings: found by typography, named by a multilingual lexicon."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..extract.clean import is_bullet
from ..extract.lines import small_caps
from ..layout import Layout, Line, Page, Word
from ..lexicon import load
from ..text import fold

MAX_HEADING_WORDS = 6
# Points by which a sub-heading is smaller than its section's heading style: more than the
# rounding of sizes read off one PDF's fonts (a few tenths), less than any designed step.
SUB_HEADING_GAP = 0.6


@cache
def _tables() -> tuple[dict[str, str], list[tuple[str, re.Pattern[str]]], re.Pattern[str] | None]:
    """The exact headings, each kind's phrase pattern in priority order, and the pattern of the
    phrases that themselves join two names ("nagrody i wyroznienia")."""
    table = load("headings")
    exact = {phrase: kind for kind, phrases in table["exact"].items() for phrase in phrases}
    ordered = []
    for kind in table["order"]:
        phrases = sorted(table["phrases"].get(kind, []), key=len, reverse=True)
        if phrases:
            ordered.append((kind, _whole_words(phrases)))
    joined = [ph for phrases in table["phrases"].values() for ph in phrases if _JOINS.search(ph)]
    return exact, ordered, _whole_words(joined) if joined else None


def _whole_words(phrases: list[str]) -> re.Pattern[str]:
    """Phrases as whole words; a phrase ending in "*" is a stem and takes any ending."""
    alternatives = [re.escape(p[:-1]) + r"\w*" if p.endswith("*") else re.escape(p) for p in phrases]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


def heading_kind(text: str) -> str | None:
    """The section kind a heading's words name, or None when they name none."""
    folded = fold(text)
    if not folded or len(folded.split()) > MAX_HEADING_WORDS:
        return None
    exact, ordered, joined = _tables()
    if folded in exact:
        return exact[folded]
    if ":" in text:  # "Publications: Journal Articles": the part before the colon names the section
        head = heading_kind(text.split(":", 1)[0])
        if head:
            return head
    # "Education & Certifications", "Idiomas y certificaciones": the first part named leads,
    # unless a lexicon phrase itself spans the join ("Nagrody i wyróżnienia").
    parts = [p for p in _JOINS.split(fold(_JOIN_MARKS.sub(" and ", text))) if p]
    if len(parts) > 1 and not (joined and joined.search(folded)):
        for part in parts:  # the catch-all kind never leads ("Community & Service")
            if (kind := exact.get(part) or _first_kind(part, ordered)) not in (None, "other"):
                return kind
    return _first_kind(folded, ordered)


# Words and marks that join two section names in one heading, in the lexicon's languages.
_JOIN_MARKS = re.compile(r"[&+/,;|]")
_JOINS = re.compile(r"\s*\b(?:and|und|et|y|e|i|och|ve|en|a|og|ja|oraz|as well as)\b\s*")


# A heading is mostly its section's name ("Technical Skills", "Conocimientos de computación"),
# or ends in it ("Other Current Positions"); a line where a section word is a small part in
# the middle ("Senior Software Engineer at Trove", "MEng in Computer Science") is a title.
MIN_NAMED_SHARE = 0.5
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")  # short words (of, de, at, in) name nothing


def spans_join(first: str, second: str) -> bool:
    """Does one heading phrase of the lexicon run from ``first`` into ``second``
    ("Technical" / "Skills" wrapped over two rows), as opposed to two names side by side?"""
    head, text = fold(first), fold(f"{first} {second}")
    exact, ordered, _joined = _tables()
    if text in exact:
        return True
    return any(m.start() < len(head) < m.end() for _kind, pattern in ordered for m in pattern.finditer(text))


def open_join(text: str, at_start: bool = False) -> bool:
    """Does the text end (or, ``at_start``, begin) in a word or mark that joins it to more
    ("Awards and", "Skills &", "and Preprints")?"""
    words = text.split()
    if not words:
        return False
    edge = words[0] if at_start else words[-1]
    return bool(_JOIN_MARKS.fullmatch(edge[0] if at_start else edge[-1]) or _JOINS.fullmatch(fold(edge)))


def _first_kind(folded: str, ordered: list[tuple[str, re.Pattern[str]]]) -> str | None:
    words = _CONTENT_WORD.findall(folded)
    for kind, pattern in ordered:
        found = list(pattern.finditer(folded))
        if not found:
            continue
        named = sum(len(_CONTENT_WORD.findall(m.group(0))) for m in found)
        if named >= MIN_NAMED_SHARE * len(words) or not _CONTENT_WORD.search(folded, found[-1].end()):
            return kind
    return None


def heading_text(line: Line) -> str:
    text = line.text.strip()
    text = re.sub(r"^[\W\d_]+(?=\w)", "", text) if not text[:1].isalnum() else text
    return text.rstrip(" :：").strip()


def _letterspaced(text: str) -> str:
    """'E X P E R I E N C E' -> 'EXPERIENCE' (letter-spaced capitals in headings)."""
    parts = text.split(" ")
    if len(parts) >= 4 and sum(len(p) == 1 for p in parts) >= 0.7 * len(parts):
        return re.sub(r"(?<=\w) (?=\w\b)", "", text)
    return text


def shows_capitals(words: list[Word], least: int = 3) -> bool:
    """Do the words print in capitals: upper-case letters, or any letters in small capitals?
    (``least``: letters there must be, so that "A" or "&" is no heading in capitals)."""
    letters = upper = 0
    for w in words:
        n = sum(map(str.isalpha, w.text))
        letters += n
        upper += n if small_caps(w.font) else sum(map(str.isupper, w.text))
    return letters >= least and upper == letters


def style_key(line: Line) -> tuple:
    text = line.text
    caps = sum(map(str.isupper, text)) >= 0.8 * max(1, sum(map(str.isalpha, text))) or shows_capitals(line.words)
    return (line.words[0].font, round(line.size), line.share("bold") > 0.5, line.words[0].color, caps)


def body_style(layout: Layout) -> tuple[float, str]:
    # Plain dicts in the loop over every word, sizes rounded once per distinct size: it is
    # the one loop of segmentation over all the words.
    raw: dict[float, int] = {}
    colors: dict[str, int] = {}
    for line in layout.lines:
        for w in line.words:
            n = len(w.text)
            raw[w.size] = raw.get(w.size, 0) + n
            colors[w.color] = colors.get(w.color, 0) + n
    sizes: Counter[float] = Counter()
    for size, n in raw.items():
        sizes[round(size, 1)] += n
    size = sizes.most_common(1)[0][0] if sizes else 10.0
    return size, (Counter(colors).most_common(1)[0][0] if colors else "")


def _has_rule(line: Line, page: Page) -> bool:
    if not page.rules:
        return False
    size, top, bottom, x1 = line.size, line.top, line.bottom, line.x1  # each computed from the words
    for r in page.rules:
        below = bottom - 0.3 * size <= r.y <= bottom + 1.2 * size
        beside = top <= r.y <= bottom and r.x0 >= x1 - 1
        if (below or beside) and r.x1 - r.x0 > 3 * size:
            return True
    return False


def _prominence(line: Line, page: Page, body_size: float, body_color: str) -> int:
    score = 0
    if line.size >= 1.12 * body_size:
        score += 2
    if line.share("bold") > 0.8:
        score += 1
    if shows_capitals(line.words):
        score += 1
    if line.words[0].color != body_color and line.words[0].color:
        score += 1
    if _has_rule(line, page):
        score += 2
    return score


def _shape_ok(line: Line) -> bool:
    text = line.text.strip()
    # The cheap tests first: it runs on every line, and most are too long for a heading.
    if not text or len(text) > 60 or text.endswith((".", ",", ";")):
        return False
    if is_bullet(line.words[0].text) or len(line.cells()) > 1:
        return False
    if len(text.split()) > MAX_HEADING_WORDS * 2 or _NOT_A_HEADING.search(text):
        return False
    return any(map(str.isalpha, text))


_NOT_A_HEADING = re.compile(r"\d{3,}|@|https?:")


@dataclass
class Candidate:
    line: Line
    text: str
    kind: str | None
    score: int
    style: tuple


def find_headings(layout: Layout) -> dict[int, tuple[str, str]]:
    """id(line) -> (heading text, section kind), for every line that is a section heading.

    The learned model decides where it is shipped (``models/headings.json``), reading the
    document-relative typography of each candidate line and the rules' own answer; the
    kind comes from the heading's words, or from the rules' "other" for a wordless heading."""
    from ..models import load
    from .typography import candidates, line_features

    rules = rule_headings(layout)
    model = load("headings")
    if model is None:
        return rules
    lines = candidates(layout)
    picked = [line for line, row in zip(lines, line_features(layout, lines, rules))
              if model.probability(row) >= model.threshold]
    dropped = set(_sub_levels({id(line): (line, _uncoloured(style_key(line))) for line in picked}))
    found: dict[int, tuple[str, str]] = {}
    for line in picked:
        if id(line) not in dropped:
            text = _letterspaced(heading_text(line))
            found[id(line)] = rules.get(id(line)) or (text, heading_kind(text) or "other")
    return found


def rule_headings(layout: Layout) -> dict[int, tuple[str, str]]:
    """The rules' headings: lexicon matches set off by typography, and the recurring style of
    those repeated on wordless lines."""
    body_size, body_color = body_style(layout)
    candidates: list[Candidate] = []
    space_above: dict[int, float] = {}  # lines that have a line above them on their page
    for page in layout.pages:
        prev_bottom = None
        for line in page.lines:
            top = line.top
            if prev_bottom is not None and top > prev_bottom:
                space_above[id(line)] = top - prev_bottom
            prev_bottom = line.bottom
            if _shape_ok(line):
                text = _letterspaced(heading_text(line))
                candidates.append(Candidate(line, text, heading_kind(text), _prominence(line, page, body_size, body_color),
                                            style_key(line)))
    found = {id(c.line): c for c in candidates
             if c.kind and c.score >= 1 and len(c.text.split()) <= MAX_HEADING_WORDS}
    # Some designs give every heading a colour of its own: styles are counted
    # without colour, and the colours a style is printed in are remembered.
    for key in _sub_levels({key: (c.line, _uncoloured(c.style)) for key, c in found.items()}):
        del found[key]
    styles = Counter(_uncoloured(c.style) for c in found.values())
    recurring = [(n, style[1], style) for style, n in styles.items() if n >= 2]
    if recurring:
        main_style = max(recurring)[2]
        main_colours = {c.style for c in found.values() if _uncoloured(c.style) == main_style}
        for c in candidates:
            if id(c.line) not in found and c.style in main_colours and c.score >= 2:
                c.kind = c.kind or "other"
                found[id(c.line)] = c
    _drop_tight(found, space_above, body_size)
    return {key: (c.text, c.kind) for key, c in found.items()}


def _sub_levels(found: dict[int, tuple[Line, tuple]]) -> list[int]:
    """The keys of headings smaller than a recurring heading style of their flow: sub-headings
    ("Coding", "Languages" under "Technical Skills"), whoever found them. ``found`` maps a key
    to the line and its style without colour."""
    styles = Counter(style for _line, style in found.values())
    levels = [(line.size, line) for line, style in found.values() if styles[style] >= 2]
    return [key for key, (line, _style) in found.items()
            if any(size > line.size + SUB_HEADING_GAP and _same_flow(line, main) for size, main in levels)]


def _uncoloured(style: tuple) -> tuple:
    font, size, bold, _colour, caps = style
    return (font, size, bold, caps)


def _same_flow(line: Line, main: Line) -> bool:
    """Can ``line`` stand under the heading ``main``? Not when the two are in different
    columns (a sidebar or a label column has headings of its own), nor on a page
    before ``main``'s (a sidebar on page 1 is read before full-width page 2)."""
    if main.column and line.column and main.column != line.column:
        return False
    if main.page != line.page:
        return main.page < line.page
    return main.column == line.column


def _drop_tight(found: dict[int, Candidate], space_above: dict[int, float], body_size: float) -> None:
    """Where section headings stand apart from the text above, a look-alike that does not is a sub-heading."""
    gaps = sorted(space_above.values())
    if not gaps:
        return
    line_gap = gaps[len(gaps) // 2]
    measured = [k for k in found if k in space_above]
    apart = [k for k in measured if space_above[k] > line_gap + 0.5 * body_size]
    if len(apart) >= 2:
        for k in measured:
            if space_above[k] <= 1.3 * line_gap + 1.0:
                del found[k]
