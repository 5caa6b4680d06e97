"""Typst templates, compiled in-process by the ``typst`` Python package.

The Doc reaches typst only as data: ``data.json`` (the Doc's strings, already
arranged into printable records) and ``style.json`` (the style drawn from the
rng). The typst sources never contain a Doc string, so nothing the Doc holds can
be read as typst markup; a JSON string shown in typst is always plain text.

``lib.typ`` holds the pieces every template shares (contacts, bullets, role
details, item lines, skill chips, the section walker); each template's source
imports it and adds its own page layout, headings and entry heads.
"""
from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Optional

from ..model import Doc, Entry, Role, Section
from .base import RenderError, Template, colour, jitter

# Families with bold and the Latin letters of every LATIN_LOCALE (checked with fontTools).
SANS = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Open Sans", "Lato", "Inter", "PT Sans", "Carlito",
        "Arimo", "Clear Sans", "FreeSans", "Linux Biolinum O"]
SERIF = ["Libertinus Serif", "New Computer Modern", "DejaVu Serif", "Liberation Serif", "Noto Serif",
         "PT Serif", "Charis SIL", "Gentium Book Plus", "Caladea", "Tinos", "Linux Libertine O", "STIXGeneral"]
# Families with real small caps (OpenType smcp); typst does not fake them.
SMALLCAPS = ["Libertinus Serif", "New Computer Modern", "Linux Libertine O", "Charis SIL", "Gentium Book Plus",
             "Gentium Plus", "Noto Serif", "Noto Sans", "Andika"]
# Only these folders are scanned: scanning every system font costs more than the compile itself.
FONT_DIRS = [f"/usr/share/fonts/{d}" for d in (
    "truetype/dejavu", "truetype/liberation", "truetype/noto", "truetype/open-sans", "truetype/lato",
    "opentype/inter", "truetype/paratype", "truetype/crosextra", "truetype/croscore", "truetype/clear-sans",
    "truetype/freefont", "opentype/linux-libertine", "truetype/charis", "truetype/gentiumplus",
    "truetype/andika", "opentype/stix", "truetype/font-awesome")]

BULLETS = ["•", "–", "▪", "›", "◦", "■", "●", "➤", "✓", "-", "·", "▸"]
SEPS = [" | ", " · ", ", ", " – ", " / "]
# FontAwesome 4 code points (Debian fonts-font-awesome).
FA = {"email": "\uf0e0", "phone": "\uf095", "url": "\uf0ac", "location": "\uf041", "profile": "\uf0c1",
      "GitHub": "\uf09b", "LinkedIn": "\uf0e1", "Xing": "\uf168", "GitLab": "\uf296", "Twitter": "\uf099"}
SIDE_KINDS = ("skills", "languages", "interests")


# -- the Doc as data ------------------------------------------------------------------------------

def _text(s: Optional[str]) -> Optional[str]:
    return s or None  # "" prints nothing, like None


def _role(role: Role, org: Optional[str], place: Optional[str]) -> dict:
    return {"title": _text(role.title), "org": org, "dates": role.dates, "place": place, "text": role.text,
            "thesis": role.thesis, "bullets": list(role.bullets)}


def _entry(entry: Entry) -> dict:
    """A grouped entry keeps its org for a group line; a single role carries org and place itself."""
    if entry.grouped:
        return {"grouped": True, "org": entry.org, "place": entry.place,
                "roles": [_role(r, None, r.place) for r in entry.roles]}
    role = entry.roles[0]
    places = [p for p in dict.fromkeys((entry.place, role.place)) if p]  # both, if the Doc has both
    return {"grouped": False, "org": entry.org, "place": None,
            "roles": [_role(role, entry.org, ", ".join(places) or None)]}


def _section(sec: Section) -> dict:
    return {"kind": sec.kind, "heading": sec.heading, "text": sec.text,
            "entries": [_entry(e) for e in sec.entries],
            "items": [{"lead": _text(it.lead), "body": _text(it.body), "date": it.date,
                       "values": list(it.values), "group": sec.group_at(i)} for i, it in enumerate(sec.items)],
            "children": [_section(c) for c in sec.children]}


