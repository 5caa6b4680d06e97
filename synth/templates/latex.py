"""LaTeX templates: the moderncv and europasscv classes and hand-made article layouts, through
pdfLaTeX, XeLaTeX and LuaLaTeX.

Each template is a ``Layout`` subclass. It draws its style from the rng when it is made and turns
the Doc's pieces (header, headings, entries, items) into LaTeX; ``Layout.section`` walks a section
in print order, so every template prints every string once. Every Doc string passes through
``tex()`` (and every link target through ``url()``); the layouts add only separators, bullet
glyphs, icons and the Doc's own contact / thesis labels.
"""
from __future__ import annotations

import hashlib
import os
import random
import re
from pathlib import Path
from typing import Optional

from ..model import Contact, Doc, Entry, Item, Role, Section
from .base import Template, colour, jitter, run

# -- escaping -------------------------------------------------------------------------------------

_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
            "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
            # brackets would start an optional argument after \item, \\ or a command
            "[": "{[}", "]": "{]}", "\n": " ", "\t": " "}
# Pairs TeX fonts join into one glyph (-- `` '' ,, << >> !` ?`): keep them as typed.
_LIGATURE_PAIR = re.compile(r"(?<=[-`',<>!?])(?=[-`',<>])")


def tex(text: Optional[str]) -> str:
    """``text`` as LaTeX that prints ``text`` (TeX's curly quotes for ' and ` aside)."""
    if not text:
        return ""
    text = _LIGATURE_PAIR.sub("\0", text)
    return "".join(_SPECIAL.get(c, c) for c in text).replace("\0", "{}")


def url(link: str) -> str:
    """A link target for \\href (hyperref takes these escaped when inside another command)."""
    return "".join("\\" + c if c in "#%&{}_~^" else c for c in link.replace("\\", "/"))


def href(c: Contact, breakable: bool = False) -> str:
    """A contact's text, linked to its target; ``breakable`` lets a narrow column break it after / . @."""
    text = tex(c.text)
    if breakable:
        text = re.sub(r"([/.@])", r"\1\\allowbreak{}", text)
    return rf"\href{{{url(c.link)}}}{{{text}}}" if c.link else text


# Glue that sets what follows flush right, but keeps at least a word space from what precedes
# (a bare \hfill can leave none when the line is full, and the two strings would run together).
FLUSH = r"\hspace{0.8em plus 1fill}"


def hexc(rgb: str) -> str:
    """An rng colour ("#1a2b3c") for xcolor's HTML model."""
    return rgb.lstrip("#").upper()


def joined(sep: str, *parts: Optional[str]) -> str:
    """The non-empty LaTeX ``parts`` with ``sep`` between them (no dangling separators)."""
    return sep.join(p for p in parts if p)


def wrap(style: str, latex: str) -> str:
    """``latex`` in a group with ``style`` (font switches), or nothing for an empty string."""
    return "{" + style + " " + latex + "}" if latex else ""


def case_safe(text: str) -> bool:
    """Whether ``text`` in capitals reads back as ``text`` once case is folded (not so with the
    Turkish dotless ı, whose capital is I)."""
    return text.upper().casefold() == text.casefold()


def split_name(name: str) -> tuple[str, str]:
    first, _, last = name.rpartition(" ")
    return (first, last) if first else (name, "")


# -- running the engines --------------------------------------------------------------------------

# A fixed date for the PDF's metadata, so the same doc and seed give the same file.
_FIXED_DATE = {"SOURCE_DATE_EPOCH": "1704067200", "FORCE_SOURCE_DATE": "1"}


def compile_tex(work: Path, engine: str, source: str, runs: int = 1) -> Path:
    if engine == "lualatex":
        # LuaTeX's file ID depends on the (temporary) path; make it depend on the source only
        digest = hashlib.md5(source.encode()).hexdigest().upper()
        source = source.replace("\\end{document}", f"\\pdfvariable trailerid{{[<{digest}> <{digest}>]}}\n"
                                "\\end{document}")
    (work / "cv.tex").write_text(source, encoding="utf-8")
    env = {**os.environ, **_FIXED_DATE}
    for _ in range(runs):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=work, env=env)
    return work / "cv.pdf"


# -- fonts ------------------------------------------------------------------------------------------

# What every engine's preamble sets: a character the font lacks is an error, not a silent gap.
LOST_CHARS = "\\tracinglostchars=3\n"
# XeLaTeX / LuaLaTeX: Greek letters (a golden CV's "μP") from a font that has them, whatever the main font.
FONTSPEC_FIXES = (r"\usepackage{newunicodechar}\newfontfamily\greekfallback{DejaVu Sans}"
                  r"\newunicodechar{μ}{{\greekfallback μ}}" + "\n" + LOST_CHARS)
# pdfLaTeX: extractable glyph names, and a real euro sign (the PostScript fonts' TS1 euro is
# faked from a "C" and extracts as one).
PDF_TEXT_FIXES = r"""\input{glyphtounicode}\pdfgentounicode=1
\DeclareUnicodeCharacter{20AC}{{\fontfamily{lmr}\selectfont\texteuro}}
\DeclareUnicodeCharacter{03BC}{\textmu}
""" + LOST_CHARS
# pdfLaTeX: (preamble lines, has real small caps). lmodern always comes first so that no shape
# falls back to the bitmap EC fonts.
PDF_FONTS = {
    "lm-serif": (r"\renewcommand{\familydefault}{\rmdefault}", True),
    "lm-sans": (r"\renewcommand{\familydefault}{\sfdefault}", False),
    "charter": (r"\usepackage{charter}\renewcommand{\familydefault}{\rmdefault}", True),
    "palatino": (r"\renewcommand{\rmdefault}{ppl}\renewcommand{\familydefault}{\rmdefault}", True),
    "times": (r"\renewcommand{\rmdefault}{ptm}\renewcommand{\familydefault}{\rmdefault}", True),
    "utopia": (r"\renewcommand{\rmdefault}{put}\renewcommand{\familydefault}{\rmdefault}", True),
    "newcentury": (r"\renewcommand{\rmdefault}{pnc}\renewcommand{\familydefault}{\rmdefault}", True),
    "helvetica": (r"\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}", False),
    "avantgarde": (r"\renewcommand{\sfdefault}{pag}\renewcommand{\familydefault}{\sfdefault}", False),
}
PDF_PREAMBLE = r"""\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
""" + PDF_TEXT_FIXES
# System fonts for XeLaTeX / LuaLaTeX (fontspec).
# (Each covers the Latin locales' letters in all four faces; Cabin and EB Garamond do not.)
SANS = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Roboto", "Open Sans", "Lato", "Inter", "PT Sans",
        "Carlito", "Linux Biolinum O", "Clear Sans"]
