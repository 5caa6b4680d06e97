"""Write a Word-style CV (fictional person) with python-docx.

Usage: python3 make_docx.py OUT.docx

The document imitates what a person builds in Microsoft Word: one column,
Calibri 10.5 pt, bold coloured headings with a bottom rule, job titles in
bold with the dates pushed to the right margin by a right-aligned tab stop,
organisation and town in italics on the next line, "List Bullet" bullets,
and clickable e-mail / web / LinkedIn links in the contact line.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: lib_docx

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import RGBColor  # noqa: E402
from lib_docx import (bullet, contact_line, heading, label_line, name_lines,  # noqa: E402
                      new_document, spacing, sub_line, title_line)

ACCENT = RGBColor(0x1F, 0x4E, 0x79)

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


def main(out):
    doc, text_width = new_document()

    # Header
    name, _ = name_lines(doc, NAME, HEADLINE, ACCENT)
    name.alignment = WD_ALIGN_PARAGRAPH.LEFT
    spacing(contact_line(doc, CONTACT, ACCENT, styled_links=False), after=2)

    heading(doc, "Profile", ACCENT)
    p = doc.add_paragraph(PROFILE)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    heading(doc, "Work Experience", ACCENT)
    for title, dates, org, bullets in EXPERIENCE:
        title_line(doc, title, dates, text_width)
        sub_line(doc, org)
        for b in bullets:
            bullet(doc, b)

    heading(doc, "Education", ACCENT)
    for degree, dates, inst, bullets in EDUCATION:
        title_line(doc, degree, dates, text_width)
        sub_line(doc, inst)
        for b in bullets:
            bullet(doc, b)

    heading(doc, "Skills", ACCENT)
    for cat, items in SKILLS:
        label_line(doc, cat, items)

    heading(doc, "Languages", ACCENT)
    doc.add_paragraph(LANGUAGES)

    heading(doc, "Certifications", ACCENT)
    for c in CERTIFICATIONS:
        bullet(doc, c)

    doc.core_properties.author = NAME
    doc.core_properties.title = NAME + " – CV"
    doc.save(out)


if __name__ == "__main__":
    main(sys.argv[1])