def doc_data(doc: Doc) -> dict:
    return {
        "name": doc.name, "headline": doc.headline, "lang": doc.lang,
        "thesis": doc.labels.get("thesis", "Thesis") + ":",
        "contacts": [{"kind": c.kind, "text": c.text, "link": c.link, "label": doc.labels.get(c.kind),
                      "icon": FA.get(c.network or "", FA.get(c.kind, FA["profile"]))} for c in doc.contacts],
        "sections": [_section(s) for s in doc.sections],
    }


# -- the style ------------------------------------------------------------------------------------

def draw_style(rng: random.Random, fonts: list[str], caps: Optional[str] = None, **extra) -> dict:
    """Style values every template reads from ``st`` in lib.typ; ``extra`` adds its own."""
    font = rng.choice(fonts)
    caps = caps or rng.choice(["upper", "small", "none"])
    head_font = font if caps != "small" or font in SMALLCAPS else rng.choice(SMALLCAPS)
    if caps != "small" and rng.random() < 0.3:
        head_font = rng.choice(SANS + SERIF)
    st = {
        "font": font, "head_font": head_font, "size": round(rng.uniform(9, 11.4), 1),
        "leading": round(rng.uniform(0.5, 0.78), 2), "justify": rng.random() < 0.3,
        "ink": rng.choice(["#000000", "#1a1a1a", "#222222", "#2b2b33", colour(rng)]),
        "accent": colour(rng), "muted": rng.choice(["#555555", "#5f6368", "#666666", "#4a4a55"]),
        "paper": rng.choice(["a4", "us-letter"]),
        "margin": {k: jitter(rng, 48, 0.3) for k in ("top", "bottom", "left", "right")},
        "bullet": rng.choice(BULLETS), "caps": caps, "tracking": round(rng.uniform(0, 0.14), 2),
        "head_scale": round(rng.uniform(1.1, 1.5), 2), "head_weight": rng.choice(["bold", "semibold", "regular"]),
        "name_scale": round(rng.uniform(1.9, 2.8), 2), "name_weight": rng.choice(["bold", "regular", "light"]),
        "head_above": jitter(rng, 13, 0.3), "gap": jitter(rng, 7, 0.3),
        "org_first": rng.random() < 0.5, "sep": rng.choice(SEPS), "lead_sep": rng.choice([": ", ": ", " – "]),
        "item_style": rng.choice(["line", "column"]), "lead_w": jitter(rng, 80, 0.2),
        "item_date": rng.choice(["right", "paren"]), "chips": rng.random() < 0.4,
        "labels": rng.random() < 0.4, "icons": rng.random() < 0.7,
        "align": rng.choice(["left", "center"]),
    }
    st.update(extra)
    return st


def _fit_columns(st: dict, doc: Doc) -> None:
    """Widen the lead and date columns to the longest word that may sit in them ("Betriebssysteme"):
    typst does not break a word, so it would run into the next column. The width is an estimate
    (0.62 em a bold letter), as typst measures only while laying out."""
    words = [w for sec in doc.all_sections() for it in sec.items if it.lead for w in it.lead.split()]
    longest = max((len(w) for w in words), default=0) * 0.62
    st["lead_w"] = max(st["lead_w"], round(longest * st["size"] + 2, 1))
    if "date_w" in st:  # in em of the body size; the lead there is set at 0.92 of it
        st["date_w"] = max(st["date_w"], round(longest * 0.92 + st["gutter"] / st["size"] + 0.2, 2))


# -- running typst --------------------------------------------------------------------------------

