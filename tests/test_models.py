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
