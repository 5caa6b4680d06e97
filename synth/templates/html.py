"""HTML+CSS templates printed by headless Chromium and by WeasyPrint.

Each template builds its HTML from shared pieces (header, contacts, sections,
entries, items) and its own CSS, both from a ``Style`` drawn from the rng. The
pieces only ever print the Doc's strings (escaped), separators, bullet glyphs,
icons and the Doc's contact / thesis labels.
"""
from __future__ import annotations

import html
import random
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional

from ..model import Contact, Doc, Entry, Item, Role, Section
from .base import RenderError, Template, colour, jitter, run

CHROMIUM = "/usr/bin/chromium"

SANS = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Roboto", "Open Sans", "Lato", "Inter", "PT Sans",
        "Carlito", "Arimo", "Clear Sans", "Go"]
SERIF = ["DejaVu Serif", "Liberation Serif", "Noto Serif", "PT Serif", "Charis SIL", "Gentium Book Plus",
         "Caladea", "Tinos", "Roboto Slab"]
# Only for WeasyPrint: Chromium's PDF output drops the text of these CFF fonts' small-caps glyphs.
SERIF_WEASY = SERIF + ["Linux Libertine O", "Linux Biolinum O"]

PAGE_MM = {"A4": (210.0, 297.0), "letter": (215.9, 279.4)}
BULLETS = ["•", "–", "▪", "›", "◦", "■", "●", "➤", "✓", "-", "*", "·"]
SIDE_KINDS = ("skills", "languages", "interests")

# FontAwesome 4 (Debian fonts-font-awesome) code points.
FA = {"email": "\uf0e0", "phone": "\uf095", "url": "\uf0ac", "location": "\uf041", "profile": "\uf0c1",
      "GitHub": "\uf09b", "LinkedIn": "\uf0e1", "Xing": "\uf168", "GitLab": "\uf296"}
