from conftest import make_line

from cvparse.fields.contact import find_phones, profile_of
from cvparse.fields.education import parse_education, split_degree
from cvparse.fields.experience import parse_experience
from cvparse.fields.publications import looks_like_authors, parse_publication
from cvparse.fields.skills import parse_languages, parse_skill
from cvparse.segment.entries import Block, split_entries, split_list


def test_split_degree():
    assert split_degree("PhD in Statistics & Machine Learning") == ("PhD", "Statistics & Machine Learning")
    assert split_degree("MSc. in Applied Mathematics and Engineering Diploma") == (
        "MSc and Engineering Diploma", "Applied Mathematics")
    assert split_degree("B.S. in Computer Science and Engineering") == ("B.S.", "Computer Science and Engineering")
    # the degree's own words and a qualifier in brackets, then the field
    assert split_degree("MSc Structural Engineering") == ("MSc", "Structural Engineering")
    assert split_degree("BA (Hons) Media and Communication") == ("BA (Hons)", "Media and Communication")
    assert split_degree("Mestrado Profissional (Mecatrônica)") == ("Mestrado Profissional", "Mecatrônica")
    # a dotted abbreviation is one printed word though folding splits it
    assert split_degree("Ph.D. Chemical Engineering") == ("Ph.D.", "Chemical Engineering")
    # the field first, the degree in brackets after it
    assert split_degree("Computer Science (BA)") == ("BA", "Computer Science")
    assert split_degree("Technische Natuurkunde (BSc)") == ("BSc", "Technische Natuurkunde")


def test_degree_at_school_on_one_line():
    lines = [make_line("BSE Electrical Engineering at University of Northfield || 2014 - 2018", bold=True)]
    entry = parse_education(Block(lines=lines, header=lines), "Education")
    assert (entry.degree, entry.field) == ("BSE", "Electrical Engineering")
    assert entry.institution == "University of Northfield"


def test_experience_entry_org_position_place_dates():
    lines = [
        make_line("Acme Robotics GmbH || Munich, Germany", top=100, bold=True),
        make_line("Senior Software Engineer || Jan 2019 - Mar 2020", top=112),
        make_line("• Built the thing", top=124),
    ]
    (block,) = split_entries(lines)
    e = parse_experience(block, "Experience")
    assert e.organization == "Acme Robotics GmbH"
    assert e.position == "Senior Software Engineer"
    assert e.location == "Munich, Germany"
    assert (e.start, e.end, e.current) == ("2019-01", "2020-03", False)
    assert e.highlights == ["Built the thing"]
    assert e.provenance["entry"].page == 1


def test_position_first_order_is_recognised():
    lines = [make_line("Data Analyst || 2015 to 2017", bold=True), make_line("Initech Corp.", top=112)]
    (block,) = split_entries(lines)
    e = parse_experience(block, "Work")
    assert (e.organization, e.position) == ("Initech Corp.", "Data Analyst")


def test_employment_terms_in_brackets_are_no_part_of_the_title():
    lines = [make_line("Développeur Web Python (CDI - 4 ans et 3 mois)", top=100, bold=True),
             make_line("Initech - Marseille – De Novembre 2018 à Février 2023", top=112)]
    (block,) = split_entries(lines)
    e = parse_experience(block, "Expériences")
    assert e.position == "Développeur Web Python"
    assert (e.start, e.end) == ("2018-11", "2023-02")
    # a bracket naming anything else stays in the title
    lines = [make_line("Engineer (Python) || 2015 to 2017", bold=True), make_line("Initech Corp.", top=112)]
    assert parse_experience(split_entries(lines)[0], "Work").position == "Engineer (Python)"


def test_entries_split_at_each_title_block():
    lines = [
        make_line("Org One || City, Country", top=100, bold=True),
        make_line("Engineer || 2019 – 2020", top=112),
        make_line("• did things", top=124),
        make_line("Org Two || City, Country", top=140, bold=True),
        make_line("Intern || 2018", top=152),
    ]
    assert len(split_entries(lines)) == 2


