"""Write a Word CV (fictional person) with two headed boxes side by side, with python-docx.

Usage: python3 make_docx.py OUT.docx

One column, Calibri 10.5 pt, as a person builds it in Word: name, headline and contact line,
then full-width "Profile" and "Work Experience" sections (bold coloured headings over a
bottom rule, title and dates on one line by a right tab stop). Part-way down, the person
puts "Education" and "Skills" side by side as Word users do: a one-row table of three
cells, the outer two drawn as bordered boxes (the middle one an unbordered gutter), each
box opening with its own shaded heading. Every paragraph in both boxes sits on the same
exact 14 pt line grid, so the two boxes' lines share baselines. Below the boxes, a
full-width "Languages" section.
"""
import sys
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ACCENT = RGBColor(0x2E, 0x5A, 0x3C)
GREY = RGBColor(0x59, 0x59, 0x59)

NAME = "Callum Fairbairn"
HEADLINE = "Chartered Civil Engineer"
CONTACT = ["Edinburgh, UK", "+44 131 496 0371", "callum.fairbairn@example.org"]

PROFILE = (
    "Civil engineer with eight years of experience designing and delivering bridges, "
    "culverts and flood defences for local authorities and Network Rail. Equally at home "
    "in the design office and on site, and keen to lead multidisciplinary teams on "
    "low-carbon infrastructure."
)

EXPERIENCE = [
    ("Senior Bridge Engineer", "2021 – Present", "Forthbank Consulting Engineers, Edinburgh", [
        "Lead designer for the replacement of three rail overbridges on the Borders line, "
        "delivered within possession windows.",
        "Supervise a team of five engineers and technicians; introduced a shared Tekla "
        "model library that halved drawing revisions.",
    ]),
    ("Civil Engineer", "Sep 2018 – Jun 2021", "Lothian Roads Partnership, Livingston", [
        "Designed culvert and embankment repairs after the 2019 floods for West Lothian Council.",
        "Prepared NEC4 tender packages and assessed contractor submissions.",
    ]),
    ("Graduate Engineer", "Jul 2017 – Aug 2018", "Clydeside Infrastructure Ltd, Glasgow", [
        "Carried out load assessments of masonry arch bridges to CS 454.",
    ]),
]

EDUCATION = [
    ("MSc Structural Engineering", "Heriot-Watt University, Edinburgh", "2017 – 2018"),
    ("BEng (Hons) Civil Engineering", "University of Strathclyde, Glasgow", "2013 – 2017"),
]

SKILLS = [
    ("Design software", "AutoCAD Civil 3D, Revit, Tekla Structures"),
    ("Analysis", "Midas Civil, SAP2000, Python"),
    ("Site & contracts", "NEC4, CDM 2015, SMSTS"),
]

LANGUAGES = "English (native) · Polish (fluent) · French (intermediate)"

GRID = Pt(14)  # exact line height inside the boxes


def spacing(paragraph, before=0, after=0):
    pf = paragraph.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def bottom_border(paragraph, color="2E5A3C", size=8):
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", color)):
        bottom.set(qn("w:" + k), v)
    pbdr.append(bottom)
    ppr.append(pbdr)


def shade(paragraph, fill="E3ECE5"):
    ppr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def cell_borders(cell, color="8FA998", size=6, none=False):
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + side)
        if none:
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(size))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), color)
        borders.append(el)
    tcpr.append(borders)


def no_table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)


def grid_line(paragraph, before=0):
    pf = paragraph.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = GRID
    pf.space_before = before
    pf.space_after = Pt(0)


def main(out):
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

    def heading(text):
        p = doc.add_paragraph()
        spacing(p, before=10, after=4)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = ACCENT
        bottom_border(p)

    def title_line(left, right):
        p = doc.add_paragraph()
        spacing(p, before=6)
        p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold = True
        r.font.size = Pt(11)
        p.add_run("\t")
        p.add_run(right).font.color.rgb = GREY

    def sub_line(text):
        p = doc.add_paragraph()
        spacing(p, after=2)
        p.add_run(text).italic = True

    def bullet(text):
        p = doc.add_paragraph(style="List Bullet")
        spacing(p, after=1)
        p.add_run(text)

    # Header
    p = doc.add_paragraph()
    r = p.add_run(NAME)
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = ACCENT
    p = doc.add_paragraph()
    spacing(p, after=4)
    r = p.add_run(HEADLINE)
    r.font.size = Pt(13)
    r.font.color.rgb = GREY
    p = doc.add_paragraph()
    for i, item in enumerate(CONTACT):
        if i:
            p.add_run("  |  ").font.color.rgb = GREY
        p.add_run(item)

    heading("Profile")
    doc.add_paragraph(PROFILE)

    heading("Work Experience")
    for title, dates, org, bullets in EXPERIENCE:
        title_line(title, dates)
        sub_line(org)
        for b in bullets:
            bullet(b)

    # The two boxes: a one-row, three-cell table (box, gutter, box).
    p = doc.add_paragraph()
    spacing(p, after=0)
    p.paragraph_format.line_spacing = Pt(10)
    box_w, gutter_w = Cm(8.2), Cm(0.6)
    table = doc.add_table(rows=1, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    no_table_borders(table)
    left, gutter, right = table.rows[0].cells
    for cell, w in ((left, box_w), (gutter, gutter_w), (right, box_w)):
        cell.width = w
    for col, w in zip(table.columns, (box_w, gutter_w, box_w)):
        col.width = w
    cell_borders(left)
    cell_borders(right)
    cell_borders(gutter, none=True)

    def box_heading(cell, text):
        p = cell.paragraphs[0]
        grid_line(p, before=Pt(3))
        shade(p)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = ACCENT

    def box_line(cell, text, bold=False, italic=False, color=None, before=0):
        p = cell.add_paragraph()
        grid_line(p, before=before)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if color is not None:
            r.font.color.rgb = color
        return p

    box_heading(left, "Education")
    for i, (degree, inst, dates) in enumerate(EDUCATION):
        box_line(left, degree, bold=True, before=GRID if i else Pt(4))
        box_line(left, inst, italic=True)
        box_line(left, dates, color=GREY)
    box_line(left, "", before=0).paragraph_format.line_spacing = Pt(4)

    box_heading(right, "Skills")
    for i, (cat, items) in enumerate(SKILLS):
        box_line(right, cat, bold=True, before=GRID if i else Pt(4))
        box_line(right, items)
    box_line(right, "", before=0).paragraph_format.line_spacing = Pt(4)
    gutter.paragraphs[0].paragraph_format.line_spacing = Pt(4)

    heading("Languages")
    doc.add_paragraph(LANGUAGES)

    props = doc.core_properties
    props.author = NAME
    props.title = NAME + " – CV"
    props.created = props.modified = datetime(2025, 1, 1)
    doc.save(out)


if __name__ == "__main__":
    main(sys.argv[1])