# Small inline SVG icons (16x16 grid), drawn in the text colour.
_LINE = 'fill="none" stroke="currentColor" stroke-width="1.6"'
SVG = {
    "email": f'<rect x="1" y="3" width="14" height="10" rx="1.5" {_LINE}/><path d="M1.5 4l6.5 5 6.5-5" {_LINE}/>',
    "phone": f'<rect x="4" y="1" width="8" height="14" rx="1.6" {_LINE}/>'
             '<circle cx="8" cy="12.2" r="1" fill="currentColor"/>',
    "url": f'<circle cx="8" cy="8" r="6.5" {_LINE}/><ellipse cx="8" cy="8" rx="2.8" ry="6.5" {_LINE}/>'
           f'<path d="M1.5 8h13" {_LINE}/>',
    "location": '<path d="M8 15.5s5.2-5.4 5.2-9A5.2 5.2 0 0 0 2.8 6.5c0 3.6 5.2 9 5.2 9z" fill="currentColor"/>'
                '<circle cx="8" cy="6.4" r="1.9" fill="#fff"/>',
    "profile": f'<circle cx="8" cy="5" r="3" {_LINE}/><path d="M2 15c0-3.6 2.7-5.6 6-5.6s6 2 6 5.6" {_LINE}/>',
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tint(hex_colour: str, white: float) -> str:
    """``hex_colour`` mixed with ``white`` (0..1) parts of white: light backgrounds from an accent."""
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#%02x%02x%02x" % tuple(round(c + (255 - c) * white) for c in rgb)


# -- the style of one document -----------------------------------------------------------------

@dataclass
class Style:
    font: str
    generic: str              # CSS fallback family
    size: float               # base size, pt
    leading: float
    ink: str
    accent: str
    muted: str
    page: str                 # A4 | letter
    margin: tuple             # top, right, bottom, left in mm
    bullet: str
    caps: str                 # heading case: upper | small | none
    tracking: float           # heading letter spacing, em
    org_first: bool           # organisation before position in an entry head
    sep: str                  # between strings on one line
    lead_sep: str             # between an item's lead and body
    item_date: str            # paren | dash | right: where an item's date goes in a line
    icons: str                # fa | svg | none
    labels: bool              # print doc.labels before contacts
    entry_layout: str         # right | above | inline | left | timeline
    item_mode: str            # line | cols
    tags: bool                # skills as tags
    place_left: bool          # in left-date layouts, the place under the dates
    date_col: float           # width of a left date column, mm
    gap: float                # gap beside a left date column, mm
    fake_bold: str = ""       # "" | overlay | absolute: bold strings drawn twice (wkhtmltopdf's fake bold)

    @property
    def size_mm(self) -> tuple:
        return PAGE_MM[self.page]


def draw_style(rng: random.Random, fonts: list[str], **fixed) -> Style:
    font = rng.choice(fonts)
    icons = rng.choice(["fa", "fa", "svg", "none"])
    st = Style(
        font=font, generic="serif" if font in SERIF_WEASY else "sans-serif",
        size=round(rng.uniform(9, 11.2), 1), leading=round(rng.uniform(1.22, 1.45), 2),
        ink=rng.choice(["#000000", "#1a1a1a", "#222222", "#2b2b33", "#333333", colour(rng)]),
        accent=colour(rng), muted=rng.choice(["#555555", "#5f6368", "#666666", "#4a4a55"]),
        page=rng.choice(["A4", "letter"]),
        margin=(jitter(rng, 15, 0.3), jitter(rng, 17, 0.3), jitter(rng, 15, 0.3), jitter(rng, 17, 0.3)),
        bullet=rng.choice(BULLETS), caps=rng.choice(["upper", "small", "none"]),
        tracking=round(rng.uniform(0, 0.12), 2), org_first=rng.random() < 0.5,
        sep=rng.choice([", ", " – ", " | ", " · "]), lead_sep=rng.choice([": ", ": ", " – "]),
        item_date=rng.choice(["paren", "dash", "right"]), icons=icons,
        labels=icons == "none" and rng.random() < 0.7,
        entry_layout=rng.choice(["right", "above", "inline", "left"]), item_mode=rng.choice(["line", "cols"]),
        tags=rng.random() < 0.5, place_left=rng.random() < 0.5, date_col=jitter(rng, 30, 0.15),
        gap=jitter(rng, 4, 0.3))
    return replace(st, **fixed)


# -- shared CSS ---------------------------------------------------------------------------------

def heading_case(st: Style) -> str:
    """CSS for the style's heading case (all caps and small caps may be letter-spaced)."""
    if st.caps == "upper":
        return f"text-transform: uppercase; letter-spacing: {st.tracking}em;"
    if st.caps == "small":
        return f"font-variant: small-caps; letter-spacing: {st.tracking}em;"
    return ""


def base_css(st: Style, page_margin: Optional[str] = None) -> str:
    t, r, b, l = st.margin
    margin = page_margin or f"{t}mm {r}mm {b}mm {l}mm"
    weight = "normal" if st.fake_bold else "bold"
    css = f"""
@page {{ size: {st.page}; margin: {margin}; }}
html {{ font-family: '{st.font}', {st.generic}; font-size: {st.size}pt; line-height: {st.leading};
        color: {st.ink}; }}
body {{ margin: 0; }}
h1, h2, h3, h4, p, ul {{ margin: 0; padding: 0; font-size: inherit; }}
h1, h2, h3, h4, b, .p, .lead {{ font-weight: {weight}; }}
a {{ color: inherit; text-decoration: none; }}
.fa {{ font-family: FontAwesome; font-style: normal; font-weight: normal; font-variant: normal;
       text-transform: none; letter-spacing: 0; display: inline-block; width: 1.25em; color: {st.accent}; }}
svg.ic {{ width: .95em; height: .95em; vertical-align: -.13em; margin-right: .45em; color: {st.accent}; }}
.entry, .item {{ break-inside: avoid; }}
h2, h3, h4 {{ break-after: avoid; }}
.pl, .d {{ color: {st.muted}; }}
.desc, .thesis {{ margin-top: .15em; }}
ul.bul {{ list-style: none; padding-left: 1.15em; margin-top: .12em; }}
ul.bul li {{ margin-top: .08em; }}
ul.bul li::before {{ content: {css_string(st.bullet)}; display: inline-block; width: 1.15em;
                     margin-left: -1.15em; color: {st.accent}; }}
.line {{ display: flex; justify-content: space-between; align-items: baseline; column-gap: 1em; }}
.line > .d, .line > .pl {{ flex-shrink: 0; text-align: right; }}
.row {{ display: grid; grid-template-columns: {st.date_col}mm 1fr; column-gap: {st.gap}mm; }}
.row > .when {{ grid-column: 1; grid-row: 1 / span 4; }}
.row > .what, .row > .c1, .row > .wpl, .row > .rb {{ grid-column: 2; }}
.row > .what, .row > .r1 {{ grid-row: 1; }} .row > .r2 {{ grid-row: 2; }}
.row > .wpl {{ grid-row: 3; }} .row > .rb {{ grid-row: 4; }}
.above {{ display: grid; grid-template-columns: 100%; }}
.above > * {{ grid-column: 1; }} .above > .when {{ grid-row: 1; }} .above > .r1 {{ grid-row: 2; }}
.above > .r2 {{ grid-row: 3; }} .above > .rb {{ grid-row: 4; }}
.hd {{ display: grid; grid-template-columns: 1fr auto; column-gap: 1em; }}
.hd > .c1 {{ grid-column: 1; }} .hd > .c2 {{ grid-column: 2; text-align: right; }}
.hd > .r1 {{ grid-row: 1; }} .hd > .r2 {{ grid-row: 2; }} .hd > .d {{ white-space: nowrap; }}
.tags .tag {{ display: inline-block; padding: .05em .55em; margin: 0 .3em .3em 0; border-radius: .3em;
              background: {tint(st.accent, .85)}; }}
.skill .lead {{ display: block; margin-bottom: .15em; }}
"""
    if st.fake_bold == "overlay":  # both copies in one grid cell, painted one after the other
        css += """.fb { display: grid; } span.fb { display: inline-grid; }
.fb > span { grid-area: 1 / 1; } .fb > span + span { margin-left: .4px; margin-right: -.4px; }
"""
    elif st.fake_bold == "absolute":
        # The copy comes first and sits at its static place, moved .4px; the container is not positioned,
        # so only the copy is painted after the flow. One line each, so both copies break alike.
        css += """.fb { white-space: nowrap; } .fb > .fbc { position: absolute; margin-left: .4px; }
"""
    return css


# -- shared HTML pieces -------------------------------------------------------------------------
# A page's text is drawn in document order (grid placement does not change it), and the labels look
# for the Doc's strings in drawing order: so a date shown left of or above its title still comes after
# it in the HTML, and nothing that holds text is positioned or made translucent (drawn late).

def strong(st: Style, text: str, cls: str, tag: str = "div") -> str:
    """A bold string; in a fake-bold style drawn twice, the copy a fraction of a pixel to the right."""
    if st.fake_bold == "absolute":
        return f'<{tag} class="{cls} fb"><span class="fbc" aria-hidden="true">{esc(text)}</span>{esc(text)}</{tag}>'
    if st.fake_bold:
        return (f'<{tag} class="{cls} fb"><span>{esc(text)}</span>'
                f'<span aria-hidden="true">{esc(text)}</span></{tag}>')
    return f'<{tag} class="{cls}">{esc(text)}</{tag}>'


def span(text: Optional[str], cls: str, tag: str = "span") -> str:
    return f'<{tag} class="{cls}">{esc(text)}</{tag}>' if text else ""


def icon(st: Style, c: Contact) -> str:
    if st.icons == "fa":
        return f'<span class="fa">{FA.get(c.network or "", FA.get(c.kind, FA["profile"]))}</span>'
    if st.icons == "svg":
        return f'<svg class="ic" viewBox="0 0 16 16">{SVG.get(c.kind, SVG["profile"])}</svg>'
    return ""


def contact_html(doc: Doc, st: Style, c: Contact, tag: str = "span") -> str:
    label = doc.labels.get(c.kind) if st.labels else None
    text = f'<a href="{esc(c.link)}">{esc(c.text)}</a>' if c.link else esc(c.text)
    label_html = f'<span class="cl">{esc(label)}: </span>' if label else ""
    return f'<{tag} class="contact">{icon(st, c)}{label_html}{text}</{tag}>'


def contacts_html(doc: Doc, st: Style, as_list: bool = False, sep: str = " | ") -> str:
    if as_list:
        return '<div class="contacts">' + "".join(contact_html(doc, st, c, "div") for c in doc.contacts) + "</div>"
    joiner = f'<span class="csep">{esc(sep)}</span>'
    return '<div class="contacts">' + joiner.join(contact_html(doc, st, c) for c in doc.contacts) + "</div>"


def name_block(doc: Doc, st: Style) -> str:
    return strong(st, doc.name, "name", "h1") + span(doc.headline, "headline", "div")


def role_body(doc: Doc, role: Role) -> str:
    out = span(role.text, "desc", "p")
    if role.thesis:
        label = doc.labels.get("thesis")
        out += f'<p class="thesis">{span(label + ": " if label else None, "tl")}{esc(role.thesis)}</p>'
    if role.bullets:
        out += '<ul class="bul">' + "".join(f"<li>{esc(b)}</li>" for b in role.bullets) + "</ul>"
    return out


def head_parts(st: Style, entry: Entry, role: Role) -> tuple:
    """(primary, secondary, place) of an inline head: organisation and title in the style's order."""
    if entry.grouped:  # the organisation is on the group line
        return role.title or None, None, role.place
    first, second = (entry.org, role.title or None) if st.org_first else (role.title or None, entry.org)
    if not first:
        first, second = second, None
    return first, second, entry.place or role.place


def joined(st: Style, *parts: str) -> str:
    """Non-empty HTML parts with the style's separator between them."""
    return f'<span class="sep">{esc(st.sep)}</span>'.join(p for p in parts if p)


def title_lines(st: Style, entry: Entry, role: Role) -> str:
    """Organisation and title: the organisation first in the HTML (the Doc's order), shown in the
    style's order. The first shown is bold (class r1), the other under it in italics (r2)."""
    org, title = (None if entry.grouped else entry.org), role.title or None
    org_shown_first = st.org_first or not title
    out = ""
    for text, first in ((org, org_shown_first), (title, not org or not org_shown_first)):
        if text and first:
            out += strong(st, text, "p rt c1 r1" if entry.grouped else "p c1 r1")
        elif text:
            out += span(text, "s c1 r2", "div")
    return out


def role_html(doc: Doc, st: Style, entry: Entry, role: Role) -> str:
    """One role's head and body. Whatever the layout, the HTML holds the title lines, the dates, the
    place and then the body, the Doc's order; grid placement puts dates left, right or above."""
    place = role.place if entry.grouped else entry.place or role.place
    body, dates, lay = role_body(doc, role), role.dates, st.entry_layout
    rb = f'<div class="rb">{body}</div>' if body else ""
    if lay == "right":  # a 2x2 grid: title lines left, dates and place right
        hd = title_lines(st, entry, role) + span(dates, "d c2 r1", "div") + span(place, "pl c2 r2", "div")
        return f'<div class="role"><div class="hd">{hd}</div>{body}</div>'
    title = title_lines(st, entry, role)  # direct grid items: WeasyPrint misplaces nested grids
    if lay == "above":
        top = joined(st, span(dates, "d"), span(place, "pl"))
        return f'<div class="role above">{title}{f"<div class=when>{top}</div>" if top else ""}{rb}</div>'
    if lay == "inline":  # one run of text: shown in the order it is written
        p, s, _ = head_parts(st, entry, role)
        head = joined(st, strong(st, p, "p rt" if entry.grouped else "p", "span") if p else "", span(s, "s"))
        if dates:
            head += f' <span class="d">({esc(dates)})</span>'
        if place:
            head += f'<span class="sep">{esc(st.sep)}</span>{span(place, "pl")}'
        return f'<div class="role"><div class="ih">{head}</div>{body}</div>'
    # left and timeline: dates in a column of their own, the place under them or under the title
    when = span(dates, "d", "div") + (span(place, "pl", "div") if st.place_left else "")
    wpl = "" if st.place_left else span(place, "pl wpl", "div")
    rail, cls = ('<div class="rail"></div>', "row role tl") if lay == "timeline" else ("", "row role")
    return f'<div class="{cls}">{rail}{title}<div class="when">{when}</div>{wpl}{rb}</div>'


def group_html(st: Style, entry: Entry) -> str:
    """The line naming the employer once above its roles."""
    org = strong(st, entry.org, "p go") if entry.org else ""
    if st.entry_layout == "right":
        inner = f'<div class="line l1">{org or "<div></div>"}{span(entry.place, "pl", "div")}</div>'
    else:
        inner = org + span(entry.place, "pl", "div")
    if st.entry_layout == "left":
        return f'<div class="row group"><div class="what">{inner}</div></div>'
    if st.entry_layout == "timeline":
        return f'<div class="row group tl"><div class="rail"></div><div class="what">{inner}</div></div>'
    return f'<div class="group">{inner}</div>'


def entry_html(doc: Doc, st: Style, entry: Entry) -> str:
    out = group_html(st, entry) if entry.grouped and (entry.org or entry.place) else ""
    out += "".join(role_html(doc, st, entry, r) for r in entry.roles)
    return f'<div class="entry{" grouped" if entry.grouped else ""}">{out}</div>'


def lead_body(st: Style, item: Item) -> str:
    lead = strong(st, item.lead, "lead", "span") if item.lead else ""
    sep = f'<span class="ls">{esc(st.lead_sep)}</span>' if item.lead and item.body else ""
    return lead + sep + span(item.body, "body")


def item_html(st: Style, sec: Section, item: Item, mode: Optional[str] = None) -> str:
    mode = mode or st.item_mode
    if sec.kind == "skills" and st.tags and item.values:
        lead = strong(st, item.lead, "lead") if item.lead else ""
        tags = "".join(f'<span class="tag">{esc(v)}</span> ' for v in item.values)
        return f'<div class="item skill">{lead}<div class="tags">{tags}</div></div>'
    if mode == "cols":  # a label column holding the date, else the lead
        if item.date:  # drawn after the text it dates, as the Doc lists it
            what = f'<div class="what">{lead_body(st, item)}</div>'
            return f'<div class="row item">{what}<div class="when">{span(item.date, "d")}</div></div>'
        lead = strong(st, item.lead, "lead", "span") if item.lead else ""
        return (f'<div class="row item"><div class="when">{lead}</div>'
                f'<div class="what">{span(item.body, "body")}</div></div>')
    text = lead_body(st, item)
    if item.date and st.item_date == "right":
        return f'<div class="item line"><div>{text}</div>{span(item.date, "d", "div")}</div>'
    if item.date:
        text += (f' <span class="d">({esc(item.date)})</span>' if st.item_date == "paren"
                 else f'<span class="sep"> – </span><span class="d">{esc(item.date)}</span>')
    return f'<div class="item">{text}</div>'


def section_html(doc: Doc, st: Style, sec: Section, level: int = 2, item_mode: Optional[str] = None) -> str:
    out = strong(st, sec.heading, "sh" if level == 2 else "ssh", f"h{level}")
    out += span(sec.text, "summary", "p")
    out += "".join(entry_html(doc, st, e) for e in sec.entries)
    for i, item in enumerate(sec.items):
        group = sec.group_at(i)
        if group:
            out += strong(st, group, "grp", "h4")
        out += item_html(st, sec, item, item_mode)
    out += "".join(section_html(doc, st, c, 3, item_mode) for c in sec.children)
    return f'<section class="sec k-{sec.kind} lv{level}">{out}</section>'


def page(doc: Doc, css: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{esc(doc.lang)}"><head><meta charset="utf-8">'
            f"<title>{esc(doc.name)}</title><style>{css}</style></head><body>{body}</body></html>\n")


# -- engines ------------------------------------------------------------------------------------

def print_chromium(text: str, work: Path) -> Path:
    src, pdf = work / "cv.html", work / "cv.pdf"
    src.write_text(text, encoding="utf-8")
    run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={work / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
         src.as_uri()], cwd=work, timeout=90)
    if not pdf.exists():
        raise RenderError("chromium wrote no PDF")
    return pdf


