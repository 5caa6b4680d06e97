"""Write a bilingual English/Chinese CV (fictional person) whose CJK display text is drawn
twice (fake bold), straight to PDF with ReportLab's canvas at the operator level.

Usage: python3 make_pdf.py OUT.pdf

What the PDF carries (the trait, issue 18 point 2 "glyphs mapped twice in CJK display
text"): the CJK font (WenQuanYi Micro Hei) has no bold face, so the exporter emboldens its
display text by drawing every glyph twice, as Windows' GDI emboldening and several Chinese
office suites' PDF output do. The body text is English, in Liberation Sans, drawn once;
Latin bold is a real bold face, drawn once. Three habits, one per kind of display text:

- name "林婷婷" (26 pt): in one TJ array, each glyph twice, the second 0.3 pt to the right
  of the first (TJ numbers move back by the advance less 0.3 pt, then on by 0.3 pt), so
  the stream reads 林林婷婷婷婷. The given name repeats its character, as many Chinese
  names do: only the position, never the text alone, tells a second print of a glyph
  from a second character.
- headline "数据工程师" (after "Data Engineer · "): in one TJ array, each glyph twice at
  exactly the same origin ([(数) 1000 (数) (据) 1000 (据) ...]): 数数据据工工程程师师.
- section headings ("工作经历 Experience"): the CJK run is one text object (filled), drawn
  again as a second text object at exactly the same origin in stroke mode (Tr 1, 0.35 pt
  lines: stroke simulation of bold); the English word follows once, in Liberation Sans
  Bold: 工作经历 工作经历 Experience in stream order.

Fonts: WenQuanYi Micro Hei (Debian fonts-wqy-microhei) and Liberation Sans, embedded as
TrueType subsets.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: lib_pdf

from lib_pdf import PenBase, register_fonts, rg, show_ops, tm  # noqa: E402  (sets invariant)
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

register_fonts("/usr/share/fonts/truetype/liberation2", [
    ("Sans", "LiberationSans-Regular.ttf"), ("Sans-Bold", "LiberationSans-Bold.ttf"),
    ("Sans-Italic", "LiberationSans-Italic.ttf")])
pdfmetrics.registerFont(TTFont("CJK", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP = 56.0, 56.0, 60.0
WIDTH = PAGE_W - LEFT - RIGHT
INK = (0.1, 0.1, 0.1)
RED = (0.65, 0.12, 0.1)
GREY = (0.4, 0.4, 0.4)
SHIFT = 0.3  # points between the two prints of a name glyph

NAME_ZH = "林婷婷"
NAME_LATIN = "Lin Tingting"
HEADLINE_EN, HEADLINE_ZH = "Data Engineer · ", "数据工程师"
CONTACT = ["lin.tingting@example.com", "+44 20 7946 0815", "London, UK", "github.com/lintingting"]

PROFILE = ("Data engineer with seven years of experience building batch and streaming pipelines "
           "for e-commerce and payments companies in Shanghai and London. I like clear data "
           "contracts, well-tested SQL and helping analysts ship their own models.")

EXPERIENCE = [
    ("Senior Data Engineer", "Mar 2022 – Present", "Harrowgate Commerce", "London, UK", [
        "Own the Kafka and Spark streaming platform that feeds the pricing and fraud models.",
        "Moved 300 nightly batch jobs from cron scripts to Airflow with data-quality checks.",
    ]),
    ("Data Engineer", "Jul 2018 – Feb 2022", "Jinqiao Pay", "Shanghai, China", [
        "Built the transaction data warehouse on Hive, later migrated to ClickHouse.",
        "Cut the run time of the daily settlement report from four hours to forty minutes.",
    ]),
]

EDUCATION = [
    ("MSc, Data Science", "2017 – 2018", "University College London", "London, UK"),
    ("BEng, Software Engineering", "2013 – 2017", "Tongji University", "Shanghai, China"),
]

SKILLS = [
    ("Programming", "Python, SQL, Scala"),
    ("Data platforms", "Spark, Kafka, Airflow, ClickHouse, dbt"),
]

LANGUAGES = "Mandarin (native) · English (fluent) · Japanese (basic)"

HEADINGS = [("个人简介", "Profile"), ("工作经历", "Experience"), ("教育背景", "Education"),
            ("专业技能", "Skills"), ("语言能力", "Languages")]


class Pen(PenBase):
    """Text objects written by hand: runs of TJ items (strings, and numbers in thousandths of
    an em, positive = move left)."""

    ink = INK

    def object(self, x: float, y: float, runs: list, stroke: float = 0.0) -> None:
        """One text object at (x, y): runs of (items, font, size, colour); with `stroke` the
        glyphs are stroked (render mode 1) with lines that wide instead of filled."""
        ops = ["BT", tm(x, y)]
        if stroke:
            r, g, b = runs[0][3]
            ops.append(f"1 Tr {stroke:g} w {r:.3f} {g:.3f} {b:.3f} RG")
        for items, font, size, color in runs:
            ops.append(rg(color))
            ops += show_ops(self.c, items, font, size, num=".2f")
        ops.append("ET")
        if stroke:  # the render mode and line width belong to the graphics state: keep them here
            ops = ["q"] + ops + ["Q"]
        self.emit(ops)

    def text(self, x, y, text, font, size, color=INK, align="left") -> float:
        w = self.width(text, font, size)
        self.object(x - w if align == "right" else x, y, [([text], font, size, color)])
        return w

    def doubled_shifted(self, text: str, size: float, shift: float = SHIFT) -> list:
        """TJ items printing each glyph twice, the second `shift` points to the right."""
        items: list = []
        for ch in text:
            adv = self.width(ch, "CJK", size)
            items += [ch, (adv - shift) / size * 1000, ch, shift / size * 1000]
        return items[:-1]

    @staticmethod
    def doubled_same_origin(text: str) -> list:
        """TJ items printing each glyph twice at one origin (CJK glyphs advance one em)."""
        items: list = []
        for ch in text:
            items += [ch, 1000, ch]
        return items


def build(out: str) -> None:
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle("林婷婷 Lin Tingting – CV")
    c.setAuthor("Lin Tingting")
    c.setCreator("make_pdf.py (ReportLab), CJK display text drawn twice (fake bold)")
    pen = Pen(c)
    right = LEFT + WIDTH
    y = PAGE_H - TOP

    pen.object(LEFT, y, [(pen.doubled_shifted(NAME_ZH, 26), "CJK", 26, INK)])
    y -= 20
    pen.text(LEFT, y, NAME_LATIN, "Sans", 13, GREY)
    y -= 18
    pen.object(LEFT, y, [([HEADLINE_EN], "Sans-Bold", 11.5, RED),
                         (pen.doubled_same_origin(HEADLINE_ZH), "CJK", 11.5, RED)])
    y -= 16
    pen.text(LEFT, y, "  |  ".join(CONTACT), "Sans", 9, GREY)
    y -= 8

    def heading(zh: str, en: str) -> None:
        nonlocal y
        y -= 22
        # Fill, then the same run stroked at the same origin: the exporter's fake bold.
        pen.object(LEFT, y, [([zh], "CJK", 12.5, RED)])
        pen.object(LEFT, y, [([zh], "CJK", 12.5, RED)], stroke=0.35)
        pen.object(LEFT + pen.width(zh, "CJK", 12.5), y, [([" " + en], "Sans-Bold", 12, RED)])
        c.setStrokeColorRGB(*RED)
        c.setLineWidth(0.6)
        c.line(LEFT, y - 5, right, y - 5)
        y -= 19

    headings = iter(HEADINGS)
    heading(*next(headings))
    y = pen.paragraph(LEFT, y, PROFILE, "Sans", 9.5, WIDTH, 13.5)

    heading(*next(headings))
    for position, dates, org, place, bullets in EXPERIENCE:
        pen.text(LEFT, y, position, "Sans-Bold", 10)
        pen.text(right, y, dates, "Sans", 9.5, GREY, align="right")
        y -= 13
        pen.text(LEFT, y, f"{org} | {place}", "Sans-Italic", 9.5, GREY)
        y -= 13.5
        for b in bullets:
            pen.text(LEFT + 6, y, "•", "Sans", 9.5, RED)
            y = pen.paragraph(LEFT + 16, y, b, "Sans", 9.5, WIDTH - 16, 13) - 0.5
        y -= 6

    heading(*next(headings))
    for degree, dates, school, place in EDUCATION:
        pen.text(LEFT, y, degree, "Sans-Bold", 10)
        pen.text(right, y, dates, "Sans", 9.5, GREY, align="right")
        y -= 13
        pen.text(LEFT, y, f"{school} | {place}", "Sans-Italic", 9.5, GREY)
        y -= 19

    y += 5
    heading(*next(headings))
    for category, keywords in SKILLS:
        pen.object(LEFT, y, [([f"{category}: "], "Sans-Bold", 9.5, INK), ([keywords], "Sans", 9.5, INK)])
        y -= 14

    y += 2
    heading(*next(headings))
    pen.text(LEFT, y, LANGUAGES, "Sans", 9.5)

    c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1])
