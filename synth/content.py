"""Content of a synthetic CV: a fictional person's Doc, drawn from Faker and the vocabulary tables.

Everything is drawn from one ``random.Random``, Faker seeded from it, so a seed
gives the same Doc (and truth) on every machine with the same Faker release.
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Optional

from . import items
from .dates import FORMATS, Format, Printed, draw_style, print_dates
from .model import Contact, Doc, Entry, Role, Section

VOCAB = Path(__file__).with_name("vocab")
# The last year a CV of the synthesizer can print: fixed, so a seed means the same dates every year.
THIS_YEAR = 2026


@lru_cache(maxsize=None)
def vocab(locale: str) -> dict:
    return json.loads((VOCAB / f"{locale}.json").read_text(encoding="utf-8"))


def locales() -> list[str]:
    return sorted(p.stem for p in VOCAB.glob("*_*.json"))


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", folded.lower())


def _fill(rng: random.Random, text: str, v: dict) -> str:
    common = vocab("common")
    slots = {"n": lambda: str(rng.choice([3, 5, 8, 12, 15, 20, 25, 40, 50, 120, 300])),
             "pct": lambda: str(rng.randint(5, 60)),
             "tool": lambda: rng.choice(common["tools"]),
             "team": lambda: str(rng.randint(3, 15)),
             "org": lambda: v.get("_org", "ACME"),
             "year": lambda: str(rng.randint(2008, THIS_YEAR - 1)),
             "title": lambda: v.get("_title", ""),
             "years": lambda: str(rng.randint(3, 20))}
    return re.sub(r"\{(\w+)\}", lambda m: slots.get(m.group(1), lambda: m.group(0))(), text)


class Writer:
    """Draws one CV's content in one locale; keeps the document's date convention."""

    def __init__(self, rng: random.Random, locale: str):
        from faker import Faker
        self.rng = rng
        self.locale = locale
        self.v = vocab(locale)
        self.fake = Faker(locale)
        self.fake.seed_instance(rng.getrandbits(32))
        for provider in self.fake.providers:
            # Some locales (it_IT) build their city list from a set, in an order that changes with
            # Python's hash seed from one process to the next: sort it so a seed draws the same city.
            if isinstance(getattr(provider, "cities", None), list):
                provider.cities = sorted(set(provider.cities))
        self.fmt, self.form, self.dash = draw_style(rng, locale)

    # -- small draws -------------------------------------------------------------------------
    def pick(self, key: str, k: Optional[int] = None):
        seq = self.v[key]
        return self.rng.choice(seq) if k is None else self.rng.sample(seq, min(k, len(seq)))

    def heading(self, kind: str) -> str:
        return self.rng.choice(self.v["headings"][kind])

    def place(self) -> str:
        city = self.fake.city()
        return f"{city}, {self.v['place_suffix']}" if self.rng.random() < 0.35 else city

    def bullet(self) -> str:
        return _fill(self.rng, self.pick("bullets"), self.v)

    def date(self, year: int, month: int) -> tuple:
        return (year, month, self.rng.randint(1, 28))

    def dates(self, start: tuple, end: Optional[tuple], form: Optional[str] = None) -> Printed:
        return print_dates(self.fmt, form or self.form, start, end, self.v, self.rng, self.dash)

    # -- the parts of a CV ---------------------------------------------------------------------
    def contacts(self, first: str, last: str) -> list[Contact]:
        rng, fake = self.rng, self.fake
        user = f"{_ascii(first)}.{_ascii(last)}" if rng.random() < 0.7 else f"{_ascii(first)[:1]}{_ascii(last)}"
        email = f"{user}@{fake.free_email_domain()}"
        out = [Contact("email", email, link=f"mailto:{email}")]
        phone = fake.phone_number()
        for _ in range(5):  # extensions ("x123") are not what a CV prints
            if "x" not in phone.lower():
                break
            phone = fake.phone_number()
        out.append(Contact("phone", phone))
        out.append(Contact("location", self.place() if rng.random() < 0.7
                           else f"{fake.street_address()}, {fake.postcode()} {fake.city()}"))
        if rng.random() < 0.35:
            site = f"{_ascii(first)}{_ascii(last)}.{rng.choice(['com', 'net', 'dev', 'io', 'eu'])}"
            out.append(Contact("url", site, link=f"https://{site}"))
        for network, pattern in self._networks():
            text = pattern.format(user=user.replace(".", "-"))
            out.append(Contact("profile", text, link=f"https://{text}", network=network))
        head, rest = out[:1], out[1:]
        rng.shuffle(rest)
        return head + rest if rng.random() < 0.6 else rest[:1] + head + rest[1:]

    def _networks(self) -> list[tuple[str, str]]:
        nets = vocab("common")["networks"]
        chosen = [n for n in ("LinkedIn", "GitHub") if self.rng.random() < 0.45]
        if self.locale == "de_DE" and self.rng.random() < 0.2:
            chosen.append("Xing")
        return [(n, nets[n]) for n in chosen]

    def experience(self, career_start: int, academic: bool) -> Section:
        rng = self.rng
        entries = []
        t = THIS_YEAR * 12 + rng.randint(0, 11)  # months since year 0: the end of the newest role
        first = career_start * 12 + rng.randint(0, 11)
        ongoing = rng.random() < 0.65
        for _ in range(rng.randint(2, 5)):
            n_roles = 2 if rng.random() < 0.2 else 1
            org = self.fake.company()
            place = self.place() if rng.random() < 0.75 else None
            roles = []
            for _ in range(n_roles):
                start_t = max(t - rng.randint(7, 48), first)
                if start_t >= t:
                    break
                start = self.date(*divmod(start_t, 12))
                start = (start[0], start[1] + 1, start[2])
                end_y, end_m = divmod(t, 12)
                end = None if (ongoing and not entries and not roles) else self.date(end_y, end_m + 1)
                roles.append(self.role(self.pick("job_titles"), start, end, n_bullets=rng.randint(0, 4)))
                t = start_t - rng.randint(0, 3)  # the previous role ended before this one began
            if not roles:
                break
            if len(roles) > 1:
                entries.append(Entry(org, roles, place=place))
            else:
                roles[0].place = place
                entries.append(Entry(org, roles))
        if rng.random() < 0.15:  # an entry printed without dates or place (a volunteer post, a side job)
            entries.append(Entry(self.fake.company(), [Role(self.pick("job_titles"),
                                                            bullets=[self.bullet()] if rng.random() < 0.5 else [])]))
        return Section("experience", self.heading("experience"), entries=entries)

    def role(self, title: str, start: tuple, end: Optional[tuple], n_bullets: int) -> Role:
        printed = self.dates(start, end)
        role = Role(title, dates=printed.text, start=printed.start, end=printed.end, current=printed.current,
                    date_shape=printed.shape)
        if n_bullets and self.rng.random() < 0.2:
            role.text = " ".join(self.bullet().rstrip(".") + "." for _ in range(2))
            n_bullets -= 1
        role.bullets = [self.bullet() for _ in range(n_bullets)]
        return role

    def education(self, career_start: int, academic: bool) -> Section:
        rng = self.rng
        by_level = {}
        for d in self.v["degrees"]:
            by_level.setdefault(d["level"], []).append(d)
        levels = ["school"] if rng.random() < 0.35 else []
        levels += ["vocational"] if rng.random() < 0.15 and "vocational" in by_level else []
        levels += ["bachelor"] + (["master"] if rng.random() < 0.6 or academic else [])
        levels += ["doctorate"] if academic else []
        levels = [lv for lv in levels if lv in by_level]
        entries, year = [], career_start
        for level in reversed(levels):  # newest first
            length = {"school": 3, "vocational": 3, "bachelor": 3, "master": 2, "doctorate": 4}[level]
            start, end = self.date(year - length, rng.choice([9, 10])), self.date(year, rng.choice([6, 7, 9]))
            degree = rng.choice(by_level[level])
            role = self.degree_role(degree, level, start, end)
            org = self.school(level)
            entries.append(Entry(org, [role]))
            if rng.random() < 0.5:
                role.place = self.fake.city()
            year -= length
        return Section("education", self.heading("education"), entries=entries)

    def degree_role(self, degree: dict, level: str, start: tuple, end: tuple) -> Role:
        rng = self.rng
        form = "single" if rng.random() < 0.2 else None
        printed = self.dates(start, end, form)
        name = degree["abbr"] if degree.get("abbr") and rng.random() < 0.4 else degree["name"]
        field = self.pick("fields") if level not in ("school",) and rng.random() < 0.9 else None
        if field:
            conn = rng.choice(self.v.get("degree_connectors") or [""])
            shape = rng.choice(["conn", "conn", "comma", "paren", "field-first", "dash"])
            parts = {"conn": [(name, "degree"), (f" {conn} " if conn else " ", ""), (field, "field")],
                     "comma": [(name, "degree"), (", ", ""), (field, "field")],
                     "paren": [(name, "degree"), (" (", ""), (field, "field"), (")", "")],
                     "field-first": [(field, "field"), (" (", ""), (name, "degree"), (")", "")],
                     "dash": [(name, "degree"), (" – ", ""), (field, "field")]}[shape]
        else:
            parts = [(name, "degree")]
        role = Role("".join(t for t, _ in parts), title_parts=parts, dates=printed.text, start=printed.start,
                    end=printed.end, current=printed.current, date_shape=printed.shape)
        if level in ("master", "doctorate") and rng.random() < 0.4:
            role.thesis = self.bullet().rstrip(".")
        role.bullets = [self.bullet() for _ in range(rng.choice([0, 0, 1, 2]))]
        return role

    def school(self, level: str) -> str:
        key = "school_patterns" if level in ("school", "vocational") else "university_patterns"
        return self.pick(key).format(city=self.fake.city(), name=self.fake.last_name())

    def skills(self) -> Section:
        rng, tools = self.rng, vocab("common")["tools"]
        sep = rng.choice([", ", ", ", " · ", " | ", "; ", " / "])
        if rng.random() < 0.25:
            its = [items.skills(None, rng.sample(tools, rng.randint(5, 12)), sep)]
        else:
            cats = self.pick("skill_categories", rng.randint(2, 4))
            its = [items.skills(c, rng.sample(tools, rng.randint(2, 6)), sep) for c in cats]
            if rng.random() < 0.3:
                its[-1] = items.skills(its[-1].lead, self.pick("soft_skills", rng.randint(2, 5)), sep)
        return Section("skills", self.heading("skills"), items=its)

    def languages(self) -> Section:
        rng = self.rng
        names = list(self.v["language_names"].items())
        own = self.v["lang"]
        others = [n for n in names if n[0] != own]
        chosen = [n for n in names if n[0] == own] + rng.sample(others, min(len(others), rng.randint(1, 3)))
        cefr = vocab("common")["cefr"]
        its = []
        for i, (_, name) in enumerate(chosen):
            level = (self.pick("fluency") if rng.random() < 0.6 else rng.choice(cefr[2:])) if i else \
                self.v["fluency"][0]
            its.append(items.language(name, level))
        return Section("languages", self.heading("languages"), items=its)

    def dated_items(self, kind: str, n: int) -> Section:
        """Awards (a prize's name) or talks (a topic and a city), each with one printed date."""
        rng, its = self.rng, []
        for _ in range(n):
            year = rng.randint(THIS_YEAR - 15, THIS_YEAR - 1)
            printed = self.dates(self.date(year, rng.randint(1, 12)), None, "single")
            if kind == "talks":
                title = f"{self.paper_title()}, {self.fake.city()}"
            else:
                title = _fill(rng, self.pick("awards"), {**self.v, "_org": self.fake.company()})
            details = self.fake.company() if kind == "awards" and rng.random() < 0.3 else None
            its.append(items.dated(kind, title, printed.text, printed.start, details=details))
        its.sort(key=lambda it: it.truth["date"], reverse=True)
        return Section(kind, self.heading(kind), items=its)

    def publications(self, name: str) -> Section:
        rng = self.rng
        style = rng.choice(["authors-title-venue-year", "title-first", "year-after-authors"])
        its = []
        for kind in ("journal", "conference"):
            for _ in range(rng.randint(1, 4)):
                others = [f"{self.fake.first_name()[:1]}. {self.fake.last_name()}" for _ in range(rng.randint(0, 3))]
                authors = others[:]
                authors.insert(rng.randint(0, len(others)), name)
                title = self.paper_title()
                its.append(items.publication(authors, title, rng.choice(self.v["venues"][kind]),
                                             str(rng.randint(THIS_YEAR - 12, THIS_YEAR)),
                                             kind=kind, status="published", style=style))
        sec = Section("publications", self.heading("publications"), items=its)
        if rng.random() < 0.5:
            n_journal = sum(1 for it in its if it.truth["kind"] == "journal")
            sec.groups = [(rng.choice(self.v["pub_groups"]["journal"]), 0),
                          (rng.choice(self.v["pub_groups"]["conference"]), n_journal)]
        return sec

    def paper_title(self) -> str:
        common, rng = vocab("common"), self.rng
        title = _fill(rng, rng.choice(common["paper_patterns"]), self.v)
        title = re.sub(r"\{(\w+)\}", lambda m: rng.choice({"adj": common["paper_adjs"], "topic": common["paper_topics"],
                                                           "field": self.v["fields"]}[m.group(1)]), title)
        return title[:1].upper() + title[1:]

    def teaching(self) -> Section:
        rng, its = self.rng, []
        for _ in range(rng.randint(1, 3)):
            y = rng.randint(THIS_YEAR - 10, THIS_YEAR - 1)
            printed = self.dates(self.date(y - rng.randint(0, 2), 9), self.date(y, 7))
            its.append(items.teaching(self.pick("teaching_roles"), self.pick("courses"),
                                      self.school("master"), printed.text))
        return Section("teaching", self.heading("teaching"), items=its)

    def service(self) -> Section:
        rng = self.rng
        its = [items.service(c, [rng.choice(self.v["venues"][rng.choice(["journal", "conference"])])
                                 for _ in range(rng.randint(1, 3))])
               for c in self.pick("service", rng.randint(1, 2))]
        return Section("service", self.heading("service"), items=its)

    def interests(self) -> Section:
        rng = self.rng
        if rng.random() < 0.6:
            its = [items.interest(None, ", ".join(self.pick("interests", rng.randint(3, 6))))]
        else:
            its = [items.interest(None, h) for h in self.pick("interests", rng.randint(2, 4))]
        return Section("interests", self.heading("interests"), items=its)

    def summary(self, title: str) -> Section:
        text = _fill(self.rng, self.pick("summaries"), {**self.v, "_title": title})
        return Section("summary", self.heading("summary"), text=text)


def make_doc(rng: random.Random, locale: str) -> Doc:
    """One fictional CV in ``locale``."""
    w = Writer(rng, locale)
    first, last = w.fake.first_name(), w.fake.last_name()
    name = f"{first} {last}"
    academic = rng.random() < 0.25
    title = w.pick("job_titles")
    career_start = rng.randint(THIS_YEAR - 25, THIS_YEAR - 3)
    v = w.v
    doc = Doc(name=name, locale=locale, lang=v["lang"], academic=academic,
              headline=title if rng.random() < 0.6 else None, contacts=w.contacts(first, last),
              labels={k: rng.choice(vs) for k, vs in v["contact_labels"].items()} | {"thesis": w.pick("thesis")},
              date_shape=f"{w.fmt.name} {w.form}")
    body = [w.experience(career_start, academic), w.education(career_start, academic)]
    if academic or rng.random() < 0.4:
        body.reverse()
    tail = [w.skills(), w.languages()]
    if rng.random() < (0.7 if academic else 0.25):
        tail.append(w.dated_items("awards", rng.randint(1, 4)))
    if rng.random() < 0.4:
        tail.append(w.interests())
    rng.shuffle(tail)
    if academic:
        research = [w.publications(name), w.dated_items("talks", rng.randint(1, 4)), w.teaching()]
        if rng.random() < 0.3:
            research.append(w.service())
        if rng.random() < 0.4:  # a generic heading over typed sub-sections
            body.append(Section("other", w.heading("research"), children=research[:2]))
            body += research[2:]
        else:
            body += research
    doc.sections = ([w.summary(title)] if rng.random() < 0.6 else []) + body + tail
    return doc


__all__ = ["make_doc", "locales", "vocab", "FORMATS", "Format"]