def print_weasyprint(text: str, work: Path) -> Path:
    import weasyprint
    src, pdf = work / "cv.html", work / "cv.pdf"
    src.write_text(text, encoding="utf-8")
    weasyprint.HTML(filename=str(src)).write_pdf(str(pdf))
    return pdf


def split_side(doc: Doc, rng: random.Random) -> tuple[list[Section], list[Section]]:
    """(sidebar sections, main sections): skills, languages and maybe interests go to the sidebar."""
    kinds = SIDE_KINDS if rng.random() < 0.6 else SIDE_KINDS[:2]
    side = [s for s in doc.sections if s.kind in kinds]
    return side, [s for s in doc.sections if s not in side]


# -- Chromium templates -------------------------------------------------------------------------

def render_sidebar_left(doc: Doc, rng: random.Random, work: Path) -> Path:
    """A coloured full-height left sidebar (name, contacts, skills as tags, languages) beside the main column."""
    st = draw_style(rng, SANS + SERIF, icons=rng.choice(["fa", "fa", "svg"]), labels=False, tags=True,
                    entry_layout=rng.choice(["right", "above"]), item_mode="line")
    width, _ = st.size_mm
    side_w, pad = jitter(rng, 0.31 * width, 0.1), jitter(rng, 7, 0.2)
    top, _, bottom, _ = st.margin
    dark = rng.random() < 0.6
    side_bg = st.accent if dark else tint(st.accent, 0.88)
    side_ink = "#ffffff" if dark else st.ink
    name_in_side = rng.random() < 0.5
    rule = rng.choice(["border-bottom: 1.2px solid", "border-left: 3.5px solid"])
    css = base_css(st, page_margin="0") + f"""
.grid {{ display: grid; grid-template-columns: {side_w}mm 1fr; }}
.side, .main {{ padding: {top}mm {pad}mm {bottom}mm; box-decoration-break: clone;
                -webkit-box-decoration-break: clone; }}
.main {{ padding-right: {st.margin[1]}mm; grid-column: 2; grid-row: 1; }}
.side {{ grid-column: 1; grid-row: 1; }}
.side {{ color: {side_ink}; font-size: .95em; }}
.sidebg {{ position: fixed; left: 0; top: 0; width: {side_w}mm; height: 100%; z-index: -1;
           background: {side_bg}; }}
.side .fa, .side svg.ic, .side .d, .side .pl {{ color: {side_ink}; }}
.side .tags .tag {{ background: {"rgba(255,255,255,.18)" if dark else "#ffffff"}; }}
.side .contact {{ display: block; margin-bottom: .35em; overflow-wrap: anywhere; }}
.side h2 {{ font-size: 1.05em; {heading_case(replace(st, caps="upper", tracking=max(st.tracking, .1)))}
            margin: 1.4em 0 .5em; border-bottom: 1px solid {side_ink}; padding-bottom: .15em; }}
.side .item {{ margin-bottom: .35em; }}
.name {{ font-size: {jitter(rng, 2.2, .15)}em; line-height: 1.1; {"color: " + st.accent if not name_in_side else ""} }}
.headline {{ font-size: 1.1em; margin: .3em 0 1em; }}
.main h2 {{ font-size: {jitter(rng, 1.3, .1)}em; color: {st.accent}; {heading_case(st)} {rule} {st.accent};
            padding: 0 0 .1em .35em; margin: 1.1em 0 .5em; }}
.main h3 {{ font-size: 1.1em; margin: .8em 0 .3em; color: {st.accent}; }}
h4 {{ font-style: italic; margin: .5em 0 .2em; }}
.entry {{ margin-bottom: {jitter(rng, .75, .2)}em; }}
.role + .role {{ margin-top: .35em; }}
.s {{ font-style: italic; }} .rt {{ font-weight: 600; }}
.main .item {{ margin-bottom: .25em; }}
.summary {{ margin-bottom: .4em; }}
"""
    side, main = split_side(doc, rng)
    head = name_block(doc, st)
    aside = ('<aside class="side">' + (head if name_in_side else "") + contacts_html(doc, st, as_list=True)
             + "".join(section_html(doc, st, s) for s in side) + "</aside>")
    column = ('<main class="main">' + ("" if name_in_side else head)
              + "".join(section_html(doc, st, s) for s in main) + "</main>")
    # The name is drawn first: the e-mail often holds its letters, and the page's order should say which is which.
    # The sidebar's colour is a fixed box behind the text: Chromium repeats it on every page, full height.
    body = ('<div class="sidebg"></div><div class="grid">' + (aside + column if name_in_side else column + aside)
            + "</div>")
    return print_chromium(page(doc, css, body), work)


