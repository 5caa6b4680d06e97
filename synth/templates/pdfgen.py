"""ReportLab templates (no external program): platypus flowables, and one drawn on the bare canvas.

ReportLab's standard fonts lack letters such as ł ő ş ğ ı, so every template
registers TrueType families from /usr/share/fonts. Where Liberation (the standard
fonts' metric twins) is not installed, reportlab-plain prints in the standard fonts
themselves, so that it renders on any machine (the tests use it); Windows-1252 text only.
Strings go into platypus
``Paragraph`` markup only through ``esc``; on the canvas they are drawn as they are.
"""
from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape

from ..model import Contact, Doc, Entry, Item, Role, Section
from .base import Template, colour, jitter

FONT_DIR = Path("/usr/share/fonts/truetype")
# Family: regular, bold, italic, bold italic (files under FONT_DIR); all print every Latin locale.
FAMILIES = {
    "Liberation Sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                        "liberation/LiberationSans-Italic.ttf", "liberation/LiberationSans-BoldItalic.ttf"),
    "Liberation Serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                         "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"),
    "DejaVu Sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf",
                    "dejavu/DejaVuSans-BoldOblique.ttf"),
    "DejaVu Serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf",
                     "dejavu/DejaVuSerif-BoldItalic.ttf"),
    "Noto Sans": ("noto/NotoSans-Regular.ttf", "noto/NotoSans-Bold.ttf", "noto/NotoSans-Italic.ttf",
                  "noto/NotoSans-BoldItalic.ttf"),
    "Noto Serif": ("noto/NotoSerif-Regular.ttf", "noto/NotoSerif-Bold.ttf", "noto/NotoSerif-Italic.ttf",
                   "noto/NotoSerif-BoldItalic.ttf"),
    "Open Sans": ("open-sans/OpenSans-Regular.ttf", "open-sans/OpenSans-Bold.ttf", "open-sans/OpenSans-Italic.ttf",
                  "open-sans/OpenSans-BoldItalic.ttf"),
    "Lato": ("lato/Lato-Regular.ttf", "lato/Lato-Bold.ttf", "lato/Lato-Italic.ttf", "lato/Lato-BoldItalic.ttf"),
    "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf", "crosextra/Carlito-Italic.ttf",
                "crosextra/Carlito-BoldItalic.ttf"),
    "Caladea": ("crosextra/Caladea-Regular.ttf", "crosextra/Caladea-Bold.ttf", "crosextra/Caladea-Italic.ttf",
                "crosextra/Caladea-BoldItalic.ttf"),
    "Arimo": ("croscore/Arimo-Regular.ttf", "croscore/Arimo-Bold.ttf", "croscore/Arimo-Italic.ttf",
              "croscore/Arimo-BoldItalic.ttf"),
    "Tinos": ("croscore/Tinos-Regular.ttf", "croscore/Tinos-Bold.ttf", "croscore/Tinos-Italic.ttf",
              "croscore/Tinos-BoldItalic.ttf"),
    "PT Sans": ("paratype/PTS55F.ttf", "paratype/PTS75F.ttf", "paratype/PTS56F.ttf", "paratype/PTS76F.ttf"),
    "PT Serif": ("paratype/PTF55F.ttf", "paratype/PTF75F.ttf", "paratype/PTF56F.ttf", "paratype/PTF76F.ttf"),
    "Charis SIL": ("charis/CharisSIL-Regular.ttf", "charis/CharisSIL-Bold.ttf", "charis/CharisSIL-Italic.ttf",
                   "charis/CharisSIL-BoldItalic.ttf"),
    "Gentium Book Plus": ("gentiumplus/GentiumBookPlus-Regular.ttf", "gentiumplus/GentiumBookPlus-Bold.ttf",
                          "gentiumplus/GentiumBookPlus-Italic.ttf", "gentiumplus/GentiumBookPlus-BoldItalic.ttf"),
    "Clear Sans": ("clear-sans/ClearSans-Regular.ttf", "clear-sans/ClearSans-Bold.ttf",
                   "clear-sans/ClearSans-Italic.ttf", "clear-sans/ClearSans-BoldItalic.ttf"),
}
AWESOME = FONT_DIR / "font-awesome/fontawesome-webfont.ttf"
# FontAwesome 4 code points.
FA = {"email": "\uf0e0", "phone": "\uf095", "url": "\uf0ac", "location": "\uf041", "profile": "\uf0c1",
      "GitHub": "\uf09b", "LinkedIn": "\uf0e1", "Xing": "\uf168", "GitLab": "\uf296", "Twitter": "\uf099"}
BULLETS = ["•", "–", "▪", "›", "◦", "■", "●", "➤", "✓", "-", "·", "▸"]
SEPS = [" | ", " · ", ", ", " – ", " / "]
SIDE_KINDS = ("skills", "languages", "interests")


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    bolditalic: str


_registered: dict[str, Fonts] = {}


# Liberation's families stand in for the standard fonts of the same metrics.
_STANDARD = {"Liberation Sans": Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
             "Liberation Serif": Fonts("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic")}


