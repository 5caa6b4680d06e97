"""The review page: one image per PDF page, one box per provenance entry, at the place it names."""
import base64
import io
import os
import re
from html.parser import HTMLParser

import pytest
from conftest import FIXTURES, parsed
from PIL import Image
from typer.testing import CliRunner

from cvparse.cli import app
from cvparse.export.review_html import KIND_COLOURS, review_page
from cvparse.model import CV, Source

LISTS = ("experience", "education", "awards", "publications", "talks", "teaching", "service",
         "skills", "languages", "interests", "other")


class Page(HTMLParser):
    """The figures (pages), their images and their boxes, as the browser would lay them out."""

    def __init__(self) -> None:
        super().__init__()
        self.figures: list[dict] = []
        self.tags: list[tuple[str, dict]] = []
        self.text = {"style": "", "script": ""}  # the inline style sheet and script
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self._in = tag if tag in self.text else None
        if tag == "figure":
            self.figures.append({"page": int(attrs["data-page"]), "width": float(attrs["data-width"]),
                                 "height": float(attrs["data-height"]), "images": [], "boxes": []})
        elif tag == "img" and self.figures:
            self.figures[-1]["images"].append(attrs)
        elif tag == "div" and "box" in attrs.get("class", "").split():
            style = dict(part.split(":") for part in attrs["style"].split(";"))
            self.figures[-1]["boxes"].append({**attrs, **{k: float(v.rstrip("%")) for k, v in style.items()}})

    def handle_data(self, data):
        if self._in:
            self.text[self._in] += data

    def handle_endtag(self, tag):
        self._in = None


def provenance(cv: CV) -> list[Source]:
    sources = list(cv.basics.provenance.values())
    sources += [s for section in cv.sections for s in section.provenance.values()]
    sources += [s for key in LISTS for entry in getattr(cv, key) for s in entry.provenance.values()]
    return sources


@pytest.fixture(scope="module")
def golden():
    cv = CV.model_validate(parsed("hayou-cv"))
    pdf = (FIXTURES / "hayou-cv.pdf").read_bytes()
    page = Page()
    page.feed(review_page(cv, pdf))
    return cv, page


def test_one_image_per_page_at_the_page_size(golden):
    cv, page = golden
    assert [f["page"] for f in page.figures] == list(range(1, cv.source.pages + 1))
    for figure in page.figures:
        assert len(figure["images"]) == 1
        src = figure["images"][0]["src"]
        assert src.startswith("data:image/png;base64,")
        image = Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1])))
        # An A4 or Letter page at 2 pixels per point, drawn (not blank).
        assert image.width == pytest.approx(2 * figure["width"], abs=1)
        assert image.height == pytest.approx(2 * figure["height"], abs=1)
        assert 500 < figure["width"] < 700
        assert image.convert("L").getextrema()[0] < 100


def test_one_box_per_provenance_entry_where_it_points(golden):
    cv, page = golden
    drawn = sorted((f["page"], round(b["left"] * f["width"] / 100, 1), round(b["top"] * f["height"] / 100, 1),
                    round((b["left"] + b["width"]) * f["width"] / 100, 1),
                    round((b["top"] + b["height"]) * f["height"] / 100, 1))
                   for f in page.figures for b in f["boxes"])
    expected = sorted((s.page, *(round(v, 1) for v in s.box)) for s in provenance(cv))
    assert len(drawn) == len(expected) > 300
    for got, want in zip(drawn, expected):
        assert got[0] == want[0] and got[1:] == pytest.approx(want[1:], abs=0.2)
    for figure in page.figures:
        for box in figure["boxes"]:
            assert 0 <= box["left"] <= box["left"] + box["width"] <= 100.001
            assert 0 <= box["top"] <= box["top"] + box["height"] <= 100.001


def test_boxes_are_coloured_by_kind_and_labelled(golden):
    _, page = golden
    boxes = [b for f in page.figures for b in f["boxes"]]
    kinds = {b["data-kind"] for b in boxes}
    assert {"section", "entry", "person", "dates", "organization", "title"} <= kinds
    colours = {}
    for kind in kinds:
        rule = re.search(r"\.box\.k-%s\{border-color:(#[0-9a-f]{6})" % kind, page.text["style"])
        assert rule, kind
        colours[kind] = rule.group(1)
    assert len(set(colours.values())) == len(colours)  # one colour per kind
    dated = [b for b in boxes if b["data-kind"] == "dates"]
    assert all(re.search(r"· (start|end|dates_text|date|year|terms) = ", b["title"]) for b in dated)
    assert any("experience[0] · organization = " in b["title"] for b in boxes)
    assert set(KIND_COLOURS) >= kinds


def _record_target(ref: str, ids: set[str]) -> str | None:
    """The record element a box's click highlights, by the page script's rule (recordTarget):
    the ref's own row, else its entry, else its section."""
    parts = ref.split("-")
    while parts and "-".join(parts) not in ids:
        parts.pop()
    return "-".join(parts) or None


def _ids(page: Page) -> set[str]:
    return {attrs["id"] for _, attrs in page.tags if attrs.get("id")}


def test_clicking_a_box_highlights_and_scrolls_to_its_entry(golden):
    _, page = golden
    ids = _ids(page)
    refs = {box["data-ref"] for figure in page.figures for box in figure["boxes"]}
    assert refs and all(_record_target(ref, ids) == ref for ref in refs)  # every box has its own row
    script = page.text["script"]
    assert "recordTarget(ref)" in script and "closest('.entry')" in script and "scrollIntoView" in script
    assert ".entry.hl{" in page.text["style"]  # the highlighted entry is seen, not only its row


def test_a_box_whose_value_is_empty_highlights_its_entry():
    cv = CV.model_validate(parsed("hayou-cv"))
    index, entry = next((i, e) for i, e in enumerate(cv.experience) if "location" in e.provenance)
    entry.location = None  # provenance left behind: the record has no row for it
    page = Page()
    page.feed(review_page(cv, (FIXTURES / "hayou-cv.pdf").read_bytes()))
    ids = _ids(page)
    assert f"experience-{index}-location" not in ids
    assert _record_target(f"experience-{index}-location", ids) == f"experience-{index}"


def test_self_contained_and_escaped():
    cv = CV.model_validate(parsed("jakes-us-resume"))
    cv.basics.name = '"><script>alert(1)</script>'
    html = review_page(cv, (FIXTURES / "jakes-us-resume.pdf").read_bytes())
    assert "<script>alert" not in html
    page = Page()
    page.feed(html)
    for tag, attrs in page.tags:
        assert tag != "link"
        for name in ("src", "href"):
            assert not attrs.get(name, "").startswith(("http:", "https:", "//")), (tag, attrs)
    assert [t for t, _ in page.tags].count("script") == 1


def test_show_command_writes_a_private_page(tmp_path):
    out = tmp_path / "review.html"
    r = CliRunner().invoke(app, ["show", str(FIXTURES / "jakes-us-resume.pdf"), "--html", str(out)])
    assert r.exit_code == 0, r.output
    assert os.stat(out).st_mode & 0o777 == 0o600
    page = Page()
    page.feed(out.read_text(encoding="utf-8"))
    assert len(page.figures) == 1 and len(page.figures[0]["boxes"]) > 20


def test_show_command_bad_input_is_one_line(tmp_path):
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"not a pdf at all")
    r = CliRunner().invoke(app, ["show", str(bad), "--html", str(tmp_path / "x.html")])
    assert r.exit_code == 3 and not (tmp_path / "x.html").exists()
