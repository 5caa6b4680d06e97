"""Rules added for real layouts, each on synthetic lines."""
from __future__ import annotations

from conftest import make_line

from cvparse.fields.experience import assign_roles
from cvparse.fields.header import Piece, cut_dates, names_work_mode, read_header, split_place, split_region_tail
from cvparse.layout import Layout, Page
from cvparse.segment import segment
from cvparse.segment.entries import Block, split_blocks, split_list


def test_labelled_items_stay_apart_even_when_short():
    lines = [make_line("Languages: Go, Java, Python, TypeScript, SQL, C", top=100),
             make_line("Frameworks: React, FastAPI, Spring Boot", top=112)]
    # The right margin is far off: the wrap test alone would join these two lines.
    blocks = split_list(lines, margin=1000)
    assert [len(b.lines) for b in blocks] == [1, 1]


def test_wrapped_label_item_still_joins():
    lines = [make_line("Tools: Git, Docker, Kubernetes, Terraform,", top=100),
             make_line("AWS, GCP", top=112)]
    assert [len(b.lines) for b in split_list(lines, margin=1000)] == [2]


def test_place_after_dash_or_firm_comma():
    assert split_place("Maison Exemple — Lyon") == ("Maison Exemple", "Lyon")
    assert split_place("Example Energy plc, Manchester") == ("Example Energy plc", "Manchester")
    # The place of a university is part of its name; a job title is not a place.
    assert split_place("The University of Somewhere, Berkeley") is None
    assert split_place("Acme — Senior Engineer") is None


def test_a_place_that_prints_its_state_or_country_leaves_any_name():
    assert split_place("Northfield College, Springfield, IL USA") == ("Northfield College", "Springfield, IL USA")
    assert split_place("Example Institute, Lakeside MA, USA") == ("Example Institute", "Lakeside MA, USA")
    assert split_place("Universidad Ejemplo, Valdivia, Chile") == ("Universidad Ejemplo", "Valdivia, Chile")
    # A degree after the comma is no state ("MS" for Mississippi), a bare city stays with a school.
    assert split_place("Northfield College, MS Computer Science") is None
    assert split_place("The University of Somewhere, Lakeside") is None


def test_a_place_printed_before_the_dash_is_the_place():
    assert split_place("Palo Alto — Inventory Coordinator") == ("Inventory Coordinator", "Palo Alto")


def test_job_title_head_word_decides_order():
    org, position, _ = assign_roles([Piece("Software Engineer", False, False), Piece("Cobalt Example", False, False)])
    assert (org, position) == ("Cobalt Example", "Software Engineer")


def test_bold_titles_lead_publication_items():
    lines = [make_line("A Study of Things", top=100, bold=True),
             make_line("Ann Author, Bob Author", top=112),
             make_line("Journal of Studies, 2023", top=124, italic=True),
             make_line("Another Study", top=140, bold=True),
             make_line("Ann Author", top=152),
             make_line("Conference on Things, 2022", top=164, italic=True)]
    blocks = split_blocks(lines, "publications", margin=1000)
    assert [len(b.lines) for b in blocks] == [3, 3]


def test_unnamed_first_heading_over_contact_lines_is_the_headline():
    name = make_line("Jane Example", top=40, size=24, bold=True)
    headline = make_line("Research Scientist", top=70, size=14, bold=True)
    contact = make_line("jane@example.org | +1 617 555 0100", top=90)
    heading = make_line("Experience", top=130, size=14, bold=True)
    body = [make_line(f"Line {i} of plain body text for the entry", top=150 + 12 * i) for i in range(6)]
    page = Page(number=1, width=600, height=800, lines=[name, headline, contact, heading, *body])
    doc = segment(Layout(pages=[page]))
    assert [s.kind for s in doc.sections] == ["experience"]
    assert headline in doc.header and contact in doc.header


def test_award_details_under_a_dated_title():
    from cvparse.fields.awards import parse_award
    from cvparse.segment.entries import Block

    block = Block(lines=[make_line("Example Fellowship in Physics || 2020 – 2022", top=100),
                         make_line("One of 12 fellows selected", top=112, size=9)])
    award = parse_award(block, "Awards")
    assert (award.title, award.date, award.end, award.details) == (
        "Example Fellowship in Physics", "2020", "2022", "One of 12 fellows selected")


def test_place_after_a_comma_with_a_postcode():
    assert split_place("Example Remit, Kathmandu 44600") == ("Example Remit", "Kathmandu 44600")


def test_undated_bold_line_inside_a_dated_entry_is_a_subheading():
    # Undated itself and over the next two lines: a new entry would show its dates by then.
    lines = [make_line("Example Corp || 2019 – 2021", top=100, bold=True),
             make_line("Did one thing well enough to mention it here", top=112),
             make_line("Key results", top=124, bold=True),
             make_line("Did another thing that also deserves a line", top=136),
             make_line("And a further thing worth a line of its own", top=148),
             make_line("Other Corp || 2016 – 2019", top=164, bold=True),
             make_line("Did a third thing for the other company", top=176)]
    blocks = split_blocks(lines, "experience", margin=1000)
    assert [len(b.lines) for b in blocks] == [5, 2]


def test_a_work_mode_is_the_entry_location_and_leaves_the_title_whole():
    assert names_work_mode("Remote") and names_work_mode("Hybrid (Lisbon)") and names_work_mode("Télétravail")
    assert not names_work_mode("Remote Sensing Lab") and not names_work_mode("Lisbon")
    lines = [make_line("Data Engineer at Northwind || Remote", bold=True), make_line("Mar 2021 - Present", top=112)]
    header = read_header(Block(lines=lines, header=lines))
    assert header.location == "Remote"
    assert [p.text for p in header.pieces] == ["Data Engineer at Northwind"]


def test_a_bracket_that_held_the_dates_opens_into_a_part():
    text = "Founder, Northwind (2019-2022, Canada)"
    a = text.index("2019")
    assert cut_dates(text, a, a + 9) == "Founder, Northwind, Canada"
    lines = [make_line(text, bold=True)]
    header = read_header(Block(lines=lines, header=lines))
    assert header.dates is not None and header.dates.start == "2019"
    assert "(" not in " ".join(p.text for p in header.pieces) + (header.location or "")


def test_the_place_at_the_end_is_the_fewest_parts_naming_a_city_and_its_state_or_country():
    assert split_region_tail("Teaching Assistant, Northfield College, Springfield, IL, USA") == (
        "Teaching Assistant, Northfield College", "Springfield, IL, USA")
    assert split_region_tail("Analyst, Northwind, Portland, OR.") == ("Analyst, Northwind", "Portland, OR")
    # Before a country alone, a name that does not read as a place is the employer's.
    assert split_region_tail("Founder, Northwind Labs, Canada") is None
    assert split_region_tail("Analyst, Northwind") is None


def test_a_founding_title_names_its_firm_after_of_a_subject_stays_in_the_title():
    assert assign_roles([Piece("CEO & Founder of Northwind", False, False)]) == ("Northwind", "CEO & Founder", [])
    assert assign_roles([Piece("Fondatrice de Atelier Nord", False, False)]) == ("Atelier Nord", "Fondatrice", [])
    assert assign_roles([Piece("Professor of Physics", False, False)]) == (None, "Professor of Physics", [])
