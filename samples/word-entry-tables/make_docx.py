"""Write a Word CV (fictional person) whose entries carry small label/value tables, with python-docx.

Usage: python3 make_docx.py OUT.docx

One column, Calibri 10.5 pt. Each experience and education entry is built the way
Europass-minded Word users do it: the entry's own title line (the position, the degree) in
bold, under it a small bordered table of two rows, a row of labels (small grey capitals on
a light fill: PERIOD | EMPLOYER | LOCATION, or PERIOD | UNIVERSITY | LOCATION | GRADE) over
a row of values, then the bullets. Everything else (name, headline, contact line, Profile,
Skills, Languages) is ordinary paragraphs under bold headings with a bottom rule.
"""
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: lib_docx

from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from lib_docx import (GREY, bullet, contact_line, heading, label_line, name_lines,  # noqa: E402
                      new_document, shade_cell, spacing, table_borders)

ACCENT = RGBColor(0x0E, 0x4C, 0x92)

NAME = "Daniel Okafor"
HEADLINE = "Software Engineer"
CONTACT = [
    ("text", "Leeds, UK"),
    ("text", "+44 113 496 0825"),
    ("link", "daniel.okafor@example.com", "mailto:daniel.okafor@example.com"),
    ("link", "github.com/dokafor-dev", "https://github.com/dokafor-dev"),
]

PROFILE = (
    "Backend engineer with seven years of experience building logistics and healthcare "
    "platforms in Go and Python. I care about reliable services, clear APIs and "
    "on-call rotas that let people sleep."
)

EXPERIENCE = [
    ("Senior Software Engineer",
     (("Period", "Mar 2021 – Present"), ("Employer", "Northwind Logistics Ltd"), ("Location", "Leeds, UK")),
     ["Led the move of the route-planning service from a monolith to six Go services on Kubernetes.",
      "Cut p99 latency of the tracking API from 900 ms to 120 ms by redesigning its PostgreSQL schema.",
      "Mentor three junior engineers and run the backend guild's fortnightly design reviews."]),
    ("Software Engineer",
     (("Period", "Sep 2018 – Feb 2021"), ("Employer", "Calder Digital"), ("Location", "Sheffield, UK")),
     ["Built appointment-booking APIs in Python (Django) used by 40 GP surgeries.",
      "Introduced contract tests between the web and mobile teams."]),
    ("Graduate Developer",
     (("Period", "Jul 2017 – Aug 2018"), ("Employer", "Pennine Health Systems"), ("Location", "Bradford, UK")),
     ["Maintained HL7 integration scripts and wrote the team's first automated test suite."]),
]

EDUCATION = [
    ("MSc Advanced Computer Science",
     (("Period", "2016 – 2017"), ("University", "University of Manchester"), ("Location", "Manchester, UK"),
      ("Grade", "Distinction")),
     ["Dissertation: Scheduling delivery fleets with constraint programming"]),
    ("BSc (Hons) Computer Science",
     (("Period", "2013 – 2016"), ("University", "University of Leeds"), ("Location", "Leeds, UK"),
      ("Grade", "First Class")),
     ["Final-year project on offline-first mobile apps for community nurses"]),
]

SKILLS = [
    ("Languages & frameworks", "Go, Python, Django, TypeScript"),
    ("Data & infrastructure", "PostgreSQL, Redis, Kafka, Kubernetes, Terraform, AWS"),
    ("Practices", "Code review, Test-driven development, Incident management"),
]

LANGUAGES = [("English", "native"), ("Igbo", "fluent"), ("Spanish", "basic")]

TABLE_RULE, LABEL_FILL = "A6B8CC", "EAF0F7"  # the entry tables' borders, their label cells' fill


def main(out):
    doc, _ = new_document()

    def title_line(text):
        p = doc.add_paragraph()
        spacing(p, before=8, after=3)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(11.5)

    def entry_table(cells, widths):
        table = doc.add_table(rows=2, cols=len(cells))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        table_borders(table, TABLE_RULE)
        for j, ((label, value), w) in enumerate(zip(cells, widths)):
            table.columns[j].width = w
            top, bottom = table.rows[0].cells[j], table.rows[1].cells[j]
            for c in (top, bottom):
                c.width = w
            shade_cell(top, LABEL_FILL)
            r = top.paragraphs[0].add_run(label.upper())
            r.font.size = Pt(8)
            r.font.color.rgb = GREY
            r.bold = True
            spacing(top.paragraphs[0], before=1, after=1)
            bottom.paragraphs[0].add_run(value)
            spacing(bottom.paragraphs[0], before=1, after=1)
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = Pt(4)

    # Header
    name_lines(doc, NAME, HEADLINE, ACCENT)
    contact_line(doc, CONTACT, ACCENT)

    heading(doc, "Profile", ACCENT)
    doc.add_paragraph(PROFILE)

    heading(doc, "Work Experience", ACCENT)
    for title, cells, bullets in EXPERIENCE:
        title_line(title)
        entry_table(cells, (Cm(4.5), Cm(7.0), Cm(5.5)))
        for b in bullets:
            bullet(doc, b)

    heading(doc, "Education", ACCENT)
    for title, cells, bullets in EDUCATION:
        title_line(title)
        entry_table(cells, (Cm(3.2), Cm(6.0), Cm(4.3), Cm(3.5)))
        for b in bullets:
            bullet(doc, b)

    heading(doc, "Skills", ACCENT)
    for cat, items in SKILLS:
        label_line(doc, cat, items)

    heading(doc, "Languages", ACCENT)
    p = doc.add_paragraph()
    for i, (lang, level) in enumerate(LANGUAGES):
        if i:
            p.add_run("   ·   ")
        p.add_run(lang).bold = True
        p.add_run(" – " + level)

    props = doc.core_properties
    props.author = NAME
    props.title = NAME + " – CV"
    props.created = props.modified = datetime(2025, 1, 1)
    doc.save(out)


if __name__ == "__main__":
    main(sys.argv[1])
