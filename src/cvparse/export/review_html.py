"""The review page: every PDF page as an image with a box over each section, entry and
field the parser read, beside the record, in one self-contained HTML file.

A reviewer opens it to see why a field is wrong: hovering a box names the field
and its value, clicking a box or a row of the record shows the other. Nothing
is fetched: styles, script and the page images (PNG) are inline.
"""
from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from html import escape
from typing import Any

from ..extract.render import PageImage, render_pages
from ..model import CV, ENTRY_LISTS, Source

# Pixels per PDF point of the embedded images (144 dpi): sharp when zoomed, small enough to mail.
IMAGE_SCALE = 2.0

LISTS = (*ENTRY_LISTS, "other")

# Boxes are coloured by what they hold; each field name belongs to one kind.
KIND_COLOURS = {
    "section": "#6b7280",
    "entry": "#2563eb",
    "person": "#db2777",
    "contact": "#ea580c",
    "title": "#7c3aed",
    "organization": "#0d9488",
    "dates": "#dc2626",
    "place": "#ca8a04",
    "text": "#16a34a",
    "hidden": "#111827",  # text a reader cannot see: not in the record, shown for the reviewer
}
FIELD_KINDS = {
    "person": ("name", "authors", "advisors"),
    "contact": ("email", "emails", "phone", "phones", "url", "urls", "profiles"),
    "title": ("headline", "position", "degree", "field", "title", "role", "course", "code", "category",
              "language", "kind", "status"),
    "organization": ("organization", "institution", "venue", "issuer"),
    "dates": ("start", "end", "dates_text", "date", "year", "terms"),
    "place": ("location",),
}
_KIND_OF = {name: kind for kind, names in FIELD_KINDS.items() for name in names}


def field_kind(name: str) -> str:
    if name in ("heading", "body"):
        return "section"
    if name in ("entry", "hidden"):
        return name
    return _KIND_OF.get(name, "text")


@dataclass
class Mark:
    """One box to draw: a provenance entry of the record."""

    kind: str
    source: Source
    label: str  # the hover text: where in the record, the field, its value
    ref: str  # the id of the record row it belongs to


def _value_text(value: object, limit: int = 160) -> str:
    if isinstance(value, list):
        value = "; ".join(_value_text(v, limit) for v in value)
    elif hasattr(value, "model_dump"):
        value = ", ".join(f"{k}: {v}" for k, v in value.model_dump().items() if v)
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def marks(cv: CV) -> list[Mark]:
    """Every provenance entry of the record (basics, sections, entries) as a box to draw."""
    out: list[Mark] = []
    for name, source in cv.basics.provenance.items():
        out.append(Mark(field_kind(name), source, f"basics · {name} = {_value_text(getattr(cv.basics, name, ''))}",
                        f"basics-{name}"))
    for i, section in enumerate(cv.sections):
        for name, source in section.provenance.items():
            out.append(Mark("section", source, f"section {name} · {section.heading} [{section.kind}]",
                            f"section-{i}"))
    for key in LISTS:
        for i, entry in enumerate(getattr(cv, key)):
            for name, source in entry.provenance.items():
                value = "" if name == "entry" else f" = {_value_text(getattr(entry, name, ''))}"
                ref = f"{key}-{i}" + ("" if name == "entry" else f"-{name}")
                out.append(Mark(field_kind(name), source, f"{key}[{i}] · {name}{value}", ref))
    for i, hidden in enumerate(cv.hidden_text):
        out.append(Mark("hidden", Source(page=hidden.page, box=hidden.box),
                        f"hidden text ({hidden.why}) · {_value_text(hidden.text)}", f"hidden-{i}"))
    return out


def _png(image: Any) -> str:  # PageImage.image: a PIL image (Pillow is an optional extra)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _percent(value: float, whole: float) -> float:
    return round(min(max(value / whole * 100.0, 0.0), 100.0), 3) if whole else 0.0