def test_education_thesis_and_advisors():
    lines = [
        make_line("University of Somewhere || 2017 – 2021", bold=True),
        make_line("PhD in Physics. Advised by A. Smith and B. Jones.", top=112),
        make_line("Thesis: Cold Atoms. Worked on lasers.", top=124),
    ]
    (block,) = split_entries(lines)
    e = parse_education(block, "Education")
    assert (e.institution, e.degree, e.field) == ("University of Somewhere", "PhD", "Physics")
    assert e.advisors == ["A. Smith", "B. Jones"]
    assert e.thesis == "Cold Atoms"
    assert e.highlights == ["Worked on lasers."]


def test_education_whose_titles_all_name_schools_parses_without_a_degree():
    # Two title lines that both name a school and none a degree (an InDesign CV's shape): it
    # ended in StopIteration looking for the non-school title that names the qualification.
    lines = [make_line("University of Somewhere || 2015 – 2019", bold=True),
             make_line("School of Design and Architecture", top=112)]
    (block,) = split_entries(lines)
    e = parse_education(block, "Education")
    assert e.institution == "University of Somewhere" and e.degree is None
    assert e.highlights == ["School of Design and Architecture"]


def test_wrapped_list_items_are_joined_and_short_lines_are_not():
    lines = [
        make_line("• a long item that runs all the way to the right margin of the page", top=100),
        make_line("and goes on here", top=112),
        make_line("• second item", top=124),
    ]
    blocks = split_list(lines, margin=lines[0].x1)
    assert [b.text for b in blocks] == [
        "a long item that runs all the way to the right margin of the page and goes on here", "second item"]


def test_publication_without_typography():
    block = Block(lines=[make_line("• Robust Widgets. Journal of Widgets (JOW, 2021). Ann Lee, Bob Stone.")])
    p = parse_publication(block, "Publications")
    assert p.title == "Robust Widgets"
    assert p.venue == "Journal of Widgets (JOW, 2021)"
    assert p.authors == ["Ann Lee", "Bob Stone"]
    assert (p.year, p.status, p.kind) == ("2021", "published", "journal")


def test_submitted_preprint():
    block = Block(lines=[make_line("• On Things. (submitted, 2024). Ann Lee and Bob Stone.")])
    p = parse_publication(block, "Publications")
    assert (p.title, p.venue, p.status, p.kind, p.year) == ("On Things", None, "submitted", "preprint", "2024")


def test_authors_shape():
    assert looks_like_authors("Soufiane Hayou*, Nikhil Gosh*, Bin Yu")
    assert looks_like_authors("A. Doucet and J. Rousseau")
    assert not looks_like_authors("International Conference on Machine Learning (ICML 2024)")


def test_skills_and_languages():
    s = parse_skill(Block(lines=[make_line("Cloud: AWS, Google Cloud, Azure (basic)")]), "Skills")
    assert (s.category, s.keywords) == ("Cloud", ["AWS", "Google Cloud", "Azure (basic)"])
    (lang,) = parse_languages(Block(lines=[make_line("Deutsch – Muttersprache")]), "Sprachen")
    assert (lang.language, lang.fluency) == ("Deutsch", "Muttersprache")
    langs = parse_languages(Block(lines=[make_line("English (fluent), French (B2)")]), "Languages")
    assert [(x.language, x.fluency) for x in langs] == [("English", "fluent"), ("French", "B2")]
    langs = parse_languages(Block(lines=[make_line("English – native · Igbo – fluent · Spanish – basic")]), "Languages")
    assert [(x.language, x.fluency) for x in langs] == [("English", "native"), ("Igbo", "fluent"), ("Spanish", "basic")]


