"""Text helpers shared by the stages: normalisation and word-backed spans."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from .extract.clean import SOFT_HYPHEN
from .layout import Box, Line, Word, words_box


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case, accents removed, punctuation to spaces: for vocabulary look-ups.

    Cached: the field parsers fold the same short texts again and again.
    """
    if text.isascii():  # most text: nothing to decompose, no accents to drop
        return _NOT_WORD.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKD", text.lower())
    for mark in [c for c in set(text) if unicodedata.combining(c)]:  # each accent dropped at once
        text = text.replace(mark, "")
    # Letters of every script stay (Cyrillic, CJK headings); Latin letters with a stroke or
    # without a dot, which do not decompose, fold to the letter they are written on.
    return _NOT_WORD.sub(" ", text.translate(_UNDECOMPOSED)).strip()


_NOT_WORD = re.compile(r"[\W_]+")
_UNDECOMPOSED = str.maketrans({"ß": "ss", "ł": "l", "ı": "i", "ø": "o", "đ": "d", "ħ": "h", "æ": "ae", "œ": "oe"})


@dataclass
class Span:
    """Text made of PDF words, able to say where any part of it was printed."""

    text: str = ""
    words: list[Word] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    # Read once per span, not once per field looked for (see set_provenance): the
    # lower-cased text, where each word's text ends and how far the words up to it reach.
    _lower: str | None = field(default=None, init=False, repr=False, compare=False)
    _ends: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _reach: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def of_lines(cls, lines: list[Line]) -> "Span":
        span = cls()
        for line in lines:
            span.extend(line.words)
        return span

    @classmethod
    def of_words(cls, words: list[Word]) -> "Span":
        span = cls()
        span.extend(words)
        return span

    def extend(self, words: list[Word]) -> None:
        texts = [w.text for w in words]
        joined = " ".join(texts)
        if not texts or SOFT_HYPHEN in joined or "" in texts or self.text.endswith(SOFT_HYPHEN):
            self._extend_word_by_word(words)
            return
        # The usual case, words one space apart: one join, the starts summed up.
        start, starts = (len(self.text) + 1 if self.text else 0), self.starts
        for t in texts:
            starts.append(start)
            start += len(t) + 1
        self.text = f"{self.text} {joined}" if self.text else joined
        self.words.extend(words)
        self._lower = self._ends = self._reach = None

    def _extend_word_by_word(self, words: list[Word]) -> None:
        # Built in a local string: appending to an attribute copies the whole text per word.
        text, starts = self.text, self.starts
        for w in words:
            if text.endswith(SOFT_HYPHEN):
                # A hyphenation break: the word goes on without a space.
                text = text[:-1]
            elif text:
                text += " "
            starts.append(len(text))
            text += w.text
        self.words.extend(words)
        self.text = text
        self._lower = self._ends = self._reach = None

    def _lowered(self) -> str:
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    @property
    def clean(self) -> str:
        return self.text.replace(SOFT_HYPHEN, "").strip()

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words printing any of the characters start..end, found by bisection: a
        provenance look-up per field must not walk a long entry's every word."""
        if self._ends is None or self._reach is None:
            self._ends = [s + len(w.text) for w, s in zip(self.words, self.starts)]
            self._reach = list(accumulate(self._ends, max))
        # Starts never decrease, nor does the reach; before ``lo`` no word ends after ``start``.
        lo, hi = bisect_right(self._reach, start), bisect_left(self.starts, end)
        return [w for w, e in zip(self.words[lo:hi], self._ends[lo:hi]) if e > start]

    def source(self, value: str | None = None) -> tuple[int, Box] | None:
        """Page and box of ``value`` inside this span (the whole span if not found)."""
        return (self.find(value) if value else None) or _place(self.words)

    def find(self, value: str, taken: list[tuple[int, int]] | None = None) -> tuple[int, Box] | None:
        """Page and box of ``value`` where it is printed in this span, None if it is not.

        With ``taken`` (character ranges other fields were read from), the first printing
        outside them wins: "Singapore" the place, not the end of "University of Singapore";
        the range found is added to ``taken``.
        """
        at = self._offset(value, taken or []) if value else None
        if at is None:
            return None
        if taken is not None:
            taken.append((at, at + len(value)))
        return _place(self.words_in(at, at + len(value)))

    def _offset(self, value: str, taken: list[tuple[int, int]]) -> int | None:
        for text, wanted in ((self.text, value), (self._lowered(), value.lower()[:40])):
            first = None
            at = text.find(wanted)
            while at >= 0:
                if not any(at < end and start < at + len(value) for start, end in taken):
                    return at
                first = at if first is None else first
                at = text.find(wanted, at + 1)
            if first is not None:
                return first  # printed only where another field was read: share its place
        return None

    def find_digits(self, number: str, shortest: int = 7) -> tuple[int, Box] | None:
        """Where a number (a phone in E.164) is printed, however it is grouped and punctuated:
        the longest tail of its digits (the country code may be left out) found among the
        span's digits, at least ``shortest`` of them."""
        wanted = re.sub(r"\D", "", number)
        positions = [i for i, ch in enumerate(self.text) if ch.isdigit()]
        printed = "".join(self.text[i] for i in positions)
        for tail in range(len(wanted), shortest - 1, -1):
            at = printed.find(wanted[-tail:])
            if at >= 0:
                return _place(self.words_in(positions[at], positions[at + tail - 1] + 1))
        return None


def _place(words: list[Word]) -> tuple[int, Box] | None:
    """The page of the first word and the box of the words on that page."""
    if not words:
        return None
    page = words[0].page
    return page, words_box(words, page)


def label_value(text: str) -> tuple[str | None, str]:
    """'Category: rest' -> ('Category', 'rest') when the label is short."""
    m = re.match(r"^([^:]{1,60}?)\s*[:：]\s*(.*)$", text)
    if m and len(m.group(1).split()) <= 6 and not re.search(r"https?$", m.group(1)):
        return m.group(1).strip(), m.group(2).strip()
    return None, text


# Contact shapes, shared by segmentation (is this the header?) and the contact parser.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)
PHONE_SHAPE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
