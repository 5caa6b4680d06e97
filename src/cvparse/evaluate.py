"""Field-level scoring of a record against a hand-written expected record.

Units: every scalar field is one unit, every element of a list field is one
unit. A field the expected record leaves out is unknown and not scored; an
explicit null is scored (the parser should print null too). Entries of each
list are aligned one-to-one by similarity before their fields are compared.
Free text is compared after normalisation; dates, codes and kinds exactly.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable

from .model import ENTRY_LISTS

LISTS = ("sections", *ENTRY_LISTS)
CORE = ("basics", "sections", "experience", "education")  # what the real corpus's truths cover
EXACT = {"start", "end", "date", "year", "current", "kind", "status", "code", "page"}
IGNORED = {"provenance", "confidence"}
UNKNOWN_IF_NULL = {"page"}  # the golden record leaves page numbers open
# A parsed entry is right when it matches an expected entry and at least half its units are
# right: what a reviewer would accept after at most a small correction.
RIGHT_SHARE = 0.5


def norm(value: object) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    # Turkish capitals: "İ" folds to "i" + a combining dot and "I" to "i", so "YAYINLAR" printed
    # in capitals is "Yayınlar" with its dotless ı: case-blind, the two i's are one letter.
    text = text.replace("\u0307", "").replace("ı", "i")
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[‐‑‒–—−]", "-", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .,;:*").strip()


MIN_PHONE_DIGITS = 7  # the shortest subscriber number a country prints


def _same_phone(expected: str, got: str) -> bool:
    """The same number printed nationally ("06 95 80 56 18", "9399-3436") or in E.164
    ("+33695805618", "+4593993436"): the shorter's digits, past a trunk 0, end the longer's."""
    a, b = sorted((re.sub(r"\D", "", expected or ""), re.sub(r"\D", "", got or "")), key=len)
    a = a.lstrip("0")
    return len(a) >= MIN_PHONE_DIGITS and b.endswith(a)


def _url_key(value: str) -> str:
    v = (value or "").lower().strip()
    v = re.sub(r"^[a-z]+://", "", v).removeprefix("www.")
    return v.rstrip("/")


def _same(name: str, expected: Any, got: Any) -> bool:
    if name in EXACT:
        return bool(expected == got)
    if name in ("phone", "phones"):
        return bool(expected) and _same_phone(str(expected), str(got))
    if name in ("url", "urls"):
        return _url_key(str(expected)) == _url_key(str(got or ""))
    return norm(expected) == norm(got)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    expected_entries: int = 0
    got_entries: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Report:
    lists: dict[str, Score] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    # The same units by expected entry and field: ("experience[2]", "experience.start").
    cells: dict[tuple[str, str], Score] = field(default_factory=dict)
    # By parsed entry (list name, index in the record): the share of its units that are
    # right, 0 for an entry that matches none of the expected ones.
    outcomes: dict[tuple[str, int], float] = field(default_factory=dict)

    def count(self, field_name: str, entry: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        s = self.cells.setdefault((entry, field_name), Score())
        s.tp, s.fp, s.fn = s.tp + tp, s.fp + fp, s.fn + fn

    @property
    def fields(self) -> dict[str, Score]:
        """Units by field ("experience.start"), over every entry."""
        out: dict[str, Score] = {}
        for (_, name), s in self.cells.items():
            out.setdefault(name, Score()).add(s)
        return out

    @property
    def overall(self) -> Score:
        total = Score()
        for s in self.lists.values():
            total.add(s)
        return total

    @property
    def core(self) -> Score:
        """The units of the core lists (basics, sections, experience, education) only."""
        total = Score()
        for name in CORE:
            if name in self.lists:
                total.add(self.lists[name])
        return total

    def counts_ok(self) -> bool:
        return all(s.expected_entries == s.got_entries for k, s in self.lists.items() if k != "basics")

    def table(self) -> str:
        rows = [f"{'list':<14}{'exp':>5}{'got':>5}{'P':>8}{'R':>8}{'F1':>8}"]
        for name, s in self.lists.items():
            rows.append(f"{name:<14}{s.expected_entries:>5}{s.got_entries:>5}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
        o = self.overall
        rows.append(f"{'overall':<14}{'':>5}{'':>5}{o.precision:>8.3f}{o.recall:>8.3f}{o.f1:>8.3f}")
        return "\n".join(rows)


def _record_key(item: dict[str, Any], keys: set[str]) -> tuple[Any, ...]:
    """A list element that is a small record (a profile), compared on the expected keys."""
    return tuple(sorted((k, norm(item.get(k))) for k in keys if item.get(k) is not None))


def _compare_list(name: str, expected: list[Any], got: list[Any], where: str, score: Score, misses: list[str]) -> None:
    if expected and isinstance(expected[0], dict):
        keys = {k for e in expected for k, v in e.items() if v is not None}
        expected = [_record_key(e, keys) for e in expected]
        got = [_record_key(g, keys) for g in got if isinstance(g, dict)]
        same: Callable[[Any, Any], bool] = tuple.__eq__
    else:
        def same(a: Any, b: Any) -> bool:
            return _same(name, a, b)
    remaining = list(got)
    for item in expected:
        hit = next((g for g in remaining if same(item, g)), None)
        if hit is not None:
            remaining.remove(hit)
            score.tp += 1
        else:
            score.fn += 1
            misses.append(f"{where}.{name}: missing {item!r}")
    for g in remaining:
        score.fp += 1
        misses.append(f"{where}.{name}: extra {g!r}")


def _compare_field(name: str, expected: Any, got: Any, where: str, score: Score, misses: list[str]) -> None:
    if name in IGNORED or (expected is None and name in UNKNOWN_IF_NULL):
        return
    if isinstance(expected, list):
        _compare_list(name, expected, list(got or []), where, score, misses)
        return
    if expected is None:
        if got in (None, "", [], False):
            score.tp += 1
        else:
            score.fp += 1
            misses.append(f"{where}.{name}: expected null, got {got!r}")
        return
    if got is not None and _same(name, expected, got):
        score.tp += 1
        return
    score.fn += 1
    if got not in (None, "", []):
        score.fp += 1
    misses.append(f"{where}.{name}: expected {expected!r}, got {got!r}")


def _tokens(value: object) -> set[str]:
    """A field's words; a list of strings (keywords) by its items."""
    if isinstance(value, list):
        return {norm(v) for v in value if isinstance(v, str)}
    return set(norm(value).split())


