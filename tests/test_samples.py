"""Every sample CV against its hand-written expected record.

The floors are regression guards at the scores reached so far (issue 3 asks
for 0.93 on each; see the issue for where the parser still falls short).
Raise a floor when a change lifts a score; never lower one to pass.
"""
import json

import pytest
from conftest import ENGINES, FIXTURES, parsed

from cvparse.evaluate import evaluate

FLOORS = {
    "word-docx": 0.85,
    "html-sidebar": 0.94,
    "moderncv-dates-left": 0.93,
    "typst-resume": 0.72,
    "jakes-us-resume": 0.79,
    "cv-fr": 0.74,
    "lebenslauf-de": 0.95,
    "cv-es": 0.83,
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