def fonts(family: str) -> Fonts:
    """Register a TrueType family once per process (and FontAwesome with it); its four font names."""
    if family in _STANDARD and not all((FONT_DIR / f).exists() for f in FAMILIES[family]):
        return _STANDARD[family]
    if family not in _registered:
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        names = Fonts(family, f"{family} Bold", f"{family} Italic", f"{family} Bold Italic")
        for name, file in zip((names.regular, names.bold, names.italic, names.bolditalic), FAMILIES[family]):
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        # So that <b> and <i> in a Paragraph pick this family's faces.
        for bold, italic, name in ((0, 0, names.regular), (1, 0, names.bold), (0, 1, names.italic),
                                   (1, 1, names.bolditalic)):
            addMapping(family, bold, italic, name)
        if "FontAwesome" not in _registered and AWESOME.exists():
            pdfmetrics.registerFont(TTFont("FontAwesome", str(AWESOME)))
            _registered["FontAwesome"] = names
        _registered[family] = names
    return _registered[family]


def has_glyphs(font: str, text: str) -> bool:
    """Whether a registered TrueType font draws every character of ``text`` (no fallback in ReportLab)."""
    from reportlab.pdfbase import pdfmetrics
    face = pdfmetrics.getFont(font).face
    if not hasattr(face, "charToGlyph"):  # a standard font: Windows-1252 only
        try:
            text.encode("cp1252")
        except UnicodeEncodeError:
            return False
        return True
    return all(ord(ch) in face.charToGlyph for ch in text)


def _fold(text: str) -> str:
    """Letters and digits, case-folded: what a reader of the PDF's text can match."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def esc(text: str) -> str:
    """A Doc string as Paragraph markup text."""
    return escape(text, {'"': "&quot;"})


def icon_of(c: Contact) -> str:
    return FA.get(c.network or "", FA.get(c.kind, FA["profile"]))


def tint(hex_colour: str, white: float) -> str:
    """``hex_colour`` mixed with ``white`` (0..1) parts of white."""
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#%02x%02x%02x" % tuple(round(c + (255 - c) * white) for c in rgb)


def thesis_line(doc: Doc, role: Role) -> str:
    return f"<i>{esc(doc.labels.get('thesis', 'Thesis'))}:</i> {esc(role.thesis)}"


def entry_roles(entry: Entry) -> list[tuple[Role, Optional[str], Optional[str]]]:
    """(role, organisation, place) to print per role: a grouped entry's roles carry neither its
    organisation nor its place (its group line does); a single role carries both (the entry's and
    its own place, when the Doc has the two)."""
    if entry.grouped:
        return [(r, None, r.place) for r in entry.roles]
    role = entry.roles[0]
    places = [p for p in dict.fromkeys((entry.place, role.place)) if p]
    return [(role, entry.org, ", ".join(places) or None)]


def group_line(entry: Entry, sep: str) -> str:
    return sep.join(x for x in (entry.org, entry.place) if x)


# -- the look of one document (the templates after reportlab-plain) --------------------------------

@dataclass
class Look:
    f: Fonts
    size: float
    leading: float     # line height / size
    ink: str
    accent: str
    muted: str
    page: tuple
    margin: tuple      # top, right, bottom, left (pt)
    bullet: str
    caps: bool         # headings in capitals
    org_first: bool
    sep: str
    lead_sep: str

    @property
    def width(self) -> float:
        """The text width: SimpleDocTemplate's frame pads 6 pt on each side."""
        return self.page[0] - self.margin[1] - self.margin[3] - 12

    def style(self, name: str, scale: float = 1, font: Optional[str] = None, colour: Optional[str] = None,
              **kw):
        from reportlab.lib.styles import ParagraphStyle
        size = round(self.size * scale, 2)
        kw.setdefault("leading", round(size * self.leading, 2))
        return ParagraphStyle(name, fontName=font or self.f.regular, fontSize=size, textColor=colour or self.ink,
                              **kw)

    def head_text(self, text: str) -> str:
        return text.upper() if self.caps else text

    def title_line(self, title: Optional[str], org: Optional[str]) -> str:
        """Position and organisation in the look's order, the first bold, the second italic."""
        first, second = (org, title) if self.org_first else (title, org)
        parts = ([f"<b>{esc(first)}</b>"] if first else []) + ([f"<i>{esc(second)}</i>"] if second else [])
        return esc(self.sep).join(parts)


def draw_look(rng: random.Random, families: Optional[list[str]] = None) -> Look:
    from reportlab.lib.pagesizes import A4, LETTER
    f = fonts(rng.choice(families or sorted(FAMILIES)))
    return Look(
        f=f, size=round(rng.uniform(9, 11.2), 1),
        leading=round(rng.uniform(1.2, 1.42), 2),
        ink=rng.choice(["#000000", "#1a1a1a", "#222222", "#2b2b33", colour(rng)]), accent=colour(rng),
        muted=rng.choice(["#555555", "#5f6368", "#666666", "#4a4a55"]), page=rng.choice([A4, LETTER]),
        margin=tuple(jitter(rng, 46, 0.3) for _ in range(4)),
        bullet=rng.choice([b for b in BULLETS if has_glyphs(f.regular, b)]),
        caps=rng.random() < 0.5, org_first=rng.random() < 0.5, sep=rng.choice(SEPS),
        lead_sep=rng.choice([": ", ": ", " – "]))


def build_pdf(work: Path, look: Look, doc: Doc, story: list) -> Path:
    from reportlab.platypus import SimpleDocTemplate
    pdf = work / "cv.pdf"
    top, right, bottom, left = look.margin
    SimpleDocTemplate(str(pdf), pagesize=look.page, leftMargin=left, rightMargin=right, topMargin=top,
                      bottomMargin=bottom, title=doc.name, invariant=1).build(story)
    return pdf