def render_timeline(doc: Doc, rng: random.Random, work: Path) -> Path:
    """A centred header with icon contacts; dates in a left column on a vertical line with dots."""
    st = draw_style(rng, SANS + SERIF, caps="upper", tracking=round(rng.uniform(0.15, 0.3), 2),
                    icons=rng.choice(["fa", "svg"]), labels=False, entry_layout="timeline", item_mode="cols",
                    date_col=jitter(rng, 29, 0.12))
    # The line and the dots are backgrounds of a text-free rail column: nothing holding text is positioned.
    line_w, dot, line = rng.choice([1, 1.5, 2]), round(jitter(rng, 8, 0.15)), tint(st.accent, .45)
    css = base_css(st) + f"""
header {{ text-align: center; margin-bottom: 1.2em; }}
.name {{ font-size: {jitter(rng, 2.3, .15)}em; line-height: 1.15; letter-spacing: {rng.choice([0, .04, .08])}em; }}
.headline {{ color: {st.accent}; font-size: 1.1em; margin-top: .15em; }}
.contacts {{ margin-top: .5em; }} .contact {{ white-space: nowrap; }}
.csep {{ color: {st.muted}; }}
h2 {{ font-size: {jitter(rng, 1.1, .1)}em; color: {st.accent}; {heading_case(st)}
      margin: 1.2em 0 .55em; padding-bottom: .2em; border-bottom: .6px solid {tint(st.accent, .5)}; }}
h3 {{ font-size: 1.02em; {heading_case(replace(st, tracking=st.tracking / 2))} margin: .9em 0 .4em; }}
h4 {{ font-style: italic; margin: .4em 0 .2em; }}
.when {{ text-align: right; padding-top: .05em; }}
.when .d {{ color: {st.accent}; }}
.tl {{ grid-template-columns: {st.date_col}mm {dot}px 1fr; grid-template-rows: auto auto auto auto .7em; }}
.tl > .what, .tl > .c1, .tl > .wpl, .tl > .rb {{ grid-column: 3; }}
.tl > .rail {{ grid-column: 2; grid-row: 1 / -1;
               background: linear-gradient({line}, {line}) no-repeat {(dot - line_w) / 2}px 0 / {line_w}px 100%,
                           radial-gradient(circle, {st.accent} 60%, transparent 64%)
                           no-repeat 0 .3em / {dot}px {dot}px; }}
.group .rail {{ background: linear-gradient({line}, {line}) no-repeat {(dot - line_w) / 2}px 0 / {line_w}px 100%,
                radial-gradient(circle, #ffffff 36%, {st.accent} 40%, {st.accent} 60%, transparent 64%)
                no-repeat 0 .3em / {dot}px {dot}px; }}
.group.tl {{ grid-template-rows: auto .4em; }}
.s {{ font-style: italic; }} .pl {{ font-size: .93em; }}
.item {{ margin-bottom: .3em; }} .summary {{ margin-bottom: .3em; }}
"""
    sep = rng.choice(["   ", " · ", " | "])
    body = (f'<header>{name_block(doc, st)}{contacts_html(doc, st, sep=sep)}</header>'
            + "".join(section_html(doc, st, s) for s in doc.sections))
    return print_chromium(page(doc, css, body), work)


