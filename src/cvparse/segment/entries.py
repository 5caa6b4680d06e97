"""Entries: a section's lines split into blocks (an employment, a degree, a list item)."""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from ..extract.clean import is_bullet
from ..layout import Line, Word, dominant_size
from ..text import Span, label_value
from ..dates import find_dates

# Sections whose entries are multi-line blocks headed by organisation / title / dates.
BLOCK_KINDS = {"experience", "education", "projects", "volunteering"}
# Sections whose items may each be a bold title over plain lines (authors, venue).
TITLE_LED_KINDS = {"publications", "talks", "awards", "certifications", "references"}
# Sections whose entries are stacked blocks parted by blank space (a referee: name, post, address).
SPACED_KINDS = {"references"}
# A blank line between entries: a gap wider than the section's usual one between lines by at
# least this share of the font size (an empty line adds a whole line's height).
BLANK_LINE_SHARE = 0.6
# Sections where a bold short line is a sub-heading ("Lecturer", "Coding") rather than an item.
BOLD_SUBHEADING_KINDS = {"teaching", "skills", "languages", "interests", "service"}


@dataclass
class Block:
    lines: list[Line]
    context: str | None = None  # the sub-heading it stands under ("Workshop papers")
    header: list[Line] = field(default_factory=list)  # block mode: the entry's title lines
    body: list[Line] = field(default_factory=list)
    margin: float = 0.0  # right edge of the section's text, to tell wrapped lines
    cells: list[tuple[str, str]] = field(default_factory=list)  # a table row: (column heading, text)

    def span(self, lines: list[Line] | None = None) -> Span:
        return Span.of_words(content_words(lines if lines is not None else self.lines))

    @property
    def text(self) -> str:
        return self.span().clean


def strip_bullet(words: list[Word]) -> list[Word]:
    return words[1:] if len(words) > 1 and is_bullet(words[0].text) else words


def content_words(lines: list[Line]) -> list[Word]:
    """The lines' words without their list markers."""
    return [w for line in lines for w in strip_bullet(line.words)]


def is_bullet_line(line: Line) -> bool:
    return len(line.words) > 1 and is_bullet(line.words[0].text)


def label_of(line: Line) -> str | None:
    """'Tools: Git, Docker' -> 'Tools': a list item that opens with a short label (not a time, '10:30')."""
    label, _ = label_value(" ".join(w.text for w in strip_bullet(line.words)))
    return label if label and label[0].isalpha() and len(label.split()) <= 5 else None


def _is_subheading(line: Line, bold_allowed: bool) -> bool:
    text = " ".join(w.text for w in content_words([line])).strip()
    words = text.split()
    if not words or len(words) > 6 or len(line.cells()) > 1 or not words[0][:1].isupper():
        return False
    if text.endswith(":"):
        return True
    if is_bullet_line(line):
        return False
    return bold_allowed and line.share("bold") > 0.8 and ":" not in text and not find_dates(text)


def _right_margin(lines: list[Line]) -> float:
    return max((ln.x1 for ln in lines), default=0.0)


def continues(prev: Line, line: Line, margin: float) -> bool:
    """Is ``line`` the rest of ``prev``'s text, broken at the margin?

    It is when its first word would not have fitted in the room left at the
    end of ``prev`` (so the typesetter had to break there).
    """
    if is_bullet_line(line):
        return False
    if prev.text.endswith(("\u00ad", ",", "-", "&", " and", " of", " the", " in")) or line.text[:1].islower():
        return True
    first = line.words[0]
    room = margin - prev.x1
    return room < (first.x1 - first.x0) + 0.6 * first.size


