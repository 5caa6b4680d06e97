"""The learned-decision runtime: trees read in pure Python, and the rules when no model ships."""
from cvparse.models import from_dict


def test_trees_sum_their_leaves_as_log_odds():
    # one tree: feature 0 <= 0.5 goes left (leaf -2), else right (leaf +2); a second constant tree
    model = from_dict({"features": ["a"], "threshold": 0.5,
                       "trees": [[[0, 0.5, 1, 2], [-2.0], [2.0]], [[0.5]]]})
    assert round(model.probability([0.0]), 4) == round(1 / (1 + 2.718281828459045 ** 1.5), 4)
    assert model.probability([1.0]) > 0.9 > model.threshold


def test_features_are_one_row_per_candidate_line():
    from pathlib import Path

    import cvparse.extract as extract
    from cvparse.segment.headings import rule_headings
    from cvparse.segment.typography import FEATURES, candidates, line_features
    layout = extract.extract((Path(__file__).parent / "fixtures" / "hayou-cv.pdf").read_bytes())
    lines = candidates(layout)
    rules = rule_headings(layout)
    rows = line_features(layout, lines, rules)
    assert len(rows) == len(lines) and all(len(r) == len(FEATURES) for r in rows)
    # the rules' own answer is a feature: every rule heading is a candidate line with it set
    at = FEATURES.index("rule_heading")
    assert sum(r[at] for r in rows) == len(rules)


def _constant(log_odds: float):
    from cvparse.segment.typography import FEATURES
    return from_dict({"features": list(FEATURES), "threshold": 0.5, "trees": [[[log_odds]]]})


def test_using_swaps_the_model_and_none_means_the_rules():
    from pathlib import Path

    import cvparse.extract as extract
    from cvparse.models import load, using
    from cvparse.segment.headings import find_headings, rule_headings
    layout = extract.extract((Path(__file__).parent / "fixtures" / "hayou-cv.pdf").read_bytes())
    rules = rule_headings(layout)
    with using("headings", _constant(-5.0)):
        assert find_headings(layout) == {}  # a model that says no to every line
    with using("headings", None):
        assert load("headings") is None and find_headings(layout) == rules
    with using("headings", _constant(5.0)):
        yes = find_headings(layout)
    # a model that says yes to every candidate still leaves out the lines smaller than a
    # recurring heading style of their flow (sub-headings: "Coding", "Lecturer")
    assert set(rules) <= set(yes)
    texts = {text for text, _kind in yes.values()}
    assert "Coding" not in texts and "Lecturer" not in texts


def test_a_truth_heading_is_found_by_its_folded_letters():
    from cvparse.train import heading_key
    assert heading_key("Expérience professionnelle :") == heading_key("EXPERIENCE PROFESSIONNELLE")
    assert heading_key("Education") != heading_key("Experience")
