"""Without the spaCy model the parser still runs, rule-based."""
import cvparse
from conftest import FIXTURES

from cvparse.fields import nlp


def test_rule_based_without_model(monkeypatch):
    monkeypatch.setattr(nlp, "pipeline", lambda: None)
    cv = cvparse.parse(FIXTURES / "hayou-cv.pdf", engine="pdfium")  # the fast engine: this tests the model fallback
    assert cv.basics.email and len(cv.experience) == 8 and len(cv.publications) == 24


def test_time_limit_during_model_load_is_not_taken_for_a_missing_model(monkeypatch):
    import sys
    import types

    import pytest

    from cvparse.errors import Timeout
    from cvparse.fields import nlp

    def load(*args, **kwargs):
        raise Timeout("over the time limit")

    fake = types.ModuleType("spacy")
    fake.load = load
    monkeypatch.setitem(sys.modules, "spacy", fake)
    nlp.pipeline.cache_clear()
    try:
        with pytest.raises(Timeout):
            nlp.pipeline()
    finally:
        monkeypatch.undo()
        nlp.pipeline.cache_clear()