LIB = r"""
#let d = json("data.json")
#let st = json("style.json")
#let accent = rgb(st.accent)
#let ink = rgb(st.ink)
#let muted = rgb(st.muted)
#let sz(f) = st.size * f * 1pt
#let some(x) = x != none and x != ""

#let page-margin = st.margin.pairs().map(((side, v)) => (side, v * 1pt)).to-dict()
#let page-setup(doc, margin: page-margin, background: none) = {
  set page(paper: st.paper, margin: margin, background: background)
  set text(font: (st.font, "DejaVu Sans"), size: sz(1), fill: ink, lang: d.lang)
  set par(leading: st.leading * 1em, justify: st.justify, spacing: 0.6em)
  set list(marker: text(fill: accent, st.bullet), indent: 0.2em, body-indent: 0.5em, spacing: 0.35em)
  doc
}

// A heading string in the style's case and letter spacing.
#let cased(s, caps: st.caps) = {
  let s = if caps == "upper" { upper(s) } else if caps == "small" { smallcaps(all: false, s) } else { s }
  text(tracking: st.tracking * 1em, s)
}

#let icon(c, fill: accent) = text(font: "FontAwesome", fill: fill, size: 0.95em, weight: "regular", c.icon)
#let contact(c, icons: st.icons, labels: st.labels, fill: accent, label-fill: muted) = box({
  if icons { icon(c, fill: fill); h(0.4em) }
  if labels and not icons and some(c.label) { text(fill: label-fill, c.label + ": ") }
  if c.link != none { link(c.link, c.text) } else { c.text }
})

// Paragraphs never break across pages: where columns sit side by side, the rest of a broken
// paragraph would come after the other column's text in the content stream.
#let whole(above: 0.35em, body) = block(above: above, breakable: false, body)

#let bullets(bs) = if bs.len() > 0 { block(above: 0.35em, list(..bs.map(b => whole(above: 0pt, b)))) }

// Description, thesis and bullets: the same in every template.
#let role-details(r) = {
  if some(r.text) { whole(r.text) }
  if some(r.thesis) { whole(emph(d.thesis) + " " + r.thesis) }
  bullets(r.bullets)
}

// "Position, Organisation" or "Organisation, Position" (the first in bold), whichever exist.
#let title-line(r, sep: st.sep) = {
  let first = if st.org_first { r.org } else { r.title }
  let second = if st.org_first { r.title } else { r.org }
  if some(first) { strong(first) }
  if some(first) and some(second) { sep }
  if some(second) { if some(first) { emph(second) } else { strong(second) } }
}

// One item in a line: lead, body and date, in the style's arrangement. (A space goes before every
// h(1fr): a line may break there, and the words on either side stay apart for a text reader.)
#let item-line(it, style: st.item_style, lead-w: st.lead_w * 1pt) = {
  let date = if some(it.date) { text(fill: muted, it.date) }
  if style == "column" and some(it.lead) {
    whole(above: 0.45em, grid(columns: (lead-w, 1fr), column-gutter: 0.8em,
      strong(it.lead), { if some(it.body) { it.body }; if date != none { " "; h(1fr); date } }))
  } else {
    whole(above: 0.45em, {
      if some(it.lead) { strong(it.lead); if some(it.body) { st.lead_sep } else if date != none { " " } }
      if some(it.body) { it.body }
      if date != none {
        if st.item_date == "right" { " "; h(1fr); date } else { " (" + it.date + ")" }
      }
    })
  }
}

// Skill keywords as chips, each value printed on its own.
#let chips(it, fill: accent.lighten(86%)) = whole(above: 0.5em, {
  if some(it.lead) { block(below: 0.35em, sticky: true, strong(it.lead)) }
  it.values.map(v => box(fill: fill, inset: (x: 0.4em, y: 0.22em), outset: (y: 0.1em), radius: 2pt, v)).join(" ")
})

#let item(it, kind) = if st.chips and kind == "skills" and it.values.len() > 0 { chips(it) } else { item-line(it) }

// Prints a section in the Doc's order; a template passes its own heading, sub-heading and entry pieces.
#let walk(sec, head: none, sub: none, entry: none, item: item, group: none, level: 0) = {
  let group = if group == none { sub } else { group }
  if level == 0 { head(sec.heading) } else { sub(sec.heading) }
  if some(sec.text) { whole(above: 0.5em, sec.text) }
  for e in sec.entries { entry(e) }
  for it in sec.items {
    if some(it.group) { group(it.group) }
    item(it, sec.kind)
  }
  for c in sec.children { walk(c, head: head, sub: sub, entry: entry, item: item, group: group, level: 1) }
}
"""


def compile_typst(work: Path, source: str, doc: Doc, style: dict) -> Path:
    (work / "lib.typ").write_text(LIB, encoding="utf-8")
    # No date in the metadata: the same doc and seed give the same file.
    head = '#set document(title: json("data.json").name, date: none)\n'
    (work / "cv.typ").write_text(head + source, encoding="utf-8")
    (work / "data.json").write_text(json.dumps(doc_data(doc), ensure_ascii=False), encoding="utf-8")
    _fit_columns(style, doc)
    (work / "style.json").write_text(json.dumps(style, ensure_ascii=False), encoding="utf-8")
    import typst
    pdf = work / "cv.pdf"
    try:
        typst.compile(str(work / "cv.typ"), output=str(pdf), root=str(work), font_paths=FONT_DIRS,
                      ignore_system_fonts=True, pdf_tags=False)  # its tag tree upsets poppler
    except Exception as exc:  # typst raises its own error types with the diagnostics as message
        raise RenderError(f"typst failed:\n{exc}") from exc
    return pdf