def _similarity(exp: dict[str, Any], got: dict[str, Any]) -> float:
    # Text fields align entries; where an entry has none (a skills group without a category),
    # its lists of words do.
    keys = [k for k, v in exp.items() if isinstance(v, str) and k not in IGNORED and k != "section"] or \
        [k for k, v in exp.items() if isinstance(v, list) and v and all(isinstance(x, str) for x in v)
         and k not in IGNORED]
    if not keys:
        return 0.0
    total = 0.0
    for k in keys:
        a, b = _tokens(exp[k]), _tokens(got.get(k))
        total += len(a & b) / len(a | b) if a | b else 1.0
    return total / len(keys)


def _align(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[tuple[int, int]]:
    pairs = sorted(((_similarity(e, g), i, j) for i, e in enumerate(expected) for j, g in enumerate(got)),
                   key=lambda t: (-t[0], abs(t[1] - t[2])))
    used_e, used_g, out = set(), set(), []
    for sim, i, j in pairs:
        if sim >= 0.2 and i not in used_e and j not in used_g:
            used_e.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _score_list(name: str, expected: list[dict[str, Any]], got: list[dict[str, Any]], report: Report) -> Score:
    score = Score(expected_entries=len(expected), got_entries=len(got))
    pairs = _align(expected, got)
    matched_e = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in sorted(pairs):
        start = (score.tp, score.fp, score.fn)
        for key, value in expected[i].items():
            before = (score.tp, score.fp, score.fn)
            _compare_field(key, value, got[j].get(key), f"{name}[{i}]", score, report.misses)
            report.count(f"{name}.{key}", f"{name}[{i}]", score.tp - before[0], score.fp - before[1],
                         score.fn - before[2])
        tp, fp, fn = score.tp - start[0], score.fp - start[1], score.fn - start[2]
        report.outcomes[(name, j)] = tp / max(1, tp + fp + fn)
    for j in range(len(got)):
        report.outcomes.setdefault((name, j), 0.0)
    for i, e in enumerate(expected):
        if i not in matched_e:
            for k, v in e.items():
                if k not in IGNORED and not (v is None and k in UNKNOWN_IF_NULL):
                    units = len(v) if isinstance(v, list) else 1
                    score.fn += units
                    report.count(f"{name}.{k}", f"{name}[{i}]", fn=units)
            report.misses.append(f"{name}[{i}]: missing entry {_label(e)!r}")
    for j, g in enumerate(got):
        if j not in matched_g:
            keys = expected[0].keys() if expected else g.keys()
            score.fp += sum(len(g[k]) if isinstance(g.get(k), list) else 1 for k in keys
                            if k in g and k not in IGNORED and g.get(k) not in (None, [], False))
            report.misses.append(f"{name}: extra entry {_label(g)!r}")
    return score


def _label(entry: dict[str, Any]) -> str:
    for key in ("organization", "institution", "title", "heading", "language", "category", "course"):
        if entry.get(key):
            return str(entry[key])[:60]
    return str(entry)[:60]


def evaluate(got: dict[str, Any], expected: dict[str, Any]) -> Report:
    report = Report()
    if "basics" in expected:
        score = Score(expected_entries=1, got_entries=1)
        for key, value in expected["basics"].items():
            before = (score.tp, score.fp, score.fn)
            _compare_field(key, value, (got.get("basics") or {}).get(key), "basics", score, report.misses)
            report.count(f"basics.{key}", "basics", score.tp - before[0], score.fp - before[1],
                         score.fn - before[2])
        report.lists["basics"] = score
    if "summary" in expected:
        score = Score(expected_entries=1, got_entries=1)
        _compare_field("summary", expected["summary"], got.get("summary"), "", score, report.misses)
        report.lists["summary"] = score
    for name in LISTS:
        if name in expected:
            report.lists[name] = _score_list(name, expected[name] or [], got.get(name) or [], report)
    return report


def reliability(pairs: list[tuple[float, bool]], bins: int = 10) -> list[tuple[float, float, int, float, float]]:
    """Entries by confidence decile: (low, high, entries, mean confidence, share right) for each
    non-empty bin of (confidence, right) pairs. A calibrated parser's two last columns agree."""
    out = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [(c, r) for c, r in pairs if low <= c < high or (b == bins - 1 and c == 1.0)]
        if inside:
            out.append((low, high, len(inside), sum(c for c, _ in inside) / len(inside),
                        sum(r for _, r in inside) / len(inside)))
    return out


def confidence_pairs(got: dict[str, Any], report: Report) -> list[tuple[float, bool]]:
    """(confidence, right) of every parsed entry of the scored lists that carries a confidence;
    an entry is right when at least :data:`RIGHT_SHARE` of its units are."""
    pairs = []
    for (name, j), share in report.outcomes.items():
        confidence = got[name][j].get("confidence")
        if confidence is not None:
            pairs.append((confidence, share >= RIGHT_SHARE))
    return pairs


def reliability_table(pairs: list[tuple[float, bool]]) -> str:
    """The decile table of :func:`reliability`, and the expected calibration error (the mean gap
    between confidence and share right, weighted by entries)."""
    rows = [f"{'confidence':<12}{'entries':>8}{'mean conf':>11}{'right':>8}"]
    gap = 0.0
    for low, high, n, conf, right in reliability(pairs):
        rows.append(f"{low:.1f}-{high:.1f}{'':<5}{n:>8}{conf:>11.3f}{right:>8.3f}")
        gap += n * abs(conf - right)
    rows.append(f"expected calibration error {gap / max(1, len(pairs)):.3f} over {len(pairs)} entries")
    return "\n".join(rows)