SERIF = ["DejaVu Serif", "Liberation Serif", "Noto Serif", "PT Serif", "Charis SIL", "Gentium Book Plus",
         "Caladea", "Linux Libertine O"]
# Serif fonts with real small caps (the OpenType smcp feature).
SMALL_CAPS_SERIF = ["Linux Libertine O", "Charis SIL", "Gentium Book Plus", "Noto Serif",
                    "Latin Modern Roman"]

# Bullet glyphs: as LaTeX commands for pdfLaTeX (T1/TS1), as characters for the Unicode engines.
PDF_BULLETS = [r"\textbullet", r"\textendash", r"\guilsinglright", r"\textperiodcentered", r"\textemdash",
               r"\textasteriskcentered", "-", r"\textopenbullet"]
UNI_BULLETS = ["•", "–", "›", "·", "—", "-"]

# FontAwesome 4 (Debian fonts-font-awesome) code points for contacts.
FA = {"email": "\uf0e0", "phone": "\uf095", "url": "\uf0ac", "location": "\uf041", "profile": "\uf0c1",
      "GitHub": "\uf09b", "LinkedIn": "\uf0e1", "Xing": "\uf168", "GitLab": "\uf296", "Twitter": "\uf099"}

SIDE_KINDS = ("skills", "languages", "interests")


# -- the shared walk ----------------------------------------------------------------------------------

class Layout:
    """A document's LaTeX: the style drawn from the rng, and how each piece of the Doc prints.

    Subclasses give ``preamble`` and ``header`` and may override every piece below.
    """
    engine = "pdflatex"

    def __init__(self, doc: Doc, rng: random.Random):
        self.doc, self.rng = doc, rng
        self.org_first = rng.random() < 0.5
        self.bullet = rng.choice(PDF_BULLETS if self.engine == "pdflatex" else UNI_BULLETS)
        self.labelled = rng.random() < 0.35          # contact labels ("Phone: ...")
        # between strings on one line (contacts, places hold commas themselves)
        self.sep = rng.choice([" | ", r" \textbullet{} " if self.engine == "pdflatex" else " • ",
                               r" \textendash{} ", r" \textperiodcentered{} "])
        self.accent = hexc(colour(rng))

    # the document
    def source(self) -> str:
        body = "\n\n".join(self.section(s) for s in self.doc.sections)
        return f"{self.preamble()}\n\\begin{{document}}\n{self.header()}\n{body}\n\\end{{document}}\n"

    def preamble(self) -> str:
        raise NotImplementedError

    def header(self) -> str:
        raise NotImplementedError

    # strings with the Doc's labels
    def contact(self, c: Contact, breakable: bool = False) -> str:
        label = self.doc.labels.get(c.kind) if self.labelled else None
        return (tex(label) + ": " if label else "") + href(c, breakable)

    def thesis(self, role: Role) -> str:
        label = self.doc.labels.get("thesis")
        return tex(f"{label}: {role.thesis}" if label else role.thesis)

    def details(self, role: Role) -> list[str]:
        """A role's description paragraph and thesis line, as LaTeX."""
        return [x for x in (tex(role.text), self.thesis(role) if role.thesis else "") if x]

    # the walk
    def section(self, sec: Section, sub: bool = False) -> str:
        out = [self.heading(sec.heading, sub)]
        if sec.text:
            out.append(self.summary(sec.text))
        out += [self.entry(e) for e in sec.entries]
        for i, it in enumerate(sec.items):
            group = sec.group_at(i)
            if group:
                out.append(self.group(group))
            out.append(self.item(it))
        out += [self.section(c, sub=True) for c in sec.children]
        return "\n".join(out)

    def entry(self, e: Entry) -> str:
        if e.grouped:
            return "\n".join([self.employer(e)] + [self.role(r, None, r.place) for r in e.roles])
        r = e.roles[0]
        return self.role(r, e.org, joined(", ", e.place, r.place) or None)

    def head_pair(self, role: Role, org: Optional[str]) -> tuple[str, str]:
        """(first, second) of position and organisation in this document's order, escaped."""
        pair = (tex(org), tex(role.title)) if self.org_first else (tex(role.title), tex(org))
        return pair if pair[0] else (pair[1], "")

    def heading(self, text: str, sub: bool) -> str:
        raise NotImplementedError

    def summary(self, text: str) -> str:
        return tex(text) + "\\par"

    def group(self, text: str) -> str:
        return rf"\par\smallskip\textit{{{tex(text)}}}\par"

    def employer(self, e: Entry) -> str:
        raise NotImplementedError

    def role(self, role: Role, org: Optional[str], place: Optional[str]) -> str:
        raise NotImplementedError

    def item(self, it: Item) -> str:
        raise NotImplementedError


def _renderer(layout: type[Layout]):
    """A Template's render function: one engine run (no layout here needs references)."""
    def render(doc: Doc, rng: random.Random, work: Path) -> Path:
        return compile_tex(work, layout.engine, layout(doc, rng).source())
    render.__name__ = f"render_{layout.__name__}"
    return render


# -- moderncv ------------------------------------------------------------------------------------------