# -- the templates --------------------------------------------------------------------------------

MODERN = r"""
#import "lib.typ": *
#show: page-setup

#let head(h) = block(above: st.head_above * 1pt, below: 0.6em, sticky: true, {
  let t = text(font: (st.head_font, st.font), size: sz(st.head_scale), weight: st.head_weight, fill: accent,
               cased(h, caps: "upper"))
  let rule = line(length: 100%, stroke: st.rule_w * 1pt + accent)
  if st.rule_after { grid(columns: (auto, 1fr), column-gutter: 0.6em, align: horizon, t, rule) }
  else { block(below: 0.3em, t); rule }
})
#let sub(h) = block(above: 1.1em, below: 0.45em, sticky: true,
  text(weight: "bold", size: sz(1.06), fill: accent.darken(25%), h))
#let group(h) = block(above: 0.9em, below: 0.35em, sticky: true, emph(text(fill: accent.darken(15%), h)))

// The dates on their own small coloured line above the title.
#let dates(s) = block(above: 0.95em, below: 0.3em, sticky: true,
  text(size: sz(0.84), fill: accent, weight: st.date_weight, tracking: 0.03em, s))

#let role(r) = {
  if some(r.dates) { dates(r.dates) }
  block(above: if some(r.dates) { 0.3em } else { 0.95em }, sticky: true, breakable: false, {
    title-line(r)
    if some(r.place) {
      if st.place_right { " "; h(1fr) } else if some(r.title) or some(r.org) { st.sep }
      text(fill: muted, r.place)
    }
  })
  role-details(r)
}

#let entry(e) = if e.grouped {
  block(above: 1.1em, below: 0.6em, sticky: true, {
    if some(e.org) { text(size: sz(1.08), weight: "bold", e.org) }
    if some(e.place) { if some(e.org) { st.sep }; text(fill: muted, e.place) }
  })
  pad(left: st.indent * 1pt, for r in e.roles { role(r) })
} else { role(e.roles.first()) }

#align(if st.align == "center" { center } else { left }, {
  block(below: 0.35em, text(size: sz(st.name_scale), weight: st.name_weight,
    fill: if st.name_accent { accent } else { ink }, d.name))
  if some(d.headline) { block(above: 0.5em, text(size: sz(1.15), fill: muted, d.headline)) }
  block(above: 0.9em, d.contacts.map(c => contact(c, icons: true)).join([#h(st.contact_gap * 1em) ]))
})

#for sec in d.sections { walk(sec, head: head, sub: sub, group: group, entry: entry) }
"""


def render_modern(doc: Doc, rng: random.Random, work: Path) -> Path:
    st = draw_style(rng, SANS + SERIF, caps="upper", rule_after=rng.random() < 0.5,
                    rule_w=round(rng.uniform(0.5, 1.6), 2), date_weight=rng.choice(["regular", "bold"]),
                    place_right=rng.random() < 0.5, indent=jitter(rng, 10, 0.4),
                    name_accent=rng.random() < 0.5, contact_gap=round(rng.uniform(0.8, 1.6), 2))
    return compile_typst(work, MODERN, doc, st)