def test_phones_in_national_formats_become_e164():
    assert find_phones("Tel. (415) 555-0132", "US")[0][0] == "+14155550132"
    assert find_phones("+44 20 7946 0958", "US")[0][0] == "+442079460958"
    assert find_phones("06 12 34 56 78", "FR")[0][0] == "+33612345678"
    assert find_phones("030 12345678", "DE")[0][0] == "+493012345678"
    assert find_phones("2019 – 2021", "US") == []


def test_profiles():
    p = profile_of("https://github.com/someone")
    assert (p.network, p.username) == ("GitHub", "someone")
    assert profile_of("linkedin.com/in/jane-doe").username == "jane-doe"
    assert profile_of("https://example.org") is None


def test_region_from_domain_then_language():
    from cvparse.fields.contact import guess_region

    assert guess_region("Experience", ["jo@example.fr"], []) == "FR"
    assert guess_region("Berufserfahrung Ausbildung Sprachen", [], []) == "DE"
    # "information" must not read as the French "formation".
    assert guess_region("Information systems, performance", ["jo@example.com"], []) == "US"


def _bold_then_plain(bold_text: str, plain_text: str, second: str) -> Block:
    """An entry whose title line is ``bold_text`` in bold, then ``plain_text`` in plain type."""
    bold = make_line(bold_text, bold=True)
    plain = make_line(plain_text, x0=bold.x1 + 3)
    first = make_line("x")
    first.words, first.gaps = bold.words + plain.words, [len(bold.words) + g for g in plain.gaps]
    (block,) = split_entries([first, make_line(second, top=114, italic=True)])
    return block


def test_a_place_in_plain_type_after_a_bold_name_is_the_location():
    # "**Utrecht University**, Utrecht, Netherlands || 2016 – 2018": the change of style ends the name.
    block = _bold_then_plain("Utrecht University,", "Utrecht, Netherlands || 2016 – 2018", "MSc, Earth Surface and Water")
    e = parse_education(block, "Education")
    assert (e.institution, e.location, e.degree) == ("Utrecht University", "Utrecht, Netherlands", "MSc")


def test_a_short_plain_tail_after_a_bold_name_is_the_place_whatever_the_ner_model_knows():
    # "**Cabinet Verdier & Associés**, Grenoble": the style change and the comma end the name.
    e = parse_experience(_bold_then_plain("Cabinet Verdier & Associés,", "Grenoble || 2016 – 2018", "Urban Planner"),
                         "Experience")
    assert (e.organization, e.location) == ("Cabinet Verdier & Associés", "Grenoble")


def _contact_basics(lines, links=()):
    from cvparse.fields.contact import read_basics
    from cvparse.layout import Layout, Page

    layout = Layout(pages=[Page(number=1, width=600.0, height=800.0, lines=list(lines), links=list(links))])
    return read_basics(list(lines), [], layout)[0]


def _link_over(uri, line):
    """A link annotation over one printed line, its rectangle a little off the glyphs (as Word prints it)."""
    from cvparse.layout import Link

    return Link(uri, (line.x0 - 0.1, line.top + 0.2, line.x1 + 15.0, line.bottom + 2.0), line.page)


def test_a_link_wrapped_over_two_lines_is_one_url_not_its_printed_fragments():
    # One annotation per printed line, each with the whole target: the first line's printed
    # fragments ("…example.org/", "…/in/jane-") are the links' text, not URLs of their own.
    site = [make_line("https://jdoe.example.org/", x0=374.0, top=83.0, size=9.5),
            make_line("projects/case-studies/", x0=374.0, top=95.0, size=9.5)]
    linkedin = [make_line("https://www.linkedin.com/in/jane-", x0=374.0, top=108.0, size=9.5),
                make_line("doe-data-4821973065/", x0=374.0, top=120.0, size=9.5)]
    links = [_link_over("https://jdoe.example.org/projects/case-studies/", ln) for ln in site]
    links += [_link_over("https://www.linkedin.com/in/jane-doe-data-4821973065/", ln) for ln in linkedin]
    basics = _contact_basics([make_line("Jane Doe", size=24.0, top=40.0), *site, *linkedin], links)
    assert basics.urls == ["https://jdoe.example.org/projects/case-studies/",
                           "https://www.linkedin.com/in/jane-doe-data-4821973065/"]
    assert [p.username for p in basics.profiles] == ["jane-doe-data-4821973065"]


