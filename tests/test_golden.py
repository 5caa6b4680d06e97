"""The golden CV: the whole pipeline against a hand-written expected record."""
import json

from conftest import FIXTURES

from cvparse.evaluate import evaluate

EXPECTED = json.loads((FIXTURES / "hayou-cv.expected.json").read_text(encoding="utf-8"))


def test_golden_counts_and_f1(golden_record):
    report = evaluate(golden_record, EXPECTED)
    detail = report.table() + "\n" + "\n".join(report.misses[:60])
    for name, score in report.lists.items():
        assert score.expected_entries == score.got_entries, f"{name} count differs\n{detail}"
    assert report.overall.f1 >= 0.97, detail


def test_golden_provenance(golden_record):
    exp = golden_record["experience"][0]
    page, box = exp["provenance"]["organization"]["page"], exp["provenance"]["organization"]["box"]
    assert page == 1 and box[0] < box[2] and box[1] < box[3]
    assert golden_record["basics"]["provenance"]["name"]["page"] == 1


def test_golden_source(golden_record):
    assert golden_record["schema"] == "cvparse/1"
    assert golden_record["source"]["pages"] >= 3
    assert len(golden_record["source"]["sha256"]) == 64