class ModernCV(Layout):
    """The moderncv class; contacts go through its own header (as phone-like entries with our labels).

    Classic: the name left (at the right, the contacts would come first in the content stream, and
    a name inside an e-mail address would be found there).
    """
    style = "classic"
    style_options = ""

    def __init__(self, doc: Doc, rng: random.Random):
        super().__init__(doc, rng)
        self.size = rng.choice(["10pt", "11pt", "11pt", "12pt"])
        self.paper = rng.choice(["a4paper", "letterpaper"])
        self.scale = jitter(rng, 0.8, 0.06)
        # the label column, fraction of the text width; wider for long date ranges
        dates = [r.dates or "" for sec in doc.all_sections() for e in sec.entries for r in e.roles]
        self.hint = jitter(rng, 0.18 if max(map(len, dates), default=0) < 20 else 0.22, 0.15)
        self.grey = hexc(rng.choice(["#6b6b6b", "#777777", "#5a5a66", "#808080"]))
        self.name_size = jitter(rng, 30, 0.15)

    def fonts(self) -> str:
        if self.engine == "pdflatex":
            font = self.rng.choice(list(PDF_FONTS))
            return PDF_PREAMBLE + PDF_FONTS[font][0]
        return (rf"\usepackage{{fontspec}}\setmainfont{{{self.rng.choice(SERIF)}}}"
                rf"\setsansfont{{{self.rng.choice(SANS)}}}" + "\n" + FONTSPEC_FIXES)

    def preamble(self) -> str:
        doc = self.doc
        first, last = split_name(doc.name)
        family = self.rng.choice(["sans", "roman"])
        # One header entry per contact, in order; each kind gets a (label or empty) symbol, and
        # \tellink (which would link every "phone" to tel:) leaves the links to href().
        kinds = sorted({re.sub("[^a-z]", "", c.kind) for c in doc.contacts})
        symbols = "\n".join(
            rf"\newcommand*{{\cv{k}phonesymbol}}{{"
            + (tex(doc.labels[k]) + ":~" if self.labelled and doc.labels.get(k) else "") + "}"
            for k in kinds)
        contacts = "\n".join(rf"\phone[cv{re.sub('[^a-z]', '', c.kind)}]{{{href(c)}}}" for c in doc.contacts)
        title = rf"\title{{{tex(doc.headline)}}}" if doc.headline else ""
        return rf"""\documentclass[{self.size},{self.paper},{family}]{{moderncv}}
\moderncvstyle[nosymbols{self.style_options}]{{{self.style}}}
\moderncvcolor{{blue}}
{self.fonts()}
\definecolor{{color1}}{{HTML}}{{{self.accent}}}
\definecolor{{color2}}{{HTML}}{{{self.grey}}}
\usepackage[scale={self.scale}]{{geometry}}
\setlength{{\hintscolumnwidth}}{{{self.hint}\textwidth}}
\renewcommand*{{\namefont}}{{\fontsize{{{self.name_size}}}{{{self.name_size * 1.15:.1f}}}\mdseries\upshape}}
\renewcommand*{{\listitemsymbol}}{{\textcolor{{color1}}{{{self.bullet}}}~}}
\renewcommand*{{\labelitemi}}{{\textcolor{{color1}}{{{self.bullet}}}}}
{symbols}
\renewcommand*{{\tellink}}[2][]{{#2}}
\nopagenumbers
\name{{{tex(first)}}}{{{tex(last)}}}
{title}
{contacts}"""

    def header(self) -> str:
        return r"\makecvtitle"

    def heading(self, text: str, sub: bool) -> str:
        return rf"\{'sub' if sub else ''}section{{{tex(text)}}}"

    def summary(self, text: str) -> str:
        return rf"\cvitem{{}}{{{tex(text)}}}"

    def group(self, text: str) -> str:
        return rf"\cvitem{{}}{{\textit{{{tex(text)}}}}}"

    def employer(self, e: Entry) -> str:
        line = joined(", ", wrap(r"\large\bfseries", tex(e.org)), tex(e.place))
        return rf"\cvitem{{}}{{{line}}}"

    def role(self, role: Role, org: Optional[str], place: Optional[str]) -> str:
        first, second = self.head_pair(role, org)
        parts = [p for p in (first, second, tex(place)) if p] + ["", "", ""]
        out = [rf"\cventry{{{tex(role.dates)}}}{{{parts[0]}}}{{{parts[1]}}}{{{parts[2]}}}{{}}{{}}"]
        out += [rf"\cvitem{{}}{{\small {d}}}" for d in self.details(role)]
        out += [rf"\cvlistitem{{\small {tex(b)}}}" for b in role.bullets]
        return "\n".join(out)

    def item(self, it: Item) -> str:
        if it.date:
            lead = rf"\textit{{{tex(it.lead)}}}" if it.lead else ""
            return rf"\cvitem{{{tex(it.date)}}}{{{joined(', ', lead, tex(it.body))}}}"
        return rf"\cvitem{{{tex(it.lead)}}}{{{tex(it.body)}}}"


class ModernCVBanking(ModernCV):
    """Banking: a centred header; the organisation line over the position line, dates at the right."""
    style = "banking"

    def __init__(self, doc, rng):
        super().__init__(doc, rng)
        self.style_options = rng.choice([",fullrules", ",shortrules", ",mixedrules", ",norules"])
        self.name_size = jitter(rng, 24, 0.15)
        self.room = {"10pt": 86, "11pt": 78, "12pt": 72}[self.size] * self.scale / 0.8  # characters a line

    def employer(self, e: Entry) -> str:
        return rf"{{\bfseries\large {tex(e.org)}}}{FLUSH}{{\bfseries {tex(e.place)}}}\par\smallskip"

    def role(self, role: Role, org: Optional[str], place: Optional[str]) -> str:
        first, second = self.head_pair(role, org)
        if second or place:
            top, bottom = joined(", ", second, tex(place)), first
        else:
            top, bottom = "", first
        if len(top) < self.room and len(bottom) + len(role.dates or "") < self.room:
            # moderncv's own tabular* lines (they cannot wrap, so only for lines that fit)
            org_, place_ = (second, tex(place)) if second or place else ("", "")
            out = [rf"\cventry{{{tex(role.dates)}}}{{{bottom}}}{{{org_}}}{{{place_}}}{{}}{{}}"]
        else:
            line1 = rf"{{\bfseries {top}}}\par" if top else ""
            out = [rf"\noindent{line1}{{\itshape {bottom}}}{FLUSH}{{\itshape {tex(role.dates)}}}\par\smallskip"]
        out += [rf"\cvitem{{}}{{\small {d}}}" for d in self.details(role)]
        out += [rf"\cvlistitem{{\small {tex(b)}}}" for b in role.bullets]
        return "\n".join(out)

    def item(self, it: Item) -> str:
        date = rf"{FLUSH}\textit{{{tex(it.date)}}}" if it.date else ""
        return rf"\cvitem{{{tex(it.lead)}}}{{{tex(it.body)}{date}}}"

    def group(self, text: str) -> str:
        return rf"\par{{\itshape {tex(text)}}}\par\smallskip"


class ModernCVCasual(ModernCV):
    """Casual through LuaLaTeX with system fonts (the name at the top, contacts in the first page's footer)."""
    engine = "lualatex"
    style = "casual"

    def header(self) -> str:
        # casual's footer holds the contacts; keep it to the first page so they print once
        return r"\makecvtitle\thispagestyle{plain}\pagestyle{empty}"


