"""Tables: a heading row, rows whose vertically centred cells interleave, one entry per row."""
from conftest import make_line

from cvparse.fields.education import parse_education
from cvparse.segment import _blocks
from cvparse.segment.tables import column_kind, is_heading_row


def _cell_line(cells: list[tuple[float, str]], top: float, size: float = 13.0):
    """A line whose cells start at the given x positions."""
    line = make_line(" || ".join(text for _, text in cells), top=top, size=size)
    starts = [0, *line.gaps, len(line.words)]
    for (x, _), a, b in zip(cells, starts, starts[1:]):
        shift = x - line.words[a].x0
        for w in line.words[a:b]:
            w.x0 += shift
            w.x1 += shift
    return line


def test_heading_row_and_interleaved_rows_become_entries():
    heading = _cell_line([(70, "Course"), (160, "College / School"), (360, "CGPA"), (440, "Status")], 230)
    assert is_heading_row(heading)
    lines = [
        heading,
        _cell_line([(150, "Northfield Institute of Technology,"), (440, "Expected :")], 256),
        _cell_line([(75, "BSc"), (365, "6.9")], 264),
        _cell_line([(200, "Springfield"), (450, "(oct, 2023)")], 271),
        _cell_line([(150, "Hillside Public"), (440, "Completed in :")], 292),
        _cell_line([(72, "Class XII"), (365, "7.7")], 300),
        _cell_line([(190, "School, Springfield"), (450, "(2019 - 2020)")], 307),
    ]
    blocks = _blocks(lines, "education")
    assert len(blocks) == 2
    first, second = (parse_education(b, "Academic Qualification") for b in blocks)
    assert (first.degree, first.institution, first.location) == ("BSc", "Northfield Institute of Technology", "Springfield")
    assert (first.start, first.end) == (None, "2023-10")
    assert (second.degree, second.institution) == ("Class XII", "Hillside Public School")
    assert (second.start, second.end) == ("2019", "2020")
    assert "CGPA: 7.7" in second.highlights


def test_column_kinds_come_from_the_heading_words():
    assert column_kind("College / School") == "institution"
    assert column_kind("Year of passing") == "dates"
    assert column_kind("Percentage") == "grade"
    assert column_kind("Remarks") is None


def test_prose_lines_are_no_heading_row():
    assert not is_heading_row(make_line("Python || Go || Rust, and some more words here."))
    assert not is_heading_row(make_line("Course || School || 2019"))
    assert not is_heading_row(make_line("Acme Corp || Engineer || Berlin"))


def test_a_label_row_over_one_value_row_inside_an_entry_gives_it_its_fields():
    # Word CVs: the degree on its own line, then | PERIOD | UNIVERSITY | LOCATION | GRADE | over
    # one row of values, then the entry's bullets; twice in one section.
    lines = []
    for top, degree, years, school in ((100, "MSc Advanced Computer Science", "2016 – 2017", "Some University"),
                                       (200, "BSc (Hons) Computer Science", "2013 – 2016", "Other University")):
        lines.append(make_line(degree, top=top, size=11.5, bold=True))
        lines.append(_cell_line([(57, "PERIOD"), (160, "UNIVERSITY"), (300, "LOCATION"), (420, "GRADE")], top + 18, 8.0))
        lines.append(_cell_line([(57, years), (160, school), (300, "Leeds, UK"), (420, "First Class")], top + 30, 10.5))
        lines.append(make_line("• A project on offline-first apps for community nurses", top=top + 48))
    blocks = _blocks(lines, "education")
    assert len(blocks) == 2
    entry = parse_education(blocks[0], "Education")
    assert (entry.degree, entry.field, entry.institution, entry.location, entry.start, entry.end) == (
        "MSc", "Advanced Computer Science", "Some University", "Leeds, UK", "2016", "2017")
    assert "Grade: First Class" in entry.highlights
