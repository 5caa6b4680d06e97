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

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Cm, Pt, RGBColor

ACCENT = RGBColor(0x0E, 0x4C, 0x92)
GREY = RGBColor(0x59, 0x59, 0x59)

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


def hyperlink_style(doc):
    """Word's built-in "Hyperlink" character style (underlined), which python-docx's template lacks."""
    try:
        return doc.styles["Hyperlink"]
    except KeyError:
        style = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        style.font.underline = True
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        return style


def add_hyperlink(paragraph, text, url, color=ACCENT):
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rstyle = OxmlElement("w:rStyle")  # Word marks every hyperlink with this character style
    rstyle.set(qn("w:val"), hyperlink_style(paragraph.part.document).style_id)
    rpr.append(rstyle)
    col = OxmlElement("w:color")
    col.set(qn("w:val"), str(color))
    rpr.append(col)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)


def spacing(paragraph, before=0, after=0):
    pf = paragraph.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def bottom_border(paragraph, color="0E4C92", size=8):
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", color)):
        bottom.set(qn("w:" + k), v)
    pbdr.append(bottom)
    ppr.append(pbdr)


def table_borders(table, color="A6B8CC", size=4):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblpr.append(borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)


def cell_fill(cell, fill="EAF0F7"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


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
        table_borders(table)
        for j, ((label, value), w) in enumerate(zip(cells, widths)):
            table.columns[j].width = w
            top, bottom = table.rows[0].cells[j], table.rows[1].cells[j]
            for c in (top, bottom):
                c.width = w
            cell_fill(top)
            r = top.paragraphs[0].add_run(label.upper())
            r.font.size = Pt(8)
            r.font.color.rgb = GREY
            r.bold = True
            spacing(top.paragraphs[0], before=1, after=1)
            bottom.paragraphs[0].add_run(value)
            spacing(bottom.paragraphs[0], before=1, after=1)
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = Pt(4)

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
        if item[0] == "text":
            p.add_run(item[1])
        else:
            add_hyperlink(p, item[1], item[2])

    heading("Profile")
    doc.add_paragraph(PROFILE)

    heading("Work Experience")
    for title, cells, bullets in EXPERIENCE:
        title_line(title)
        entry_table(cells, (Cm(4.5), Cm(7.0), Cm(5.5)))
        for b in bullets:
            bullet(b)

    heading("Education")
    for title, cells, bullets in EDUCATION:
        title_line(title)
        entry_table(cells, (Cm(3.2), Cm(6.0), Cm(4.3), Cm(3.5)))
        for b in bullets:
            bullet(b)

    heading("Skills")
    for cat, items in SKILLS:
        p = doc.add_paragraph()
        spacing(p, after=2)
        p.add_run(cat + ": ").bold = True
        p.add_run(items)

    heading("Languages")
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
