"""Write a Word CV (fictional person) with a two-line name and a wrapped link, with python-docx.

Usage: python3 make_docx.py OUT.docx

The header is a borderless two-cell table, as Word templates build it: the wide left cell
holds the display name set on two lines (first name, then surname, 30 pt bold, two
paragraphs) over the headline; the narrow right cell holds the contact block, one item a
paragraph (town, phone, e-mail, portfolio, LinkedIn). The portfolio and LinkedIn addresses
are printed in full as clickable hyperlinks and are too long for the cell, so Writer
wraps each over two lines (the PDF keeps one link annotation per line, each with the full
target). Below a rule, the body is one column: Profile, Work Experience, Education,
Skills, Languages, Calibri 10.5 pt.
"""
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: lib_docx

from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from lib_docx import (GREY, add_hyperlink, border, bullet, heading, label_line,  # noqa: E402
                      new_document, spacing, sub_line, table_borders, title_line)

ACCENT = RGBColor(0x7A, 0x2E, 0x4A)
LINK = RGBColor(0x1F, 0x4E, 0x79)

FIRST, SURNAME = "Isabella", "Montgomery"
HEADLINE = "Senior UX Researcher"
PORTFOLIO = "https://imontgomery.example.net/portfolio/case-studies/"
LINKEDIN = "https://www.linkedin.com/in/isabella-montgomery-ux-research-4821973065/"
CONTACT = [
    ("text", "Bristol, UK"),
    ("text", "+44 117 496 0712"),
    ("link", "isabella.montgomery@example.net", "mailto:isabella.montgomery@example.net"),
    ("link", PORTFOLIO, PORTFOLIO),
    ("link", LINKEDIN, LINKEDIN),
]

PROFILE = (
    "User researcher with nine years of experience in public-sector and fintech services. "
    "I plan and run mixed-method research, from contextual interviews to large surveys, and "
    "turn it into decisions product teams can act on."
)

EXPERIENCE = [
    ("Senior UX Researcher", "2022 – Present", "Severn Mutual Bank, Bristol", [
        "Lead research for the mobile banking app (1.4m monthly users) across four product squads.",
        "Set up a research repository in Dovetail and a monthly insight review with product leadership.",
    ]),
    ("User Researcher", "Mar 2018 – Dec 2021", "Government Digital Studio, Cardiff", [
        "Ran discovery and alpha research for an online benefits application, including accessibility testing with screen-reader users.",
        "Trained 30 civil servants in interviewing and usability testing.",
    ]),
    ("Research Assistant", "Sep 2015 – Feb 2018", "Avon Design Lab, Bath", [
        "Recruited participants and moderated usability sessions for healthcare clients.",
    ]),
]

EDUCATION = [
    ("MSc Human-Computer Interaction", "2014 – 2015", "University College London, London"),
    ("BA (Hons) Psychology", "2011 – 2014", "Cardiff University, Cardiff"),
]

SKILLS = [
    ("Research methods", "Contextual inquiry, Usability testing, Diary studies, Survey design"),
    ("Tools", "Dovetail, Figma, Optimal Workshop, Qualtrics"),
]

LANGUAGES = "English (native) · Welsh (fluent) · Italian (intermediate)"


def main(out):
    doc, text_width = new_document()

    # Header: name cell | contact cell.
    name_w, contact_w = Cm(11.2), Cm(5.8)
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    table_borders(table)  # none
    left, right = table.rows[0].cells
    for cell, col, w in ((left, table.columns[0], name_w), (right, table.columns[1], contact_w)):
        cell.width = w
        col.width = w

    for i, part in enumerate((FIRST, SURNAME)):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        p.paragraph_format.line_spacing = 0.9
        r = p.add_run(part)
        r.bold = True
        r.font.size = Pt(30)
        r.font.color.rgb = ACCENT
    p = left.add_paragraph()
    spacing(p, before=6)
    r = p.add_run(HEADLINE)
    r.font.size = Pt(13)
    r.font.color.rgb = GREY

    for i, item in enumerate(CONTACT):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        spacing(p, before=0 if i == 0 else 2)
        if item[0] == "text":
            p.add_run(item[1]).font.size = Pt(9.5)
        else:
            add_hyperlink(p, item[1], item[2], LINK, size=9.5)

    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(6)
    border(p, ACCENT, size=6)

    heading(doc, "Profile", ACCENT)
    doc.add_paragraph(PROFILE)

    heading(doc, "Work Experience", ACCENT)
    for title, dates, org, bullets in EXPERIENCE:
        title_line(doc, title, dates, text_width)
        sub_line(doc, org)
        for b in bullets:
            bullet(doc, b)

    heading(doc, "Education", ACCENT)
    for degree, dates, inst in EDUCATION:
        title_line(doc, degree, dates, text_width)
        sub_line(doc, inst)

    heading(doc, "Skills", ACCENT)
    for cat, items in SKILLS:
        label_line(doc, cat, items)

    heading(doc, "Languages", ACCENT)
    doc.add_paragraph(LANGUAGES)

    props = doc.core_properties
    props.author = FIRST + " " + SURNAME
    props.title = FIRST + " " + SURNAME + " – CV"
    props.created = props.modified = datetime(2025, 1, 1)
    doc.save(out)


if __name__ == "__main__":
    main(sys.argv[1])
