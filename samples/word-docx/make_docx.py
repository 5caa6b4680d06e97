"""Write a Word-style CV (fictional person) with python-docx.

Usage: python3 make_docx.py OUT.docx

The document imitates what a person builds in Microsoft Word: one column,
Calibri 10.5 pt, bold coloured headings with a bottom rule, job titles in
bold with the dates pushed to the right margin by a right-aligned tab stop,
organisation and town in italics on the next line, "List Bullet" bullets,
and clickable e-mail / web / LinkedIn links in the contact line.
"""
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)

NAME = "Eleanor Whitfield"
HEADLINE = "Lead Data Analyst"
CONTACT = [
    ("text", "London, UK"),
    ("text", "+44 20 7946 0958"),
    ("link", "eleanor.whitfield@example.com", "mailto:eleanor.whitfield@example.com"),
    ("link", "ewhitfield.example.com", "https://ewhitfield.example.com"),
    ("link", "linkedin.com/in/eleanor-whitfield", "https://linkedin.com/in/eleanor-whitfield"),
]

PROFILE = (
    "Data analyst with seven years of experience turning messy operational data "
    "into decisions for insurance, energy and consulting clients. Comfortable owning "
    "the full pipeline from SQL extraction to executive dashboards, and happiest when "
    "mentoring junior analysts."
)

EXPERIENCE = [
    (
        "Lead Data Analyst", "2022–present", "Harbourline Insurance Ltd, London",
        [
            "Lead a team of four analysts supporting pricing and claims for the home "
            "insurance portfolio (£310m gross written premium).",
            "Rebuilt the weekly claims dashboard in Power BI, cutting report preparation "
            "time from two days to two hours.",
            "Introduced dbt and peer review for all analytical SQL, reducing reporting "
            "errors flagged by Finance by 40%.",
        ],
    ),
    (
        "Analytics Consultant", "Apr 2020 – Dec 2021", "Kestrel Analytics, London",
        [
            "Delivered 11 client engagements across retail, utilities and the public sector.",
            "Built a customer churn model in Python (scikit-learn) for a regional water "
            "company that informed a £1.2m retention campaign.",
        ],
    ),
    (
        "Data Analyst", "Jan 2019 - Mar 2020", "Brightwater Energy plc, Manchester",
        [
            "Automated monthly regulatory returns using Python and SQL Server.",
            "Produced half-hourly demand forecasts for the smart-meter rollout team.",
        ],
    ),
]

EDUCATION = [
    (
        "MSc Data Science", "2017 – 2018", "University of Bristol, Bristol",
        ["Distinction", "Dissertation: Forecasting household electricity demand with gradient boosting"],
    ),
    (
        "BSc (Hons) Economics", "2014 – 2017", "University of Leeds, Leeds",
        ["First-Class Honours"],
    ),
]

SKILLS = [
    ("Analysis & BI", "SQL, Python (pandas, scikit-learn), R, Power BI, Tableau"),
    ("Data engineering", "dbt, Airflow, Snowflake, SQL Server"),
    ("Ways of working", "Stakeholder management, Agile delivery, Mentoring"),
]

LANGUAGES = "English (native) · French (professional working proficiency) · German (basic)"

CERTIFICATIONS = [
    "Microsoft Certified: Power BI Data Analyst Associate (2021)",
    "dbt Analytics Engineering Certification (2023)",
]


def add_hyperlink(paragraph, text, url, color=ACCENT):
    part = paragraph.part
    r_id = part.relate_to(url, RT.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
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


def bottom_border(paragraph, color="1F4E79", size=8):
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), color)
    pbdr.append(bottom)
    ppr.append(pbdr)


def spacing(paragraph, before=0, after=0):
    pf = paragraph.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


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
        return p

    def title_line(left, right):
        p = doc.add_paragraph()
        spacing(p, before=6)
        p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold = True
        r.font.size = Pt(11)
        p.add_run("\t")
        r = p.add_run(right)
        r.font.color.rgb = GREY
        return p

    def sub_line(text):
        p = doc.add_paragraph()
        spacing(p, after=2)
        r = p.add_run(text)
        r.italic = True
        return p

    def bullet(text):
        p = doc.add_paragraph(style="List Bullet")
        spacing(p, after=1)
        p.add_run(text)
        return p

    # Header
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
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
    spacing(p, after=2)
    for i, item in enumerate(CONTACT):
        if i:
            p.add_run("  |  ").font.color.rgb = GREY
        if item[0] == "text":
            p.add_run(item[1])
        else:
            add_hyperlink(p, item[1], item[2])

    heading("Profile")
    p = doc.add_paragraph(PROFILE)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    heading("Work Experience")
    for title, dates, org, bullets in EXPERIENCE:
        title_line(title, dates)
        sub_line(org)
        for b in bullets:
            bullet(b)

    heading("Education")
    for degree, dates, inst, bullets in EDUCATION:
        title_line(degree, dates)
        sub_line(inst)
        for b in bullets:
            bullet(b)

    heading("Skills")
    for cat, items in SKILLS:
        p = doc.add_paragraph()
        spacing(p, after=2)
        r = p.add_run(cat + ": ")
        r.bold = True
        p.add_run(items)

    heading("Languages")
    doc.add_paragraph(LANGUAGES)

    heading("Certifications")
    for c in CERTIFICATIONS:
        bullet(c)

    doc.core_properties.author = NAME
    doc.core_properties.title = NAME + " – CV"
    doc.save(out)


if __name__ == "__main__":
    main(sys.argv[1])