def render_cards(doc: Doc, rng: random.Random, work: Path) -> Path:
    """Every entry in a bordered, rounded card; headings in filled boxes; skills as chips."""
    st = draw_style(rng, SANS, icons=rng.choice(["svg", "svg", "fa"]), labels=False, tags=True,
                    entry_layout="right", item_mode="line", item_date="right")
    radius, soft = jitter(rng, 2.2, 0.3), tint(st.accent, 0.9)
    filled = rng.random() < 0.5  # accent box with white text, or a tinted box with accent text
    card_border = rng.choice([f"1px solid {tint(st.accent, .6)}", "0.8px solid #cccccc"])
    css = base_css(st) + f"""
header {{ background: {st.accent}; color: #ffffff; border-radius: {radius}mm; padding: 5mm 6mm;
          margin-bottom: 4mm; }}
header .fa, header svg.ic {{ color: #ffffff; }} header .csep {{ display: none; }}
.name {{ font-size: {jitter(rng, 2.1, .12)}em; line-height: 1.15; }}
.headline {{ font-size: 1.1em; }}
.contacts {{ margin-top: .5em; display: flex; flex-wrap: wrap; column-gap: 1.4em; row-gap: .2em; }}
h2 {{ font-size: {jitter(rng, 1.15, .1)}em; {heading_case(st)} margin: 4mm 0 2mm; padding: .25em .6em;
      border-radius: {radius * .6}mm; background: {st.accent if filled else soft};
      color: {"#ffffff" if filled else st.accent}; }}
h3 {{ font-size: 1.05em; color: {st.accent}; margin: .7em 0 .3em; padding-left: .3em;
      border-left: 3px solid {st.accent}; }}
h4 {{ font-style: italic; margin: .4em 0 .15em; }}
.entry, .box {{ border: {card_border}; border-radius: {radius}mm; padding: 2.2mm 3.2mm; margin-bottom: 2.2mm; }}
.role + .role {{ margin-top: .4em; padding-top: .4em; border-top: .6px dashed #cccccc; }}
.hd .d, .l1 .d {{ justify-self: end; background: {soft}; color: {st.accent}; border-radius: 1em;
                 padding: 0 .6em; font-size: .92em; }}
.s {{ color: {st.accent}; }}
.box .item {{ margin: .15em 0; }}
.tags .tag {{ border-radius: 1em; background: {soft}; border: .6px solid {tint(st.accent, .6)}; }}
.skill .lead {{ color: {st.accent}; }}
"""
    def boxed(sec: Section, level: int = 2) -> str:
        # entries are cards already; a section's summary and items share one card (which may break)
        inner = span(sec.text, "summary", "p")
        for i, item in enumerate(sec.items):
            group = sec.group_at(i)
            inner += strong(st, group, "grp", "h4") if group else ""
            inner += item_html(st, sec, item)
        out = strong(st, sec.heading, "sh" if level == 2 else "ssh", f"h{level}")
        out += f'<div class="box">{inner}</div>' if inner else ""
        out += "".join(entry_html(doc, st, e) for e in sec.entries)
        out += "".join(boxed(c, 3) for c in sec.children)
        return f'<section class="sec k-{sec.kind}">{out}</section>'
    body = (f'<header>{name_block(doc, st)}{contacts_html(doc, st)}</header>'
            + "".join(boxed(s) for s in doc.sections))
    return print_chromium(page(doc, css, body), work)