def details_flow(look: Look, doc: Doc, role: Role, body, indent: float = 0) -> list:
    """A role's description, thesis and bullets as flowables."""
    from reportlab.platypus import Paragraph
    from reportlab.lib.styles import ParagraphStyle
    out = []
    if role.text:
        out.append(Paragraph(esc(role.text), body))
    if role.thesis:
        out.append(Paragraph(thesis_line(doc, role), body))
    bullet = ParagraphStyle("bul", parent=body, leftIndent=indent + body.fontSize * 1.2,
                            bulletIndent=indent + body.fontSize * 0.2, bulletColor=look.accent,
                            bulletFontName=body.fontName)
    out += [Paragraph(esc(b), bullet, bulletText=look.bullet) for b in role.bullets]
    return out


def item_markup(look: Look, item: Item, date: str = "paren") -> str:
    """lead, body and date of an item in one line of markup (date "paren", or "none" when the
    caller prints the date elsewhere)."""
    out = f"<b>{esc(item.lead)}</b>" if item.lead else ""
    if item.body:
        out += (esc(look.lead_sep) if out else "") + esc(item.body)
    if item.date and date == "paren":
        out += f" ({esc(item.date)})" if out else esc(item.date)
    return out


# -- reportlab-plain ------------------------------------------------------------------------------

# The standard-font look of this template, in TrueType fonts of the same metrics.
_PLAIN_FAMILY = {"Helvetica": "Liberation Sans", "Times-Roman": "Liberation Serif"}


def _styles(rng: random.Random):
    from reportlab.lib.styles import ParagraphStyle
    f = fonts(_PLAIN_FAMILY[rng.choice(["Helvetica", "Times-Roman"])])
    base, bold = f.regular, f.bold
    size = jitter(rng, 10, 0.1)
    accent = colour(rng)
    caps = rng.random() < 0.5
    return {
        "name": ParagraphStyle("name", fontName=bold, fontSize=size * 2.1, leading=size * 2.5,
                               alignment=rng.choice([0, 1])),
        "head": ParagraphStyle("head", fontName=bold, fontSize=size * 1.3, leading=size * 1.7,
                               textColor=accent, spaceBefore=jitter(rng, 10), spaceAfter=3),
        "sub": ParagraphStyle("sub", fontName=bold, fontSize=size * 1.05, leading=size * 1.4, spaceBefore=4),
        "body": ParagraphStyle("body", fontName=base, fontSize=size, leading=size * 1.3),
        "bold": ParagraphStyle("bold", fontName=bold, fontSize=size, leading=size * 1.3, spaceBefore=4),
        # The bullet in the body font: Helvetica's "•" reads as "(cid:127)" in pdfplumber.
        "bullet": ParagraphStyle("bullet", fontName=base, fontSize=size, leading=size * 1.3, leftIndent=12,
                                 bulletIndent=2, bulletFontName=base),
        "caps": caps, "bold_font": bold, "glyph": rng.choice(["•", "–", "▪", "›"]),
    }


def _p(text: str, style):
    from reportlab.platypus import Paragraph
    return Paragraph(esc(text), style)


def _role_flow(st, doc: Doc, role: Role, org: str | None, place: str | None):
    """Title line (title, org and dates), then place, text, thesis and bullets."""
    from reportlab.platypus import Paragraph
    head = " — ".join(x for x in (role.title, org) if x)
    out = []
    if head or role.dates:
        line = esc(head) + (f" <font name='{st['body'].fontName}'>({esc(role.dates)})</font>"
                            if role.dates else "")
        out.append(Paragraph(line, st["bold"]))
    places = [p for p in dict.fromkeys((place, role.place)) if p]  # the entry's and the role's, if both
    if places:
        out.append(_p(", ".join(places), st["body"]))
    if role.text:
        out.append(_p(role.text, st["body"]))
    if role.thesis:
        out.append(_p(f"{doc.labels.get('thesis', 'Thesis')}: {role.thesis}", st["body"]))
    for b in role.bullets:
        out.append(Paragraph(esc(b), st["bullet"], bulletText=st["glyph"]))
    return out


def _entry_flow(st, entry: Entry, doc: Doc):
    out = []
    if entry.grouped:
        out.append(_p(", ".join(x for x in (entry.org, entry.place) if x), st["bold"]))
        for role in entry.roles:
            out += _role_flow(st, doc, role, None, None)
        return out
    return _role_flow(st, doc, entry.roles[0], entry.org, entry.place)


def _item_flow(st, item: Item):
    parts = [item.lead + ":" if item.lead else None, item.body, f"({item.date})" if item.date else None]
    return [_p(" ".join(p for p in parts if p), st["body"])]


def _section_flow(st, sec: Section, doc: Doc, sub: bool = False):
    heading = sec.heading.upper() if st["caps"] and not sub else sec.heading
    out = [_p(heading, st["sub"] if sub else st["head"])]
    if sec.text:
        out.append(_p(sec.text, st["body"]))
    for e in sec.entries:
        out += _entry_flow(st, e, doc)
    for i, it in enumerate(sec.items):
        group = sec.group_at(i)
        if group:
            out.append(_p(group, st["sub"]))
        out += _item_flow(st, it)
    for child in sec.children:
        out += _section_flow(st, child, doc, sub=True)
    return out


def render_plain(doc: Doc, rng: random.Random, work: Path) -> Path:
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.platypus import SimpleDocTemplate
    st = _styles(rng)
    pdf = work / "cv.pdf"
    margin = jitter(rng, 50, 0.2)
    story = [_p(doc.name, st["name"])]
    if doc.headline:
        story.append(_p(doc.headline, st["body"]))
    story.append(_p(" | ".join(c.text for c in doc.contacts), st["body"]))
    for sec in doc.sections:
        story += _section_flow(st, sec, doc)
    SimpleDocTemplate(str(pdf), pagesize=rng.choice([A4, LETTER]), leftMargin=margin, rightMargin=margin,
                      topMargin=margin, bottomMargin=margin, title=doc.name, invariant=1).build(story)
    return pdf


