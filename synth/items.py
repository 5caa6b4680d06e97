"""Builders of printed items: each returns an Item whose spans and truth agree by construction."""
from __future__ import annotations

from typing import Optional

from .model import Item, Span


def skills(category: Optional[str], keywords: list[str], sep: str = ", ") -> Item:
    spans = ([Span(category, "other", "category")] if category else [])
    spans += [Span(k, "body", "keywords") for k in keywords]
    return Item(body=sep.join(keywords), lead=category, values=list(keywords), sep=sep, spans=spans,
                truth={"category": category, "keywords": list(keywords)})


def language(name: str, fluency: Optional[str]) -> Item:
    spans = [Span(name, "other", "language")] + ([Span(fluency, "body", "fluency")] if fluency else [])
    return Item(body=fluency or "", lead=name, spans=spans,
                truth={"language": name, "fluency": fluency})


def publication(authors: list[str], title: str, venue: Optional[str], year: Optional[str],
                kind: Optional[str] = None, status: Optional[str] = None,
                style: str = "authors-title-venue-year") -> Item:
    """A citation in one of a few common styles; the year is printed inside the body."""
    who = ", ".join(authors)
    if style == "title-first":
        body = f"{title}. {who}." + (f" {venue}" if venue else "") + (f", {year}." if year else ".")
    elif style == "year-after-authors":
        body = f"{who} ({year}). {title}." + (f" {venue}." if venue else "")
    else:
        body = f"{who}. {title}." + (f" {venue}" if venue else "") + (f", {year}." if year else ".")
    parts = {"authors": [Span(a, "other", "authors") for a in authors], "title": [Span(title, "other", "title")],
             "venue": [Span(venue, "other", "venue")] if venue else [],
             "year": [Span(year, "dates", "year")] if year else []}
    order = {"title-first": ("title", "authors", "venue", "year"),
             "year-after-authors": ("authors", "year", "title", "venue")}.get(style, ("authors", "title", "venue", "year"))
    spans = [sp for key in order for sp in parts[key]]  # in the order the style prints them
    return Item(body=body, spans=spans,
                truth={"title": title, "authors": list(authors), "venue": venue, "year": year,
                       "kind": kind, "status": status})


def dated(kind: str, title: str, date_text: Optional[str], date_value: Optional[str],
          details: Optional[str] = None, end_value: Optional[str] = None, lead: Optional[str] = None) -> Item:
    """An award or a talk: a title, its date or years (printed apart), maybe details after the
    title and, for a talk, its kind as a lead ("Invited talk")."""
    body = f"{title}, {details}" if details else title
    spans = ([Span(lead, "other", "kind")] if lead else []) + [Span(title, "other", "title")]
    spans += [Span(details, "body", "details")] if details else []
    spans += [Span(date_text, "dates", "date")] if date_text else []
    truth = {"title": title, "date": date_value}
    if kind == "awards":
        truth.update(details=details, end=end_value)
    elif lead:
        truth["kind"] = lead
    return Item(body=body, lead=lead, date=date_text, spans=spans, truth=truth)


def teaching(role: Optional[str], course: str, institution: Optional[str], terms: Optional[str],
             code: Optional[str] = None, details: Optional[str] = None) -> Item:
    """"Course (CODE), details, Institution" with the role as lead and the terms as date."""
    body = ", ".join(x for x in (f"{course} ({code})" if code else course, details, institution) if x)
    spans = ([Span(role, "position", "role")] if role else []) + [Span(course, "other", "course")]
    spans += [Span(code, "other", "code")] if code else []
    spans += [Span(details, "body", "details")] if details else []
    spans += [Span(institution, "institution", "institution")] if institution else []
    spans += [Span(terms, "dates", "terms")] if terms else []
    return Item(body=body, lead=role, date=terms, spans=spans,
                truth={"role": role, "course": course, "code": code, "details": details,
                       "institution": institution, "terms": terms})


def service(category: Optional[str], entries: list[str], sep: str = ", ") -> Item:
    spans = ([Span(category, "other", "category")] if category else [])
    spans += [Span(e, "body", "items") for e in entries]
    return Item(body=sep.join(entries), lead=category, values=list(entries), sep=sep, spans=spans,
                truth={"category": category, "items": list(entries)})


def interest(category: Optional[str], text: str) -> Item:
    spans = ([Span(category, "other", "category")] if category else []) + [Span(text, "body", "text")]
    return Item(body=text, lead=category, spans=spans, truth={"category": category, "text": text})
