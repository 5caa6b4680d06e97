"""Word-processor templates: DOCX (python-docx) and ODT (odfpy) files converted to PDF by LibreOffice.

These reproduce the CVs people make in Word or Writer: a German Lebenslauf table, a
Europass-like caption table, a one-column Word CV with tab-stop dates and a real
bullet list, and a design-tool page whose parts sit in text frames drawn out of
reading order.
"""
from __future__ import annotations

import random
import unicodedata
from pathlib import Path
from typing import Optional

from ..model import Doc, Entry, Item, Role, Section
from .base import RenderError, Template, colour, jitter, run

# Installed families that print every Latin letter of the locales (ł ş ğ ı ő č ß).
SANS = ["Liberation Sans", "DejaVu Sans", "Carlito", "Noto Sans", "Open Sans", "Lato", "PT Sans",
        "Roboto", "Inter", "Linux Biolinum O"]
SERIF = ["Liberation Serif", "DejaVu Serif", "Caladea", "Noto Serif", "PT Serif", "Linux Libertine O",
         "Gentium Plus", "Charis SIL", "Tinos"]
BULLETS = ["•", "–", "▪", "›", "◦", "·", "■", "➢"]
BULLET_FONT = "DejaVu Sans"  # has every glyph of BULLETS
A4 = (21.0, 29.7)
LETTER = (21.59, 27.94)


# --- shared helpers ---------------------------------------------------------------------------

def _convert(src: Path, work: Path) -> Path:
    """LibreOffice to PDF, with a profile inside ``work`` so parallel renders don't share one."""
    profile = (work / "lo-profile").resolve().as_uri()
    run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile}",
         "--convert-to", "pdf", "--outdir", str(work), str(src)], cwd=work, timeout=180)
    pdf = work / (src.stem + ".pdf")
    if not pdf.exists():
        raise RenderError(f"soffice wrote no PDF for {src.name}")
    return pdf


def _caps_ok(doc: Doc) -> bool:
    # Upper-casing Turkish dotless ı gives I, which no longer matches the Doc's letter.
    return doc.lang != "tr"


def _page(doc: Doc, rng: random.Random) -> tuple[float, float]:
    if doc.locale == "en_US":
        return LETTER if rng.random() < 0.85 else A4
    return A4


def _thesis(doc: Doc, role: Role) -> str:
    label = doc.labels.get("thesis")
    return f"{label}: {role.thesis}" if label else role.thesis


def _join(*parts: Optional[str], sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def _head_runs(entry: Entry, role: Role, org_first: bool, with_org: bool = True) -> list[tuple[str, bool]]:
    """The (text, bold) pieces of an entry's first line: title and organisation, one of them bold."""
    org = entry.org if with_org else None
    title = role.title or None
    first, second = (org, title) if org_first else (title, org)
    out = []
    if first:
        out.append((first, True))
    if second:
        out.append((", " if first else "", False))
        out.append((second, not first))
    return [r for r in out if r[0]]


# --- DOCX helpers -----------------------------------------------------------------------------

def _qn(tag: str) -> str:
    from docx.oxml.ns import qn
    return qn(tag)


def _el(tag: str, **attrs: str):
    from docx.oxml import OxmlElement
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(_qn(k), str(v))
    return el


def _insert_before_any(parent, el, later: tuple[str, ...]) -> None:
    """Put ``el`` into ``parent`` before its first child named in ``later`` (OOXML child order)."""
    tags = {_qn(t) for t in later}
    anchor = next((c for c in parent if c.tag in tags), None)
    anchor.addprevious(el) if anchor is not None else parent.append(el)


def _new_docx(doc: Doc, font: str, size: float, page: tuple[float, float], margins: tuple[float, float],
              line: float = 1.1):
    """A python-docx Document whose defaults are ``font`` at ``size`` pt, ``line`` spacing, no
    paragraph spacing."""
    from docx import Document
    from docx.shared import Cm, Pt
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(page[0]), Cm(page[1])
    sec.left_margin = sec.right_margin = Cm(margins[0])
    sec.top_margin = sec.bottom_margin = Cm(margins[1])
    # The template's defaults name theme fonts, which would win over a plain family name.
    defaults = d.styles.element.find(_qn("w:docDefaults"))
    rpr = defaults.find(_qn("w:rPrDefault")).find(_qn("w:rPr"))
    fonts = rpr.find(_qn("w:rFonts"))
    for k in list(fonts.attrib):
        del fonts.attrib[k]
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(_qn(k), font)
    rpr.find(_qn("w:lang")).set(_qn("w:val"), doc.locale.replace("_", "-"))
    spacing = defaults.find(_qn("w:pPrDefault")).find(_qn("w:pPr")).find(_qn("w:spacing"))
    spacing.set(_qn("w:after"), "0")
    spacing.set(_qn("w:line"), str(round(240 * line)))
    d.styles["Normal"].font.size = Pt(size)
    d.core_properties.title = doc.name
    d.core_properties.author = doc.name
    return d


def _run(par, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None,
         color: str | None = None, caps: bool = False, small_caps: bool = False,
         spacing: float | None = None, font: str | None = None):
    from docx.shared import Pt, RGBColor
    r = par.add_run(text)
    f = r.font
    f.bold, f.italic = bold or None, italic or None
    if size:
        f.size = Pt(size)
    if color:
        f.color.rgb = RGBColor.from_string(color.lstrip("#").upper())
    if caps:
        f.all_caps = True
    if small_caps:
        f.small_caps = True
    if font:
        f.name = font
    if spacing:  # letter spacing, in twentieths of a point
        _insert_before_any(r._r.get_or_add_rPr(), _el("w:spacing", **{"w:val": round(spacing * 20)}),
                           ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
                            "w:effect", "w:vertAlign", "w:lang"))
    return r


def _link(par, text: str, url: Optional[str], **kw):
    """``text`` as a run, inside a hyperlink to ``url`` when there is one."""
    r = _run(par, text, **kw)
    if url:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        h = _el("w:hyperlink")
        h.set(_qn("r:id"), par.part.relate_to(url, RT.HYPERLINK, is_external=True))
        r._r.addprevious(h)
        h.append(r._r)
    return r


def _spacing(par, before: float = 0, after: float = 0, keep: bool = False):
    from docx.shared import Pt
    pf = par.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if keep:
        pf.keep_with_next = True


