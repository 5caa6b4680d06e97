"""spaCy is asked only where its answer can change a field, and a block is parsed
again only when the answers it got differ from the collecting pass's guess."""
from __future__ import annotations

from conftest import make_line

import cvparse.fields as fields
from cvparse.fields import nlp
from cvparse.fields.experience import assign_roles
from cvparse.fields.header import Piece
from cvparse.layout import Layout, Page
from cvparse.segment import Document, Section
from cvparse.segment.entries import Block


def _asked(pieces: list[Piece]) -> list[str]:
    with nlp.collecting() as asked:
        assign_roles(pieces)
    return asked


def test_a_title_whose_words_decide_the_roles_asks_nothing(monkeypatch):
    monkeypatch.setattr(nlp, "_memo", {})
    assert _asked([Piece("Software Engineer", False, False), Piece("Cobalt Example", False, False)]) == []
    assert assign_roles([Piece("Cobalt Example", False, False), Piece("Software Engineer", False, False)])[:2] \
        == ("Cobalt Example", "Software Engineer")


def test_titles_the_words_cannot_tell_apart_are_asked_about(monkeypatch):
    monkeypatch.setattr(nlp, "_memo", {})
    assert sorted(_asked([Piece("Cobalt Example", False, False), Piece("Blue Harbour", False, False)])) \
        == ["Blue Harbour", "Cobalt Example"]


def test_only_blocks_whose_answers_hold_entities_are_parsed_again(monkeypatch):
    monkeypatch.setattr(nlp, "_memo", {})
    answers = {"Google": (("ORG", "Google"),), "fixing things": ()}
    calls: dict[str, int] = {}

    def asking(block, heading):
        calls[block.text] = calls.get(block.text, 0) + 1
        return fields.parse_experience(block, heading) if nlp.labels(block.text) is not None else None

    def batch(texts):
        texts = list(texts)
        if nlp._asked is not None:
            nlp._asked.extend(texts)
            return [()] * len(texts)
        return [answers[t] for t in texts]

    monkeypatch.setitem(fields.PARSERS, "experience", asking)
    monkeypatch.setattr(nlp, "entities", batch)
    section = Section("Experience", "experience", 1, None,
                      blocks=[Block(lines=[make_line("Google")]), Block(lines=[make_line("fixing things")])])
    doc = Document(header=[], sections=[section], layout=Layout(pages=[Page(1, 600.0, 800.0)]))
    assert len(fields.build_record(doc).experience) == 2
    assert calls == {"Google": 2, "fixing things": 1}
