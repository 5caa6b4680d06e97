"""Write a Spanish CV (fictional person) straight to PDF with ReportLab.

Usage: python3 make_pdf.py OUT.pdf

The layout borrows from the Europass online editor: labelled contact lines
under the name, blue section titles over a rule, and work entries whose dates
come first in brackets ("[ 01/03/2023 – Current ]", the editor leaves
"Current" untranslated). Other sections use the dates people type by hand
("2019 – Actualidad", "Marzo 2015 – Hoy", "Verano de 2017").
Fonts: Bitstream Vera (the TrueType files shipped inside ReportLab), embedded,
so nothing needs to be installed besides ReportLab.
"""
import sys

from reportlab import rl_config

rl_config.invariant = 1  # reproducible output (fixed dates and ids)

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (HRFlowable, KeepTogether, Paragraph,  # noqa: E402
                                SimpleDocTemplate, Spacer, Table, TableStyle)

for _name, _file in [("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"),
                     ("Vera-Italic", "VeraIt.ttf"), ("Vera-BoldItalic", "VeraBI.ttf")]:
    pdfmetrics.registerFont(TTFont(_name, _file))
pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="Vera-Bold",
                              italic="Vera-Italic", boldItalic="Vera-BoldItalic")

BLUE = colors.HexColor("#0b4f8a")
GREY = colors.HexColor("#5f6368")

NAME = "Lucía Fernández Ortega"
HEADLINE = "Científica de datos"
CONTACT = [
    ("Número de teléfono", "+34 612 345 678", None),
    ("Correo electrónico", "lucia.fernandez@example.com", "mailto:lucia.fernandez@example.com"),
    ("Sitio web", "https://luciafernandez.example.com", "https://luciafernandez.example.com"),
    ("LinkedIn", "https://www.linkedin.com/in/lucia-fernandez-ortega", "https://www.linkedin.com/in/lucia-fernandez-ortega"),
    ("GitHub", "https://github.com/lfernandez-datos", "https://github.com/lfernandez-datos"),
    ("Dirección", "Calle de la Ficción 24, 28045 Madrid (España)", None),
]

ABOUT = (
    "Científica de datos con experiencia en retail y seguros. Me especializo en la "
    "previsión de demanda y en llevar modelos a producción de forma fiable, y disfruto "
    "enseñando análisis de datos a estudiantes universitarios."
)

WORK = [
    ("[ 01/03/2023 – Current ]", "Jefa de Proyectos de Datos", "Grupo Alameda Retail", "Madrid, España", [
        "Dirijo un equipo de seis analistas e ingenieros de datos.",
        "Diseño del modelo de previsión de demanda para 240 tiendas, que redujo las roturas de stock un 15 %.",
    ]),
    ("[ 01/06/2018 – 28/02/2023 ]", "Analista de Datos Sénior", "Seguros Meridiano", "Madrid, España", [
        "Automatización de los informes regulatorios con Python y SQL.",
        "Desarrollo de modelos de tarificación para seguros de hogar.",
    ]),
]

TEACHING = [
    ("2019 – Actualidad", "Profesora asociada", "Universidad Rey Juan Carlos", [
        "Asignatura: Visualización de Datos (Grado en Ciencia e Ingeniería de Datos)",
    ]),
]

VOLUNTEER = [
    ("Marzo 2015 – Hoy", "Voluntaria", "Banco de Alimentos de Madrid", [
        "Coordinación de la gran recogida anual en el distrito de Arganzuela.",
    ]),
]

EDUCATION = [
    ("2017 – 2018", "Máster Universitario en Ciencia de Datos", "Universidad Politécnica de Madrid", "Madrid", [
        "Trabajo Fin de Máster: Detección de fraude en seguros con aprendizaje semisupervisado",
        "Calificación: Sobresaliente",
    ]),
    ("Verano de 2017", "Curso de verano en Aprendizaje automático aplicado",
     "Universidad Internacional Menéndez Pelayo", "Santander", []),
    ("2013 – 2017", "Grado en Matemáticas", "Universidad Complutense de Madrid", "Madrid", []),
]

