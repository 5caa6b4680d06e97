"""Shared by the samples' python-docx generators (make_docx.py): the A4 Calibri document,
Word's hyperlink runs, paragraph rules and shading, table borders, and the paragraphs a
person types into a one-column Word CV (headings over a rule, title and dates on one line
by a right tab stop, italic organisation lines, "List Bullet" bullets, contact lines).
"""
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

GREY = RGBColor(0x59, 0x59, 0x59)


def new_document():
    """An A4 document (2 cm side margins, 1.5 cm top and bottom), Normal style Calibri
    10.5 pt, single-spaced, no space after; returns (document, text width)."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)  # A4
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.5)
    text_width = sec.page_width - sec.left_margin - sec.right_margin

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    return doc, text_width


def spacing(paragraph, before=0, after=0):
    pf = paragraph.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def hyperlink_style(doc):
    """Word's built-in "Hyperlink" character style (underlined), which python-docx's template lacks."""
    try:
        return doc.styles["Hyperlink"]
    except KeyError:
        style = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        style.font.underline = True
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        return style


def add_hyperlink(paragraph, text, url, color, size=None, styled=True):
    """A clickable run in colour `color` (and `size` pt when given); `styled` marks it with
    the "Hyperlink" character style as Word does."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if styled:
        rstyle = OxmlElement("w:rStyle")  # Word marks every hyperlink with this character style
        rstyle.set(qn("w:val"), hyperlink_style(paragraph.part.document).style_id)
        rpr.append(rstyle)
    col = OxmlElement("w:color")
    col.set(qn("w:val"), str(color))
    rpr.append(col)
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)


def border(paragraph, color, side="bottom", size=8):
    """A single rule on one side of the paragraph (color: hex string or RGBColor)."""
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:" + side)
    for k, v in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", str(color))):
        el.set(qn("w:" + k), v)
    pbdr.append(el)
    ppr.append(pbdr)


def _shd(fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    return shd


def shade_paragraph(paragraph, fill):
    paragraph._p.get_or_add_pPr().append(_shd(fill))


def shade_cell(cell, fill):
    cell._tc.get_or_add_tcPr().append(_shd(fill))


def _border_el(side, color, size):
    el = OxmlElement("w:" + side)
    if color is None:
        el.set(qn("w:val"), "nil")
    else:
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
    return el


def table_borders(table, color=None, size=4):
    """Single borders of `color` round and inside every cell (none when color is None);
    fixed column widths."""
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_border_el(side, color, size))
    tblpr.append(borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)


def cell_borders(cell, color=None, size=6):
    """Single borders of `color` round one cell (explicitly none when color is None)."""
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        borders.append(_border_el(side, color, size))
    tcpr.append(borders)


# The paragraphs of a one-column CV.

def name_lines(doc, name, headline, color):
    """The name (24 pt bold, `color`) over the headline (13 pt grey); returns both paragraphs."""
    p = doc.add_paragraph()
    r = p.add_run(name)
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = color
    q = doc.add_paragraph()
    spacing(q, after=4)
    r = q.add_run(headline)
    r.font.size = Pt(13)
    r.font.color.rgb = GREY
    return p, q


def contact_line(doc, items, link_color=None, styled_links=True):
    """One paragraph of contact items separated by grey bars: plain strings or ("text", s)
    are text, ("link", text, url) a hyperlink."""
    p = doc.add_paragraph()
    for i, item in enumerate(items):
        if i:
            p.add_run("  |  ").font.color.rgb = GREY
        if isinstance(item, str):
            p.add_run(item)
        elif item[0] == "text":
            p.add_run(item[1])
        else:
            add_hyperlink(p, item[1], item[2], link_color, styled=styled_links)
    return p


def heading(doc, text, color):
    """A section heading: 13 pt bold in `color` over a rule of the same colour."""
    p = doc.add_paragraph()
    spacing(p, before=10, after=4)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = color
    border(p, color)
    return p


def title_line(doc, left, right, tab_at):
    """An entry's bold title, then its dates in grey pushed to `tab_at` by a right tab stop."""
    p = doc.add_paragraph()
    spacing(p, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(tab_at, WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left)
    r.bold = True
    r.font.size = Pt(11)
    p.add_run("\t")
    p.add_run(right).font.color.rgb = GREY
    return p


def sub_line(doc, text):
    """An entry's italic organisation line."""
    p = doc.add_paragraph()
    spacing(p, after=2)
    p.add_run(text).italic = True
    return p


def bullet(doc, text):
    p = doc.add_paragraph(style="List Bullet")
    spacing(p, after=1)
    p.add_run(text)
    return p


def label_line(doc, label, text):
    """"Label: text" with the label in bold (a skills line)."""
    p = doc.add_paragraph()
    spacing(p, after=2)
    p.add_run(label + ": ").bold = True
    p.add_run(text)
    return p
