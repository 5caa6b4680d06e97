"""Without the spaCy model the parser still runs, rule-based."""
import cvparse
from conftest import FIXTURES

from cvparse.fields import nlp


def test_rule_based_without_model(monkeypatch):
    monkeypatch.setattr(nlp, "pipeline", lambda: None)
    cv = cvparse.parse(FIXTURES / "hayou-cv.pdf", engine="pdfium")  # the fast engine: this tests the model fallback
    assert cv.basics.email and len(cv.experience) == 8 and len(cv.publications) == 24