def _box_div(mark: Mark, width: float, height: float) -> str:
    x0, top, x1, bottom = mark.source.box
    left, up = _percent(x0, width), _percent(top, height)
    w, h = _percent(x1, width) - left, _percent(bottom, height) - up
    return (f'<div class="box k-{mark.kind}" style="left:{left}%;top:{up}%;width:{w:.3f}%;height:{h:.3f}%" '
            f'title="{escape(mark.label)}" data-ref="{escape(mark.ref)}" data-kind="{mark.kind}"></div>')


def _page_html(page: PageImage, page_marks: list[Mark]) -> str:
    # Big boxes first, so a field inside an entry stays on top and answers the mouse.
    ordered = sorted(page_marks, key=lambda m: -(m.source.box[2] - m.source.box[0]) * (m.source.box[3] - m.source.box[1]))
    boxes = "\n".join(_box_div(m, page.width, page.height) for m in ordered)
    return (f'<figure class="page" id="page-{page.number}" data-page="{page.number}" '
            f'data-width="{page.width:.2f}" data-height="{page.height:.2f}" style="max-width:{page.width * 1.5:.0f}px">'
            f'<figcaption>page {page.number}</figcaption><div class="sheet">'
            f'<img src="data:image/png;base64,{_png(page.image)}" width="{page.image.width}" '
            f'height="{page.image.height}" alt="page {page.number}">\n{boxes}</div></figure>')


def _row(ref: str, name: str, value: object) -> str:
    return (f'<div class="row" id="{escape(ref)}" data-ref="{escape(ref)}"><span class="key k-{field_kind(name)}">'
            f'{escape(name)}</span> <span class="val">{escape(_value_text(value, 600))}</span></div>')


def _record_html(cv: CV) -> str:
    parts = ['<section id="basics"><h2>Person</h2>']
    for name in ("name", "headline", "email", "phone", "url", "location", "emails", "phones", "urls", "profiles"):
        value = getattr(cv.basics, name)
        if value:
            parts.append(_row(f"basics-{name}", name, value))
    parts.append("</section>")
    if cv.summary:
        parts.append(f"<section><h2>Summary</h2><p>{escape(cv.summary)}</p></section>")
    parts.append("<section><h2>Sections</h2>")
    for i, section in enumerate(cv.sections):
        parts.append(_row(f"section-{i}", section.kind, f"{section.heading} (page {section.page})"))
    parts.append("</section>")
    for key in LISTS:
        entries = getattr(cv, key)
        if not entries:
            continue
        parts.append(f'<section id="{key}"><h2>{key.capitalize()} ({len(entries)})</h2>')
        for i, entry in enumerate(entries):
            rows = [_row(f"{key}-{i}-{name}", name, value) for name, value in entry
                    if name not in ("section", "provenance", "confidence") and value not in (None, "", [], False)]
            parts.append(f'<div class="entry" id="{key}-{i}" data-ref="{key}-{i}">{"".join(rows)}</div>')
        parts.append("</section>")
    if cv.hidden_text:
        parts.append(f"<section><h2>Hidden text ({len(cv.hidden_text)}): a reader cannot see it</h2>")
        parts += [_row(f"hidden-{i}", "hidden", f"[{h.why}] {h.text} (page {h.page})")
                  for i, h in enumerate(cv.hidden_text)]
        parts.append("</section>")
    if cv.warnings:
        parts.append("<section><h2>Warnings</h2><ul>" + "".join(f"<li>{escape(w)}</li>" for w in cv.warnings)
                     + "</ul></section>")
    parts.append(f"<details><summary>JSON record</summary><pre>{escape(cv.to_json())}</pre></details>")
    return "\n".join(parts)


def _legend(all_marks: list[Mark]) -> str:
    counts = {kind: sum(m.kind == kind for m in all_marks) for kind in KIND_COLOURS}
    items = "".join(f'<span class="swatch k-{kind}" title="{escape(", ".join(FIELD_KINDS.get(kind, ())))}">'
                    f"{kind} ({n})</span>" for kind, n in counts.items() if n)
    return f'<div class="legend">{items}</div>'