GRID = r"""
#import "lib.typ": *
#show: page-setup

#let head(h) = block(above: 0pt, below: 0.65em, sticky: true, width: 100%,
  fill: if st.head_fill { accent.lighten(85%) },
  inset: if st.head_fill { (x: 0.4em, y: 0.3em) } else { (bottom: 0.25em) },
  stroke: if st.head_fill { none } else { (bottom: 0.7pt + accent) },
  text(font: (st.head_font, st.font), size: sz(st.head_scale), weight: st.head_weight, fill: accent, cased(h)))
#let sub(h) = block(above: 1em, below: 0.45em, sticky: true, text(weight: "bold", fill: accent.darken(20%), h))
#let group(h) = block(above: 0.8em, below: 0.3em, sticky: true, emph(h))

// First line: the first of position / organisation, dates at the right; second line: the other and the place.
#let role(r) = {
  let first = if st.org_first { r.org } else { r.title }
  let second = if st.org_first { r.title } else { r.org }
  whole(above: st.gap * 1pt, {
    if some(first) { strong(first) } else if some(second) { strong(second) }
    if some(r.dates) { " "; h(1fr); text(size: sz(0.9), fill: muted, r.dates) }
    let rest = (if some(first) { second }, r.place).filter(some)
    if rest.len() > 0 { linebreak(); emph(rest.join(st.sep)) }
  })
  role-details(r)
}

#let entry(e) = if e.grouped {
  block(above: st.gap * 1pt, below: 0.5em, sticky: true,
    strong(text(fill: accent.darken(10%), (e.org, e.place).filter(some).join(st.sep))))
  for r in e.roles { pad(left: 0.8em, role(r)) }
} else { role(e.roles.first()) }

#let section(i) = walk(d.sections.at(i), head: head, sub: sub, group: group, entry: entry)

#grid(columns: (1fr, auto), column-gutter: 1.5em, align: (left + bottom, right + bottom),
  {
    block(below: 0.3em, text(size: sz(st.name_scale), weight: st.name_weight, d.name))
    if some(d.headline) { block(above: 0.5em, text(size: sz(1.12), fill: accent, d.headline)) }
  },
  text(size: sz(0.92), d.contacts.map(c => contact(c)).join(linebreak())))
#line(length: 100%, stroke: 0.6pt + muted)
#v(st.head_above * 0.6pt)

#{
  let cells = ()
  for row in st.rows {
    if row.len() == 1 and st.full.contains(row.first()) { cells.push(grid.cell(colspan: 2, section(row.first()))) }
    else { cells += row.map(section); if row.len() == 1 { cells.push([]) } }
  }
  grid(columns: (1fr, st.right_w * 1fr), column-gutter: st.col_gap * 1pt, row-gutter: st.head_above * 1pt,
    ..(if st.col_rule { (grid.vline(x: 1, stroke: 0.5pt + accent.lighten(50%), position: start),) } else { () }),
    ..cells)
}
"""


def _grid_rows(rng: random.Random, doc: Doc) -> tuple[list[list[int]], list[int]]:
    """Sections in rows of the grid: pairs side by side; summaries and, by chance, entry sections span both."""
    spread = rng.random() < 0.6
    full = [i for i, s in enumerate(doc.sections)
            if s.kind == "summary" or (spread and s.entries) or len(s.children) > 1]
    rows: list[list[int]] = []
    for i in range(len(doc.sections)):
        if i in full or not rows or len(rows[-1]) == 2 or rows[-1][0] in full:
            rows.append([i])
        else:
            rows[-1].append(i)
    return rows, full


def render_grid(doc: Doc, rng: random.Random, work: Path) -> Path:
    rows, full = _grid_rows(rng, doc)
    st = draw_style(rng, SANS + SERIF, rows=rows, full=full, head_fill=rng.random() < 0.5,
                    right_w=round(rng.uniform(0.8, 1.2), 2), col_gap=jitter(rng, 22, 0.3),
                    col_rule=rng.random() < 0.5)
    return compile_typst(work, GRID, doc, st)