# -- the europasscv class ---------------------------------------------------------------------------------

_EUROPASS_ICON = {"email": "mail", "phone": "mobile", "url": "website", "location": "address",
                  "GitHub": "github", "LinkedIn": "linkedin", "GitLab": "gitlab"}


class Europass(Layout):
    """The europasscv class: captions right-aligned in a left column, content in the right one.

    Its own personal-information block prints fixed words, so the header is built from \\ecvitem rows
    with the class's icons; the logo stays, the footer and the title are switched off.
    """

    def __init__(self, doc, rng):
        super().__init__(doc, rng)
        self.left = jitter(rng, 48, 0.15)             # mm
        self.colsep = jitter(rng, 10, 0.25)           # pt
        self.options = ",".join(x for x in (rng.choice(["", "narrow"]), rng.choice(["", "bigfont"]),
                                            rng.choice(["a4paper", "a4paper", "letterpaper"])) if x)
        self.section_colour = hexc(rng.choice(["#0e4194", "#1f3864", colour(rng)]))
        self.highlight = hexc(rng.choice(["#3f3a60", "#595959", "#4a4a4a", colour(rng)]))
        self.icons = rng.random() < 0.75

    def preamble(self) -> str:
        return rf"""\documentclass[{self.options},notitle,nototpages]{{europasscv}}
\usepackage{{lmodern}}
{PDF_TEXT_FIXES}
\definecolor{{ecvsectioncolor}}{{HTML}}{{{self.section_colour}}}
\definecolor{{ecvhighlightcolor}}{{HTML}}{{{self.highlight}}}
\definecolor{{ecvrulecolor}}{{HTML}}{{{self.section_colour}}}
\ecvfootnote{{}}\ecvpage{{}}\date{{}}
\renewcommand{{\labelitemi}}{{{self.bullet}}}"""

    def source(self) -> str:
        body = "\n\n".join(self.section(s) for s in self.doc.sections)
        return (f"{self.preamble()}\n\\begin{{document}}\n\\ecvLeftColumnWidth{{{self.left}mm}}"
                f"\\ecvColSep{{{self.colsep}pt}}\n\\begin{{europasscv}}\n{self.header()}\n{body}\n"
                "\\end{europasscv}\n\\end{document}\n")

    def icon(self, c: Contact) -> str:
        name = _EUROPASS_ICON.get(c.network or "", _EUROPASS_ICON.get(c.kind, "website"))
        return rf"\raisebox{{-2\lineskip}}{{\includegraphics[width=0.4cm]{{icons/{name}_europass_icon.pdf}}}}\hspace{{1mm}}"

    def header(self) -> str:
        doc = self.doc
        rows = [rf"\ecvitem{{}}{{\ecvLargenormalstyle{{{tex(doc.name)}}}}}"]
        if doc.headline:
            rows.append(rf"\ecvitem{{}}{{\ecvtitlestyle{{{tex(doc.headline)}}}}}")
        for c in doc.contacts:
            label = tex(doc.labels.get(c.kind)) if self.labelled and not self.icons else ""
            icon = self.icon(c) if self.icons else ""
            rows.append(rf"\ecvitem{{\ecvhighlight{{{label}}}}}{{{icon}{href(c)}}}")
        return "\n".join(rows)

    def heading(self, text: str, sub: bool) -> str:
        if sub:
            return (rf"\ecvitem[10pt]{{\ecvbluestyle{{{tex(text)}}}}}"
                    r"{\textcolor{ecvrulecolor}{\rule[0.5ex]{\linewidth}{0.4pt}}}")
        # the class puts headings in capitals; keep the case of those that would not read back
        latex = tex(text) if case_safe(text) else rf"\NoCaseChange{{{tex(text)}}}"
        return rf"\ecvsection{{{latex}}}"

    def summary(self, text: str) -> str:
        return rf"\ecvitem{{}}{{{tex(text)}}}"

    def group(self, text: str) -> str:
        return rf"\ecvitem{{\ecvhighlight{{\textit{{{tex(text)}}}}}}}{{}}"

    def employer(self, e: Entry) -> str:
        # the employer in the title style, its roles' titles under it
        return rf"\ecvtitle{{}}{{\textbf{{{joined(', ', tex(e.org), tex(e.place))}}}}}"

    def role(self, role: Role, org: Optional[str], place: Optional[str]) -> str:
        first, second = self.head_pair(role, org)
        out = [rf"\ecvtitle{{{tex(role.dates)}}}{{{first}}}"]
        line = joined(", ", rf"\textbf{{{second}}}" if second else "", tex(place))
        if line:
            out.append(rf"\ecvitem{{}}{{{line}}}")
        out += [rf"\ecvitem{{}}{{{d}}}" for d in self.details(role)]
        if role.bullets:
            bullets = "\n".join(rf"\item {tex(b)}" for b in role.bullets)
            out.append(rf"\ecvitem{{}}{{\begin{{ecvitemize}}{bullets}\end{{ecvitemize}}}}")
        return "\n".join(out)

    def item(self, it: Item) -> str:
        if it.lead:
            date = rf"{FLUSH}{{\ecvhighlight{{{tex(it.date)}}}}}" if it.date else ""
            return rf"\ecvitem{{\ecvhighlight{{{tex(it.lead)}}}}}{{{tex(it.body)}{date}}}"
        return rf"\ecvitem{{\ecvhighlight{{{tex(it.date)}}}}}{{{tex(it.body)}}}"


# -- hand-made layouts on KOMA's scrartcl (any base size; headings are our own macros) -------------------

PAPER_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
# A list item whose label (dates, a number) sits in a column #1 wide and wraps there rather than
# overprinting the body; \leavevmode keeps a colour switch from pushing the label's first line down.
LABELLED_BLOCK = r"""\newenvironment{labelled}[2]{\begin{list}{}{\setlength{\leftmargin}{#1}\setlength{\labelsep}{0.6em}%
\setlength{\labelwidth}{\dimexpr#1-0.6em}\setlength{\topsep}{0pt}\setlength{\partopsep}{0pt}%
\setlength{\itemsep}{0pt}\setlength{\parsep}{0pt}}%
\item[{\parbox[t]{\labelwidth}{\raggedright\leavevmode #2}}]}{\end{list}}
"""


