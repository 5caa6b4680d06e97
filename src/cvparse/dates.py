"""Dates and date ranges in any common CV language (used by segmentation and fields).

A regular-expression fast path reads the usual shapes (years, month names,
numeric dates, open ends); month words our tables do not know are looked up
in dateparser's month names of some 200 languages. A date is never more precise than what is printed: no invented days.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Iterable

from .lexicon import load


@dataclass(frozen=True)
class DateMatch:
    start: str | None
    end: str | None
    current: bool
    text: str
    span: tuple[int, int]

    @property
    def is_range(self) -> bool:
        return self.end is not None or self.current


def _alts(words: Iterable[str]) -> str:
    """The words as alternatives, longest first, grouped by first letter behind a look-ahead.

    Python's regex engine tries every alternative at every word start, and with
    IGNORECASE it cannot skip one by its first letter; the look-ahead lets it skip a
    whole group at once. At a given place only words of one group can match (first
    letters the same under IGNORECASE share a group), and each group keeps the
    longest-first order, so the matches are those of the plain alternation.
    """
    groups: list[tuple[str, list[str]]] = []
    for word in sorted(set(words), key=len, reverse=True):
        head = word[:1]
        group = next((g for h, g in groups if h and head and re.fullmatch(re.escape(h), head, re.I)), None)
        if group is None:
            groups.append((head, [word]))
        else:
            group.append(word)
    return "|".join((f"(?={re.escape(head)})" if head else "") + "(?:" + "|".join(map(re.escape, group)) + ")"
                    for head, group in groups)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    table = load("dates")
    months = {k.lower(): v for k, v in table["months"].items()}
    year = r"(?:19|20)\d\d"
    month = rf"(?:{_alts(months)})\.?"
    season = rf"(?:{_alts(table['seasons'])})"
    present = rf"(?:{_alts(table['present'])})"
    single = (
        rf"(?P<dmy>\d{{1,2}})[./](?P<dm>\d{{1,2}})[./](?P<dy>{year})"
        rf"|(?P<ry>{year})(?P<rsep>\s*[–—]\s*|\s+-\s+|-)(?P<ry2>\d\d)(?![-\d])"
        rf"|(?P<iy>{year})-(?P<im>\d\d)(?:-(?P<id>\d\d))?"
        rf"|(?P<nm>\d{{1,2}})[./](?P<ny>{year})"
        rf"|(?:(?P<md>\d{{1,2}})\.?\s+)?(?P<mon>{month})(?:\s+(?P<md2>\d{{1,2}}),?)?(?:\s+(?:de|of|del)\s+|\s*[ ,'’]\s*)(?P<my>{year}|'\d\d)"
        rf"|(?P<sea>{season})(?:\s+(?:de|of|del|d')\s*|\s+)(?P<sy>{year})"
        rf"|(?P<mon_only>{month})(?=\s*[-–—]\s*\w|\s+(?:to|bis|au|a|al)\s)"
        rf"|(?P<ym>{year}),?\s+(?P<ymon>{month})(?!\s*[ ,'’]\s*(?:19|20)\d\d)"  # "2012 August"
        rf"|(?P<y>{year})"
        rf"|(?P<present>{present})"
    )
    token = re.compile(rf"(?<![\w/.])(?:{single})(?![\w])", re.I)
    sep = re.compile(rf"^\s*(?:{_alts(table['range'])})\s*$", re.I)
    return token, sep, months


@cache
def _may_hold_dates() -> re.Pattern[str]:
    """A digit or a word of the "present" table: a text with neither holds no date."""
    return re.compile(rf"\d|{_alts(load('dates')['present'])}", re.I)


def _opener(key: str) -> re.Pattern[str]:
    """Words of the table ``key`` ending the text before a date ("since ", "de ", "d’")."""
    return re.compile(rf"(?:^|(?<=\W))(?:{_alts(load('dates')[key])})\s*$", re.I)


@cache
def _since() -> re.Pattern[str]:
    return _opener("since")


@cache
def _from() -> re.Pattern[str]:
    return _opener("from")


_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")


@cache
def _foreign_months() -> dict[str, int]:
    """Month names of every language dateparser knows, read from its translation data.

    Asking dateparser's parser instead costs seconds on the first unknown word (it
    compiles every locale) and takes ordinary words for dates. Only full names are
    kept (an abbreviation is a prefix of another name of its month: "sty" of
    "stycznia"), and only names that mean one month in every language.
    """
    import importlib
    import pkgutil

    try:
        from dateparser.data import date_translation_data as data
    except ImportError:
        return {}
    months: dict[str, set[int]] = {}
    for module in pkgutil.iter_modules(data.__path__):
        info = getattr(importlib.import_module(f"{data.__name__}.{module.name}"), "info", {})
        for number, key in enumerate(_MONTH_KEYS, start=1):
            names = [n.lower() for n in info.get(key, [])]
            for name in names:
                if len(name) >= 4 and not any(other != name and other.startswith(name) for other in names):
                    months.setdefault(name, set()).add(number)
    return {name: numbers.pop() for name, numbers in months.items() if len(numbers) == 1}


def _value(m: re.Match[str], months: dict[str, int]) -> tuple[str | None, bool, bool]:
    """(ISO partial date, is_present, is_month_only)."""
    g = m.groupdict()
    if g["ry"]:  # "2014-15" as a year range is read by _short_range; here the ISO month it may be
        mo = int(g["ry2"])
        return (f"{g['ry']}-{mo:02d}" if 1 <= mo <= 12 else g["ry"]), False, False
    if g["present"]:
        return None, True, False
    if g["dy"]:
        d, mo = int(g["dmy"]), int(g["dm"])
        if mo > 12 and d <= 12:
            d, mo = mo, d
        return (f"{g['dy']}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else g["dy"]), False, False
    if g["iy"]:
        if not 1 <= int(g["im"]) <= 12:
            return g["iy"], False, False
        return f"{g['iy']}-{g['im']}" + (f"-{g['id']}" if g["id"] else ""), False, False
    if g["ny"]:
        mo = int(g["nm"])
        return (f"{g['ny']}-{mo:02d}" if 1 <= mo <= 12 else g["ny"]), False, False
    if g["my"]:
        month = months.get(g["mon"].lower().rstrip("."))
        year = g["my"] if not g["my"].startswith(("'", "’")) else "20" + g["my"][1:]
        day = g["md"] or g["md2"]
        if month and day and 1 <= int(day) <= 31:
            return f"{year}-{month:02d}-{int(day):02d}", False, False
        return (f"{year}-{month:02d}" if month else year), False, False
    if g["ym"]:
        month = months.get(g["ymon"].lower().rstrip("."))
        return (f"{g['ym']}-{month:02d}" if month else g["ym"]), False, False
    if g["sy"]:
        return g["sy"], False, False
    if g["mon_only"]:
        month = months.get(g["mon_only"].lower().rstrip("."))
        return (f"{month:02d}" if month else None), False, True
    return g["y"], False, False


_WORD_YEAR = re.compile(r"(?<![\w])([^\W\d_]{3,12})\.?\s+((?:19|20)\d\d)(?!\w)")


@cache
def _not_months() -> frozenset[str]:
    """Words the date tables already name as something else ("since", "present", "summer")."""
    table = load("dates")
    return frozenset(w.lower() for key in ("since", "present", "range", "seasons") for w in table[key])


def _unknown_month_words(text: str, months: dict[str, int]) -> str:
    """Rewrite month words only dateparser's tables know ("marca 2019") to numeric form."""
    def repl(m: re.Match[str]) -> str:
        word = m.group(1).lower()
        if word in months or word in _not_months():
            return m.group(0)
        mo = _foreign_months().get(word)
        return f"{mo:02d}/{m.group(2)}".ljust(len(m.group(0))) if mo else m.group(0)

    return _WORD_YEAR.sub(repl, text)


