"""Entry blocks in sections whose titles stand out by size only."""
from conftest import make_line

from cvparse.segment.entries import split_entries


def test_larger_plain_title_starts_each_entry():
    lines = [make_line("Job Title One", top=100, size=12),
             make_line("Company One", top=115, bold=True),
             make_line("Jan 2019 – Present", top=128, size=9),
             make_line("• Built the first thing", top=140),
             make_line("• Shipped the second thing", top=152),
             make_line("Job Title Two", top=170, size=12),
             make_line("Company Two", top=185, bold=True),
             make_line("• Did more", top=198)]
    blocks = split_entries(lines)
    assert [[ln.text for ln in b.header] for b in blocks] == [
        ["Job Title One", "Company One", "Jan 2019 – Present"], ["Job Title Two", "Company Two"]]


def test_first_line_of_a_section_heads_its_entry():
    lines = [make_line("• Some Institute || Somewhere, Some Country", top=100),
             make_line("Master of Science || Aug 2012 – Dec 2013", top=114, italic=True),
             make_line("• Another Institute || Elsewhere", top=130)]
    blocks = split_entries(lines)
    assert blocks[0].header[0].text.startswith("•")


def test_a_date_and_place_line_above_the_titles_is_no_title():
    # "2023 – Current · Berkeley" in small plain type, then the employer in bold and the role in
    # italics: both titles belong to the entry's header, not the role to its body.
    from cvparse.segment.entries import split_entries

    lines = [make_line("2023 – Current · Berkeley, United States", size=9.5, top=100),
             make_line("Simons Institute, UC Berkeley", bold=True, top=113),
             make_line("Researcher", italic=True, top=126),
             make_line("· Member of the collaboration on deep learning theory.", top=141)]
    (block,) = split_entries(lines)
    assert [ln.text for ln in block.header][-1] == "Researcher"


def test_entries_listed_as_dated_bullets():
    # "• sep 2013 – mei 2016" in italics, then the degree and school as prose: each dated
    # bullet opens an entry.
    lines = [make_line("• sep 2013 – mei 2016", italic=True, top=100),
             make_line("Biomedical Engineering (MSc) – Some University. Thesis on", top=112),
             make_line("glucose sensors.", top=124),
             make_line("• sep 2009 – juli 2013", italic=True, top=136),
             make_line("Applied Physics (BSc) — Some University.", top=148)]
    blocks = split_entries(lines)
    assert [b.lines[0].text for b in blocks] == ["• sep 2013 – mei 2016", "• sep 2009 – juli 2013"]


def test_a_plain_title_under_a_line_of_dates_heads_the_entry():
    lines = [make_line("8/2024 — Current", italic=True, size=9, top=100),
             make_line("Some Company, Actuarial Analyst", italic=True, top=112),
             make_line("Sometown, UK", size=9, top=124),
             make_line("- Built dashboards to track the figures of the leadership team.", top=138)]
    (block,) = split_entries(lines)
    assert [ln.text for ln in block.header] == ["8/2024 — Current", "Some Company, Actuarial Analyst", "Sometown, UK"]


def test_a_date_line_below_an_undated_entrys_tagline_is_its_own():
    # Every entry carries one line of dates; the second prints a one-line tagline between its
    # title and its dates, which still date it rather than open an entry of their own.
    lines = [make_line("Company One", bold=True, top=100),
             make_line("Jan 2019 – Dec 2020", italic=True, top=112),
             make_line("• Built the first thing", top=124),
             make_line("Company Two", bold=True, top=140),
             make_line("• A maker of small tools", top=152),
             make_line("Jan 2021 – Present", italic=True, top=164),
             make_line("• Built the second thing", top=176)]
    blocks = split_entries(lines)
    assert len(blocks) == 2
    assert [ln.text for ln in blocks[1].header] == ["Company Two", "Jan 2021 – Present"]