class Article(Layout):
    """A scrartcl page with the document's fonts, colours, margins and lists; no class headings."""
    fonts_from = SANS + SERIF                 # fontspec families (XeLaTeX / LuaLaTeX)

    def __init__(self, doc, rng):
        super().__init__(doc, rng)
        self.size = round(rng.uniform(9.5, 11.5) * 2) / 2
        self.spread = round(rng.uniform(1.0, 1.12), 2)
        self.paper = rng.choice(["a4", "letter"])
        self.margin = [jitter(rng, 16, 0.25) for _ in range(4)]          # top, right, bottom, left (mm)
        if self.engine == "pdflatex":
            self.font = rng.choice(list(PDF_FONTS))
            self.real_sc = PDF_FONTS[self.font][1]
        else:
            self.font = rng.choice(self.fonts_from)
            self.real_sc = self.font in SMALL_CAPS_SERIF or self.font == "Linux Biolinum O"
        self.caps = rng.choice(["upper", "small", "none"])
        self.tracking = rng.choice([0, 0, 40, 80, 120])                  # heading letter spacing, 1/1000 em
        self.bullet_indent = jitter(rng, 1.1, 0.25)                      # em

    def fonts(self) -> str:
        if self.engine == "pdflatex":
            return PDF_PREAMBLE + PDF_FONTS[self.font][0] + "\n\\usepackage{microtype}"
        return rf"\usepackage{{fontspec}}\setmainfont{{{self.font}}}\newfontfamily\FA{{FontAwesome}}" + "\n" + FONTSPEC_FIXES

    def base_preamble(self) -> str:
        top, right, bottom, left = self.margin
        return rf"""\documentclass[fontsize={self.size}pt,paper={self.paper},parskip=false]{{scrartcl}}
{self.fonts()}
\usepackage[top={top}mm,right={right}mm,bottom={bottom}mm,left={left}mm]{{geometry}}
\usepackage{{xcolor}}
\usepackage{{enumitem}}
\usepackage{{needspace}}
\usepackage[hidelinks]{{hyperref}}
\definecolor{{accent}}{{HTML}}{{{self.accent}}}
\linespread{{{self.spread}}}
\pagestyle{{empty}}
\setlength{{\parindent}}{{0pt}}
\setlength{{\emergencystretch}}{{3em}}
\setlist[itemize]{{label={{{self.bullet}}},leftmargin={self.bullet_indent}em,topsep=1pt,itemsep=0pt,parsep=0pt}}
{LABELLED_BLOCK}"""

    @staticmethod
    def labelled_block(width: str, label: str, body: str) -> str:
        """``body`` right of a column ``width`` wide holding ``label`` (dates, a number)."""
        return f"\\begin{{labelled}}{{{width}}}{{{label}}}\n{body}\n\\end{{labelled}}"

    def cased(self, text: str, caps: Optional[str] = None, tracking: Optional[int] = None) -> str:
        """A heading's text in the style's case, letter-spaced by ``tracking`` thousandths of an em."""
        caps = caps or self.caps
        tracking = self.tracking if tracking is None else tracking
        latex = tex(text)
        if not case_safe(text):
            caps = "none" if caps == "upper" or not self.real_sc else caps
        if caps == "upper":
            latex = rf"\MakeUppercase{{{latex}}}"
        elif caps == "small":
            latex = rf"\textsc{{{latex}}}" if self.real_sc else rf"{{\small\MakeUppercase{{{latex}}}}}"
        if not tracking:
            return latex
        if self.engine == "pdflatex":
            return rf"\textls[{tracking}]{{{latex}}}"
        return rf"{{\addfontfeature{{LetterSpace={tracking / 10:g}}}{latex}}}"

    def bullets(self, role: Role) -> str:
        if not role.bullets:
            return ""
        items = "\n".join(rf"\item {tex(b)}" for b in role.bullets)
        return f"\\begin{{itemize}}\n{items}\n\\end{{itemize}}"

    @staticmethod
    def line(left: str, right: str) -> str:
        """One line with ``right`` flush right (it wraps, rather than overflows, when long)."""
        if not (left or right):
            return ""
        return rf"\noindent {left}{FLUSH}{right}\par" if right else rf"\noindent {left}\par"


class Jake(Article):
    """After the well-known one-page LaTeX resume: centred header with contacts between bars,
    small-caps headings over a rule, organisation left and place right, position and dates below."""

    def __init__(self, doc, rng):
        super().__init__(doc, rng)
        self.margin = [jitter(rng, 13, 0.3) for _ in range(4)]
        self.caps = rng.choice(["small", "small", "upper"])
        self.sep = rng.choice([r" $|$ ", r" \textbar{} ", r" \textperiodcentered{} "])
        self.underline = rng.random() < 0.5
        self.dates_top = rng.random() < 0.35        # dates on the organisation's line, place below
        self.heading_colour = rng.choice(["black", "accent"])
        self.item_bullets = rng.random() < 0.4      # lead-less items (publications) as bullets

    def preamble(self) -> str:
        return self.base_preamble()

    def header(self) -> str:
        doc = self.doc
        name = rf"\textsc{{{tex(doc.name)}}}" if self.real_sc else rf"\textbf{{{tex(doc.name)}}}"
        contacts = self.sep.join(rf"\underline{{{self.contact(c)}}}" if self.underline and c.link
                                 else self.contact(c) for c in doc.contacts)
        head = [rf"{{\Huge {name}}}\par\smallskip"]
        if doc.headline:
            head.append(rf"{{\large {tex(doc.headline)}}}\par\smallskip")
        if contacts:
            head.append(rf"{{\small {contacts}}}\par")
        return "\\begin{center}\n" + "\n".join(head) + "\n\\end{center}\n\\vspace{-4pt}"

    def heading(self, text: str, sub: bool) -> str:
        if sub:
            return rf"\par\addvspace{{6pt}}\Needspace{{3\baselineskip}}\noindent{{\bfseries {tex(text)}}}\par\nobreak\smallskip"
        return (rf"\par\addvspace{{10pt}}\Needspace{{6\baselineskip}}\noindent{{\large\color{{{self.heading_colour}}}"
                rf"{self.cased(text)}}}\par\nobreak\vspace{{2pt}}\hrule height 0.4pt"
                r"\nobreak\vspace{4pt}")

    def summary(self, text: str) -> str:
        return rf"{{\small {tex(text)}\par}}"

    def group(self, text: str) -> str:
        return rf"\par\addvspace{{3pt}}\noindent{{\small\itshape {tex(text)}}}\par\nobreak"

    def employer(self, e: Entry) -> str:
        return self.line(wrap(r"\bfseries", tex(e.org)), tex(e.place))

    def role(self, role: Role, org: Optional[str], place: Optional[str]) -> str:
        first, second = self.head_pair(role, org)
        dates, place = wrap(r"\small\itshape", tex(role.dates)), tex(place)
        top_right, low_right = (dates, wrap(r"\small", place)) if self.dates_top else (place, dates)
        if not second:  # one line (a role under its employer): dates and place both at its right
            top_right, low_right = joined(self.sep, top_right, low_right), ""
        out = [r"\par\addvspace{4pt}",
               self.line(wrap(r"\bfseries", first), top_right),
               self.line(wrap(r"\small\itshape", second), low_right)]
        out += [rf"{{\small {d}\par}}" for d in self.details(role)]
        out.append(wrap(r"\small", self.bullets(role)))
        return "\n".join(x for x in out if x)

    def item(self, it: Item) -> str:
        lead = wrap(r"\bfseries", tex(it.lead))
        body = joined(": ", lead, tex(it.body))
        if not it.lead and self.item_bullets:
            body = rf"\makebox[{self.bullet_indent}em][l]{{{self.bullet}}}{body}"
        date = rf"{FLUSH}{tex(it.date)}" if it.date else ""
        return (rf"{{\small\hangindent={self.bullet_indent}em\hangafter=1\leftskip=0.6em\noindent "
                rf"{body}{date}\par}}")