LANGUAGES = [
    ("Español", "Lengua materna"),
    ("Inglés", "C1 (avanzado)"),
    ("Francés", "B1 (intermedio)"),
]

SKILLS = [
    ("Programación", "Python, R, SQL, Scala"),
    ("Datos e IA", "scikit-learn, PySpark, dbt, Airflow"),
    ("Visualización", "Power BI, Tableau, ggplot2"),
]

name_style = ParagraphStyle("name", fontName="Vera-Bold", fontSize=22, leading=26, textColor=BLUE)
headline_style = ParagraphStyle("headline", fontName="Vera", fontSize=12, leading=16, textColor=GREY,
                                spaceAfter=6)
contact_style = ParagraphStyle("contact", fontName="Vera", fontSize=9, leading=12.5)
heading_style = ParagraphStyle("heading", fontName="Vera-Bold", fontSize=12.5, leading=15,
                               textColor=BLUE, spaceBefore=12)
body_style = ParagraphStyle("body", fontName="Vera", fontSize=9.5, leading=13, alignment=TA_LEFT)
date_style = ParagraphStyle("date", fontName="Vera", fontSize=8.8, leading=12, textColor=GREY)
title_style = ParagraphStyle("title", fontName="Vera-Bold", fontSize=10.5, leading=14)
org_style = ParagraphStyle("org", fontName="Vera", fontSize=9.5, leading=13, textColor=BLUE)
bullet_style = ParagraphStyle("bullet", parent=body_style, leftIndent=12, bulletIndent=2, spaceBefore=1,
                              bulletFontName="Vera")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def section(text, *blocks):
    """Heading and rule, kept on the same page as the first block under it.

    Each block is a list of flowables kept together on one page."""
    title = Paragraph(esc(text), heading_style)
    rule = HRFlowable(width="100%", thickness=0.9, color=BLUE, spaceBefore=2, spaceAfter=6)
    first, *rest = blocks
    return [KeepTogether([title, rule, *first])] + [KeepTogether(b) for b in rest]


def entry(dates, title, org_line, bullets):
    parts = [Paragraph(esc(dates), date_style),
             Paragraph(esc(title), title_style),
             Paragraph(esc(org_line), org_style)]
    for b in bullets:
        parts.append(Paragraph(esc(b), bullet_style, bulletText="•"))
    parts.append(Spacer(1, 7))
    return parts


def labelled_table(rows):
    data = [[Paragraph(f"<b>{esc(k)}</b>", body_style), Paragraph(esc(v), body_style)] for k, v in rows]
    t = Table(data, colWidths=[3.6 * cm, None], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
    ]))
    return t


def build(out):
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.6 * cm,
                            title=f"{NAME} – Currículum", author=NAME, creator="ReportLab")
    story = [Paragraph(esc(NAME), name_style), Paragraph(esc(HEADLINE), headline_style)]
    for label, value, href in CONTACT:
        v = f'<a href="{href}" color="#0b4f8a">{esc(value)}</a>' if href else esc(value)
        story.append(Paragraph(f"<b>{esc(label)}:</b> {v}", contact_style))

    story += section("Sobre mí", [Paragraph(esc(ABOUT), body_style)])
    story += section("Experiencia laboral",
                     *[entry(d, t, f"{o} – {loc}", b) for d, t, o, loc, b in WORK])
    story += section("Formación académica",
                     *[entry(d, t, f"{i} – {loc}", b) for d, t, i, loc, b in EDUCATION])
    story += section("Docencia", *[entry(d, t, i, b) for d, t, i, b in TEACHING])
    story += section("Voluntariado", *[entry(d, t, o, b) for d, t, o, b in VOLUNTEER])
    story += section("Idiomas", [labelled_table(LANGUAGES)])
    story += section("Habilidades", [labelled_table(SKILLS)])

    doc.build(story)


if __name__ == "__main__":
    build(sys.argv[1])