def split_list(lines: list[Line], bold_subheadings: bool = False, margin: float = 0.0) -> list[Block]:
    has_bullets = any(is_bullet_line(ln) for ln in lines)
    margin = max(margin, _right_margin(lines))
    blocks: list[Block] = []
    context = None
    prev: Line | None = None
    opening_label = None  # the label of the line that opened the last item
    for line in lines:
        label = label_of(line)
        labelled_items = label and blocks and opening_label
        # In lists with bold sub-headings, a bold line after plain items starts a group
        # even where it would fit the wrap test.
        bold_after_plain = bold_subheadings and prev is not None and prev.share("bold") < 0.2 \
            and line.share("bold") > 0.8
        # "[ Northfield Language" / "Centre, 2018 ] …": an item never ends inside a bracket.
        open_bracket = prev is not None and prev.text.count("[") > prev.text.count("]")
        if open_bracket or prev is not None and blocks and not labelled_items and not bold_after_plain and continues(
                prev, line, margin) and not (not has_bullets and len(line.cells()) > 1):
            blocks[-1].lines.append(line)
            prev = line
            continue
        if _is_subheading(line, has_bullets or bold_subheadings):
            context = " ".join(w.text for w in content_words([line])).strip().rstrip(":").strip()
            prev = None
            continue
        blocks.append(Block(lines=[line], context=context, margin=margin))
        opening_label = label
        prev = line
    return blocks


def label_text(line: Line) -> str:
    return " ".join(w.text for w in line.cells()[0]) if line.label else ""


def label_wraps(prev: Line, line: Line) -> bool:
    """Is ``line``'s label the rest of ``prev``'s ("September 2013 – January" / "2016")?

    It is when the two read as fewer dates together than apart: the range was
    broken across the lines.
    """
    a, b = label_text(prev), label_text(line)
    return bool(a and b) and len(find_dates(f"{a} {b}")) < len(find_dates(a)) + len(find_dates(b))


def _wraps_title(prev: Line, line: Line) -> bool:
    """Does ``line`` carry on ``prev``'s label-column title (its label, or its text in the same font)?"""
    if not prev.label:
        return False
    if line.label:
        return label_wraps(prev, line)
    return len(line.cells()) == 1 and prev.words[-1].style == line.words[0].style


def _title_lines(header: list[Line]) -> int:
    """How many titles the header holds, a title wrapped onto a second line counted once."""
    return sum(1 for i, ln in enumerate(header)
               if not (i and _wraps_title(header[i - 1], ln)) and not _only_dates(ln) and not _date_line(ln))


_DATE_LINE_WORDS = 4  # words beside the dates on a date line ("2023 – Current · Berkeley, United States")


def _date_line(line: Line) -> bool:
    """A plain line of dates and a place above or below an entry's titles: no title itself."""
    dates = find_dates(line.text)
    if not dates or len(line.cells()) > 1 or line.share("bold") >= 0.5:
        return False
    text = line.text
    for d in dates:
        text = text.replace(d.text, " ")
    return len(re.findall(r"\w+", text)) <= _DATE_LINE_WORDS


def _first_cell_style(line: Line) -> tuple[object, ...]:
    w = line.cells()[0][0]
    return (w.font, *w.style)


_TITLE_RATIO = 1.12  # a line this much larger than the body text is an entry's title


def _is_header_line(line: Line, body_size: float) -> bool:
    if is_bullet_line(line):
        return _only_dates(line)  # "• sep 2013 – mei 2016": entries listed as dated bullets
    if len(line.cells()) > 1 or find_dates(line.text):
        return True
    # Entry titles stand out by weight or, in some designs, by size alone.
    return (line.share("bold") > 0.6 or line.size >= _TITLE_RATIO * body_size) and len(line.words) <= 14


def _only_dates(line: Line) -> bool:
    text = line.text
    for d in find_dates(text):
        text = text.replace(d.text, " ")
    return not re.search(r"\w", text)


def _second_title(line: Line) -> bool:
    text = line.text.strip()
    sentence = text.endswith((":", ";")) or (text.endswith(".") and len(text.split()) > 4)
    return not is_bullet_line(line) and len(text.split()) <= 8 and not sentence