SIDEBAR = r"""
#import "lib.typ": *
#let W = st.side_w * 1pt
#let side-fill = if st.side_dark { accent } else { accent.lighten(st.side_tint * 1%) }
#let side-ink = if st.side_dark { white } else { ink }
#let side-accent = if st.side_dark { white } else { accent }
#show: page-setup.with(
  margin: (left: st.margin.left * 1pt, right: 0pt, top: st.margin.top * 1pt, bottom: st.margin.bottom * 1pt),
  background: place(top + right, rect(width: W, height: 100%, fill: side-fill)))

#let head(h) = block(above: st.head_above * 1pt, below: 0.6em, sticky: true, {
  text(font: (st.head_font, st.font), size: sz(st.head_scale), weight: st.head_weight, fill: accent, cased(h))
  if st.rule { v(-0.35em); line(length: 100%, stroke: 0.6pt + accent) }
})
#let sub(h) = block(above: 1em, below: 0.45em, sticky: true, text(weight: "bold", size: sz(1.05), h))
#let group(h) = block(above: 0.85em, below: 0.3em, sticky: true, emph(h))

#let role(r) = block(above: st.gap * 1pt, {
  block(below: 0.35em, sticky: true, breakable: false, {
    title-line(r)
    if some(r.dates) { " "; h(1fr); text(fill: muted, size: sz(0.92), r.dates) }
  })
  if some(r.place) { whole(above: 0.3em, text(fill: muted, style: "italic", r.place)) }
  role-details(r)
})
#let entry(e) = if e.grouped {
  block(above: st.gap * 1pt, below: 0.5em, sticky: true, {
    if some(e.org) { text(weight: "bold", fill: accent, e.org) }
    if some(e.place) { " "; h(1fr); text(fill: muted, e.place) }
  })
  pad(left: 0.9em, for r in e.roles { role(r) })
} else { role(e.roles.first()) }

// In the sidebar: lead on its own line, then the body (or the values as chips), then the date.
#let side-head(h) = block(above: st.head_above * 1pt, below: 0.55em, sticky: true,
  text(weight: "bold", size: sz(1.1), fill: side-accent, tracking: 0.06em, upper(h)))
#let side-sub(h) = block(above: 0.9em, below: 0.4em, sticky: true, text(weight: "bold", h))
#let side-item(it, kind) = block(above: 0.55em, breakable: false, {
  if some(it.lead) { block(below: 0.25em, sticky: true, strong(it.lead)) }
  if st.chips and kind == "skills" and it.values.len() > 0 {
    it.values.map(v => box(stroke: 0.5pt + side-ink, inset: (x: 0.35em, y: 0.2em), outset: (y: 0.1em),
      radius: 2pt, v)).join(" ")
  } else if some(it.body) { it.body }
  if some(it.date) { linebreak(); text(size: sz(0.88), it.date) }
})

#let main = {
  block(below: 0.3em, text(size: sz(st.name_scale), weight: st.name_weight, fill: accent, d.name))
  if some(d.headline) { block(above: 0.55em, text(size: sz(1.15), d.headline)) }
  for i in st.main { walk(d.sections.at(i), head: head, sub: sub, group: group, entry: entry) }
}
#let side = {
  set text(fill: side-ink, size: sz(st.side_scale))
  set par(justify: false)
  for c in d.contacts { block(above: 0.6em, contact(c, fill: side-accent, label-fill: side-ink)) }
  for i in st.side {
    walk(d.sections.at(i), head: side-head, sub: side-sub, item: side-item, entry: entry)
  }
}

#grid(columns: (1fr, W), column-gutter: st.gutter * 1pt, main, pad(x: st.side_pad * 1pt, side))
"""


def render_sidebar(doc: Doc, rng: random.Random, work: Path) -> Path:
    side = [i for i, s in enumerate(doc.sections) if s.kind in SIDE_KINDS]
    main = [i for i in range(len(doc.sections)) if i not in side]
    st = draw_style(rng, SANS + SERIF, side=side, main=main, side_w=jitter(rng, 175, 0.12),
                    side_dark=rng.random() < 0.35, side_tint=rng.randint(82, 93), side_pad=jitter(rng, 14, 0.25),
                    side_scale=round(rng.uniform(0.88, 0.97), 2), gutter=jitter(rng, 20, 0.3),
                    rule=rng.random() < 0.5)
    return compile_typst(work, SIDEBAR, doc, st)