def render_fake_bold(doc: Doc, rng: random.Random, work: Path) -> Path:
    """wkhtmltopdf's fake bold: name, headings, organisations and leads drawn twice, 0.4 px apart."""
    st = draw_style(rng, ["DejaVu Sans", "DejaVu Serif", "Liberation Sans", "Liberation Serif", "Arimo",
                          "Tinos"], fake_bold=rng.choice(["overlay", "absolute"]), org_first=True,
                    entry_layout="right", item_mode=rng.choice(["line", "cols"]), tags=False,
                    icons=rng.choice(["none", "none", "fa"]), caps=rng.choice(["upper", "none"]))
    st = replace(st, labels=st.icons == "none" and rng.random() < 0.7)
    css = base_css(st) + f"""
header {{ text-align: {rng.choice(["left", "center"])}; margin-bottom: 1em; }}
.name {{ font-size: {jitter(rng, 2, .15)}em; line-height: 1.2; }}
.headline {{ font-size: 1.1em; margin-bottom: .3em; }}
.contacts {{ color: {st.muted}; }}
h2 {{ font-size: {jitter(rng, 1.25, .1)}em; {heading_case(st)} color: {st.accent};
      border-bottom: 1px solid {st.accent}; margin: 1em 0 .45em; }}
h3 {{ font-size: 1.08em; margin: .8em 0 .3em; }}
h4 {{ margin: .4em 0 .2em; text-decoration: underline; }}
.entry {{ margin-bottom: .7em; }}
.s, .rt {{ font-style: italic; }}
.role + .role {{ margin-top: .3em; }}
.item {{ margin-bottom: .2em; }}
"""
    body = (f'<header>{name_block(doc, st)}{contacts_html(doc, st, sep=rng.choice([" | ", " · ", " – "]))}</header>'
            + "".join(section_html(doc, st, s) for s in doc.sections))
    return print_chromium(page(doc, css, body), work)



