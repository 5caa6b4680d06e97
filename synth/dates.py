"""Date shapes: how a CV prints a date or a range, and what the truth says it means.

A *format* prints one date (``MM/YY``, ``Month YYYY``, ``YYYY.MM`` ...) and knows its
precision (a season prints a year's worth of information: the truth keeps the year,
never an invented month). A *form* puts one or two dates together: a range joined by
a dash or a word, a range left open ("– heute"), a start with "seit", or a single
date. A role's shape is ``"<format> <form>"``.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable, Optional

# (year, month, day); month and day may be None when the format does not print them.
Date = tuple[int, Optional[int], Optional[int]]


@dataclass(frozen=True)
class Format:
    name: str
    precision: str  # "year" | "month" | "day": what the printed text says
    text: Callable[[Date, dict], str]
    locales: Optional[frozenset] = None  # None: any locale


def _season(d: Date, v: dict) -> str:
    key = ("winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer",
           "autumn", "autumn", "autumn", "winter")[(d[1] or 1) - 1]
    return f"{v['seasons'][key]} {d[0]}"


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("MM/YY", "month", lambda d, v: f"{d[1]:02d}/{d[0] % 100:02d}"),
    Format("MM/YYYY", "month", lambda d, v: f"{d[1]:02d}/{d[0]}"),
    Format("M/YY", "month", lambda d, v: f"{d[1]}/{d[0] % 100:02d}"),
    Format("M/YYYY", "month", lambda d, v: f"{d[1]}/{d[0]}"),
    Format("MM.YYYY", "month", lambda d, v: f"{d[1]:02d}.{d[0]}"),
    Format("YYYY.MM", "month", lambda d, v: f"{d[0]}.{d[1]:02d}"),
    Format("YYYY-MM", "month", lambda d, v: f"{d[0]}-{d[1]:02d}"),
    Format("YYYY/MM", "month", lambda d, v: f"{d[0]}/{d[1]:02d}"),
    Format("Mon YYYY", "month", lambda d, v: f"{v['months_abbr'][d[1] - 1]} {d[0]}"),
    Format("Month YYYY", "month", lambda d, v: f"{v['months'][d[1] - 1]} {d[0]}"),
    Format("Season YYYY", "year", _season),
    # Day-first and month-first numeric dates only where that country writes them so.
    Format("DD/MM/YYYY", "day", lambda d, v: f"{d[2]:02d}/{d[1]:02d}/{d[0]}",
           frozenset({"en_GB", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL"})),
    Format("DD.MM.YYYY", "day", lambda d, v: f"{d[2]:02d}.{d[1]:02d}.{d[0]}",
           frozenset({"de_DE", "pl_PL", "cs_CZ", "tr_TR"})),
    Format("MM/DD/YYYY", "day", lambda d, v: f"{d[1]:02d}/{d[2]:02d}/{d[0]}", frozenset({"en_US"})),
    Format("YYYY", "year", lambda d, v: f"{d[0]}"),
)}

# Forms a range can take; the dash forms and the word forms are told apart in the shape name.
DASHES = {"–": " – ", "-": " - ", "—": " — ", "-tight": "-", "–tight": "–"}
FORMS = ("range", "range-word", "range-frame", "open", "since", "single")


def iso(d: Date, precision: str) -> str:
    if precision == "year" or d[1] is None:
        return f"{d[0]}"
    if precision == "month" or d[2] is None:
        return f"{d[0]}-{d[1]:02d}"
    return f"{d[0]}-{d[1]:02d}-{d[2]:02d}"


@dataclass
class Printed:
    text: str
    start: Optional[str]
    end: Optional[str]
    current: bool
    shape: str


def print_dates(fmt: Format, form: str, start: Date, end: Optional[Date], vocab: dict,
                rng: random.Random, dash: str = "–") -> Printed:
    """Print ``start``–``end`` (``end`` None: ongoing) in a format and a form.

    ``form`` is a wish: an ongoing role cannot be a closed range, a finished one
    cannot be "since"; the printed form is the nearest that fits.
    """
    a = fmt.text(start, vocab)
    s = iso(start, fmt.precision)
    if form == "single":
        return Printed(a, s, None, False, f"{fmt.name} single")
    if end is None:
        if form == "since" and vocab.get("since"):
            word = rng.choice(vocab["since"])
            return Printed(f"{word} {a}", s, None, True, f"{fmt.name} since")
        word = rng.choice(vocab["present"])
        return Printed(f"{a}{DASHES[dash]}{word}", s, None, True, f"{fmt.name} open")
    b = fmt.text(end, vocab)
    e = iso(end, fmt.precision)
    if form == "range-word" and vocab.get("range_words"):
        return Printed(f"{a} {rng.choice(vocab['range_words'])} {b}", s, e, False, f"{fmt.name} range-word")
    if form == "range-frame" and vocab.get("range_frames"):
        frame = rng.choice(vocab["range_frames"])
        return Printed(frame.format(a=a, b=b), s, e, False, f"{fmt.name} range-frame")
    return Printed(f"{a}{DASHES[dash]}{b}", s, e, False, f"{fmt.name} range")


def draw_style(rng: random.Random, locale: str) -> tuple[Format, str, str]:
    """A document's date convention: one format, a preferred form and a dash, as one CV uses."""
    names = [n for n, f in FORMATS.items() if f.locales is None or locale in f.locales]
    if locale.startswith(("de", "pl", "cs", "tr", "sv")):  # dotted dates are common there
        names += ["MM.YYYY", "DD.MM.YYYY", "MM.YYYY"]
    if locale.startswith("en"):
        names += ["Mon YYYY", "Month YYYY", "Mon YYYY"]
    fmt = FORMATS[rng.choice(names)]
    form = rng.choices(("range", "range-word", "range-frame", "since"), weights=(6, 2, 1, 1))[0]
    dash = rng.choices(list(DASHES), weights=(6, 4, 1, 2, 1))[0]
    return fmt, form, dash
