"""Entry confidence: each entry's probability of being right, and how eval relates it to correctness."""
from pathlib import Path

import pytest

import cvparse
from cvparse.evaluate import confidence_pairs, evaluate, reliability
from cvparse.fields.confidence import FEATURES, entries, entry_rows
from cvparse.models import from_dict, using

FIXTURES = Path(__file__).parent / "fixtures"


def _constant(log_odds: float):
    return from_dict({"features": list(FEATURES), "threshold": 0.5, "trees": [[[log_odds]]]})


@pytest.fixture(scope="module")
def golden():
    return cvparse.parse(FIXTURES / "hayou-cv.pdf")


def test_every_entry_has_one_feature_row(golden):
    found, rows = entries(golden), entry_rows(golden)
    assert len(found) == len(rows) > 20 and all(len(r) == len(FEATURES) for r in rows)
    at = {name: FEATURES.index(name) for name in ("list_experience", "dated", "heading_names_it")}
    for (name, _i, entry), row in zip(found, rows):
        assert row[at["list_experience"]] == (name == "experience")
        if name == "experience":  # the golden CV's positions all print their dates
            assert row[at["dated"]] == 1.0 and entry.start


def test_the_shipped_model_rates_every_entry(golden):
    rated = [e.confidence for _name, _i, e in entries(golden)]
    assert rated and all(c is not None and 0.0 <= c <= 1.0 for c in rated)


def test_right_entries_are_rated_above_wrong_ones_on_documents_never_trained_on():
    """The committed synth slice is drawn from another seed than the model's training folder:
    a right entry should outrank a wrong one most of the time (area under the ROC curve)."""
    import json
    slice_ = FIXTURES / "synth"
    pairs = []
    for row in map(json.loads, (slice_ / "manifest.jsonl").read_text(encoding="utf-8").splitlines()):
        if row["id"].startswith("s"):  # drawn documents (the golden ones are this CV's own record)
            got = cvparse.parse(slice_ / f"{row['id']}.pdf").to_dict()
            truth = json.loads((slice_ / f"{row['id']}.truth.json").read_text(encoding="utf-8"))
            pairs += confidence_pairs(got, evaluate(got, truth))
    right = [c for c, ok in pairs if ok]
    wrong = [c for c, ok in pairs if not ok]
    assert len(right) > 100 and len(wrong) > 100
    auc = sum((a > b) + 0.5 * (a == b) for a in right for b in wrong) / (len(right) * len(wrong))
    assert auc >= 0.75, auc


def test_confidence_is_the_models_probability():
    with using("confidence", _constant(2.0)):
        cv = cvparse.parse(FIXTURES / "hayou-cv.pdf")
    assert {e.confidence for _n, _i, e in entries(cv)} == {round(1 / (1 + 2.718281828459045 ** -2.0), 3)}


def test_outcomes_say_which_parsed_entries_are_right():
    expected = {"experience": [{"organization": "Acme", "position": "Engineer", "start": "2020-01"}]}
    got = {"experience": [{"organization": "Acme", "position": "Engineer", "start": "2019-01", "confidence": 0.9},
                          {"organization": "Initech", "position": "Clerk", "confidence": 0.2}]}
    report = evaluate(got, expected)
    # the wrong start is one unit missed and one extra: 2 right of 4
    assert report.outcomes == {("experience", 0): 0.5, ("experience", 1): 0.0}
    assert confidence_pairs(got, report) == [(0.9, True), (0.2, False)]


def test_reliability_bins_by_decile():
    pairs = [(0.05, False), (0.95, True), (0.91, False), (1.0, True)]
    assert reliability(pairs) == [(0.0, 0.1, 1, 0.05, 0.0), (0.9, 1.0, 3, pytest.approx(2.86 / 3), pytest.approx(2 / 3))]
