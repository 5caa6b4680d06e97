"""Write a one-page English CV (fictional person) the way a design tool (Canva, InDesign,
PowerPoint) exports one: every block of text is its own positioned text box, and the boxes
are drawn in the order the designer created them, not in reading order.

Usage: python3 make_pdf.py OUT.pdf

What the PDF carries (the trait, issue 18 "design-tool text boxes"):

- Layout: a full-width coloured header band with the name (Lato Bold 30 pt, white) and the
  headline, and a row of four small filled boxes with the contact details; below it a left
  column (35 %: Profile, Skills, Languages) and a right column (65 %: Experience,
  Education). Left-column headings are white capitals on a filled teal rectangle,
  right-column headings are bold capitals with a rule under them.
- Every text box is one ReportLab text object (one BT ... ET); each of its lines is placed
  absolutely with its own Tm (as design tools write them), so there are no Td / T* moves
  that chain a box's lines together.
- The boxes are drawn in a fixed shuffled order (DRAW_ORDER below): the skills box, then
  the second experience entry, the name, the first education entry, the phone box, ... The
  content stream order is unrelated to reading order; only the glyph positions give it.
  Each entry's dates are a box of their own, right-aligned on the entry's title line, drawn
  far from their entry in the stream. Fills (the header band first, then each heading's
  rectangle and each contact box's background) are drawn with the box they belong to, as
  a design tool's z-order would put them.

Text: Lato (Regular, Bold, Light, Italic), embedded as TrueType subsets.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: lib_pdf

from lib_pdf import register_fonts, width, wrap  # noqa: E402  (sets invariant)
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

register_fonts("/usr/share/fonts/truetype/lato", [
    ("Lato", "Lato-Regular.ttf"), ("Lato-Bold", "Lato-Bold.ttf"),
    ("Lato-Light", "Lato-Light.ttf"), ("Lato-Italic", "Lato-Italic.ttf")])

PAGE_W, PAGE_H = A4
MARGIN = 36.0
BAND_H = 150.0
LEFT_X, LEFT_W = MARGIN, 180.0
RIGHT_X = MARGIN + LEFT_W + 26.0
RIGHT_W = PAGE_W - MARGIN - RIGHT_X
TOP = PAGE_H - BAND_H - 28.0  # first heading's top in the columns

NAVY = (0.122, 0.227, 0.322)
NAVY_LIGHT = (0.208, 0.341, 0.459)
TEAL = (0.165, 0.498, 0.557)
INK = (0.16, 0.17, 0.19)
GREY = (0.38, 0.40, 0.43)
WHITE = (1, 1, 1)
PALE = (0.86, 0.91, 0.95)

NAME = "Imogen Hartley"
HEADLINE = "Senior Marketing Manager"
CONTACT = ["imogen.hartley@example.com", "+44 117 496 0372", "Bristol, UK", "imogenhartley.example.com"]

PROFILE = ("Marketing manager with ten years in consumer brands, from paid social to product "
           "launches in national retail. I like small teams, clear briefs and campaigns whose "
           "results can be measured, and I have run agency rosters and seven-figure budgets.")

SKILLS = [
    ("Digital", "SEO, Google Ads, Meta Ads, GA4, Email automation"),
    ("Tools", "HubSpot, Salesforce, Looker Studio, Figma"),
    ("Leadership", "Team management, Budgeting, Agency briefing"),
]

LANGUAGES = ["English – Native", "French – Fluent", "Spanish – Intermediate"]

EXPERIENCE = [
    ("Senior Marketing Manager", "2021 – Present", "Northwind Foods Ltd", "Bristol, UK", [
        "Lead a team of five across brand, content and paid media, with a £1.4m annual budget.",
        "Relaunched the Harvest Table range, lifting online sales by 32% in its first year.",
        "Moved campaign reporting to Looker Studio dashboards shared with the sales team.",
    ]),
    ("Marketing Manager", "Mar 2017 – Jun 2021", "Pennine Outdoor Co.", "Leeds, UK", [
        "Built the company's first CRM programme in HubSpot, growing the mailing list to 85,000.",
        "Ran seasonal campaigns across print, social and retail partners.",
    ]),
    ("Marketing Executive", "Sep 2014 – Feb 2017", "Greystone Media", "Manchester, UK", [
        "Planned and reported paid social campaigns for twelve consumer brands.",
    ]),
]

EDUCATION = [
    ("MSc Marketing", "2013 – 2014", "University of Manchester", "Manchester, UK"),
    ("BA (Hons) Media and Communication", "2010 – 2013", "University of Leeds", "Leeds, UK"),
]

# The order the boxes were created in the design tool, which is the order they are drawn.
DRAW_ORDER = [
    "skills", "exp2", "name", "edu1", "contact1", "h_experience", "languages", "exp1_dates",
    "profile", "h_skills", "exp3", "headline", "edu2_dates", "contact0", "h_education", "exp1",
    "h_languages", "edu2", "contact3", "exp2_dates", "h_profile", "exp3_dates", "contact2",
    "edu1_dates",
]


class Box:
    """One text box: runs (x, y, text, font, size, colour, char space), each placed absolutely
    with its own Tm, all in one text object; fills drawn just before it."""

    def __init__(self) -> None:
        self.runs: list[tuple] = []
        self.fills: list[tuple] = []

    def run(self, x, y, text, font, size, color=INK, space=0.0) -> float:
        self.runs.append((x, y, text, font, size, color, space))
        return width(text, font, size) + space * len(text)

    def fill(self, x, y, w, h, color, radius=0.0, stroke=None) -> None:
        self.fills.append((x, y, w, h, color, radius, stroke))

    def draw(self, c: canvas.Canvas) -> None:
        for x, y, w, h, color, radius, stroke in self.fills:
            c.setFillColorRGB(*color)
            if stroke:
                c.setStrokeColorRGB(*stroke)
                c.setLineWidth(0.7)
                c.line(x, y, x + w, y)
            elif radius:
                c.roundRect(x, y, w, h, radius, stroke=0, fill=1)
            else:
                c.rect(x, y, w, h, stroke=0, fill=1)
        if not self.runs:
            return
        t = c.beginText()
        for x, y, text, font, size, color, space in self.runs:
            t.setTextOrigin(x, y)
            t.setFont(font, size)
            t.setCharSpace(space)
            t.setFillColorRGB(*color)
            t.textOut(text)
        c.drawText(t)


def build(out: str) -> None:
    boxes: dict[str, Box] = {}

    def box(key: str) -> Box:
        boxes[key] = Box()
        return boxes[key]

    # Header: name, headline, four contact boxes.
    box("name").run(MARGIN, PAGE_H - 62, NAME, "Lato-Bold", 30, WHITE)
    box("headline").run(MARGIN, PAGE_H - 86, HEADLINE, "Lato-Light", 14, PALE, space=0.6)
    x = MARGIN
    for i, value in enumerate(CONTACT):
        b = box(f"contact{i}")
        w = width(value, "Lato", 8.5) + 16
        b.fill(x, PAGE_H - 128, w, 18, NAVY_LIGHT, radius=3)
        b.run(x + 8, PAGE_H - 122, value, "Lato", 8.5, WHITE)
        x += w + 8

    def left_heading(key: str, title: str, top: float) -> float:
        b = box(key)
        b.fill(LEFT_X, top - 17, LEFT_W, 17, TEAL)
        b.run(LEFT_X + 8, top - 11.8, title, "Lato-Bold", 9.5, WHITE, space=1.2)
        return top - 17 - 14  # next baseline

    def right_heading(key: str, title: str, top: float) -> float:
        b = box(key)
        b.run(RIGHT_X, top - 11.8, title, "Lato-Bold", 11, NAVY, space=1.2)
        b.fill(RIGHT_X, top - 17, RIGHT_W, 0, NAVY, stroke=TEAL)
        return top - 17 - 16

    # Left column.
    y = left_heading("h_profile", "PROFILE", TOP)
    b = box("profile")
    for line in wrap(PROFILE, "Lato", 9, LEFT_W):
        b.run(LEFT_X, y, line, "Lato", 9, INK)
        y -= 13
    y = left_heading("h_skills", "SKILLS", y + 13 - 20)
    b = box("skills")
    for category, keywords in SKILLS:
        label = f"{category}: "
        lines = wrap(label + keywords, "Lato", 9, LEFT_W)
        # The first line starts with the bold label; the rest of it is regular.
        first = lines[0][len(label):]
        lw = b.run(LEFT_X, y, label, "Lato-Bold", 9, INK)
        b.run(LEFT_X + lw, y, first, "Lato", 9, INK)
        for line in lines[1:]:
            y -= 13
            b.run(LEFT_X, y, line, "Lato", 9, INK)
        y -= 18
    y = left_heading("h_languages", "LANGUAGES", y + 18 - 20)
    b = box("languages")
    for line in LANGUAGES:
        b.run(LEFT_X, y, line, "Lato", 9, INK)
        y -= 14

    # Right column.
    y = right_heading("h_experience", "EXPERIENCE", TOP)
    for i, (position, dates, org, place, bullets) in enumerate(EXPERIENCE, 1):
        b = box(f"exp{i}")
        b.run(RIGHT_X, y, position, "Lato-Bold", 10.5, INK)
        box(f"exp{i}_dates").run(RIGHT_X + RIGHT_W - width(dates, "Lato", 9), y, dates, "Lato", 9, TEAL)
        y -= 13.5
        b.run(RIGHT_X, y, f"{org}  |  {place}", "Lato-Italic", 9.5, GREY)
        y -= 14
        for bullet in bullets:
            b.run(RIGHT_X + 4, y, "•", "Lato", 9, TEAL)
            for line in wrap(bullet, "Lato", 9, RIGHT_W - 14):
                b.run(RIGHT_X + 14, y, line, "Lato", 9, INK)
                y -= 12.5
        y -= 9
    y = right_heading("h_education", "EDUCATION", y + 9 - 12)
    for i, (degree, dates, school, place) in enumerate(EDUCATION, 1):
        b = box(f"edu{i}")
        b.run(RIGHT_X, y, degree, "Lato-Bold", 10.5, INK)
        box(f"edu{i}_dates").run(RIGHT_X + RIGHT_W - width(dates, "Lato", 9), y, dates, "Lato", 9, TEAL)
        y -= 13.5
        b.run(RIGHT_X, y, f"{school}  |  {place}", "Lato-Italic", 9.5, GREY)
        y -= 22

    assert sorted(DRAW_ORDER) == sorted(boxes), set(DRAW_ORDER) ^ set(boxes)

    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle(f"{NAME} – CV")
    c.setAuthor(NAME)
    c.setCreator("make_pdf.py (ReportLab): design-tool text boxes drawn in creation order")
    c.setFillColorRGB(*NAVY)
    c.rect(0, PAGE_H - BAND_H, PAGE_W, BAND_H, stroke=0, fill=1)  # the header band, bottom layer
    for key in DRAW_ORDER:
        boxes[key].draw(c)
    c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1])
