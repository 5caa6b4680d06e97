"""Write a one-column English CV (fictional person) with Font Awesome icons set tight against
their text, straight to PDF with ReportLab's canvas at the operator level.

Usage: python3 make_pdf.py OUT.pdf

What the PDF carries (the trait, issue 18 point 2 "icon glyphs that eat a neighbour's first
letter"): icon glyphs of Font Awesome 4.7 (fontawesome-webfont.ttf) placed so close to the
word after them that the icon's glyph box (its advance width, which is what PDF text
extraction reports) overlaps that word's first letter or touches it:

- contact line, dates and places: phone, envelope, map marker, LinkedIn, calendar icons
  whose Unicode (ToUnicode) is their Private Use Area code point (U+F095, U+F0E0, U+F041,
  U+F08C, U+F073), as most exporters map them. The text after each icon is its own text
  object starting 0.15 em of the icon's size before the icon's advance ends (the CSS of
  many HTML templates pulls text into the icon's box with a negative margin), so the
  icon's box covers the left edge of "+", "i", "M", "l", the first digit of the dates.
- section headings: user, briefcase, graduation cap, cogs and language icons drawn from a
  second copy of the same font whose ToUnicode maps each icon to an ordinary capital
  letter, as pdfTeX's fontawesome package and some Word exports do: the icons read as
  "P", "E", "G", "S", "L". Four of them are the first letter of the heading they stand
  before ("P"+"Profile", "E"+"Experience", "S"+"Skills", "L"+"Languages"), at zero gap:
  the icon's box ends exactly where the heading's first letter starts.

Both icon fonts are embedded as "FontAwesome" subsets (AAAAAA+FontAwesome for the Unicode
one, BAAAAA+FontAwesome for the letter-mapped one). Text: Open Sans, embedded.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: lib_pdf

from lib_pdf import PenBase, register_fonts, rg, show_ops, tm  # noqa: E402  (sets invariant)
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics, ttfonts  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FA_FILE = "/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf"
register_fonts("/usr/share/fonts/truetype/open-sans", [
    ("OpenSans", "OpenSans-Regular.ttf"), ("OpenSans-Bold", "OpenSans-Bold.ttf"),
    ("OpenSans-Semibold", "OpenSans-Semibold.ttf"), ("OpenSans-Light", "OpenSans-Light.ttf"),
    ("OpenSans-Italic", "OpenSans-Italic.ttf")])

PHONE, ENVELOPE, MARKER, LINKEDIN, CALENDAR = "\uf095", "\uf0e0", "\uf041", "\uf08c", "\uf073"
USER, BRIEFCASE, GRADCAP, COGS, LANGUAGE = "\uf007", "\uf0b1", "\uf19d", "\uf085", "\uf1ab"
# The letters the heading icons' ToUnicode map names (one code per icon).
HEADING_LETTERS = {USER: "P", BRIEFCASE: "E", GRADCAP: "G", COGS: "S", LANGUAGE: "L"}


class LetterMappedFont(TTFont):
    """A TrueType font embedded with a ToUnicode map that names other characters than the
    ones its glyphs were drawn from (icon code points -> letters), and its own subset tag."""

    def __init__(self, name: str, filename: str, letters: dict[str, str], tag: bytes) -> None:
        super().__init__(name, filename)
        self.letters = {ord(k): ord(v) for k, v in letters.items()}
        self.tag = tag

    def addObjects(self, doc) -> None:
        make_cmap, subset_name = ttfonts.makeToUnicodeCMap, ttfonts.SUBSETN
        ttfonts.makeToUnicodeCMap = lambda fontname, subset: make_cmap(
            fontname, [self.letters.get(u, u) for u in subset])
        ttfonts.SUBSETN = lambda n: self.tag + subset_name(n)[1:]
        try:
            super().addObjects(doc)
        finally:
            ttfonts.makeToUnicodeCMap, ttfonts.SUBSETN = make_cmap, subset_name


pdfmetrics.registerFont(TTFont("FontAwesome", FA_FILE))
_letters = LetterMappedFont("FontAwesomeLetters", FA_FILE, HEADING_LETTERS, b"B")
_face_name, _letters.face.name = _letters.face.name, b"FontAwesome (letters)"
pdfmetrics.registerFont(_letters)  # ReportLab keeps one font per face name: registered under another
_letters.face.name = _face_name  # embedded under the font's own name

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP = 58.0, 58.0, 60.0
WIDTH = PAGE_W - LEFT - RIGHT
INK = (0.15, 0.15, 0.17)
BLUE = (0.12, 0.33, 0.55)
GREY = (0.4, 0.4, 0.42)
OVERLAP = 0.15  # em of the icon's size: how far the text starts inside the icon's box

NAME = "Ingrid Solberg"
HEADLINE = "Structural Engineer"
CONTACT = [(PHONE, "+44 161 496 0527"), (ENVELOPE, "ingrid.solberg@example.net"),
           (MARKER, "Manchester, UK"), (LINKEDIN, "linkedin.com/in/ingrid-solberg")]

PROFILE = ("Chartered structural engineer with eight years of experience designing steel and "
           "timber buildings, from school extensions to a twelve-storey office block. I enjoy "
           "the coordination work between architects, contractors and building control, and "
           "I use parametric tools to test options early.")

EXPERIENCE = [
    ("Senior Structural Engineer", "Apr 2021 – Present", "Pennine Structures Ltd", "Manchester, UK", [
        "Lead engineer for a twelve-storey cross-laminated timber office building.",
        "Mentor three graduate engineers through their chartership reviews.",
    ]),
    ("Structural Engineer", "Sep 2017 – Mar 2021", "Hallam Consulting Engineers", "Sheffield, UK", [
        "Designed steel frames and foundations for six secondary school extensions.",
        "Wrote the firm's Grasshopper scripts for early-stage frame options.",
    ]),
    ("Graduate Engineer", "Jul 2016 – Aug 2017", "Northmoor Civils", "Leeds, UK", [
        "Checked temporary works designs for highway bridge refurbishments.",
    ]),
]

EDUCATION = [
    ("MSc, Structural Engineering", "2015 – 2016", "University of Sheffield", "Sheffield, UK"),
    ("BSc, Civil Engineering", "2012 – 2015", "NTNU", "Trondheim, Norway"),
]

SKILLS = [
    ("Analysis and design", "Tekla Structural Designer, RFEM, Eurocodes"),
    ("Modelling", "Revit, Rhino, Grasshopper"),
]

LANGUAGES = "Norwegian (native) · English (fluent) · German (basic)"


class Pen(PenBase):
    """Each run its own text object placed absolutely (as browsers' PDF backends write them)."""

    ink = INK

    def text(self, x, y, text, font, size, color=INK, align="left") -> float:
        if align == "right":
            x -= self.width(text, font, size)
        self.emit(["BT", rg(color), tm(x, y)] + show_ops(self.c, [text], font, size) + ["ET"])
        return self.width(text, font, size)

    def iconed(self, x, y, icon, text, font, size, icon_size, color=INK, icon_color=BLUE,
               icon_font="FontAwesome", overlap=OVERLAP) -> float:
        """An icon, then the text starting `overlap` em of the icon's size inside the icon's
        box; returns the width from the icon's left edge to the text's end."""
        adv = self.text(x, y, icon, icon_font, icon_size, icon_color)
        start = x + adv - overlap * icon_size
        return start - x + self.text(start, y, text, font, size, color)

    def iconed_right(self, right, y, icon, text, font, size, icon_size, color=INK) -> None:
        adv = self.width(icon, "FontAwesome", icon_size)
        w = self.width(text, font, size)
        self.iconed(right - w - adv + OVERLAP * icon_size, y, icon, text, font, size, icon_size, color)


def build(out: str) -> None:
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle("Ingrid Solberg – CV")
    c.setAuthor("Ingrid Solberg")
    c.setCreator("make_pdf.py (ReportLab), Font Awesome icons set tight against their text")
    pen = Pen(c)
    right = LEFT + WIDTH
    y = PAGE_H - TOP

    pen.text(LEFT, y, NAME, "OpenSans-Light", 30, INK)
    y -= 22
    pen.text(LEFT, y, HEADLINE, "OpenSans-Semibold", 13, BLUE)
    y -= 19
    x = LEFT
    for icon, value in CONTACT:
        x += pen.iconed(x, y, icon, value, "OpenSans", 9, 9.5, GREY) + 14
    y -= 8

    def heading(icon: str, title: str) -> None:
        nonlocal y
        y -= 22
        pen.iconed(LEFT, y, icon, title, "OpenSans-Bold", 12.5, 12, BLUE, BLUE,
                   icon_font="FontAwesomeLetters", overlap=0.0)
        c.setStrokeColorRGB(0.8, 0.83, 0.87)
        c.setLineWidth(0.8)
        c.line(LEFT, y - 5.5, right, y - 5.5)
        y -= 20

    heading(USER, "Profile")
    y = pen.paragraph(LEFT, y, PROFILE, "OpenSans", 9.5, WIDTH, 13.5)

    heading(BRIEFCASE, "Experience")
    for position, dates, org, place, bullets in EXPERIENCE:
        pen.text(LEFT, y, position, "OpenSans-Bold", 10)
        pen.iconed_right(right, y, CALENDAR, dates, "OpenSans", 9, 9, GREY)
        y -= 13.5
        pen.text(LEFT, y, org, "OpenSans-Semibold", 9.5, BLUE)
        pen.iconed_right(right, y, MARKER, place, "OpenSans-Italic", 9, 9, GREY)
        y -= 14
        for b in bullets:
            pen.text(LEFT + 6, y, "•", "OpenSans", 9.5, BLUE)
            y = pen.paragraph(LEFT + 16, y, b, "OpenSans", 9.5, WIDTH - 16, 13) - 0.5
        y -= 6

    heading(GRADCAP, "Education")
    for degree, dates, school, place in EDUCATION:
        pen.text(LEFT, y, degree, "OpenSans-Bold", 10)
        pen.iconed_right(right, y, CALENDAR, dates, "OpenSans", 9, 9, GREY)
        y -= 13.5
        pen.text(LEFT, y, school, "OpenSans-Semibold", 9.5, BLUE)
        pen.iconed_right(right, y, MARKER, place, "OpenSans-Italic", 9, 9, GREY)
        y -= 20

    y += 6
    heading(COGS, "Skills")
    for category, keywords in SKILLS:
        w = pen.text(LEFT, y, f"{category}: ", "OpenSans-Bold", 9.5)
        pen.text(LEFT + w, y, keywords, "OpenSans", 9.5)
        y -= 14

    y += 2
    heading(LANGUAGE, "Languages")
    pen.text(LEFT, y, LANGUAGES, "OpenSans", 9.5)

    c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1])
