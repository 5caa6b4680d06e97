"""Label columns: short aligned labels left of a common content edge become their own cell."""
from conftest import make_line

from cvparse.extract.labels import find_label_edge, mark_label_columns
from cvparse.layout import Layout, Line, Page, Word


def _row(label: str, text: str, top: float, edge: float = 150.0, size: float = 10.0) -> Line:
    """A right-aligned label ending 0.8 em before ``edge``, then the text from ``edge``."""
    words, x = [], edge - 0.8 * size
    for token in reversed(label.split()):
        width = 0.5 * size * len(token)
        words.insert(0, Word(token, x - width, top, x, top + size, size))
        x -= width + 0.3 * size
    x = edge
    for token in text.split():
        width = 0.5 * size * len(token)
        words.append(Word(token, x, top, x + width, top + size, size))
        x += width + 0.3 * size
    return Line(words=words, page=1)


def _layout(lines: list[Line]) -> Layout:
    return Layout(pages=[Page(number=1, width=600.0, height=800.0, lines=lines)])


def test_dates_column_splits_from_titles():
    lines = [
        _row("since 2021", "Research Fellow, University of Somewhere", 100),
        make_line("Developed models of things.", x0=150.0, top=112),
        _row("2019–2021", "Research Associate, Acme Ltd, Cambridge", 130),
        _row("Jun–Aug 2017", "Intern, Data Centre, Hinxton", 150),
    ]
    layout = _layout(lines)
    assert find_label_edge(layout.lines, 600.0) == 150.0
    mark_label_columns(layout)
    first = layout.lines[0]
    assert first.label
    assert [" ".join(w.text for w in c) for c in first.cells()] == ["since 2021", "Research Fellow, University of Somewhere"]
    assert not layout.lines[1].label


def test_prose_with_a_shared_word_start_is_not_a_label_column():
    # Same first words on three lines put a word start at one x, but with a plain word space.
    lines = [make_line(f"Amara Nwosu, co-author {n} of a paper", top=100 + 12 * n) for n in range(4)]
    assert find_label_edge(lines, 600.0) is None


def test_bullets_are_not_labels():
    lines = [_row("•", f"item number {n}", top=100 + 12 * n) for n in range(5)]
    assert find_label_edge(lines, 600.0) is None


def test_a_wrapped_date_label_stays_in_its_entry():
    from cvparse.segment.entries import label_wraps, split_entries

    first = _row("September 2013 – January", "Consultant (Banking)", 100)
    wrapped = _row("2016", "Example Bank", 112)
    nxt = _row("May 2013 – August 2013", "Junior Consultant", 140)
    for line in (first, wrapped, nxt):
        line.label, line.gaps = True, [next(i for i, w in enumerate(line.words) if w.x0 >= 150.0)]
    assert label_wraps(first, wrapped)
    assert not label_wraps(wrapped, nxt)
    blocks = split_entries([first, wrapped, nxt])
    assert [len(b.lines) for b in blocks] == [2, 1]


def test_europass_title_line_reads_dates_title_and_employer():
    from cvparse.fields.experience import parse_experience
    from cvparse.segment.entries import split_entries

    first = _row("September 2013 – January", "Consultant (Banking)", 100)
    wrapped = _row("2016", "Example Bank", 112, size=9.0)
    for line in (first, wrapped):
        line.label, line.gaps = True, [next(i for i, w in enumerate(line.words) if w.x0 >= 150.0)]
    entry = parse_experience(split_entries([first, wrapped])[0], "Work experience")
    assert (entry.start, entry.end) == ("2013-09", "2016-01")
    assert entry.position == "Consultant (Banking)"
    assert entry.organization == "Example Bank"


def _labelled_block(label: str, text: str):
    from cvparse.segment.entries import Block

    line = _row(label, text, 100)
    line.label, line.gaps = True, [len(label.split())]
    return Block(lines=[line])


