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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: lib_docx

from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_LINE_SPACING  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from lib_docx import (GREY, bullet, cell_borders, contact_line, heading, name_lines,  # noqa: E402
                      new_document, shade_paragraph, spacing, sub_line, table_borders, title_line)

ACCENT = RGBColor(0x2E, 0x5A, 0x3C)

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
BOX_RULE, BOX_FILL = "8FA998", "E3ECE5"  # the boxes' borders, their headings' shading


def grid_line(paragraph, before=0):
    pf = paragraph.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = GRID
    pf.space_before = before
    pf.space_after = Pt(0)


def main(out):
    doc, text_width = new_document()

    # Header
    name_lines(doc, NAME, HEADLINE, ACCENT)
    contact_line(doc, CONTACT)

    heading(doc, "Profile", ACCENT)
    doc.add_paragraph(PROFILE)

    heading(doc, "Work Experience", ACCENT)
    for title, dates, org, bullets in EXPERIENCE:
        title_line(doc, title, dates, text_width)
        sub_line(doc, org)
        for b in bullets:
            bullet(doc, b)

    # The two boxes: a one-row, three-cell table (box, gutter, box).
    p = doc.add_paragraph()
    spacing(p, after=0)
    p.paragraph_format.line_spacing = Pt(10)
    box_w, gutter_w = Cm(8.2), Cm(0.6)
    table = doc.add_table(rows=1, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    table_borders(table)  # none
    left, gutter, right = table.rows[0].cells
    for cell, w in ((left, box_w), (gutter, gutter_w), (right, box_w)):
        cell.width = w
    for col, w in zip(table.columns, (box_w, gutter_w, box_w)):
        col.width = w
    cell_borders(left, BOX_RULE)
    cell_borders(right, BOX_RULE)
    cell_borders(gutter)  # explicitly none

    def box_heading(cell, text):
        p = cell.paragraphs[0]
        grid_line(p, before=Pt(3))
        shade_paragraph(p, BOX_FILL)
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

    heading(doc, "Languages", ACCENT)
    doc.add_paragraph(LANGUAGES)

    props = doc.core_properties
    props.author = NAME
    props.title = NAME + " – CV"
    props.created = props.modified = datetime(2025, 1, 1)
    doc.save(out)


if __name__ == "__main__":
    main(sys.argv[1])