TIMELINE = r"""
#import "lib.typ": *
#show: page-setup
#let DW = st.date_w * 1em
#let G = st.gutter * 1pt

#let head(h) = block(above: st.head_above * 1pt, below: 0.75em, sticky: true, {
  text(font: (st.head_font, st.font), size: sz(st.head_scale), weight: st.head_weight, fill: accent,
       cased(h, caps: "small"))
  if st.rule { v(-0.4em); line(length: 100%, stroke: 0.5pt + accent) }
})
// Sub-headings stand over the entries' column, smaller and italic: visibly under the heading.
#let sub(h) = pad(left: DW + G, block(above: 1em, below: 0.55em, sticky: true,
  text(font: (st.head_font, st.font), size: sz(1.08), style: "italic", fill: accent.darken(15%),
       smallcaps(h))))

#let dot = if st.dot > 0 { circle(radius: st.dot * 1pt, fill: if st.dot_hollow { white } else { accent },
                                  stroke: 0.8pt + accent) }
// A right-hand cell; its marker sits on the vertical line.
#let rcell(body, marker: true) = {
  if marker and dot != none { place(left + top, dx: -G - st.dot * 1pt, dy: 0.62em - st.dot * 1pt, dot) }
  body
}
#let lcell(date, place: none) = {
  if some(date) { text(size: sz(0.9), fill: accent.darken(10%), weight: st.date_weight, date) }
  if some(place) { if some(date) { linebreak() }; text(size: sz(0.85), fill: muted, style: "italic", place) }
}

#let role-cells(r) = (
  lcell(r.dates, place: if st.place_left { r.place }),
  rcell({
    title-line(r)
    if some(r.place) and not st.place_left {
      if some(r.title) or some(r.org) { st.sep }
      text(fill: muted, r.place)
    }
    role-details(r)
  }))

#let item-cells(it) = {
  let lead-left = not some(it.date) and some(it.lead)
  let body = {
    if some(it.lead) and not lead-left { strong(it.lead); if some(it.body) { st.lead_sep } }
    if some(it.body) { it.body }
  }
  (if lead-left { text(weight: "bold", size: sz(0.92), it.lead) } else { lcell(it.date) }, rcell(body))
}

#let timeline(cells) = if cells.len() > 0 {
  grid(columns: (DW, 1fr), row-gutter: st.gap * 1pt,
    inset: (x, y) => if x == 0 { (right: G) } else { (left: G) },
    align: (x, y) => if x == 0 { if st.date_right { right } else { left } } else { left },
    grid.vline(x: 1, stroke: st.line_w * 1pt + accent.lighten(35%)),
    ..cells)
}

#let section(sec, level: 0) = {
  if level == 0 { head(sec.heading) } else { sub(sec.heading) }
  let cells = ()
  if some(sec.text) { cells += ([], rcell(sec.text, marker: false)) }
  for e in sec.entries {
    if e.grouped {
      cells += ([], rcell(text(weight: "bold", fill: accent, (e.org, e.place).filter(some).join(st.sep))))
      for r in e.roles { cells += role-cells(r) }
    } else { cells += role-cells(e.roles.first()) }
  }
  for it in sec.items {
    if some(it.group) { cells += ([], text(style: "italic", smallcaps(it.group))) }
    cells += item-cells(it)
  }
  timeline(cells)
  for c in sec.children { section(c, level: 1) }
}

#align(if st.align == "center" { center } else { left }, {
  block(below: 0.3em, text(size: sz(st.name_scale), weight: st.name_weight, fill: accent,
    tracking: 0.04em, if st.name_smallcaps { smallcaps(all: true, d.name) } else { d.name }))
  if some(d.headline) { block(above: 0.5em, text(size: sz(1.12), style: "italic", d.headline)) }
  block(above: 0.8em, d.contacts.map(c => contact(c)).join(
    if st.icons { [#h(1em) ] } else { text(fill: accent, st.sep) }))
})

#for sec in d.sections { section(sec) }
"""


def render_timeline(doc: Doc, rng: random.Random, work: Path) -> Path:
    st = draw_style(rng, SMALLCAPS + SERIF + SANS, caps="small", date_w=jitter(rng, 8.2, 0.12),
                    gutter=jitter(rng, 11, 0.25), dot=rng.choice([0, 2.2, 2.8, 3.2]), dot_hollow=rng.random() < 0.4,
                    line_w=round(rng.uniform(0.6, 1.6), 2), date_right=rng.random() < 0.6,
                    date_weight=rng.choice(["regular", "bold"]), place_left=rng.random() < 0.5,
                    rule=rng.random() < 0.4, name_smallcaps=rng.random() < 0.4)
    if st["name_smallcaps"] and st["font"] not in SMALLCAPS:
        st["font"] = rng.choice(SMALLCAPS)
    return compile_typst(work, TIMELINE, doc, st)


TEMPLATES = [
    Template("typst-modern", "typst", render_modern,
             layout="one column, dates above titles in small colour, all-caps headings with coloured rule, "
                    "contacts with icons"),
    Template("typst-grid", "typst", render_grid,
             layout="two-column grid of sections (pairs side by side, some spanning), dates right"),
    Template("typst-right-sidebar", "typst", render_sidebar,
             layout="main column left, filled right sidebar with contacts, skills, languages"),
    Template("typst-timeline", "typst", render_timeline,
             layout="dates in a narrow left column with a vertical line, small-caps headings and sub-headings"),
]
