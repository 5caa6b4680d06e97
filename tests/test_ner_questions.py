"""spaCy is asked only where its answer can change a field, and a block is parsed
again only when the answers it got differ from the collecting pass's guess."""
from __future__ import annotations

from conftest import make_line

import cvparse.fields as fields
from cvparse.fields import nlp
from cvparse.fields.contact import read_basics
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


def _answering(monkeypatch, answers: dict) -> None:
    """spaCy stands in: the collecting pass notes the questions, the real pass gets ``answers``."""
    def batch(texts):
        texts = list(texts)
        if nlp._asked is not None:
            nlp._asked.extend(texts)
            return [()] * len(texts)
        return [answers[t] for t in texts]

    monkeypatch.setattr(nlp, "_memo", {})
    monkeypatch.setattr(nlp, "entities", batch)


def test_only_blocks_whose_answers_hold_entities_are_parsed_again(monkeypatch):
    _answering(monkeypatch, {"Google": (("ORG", "Google"),), "fixing things": ()})
    calls: dict[str, int] = {}

    def asking(block, heading):
        calls[block.text] = calls.get(block.text, 0) + 1
        return fields.parse_experience(block, heading) if nlp.labels(block.text) is not None else None

    monkeypatch.setitem(fields.PARSERS, "experience", asking)
    section = Section("Experience", "experience", 1, None,
                      blocks=[Block(lines=[make_line("Google")]), Block(lines=[make_line("fixing things")])])
    doc = Document(header=[], sections=[section], layout=Layout(pages=[Page(1, 600.0, 800.0)]))
    assert len(fields.build_record(doc).experience) == 2
    assert calls == {"Google": 2, "fixing things": 1}


def test_the_contact_details_are_read_once_when_only_the_name_was_asked_about(monkeypatch):
    _answering(monkeypatch, {"Jane Example": (("PERSON", "Jane Example"),)})
    reads = []

    def counted(*args):
        reads.append(1)
        return read_basics(*args)

    monkeypatch.setattr(fields, "read_basics", counted)
    header = [make_line("Jane Example", size=20.0), make_line("jane@example.org", top=130.0)]
    doc = Document(header=header, sections=[], layout=Layout(pages=[Page(1, 600.0, 800.0, lines=header)]))
    basics = fields.build_record(doc).basics
    assert (basics.name, basics.email, basics.confidence["name"]) == ("Jane Example", "jane@example.org", 0.95)
    assert len(reads) == 1


def test_a_block_whose_answers_judge_as_before_is_parsed_once(monkeypatch):
    from cvparse.fields.decisions import decide

    _answering(monkeypatch, {"Berlin": (("GPE", "Berlin"),), "Acme GmbH": (("ORG", "Acme GmbH"),)})
    calls: dict[str, int] = {}

    def asking(block, heading):
        calls[block.text] = calls.get(block.text, 0) + 1
        decide(block.text, lambda ents: any(label == "PERSON" for label, _ in ents))  # no person either way
        if block.text == "Acme GmbH":
            decide(block.text, lambda ents: any(label == "ORG" for label, _ in ents))  # a firm only with the answer
        return fields.parse_experience(block, heading)

    monkeypatch.setitem(fields.PARSERS, "experience", asking)
    section = Section("Experience", "experience", 1, None,
                      blocks=[Block(lines=[make_line("Berlin")]), Block(lines=[make_line("Acme GmbH")])])
    doc = Document(header=[], sections=[section], layout=Layout(pages=[Page(1, 600.0, 800.0)]))
    assert len(fields.build_record(doc).experience) == 2
    assert calls == {"Berlin": 1, "Acme GmbH": 2}


def test_answers_read_outside_a_decision_count_as_changed():
    from cvparse.fields.decisions import unchanged

    def person(ents):
        return any(label == "PERSON" for label, _ in ents)

    answers = {"Jane Doe": (("PERSON", "Jane Doe"),), "Acme": ()}
    assert unchanged(["Acme"], [], answers)  # no entities: nothing could change
    assert unchanged(["Jane Doe"], [("Jane Doe", lambda e: bool(e) and False, False)], answers)
    assert not unchanged(["Jane Doe"], [("Jane Doe", person, False)], answers)
    assert not unchanged(["Jane Doe", "Jane Doe"], [("Jane Doe", lambda e: False, False)], answers)  # once read directly