class Sidebar(Article):
    """XeLaTeX, a system font and a coloured full-height left sidebar (drawn on every page) holding
    the contacts, skills, languages and interests; experience, education and the rest in the main
    column. paracol keeps the two columns side by side across pages. Headings letter-spaced caps."""
    engine = "xelatex"

    def __init__(self, doc, rng):
        super().__init__(doc, rng)
        self.ratio = jitter(rng, 0.3, 0.12)
        self.gap = jitter(rng, 12, 0.2)                  # mm between the columns
        self.margin = [jitter(rng, 14, 0.2), jitter(rng, 14, 0.25), jitter(rng, 14, 0.2), jitter(rng, 9, 0.2)]
        self.caps = "upper"
        self.tracking = rng.choice([80, 120, 160, 200])
        self.dark = rng.random() < 0.5                   # dark sidebar with white text, or a light tint
        base = colour(rng, dark=self.dark)
        self.side = hexc(base)
        self.icons = rng.random() < 0.7
        self.tags = rng.random() < 0.4                   # skills as tinted chips
        self.name_in_side = rng.random() < 0.35
        self.dates_right = rng.random() < 0.6            # else on their own line above the title
        self.rule = rng.random() < 0.6

    def preamble(self) -> str:
        top, right, _, left = self.margin
        width = PAPER_MM[self.paper][0] - left - right
        col0 = self.ratio * (width - self.gap)
        self.main_indent = col0 + self.gap
        strip = left + col0 + self.gap / 2
        side_text = "white" if self.dark else "black!85"
        chip = "white!22!side" if self.dark else "white!55!side"
        tint = "" if self.dark else r"\colorlet{side}{side!22!white}"
        return self.base_preamble() + rf"""\usepackage{{paracol}}
\definecolor{{side}}{{HTML}}{{{self.side}}}
{tint}
\colorlet{{sidetext}}{{{side_text}}}
\colorlet{{chip}}{{{chip}}}
\colorlet{{sideaccent}}{{{'white' if self.dark else 'accent'}}}
\columnratio{{{self.ratio}}}
\setlength{{\columnsep}}{{{self.gap}mm}}
\AddToHook{{shipout/background}}{{\put(0,-\paperheight){{\textcolor{{side}}{{\rule{{{strip:.2f}mm}}{{\paperheight}}}}}}}}
\newcommand{{\chip}}[1]{{\colorbox{{chip}}{{\strut #1}}}}
"""

    def source(self) -> str:
        doc = self.doc
        side = [s for s in doc.sections if s.kind in SIDE_KINDS or
                (s.children and all(c.kind in SIDE_KINDS for c in s.children))]
        main = [s for s in doc.sections if s not in side]
        self.in_side = True
        left = [self.side_header()] + [self.section(s) for s in side]
        self.in_side = False
        right = [self.section(s) for s in main]
        preamble = self.preamble()
        return (f"{preamble}\n\\begin{{document}}\n\\begin{{paracol}}{{2}}[{self.spanning_header()}]\n"
                "\\color{sidetext}\\raggedright\n"
                + "\n\n".join(x for x in left if x) + "\n\\switchcolumn\n\\color{black}\n"
                + "\n\n".join(x for x in right if x) + "\n\\end{paracol}\n\\end{document}\n")

    def name_block(self) -> str:
        doc = self.doc
        size = r"\LARGE" if self.in_side else r"\huge"
        out = [rf"{{{size}\bfseries {tex(doc.name)}\par}}"]
        if doc.headline:
            out.append(rf"\smallskip{{\large {tex(doc.headline)}\par}}")
        return "\n".join(out) + r"\par\bigskip"

    def side_header(self) -> str:
        out = [self.name_block()] if self.name_in_side else []
        for c in self.doc.contacts:
            icon = rf"\makebox[1.4em][l]{{\textcolor{{sideaccent}}{{\FA {FA.get(c.network or '', FA.get(c.kind, FA['profile']))}}}}}" \
                if self.icons else ""
            label = self.doc.labels.get(c.kind) if self.labelled and not self.icons else None
            label = rf"{{\bfseries {tex(label)}}}\\" if label else ""
            out.append(rf"{{\small {label}{icon}{href(c, breakable=True)}\par}}\smallskip")
        return "\n".join(out) + r"\par\medskip"

    def spanning_header(self) -> str:
        """The name above the main column, typeset before the columns so that it comes first in the
        content stream (before the contacts, which often hold the name)."""
        if self.name_in_side:
            return ""
        return rf"{{\leftskip={self.main_indent:.2f}mm\relax {self.name_block()}\par}}"

    def heading(self, text: str, sub: bool) -> str:
        colour_ = "sideaccent" if self.in_side else "accent"
        if sub:
            return (rf"\par\addvspace{{6pt}}\Needspace{{3\baselineskip}}{{\bfseries\color{{{colour_}}}"
                    rf"{self.cased(text, 'none', 0)}}}\par\nobreak\smallskip")
        rule = rf"\par\nobreak\vspace{{3pt}}{{\color{{{colour_}}}\hrule height 0.6pt}}" if self.rule else ""
        return (rf"\par\addvspace{{12pt}}\Needspace{{5\baselineskip}}{{\large\bfseries\color{{{colour_}}}"
                rf"{self.cased(text)}}}{rule}\par\nobreak\medskip")

    def summary(self, text: str) -> str:
        return tex(text) + r"\par"

    def group(self, text: str) -> str:
        return rf"\par\addvspace{{3pt}}{{\itshape {tex(text)}}}\par\nobreak"

    def employer(self, e: Entry) -> str:
        return r"\par\addvspace{6pt}" + self.line(wrap(r"\large\bfseries", tex(e.org)), wrap(r"\itshape", tex(e.place)))

    def role(self, role: Role, org: Optional[str], place: Optional[str]) -> str:
        first, second = self.head_pair(role, org)
        dates = wrap(r"\small\color{accent}", tex(role.dates))
        out = [r"\par\addvspace{5pt}"]
        if self.dates_right:
            out.append(self.line(wrap(r"\bfseries", first), dates))
        else:
            out += [self.line(dates, ""), self.line(wrap(r"\bfseries", first), "")]
        out.append(self.line(joined(self.sep, wrap(r"\itshape", second), wrap(r"\small", tex(place))), ""))
        out += [rf"{d}\par" for d in self.details(role)]
        out.append(self.bullets(role))
        return "\n".join(x for x in out if x)

    def item(self, it: Item) -> str:
        if self.in_side:
            lead = rf"{{\bfseries {tex(it.lead)}}}\par " if it.lead else ""
            if self.tags and it.values:
                body = " ".join(rf"\chip{{{tex(v)}}}" for v in it.values)
            else:
                body = tex(it.body)
            date = rf"\par{{\small {tex(it.date)}}}" if it.date else ""
            return rf"{{\small {lead}{body}{date}\par}}\smallskip"
        body = joined(": ", wrap(r"\bfseries", tex(it.lead)), tex(it.body))
        return self.line(body, wrap(r"\small\color{accent}", tex(it.date))) + r"\smallskip"