# -- WeasyPrint templates -----------------------------------------------------------------------

def render_sidebar_right(doc: Doc, rng: random.Random, work: Path) -> Path:
    """A tinted right sidebar strip (contacts, skill tags, languages); dates on their own line above titles."""
    st = draw_style(rng, SANS + SERIF_WEASY, entry_layout="above", tags=rng.random() < 0.7, labels=False,
                    icons=rng.choice(["fa", "svg"]), item_mode="line")
    width, height = st.size_mm
    top, right, bottom, left = st.margin
    side_w, gap = jitter(rng, 0.27 * width, 0.1), jitter(rng, 12, 0.2)
    strip = round(right + side_w + gap / 2, 1)  # painted by the page, so it runs the full height
    bg = tint(st.accent, rng.uniform(0.82, 0.93))
    every_page = rng.random() < 0.5
    stripe = f"linear-gradient(to left, {bg} {strip + 1}mm, #ffffff {strip + 1}mm)"
    # WeasyPrint places a page's background from the page area's corner: shift it to the page's
    # corner and size it 1 mm beyond the page so that the strip reaches the edges.
    whole_page = (f"background-repeat: no-repeat; background-size: {width + 1}mm {height + 1}mm; "
                  f"background-position: -{left}mm -{top}mm;")
    css = base_css(st) + f"""
@page {{ background: {stripe if every_page else "#ffffff"}; {whole_page} }}
@page :first {{ background: {stripe}; {whole_page} }}
.grid {{ display: grid; grid-template-columns: 1fr {side_w}mm; column-gap: {gap}mm; }}
.name {{ font-size: {jitter(rng, 2.3, .15)}em; line-height: 1.1; color: {st.accent}; }}
.headline {{ font-size: 1.15em; color: {st.muted}; margin: .2em 0 .6em; }}
h2 {{ font-size: {jitter(rng, 1.2, .1)}em; {heading_case(st)} color: {st.accent}; margin: 1em 0 .45em; }}
.main h2 {{ border-bottom: {rng.choice([.6, 1, 1.5])}pt solid {tint(st.accent, .4)}; padding-bottom: .1em; }}
.side {{ font-size: .93em; }} .side h2 {{ font-size: 1.05em; margin-top: 1.2em; }}
.side .contacts {{ margin-top: .4em; }}
.side .contact {{ margin-bottom: .4em; overflow-wrap: break-word; }}
.tags .tag {{ background: #ffffff; }}
h3 {{ font-size: 1.08em; margin: .8em 0 .3em; }}
h4 {{ font-style: italic; color: {st.muted}; margin: .4em 0 .15em; }}
.when {{ font-size: .9em; {"font-variant: small-caps;" if rng.random() < 0.4 else ""} }}
.when .d {{ color: {st.accent}; }}
.entry {{ margin-bottom: .75em; }} .role + .role {{ margin-top: .4em; }}
.s {{ font-style: italic; }} .item {{ margin-bottom: .3em; }}
"""
    side, main = split_side(doc, rng)
    body = ('<div class="grid"><main class="main">' + name_block(doc, st)
            + "".join(section_html(doc, st, s) for s in main) + '</main><aside class="side">'
            + contacts_html(doc, st, as_list=True) + "".join(section_html(doc, st, s) for s in side)
            + "</aside></div>")
    return print_weasyprint(page(doc, css, body), work)


