"""Write a one-column English CV (fictional person) whose type carries wide kerning inside
words, the way InDesign / Illustrator set it, straight to PDF with ReportLab's canvas.

Usage: python3 make_pdf.py OUT.pdf

What the PDF carries (the trait, issue 18 point 2 "kerning that splits a word"):
every line is one text object whose text is a TJ array, as InDesign writes it: tracking
as the Tc operator (3/100 em on body text, 8/100 em on the headings), a little optical
kerning between some letter pairs (a few thousandths of an em), and word spacing as
explicit numbers after each space character (the space glyph itself is printed, as
InDesign does). Inside seven words one letter pair carries a large manual kern of
0.22-0.28 em (a heading, the headline, an organisation, a degree, a body word in the
justified profile, a bullet word and a skill): between those two letters the glyph boxes
stand 0.25-0.31 em apart with no space glyph between them, while every real word break
on the same lines is a space glyph, 0.32 em or more from box to box (0.35-0.58 em in
the justified lines).

  Expe^rience  Resear^cher  Lumen^field  Ma^ster  usa^bility  stake^holders  Proto^typing

Fonts: Lato (Regular, Bold, Italic, Light), embedded as TrueType subsets.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: lib_pdf

from lib_pdf import PenBase, register_fonts, rg, show_ops, tm  # noqa: E402  (sets invariant)
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

register_fonts("/usr/share/fonts/truetype/lato", [
    ("Lato", "Lato-Regular.ttf"), ("Lato-Bold", "Lato-Bold.ttf"),
    ("Lato-Italic", "Lato-Italic.ttf"), ("Lato-Light", "Lato-Light.ttf")])

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP = 62.0, 62.0, 64.0
WIDTH = PAGE_W - LEFT - RIGHT
INK = (0.13, 0.13, 0.13)
TEAL = (0.0, 0.39, 0.42)
GREY = (0.38, 0.38, 0.38)

BODY_TRACK = 30  # thousandths of an em after every glyph (InDesign tracking 30)
HEAD_TRACK = 80
WORD_SPACE = 50  # extra thousandths of an em after a space (word spacing 120 %)
KERN = "^"  # in the texts below: a large manual kern between the two letters around it

# Small optical-kerning values between letter pairs (thousandths of an em, negative = tighter
# in InDesign's terms; in a TJ array a positive number moves the next glyph left).
OPTICAL = {"Te": 40, "Wa": 30, "Yo": 35, "LT": 30, "av": 15, "ov": 12, "ve": 8, "ty": 10,
           "r.": 25, "y,": 20, "AV": 45, "Pa": 20}

NAME = "Clara Whitlock"
HEADLINE = "Senior UX Resear^cher"
CONTACT = ["clara.whitlock@example.com", "+44 20 7946 0372", "Bristol, UK", "clarawhitlock.example.com"]

PROFILE = ("UX researcher with eight years of experience planning and running mixed-methods "
           "studies for banking and public-sector services. I turn interviews, usa^bility tests "
           "and analytics into clear design decisions, and I coach product teams to run their "
           "own research.")

EXPERIENCE = [
    ("Senior UX Researcher", "Mar 2021 – Present", "Lumen^field Bank", "London, UK", [
        "Lead research for the mobile banking app, running more than forty interviews and "
        "usability tests a year.",
        "Set up a research repository now used by six product teams and their stake^holders.",
    ]),
    ("UX Researcher", "Sep 2017 – Feb 2021", "Halden & Price Digital", "Bristol, UK", [
        "Ran discovery and usability research for local council services.",
        "Introduced remote unmoderated testing, cutting study turnaround from three weeks to one.",
    ]),
    ("Research Assistant", "Oct 2015 – Aug 2017", "University of Bath", "Bath, UK", [
        "Coded and analysed interview data for a study of older adults using health apps.",
    ]),
]

EDUCATION = [
    ("Ma^ster of Science, Human-Computer Interaction", "2014 – 2015", "University of Bath", "Bath, UK"),
    ("Bachelor of Arts, Psychology", "2011 – 2014", "Cardiff University", "Cardiff, UK"),
]

SKILLS = [
    ("Research", "Interviews, Usability testing, Diary studies, Surveys"),
    ("Design", "Figma, Proto^typing, Journey mapping"),
    ("Analysis", "Dovetail, SPSS, Excel"),
]

LANGUAGES = "English (native) · Welsh (conversational) · Spanish (intermediate)"

KERNS = {  # the large kern of each marked word, thousandths of an em
    "Expe^rience": 220, "Resear^cher": 240, "Lumen^field": 250, "Ma^ster": 280,
    "usa^bility": 240, "stake^holders": 220, "Proto^typing": 260,
}


def _kern_of(text: str, i: int) -> int:
    """The manual kern at the marker text[i] (looked up from the word around it)."""
    start = text.rfind(" ", 0, i) + 1
    end = text.find(" ", i)
    word = text[start:end if end >= 0 else len(text)].strip(",.")
    return KERNS[word]


def tj_items(text: str, space_extra: float = WORD_SPACE) -> list:
    """The text as TJ items: strings and numbers (thousandths of an em, positive = left)."""
    items: list = []
    buf = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == KERN:
            items += [buf, -_kern_of(text, i)]
            buf = ""
        elif ch == " ":
            items += [buf + " ", -space_extra]
            buf = ""
        else:
            nxt = text[i + 1] if i + 1 < len(text) else ""
            buf += ch
            if ch + nxt in OPTICAL and OPTICAL[ch + nxt]:
                items += [buf, OPTICAL[ch + nxt]]
                buf = ""
        i += 1
    if buf:
        items.append(buf)
    return [it for it in items if it != ""]


class Pen(PenBase):
    """Lines of text written as InDesign writes them: BT, colour, Tm, Tf, Tc, one TJ, ET."""

    ink = INK

    def width(self, items: list, font: str, size: float, track: float) -> float:
        w = 0.0
        for it in items:
            if isinstance(it, str):
                w += pdfmetrics.stringWidth(it, font, size) + len(it) * track / 1000 * size
            else:
                w -= it / 1000 * size
        return w

    def draw(self, x: float, y: float, items: list, font: str, size: float,
             color=INK, track: float = BODY_TRACK) -> float:
        """Write the items with their left end at x on baseline y; returns the width."""
        return self.runs(x, y, [(items, font, size, color, track)])

    def runs(self, x: float, y: float, runs: list) -> float:
        """Runs of (items, font, size, colour, tracking) in one text object, one after the
        other on baseline y from x; returns the width."""
        ops = ["BT", tm(x, y)]
        width = 0.0
        for items, font, size, color, track in runs:
            ops += [rg(color), f"{track / 1000 * size:.4f} Tc"]
            ops += show_ops(self.c, items, font, size)
            width += self.width(items, font, size, track)
        ops.append("ET")
        self.emit(ops)
        return width

    def text(self, x, y, text, font, size, color=INK, track=BODY_TRACK, align="left") -> float:
        items = tj_items(text)
        w = self.width(items, font, size, track)
        if align == "right":
            x -= w
        return self.draw(x, y, items, font, size, color, track)

    def justified(self, x, y, text, font, size, width, leading, color=INK) -> float:
        """A justified paragraph, last line flush left; returns the baseline below it."""
        words = text.split(" ")
        lines, line = [], []
        for w in words:
            trial = " ".join(line + [w])
            if line and self.width(tj_items(trial), font, size, BODY_TRACK) > width:
                lines.append(line)
                line = [w]
            else:
                line.append(w)
        lines.append(line)
        for n, line in enumerate(lines):
            plain = " ".join(line)
            if n == len(lines) - 1 or len(line) == 1:
                self.draw(x, y, tj_items(plain), font, size, color)
            else:
                natural = self.width(tj_items(plain), font, size, BODY_TRACK)
                extra = (width - natural) / (len(line) - 1) / size * 1000
                self.draw(x, y, tj_items(plain, WORD_SPACE + extra), font, size, color)
            y -= leading
        return y


def build(out: str) -> None:
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle("Clara Whitlock – CV")
    c.setAuthor("Clara Whitlock")
    c.setCreator("make_pdf.py (ReportLab), InDesign-style TJ kerning")
    pen = Pen(c)
    right = LEFT + WIDTH
    y = PAGE_H - TOP

    pen.text(LEFT, y, NAME, "Lato-Light", 28, INK, track=20)
    y -= 22
    pen.text(LEFT, y, HEADLINE, "Lato", 13, TEAL, track=40)
    y -= 18
    pen.text(LEFT, y, "   |   ".join(CONTACT), "Lato", 9, GREY)
    y -= 12

    def heading(title: str) -> None:
        nonlocal y
        y -= 20
        pen.text(LEFT, y, title, "Lato-Bold", 12, TEAL, track=HEAD_TRACK)
        c.setStrokeColorRGB(*TEAL)
        c.setLineWidth(0.6)
        c.line(LEFT, y - 5, right, y - 5)
        y -= 20

    heading("Profile")
    y = pen.justified(LEFT, y, PROFILE, "Lato", 10, WIDTH, 14)

    heading("Expe^rience")
    for position, dates, org, place, bullets in EXPERIENCE:
        pen.text(LEFT, y, position, "Lato-Bold", 10.5)
        pen.text(right, y, dates, "Lato", 9.5, GREY, align="right")
        y -= 13.5
        pen.text(LEFT, y, f"{org}  |  {place}", "Lato-Italic", 10, GREY)
        y -= 14
        for b in bullets:
            pen.text(LEFT + 6, y, "•", "Lato", 10, TEAL)
            y = pen.justified(LEFT + 18, y, b, "Lato", 10, WIDTH - 18, 13.5) - 0.5
        y -= 6

    heading("Education")
    for degree, dates, school, place in EDUCATION:
        pen.text(LEFT, y, degree, "Lato-Bold", 10.5)
        pen.text(right, y, dates, "Lato", 9.5, GREY, align="right")
        y -= 13.5
        pen.text(LEFT, y, f"{school}  |  {place}", "Lato-Italic", 10, GREY)
        y -= 20

    y += 6
    heading("Skills")
    for category, keywords in SKILLS:
        pen.runs(LEFT, y, [(tj_items(f"{category}: "), "Lato-Bold", 10, INK, BODY_TRACK),
                           (tj_items(keywords), "Lato", 10, INK, BODY_TRACK)])
        y -= 14.5

    y += 2
    heading("Languages")
    pen.text(LEFT, y, LANGUAGES, "Lato", 10)

    c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1])