def _style() -> str:
    # Fields are tinted; entries and sections only outlined, so the text under them stays readable.
    colours = "\n".join(f".box.k-{k}{{border-color:{c}{'' if k in ('section', 'entry') else f';background:{c}1f'}}}"
                         f" .k-{k}.swatch{{border-color:{c};background:{c}33}} .key.k-{k}{{color:{c}}}"
                         for k, c in KIND_COLOURS.items())
    return _CSS + colours


_CSS = """
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#111}
header{padding:8px 16px;background:#f3f4f6;border-bottom:1px solid #ddd}
header h1{font-size:18px;margin:0 0 4px}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);height:calc(100vh - 96px)}
.pages,.record{overflow:auto;padding:12px 16px}
.record{border-left:1px solid #ddd;background:#fafafa}
.page{margin:0 auto 24px}
.page figcaption{color:#555;font-size:12px}
.sheet{position:relative;box-shadow:0 1px 4px #0004}
.sheet img{display:block;width:100%;height:auto}
.box{position:absolute;box-sizing:border-box;border:1.5px solid;cursor:pointer}
.box.k-section{border-style:dashed}
.box:hover,.box.hl{outline:3px solid #000;z-index:5}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin-top:4px}
.swatch{border:2px solid;padding:0 6px;border-radius:3px;font-size:12px}
.record h2{font-size:15px;margin:14px 0 4px;border-bottom:1px solid #ddd}
.entry{background:#fff;border:1px solid #e5e7eb;border-radius:4px;margin:6px 0;padding:4px 6px}
.row{cursor:pointer;padding:1px 2px}
.row:hover,.row.hl{background:#fde68a}
.entry.hl{border-color:#2563eb;box-shadow:0 0 0 2px #2563eb66}
.key{font-weight:600;margin-right:4px}
pre{white-space:pre-wrap;font-size:11px}
"""

# Clicking a box highlights its row and the row's entry in the record and scrolls to them; clicking a
# row (or an entry) highlights its boxes and scrolls to the first. A ref is "<list>-<i>-<field>": a
# field with no row (its value is empty) falls back to its entry, an entry to its section.
_SCRIPT = """
function recordTarget(ref){
  for(const parts=ref.split('-');parts.length;parts.pop()){
    const found=document.getElementById(parts.join('-'));
    if(found){return found;}
  }
  return null;
}
function show(ref, from){
  document.querySelectorAll('.hl').forEach(e=>e.classList.remove('hl'));
  const boxes=[...document.querySelectorAll('.box')].filter(b=>b.dataset.ref===ref||b.dataset.ref.startsWith(ref+'-'));
  boxes.forEach(b=>b.classList.add('hl'));
  const row=recordTarget(ref);
  const entry=row&&row.closest('.entry');
  [row,entry].forEach(e=>e&&e.classList.add('hl'));
  const target=from==='box'?row:boxes[0];
  if(target){target.scrollIntoView({block:'center',behavior:'smooth'});}
}
document.addEventListener('click',e=>{
  const box=e.target.closest('.box'); if(box){show(box.dataset.ref,'box');return;}
  const row=e.target.closest('.row,.entry'); if(row){e.stopPropagation();show(row.dataset.ref,'row');}
});
"""


def review_page(cv: CV, pdf: bytes, password: str | None = None) -> str:
    """The self-contained HTML review page of a parsed record and the PDF it was read from."""
    all_marks = marks(cv)
    figures = [_page_html(page, [m for m in all_marks if m.source.page == page.number])
               for page in render_pages(pdf, IMAGE_SCALE, password=password)]
    source = cv.source
    meta = escape(f"{source.file or 'stdin'} · {source.pages} pages · {source.engine} · {source.parser} · "
                  f"sha256 {(source.sha256 or '')[:12]}")
    title = escape(f"cvparse review: {source.file or 'stdin'}")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>{title}</title><style>{_style()}</style></head>
<body><header><h1>{title}</h1><div>{meta}</div>{_legend(all_marks)}</header>
<div class="layout"><main class="pages">{"".join(figures)}</main>
<aside class="record">{_record_html(cv)}</aside></div>
<script>{_SCRIPT}</script></body></html>
"""