def render_two_columns(doc: Doc, rng: random.Random, work: Path) -> Path:
    """Sections flowing through two columns under a full-width header; headings in filled boxes."""
    # org_first: an inline head is drawn in the order it reads, and the labels expect the organisation first
    st = draw_style(rng, SANS + SERIF_WEASY, entry_layout="inline", item_mode="line", org_first=True,
                    item_date=rng.choice(["paren", "dash"]), icons=rng.choice(["fa", "svg", "none"]))
    filled = rng.random() < 0.5
    css = base_css(st) + f"""
header {{ display: flex; justify-content: space-between; align-items: flex-end; column-gap: 6mm;
          padding-bottom: 3mm; margin-bottom: 4mm; border-bottom: 2pt solid {st.accent}; }}
.name {{ font-size: {jitter(rng, 2.2, .15)}em; line-height: 1.1; }}
.headline {{ color: {st.accent}; font-size: 1.1em; }}
header .contacts {{ text-align: right; font-size: .95em; }}
.cols {{ columns: 2; column-gap: {jitter(rng, 8, .25)}mm;
         {f"column-rule: .5pt solid {tint(st.accent, .6)};" if rng.random() < 0.4 else ""} }}
h2 {{ font-size: {jitter(rng, 1.1, .1)}em; {heading_case(st)} padding: .2em .5em; margin: 0 0 .45em;
      background: {st.accent if filled else tint(st.accent, .85)}; color: {"#ffffff" if filled else st.ink}; }}
.lv2 {{ margin-bottom: 1em; }}
h3 {{ font-size: 1.04em; color: {st.accent}; margin: .6em 0 .25em; border-bottom: .5pt solid {tint(st.accent, .6)}; }}
h4 {{ font-style: italic; margin: .35em 0 .15em; }}
.entry {{ margin-bottom: .6em; }} .role + .role {{ margin-top: .3em; }}
.ih .p {{ color: {st.accent}; }} .s {{ font-style: italic; }}
.item {{ margin-bottom: .25em; }}
"""
    body = (f'<header><div>{name_block(doc, st)}</div>{contacts_html(doc, st, as_list=True)}</header>'
            '<div class="cols">' + "".join(section_html(doc, st, s) for s in doc.sections) + "</div>")
    return print_weasyprint(page(doc, css, body), work)


def render_classic(doc: Doc, rng: random.Random, work: Path) -> Path:
    """A serif CV with dates in a left column; headings in small caps, above the text or in the date column."""
    st = draw_style(rng, SERIF_WEASY, entry_layout="left", item_mode="cols",
                    caps=rng.choice(["small", "small", "upper"]), tracking=round(rng.uniform(0.03, 0.2), 2),
                    icons=rng.choice(["none", "none", "fa"]), date_col=jitter(rng, 32, 0.15))
    st = replace(st, labels=st.icons == "none")
    in_margin = rng.random() < 0.5  # the heading sits in the date column, a rule runs beside it
    centred = rng.random() < 0.5
    css = base_css(st) + f"""
header {{ text-align: {"center" if centred else "left"}; margin-bottom: 1.1em; }}
.name {{ font-size: {jitter(rng, 2.1, .15)}em; line-height: 1.15; font-variant: {rng.choice(["normal", "small-caps"])};
         letter-spacing: {rng.choice([0, .03, .06])}em; }}
.headline {{ font-style: italic; font-size: 1.1em; }}
.contacts {{ margin-top: .35em; }} .contact {{ white-space: nowrap; }} .cl {{ color: {st.muted}; }}
.hrow {{ margin: 1.1em 0 .5em; align-items: center; }}
.hrow h2 {{ text-align: right; }} .hrow .rule {{ border-top: .8pt solid {st.accent}; }}
h2 {{ font-size: {jitter(rng, 1.2, .1)}em; {heading_case(st)} color: {st.accent}; }}
.top {{ margin: 1em 0 .45em; border-bottom: .8pt solid {st.accent}; }}
h3 {{ font-size: 1.05em; {heading_case(replace(st, tracking=0))} margin: .7em 0 .3em; }}
h4 {{ font-style: italic; margin: .35em 0 .15em; }}
.lv3 > h3, .lv2 > h4, .lv3 > h4, .lv2 > .summary {{ margin-left: {st.date_col + st.gap}mm; }}
.when {{ {"text-align: right;" if rng.random() < 0.5 else ""} }}
.entry {{ margin-bottom: .6em; }} .role + .role {{ margin-top: .3em; }}
.s {{ font-style: italic; }} .item {{ margin-bottom: .25em; }}
"""
    def section(sec: Section) -> str:
        html_sec = section_html(doc, st, sec)
        head = strong(st, sec.heading, "sh", "h2")
        if in_margin:
            head_new = (f'<div class="row hrow">{strong(st, sec.heading, "sh when", "h2")}'
                        '<div class="rule"></div></div>')
        else:
            head_new = strong(st, sec.heading, "sh top", "h2")
        return html_sec.replace(head, head_new, 1)
    sep = rng.choice(["  ·  ", " | ", " – "])
    body = (f'<header>{name_block(doc, st)}{contacts_html(doc, st, sep=sep)}</header>'
            + "".join(section(s) for s in doc.sections))
    return print_weasyprint(page(doc, css, body), work)


TEMPLATES = [
    Template("chromium-sidebar", "chromium", render_sidebar_left, needs=("chromium",),
             layout="coloured full-height left sidebar (contacts with icons, skill tags, languages), "
                    "dates right or above"),
    Template("chromium-timeline", "chromium", render_timeline, needs=("chromium",),
             layout="centred header with icon contacts, letter-spaced caps headings, timeline with dates left"),
    Template("chromium-cards", "chromium", render_cards, needs=("chromium",),
             layout="entries in rounded cards, headings in filled boxes, skill chips, dates right"),
    Template("chromium-fakebold", "chromium", render_fake_bold, needs=("chromium",),
             layout="one column, wkhtmltopdf-style fake bold (glyphs drawn twice), dates right"),
    Template("weasy-sidebar", "weasyprint", render_sidebar_right,
             layout="tinted full-height right sidebar (icon contacts, skill tags, languages), "
                    "dates on their own line above the title"),
    Template("weasy-twocol", "weasyprint", render_two_columns,
             layout="sections flowing in two columns, headings in filled boxes, dates inline"),
    Template("weasy-classic", "weasyprint", render_classic,
             layout="serif, dates in a left column, small-caps headings above or in the date column, "
                    "labelled contacts"),
]