class DatesAbove(Article):
    """LuaLaTeX with a serif font that has real small caps: small-caps headings, and either each
    entry's dates on their own line above its title or a timeline with the dates in a narrow left
    column (items' dates too)."""
    engine = "lualatex"
    fonts_from = SMALL_CAPS_SERIF

    def __init__(self, doc, rng):
        super().__init__(doc, rng)
        self.caps = "small"
        self.tracking = rng.choice([0, 30, 60])
        self.timeline = rng.random() < 0.5
        self.date_col = jitter(rng, 32, 0.1)           # mm
        self.centred = rng.random() < 0.5
        self.rule = rng.choice(["below", "above", "none"])
        self.date_style = rng.choice([r"\itshape", r"\scshape", r"\color{accent}"])
        self.name_sc = rng.random() < 0.7

    def preamble(self) -> str:
        return self.base_preamble() + rf"\newlength{{\datecol}}\setlength{{\datecol}}{{{self.date_col}mm}}"

    def dated(self, dates: str, body: str) -> str:
        return self.labelled_block(r"\datecol", wrap(r"\footnotesize", dates), body)

    def header(self) -> str:
        doc = self.doc
        name = rf"\textsc{{{tex(doc.name)}}}" if self.name_sc else tex(doc.name)
        out = [rf"{{\huge {name}}}\par\smallskip"]
        if doc.headline:
            out.append(rf"{{\large\itshape {tex(doc.headline)}}}\par\smallskip")
        out.append(rf"{{\small {self.sep.join(self.contact(c, breakable=True) for c in doc.contacts)}}}\par")
        block = "\n".join(out)
        return (f"\\begin{{center}}\n{block}\n\\end{{center}}" if self.centred else block) + r"\bigskip"

    def heading(self, text: str, sub: bool) -> str:
        if sub:
            return rf"\par\addvspace{{8pt}}\Needspace{{3\baselineskip}}{{\large\itshape {tex(text)}}}\par\nobreak\smallskip"
        rule = r"{\color{accent}\hrule height 0.5pt}"
        head = rf"{{\Large\color{{accent}}{self.cased(text)}}}\par"
        above = rule + r"\nobreak\vspace{3pt}" if self.rule == "above" else ""
        below = r"\nobreak\vspace{2pt}" + rule if self.rule == "below" else ""
        return rf"\par\addvspace{{14pt}}\Needspace{{5\baselineskip}}{above}{head}{below}\nobreak\vspace{{5pt}}"

    def group(self, text: str) -> str:
        return rf"\par\addvspace{{4pt}}{{\scshape {tex(text)}}}\par\nobreak"

    def summary(self, text: str) -> str:
        return self.dated("", tex(text)) if self.timeline else tex(text) + r"\par"

    def employer(self, e: Entry) -> str:
        text = joined(", ", wrap(r"\bfseries\large", tex(e.org)), wrap(r"\itshape", tex(e.place)))
        return r"\par\addvspace{6pt}" + "\n" + (self.dated("", text) if self.timeline else rf"\noindent {text}\par")

    def role(self, role: Role, org: Optional[str], place: Optional[str]) -> str:
        first, second = self.head_pair(role, org)
        title = joined(", ", wrap(r"\bfseries", first), wrap(r"\itshape", second))
        lines = [x for x in (title, wrap(r"\small", tex(place))) if x]
        body = [rf"{d}\par" for d in self.details(role)] + [self.bullets(role)]
        dates = wrap(self.date_style, tex(role.dates))
        if self.timeline:
            text = "\n".join([r"\newline ".join(lines) + r"\par"] + [x for x in body if x])
            return r"\par\addvspace{5pt}" + "\n" + self.dated(dates, text)
        out = [r"\par\addvspace{6pt}", self.line(wrap(r"\small", dates), "")]
        out += [self.line(x, "") for x in lines] + body
        return "\n".join(x for x in out if x)

    def item(self, it: Item) -> str:
        body = joined(": ", wrap(r"\scshape", tex(it.lead)), tex(it.body))
        if self.timeline:
            return self.dated(wrap(self.date_style, tex(it.date)), body) + r"\smallskip"
        return self.line(body, wrap(r"\small", tex(it.date))) + r"\smallskip"


