"""A heading set on two rows of a narrow column is one heading."""
from conftest import make_line

from cvparse.layout import Layout, Page
from cvparse.segment import segment


def _layout(lines) -> Layout:
    return Layout(pages=[Page(number=1, width=600.0, height=800.0, lines=lines)])


def _body(top: float) -> list:
    return [make_line("Some Company, Some Town", top=top),
            make_line("2019 – 2021", top=top + 12),
            make_line("Analyst of many things in a long line of plain text here", top=top + 24)]


def test_a_heading_on_two_rows_is_one_section():
    lines = [make_line("Professional", top=100, size=14, bold=True),
             make_line("Background", top=116, size=14, bold=True), *_body(134),
             make_line("Education", top=200, size=14, bold=True), *_body(218)]
    doc = segment(_layout(lines))
    assert [(s.heading, s.kind) for s in doc.sections] == [("Professional Background", "experience"),
                                                          ("Education", "education")]


def test_a_list_in_the_heading_type_stays_under_its_heading():
    lines = [make_line("Skills", top=100, size=12, bold=True),
             make_line("Python", top=115, size=12, bold=True),
             make_line("Rust", top=130, size=12, bold=True),
             make_line("Education", top=160, size=14, bold=True), *_body(178)]
    doc = segment(_layout(lines))
    assert doc.sections[0].heading == "Skills"