# -- reportlab-datecol: a label / date column table, sections under full-width bars ----------------

def _bar(look: Look, text: str, width: float, fill: str, ink: str, scale: float, pad: float):
    """A heading in a full-width filled bar that stays with what follows it."""
    from reportlab.platypus import Paragraph, Table
    style = look.style("bar", scale, font=look.f.bold, colour=ink)
    bar = Table([[Paragraph(esc(look.head_text(text)), style)]], colWidths=[width],
                style=[("BACKGROUND", (0, 0), (-1, -1), fill), ("LEFTPADDING", (0, 0), (-1, -1), pad),
                       ("TOPPADDING", (0, 0), (-1, -1), pad * 0.45), ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.6)],
                spaceBefore=look.size * 1.3, spaceAfter=look.size * 0.5)
    bar.keepWithNext = True  # never the last thing on a page
    return bar


def render_datecol(doc: Doc, rng: random.Random, work: Path) -> Path:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Spacer, Table
    look = draw_look(rng)
    width, col = look.width, jitter(rng, 82, 0.15)
    gap = jitter(rng, 12, 0.3)
    # Wide enough for the longest word of a lead or a label there: a Paragraph does not break words.
    left_words = [w for sec in doc.all_sections() for it in sec.items if it.lead and not it.date
                  for w in it.lead.split()] + [w for label in doc.labels.values() for w in label.split()]
    col = max([col] + [stringWidth(w, look.f.bold, look.size * 0.9) + gap + 2 for w in left_words])
    dark_bar = rng.random() < 0.6
    bar_fill, bar_ink = (look.accent, "#ffffff") if dark_bar else (tint(look.accent, 0.82), look.accent)
    body = look.style("body")
    left = look.style("left", 0.9, colour=rng.choice([look.muted, look.accent]),
                      font=rng.choice([look.f.regular, look.f.bold]), alignment=rng.choice([TA_LEFT, TA_RIGHT]))
    italic_left = look.style("pl", 0.85, font=look.f.italic, colour=look.muted, alignment=left.alignment)
    sub = look.style("sub", 1.08, font=look.f.bold, colour=look.accent, spaceBefore=look.size * 0.8,
                     spaceAfter=2, leftIndent=col)
    place_left = rng.random() < 0.5
    rule = rng.random() < 0.4
    row_gap = jitter(rng, 5, 0.3)
    contacts = rng.choice(["labels", "icons", "inline"])

    def table(rows: list) -> Table:
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                 ("RIGHTPADDING", (0, 0), (0, -1), gap), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                 ("TOPPADDING", (0, 0), (-1, -1), row_gap / 2), ("BOTTOMPADDING", (0, 0), (-1, -1), row_gap / 2)]
        if rule:
            style.append(("LINEAFTER", (0, 0), (0, -1), 0.6, tint(look.accent, 0.4)))
            style.append(("LEFTPADDING", (1, 0), (1, -1), gap * 0.6))
        return Table(rows, colWidths=[col, width - col], style=style, splitInRow=1, hAlign="LEFT")

    def role_row(role: Role, org: Optional[str], place: Optional[str]) -> list:
        date_cell = [Paragraph(esc(role.dates), left)] if role.dates else []
        if place and place_left:
            date_cell.append(Paragraph(esc(place), italic_left))
        head = look.title_line(role.title, org)
        if place and not place_left:
            head += (esc(look.sep) if head else "") + f"<font color='{look.muted}'>{esc(place)}</font>"
        right = ([Paragraph(head, body)] if head else []) + details_flow(look, doc, role, body)
        return [date_cell, right]

    def section(sec: Section, level: int = 0) -> list:
        out = [_bar(look, sec.heading, width, bar_fill, bar_ink, 1.15, look.size * 0.6) if level == 0
               else Paragraph(esc(sec.heading), sub)]
        out[0].keepWithNext = True
        if sec.text:
            out.append(Paragraph(esc(sec.text), body))
        rows = []
        for e in sec.entries:
            if e.grouped:
                rows.append(["", Paragraph(f"<b>{esc(group_line(e, look.sep))}</b>", body)])
            rows += [role_row(r, org, place) for r, org, place in entry_roles(e)]
        for i, it in enumerate(sec.items):
            group = sec.group_at(i)
            if group:
                rows.append(["", Paragraph(f"<i>{esc(group)}</i>", body)])
            if it.date:
                rows.append([Paragraph(esc(it.date), left), Paragraph(item_markup(look, it, "none"), body)])
            elif it.lead:  # the lead takes the date column
                rows.append([Paragraph(f"<b>{esc(it.lead)}</b>", left), Paragraph(esc(it.body or ""), body)])
            else:
                rows.append(["", Paragraph(item_markup(look, it), body)])
        if rows:
            out.append(table(rows))
        for child in sec.children:
            out += section(child, 1)
        return out

    name = look.style("name", rng.uniform(2.0, 2.7), font=look.f.bold, colour=rng.choice([look.ink, look.accent]))
    name.leading = name.fontSize * 1.2
    story = [Paragraph(esc(doc.name), name)]
    if doc.headline:
        story.append(Paragraph(esc(doc.headline), look.style("headline", 1.2, colour=look.muted, spaceBefore=2)))
    story.append(Spacer(1, look.size * 0.8))
    links = [f'<a href="{esc(c.link)}">{esc(c.text)}</a>' if c.link else esc(c.text) for c in doc.contacts]
    if contacts == "inline":
        story.append(Paragraph(esc(look.sep).join(links), body))
    else:
        icon = look.style("icon", 0.95, font="FontAwesome", colour=look.accent, alignment=left.alignment)
        rows = [[Paragraph(esc(doc.labels[c.kind]), left) if contacts == "labels" and c.kind in doc.labels
                 else Paragraph(icon_of(c), icon) if contacts == "icons" else "", Paragraph(link, body)]
                for c, link in zip(doc.contacts, links)]
        if rows:
            t = table(rows)
            t.setStyle([("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)])
            story.append(t)
    for sec in doc.sections:
        story += section(sec)
    return build_pdf(work, look, doc, story)


# -- reportlab-boxes: small sections side by side in bordered boxes, entries full width ------------

def _small(sec: Section) -> bool:
    """An items-only section short enough to share a row with another."""
    return (not sec.entries and not sec.children and not sec.text and sec.kind != "summary"
            and sum(len(it.body or "") + len(it.lead or "") for it in sec.items) < 420)


def render_boxes(doc: Doc, rng: random.Random, work: Path) -> Path:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table
    look = draw_look(rng)
    width, gap, pad = look.width, jitter(rng, 14, 0.3), jitter(rng, 7, 0.25)
    half = (width - gap) / 2
    dark = rng.random() < 0.55
    head_fill, head_ink = (look.accent, "#ffffff") if dark else (tint(look.accent, 0.8), look.accent)
    border = rng.choice([look.accent, tint(look.accent, 0.45), "#999999"])
    border_w = round(rng.uniform(0.5, 1.3), 2)
    chips = rng.random() < 0.5
    lead_above = rng.random() < 0.4
    body = look.style("body")
    muted = look.style("muted", 0.92, colour=look.muted, alignment=TA_RIGHT)
    sub = look.style("sub", 1.06, font=look.f.bold, colour=look.accent, spaceBefore=look.size * 0.7, spaceAfter=2,
                     keepWithNext=1)
    head_scale = round(rng.uniform(1.05, 1.3), 2)

    def heading(text: str, w: float):
        t = Table([[Paragraph(esc(look.head_text(text)), look.style("h", head_scale, font=look.f.bold,
                                                                    colour=head_ink))]],
                  colWidths=[w], style=[("BACKGROUND", (0, 0), (-1, -1), head_fill),
                                        ("LEFTPADDING", (0, 0), (-1, -1), pad),
                                        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.4),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.55)],
                  spaceAfter=look.size * 0.45)
        t.keepWithNext = True
        return t

    def item_flow(it: Item, kind: str, style) -> list:
        if chips and kind == "skills" and it.values:
            tags = " ".join(f"<font backColor='{tint(look.accent, 0.85)}'>&nbsp;{esc(v)}&nbsp;</font>"
                            for v in it.values)
            lead = f"<b>{esc(it.lead)}</b><br/>" if it.lead else ""
            return [Paragraph(lead + tags, look.style("chips", leftIndent=style.leftIndent,
                                                      rightIndent=style.rightIndent, spaceBefore=2,
                                                      leading=look.size * 1.7))]
        if lead_above and it.lead:
            rest = Item(body=it.body, date=it.date)
            return [Paragraph(f"<b>{esc(it.lead)}</b>", style)] + (
                [Paragraph(item_markup(look, rest), style)] if it.body or it.date else [])
        return [Paragraph(item_markup(look, it), style)]

    def role_flow(role: Role, org: Optional[str], place: Optional[str], indent: float) -> list:
        head = look.title_line(role.title, org)
        row = [Paragraph(head, body), Paragraph(esc(role.dates), muted) if role.dates else ""]
        out = [Table([row], colWidths=[(width - indent) * 0.74, (width - indent) * 0.26], hAlign="RIGHT",
                     style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)], spaceBefore=look.size * 0.5)]
        style = look.style("b", leftIndent=indent)
        if place:
            out.append(Paragraph(f"<i>{esc(place)}</i>", look.style("pl", 0.95, colour=look.muted,
                                                                     leftIndent=indent)))
        return out + details_flow(look, doc, role, style, indent)

    def content(sec: Section, style) -> list:
        out = [Paragraph(esc(sec.text), style)] if sec.text else []
        for e in sec.entries:
            indent = 0.0
            if e.grouped:
                out.append(Paragraph(f"<b>{esc(group_line(e, look.sep))}</b>",
                                     look.style("g", 1.04, colour=look.accent, spaceBefore=look.size * 0.6,
                                                keepWithNext=1)))
                indent = look.size
            for role, org, place in entry_roles(e):
                out += role_flow(role, org, place, indent)
        for i, it in enumerate(sec.items):
            group = sec.group_at(i)
            if group:
                out.append(Paragraph(f"<i>{esc(group)}</i>", look.style("grp", spaceBefore=4, keepWithNext=1,
                                                                       leftIndent=style.leftIndent)))
            out += item_flow(it, sec.kind, style)
        for child in sec.children:
            out.append(Paragraph(esc(child.heading), sub))
            out += content(child, style)
        return out

    def box_style(cols: list[int]) -> list:
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
        return style + [("BOX", (c, 0), (c, 0), border_w, border) for c in cols]

    def box(sec: Section, w: float) -> list:
        inner = look.style("in", leftIndent=pad, rightIndent=pad, spaceBefore=1.5)
        return [heading(sec.heading, w)] + content(sec, inner)

    # The header: name and headline, contacts beside them or centred under them.
    name = look.style("name", rng.uniform(2.0, 2.6), font=look.f.bold, colour=look.accent)
    name.leading = name.fontSize * 1.2
    icons = rng.random() < 0.6
    links = [(f"<font name='FontAwesome' color='{look.accent}'>{icon_of(c)}</font>&nbsp;&nbsp;" if icons else "")
             + (f'<a href="{esc(c.link)}">{esc(c.text)}</a>' if c.link else esc(c.text)) for c in doc.contacts]
    who = [Paragraph(esc(doc.name), name)]
    if doc.headline:
        who.append(Paragraph(esc(doc.headline), look.style("hl", 1.15, colour=look.muted, spaceBefore=3)))
    if rng.random() < 0.5:
        for p in who:
            p.style.alignment = TA_CENTER
        story = who + [Paragraph(esc(look.sep).join(links), look.style("c", alignment=TA_CENTER, spaceBefore=6))]
    else:
        right = look.style("c", 0.95, alignment=TA_RIGHT)
        story = [Table([[who, [Paragraph(link, right) for link in links]]], colWidths=[width * 0.55, width * 0.45],
                       style=[("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)])]
    story.append(Spacer(1, look.size * 0.6))

    secs = list(doc.sections)
    while secs:
        sec = secs.pop(0)
        story.append(Spacer(1, look.size * 0.9))
        if _small(sec) and secs and _small(secs[0]):
            other = secs.pop(0)
            row = Table([[box(sec, half), "", box(other, half)]], colWidths=[half, gap, half],
                        style=box_style([0, 2]), splitInRow=1)
        elif _small(sec):
            row = Table([[box(sec, width)]], colWidths=[width], style=box_style([0]), splitInRow=1)
        else:
            story += [heading(sec.heading, width)] + content(sec, body)
            continue
        # A box moves to the next page whole when it fits there; only a box taller than a page splits.
        story.append(KeepTogether([row]))
    return build_pdf(work, look, doc, story)


# -- reportlab-canvas: two columns drawn on the bare canvas, out of reading order ----------------

Run = tuple  # (text, font, colour): a piece of a line in one font


def wrap_runs(runs: list[Run], size: float, width: float, first: Optional[float] = None) -> list[list[Run]]:
    """Greedy line breaking of runs at spaces (a word wider than a line is cut); ``first`` is the
    first line's width when something else sits on it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words: list[Run] = []
    for text, font, ink in runs:
        for w in text.split():
            while stringWidth(w, font, size) > width and len(w) > 1:  # cut: no line may overflow
                cut = max(1, int(len(w) * width / stringWidth(w, font, size)) - 1)
                words.append((w[:cut], font, ink))
                w = w[cut:]
            words.append((w, font, ink))
    lines: list[list[Run]] = [[]]
    used, limit = 0.0, first if first is not None else width
    for text, font, ink in words:
        w = stringWidth(text, font, size)
        space = stringWidth(" ", font, size) if lines[-1] else 0
        # A full line breaks; so does a first line too short for even one word (it stays empty).
        if used + space + w > limit and (lines[-1] or limit < width):
            lines.append([])
            used, space, limit = 0.0, 0.0, width
        lines[-1].append((text, font, ink))
        used += space + w
    return lines if words else []


class CanvasColumn:
    """One column's cursor: lines go top-down; when the column is full it goes on on a new page.

    Nothing is drawn here: each piece becomes an op (page, layer, kind, args), drawn later page by
    page in layer order, so the content stream need not follow the reading order.
    """

    def __init__(self, x: float, width: float, first_top: float, top: float, bottom: float, layer: int,
                 ops: list):
        self.x, self.width, self.y, self.top, self.bottom = x, width, first_top, top, bottom
        self.page, self.layer, self.ops = 0, layer, ops

    def room(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.page, self.y = self.page + 1, self.top

    def gap(self, height: float) -> None:
        self.y -= height

    def op(self, kind: str, *args, layer: Optional[int] = None) -> None:
        self.ops.append((self.page, self.layer if layer is None else layer, kind, args))

    def runs(self, runs: list[Run], size: float, leading: float, indent: float = 0,
             right: Optional[Run] = None, keep: float = 0, marker: Optional[tuple[float, Run]] = None) -> None:
        """A wrapped paragraph, a text object per line; ``right`` (a date) is drawn right-aligned on
        its first line; ``keep`` is room wanted below the first line, so it is not left alone;
        ``marker`` (x offset, run) is a bullet at the left of the first line."""
        from reportlab.pdfbase.pdfmetrics import stringWidth
        width = self.width - indent
        first = width - stringWidth(right[0], right[1], size) - size if right else None
        lines = wrap_runs(runs, size, width, first)
        # The whole paragraph on one page (unless it is taller than a column): a paragraph broken
        # at the foot of a page would be cut in the content stream by what is drawn after it there.
        if len(lines) * leading + keep <= self.top - self.bottom:
            self.room(len(lines) * leading + keep)
        for n, line in enumerate(lines or [[]]):
            self.room(leading + (keep if n == 0 else 0))
            self.y -= leading
            if n == 0:
                first_line = (self.page, self.y)
                if marker:
                    self.op("line", self.x + marker[0], self.y, size, [marker[1]])
            self.op("line", self.x + indent, self.y, size, line)
        if right:  # after the paragraph, so that no string of it is cut in two in the content stream
            self.ops.append((first_line[0], self.layer, "right", (self.x + self.width, first_line[1], size, right)))


def _draw_op(c, kind: str, args: tuple) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth
    if kind == "line":  # a text object: the runs of one line
        x, y, size, runs = args
        t = c.beginText(x, y)
        for i, (text, font, ink) in enumerate(runs):
            t.setFont(font, size)
            t.setFillColor(HexColor(ink))
            t.textOut(("" if i == 0 else " ") + text)
        c.drawText(t)
    elif kind == "right":
        x, y, size, (text, font, ink) = args
        c.setFont(font, size)
        c.setFillColor(HexColor(ink))
        c.drawRightString(x, y, text)
    elif kind == "string":  # x, y, text, font, size, colour, char space, centred, link
        x, y, text, font, size, ink, space, centred, link = args
        c.setFont(font, size)
        c.setFillColor(HexColor(ink))
        w = stringWidth(text, font, size) + space * len(text)
        x0 = x - w / 2 if centred else x
        c.drawString(x0, y, text, charSpace=space)
        if link:
            c.linkURL(link, (x0, y - size * 0.25, x0 + w, y + size * 0.85), relative=0)
    elif kind == "rule":
        x0, y0, x1, y1, ink, w = args
        c.setStrokeColor(HexColor(ink))
        c.setLineWidth(w)
        c.line(x0, y0, x1, y1)
    elif kind == "rect":
        x, y, w, h, ink = args
        c.setFillColor(HexColor(ink))
        c.rect(x, y, w, h, stroke=0, fill=1)


def render_canvas(doc: Doc, rng: random.Random, work: Path) -> Path:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas
    look = draw_look(rng)
    f, size = look.f, look.size
    lead = round(size * look.leading, 2)
    page_w, page_h = look.page
    top, right_m, bottom, left_m = look.margin
    inner = page_w - left_m - right_m
    gap = jitter(rng, 20, 0.3)
    side_w = round(inner * rng.uniform(0.28, 0.36), 1)
    space = round(rng.uniform(0.7, 2.4), 2)       # the headings' letter spacing (charSpace)
    head_size = round(size * rng.uniform(1.1, 1.35), 2)
    side_fill = tint(look.accent, rng.uniform(0.86, 0.94)) if rng.random() < 0.4 else None
    header_last = rng.random() < 0.5
    ink, accent, muted = look.ink, look.accent, look.muted
    ops: list = []

    # The header, centred: its ops are on page 0 in layer 4 (drawn last) or -1 (first).
    hl = 4 if header_last else -1
    y = page_h - top
    name_size = round(size * rng.uniform(2.0, 2.7), 1)
    y -= name_size
    name_space = rng.choice([0, 0, 1.0, 2.0])
    ops.append((0, hl, "string", (page_w / 2, y, doc.name, f.bold, name_size, accent, name_space, True, None)))
    if doc.headline:
        y -= lead * 1.35
        ops.append((0, hl, "string", (page_w / 2, y, doc.headline, f.italic, size * 1.1, muted, 0, True, None)))
    # Contacts in centred lines, each its own string (and link), the separators between them.
    sep = look.sep.strip() or "|"
    pieces, lines = [(c.text, c.link) for c in doc.contacts], [[]]
    width_of = lambda t: stringWidth(t, f.regular, size * 0.95)
    gap_w = width_of(f"  {sep}  ")
    for piece in pieces:
        line_w = sum(width_of(t) for t, _ in lines[-1]) + gap_w * len(lines[-1])
        if lines[-1] and line_w + gap_w + width_of(piece[0]) > inner:
            lines.append([])
        lines[-1].append(piece)
    y -= lead * 0.6
    for line in lines:
        if not line:
            continue
        y -= lead
        total = sum(width_of(t) for t, _ in line) + gap_w * (len(line) - 1)
        x = (page_w - total) / 2
        for i, (text, link) in enumerate(line):
            if i:
                ops.append((0, hl, "string", (x + gap_w / 2, y, sep, f.regular, size * 0.95, accent, 0, True, None)))
            ops.append((0, hl, "string", (x + (gap_w if i else 0), y, text, f.regular, size * 0.95, ink, 0, False,
                                          link)))
            x += (gap_w if i else 0) + width_of(text)
    y -= lead * 0.7
    ops.append((0, hl, "rule", (left_m, y, page_w - right_m, y, accent, 0.8)))
    first_top = y - lead * 0.4

    # Two columns: the narrow one holds skills, languages, interests; it is drawn after the wide one.
    side_left = rng.random() < 0.5  # the narrow column on the left or on the right
    xs = (left_m, left_m + side_w + gap) if side_left else (left_m + inner - side_w, left_m)
    side = CanvasColumn(xs[0], side_w, first_top, page_h - top, bottom, 2, ops)
    main = CanvasColumn(xs[1], inner - side_w - gap, first_top, page_h - top, bottom, 1, ops)
    on_side = [s for s in doc.sections if s.kind in SIDE_KINDS]
    if not on_side:  # keep both columns in use: the last items-only sections go to the narrow one
        on_side = [s for s in doc.sections if s.items and not s.entries and not s.children][-2:]

    # A heading is drawn after the bodies (layer 3), unless its letters also occur inside another
    # printed string: then a reader of the stream could not tell the two apart, so it is drawn in place.
    folded = [_fold(sp.text) for sp in doc.spans()]

    def late(text: str) -> Optional[int]:
        """The headings' layer, or None (the column's own layer) for a heading drawn in place."""
        key = _fold(text)
        return None if sum(key in other for other in folded) > 1 else 3

    def heading(col: CanvasColumn, text: str) -> None:
        layer = late(text) or col.layer
        text = look.head_text(text)
        # Too wide for the column: less letter spacing, and if that is not enough, more lines.
        track = max(0.0, min(space, (col.width - stringWidth(text, f.bold, head_size)) / len(text)))
        lines = [" ".join(r[0] for r in line) for line in wrap_runs([(text, f.bold, accent)], head_size, col.width)]
        col.room(head_size * (0.9 + 1.2 * len(lines)) + lead * 4.6)
        col.gap(head_size * 1.1)
        for n, line in enumerate(lines):
            col.y -= head_size * (1 if n == 0 else 1.2)
            col.op("string", col.x, col.y, line, f.bold, head_size, accent, track, False, None, layer=layer)
        w = min(col.width, max(stringWidth(line, f.bold, head_size) + track * len(line) for line in lines))
        col.op("rule", col.x, col.y - size * 0.45, col.x + (col.width if rng.random() < 0.7 else w),
               col.y - size * 0.45, accent, 0.6, layer=layer)
        col.gap(size * 0.8)

    def sub(col: CanvasColumn, text: str, italic: bool = False) -> None:
        col.room(lead * 4.6)
        col.gap(lead * 0.45)
        col.y -= lead
        col.op("string", col.x, col.y, text, f.italic if italic else f.bold, size * (1.0 if italic else 1.06),
               accent, 0, False, None, layer=late(text) or col.layer)

    def details(col: CanvasColumn, role: Role, indent: float) -> None:
        if role.text:
            col.runs([(role.text, f.regular, ink)], size, lead, indent)
        if role.thesis:
            col.runs([(doc.labels.get("thesis", "Thesis") + ":", f.italic, ink), (role.thesis, f.regular, ink)],
                     size, lead, indent)
        bullet_w = stringWidth(look.bullet + " ", f.regular, size) + 2
        for b in role.bullets:
            col.runs([(b, f.regular, ink)], size, lead, indent + bullet_w,
                     marker=(indent, (look.bullet, f.regular, accent)))

    def role_lines(col: CanvasColumn, role: Role, org: Optional[str], place: Optional[str], indent: float) -> None:
        first, second = (org, role.title) if look.org_first else (role.title, org)
        if not first:
            first, second = second, None
        col.gap(lead * 0.35)
        dates = (role.dates, f.regular, muted) if role.dates else None
        if first:
            col.runs([(first, f.bold, ink)], size, lead, indent, right=dates, keep=lead)
        elif dates:
            col.runs([], size, lead, indent, right=dates)
        rest = [(second, f.italic, ink)] if second else []
        if place:
            if rest:
                rest.append((look.sep.strip() or ",", f.regular, muted))
            rest.append((place, f.regular, muted))
        if rest:
            col.runs(rest, size, lead, indent)
        details(col, role, indent)

    def item(col: CanvasColumn, it: Item) -> None:
        runs = []
        if it.lead:
            runs.append((it.lead + (look.lead_sep.rstrip() if it.body else ""), f.bold, ink))
        if it.body:
            runs.append((it.body, f.regular, ink))
        col.gap(lead * 0.15)
        narrow = col is side
        if narrow and it.date:  # no room at the right of a narrow column: the date on its own line
            col.runs(runs, size, lead)
            col.runs([(it.date, f.regular, muted)], size * 0.92, lead)
        else:
            col.runs(runs, size, lead, right=(it.date, f.regular, muted) if it.date else None)

    def section(col: CanvasColumn, sec: Section, level: int = 0) -> None:
        (heading if level == 0 else sub)(col, sec.heading)
        if sec.text:
            col.runs([(sec.text, f.regular, ink)], size, lead)
        for e in sec.entries:
            indent = 0.0
            if e.grouped:
                col.gap(lead * 0.4)
                col.runs([(group_line(e, look.sep), f.bold, accent)], size * 1.04, lead, keep=lead * 2)
                indent = size * 0.9
            for role, org, place in entry_roles(e):
                role_lines(col, role, org, place, indent)
        for i, it in enumerate(sec.items):
            group = sec.group_at(i)
            if group:
                sub(col, group, italic=True)
            item(col, it)
        for child in sec.children:
            section(col, child, 1)

    for sec in doc.sections:
        section(side if sec in on_side else main, sec)

    pages = max(p for p, *_ in ops) + 1
    if side_fill:
        for p in range(pages):
            ops.append((p, 0, "rect", (side.x - gap * 0.4, 0, side_w + gap * 0.8,
                                       page_h - (top if p else page_h - first_top - lead * 0.2), side_fill)))
    pdf = work / "cv.pdf"
    c = Canvas(str(pdf), pagesize=look.page, invariant=1)
    c.setTitle(doc.name)
    for p in range(pages):
        for _, _, kind, args in sorted((o for o in ops if o[0] == p), key=lambda o: o[1]):  # stable: by layer
            _draw_op(c, kind, args)
        c.showPage()
    c.save()
    return pdf


TEMPLATES = [
    Template("reportlab-plain", "reportlab", render_plain,
             layout="one column, dates inline in brackets, contacts on one line"),
    Template("reportlab-datecol", "reportlab", render_datecol,
             layout="date / label column table, dates left and entries right, full-width coloured heading bars"),
    Template("reportlab-boxes", "reportlab", render_boxes,
             layout="small sections in bordered boxes side by side, entries full width, headings in filled bars"),
    Template("reportlab-canvas", "reportlab", render_canvas,
             layout="bare canvas, centred header, two columns, letter-spaced headings; stream order is not "
                    "reading order (wide column first, then the narrow one, headings after bodies)"),
]
