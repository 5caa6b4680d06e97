"""The NER pipeline: only the parts the parser uses are loaded, with the same results."""
from __future__ import annotations

import spacy

from cvparse.fields import nlp

TRICKY = ["Acme Inc., St. Louis, MO", "Ph.D. in C.S. at U.S. Naval Academy", "don't e.g. Dr. Smith's lab",
          "Société Générale — Paris", "Jan.–Dec. 2019, N.Y.C.", "AT&T Labs (2010-2012)", "R&D @ Google"]


def test_pipeline_runs_ner_alone():
    assert nlp.pipeline().pipe_names == ["ner"]


def test_default_tokenizer_matches_the_packaged_one():
    # The pipeline skips reading the package's tokenizer from disk; that is only sound
    # while the package's rules are the language defaults.
    packaged = spacy.load(nlp.MODEL, exclude=list(nlp._DISABLED) + ["ner"])
    fast = nlp.pipeline()
    for text in TRICKY:
        assert [t.text for t in fast.tokenizer(text)] == [t.text for t in packaged.tokenizer(text)], text


def test_blocks_that_ask_spacy_nothing_are_parsed_once(monkeypatch):
    import cvparse.fields as fields
    from cvparse.extract import extract
    from cvparse.segment import segment
    from conftest import FIXTURES

    calls = {"experience": 0, "publications": 0}
    for kind in calls:
        def counted(block, heading, _parse=fields.PARSERS[kind], _kind=kind):
            calls[_kind] += 1
            return _parse(block, heading)
        monkeypatch.setitem(fields.PARSERS, kind, counted)
    doc = segment(extract((FIXTURES / "hayou-cv.pdf").read_bytes()))
    blocks = {k: sum(len(s.blocks) for s in doc.sections if s.kind == k) for k in calls}
    nlp._memo.clear()
    cv = fields.build_record(doc)
    assert len(cv.publications) == blocks["publications"] == calls["publications"]
    # An experience title is asked about only when its words leave open which part is the
    # employer; most entries are settled by the first pass (test_ner_questions.py).
    assert blocks["experience"] == len(cv.experience) <= calls["experience"] < 2 * blocks["experience"]
