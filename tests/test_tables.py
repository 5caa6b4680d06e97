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
