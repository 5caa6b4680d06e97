"""Fields as sidebars print them: chips, level cells, 'Company · City', a place among contact lines."""
from conftest import make_line

from cvparse.fields.contact import parse_basics
from cvparse.fields.experience import parse_experience
from cvparse.fields.skills import parse_languages, parse_skill
from cvparse.layout import Layout, Line, Page, Word
from cvparse.segment.entries import Block, split_entries, split_list


def _chip_line(chips: list[str], top: float = 100.0, size: float = 8.0) -> Line:
    """Words 0.25 em apart inside a chip, 1.5 em between chips."""
    words, x = [], 30.0
    for chip in chips:
        for token in chip.split():
            width = 0.5 * size * len(token)
            words.append(Word(token, x, top, x + width, top + size, size))
            x += width + 0.25 * size
        x += 1.25 * size
    return Line(words=words, page=1)


def test_chips_without_separators_are_keywords():
    block = Block(lines=[_chip_line(["Figma", "Adobe Illustrator"]), _chip_line(["Design systems"], top=115)])
    assert parse_skill(block, "Skills").keywords == ["Figma", "Adobe Illustrator", "Design systems"]


def test_plain_wrapped_keywords_are_not_chips():
    block = Block(lines=[make_line("Statistics and machine learning")])
    assert parse_skill(block, "Skills").keywords == ["Statistics and machine learning"]


def test_language_level_in_its_own_cell():
    (lang,) = parse_languages(Block(lines=[make_line("Polish || Fluent")]), "Languages")
    assert (lang.language, lang.fluency) == ("Polish", "Fluent")


def test_bold_group_label_after_plain_items_is_a_subheading():
    lines = [make_line("Usability testing", top=100), make_line("Research", top=112, bold=True),
             make_line("Interviews", top=124)]
    blocks = split_list(lines, bold_subheadings=True, margin=400.0)
    assert [(b.context, b.text) for b in blocks] == [(None, "Usability testing"), ("Research", "Interviews")]


def test_middle_dot_separates_employer_and_place():
    lines = [make_line("Designer || Mar 2021 – Present", top=100, bold=True),
             make_line("Some Company · Chicago, IL", top=114, size=9.0, bold=True)]
    entry = parse_experience(split_entries(lines)[0], "Experience")
    assert (entry.organization, entry.location) == ("Some Company", "Chicago, IL")


def test_place_among_contact_lines_is_the_location():
    header = [make_line("Jane Doe", top=40, size=24)]
    contact = [make_line("jane@example.org", top=100), make_line("Chicago, IL", top=112)]
    layout = Layout(pages=[Page(number=1, width=600.0, height=800.0, lines=header + contact)])
    assert parse_basics(header, contact, layout).location == "Chicago, IL"


def test_group_of_a_skills_list_stays_skills_unless_it_names_languages():
    from cvparse.fields import _fill_section
    from cvparse.model import CV
    from cvparse.segment import Section

    section = Section("Skills", "skills", 1, None)
    section.blocks = [Block(lines=[make_line("Interviews, journey mapping")], context="Research"),
                      Block(lines=[make_line("English, Polish")], context="Languages")]
    cv = CV()
    _fill_section(cv, section, {})  # no collecting pass: nothing settled
    assert [s.category for s in cv.skills] == ["Research"] and not cv.interests
    assert [x.language for x in cv.languages] == ["English", "Polish"]
