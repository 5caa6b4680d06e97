"""Write a German Lebenslauf (fictional person) as a Flat ODF text document.

Usage: python3 make_fodt.py OUT.fodt

Classic German table layout, as people build it in LibreOffice / Word: a
"Lebenslauf" title, a grey photo frame on the right, then one heading per
section and under it a borderless two-column table: dates or labels on the
left (4.8 cm), content on the right (job title in bold, employer, bullet
points). "Sprachen" is written as plain indented lines with a dash.
Font: Liberation Sans (metric-compatible with Arial). LibreOffice converts
the .fodt to PDF (see build.sh).
"""
import sys
from xml.sax.saxutils import escape

PERSONAL = [
    ("Name", "Jonas Hartmann"),
    ("Anschrift", "Musterstraße 12, 10115 Berlin"),
    ("Telefon", "030 23125417"),
    ("E-Mail", "jonas.hartmann@example.com"),
    ("GitHub", "github.com/jhartmann-dev"),
    ("Geburtsdatum", "14.06.1990"),
    ("Geburtsort", "Potsdam"),
    ("Staatsangehörigkeit", "deutsch"),
]

# (dates, title, employer line, bullets)
WORK = [
    ("seit 03/2021", "Senior Backend-Entwickler", "Spreewerk Logistik GmbH, Berlin", [
        "Entwicklung und Betrieb von Microservices für die Sendungsverfolgung (Kotlin, Spring Boot)",
        "Einführung von Kubernetes und GitOps mit Argo CD",
        "Fachliche Leitung eines Teams von fünf Entwicklerinnen und Entwicklern",
    ]),
    ("01/10/2021 bis 31/03/2022", "Lehrbeauftragter (nebenberuflich)",
     "Hochschule für Technik und Wirtschaft Berlin", [
        "Übung „Verteilte Systeme“ im Bachelorstudiengang Angewandte Informatik",
    ]),
    ("09/2016 – 02/2021", "Softwareentwickler", "Havelsoft AG, Potsdam", [
        "Weiterentwicklung einer Java-EE-Plattform für Energieversorger",
        "Migration der Datenbank von Oracle auf PostgreSQL",
    ]),
]

VOLUNTEER = [
    ("04/2018 – heute", "Mentor", "CoderDojo Berlin e. V.", [
        "Monatliche Programmierworkshops für Kinder und Jugendliche",
    ]),
]

EDUCATION = [
    ("10/2013 – 08/2016", "Master of Science Informatik", "Technische Universität Berlin", [
        "Abschlussnote: 1,3",
        "Masterarbeit: „Konsistenzmodelle in geo-verteilten Datenbanken“",
    ]),
    ("10/2010 – 09/2013", "Bachelor of Science Informatik", "Universität Potsdam", [
        "Abschlussnote: 1,9",
    ]),
]

SKILLS = [
    ("Programmiersprachen", "Kotlin, Java, Python, SQL"),
    ("Frameworks", "Spring Boot, Ktor, Hibernate"),
    ("Werkzeuge", "Git, Docker, Kubernetes, Argo CD, Jenkins"),
]