class Academic(Article):
    """pdfLaTeX academic vita: serif, contacts in two flush columns under the name, headings over a
    full rule, dates right of the degree / position line, numbered publications, dated items with
    the year in a hanging label, skills and languages in a two-column grid."""
    GRID_KINDS = ("skills", "languages", "interests")

    def __init__(self, doc, rng):
        super().__init__(doc, rng)
        self.font = rng.choice(["lm-serif", "palatino", "times", "charter", "utopia", "newcentury"])
        self.real_sc = PDF_FONTS[self.font][1]
        self.caps = rng.choice(["small", "upper", "none"])
        self.number_style = rng.choice(["[{n}]", "{n}.", "({n})"]) if rng.random() < 0.85 else None
        self.reverse = rng.random() < 0.4                 # newest-first numbering (n ... 1)
        self.label_width = jitter(rng, 2.4, 0.15)         # em, for numbers; cm for dates
        self.grid = rng.random() < 0.7
        self.org_first = rng.random() < 0.35              # degree / position first, mostly

    def preamble(self) -> str:
        return self.base_preamble() + "\\usepackage{multicol}\n"

    def header(self) -> str:
        doc = self.doc
        name = rf"\textsc{{{tex(doc.name)}}}" if self.real_sc and self.caps == "small" else rf"\textbf{{{tex(doc.name)}}}"
        out = [rf"\begin{{center}}{{\LARGE {name}}}"]
        if doc.headline:
            out.append(rf"\\[3pt]{{\itshape {tex(doc.headline)}}}")
        out.append(r"\end{center}")
        half = (len(doc.contacts) + 1) // 2
        left = r"\\".join(self.contact(c, True) for c in doc.contacts[:half])
        right = r"\\".join(self.contact(c, True) for c in doc.contacts[half:])
        out.append(rf"{{\small\noindent\parbox[t]{{0.48\linewidth}}{{\raggedright {left}}}\hfill"
                   rf"\parbox[t]{{0.48\linewidth}}{{\raggedleft {right}}}\par}}\medskip")
        return "\n".join(out)

    def heading(self, text: str, sub: bool) -> str:
        if sub:
            return rf"\par\addvspace{{8pt}}\Needspace{{3\baselineskip}}\noindent{{\bfseries\itshape {tex(text)}}}\par\nobreak\smallskip"
        return (rf"\par\addvspace{{12pt}}\Needspace{{6\baselineskip}}\noindent{{\large\bfseries\color{{accent}}"
                rf"{self.cased(text)}}}\par\nobreak\vspace{{2pt}}{{\color{{accent}}\hrule height 0.5pt}}"
                r"\nobreak\vspace{5pt}")

    def section(self, sec: Section, sub: bool = False) -> str:
        """As every layout's, with grid sections in two columns and numbered citations."""
        if self.grid and sec.kind in self.GRID_KINDS and sec.items and not sec.children:
            items = "\n".join(self.item(it) for it in sec.items)
            return self.heading(sec.heading, sub) + f"\n\\begin{{multicols}}{{2}}\n{items}\n\\end{{multicols}}"
        if sec.kind == "publications" and self.number_style:
            self.numbers = list(range(len(sec.items), 0, -1) if self.reverse else range(1, len(sec.items) + 1))
        else:
            self.numbers = None
        self.index = 0
        return super().section(sec, sub)

    def group(self, text: str) -> str:
        return rf"\par\addvspace{{4pt}}\noindent{{\itshape {tex(text)}}}\par\nobreak\smallskip"

    def employer(self, e: Entry) -> str:
        return r"\par\addvspace{5pt}" + self.line(wrap(r"\bfseries", tex(e.org)), tex(e.place))

    def role(self, role: Role, org: Optional[str], place: Optional[str]) -> str:
        first, second = self.head_pair(role, org)
        out = [r"\par\addvspace{5pt}", self.line(wrap(r"\bfseries", first), tex(role.dates)),
               self.line(joined(", ", wrap(r"\itshape", second), tex(place)), "")]
        out += [rf"{d}\par" for d in self.details(role)]
        out.append(self.bullets(role))
        return "\n".join(x for x in out if x)

    def item(self, it: Item) -> str:
        body = joined(": ", wrap(r"\bfseries", tex(it.lead)), tex(it.body))
        if self.numbers is not None:
            n = self.numbers[self.index]
            self.index += 1
            return self.labelled_block(f"{self.label_width}em", tex(self.number_style.format(n=n)), body) + r"\smallskip"
        if it.date:
            return self.labelled_block(f"{self.label_width}cm", tex(it.date), body) + r"\smallskip"
        return rf"\noindent {body}\par\smallskip"


TEMPLATES = [
    Template("moderncv-classic", "pdflatex", _renderer(ModernCV), needs=("pdflatex",),
             layout="moderncv classic: dates and captions in a grey left label column, rules, name left and contacts right"),
    Template("moderncv-banking", "pdflatex", _renderer(ModernCVBanking), needs=("pdflatex",),
             layout="moderncv banking: centred header with bullet-separated contacts, organisation over position, "
                    "dates at the right"),
    Template("moderncv-casual", "lualatex", _renderer(ModernCVCasual), needs=("lualatex",),
             layout="moderncv casual (LuaLaTeX, system fonts): big name, label column, contacts in the footer"),
    Template("europasscv", "pdflatex", _renderer(Europass), needs=("pdflatex",),
             layout="europasscv: Europass logo, right-aligned caps captions in a left column with rules, "
                    "dates left of the title, icon contacts"),
    Template("latex-jake", "pdflatex", _renderer(Jake), needs=("pdflatex",),
             layout="one column, centred header with contacts between bars, small-caps headings over a rule, "
                    "organisation left and place right, position and dates below"),
    Template("xelatex-sidebar", "xelatex", _renderer(Sidebar), needs=("xelatex",),
             layout="full-height coloured left sidebar (icon contacts, skills as lines or chips, languages), "
                    "letter-spaced caps headings, dates right or above, system fonts"),
    Template("lualatex-dates-above", "lualatex", _renderer(DatesAbove), needs=("lualatex",),
             layout="serif with real small caps: small-caps headings with rules, dates on their own line above "
                    "each title or in a narrow left timeline column"),
    Template("latex-academic", "pdflatex", _renderer(Academic), needs=("pdflatex",),
             layout="academic vita: contacts in two flush columns, headings over a rule, dates right, "
                    "numbered publications, dated items with hanging labels, skills in a two-column grid"),
]
