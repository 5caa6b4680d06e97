"""Write a one-column English CV (fictional person) with decorative initials, straight to
PDF with ReportLab's canvas at the operator level.

Usage: python3 make_pdf.py OUT.pdf

What the PDF carries (the trait, issue 18 point 2 "decorative drop capitals"), drawn the way
Word's Insert > Drop Cap and InDesign's drop caps come out of their PDF export:

- the profile paragraph opens with a three-line drop capital: its first letter "S" is a text
  object of its own (Charis SIL Bold, 50 pt, dark red), drawn first, at the left margin, on
  the baseline of the paragraph's THIRD line, its cap height level with the cap height of
  the first line; lines one to three ("oftware engineer with ...") are indented past it,
  line four returns to the margin. Nothing but the position ties the "S" to "oftware".
- the name opens with an oversized coloured initial: "T" at 40 pt in dark red, "obias
  Renwick" at 28 pt in black, on one baseline, no gap (one text object, two runs).
- each section heading opens with a raised initial: the first letter at 17 pt in dark red,
  the rest at 12 pt in black, on one baseline, no gap ("E" + "xperience").

Each line of text is one text object (BT, Tf, Tm, TJ, ET), as Word writes them.
Fonts: Charis SIL (Regular, Bold, Italic), embedded as TrueType subsets.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: lib_pdf

from lib_pdf import PenBase, register_fonts, rg, show_ops, tm, wrap  # noqa: E402  (sets invariant)
from reportlab.lib.pagesizes import LETTER  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

register_fonts("/usr/share/fonts/truetype/charis", [
    ("Charis", "CharisSIL-Regular.ttf"), ("Charis-Bold", "CharisSIL-Bold.ttf"),
    ("Charis-Italic", "CharisSIL-Italic.ttf")])

PAGE_W, PAGE_H = LETTER
LEFT, RIGHT, TOP = 64.0, 64.0, 62.0
WIDTH = PAGE_W - LEFT - RIGHT
INK = (0.1, 0.1, 0.1)
RED = (0.55, 0.1, 0.12)
GREY = (0.35, 0.35, 0.35)
CAP_HEIGHT = 0.671  # Charis SIL's cap height, em

NAME = "Tobias Renwick"
HEADLINE = "Backend Software Engineer"
CONTACT = ["tobias.renwick@example.org", "+1 312 555 0134", "Chicago, IL", "github.com/trenwick"]

PROFILE = ("Software engineer with nine years of experience building payment and logistics "
           "backends in Go and Python. I design services that stay boring under load, care about "
           "observability and the health of on-call rotations, and enjoy mentoring engineers who "
           "are new to distributed systems and to the trade-offs of running them in production.")

EXPERIENCE = [
    ("Staff Software Engineer", "Jan 2022 – Present", "Quarry Freight Systems", "Chicago, IL", [
        "Lead the team that rebuilt shipment tracking as event-driven Go services handling "
        "40,000 events per second.",
        "Cut p99 API latency from 900 ms to 120 ms by redesigning the caching layer.",
    ]),
    ("Senior Software Engineer", "Jun 2018 – Dec 2021", "Bellwether Payments", "Austin, TX", [
        "Built the card-dispute workflow service used by 1,200 merchants.",
        "Introduced contract testing between thirty services and their consumers.",
    ]),
    ("Software Engineer", "Jul 2015 – May 2018", "Northgate Labs", "Madison, WI", [
        "Maintained the Python data ingestion pipeline for clinical trial sites.",
    ]),
]

EDUCATION = [
    ("MS, Computer Science", "2013 – 2015", "University of Wisconsin–Madison", "Madison, WI"),
    ("BS, Mathematics", "2009 – 2013", "Purdue University", "West Lafayette, IN"),
]

SKILLS = [
    ("Programming", "Go, Python, SQL, TypeScript"),
    ("Infrastructure", "Kubernetes, Kafka, PostgreSQL, Terraform"),
    ("Practices", "Observability, Incident response, Code review"),
]

LANGUAGES = "English (native), Spanish (professional working), Portuguese (basic)"


class Pen(PenBase):
    """Lines of text as Word writes them: one text object per line, runs of one font each."""

    ink = INK

    def runs(self, x: float, y: float, runs: list) -> float:
        """Runs of (text, font, size, colour) one after the other on baseline y from x, in one
        text object; returns the width."""
        ops = ["BT", tm(x, y)]
        width = 0.0
        for text, font, size, color in runs:
            ops.append(rg(color))
            ops += show_ops(self.c, [text], font, size)
            width += self.width(text, font, size)
        ops.append("ET")
        self.emit(ops)
        return width

    def text(self, x, y, text, font, size, color=INK, align="left") -> float:
        if align == "right":
            x -= self.width(text, font, size)
        return self.runs(x, y, [(text, font, size, color)])

    def drop_cap_paragraph(self, x, y, text, font, size, width, leading, cap_font, color=INK,
                           cap_color=RED, lines_tall=3, gap=4.0) -> float:
        """A paragraph whose first letter is a drop capital lines_tall lines tall."""
        cap, rest = text[0], text[1:]
        cap_size = ((lines_tall - 1) * leading + CAP_HEIGHT * size) / CAP_HEIGHT
        indent = self.width(cap, cap_font, cap_size) + gap
        # Drawn first, as the paragraph's first character: on the baseline of line lines_tall.
        self.text(x, y - (lines_tall - 1) * leading, cap, cap_font, cap_size, cap_color)
        lines = wrap(rest, font, size, lambda n: width - indent if n < lines_tall else width)
        for n, line in enumerate(lines):
            self.text(x + indent if n < lines_tall else x, y, line, font, size, color)
            y -= leading
        return y


def build(out: str) -> None:
    c = canvas.Canvas(out, pagesize=LETTER, pageCompression=1)
    c.setTitle("Tobias Renwick – Résumé")
    c.setAuthor("Tobias Renwick")
    c.setCreator("make_pdf.py (ReportLab), Word-style drop capitals")
    pen = Pen(c)
    right = LEFT + WIDTH
    y = PAGE_H - TOP

    pen.runs(LEFT, y, [(NAME[0], "Charis-Bold", 40, RED), (NAME[1:], "Charis-Bold", 28, INK)])
    y -= 21
    pen.text(LEFT, y, HEADLINE, "Charis-Italic", 13, GREY)
    y -= 17
    pen.text(LEFT, y, "  •  ".join(CONTACT), "Charis", 9.5, GREY)
    y -= 10

    def heading(title: str) -> None:
        nonlocal y
        y -= 22
        pen.runs(LEFT, y, [(title[0], "Charis-Bold", 17, RED), (title[1:], "Charis-Bold", 12, INK)])
        c.setStrokeColorRGB(*RED)
        c.setLineWidth(0.5)
        c.line(LEFT, y - 5, right, y - 5)
        y -= 19

    heading("Profile")
    y = pen.drop_cap_paragraph(LEFT, y, PROFILE, "Charis", 10, WIDTH, 13.5, "Charis-Bold")

    heading("Experience")
    for position, dates, org, place, bullets in EXPERIENCE:
        pen.text(LEFT, y, position, "Charis-Bold", 10.5)
        pen.text(right, y, dates, "Charis", 10, GREY, align="right")
        y -= 13
        pen.text(LEFT, y, f"{org} | {place}", "Charis-Italic", 10, GREY)
        y -= 13.5
        for b in bullets:
            pen.text(LEFT + 8, y, "•", "Charis", 10, RED)
            y = pen.paragraph(LEFT + 20, y, b, "Charis", 10, WIDTH - 20, 13) - 0.5
        y -= 6

    heading("Education")
    for degree, dates, school, place in EDUCATION:
        pen.text(LEFT, y, degree, "Charis-Bold", 10.5)
        pen.text(right, y, dates, "Charis", 10, GREY, align="right")
        y -= 13
        pen.text(LEFT, y, f"{school} | {place}", "Charis-Italic", 10, GREY)
        y -= 19

    y += 5
    heading("Skills")
    for category, keywords in SKILLS:
        pen.runs(LEFT, y, [(f"{category}: ", "Charis-Bold", 10, INK), (keywords, "Charis", 10, INK)])
        y -= 14

    y += 2
    heading("Languages")
    pen.text(LEFT, y, LANGUAGES, "Charis", 10)

    c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1])