def test_a_url_broken_at_the_line_end_goes_on_in_the_line_below():
    # No link: a name broken at "-" (or a path at "/") that the line below goes on with.
    broken = [make_line("https://www.linkedin.com/in/jane-", x0=374.0, top=108.0, size=9.5),
              make_line("doe-4821/", x0=374.0, top=120.0, size=9.5)]
    basics = _contact_basics([make_line("Jane Doe", size=24.0, top=40.0), *broken])
    assert basics.urls == ["https://www.linkedin.com/in/jane-doe-4821/"]
    # Addresses stacked one per line, and a place under a URL, are not one address.
    stacked = [make_line("github.com/jdoe/", x0=374.0, top=108.0, size=9.5),
               make_line("gitlab.com/jdoe", x0=374.0, top=120.0, size=9.5),
               make_line("https://jdoe.dev/", x0=374.0, top=132.0, size=9.5),
               make_line("Bristol", x0=374.0, top=144.0, size=9.5)]
    basics = _contact_basics([make_line("Jane Doe", size=24.0, top=40.0), *stacked])
    assert basics.urls == ["https://github.com/jdoe/", "https://gitlab.com/jdoe", "https://jdoe.dev/"]


def test_the_headline_is_neither_the_names_second_line_nor_the_rest_of_a_url():
    # A name on two lines beside a contact cell, read top to bottom: "DOE" and the rest of the
    # broken URL come between the name's first line and the headline.
    lines = [make_line("JANE", size=30.0, top=39.0),
             make_line("https://jdoe.example.org/", x0=374.0, top=60.0, size=9.5),
             make_line("DOE", size=30.0, top=72.0),
             make_line("projects/case-studies/", x0=374.0, top=72.0, size=9.5),
             make_line("Data Engineer", size=13.0, top=114.0),
             make_line("jane@example.org", x0=374.0, top=120.0, size=9.5)]
    basics = _contact_basics(lines)
    assert basics.name == "Jane Doe"
    assert basics.headline == "Data Engineer"
    assert basics.urls == ["https://jdoe.example.org/projects/case-studies/"]


def test_trades_and_service_jobs_are_positions():
    # Plain type, the job first: only the words tell the title from the employer.
    for title in ("Baker", "Photographer", "Electrician", "Receptionist"):
        lines = [make_line(f"{title} || 2016 - 2018"), make_line("Northwind Pictures", top=112)]
        entry = parse_experience(Block(lines=lines, header=lines), "Experience")
        assert (entry.position, entry.organization) == (title, "Northwind Pictures")


def test_after_the_school_a_degree_without_field_is_followed_by_its_field():
    lines = [make_line("2004 || Ph.D., Northfield University, Economics")]
    lines[0].label = True
    entry = parse_education(Block(lines=lines, header=lines), "Education")
    assert (entry.degree, entry.institution, entry.field) == ("Ph.D", "Northfield University", "Economics")
    assert entry.location is None and entry.end == "2004"


def test_a_country_code_after_the_school_is_its_place():
    from cvparse.location import names_country

    assert names_country("AT") and names_country("DEU") and names_country("Österreich")
    assert not names_country("CS") and not names_country("Economics")


def test_a_bracketed_trunk_zero_is_not_dialled_from_abroad():
    # 01632 960xxx is a range kept for drama: the shape is read where the number library refuses it.
    assert [e164 for e164, _ in find_phones("+44 (0)1632 960032", "GB")] == ["+441632960032"]