def _border(par, side: str, hex_colour: str, width_pt: float = 0.75, space: int = 1):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(_qn("w:pBdr"))
    if bdr is None:
        bdr = _el("w:pBdr")
        _insert_before_any(ppr, bdr, ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind",
                                      "w:jc", "w:rPr"))
    bdr.append(_el(f"w:{side}", **{"w:val": "single", "w:sz": max(2, round(width_pt * 8)),
                                  "w:space": space, "w:color": hex_colour.lstrip("#")}))


def _right_tab(par, at_cm: float):
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm
    par.paragraph_format.tab_stops.add_tab_stop(Cm(at_cm), WD_TAB_ALIGNMENT.RIGHT)


def _bullet_list(d, glyph: str, indent_cm: float, hanging_cm: float, glyph_colour: str | None = None) -> int:
    """A one-level bullet list definition in the numbering part; returns its numId."""
    numbering = d.part.numbering_part.element
    abstract_ids = [int(a.get(_qn("w:abstractNumId"))) for a in numbering.findall(_qn("w:abstractNum"))]
    num_ids = [int(n.get(_qn("w:numId"))) for n in numbering.findall(_qn("w:num"))]
    aid, nid = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    absn = _el("w:abstractNum", **{"w:abstractNumId": aid})
    absn.append(_el("w:multiLevelType", **{"w:val": "singleLevel"}))
    lvl = _el("w:lvl", **{"w:ilvl": 0})
    lvl.append(_el("w:start", **{"w:val": 1}))
    lvl.append(_el("w:numFmt", **{"w:val": "bullet"}))
    lvl.append(_el("w:lvlText", **{"w:val": glyph}))
    lvl.append(_el("w:lvlJc", **{"w:val": "left"}))
    ppr = _el("w:pPr")
    ppr.append(_el("w:ind", **{"w:left": round(indent_cm * 567), "w:hanging": round(hanging_cm * 567)}))
    lvl.append(ppr)
    # The glyph in a font that has them all: a missing one falls back to the colour emoji font,
    # which prints nothing and pushes the text to the next tab stop.
    rpr = _el("w:rPr")
    rpr.append(_el("w:rFonts", **{k: BULLET_FONT for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")}))
    if glyph_colour:
        rpr.append(_el("w:color", **{"w:val": glyph_colour.lstrip("#")}))
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(_qn("w:num"))
    if first_num is not None:  # every abstractNum precedes every num
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = _el("w:num", **{"w:numId": nid})
    num.append(_el("w:abstractNumId", **{"w:val": aid}))
    numbering.append(num)
    return nid


def _as_bullet(par, num_id: int):
    ppr = par._p.get_or_add_pPr()
    numpr = _el("w:numPr")
    numpr.append(_el("w:ilvl", **{"w:val": 0}))
    numpr.append(_el("w:numId", **{"w:val": num_id}))
    _insert_before_any(ppr, numpr, ("w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:spacing",
                                    "w:ind", "w:jc", "w:rPr"))


def _table(d, widths_cm: list[float], rule: Optional[str] = None):
    """A fixed-layout table with columns ``widths_cm`` wide: borderless, or thin ``rule``-coloured
    lines between its rows."""
    from docx.shared import Cm
    t = d.add_table(rows=0, cols=len(widths_cm))
    t.autofit = False
    borders = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if rule and side == "insideH":
            borders.append(_el("w:insideH", **{"w:val": "single", "w:sz": 4, "w:space": 0,
                                                "w:color": rule.lstrip("#")}))
        else:
            borders.append(_el(f"w:{side}", **{"w:val": "nil"}))
    # Schema order: ... tblBorders, shd, tblLayout, tblCellMar, tblLook.
    tblpr = t._tbl.tblPr
    look = tblpr.find(_qn("w:tblLook"))
    for el in (borders, _el("w:tblLayout", **{"w:type": "fixed"})):
        look.addprevious(el) if look is not None else tblpr.append(el)
    for col, w in zip(t.columns, widths_cm):
        col.width = Cm(w)
    t._widths = widths_cm
    return t


def _row(t):
    """A new row of ``t``: its cells."""
    from docx.shared import Cm
    row = t.add_row()
    # Rows may break across pages (the default), so long entries never clip.
    for cell, w in zip(row.cells, t._widths):
        cell.width = Cm(w)
    return list(row.cells)


def _cell_par(cell):
    """The cell's first paragraph while it is still empty, else a new one."""
    p = cell.paragraphs[-1]
    if len(cell.paragraphs) == 1 and not p.runs and not p._p.findall(_qn("w:hyperlink")):
        return p
    return cell.add_paragraph()


def _align(par, how: str):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    par.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                     "center": WD_ALIGN_PARAGRAPH.CENTER}[how]


def _fits(runs: list[tuple[str, bool]], right: str, size: float, width_cm: float) -> bool:
    """Whether ``runs``, a gap and ``right`` surely fit on one line ``width_cm`` wide (a generous
    guess of glyph widths: a right tab whose text does not fit would break it across lines)."""
    em = sum(len(t) * (0.58 if bold else 0.53) for t, bold in runs) + len(right) * 0.53 + 3
    return em * size / 72 * 2.54 < width_cm


def _word_cm(texts, size: float, em: float = 0.6) -> float:
    """A generous width (cm) of the longest word among ``texts`` at ``size`` pt."""
    longest = max((len(w) for t in texts if t for w in t.split()), default=0)
    return longest * em * size / 72 * 2.54


def _left_texts(doc: Doc) -> list[str]:
    """What the templates put in a narrow left column: contact labels, dates, item leads and dates."""
    out = [doc.labels.get(c.kind) for c in doc.contacts]
    for sec in doc.all_sections():
        out += [r.dates for e in sec.entries for r in e.roles]
        out += [x for it in sec.items for x in (it.lead, it.date)]
    return [t for t in out if t]


def _save(d, work: Path, stem: str = "cv") -> Path:
    src = work / f"{stem}.docx"
    d.save(str(src))
    return _convert(src, work)


def _style(rng: random.Random, doc: Doc, serif_share: float = 0.4) -> dict:
    """Draws shared by the DOCX templates."""
    serif = rng.random() < serif_share
    caps_ok = _caps_ok(doc)
    size = round(rng.uniform(9.0, 11.5) * 2) / 2
    return {
        "font": rng.choice(SERIF if serif else SANS),
        "head_font": rng.choice(SERIF + SANS) if rng.random() < 0.3 else None,
        "size": size,
        "name_size": round(size * rng.uniform(1.9, 2.8), 1),
        "head_size": round(size * rng.uniform(1.1, 1.45), 1),
        "accent": colour(rng),
        "caps": caps_ok and rng.random() < 0.45,
        "small_caps": caps_ok and rng.random() < 0.2,
        "letter": rng.choice([None, None, 0.5, 1.0, 1.5]),
        "glyph": rng.choice(BULLETS),
        "org_first": rng.random() < 0.5,
        "page": _page(doc, rng),
        "margins": (jitter(rng, 2.0, 0.3), jitter(rng, 1.8, 0.3)),
        "line": round(rng.uniform(1.0, 1.2), 2),
        "rule_pt": rng.choice([0.5, 0.75, 1.0, 1.5]),
    }


def _text_width(st: dict) -> float:
    return round(st["page"][0] - 2 * st["margins"][0], 2)


def _heading_run(st: dict, par, text: str, size: float, color: str):
    return _run(par, text, bold=True, size=size, color=color, caps=st["caps"],
                small_caps=st["small_caps"] and not st["caps"], spacing=st["letter"], font=st["head_font"])


def _role_body(doc: Doc, st: dict, cell, role: Role, num_id: int, place: Optional[str]):
    """Place, description, thesis and bullets of one role, as paragraphs of a table cell."""
    if place:
        _run(_cell_par(cell), place, italic=True, color=st.get("muted"))
    for text in ([role.text] if role.text else []) + ([_thesis(doc, role)] if role.thesis else []):
        p = _cell_par(cell)
        _run(p, text)
        _spacing(p, before=1)
    for b in role.bullets:
        p = _cell_par(cell)
        _as_bullet(p, num_id)
        _run(p, b)


def _item_halves(item: Item, date_left: bool) -> tuple[Optional[str], list[tuple[str, bool]]]:
    """An item as (left column text, right column (text, bold) runs); every string lands in one half."""
    lead, body, date = item.lead, item.body or None, item.date
    if date_left and date:
        left, right = date, [(lead, True), (": " if lead and body else "", False), (body, False)]
    elif lead:
        left, right = lead, [(body, False), (" (" if body and date else "", False), (date, False),
                             (")" if body and date else "", False)]
    else:
        left, right = None, [(body, False), (", " if body and date else "", False), (date, False)]
    return left, [(t, b) for t, b in right if t]


def _item_rows(t, sec: Section, caption, dates_left: bool, group_before: float):
    """A section's items as two-cell rows: a caption (date or lead) left, the rest right; groups as rows."""
    for i, item in enumerate(sec.items):
        group = sec.group_at(i)
        if group:
            _, right = _row(t)
            p = _cell_par(right)
            _run(p, group, bold=True, italic=True)
            _spacing(p, before=group_before)
        left_text, right_runs = _item_halves(item, date_left=dates_left or not item.lead)
        left, right = _row(t)
        if left_text:
            caption(left, left_text, item)
        p = _cell_par(right)
        for text, bold in right_runs:
            _run(p, text, bold=bold)
        _spacing(p, after=2)


# --- docx-lebenslauf --------------------------------------------------------------------------

def render_lebenslauf(doc: Doc, rng: random.Random, work: Path) -> Path:
    """German Lebenslauf: name, personal data rows, then per section a borderless two-column table."""
    st = _style(rng, doc)
    st["muted"] = None
    d = _new_docx(doc, st["font"], st["size"], st["page"], st["margins"], st["line"])
    width = _text_width(st)
    left_w = round(width * rng.uniform(0.2, 0.3), 2)
    # Widen the left column rather than break a long word in it (German compounds).
    left_w = round(min(max(left_w, _word_cm(_left_texts(doc), st["size"]) + 0.5), width * 0.4), 2)
    widths = [left_w, round(width - left_w, 2)]
    num_id = _bullet_list(d, st["glyph"], rng.uniform(0.4, 0.6), 0.4)
    head_colour = st["accent"] if rng.random() < 0.6 else "#000000"
    rule = rng.random() < 0.6
    date_bold = rng.random() < 0.3
    gap = jitter(rng, 10)

    p = d.add_paragraph()
    _align(p, rng.choice(["left", "left", "center"]))
    _run(p, doc.name, bold=True, size=st["name_size"], color=head_colour if rng.random() < 0.5 else None,
         font=st["head_font"])
    _spacing(p, after=2)
    if doc.headline:
        p = d.add_paragraph()
        p.alignment = d.paragraphs[0].alignment
        _run(p, doc.headline, size=st["size"] * 1.15, italic=rng.random() < 0.4)
    # Personal data: contact label (or nothing) left, the contact right.
    colon = rng.choice(["", ":"])
    t = _table(d, widths)
    for c in doc.contacts:
        left, right = _row(t)
        label = doc.labels.get(c.kind)
        if label:
            _run(_cell_par(left), label + colon)
        _link(_cell_par(right), c.text, c.link)

    def heading(text: str, sub: bool):
        p = d.add_paragraph()
        _spacing(p, before=gap if not sub else gap * 0.5, after=3, keep=True)
        if sub:
            _run(p, text, bold=True, size=st["size"] * 1.05, italic=True)
        else:
            _heading_run(st, p, text, st["head_size"], head_colour)
            if rule:
                _border(p, "bottom", head_colour, st["rule_pt"])

    def section(sec: Section, sub: bool = False):
        heading(sec.heading, sub)
        t = _table(d, widths)
        if sec.text:
            _, right = _row(t)
            _run(_cell_par(right), sec.text)
        for entry in sec.entries:
            org_line = entry.grouped
            if org_line:
                _, right = _row(t)
                p = _cell_par(right)
                _run(p, entry.org or "", bold=True)
                if entry.place:
                    _run(p, (", " if entry.org else "") + entry.place)
            for role in entry.roles:
                left, right = _row(t)
                if role.dates:
                    _run(_cell_par(left), role.dates, bold=date_bold)
                runs = _head_runs(entry, role, st["org_first"], with_org=not org_line)
                if runs:
                    p = _cell_par(right)
                    for text, bold in runs:
                        _run(p, text, bold=bold)
                place = role.place if org_line else (entry.place or role.place)
                _role_body(doc, st, right, role, num_id, place)
                _spacing(right.paragraphs[-1], after=4)
        def caption(cell, text: str, item: Item):
            _run(_cell_par(cell), text, bold=date_bold and text == item.date)

        _item_rows(t, sec, caption, dates_left=True, group_before=0)
        for child in sec.children:
            section(child, sub=True)

    for sec in doc.sections:
        section(sec)
    return _save(d, work)


# --- docx-europass ----------------------------------------------------------------------------

def render_europass(doc: Doc, rng: random.Random, work: Path) -> Path:
    """Europass-like: one table; grey right-aligned captions left, content right, headings as rows."""
    st = _style(rng, doc, serif_share=0.15)
    grey = rng.choice(["#666666", "#7a7a7a", "#595959", "#808080"])
    st["muted"] = grey
    d = _new_docx(doc, st["font"], st["size"], st["page"], (jitter(rng, 1.5, 0.3), jitter(rng, 1.5, 0.3)),
                  st["line"])
    st["margins"] = (d.sections[0].left_margin.cm, d.sections[0].top_margin.cm)
    width = _text_width(st)
    left_w = round(width * rng.uniform(0.26, 0.34), 2)
    left_w = round(min(max(left_w, _word_cm(_left_texts(doc), st["size"]) + 0.5), width * 0.4), 2)
    t = _table(d, [left_w, round(width - left_w, 2)])
    num_id = _bullet_list(d, st["glyph"], rng.uniform(0.35, 0.6), 0.35, glyph_colour=st["accent"])
    cap_size = round(st["size"] * rng.uniform(0.85, 0.95), 1)
    # Headings go in the left column only if their longest word fits there.
    em = (0.78 if st["caps"] else 0.65) + (st["letter"] or 0) / (st["head_size"] * 0.9)
    head_in_left = (rng.random() < 0.6 and _word_cm([s.heading for s in doc.all_sections()],
                                                    st["head_size"] * 0.9, em) < left_w - 0.4)
    gap = jitter(rng, 9)

    def caption(cell, text: str, **kw):
        p = _cell_par(cell)
        _align(p, "right")
        _run(p, text, size=kw.pop("size", cap_size), color=kw.pop("color", grey), **kw)
        return p

    left, right = _row(t)
    _run(_cell_par(right), doc.name, size=st["name_size"], color=st["accent"] if rng.random() < 0.5 else None,
         bold=rng.random() < 0.5, font=st["head_font"])
    if doc.headline:
        left, right = _row(t)
        _run(_cell_par(right), doc.headline, size=st["size"] * 1.2, color=st["accent"])
        _spacing(right.paragraphs[0], before=2)
    for c in doc.contacts:
        left, right = _row(t)
        label = doc.labels.get(c.kind)
        if label:
            caption(left, label)
        _link(_cell_par(right), c.text, c.link)

    def heading(text: str, sub: bool):
        left, right = _row(t)
        if sub:
            fits = _word_cm([text], st["size"], 0.65) < left_w - 0.4
            if fits:
                p = caption(left, text, size=st["size"], color=st["accent"], bold=True)
            else:
                p = _cell_par(right)
                _run(p, text, size=st["size"] * 1.05, color=st["accent"], bold=True)
            _spacing(p, before=gap * 0.6, after=2, keep=True)
            return
        if head_in_left:
            p = _cell_par(left)
            _align(p, "right")
            _heading_run(st, p, text, st["head_size"] * 0.9, st["accent"])
            rp = _cell_par(right)
            _border(rp, "bottom", st["accent"], st["rule_pt"], space=1)
            for x in (p, rp):
                _spacing(x, before=gap, after=4, keep=True)
        else:
            p = _cell_par(right)
            _heading_run(st, p, text, st["head_size"], st["accent"])
            _border(p, "bottom", st["accent"], 0.5)
            _spacing(p, before=gap, after=4, keep=True)

    def section(sec: Section, sub: bool = False):
        heading(sec.heading, sub)
        dates_left = rng.random() < 0.5  # an item's caption: its date, or its lead
        if sec.text:
            _, right = _row(t)
            _run(_cell_par(right), sec.text)
        for entry in sec.entries:
            if entry.grouped:
                _, right = _row(t)
                p = _cell_par(right)
                _run(p, entry.org or "", bold=True, color=st["accent"])
                if entry.place:
                    _run(p, (", " if entry.org else "") + entry.place)
                _spacing(p, before=3)
            for role in entry.roles:
                left, right = _row(t)
                if role.dates:
                    _spacing(caption(left, role.dates), before=3)
                title = role.title or None
                org = None if entry.grouped else entry.org
                # Europass puts the position (degree) first, the employer (school) below it.
                if title:
                    p = _cell_par(right)
                    _run(p, title, bold=True, size=st["size"] * 1.05)
                    _spacing(p, before=3)
                place = role.place if entry.grouped else (entry.place or role.place)
                if org:
                    p = _cell_par(right)
                    _run(p, org, bold=not title)
                    if place:
                        _run(p, " – " + place, color=grey)
                    place = None
                _role_body(doc, st, right, role, num_id, place)
                _spacing(right.paragraphs[-1], after=3)
        _item_rows(t, sec, lambda cell, text, item: caption(cell, text), dates_left, group_before=3)
        for child in sec.children:
            section(child, sub=True)

    for sec in doc.sections:
        section(sec)
    return _save(d, work)


# --- docx-classic -----------------------------------------------------------------------------

def render_classic(doc: Doc, rng: random.Random, work: Path) -> Path:
    """One-column Word CV: centred name, contacts line, ruled headings, dates on a right tab stop."""
    st = _style(rng, doc, serif_share=0.55)
    d = _new_docx(doc, st["font"], st["size"], st["page"], st["margins"], st["line"])
    width = _text_width(st)
    num_id = _bullet_list(d, st["glyph"], rng.uniform(0.5, 0.9), 0.4)
    sep = rng.choice([" | ", " · ", "  •  ", " – ", "   "])
    gap = jitter(rng, 10)
    head_colour = st["accent"] if rng.random() < 0.5 else "#000000"
    skills_table = rng.random() < 0.5
    label_contacts = rng.random() < 0.3

    p = d.add_paragraph()
    _align(p, "center")
    _run(p, doc.name, bold=rng.random() < 0.7, size=st["name_size"], caps=st["caps"] and rng.random() < 0.5,
         font=st["head_font"], spacing=st["letter"])
    if doc.headline:
        p = d.add_paragraph()
        _align(p, "center")
        _run(p, doc.headline, italic=rng.random() < 0.5, size=st["size"] * 1.1)
    p = d.add_paragraph()
    _align(p, "center")
    _spacing(p, before=3)
    for i, c in enumerate(doc.contacts):
        if i:
            _run(p, sep)
        label = doc.labels.get(c.kind) if label_contacts else None
        if label:
            _run(p, label + ": ", bold=True)
        _link(p, c.text, c.link, size=st["size"] * 0.95)

    def line(left_runs: list[tuple[str, bool, bool]], right: Optional[str], before: float = 0):
        """One paragraph: runs at the left, ``right`` after a tab at the right margin."""
        p = d.add_paragraph()
        _right_tab(p, width)
        for text, bold, italic in left_runs:
            _run(p, text, bold=bold, italic=italic)
        italic = not any(b for _, b, _ in left_runs)
        if right and _fits([(t, b) for t, b, _ in left_runs], right, st["size"], width):
            _run(p, "\t" + right, italic=italic)
        elif right:  # too long to share the line: the dates go right-aligned on their own line
            _spacing(p, before=before)
            p = d.add_paragraph()
            _align(p, "right")
            _run(p, right, italic=italic)
            return p
        _spacing(p, before=before)
        return p

    def body(role: Role):
        for text in ([role.text] if role.text else []) + ([_thesis(doc, role)] if role.thesis else []):
            p = d.add_paragraph()
            _run(p, text)
            _spacing(p, before=1)
        for b in role.bullets:
            p = d.add_paragraph()
            _as_bullet(p, num_id)
            _run(p, b)

    def entry_block(entry: Entry):
        if entry.grouped:
            line([(entry.org or "", True, False)], entry.place, before=5)
            for role in entry.roles:
                line([(role.title, False, True)] if role.title else [], role.dates, before=2)
                if role.place:
                    line([(role.place, False, False)], None)
                body(role)
            return
        role = entry.roles[0]
        place = entry.place or role.place
        org, title = entry.org, role.title or None
        top, second = (org, title) if st["org_first"] else (title, org)
        if not top:
            top, second = second, None
        line([(top, True, False)] if top else [], role.dates, before=5)
        if second or place:
            line([(second, False, True)] if second else [], place)
        body(role)

    def skills_grid(sec: Section):
        """Skills as a two-column table: category left, keywords right."""
        lw = round(width * rng.uniform(0.22, 0.32), 2)
        t = _table(d, [lw, round(width - lw, 2)])
        for item in sec.items:
            left, right = _row(t)
            if item.lead:
                _run(_cell_par(left), item.lead, bold=True)
            _run(_cell_par(right), item.body)

    def section(sec: Section, sub: bool = False):
        p = d.add_paragraph()
        _spacing(p, before=gap * (0.6 if sub else 1), after=3, keep=True)
        if sub:
            _run(p, sec.heading, bold=True, size=st["size"] * 1.05, color=head_colour)
        else:
            _heading_run(st, p, sec.heading, st["head_size"], head_colour)
            _border(p, "bottom", head_colour, st["rule_pt"])
        if sec.text:
            _run(d.add_paragraph(), sec.text)
        for entry in sec.entries:
            entry_block(entry)
        if skills_table and sec.kind == "skills" and not sec.groups and all(not it.date for it in sec.items):
            skills_grid(sec)
        else:
            for i, item in enumerate(sec.items):
                group = sec.group_at(i)
                if group:
                    line([(group, True, True)], None, before=3)
                runs = [(item.lead, True, False), (": " if item.body else "", False, False)] if item.lead else []
                runs.append((item.body, False, False))
                line([r for r in runs if r[0]], item.date, before=1)
        for child in sec.children:
            section(child, sub=True)

    for sec in doc.sections:
        section(sec)
    return _save(d, work)


# --- docx-sideheads ---------------------------------------------------------------------------

def render_sideheads(doc: Doc, rng: random.Random, work: Path) -> Path:
    """Word résumé with side headings: a header table (name left, contacts right), then one table row
    per section, its heading in the left cell and all its content in the right cell."""
    st = _style(rng, doc, serif_share=0.35)
    d = _new_docx(doc, st["font"], st["size"], st["page"], st["margins"], st["line"])
    width = _text_width(st)
    num_id = _bullet_list(d, st["glyph"], rng.uniform(0.35, 0.6), 0.35, glyph_colour=st["accent"])
    grey = rng.choice(["#555555", "#666666", "#6b6b6b"])
    head_align = rng.choice(["left", "right"])
    rows_ruled = rng.random() < 0.5
    gap = jitter(rng, 8)

    # Header: name and headline left, contacts right-aligned one per line.
    name_w = round(width * rng.uniform(0.52, 0.62), 2)
    t = _table(d, [name_w, round(width - name_w, 2)])
    left, right = _row(t)
    _run(_cell_par(left), doc.name, bold=True, size=st["name_size"], color=st["accent"], font=st["head_font"],
         caps=st["caps"] and rng.random() < 0.4)
    if doc.headline:
        _run(_cell_par(left), doc.headline, size=st["size"] * 1.2, color=grey)
    for c in doc.contacts:
        p = _cell_par(right)
        _align(p, "right")
        _link(p, c.text, c.link, size=st["size"] * 0.95)
    p = d.add_paragraph()
    _border(p, "bottom", st["accent"], st["rule_pt"])
    _spacing(p, after=gap)

    head_w = round(width * rng.uniform(0.2, 0.27), 2)
    em = (0.78 if st["caps"] else 0.65) + (st["letter"] or 0) / st["size"]
    head_w = round(min(max(head_w, _word_cm([x.heading for x in doc.sections], st["size"] * 1.05, em) + 0.5),
                       width * 0.36), 2)
    body_w = round(width - head_w, 2)
    tab_at = round(body_w - 0.4, 2)  # the right cell's text width (less its margins)
    t = _table(d, [head_w, body_w], rule="#c8c8c8" if rows_ruled else None)

    def line(cell, runs: list[tuple[str, dict]], right_text: Optional[str] = None, before: float = 0):
        p = _cell_par(cell)
        _right_tab(p, tab_at)
        for text, kw in runs:
            _run(p, text, **kw)
        if right_text and _fits([(t, kw.get("bold", False)) for t, kw in runs], right_text, st["size"], tab_at):
            _run(p, "\t" + right_text, color=grey)
        elif right_text:  # too long to share the line: the dates go right-aligned on their own line
            _spacing(p, before=before)
            p = _cell_par(cell)
            _align(p, "right")
            _run(p, right_text, color=grey)
            return p
        _spacing(p, before=before)
        return p

    def role_lines(cell, entry: Entry, role: Role, grouped: bool):
        org = None if grouped else entry.org
        title = role.title or None
        top, second = (org, title) if st["org_first"] else (title, org)
        if not top:
            top, second = second, None
        line(cell, [(top, {"bold": True})] if top else [], role.dates, before=4)
        place = role.place if grouped else (entry.place or role.place)
        runs = [(second, {"italic": True})] if second else []
        if place:
            runs += [(", " if second else "", {}), (place, {"color": grey})]
        if runs:
            line(cell, [r for r in runs if r[0]])
        for text in ([role.text] if role.text else []) + ([_thesis(doc, role)] if role.thesis else []):
            line(cell, [(text, {})], before=1)
        for b in role.bullets:
            p = _cell_par(cell)
            _as_bullet(p, num_id)
            _run(p, b)

    def content(cell, sec: Section):
        if sec.text:
            line(cell, [(sec.text, {})])
        for entry in sec.entries:
            if entry.grouped:
                runs = [(entry.org or "", {"bold": True, "color": st["accent"]})]
                if entry.place:
                    runs += [(", " if entry.org else "", {}), (entry.place, {"color": grey})]
                line(cell, [r for r in runs if r[0]], before=4)
            for role in entry.roles:
                role_lines(cell, entry, role, entry.grouped)
        for i, item in enumerate(sec.items):
            group = sec.group_at(i)
            if group:
                line(cell, [(group, {"bold": True, "italic": True})], before=3)
            runs = [(item.lead, {"bold": True}), (": " if item.body else "", {})] if item.lead else []
            runs.append((item.body, {}))
            line(cell, [r for r in runs if r[0]], item.date, before=2 if i else 0)
        for child in sec.children:
            line(cell, [(child.heading, {"bold": True, "size": st["size"] * 1.08, "color": st["accent"]})],
                 before=6)
            content(cell, child)

    for sec in doc.sections:
        left, right = _row(t)
        p = _cell_par(left)
        _align(p, head_align)
        _heading_run(st, p, sec.heading, round(st["size"] * 1.05, 1), st["accent"])
        content(right, sec)
        from docx.shared import Pt
        for cell in (left, right):
            cell.paragraphs[0].paragraph_format.space_before = Pt(gap * 0.6)
            cell.paragraphs[-1].paragraph_format.space_after = Pt(gap * 0.6)
    return _save(d, work)


# --- odt-textboxes ----------------------------------------------------------------------------

SIDE_KINDS = ("skills", "languages", "interests")


def _tint(hex_colour: str, share: float) -> str:
    """``hex_colour`` mixed with white, ``share`` of the colour kept."""
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#%02x%02x%02x" % tuple(round(255 - (255 - c) * share) for c in rgb)


class _Odt:
    """An odfpy text document with automatic styles made on demand, one per distinct look."""

    def __init__(self, doc: Doc, font: str, size: float):
        from odf.dc import Title
        from odf.opendocument import OpenDocumentText
        from odf.style import DefaultStyle, ParagraphProperties, TextProperties
        self.d = OpenDocumentText()
        self.size = size
        self._styles: dict = {}
        lang, _, country = doc.locale.partition("_")
        default = DefaultStyle(family="paragraph")
        default.addElement(TextProperties(fontfamily=font, fontsize=f"{size}pt", language=lang, country=country,
                                          fontfamilyasian=font, fontfamilycomplex=font))
        default.addElement(ParagraphProperties(margintop="0cm", marginbottom="0cm"))
        self.d.styles.addElement(default)
        self.d.meta.addElement(Title(text=doc.name))

    def style(self, family: str = "paragraph", para: Optional[dict] = None, text: Optional[dict] = None,
              graphic: Optional[dict] = None, **attrs):
        """The automatic style with these properties (made once)."""
        from odf.style import GraphicProperties, ParagraphProperties, Style, TextProperties
        key = (family, tuple(sorted((para or {}).items())), tuple(sorted((text or {}).items())),
               tuple(sorted((graphic or {}).items())), tuple(sorted(attrs.items())))
        if key not in self._styles:
            st = Style(name=f"{family[0].upper()}{len(self._styles) + 1}", family=family, **attrs)
            if para:
                st.addElement(ParagraphProperties(**para))
            if text:
                st.addElement(TextProperties(**text))
            if graphic:
                st.addElement(GraphicProperties(**graphic))
            self.d.automaticstyles.addElement(st)
            self._styles[key] = st
        return self._styles[key]

    def par(self, parent, runs: list, para: Optional[dict] = None, text: Optional[dict] = None, **attrs):
        """A paragraph of ``runs``: strings, or (string, text props) pairs, or (string, props, link)."""
        from odf.text import A, P
        from odf.text import Span as OdfSpan
        from odf.teletype import addTextToElement
        p = P(stylename=self.style("paragraph", para, text, **attrs))
        for r in runs:
            s, props, link = (r, None, None) if isinstance(r, str) else (tuple(r) + (None,))[:3]
            if not s:
                continue
            target = p
            if props:
                target = OdfSpan(stylename=self.style("text", text=props))
                p.addElement(target)
            if link:  # inside the span: LibreOffice drops spans nested in a link inside a frame
                a = A(href=link, type="simple")
                target.addElement(a)
                target = a
            addTextToElement(target, s)
        parent.addElement(p)
        return p


def _fold(text: str) -> str:
    """Letters and digits, case-folded: how the labels compare printed strings."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def _odt_lines(text: str, width_cm: float, size: float) -> int:
    """A generous guess of the lines ``text`` wraps to in a column ``width_cm`` wide."""
    per_line = max(8, int(width_cm / 2.54 * 72 / (size * 0.6)))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def render_textboxes(doc: Doc, rng: random.Random, work: Path) -> Path:
    """A design-tool page: a header frame and a sidebar frame anchored to page 1, painted after the
    main column (which flows in the body so it can run onto more pages), in a random order."""
    from odf.draw import Frame, TextBox
    from odf.style import MasterPage, PageLayout, PageLayoutProperties
    from odf.text import List, ListItem, ListLevelStyleBullet, ListStyle
    from odf.style import ListLevelProperties, TextProperties

    serif = rng.random() < 0.25
    font = rng.choice(SERIF if serif else SANS)
    size = round(rng.uniform(9.0, 11.0) * 2) / 2
    o = _Odt(doc, font, size)
    accent = colour(rng)
    caps = _caps_ok(doc) and rng.random() < 0.6
    page_w, page_h = _page(doc, rng)
    margin = jitter(rng, 1.4, 0.25)
    gap = jitter(rng, 0.7, 0.3)
    side_w = round((page_w - 2 * margin) * rng.uniform(0.3, 0.36), 2)
    side_right = rng.random() < 0.3
    side_size = round(size * rng.uniform(0.88, 0.97), 1)
    pad = jitter(rng, 0.4, 0.3)
    dark_header = rng.random() < 0.5
    header_bg = accent if dark_header else _tint(accent, rng.uniform(0.12, 0.25))
    header_fg = "#ffffff" if dark_header else accent
    side_bg = _tint(accent, rng.uniform(0.08, 0.2))
    contacts_in_header = rng.random() < 0.3
    sep = rng.choice([" | ", " · ", "  ", " – "])
    glyph = rng.choice(BULLETS)
    letter = rng.choice([None, 0.05, 0.1]) if caps else None  # of the heading size
    head_pt = round(size * rng.uniform(1.15, 1.4), 1)

    head_text = {"fontweight": "bold", "color": accent, "fontsize": f"{head_pt}pt"}
    if caps:
        head_text["texttransform"] = "uppercase"
    if letter:
        head_text["letterspacing"] = f"{round(head_pt * letter, 2)}pt"
    rule = rng.random() < 0.6
    head_para = {"margintop": f"{jitter(rng, 0.45)}cm", "marginbottom": "0.12cm", "keepwithnext": "always"}
    if rule:
        head_para.update(borderbottom=f"0.5pt solid {accent}", paddingbottom="0.05cm")
    bold = {"fontweight": "bold"}
    muted = {"color": rng.choice(["#555555", "#666666", "#707070"])}
    side_head = {**head_text, "fontsize": f"{round(side_size * 1.1, 1)}pt"}

    # Bullets: one list style for the main column.
    ls = ListStyle(name="Bul")
    lvl = ListLevelStyleBullet(level=1, bulletchar=glyph)
    lvl.addElement(ListLevelProperties(spacebefore=f"{jitter(rng, 0.2)}cm", minlabelwidth="0.4cm"))
    lvl.addElement(TextProperties(color=accent, fontfamily=BULLET_FONT))
    ls.addElement(lvl)
    o.d.automaticstyles.addElement(ls)

    # Which sections go into the sidebar: the short kinds, while they fit on page 1.
    name_pt = round(size * rng.uniform(2.2, 3.0), 1)
    head_w = page_w - 2 * margin - 2 * pad
    header_lines = [(doc.name, name_pt)] + ([(doc.headline, size * 1.3)] if doc.headline else [])
    if contacts_in_header:
        header_lines.append((sep.join(c.text for c in doc.contacts), size))
    header_h = 2 * pad + sum(_odt_lines(t, head_w, s) * s * 1.3 / 72 * 2.54 for t, s in header_lines)
    header_h = round(header_h + 0.3, 2)
    side_top = margin + header_h + gap
    room = page_h - side_top - margin
    line_cm = side_size * 1.35 / 72 * 2.54
    inner = side_w - 2 * pad

    def side_cost(sec: Section) -> float:
        lines = 2.0 + sum(_odt_lines(_join(it.lead, it.body, it.date, sep="\n"), inner, side_size) + 0.3
                          for it in sec.items)
        return lines * line_cm

    used = 0.0 if contacts_in_header else sum(_odt_lines(c.text, inner, side_size) for c in doc.contacts) * line_cm
    side_secs = []
    for sec in doc.sections:
        if sec.kind in SIDE_KINDS and not sec.children and not sec.groups and rng.random() < 0.9:
            cost = side_cost(sec)
            if used + cost + 2 * pad < room * 0.85:
                side_secs.append(sec)
                used += cost

    # Page 1 leaves room for the frames; later pages use the whole width.
    pl1, pl2 = PageLayout(name="PL1"), PageLayout(name="PL2")
    main_left = margin + side_w + gap
    pl1.addElement(PageLayoutProperties(pagewidth=f"{page_w}cm", pageheight=f"{page_h}cm",
                                        margintop=f"{side_top}cm", marginbottom=f"{margin}cm",
                                        marginleft=f"{margin if side_right else main_left}cm",
                                        marginright=f"{main_left if side_right else margin}cm"))
    pl2.addElement(PageLayoutProperties(pagewidth=f"{page_w}cm", pageheight=f"{page_h}cm",
                                        margintop=f"{margin}cm", marginbottom=f"{margin}cm",
                                        marginleft=f"{margin}cm", marginright=f"{margin}cm"))
    o.d.automaticstyles.addElement(pl1)
    o.d.automaticstyles.addElement(pl2)
    o.d.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=pl2))
    o.d.masterstyles.addElement(MasterPage(name="First", pagelayoutname=pl1, nextstylename="Standard"))

    def frame(name: str, x: float, y: float, w: float, h: float, bg: str):
        # LibreOffice reads these frames as shapes: no stroke, and the paddings one by one.
        st = o.style("graphic", graphic={"fill": "solid", "fillcolor": bg, "backgroundcolor": bg,
                                         "stroke": "none", "border": "none", "paddingleft": f"{pad}cm",
                                         "paddingright": f"{pad}cm", "paddingtop": f"{pad}cm",
                                         "paddingbottom": f"{pad}cm", "wrap": "run-through",
                                         "runthrough": "foreground", "verticalpos": "from-top",
                                         "horizontalpos": "from-left", "verticalrel": "page",
                                         "horizontalrel": "page"})
        f = Frame(name=name, stylename=st, anchortype="page", anchorpagenumber="1", x=f"{x}cm", y=f"{y}cm",
                  width=f"{w}cm", height=f"{h}cm")
        box = TextBox(minheight=f"{h}cm")  # grows with its text rather than clipping it
        f.addElement(box)
        return f, box

    header, hbox = frame("Header", margin, margin, page_w - 2 * margin, header_h, header_bg)
    align = {"textalign": rng.choice(["start", "center"])}
    o.par(hbox, [(doc.name, {"fontsize": f"{name_pt}pt", "fontweight": "bold", "color": header_fg})],
          para=align)
    if doc.headline:
        o.par(hbox, [(doc.headline, {"fontsize": f"{round(size * 1.3, 1)}pt", "color": header_fg})], para=align)
    if contacts_in_header:
        runs = []
        for i, c in enumerate(doc.contacts):
            runs += ([(sep, {"color": header_fg})] if i else []) + [(c.text, {"color": header_fg}, c.link)]
        o.par(hbox, runs, para={**align, "margintop": "0.1cm"})

    side_x = page_w - margin - side_w if side_right else margin
    sidebar, sbox = frame("Sidebar", side_x, side_top, side_w, round(page_h - side_top - margin, 2), side_bg)
    small = {"fontsize": f"{side_size}pt"}
    if not contacts_in_header:
        labels = rng.random() < 0.5
        for c in doc.contacts:
            label = doc.labels.get(c.kind) if labels else None
            if label:
                o.par(sbox, [(label, {**small, **bold, **muted})], para={"margintop": "0.1cm"})
            o.par(sbox, [(c.text, small, c.link)], para={"margintop": "0cm" if label else "0.08cm"})
    for sec in side_secs:
        o.par(sbox, [(sec.heading, side_head)], para={"margintop": "0.4cm", "marginbottom": "0.1cm"})
        for it in sec.items:
            if it.lead:
                o.par(sbox, [(it.lead, {**small, **bold})], para={"margintop": "0.1cm"})
            rest = _join(it.body or None, it.date, sep=", ")
            if rest:
                o.par(sbox, [(rest, small)], para={"margintop": "0cm" if it.lead else "0.1cm"})

    # The main column, in the body flow; its first paragraph starts the first-page layout.
    first = [True]

    # Main-column paragraphs never split across pages: the frames' text is drawn between page 1's
    # body text and page 2's, so a string broken at the page end would not read as one.
    whole = {"keeptogether": "always"}

    def par(runs, para=None, text=None):
        attrs = {"masterpagename": "First"} if first[0] else {}
        first[0] = False
        return o.par(o.d.text, runs, para={**whole, **(para or {})}, text=text, **attrs)

    def bullets(items: list[str]):
        lst = List(stylename=ls)
        for b in items:
            li = ListItem()
            o.par(li, [b], para=whole)
            lst.addElement(li)
        o.d.text.addElement(lst)

    org_first = rng.random() < 0.4

    def role_block(entry: Entry, role: Role, grouped: bool):
        org = None if grouped else entry.org
        title = role.title or None
        top, second = (org, title) if org_first else (title, org)
        if not top:
            top, second = second, None
        if top:
            par([(top, bold)], para={"margintop": "0.2cm", "keepwithnext": "always"})
        # A meta line: the other of title / organisation in italics, then dates and place, muted.
        place = role.place if grouped else (entry.place or role.place)
        meta = [(second, {"fontstyle": "italic"})] if second else []
        meta += [(m, muted) for m in (role.dates, place) if m]
        runs = []
        for i, m in enumerate(meta):
            runs += ([sep] if i else []) + [m]
        if runs:
            par(runs, para={"margintop": "0cm" if top else "0.2cm"})
        for t in ([role.text] if role.text else []) + ([_thesis(doc, role)] if role.thesis else []):
            par([t], para={"margintop": "0.05cm"})
        if role.bullets:
            bullets(role.bullets)

    def section(sec: Section, sub: bool = False):
        if sub:
            par([(sec.heading, {**bold, "color": accent, "fontsize": f"{size * 1.08}pt"})],
                para={"margintop": "0.3cm", "keepwithnext": "always"})
        else:
            par([(sec.heading, head_text)], para=head_para)
        if sec.text:
            par([sec.text], para={"margintop": "0.05cm"})
        for entry in sec.entries:
            if entry.grouped:
                par([(entry.org or "", {**bold, "color": accent}), (", " if entry.org and entry.place else "", {}),
                     (entry.place or "", muted)], para={"margintop": "0.2cm", "keepwithnext": "always"})
            for role in entry.roles:
                role_block(entry, role, entry.grouped)
        for i, it in enumerate(sec.items):
            group = sec.group_at(i)
            if group:
                par([(group, {**bold, "fontstyle": "italic"})], para={"margintop": "0.15cm"})
            runs = [(it.lead, bold), (": " if it.body else "", {})] if it.lead else []
            runs.append(it.body)
            if it.date:
                runs.append((sep + it.date if it.body or it.lead else it.date, muted))
            par(runs, para={"margintop": "0.08cm"})
        for child in sec.children:
            section(child, sub=True)

    for sec in doc.sections:
        if sec not in side_secs:
            section(sec)
    if first[0]:
        par([""])
    # Page-anchored frames open the body; LibreOffice draws them after the main column's text, in
    # file order, so the PDF's stream order is not the reading order. The sidebar goes first only if
    # it holds no copy of the name or headline (as an e-mail address may), which the labels' first
    # match would take for the header's string.
    side_text = _fold(" ".join([c.text for c in doc.contacts if not contacts_in_header] +
                               [sec.heading for sec in side_secs] +
                               [sp.text for sec in side_secs for it in sec.items for sp in it.spans]))
    header_keys = [_fold(t) for t in (doc.name, doc.headline) if t]
    sidebar_first = rng.random() < 0.5 and not any(k in side_text for k in header_keys)
    frames = [sidebar, header] if sidebar_first else [header, sidebar]
    for f in reversed(frames):
        o.d.text.insertBefore(f, o.d.text.childNodes[0])
    src = work / "cv.odt"
    o.d.save(str(src))
    return _convert(src, work)


TEMPLATES = [
    Template("docx-lebenslauf", "libreoffice", render_lebenslauf,
             layout="DOCX; German Lebenslauf: borderless two-column tables, dates in the narrow left column, "
                    "personal data rows at the top, ruled headings",
             needs=("soffice",)),
    Template("docx-europass", "libreoffice", render_europass,
             layout="DOCX; Europass-like single table: grey right-aligned captions left, content right, "
                    "section headings as rows",
             needs=("soffice",)),
    Template("docx-classic", "libreoffice", render_classic,
             layout="DOCX; Word one-column: centred name, contacts line, bottom-bordered headings, bold "
                    "organisation with dates on a right tab stop, Word bullet list, skills table",
             needs=("soffice",)),
    Template("docx-sideheads", "libreoffice", render_sideheads,
             layout="DOCX; side headings: header table (name left, contacts right), one table row per "
                    "section with its heading in the left cell, dates on a right tab stop in the cell",
             needs=("soffice",)),
    Template("odt-textboxes", "libreoffice", render_textboxes,
             layout="ODT; design-tool page: header frame and sidebar frame (contacts, skills, languages) "
                    "anchored to page 1 and drawn after the main column, sidebar left or right",
             needs=("soffice",)),
]
