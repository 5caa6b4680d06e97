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

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ACCENT = RGBColor(0x7A, 0x2E, 0x4A)
GREY = RGBColor(0x59, 0x59, 0x59)
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


def hyperlink_style(doc):
    """Word's built-in "Hyperlink" character style (underlined), which python-docx's template lacks."""
    try:
        return doc.styles["Hyperlink"]
    except KeyError:
        style = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        style.font.underline = True
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        return style


def add_hyperlink(paragraph, text, url, color=LINK, size=None):
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


def spacing(paragraph, before=0, after=0):
    pf = paragraph.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border(paragraph, side="bottom", color="7A2E4A", size=8):
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:" + side)
    for k, v in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", color)):
        el.set(qn("w:" + k), v)
    pbdr.append(el)
    ppr.append(pbdr)


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
        border(p)

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

    # Header: name cell | contact cell.
    name_w, contact_w = Cm(11.2), Cm(5.8)
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    no_table_borders(table)
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
            add_hyperlink(p, item[1], item[2], size=9.5)

    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(6)
    border(p, size=6)

    heading("Profile")
    doc.add_paragraph(PROFILE)

    heading("Work Experience")
    for title, dates, org, bullets in EXPERIENCE:
        title_line(title, dates)
        sub_line(org)
        for b in bullets:
            bullet(b)

    heading("Education")
    for degree, dates, inst in EDUCATION:
        title_line(degree, dates)
        sub_line(inst)

    heading("Skills")
    for cat, items in SKILLS:
        p = doc.add_paragraph()
        spacing(p, after=2)
        p.add_run(cat + ": ").bold = True
        p.add_run(items)

    heading("Languages")
    doc.add_paragraph(LANGUAGES)

    props = doc.core_properties
    props.author = FIRST + " " + SURNAME
    props.title = FIRST + " " + SURNAME + " – CV"
    props.created = props.modified = datetime(2025, 1, 1)
    doc.save(out)


if __name__ == "__main__":
    main(sys.argv[1])