def split_entries(lines: list[Line], margin: float = 0.0) -> list[Block]:
    margin = max(margin, _right_margin(lines))
    body_size = dominant_size(w for ln in lines for w in ln.words)
    blocks: list[Block] = []
    for at, line in enumerate(lines):
        cur = blocks[-1] if blocks else None
        # The section's first line heads its first entry, whatever its style.
        header = cur is None or _is_header_line(line, body_size)
        new = cur is None
        late_dates = False
        if cur is not None and header:
            dated = any(find_dates(ln.text) for ln in cur.header)
            late_dates = _late_date_line(line, cur, blocks)
            labelled = [ln for ln in cur.header if ln.label]
            if cur.body and dated and _undated_subheading(line, lines[at + 1:at + 3], body_size):
                header = False  # "Key achievements" inside a dated entry: a sub-heading of its body
            elif late_dates:
                pass
            elif cur.body:
                new = True
            elif line.label and labelled:
                # One label (dates) per entry: a second label line opens the next, unless it wraps the first.
                new = not label_wraps(labelled[-1], line)
            elif dated and (find_dates(line.text) or _first_cell_style(line) == _first_cell_style(cur.header[0])):
                new = True
        if new:
            blocks.append(Block(lines=[], header=[], margin=margin))
            cur = blocks[-1]
        elif cur is not None and not header and not cur.body and _second_title(line) and _title_lines(cur.header) <= 1:
            # "Title || dates" (or a date line, then the title), then the employer on a plain line;
            # under a header of dates alone, the title itself in plain type
            header = True
        assert cur is not None  # the first line always opens a block
        cur.lines.append(line)
        (cur.header if header and (late_dates or not cur.body) else cur.body).append(line)
    return blocks


_LATE_DATE_BODY = 2  # body lines an entry's titles may run to before its date line (a tagline, a team)


def _late_date_line(line: Line, cur: Block, blocks: list[Block]) -> bool:
    """A date line under an undated entry's titles and a line or two more, where every entry
    before it was dated: its dates, not the next entry's (an entry has one date line, and
    none of the others went without)."""
    return (_date_line(line) and 0 < len(cur.body) <= _LATE_DATE_BODY
            and not any(find_dates(ln.text) for ln in cur.lines)
            and all(any(find_dates(ln.text) for ln in b.header) for b in blocks[:-1]))


def _undated_subheading(line: Line, following: list[Line], body_size: float) -> bool:
    """A short bold line in body type with no date, over lines with no date either: it titles part of an entry."""
    text = line.text.strip()
    return (len(line.cells()) == 1 and line.size < _TITLE_RATIO * body_size
            and len(text.split()) <= 5 and not text.endswith(".")
            and not any(find_dates(ln.text) for ln in [line, *following]))


def _title_led(lines: list[Line]) -> bool:
    """Items each opened by a bold title line, their other lines (authors, venue) plain or italic."""
    bold = [ln.share("bold") > 0.8 for ln in lines]
    return (len(lines) >= 4 and bold[0] and 2 <= sum(bold) <= 0.6 * len(lines)
            and not any(is_bullet_line(ln) for ln in lines))


def split_title_led(lines: list[Line], margin: float) -> list[Block]:
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        title = line.share("bold") > 0.8
        wrapped_title = title and i and lines[i - 1].share("bold") > 0.8 and continues(lines[i - 1], line, margin)
        if not blocks or (title and not wrapped_title):
            blocks.append(Block(lines=[], margin=margin))
        blocks[-1].lines.append(line)
    return blocks


def split_spaced(lines: list[Line], margin: float) -> list[Block] | None:
    """Blocks parted by blank space, or None when the lines are evenly spaced."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if a.page == b.page]
    if not gaps:
        return None
    usual = statistics.median(gaps)
    blocks: list[Block] = []
    for prev, line in zip([None, *lines], lines):
        blank = prev is None or prev.page != line.page or line.top - prev.bottom > usual + BLANK_LINE_SHARE * line.size
        if blank and (not blocks or blocks[-1].lines):
            blocks.append(Block(lines=[], margin=margin))
        blocks[-1].lines.append(line)
    return blocks if len(blocks) > 1 else None


def split_blocks(lines: list[Line], kind: str, margin: float = 0.0) -> list[Block]:
    if kind in SPACED_KINDS and (spaced := split_spaced(lines, max(margin, _right_margin(lines)))):
        return spaced
    if kind in BLOCK_KINDS:
        return split_entries(lines, margin)
    if kind in TITLE_LED_KINDS and _title_led(lines):
        return split_title_led(lines, max(margin, _right_margin(lines)))
    return split_list(lines, bold_subheadings=kind in BOLD_SUBHEADING_KINDS, margin=margin)

