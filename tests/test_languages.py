"""Spoken languages: a BCP 47 code for the name in any common CV language, a CEFR level."""
from conftest import make_line

from cvparse.fields.languages import cefr_level, language_code
from cvparse.fields.skills import parse_languages
from cvparse.segment.entries import Block


def test_language_names_in_the_cvs_language_get_their_code():
    assert [language_code(n) for n in ("Anglais", "Englisch", "Inglés", "Deutsch", "Kiswahili")] == [
        "en", "en", "en", "de", "sw"]


def test_a_name_langcodes_only_nearly_knows_gets_no_code():
    assert language_code("Klingonese") is None
    assert language_code("Moroccan") == "ary"  # from the table: langcodes alone answers "Moro"


def test_cefr_printed_or_implied_by_the_level():
    assert [cefr_level(x) for x in ("native", "Langue maternelle", "courant", "verhandlungssicher",
                                    "Upper intermediate", "intermediate", "notions", "Fluent (C1)", "b2")] == [
        "C2", "C2", "C1", "C1", "B2", "B1", "A2", "C1", "B2"]
    assert cefr_level("some words", None) is None


def test_parsed_languages_carry_code_and_level():
    langs = parse_languages(Block(lines=[make_line("Français – langue maternelle · Anglais – courant (C1) · Allemand – notions")]),
                            "Langues")
    assert [(x.code, x.cefr) for x in langs] == [("fr", "C2"), ("en", "C1"), ("de", "A2")]


def test_a_level_printed_after_the_name_without_a_separator():
    langs = parse_languages(Block(lines=[make_line("Alemán Nativo")]), "Idiomas")
    assert [(x.language, x.fluency, x.code, x.cefr) for x in langs] == [("Alemán", "Nativo", "de", "C2")]
    (lang,) = parse_languages(Block(lines=[make_line("italien [B1, scolaire]")]), "Langues")
    assert (lang.language, lang.code, lang.cefr) == ("italien", "it", "B1")
