"""Every sample CV against its hand-written expected record.

Each must reach overall F1 0.93 under `cvparse eval`, on both engines.
"""
import json

import pytest
from conftest import ENGINES, FIXTURES, parsed

from cvparse.evaluate import evaluate

FLOORS = {
    "word-docx": 0.93,
    "html-sidebar": 0.93,
    "moderncv-dates-left": 0.93,
    "typst-resume": 0.93,
    "jakes-us-resume": 0.93,
    "cv-fr": 0.93,
    "lebenslauf-de": 0.93,
    "cv-es": 0.93,
    "html-fakebold": 0.93,  # bold drawn twice, letter-spaced headings
    "glyph-kerning": 0.93,  # manual kerns inside words, spaces printed as glyphs
    "glyph-dropcap": 0.93,  # a decorative initial three lines tall
    "glyph-icons": 0.93,  # icon glyphs touching the first letter of their text
    "glyph-cjk-doubles": 0.93,  # CJK display text drawn twice (offset, same origin, fill + stroke)
    "sidebar-right-aligned": 0.93,  # right-aligned sidebar text, headings in filled boxes
    "sidebar-right": 0.93,  # the sidebar on the right of the main column
    "landscape-two-column": 0.93,  # an A4 landscape page in two columns under a full-width header
    "design-textboxes": 0.93,  # positioned text boxes drawn in an order unrelated to reading order
    "three-columns": 0.93,  # a CSS grid of three columns on one baseline grid
    "word-boxes-side-by-side": 0.93,  # two headed table cells side by side inside a one-column page
    "word-entry-tables": 0.93,  # a label row over a value row inside each entry
    "word-wrapped-header": 0.93,  # a name on two lines, long URLs wrapped in a narrow cell
}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("slug", sorted(FLOORS))
def test_sample_scores_at_least_its_floor(slug, engine):
    expected = json.loads((FIXTURES / f"{slug}.expected.json").read_text(encoding="utf-8"))
    report = evaluate(parsed(slug, engine), expected)
    assert report.overall.f1 >= FLOORS[slug], report.table() + "\n" + "\n".join(report.misses[:40])


def test_samples_have_contact_details():
    for slug in FLOORS:
        assert parsed(slug)["basics"]["emails"], slug