LANGUAGES = [
    "Deutsch – Muttersprache",
    "Englisch – verhandlungssicher",
    "Französisch – Grundkenntnisse (A2)",
]

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta>
  <dc:title>Lebenslauf Jonas Hartmann</dc:title>
  <meta:initial-creator>Jonas Hartmann</meta:initial-creator>
 </office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="de" fo:country="DE"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:line-height="118%"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.5cm"/>
   <style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#1d3557" fo:letter-spacing="0.04cm"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:parent-style-name="Standard" style:default-outline-level="1">
   <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:padding-bottom="0.05cm"
    fo:border-bottom="0.03cm solid #1d3557" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" fo:color="#1d3557"/>
  </style:style>
  <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"/>
  <style:style style:name="CellLabel" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:color="#444444"/>
  </style:style>
  <style:style style:name="CellTitle" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="CellBullet" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.04cm"/>
  </style:style>
  <style:style style:name="LangLine" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="4.8cm" fo:margin-bottom="0.05cm"/>
  </style:style>
  <text:list-style style:name="Dots">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm"
      fo:text-indent="-0.35cm" fo:margin-left="0.45cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Tab" style:family="table">
   <style:table-properties style:width="17cm" table:align="left" fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="TabNarrow" style:family="table">
   <style:table-properties style:width="12.6cm" table:align="left" fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="ColBNarrow" style:family="table-column">
   <style:table-column-properties style:column-width="7.8cm"/>
  </style:style>
  <style:style style:name="ColA" style:family="table-column">
   <style:table-column-properties style:column-width="4.8cm"/>
  </style:style>
  <style:style style:name="ColB" style:family="table-column">
   <style:table-column-properties style:column-width="12.2cm"/>
  </style:style>
  <style:style style:name="Row" style:family="table-row">
   <style:table-row-properties fo:keep-together="always"/>
  </style:style>
  <style:style style:name="Td" style:family="table-cell">
   <style:table-cell-properties fo:padding-left="0cm" fo:padding-right="0.1cm" fo:padding-top="0.06cm"
    fo:padding-bottom="0.1cm" fo:border="none" style:vertical-align="top"/>
  </style:style>
  <style:style style:name="Photo" style:family="graphic">
   <style:graphic-properties draw:fill="solid" draw:fill-color="#d9dde3" draw:stroke="solid"
    svg:stroke-color="#9aa3ad" svg:stroke-width="0.02cm" style:wrap="run-through" style:run-through="foreground"
    style:horizontal-pos="from-left" style:horizontal-rel="page-content"
    style:vertical-pos="from-top" style:vertical-rel="paragraph"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:page-layout style:name="PL">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    fo:margin-top="1.8cm" fo:margin-bottom="1.6cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  </style:page-layout>
  <style:master-page style:name="Standard" style:page-layout-name="PL"/>
 </office:master-styles>
"""


def p(style, text):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def bullets(items):
    out = ['<text:list text:style-name="Dots">']
    for it in items:
        out.append(f"<text:list-item>{p('CellBullet', it)}</text:list-item>")
    out.append("</text:list>")
    return "".join(out)


def table(name, rows, narrow=False):
    """rows: list of (left cell xml, right cell xml)."""
    tab, colb = ("TabNarrow", "ColBNarrow") if narrow else ("Tab", "ColB")
    out = [f'<table:table table:name="{name}" table:style-name="{tab}">',
           f'<table:table-column table:style-name="ColA"/><table:table-column table:style-name="{colb}"/>']
    for left, right in rows:
        out.append('<table:table-row table:style-name="Row">')
        for cell in (left, right):
            out.append(f'<table:table-cell table:style-name="Td" office:value-type="string">{cell}</table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def heading(text):
    return f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(text)}</text:h>'


def entries(rows):
    return [
        (p("CellLabel", dates), p("CellTitle", title) + p("Cell", org) + bullets(items))
        for dates, title, org, items in rows
    ]


def main(out):
    body = []
    # Title with the photo frame (placeholder: no picture) anchored to it.
    body.append(
        '<text:p text:style-name="Title">'
        '<draw:rect draw:style-name="Photo" draw:name="Foto" text:anchor-type="paragraph" '
        'svg:x="13.2cm" svg:y="2.6cm" svg:width="3.8cm" svg:height="4.8cm" draw:z-index="0"/>'
        "Lebenslauf</text:p>"
    )
    body.append(heading("Persönliche Daten"))
    body.append(table("Daten", [(p("CellLabel", k), p("Cell", v)) for k, v in PERSONAL], narrow=True))
    body.append(heading("Berufserfahrung"))
    body.append(table("Beruf", entries(WORK)))
    body.append(heading("Ehrenamtliches Engagement"))
    body.append(table("Ehrenamt", entries(VOLUNTEER)))
    body.append(heading("Ausbildung"))
    body.append(table("Ausbildung", entries(EDUCATION)))
    body.append(heading("Kenntnisse"))
    body.append(table("Kenntnisse", [(p("CellLabel", k), p("Cell", v)) for k, v in SKILLS]))
    body.append(heading("Sprachen"))
    body.extend(p("LangLine", line) for line in LANGUAGES)

    doc = HEAD + " <office:body><office:text>\n" + "\n".join(body) + "\n </office:text></office:body>\n</office:document>\n"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(doc)


if __name__ == "__main__":
    main(sys.argv[1])