_OPEN_END = re.compile(r"(\s*[–—-])\s*(?:[)\];,]|$)")


def _short_range(start: str, sep: str, end: str) -> str | None:
    """The end year of "2014-15", "1999-00", "2011 – 12", or None where the text is the ISO
    month it may also be: a bare hyphen before a month number ("2019-05", and "2011-12", which
    may be an academic year too; ISO months are the printed shape of several locales)."""
    n, first = int(end), int(start)
    if sep == "-" and 1 <= n <= 12:
        return None
    year = first - first % 100 + n
    return str(year + 100 if year <= first else year)


def names_a_month(text: str) -> bool:
    """A month's name among the words: "26 November 1865" is a date of any year."""
    months = _patterns()[2]
    return any(word.lower() in months for word in re.findall(r"[^\W\d_]+", text))


def find_dates(text: str) -> list[DateMatch]:
    """Every date and date range in ``text``, left to right."""
    return list(_dates_in(text))


@lru_cache(maxsize=8192)
def _dates_in(text: str) -> tuple[DateMatch, ...]:
    # Cached: segmentation and both field passes read the same lines' dates again and again.
    token, sep, months = _patterns()
    if not _may_hold_dates().search(text):
        return ()
    scan = _unknown_month_words(text, months)
    found = []
    ranges = {}  # start index of a "2014-15" token -> its range
    for m in token.finditer(scan):
        if m.group("ry") and (last := _short_range(m.group("ry"), m.group("rsep"), m.group("ry2"))):
            ranges[m.start()] = DateMatch(m.group("ry"), last, False, text[m.start():m.end()], (m.start(), m.end()))
            found.append((m.start(), m.end(), m.group("ry"), False, False))
            continue
        value, present, month_only = _value(m, months)
        if value is None and not present:
            continue
        found.append((m.start(), m.end(), value, present, month_only))
    out: list[DateMatch] = []
    i = 0
    while i < len(found):
        a0, a1, value, present, month_only = found[i]
        if a0 in ranges:
            out.append(ranges[a0])
            i += 1
            continue
        if i + 1 < len(found) and sep.match(scan[a1:found[i + 1][0]]) and not present:
            b0, b1, value2, present2, month_only2 = found[i + 1]
            if month_only and value2 and not present2:
                value = f"{value2[:4]}-{value}"
            if value and not month_only2 and (value2 or present2):
                start, end = _open_bracket(text, a0), _close_bracket(text, b1)
                if opener := _from().search(text[:start]):  # "De mars 2012 à juin 2014"
                    start = opener.start()
                out.append(DateMatch(value, value2, present2, text[start:end].strip("[]() "), (start, end)))
                i += 2
                continue
        if month_only or present:
            i += 1
            continue
        since = _since().search(text[:a0])
        open_end = _OPEN_END.match(text, a1)
        if since:
            out.append(DateMatch(value, None, True, text[since.start():a1].strip(), (since.start(), a1)))
        elif open_end:  # "(2018–)": a range left open runs to the present
            b = open_end.end(1)
            out.append(DateMatch(value, None, True, text[a0:b], (a0, b)))
        else:
            out.append(DateMatch(value, None, False, text[a0:a1], (a0, a1)))
        i += 1
    return tuple(out)


def _open_bracket(text: str, i: int) -> int:
    return i - 2 if text[max(0, i - 2):i] == "[ " else i


def _close_bracket(text: str, i: int) -> int:
    return i + 2 if text[i:i + 2] == " ]" else i


def first_range(text: str) -> DateMatch | None:
    """The first date range in ``text``, or else its first single date."""
    dates = find_dates(text)
    for d in dates:
        if d.is_range:
            return d
    return dates[0] if dates else None


def warm_up() -> None:
    """Read the month names of every language now (~0.2 s), not inside a timed parse."""
    _foreign_months()