def test_label_column_rows_in_list_sections():
    from cvparse.fields.interests import parse_interest
    from cvparse.fields.publications import parse_publication
    from cvparse.fields.skills import parse_languages
    from cvparse.fields.teaching import parse_teaching

    [lang] = parse_languages(_labelled_block("German", "Fluent"), "Languages")
    assert (lang.language, lang.fluency) == ("German", "Fluent")
    interest = parse_interest(_labelled_block("Music", "Cello, a chamber orchestra"), "Interests")
    assert (interest.category, interest.text) == ("Music", "Cello, a chamber orchestra")
    course = parse_teaching(_labelled_block("2022–2023", "Tutor, Statistics (MSc), Some University"), "Teaching")
    assert (course.role, course.course, course.details, course.institution, course.terms) == (
        "Tutor", "Statistics", "MSc", "Some University", "2022–2023")
    block = _labelled_block("2020", "A. Author and B. Writer. A study of things. Some Journal.")
    for w in block.lines[0].words[6:10]:  # the title is set in italics
        w.italic = True
    paper = parse_publication(block, "Papers")
    assert paper.title == "A study of things"
    assert paper.year == "2020"
    assert paper.authors == ["A. Author", "B. Writer"]


def test_wrapped_label_title_then_school_in_a_smaller_font():
    from cvparse.fields.education import parse_education
    from cvparse.segment.entries import split_entries

    first = _row("September 2010 – October", "Master Degree in Systems and Computer", 100, size=11.0)
    wrapped = _row("2012", "Engineering", 112, size=11.0)
    for line in (first, wrapped):
        line.label, line.gaps = True, [next(i for i, w in enumerate(line.words) if w.x0 >= 150.0)]
    school = make_line("Example Institute of Technology", x0=150.0, top=126, size=9.0)
    [block] = split_entries([first, wrapped, school])
    entry = parse_education(block, "Education and training")
    assert (entry.degree, entry.field) == ("Master Degree", "Systems and Computer Engineering")
    assert entry.institution == "Example Institute of Technology"
    assert (entry.start, entry.end) == ("2010-09", "2012-10")


def test_label_line_names_the_qualification_and_the_next_line_the_school():
    from cvparse.fields.education import parse_education
    from cvparse.segment.entries import split_entries

    first = _row("09/1997 – 06/2000", "Elektroniker", 100)
    first.label, first.gaps = True, [3]
    first.words[-1].bold = True  # the qualification in bold, the school in the body font
    school = make_line("Muster Werke GmbH", x0=150.0, top=112)
    entry = parse_education(split_entries([first, school])[0], "Berufsausbildung")
    assert (entry.degree, entry.institution) == ("Elektroniker", "Muster Werke GmbH")


def test_numbers_of_a_list_hanging_left_of_their_items_are_no_labels():
    # A numbered publication list indents every item's text; the label column's edge stays
    # where the section labels end, though more lines start at the items' indent.
    lines = [_row("Education", "PhD, Physics, Some University", 100, edge=130.0),
             make_line("Dissertation: on things", x0=130.0, top=112),
             _row("Employment", "Professor, Some University", 130, edge=130.0),
             _row("Honors", "Some Fellowship", 160, edge=130.0)]
    for i in range(8):
        lines.append(_row(f"{i + 1}.", f"Author, A. ({2010 + i}) A paper on things", 190 + 12 * i, edge=155.0))
        lines.append(make_line("continued title of the paper", x0=155.0, top=196 + 12 * i))
    assert find_label_edge(lines, 600.0) == 130.0


def test_a_date_range_wrapped_in_the_label_column_is_one_label():
    lines = [_row("2024-06 –", "Software Architect, Some Company, Some Town", 100),
             make_line("2026-06", x0=112.0, top=112),
             make_line("Led the move of the billing system to the cloud.", x0=150.0, top=126),
             _row("2021-01 –", "Developer, Another Company, Elsewhere", 150),
             make_line("2024-05", x0=112.0, top=162),
             _row("2019 – 2020", "Intern, A Lab, Some City", 180)]
    layout = _layout(lines)
    mark_label_columns(layout)
    assert [ln.text for ln in layout.lines if ln.label] == [
        "2024-06 – 2026-06 Software Architect, Some Company, Some Town",
        "2021-01 – 2024-05 Developer, Another Company, Elsewhere", "2019 – 2020 Intern, A Lab, Some City"]
    assert [" ".join(w.text for w in c) for c in layout.lines[0].cells()][0] == "2024-06 – 2026-06"
