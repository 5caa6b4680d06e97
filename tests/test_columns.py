"""Columns, a full-width band above them, and headings per column."""
from conftest import make_line
from test_extract import glyphs

from cvparse.extract.columns import split_columns
from cvparse.extract.lines import build_lines
from cvparse.layout import Layout, Page
from cvparse.segment import segment
from cvparse.segment.headings import find_headings

WIDTH = 600.0


def _text(region) -> list[str]:
    return [ln.text for ln in build_lines(region.glyphs, page=1, column=region.column)]


def _two_columns(first_row: float = 100.0, rows: int = 20):
    """A sidebar (x 30-150) and a main column (x 220-560) whose rows never share a baseline."""
    out = []
    for i in range(rows):
        out += glyphs(f"side {i}", x0=30.0, baseline=first_row + 14 * i)
        out += glyphs(f"main text line {i} " + "x" * 40, x0=220.0, baseline=first_row + 7 + 14 * i)
    return out


def test_sidebar_is_read_as_a_column_of_its_own():
    regions = split_columns(_two_columns(), WIDTH)
    assert [r.column for r in regions] == [1, 2]
    assert all(t.startswith("side") for t in _text(regions[0]))
    assert all(t.startswith("main") for t in _text(regions[1]))


def test_full_width_band_above_the_columns_stays_whole():
    # The name sits above the sidebar: display type does not begin the narrow column.
    band = glyphs("Jane Doe", x0=30.0, size=20.0, advance=10.0, space=8.0, baseline=40.0)
    band += glyphs("jane@example.org | +1 555 0100 | Somewhere, Some Country", x0=30.0, baseline=70.0)
    regions = split_columns(band + _two_columns(), WIDTH)
    assert [r.column for r in regions] == [0, 1, 2]
    assert _text(regions[0]) == ["Jane Doe", "jane@example.org | +1 555 0100 | Somewhere, Some Country"]


def test_ragged_column_a_few_points_from_a_flush_left_one_is_cut():
    # LaTeX two-column templates: the left column's longest lines end 5 pt before the right
    # column, which starts at one x on every row.
    lefts = [glyphs("item" + " word" * (i % 4) + "s" * (6 * (i % 3 == 0)), x0=30.0, baseline=100 + 13 * i)
             for i in range(20)]
    edge = max(g.x1 for row in lefts for g in row) + 5.0
    rows = [g for row in lefts for g in row]
    for i in range(20):
        rows += glyphs(f"main column line {i} " + "z" * 40, x0=edge, baseline=104 + 13 * i)
    regions = split_columns(rows, WIDTH)
    assert [r.column for r in regions] == [1, 2]
    assert all(t.startswith("item") for t in _text(regions[0]))


def test_label_column_on_shared_baselines_is_not_cut():
    rows = []
    for i in range(20):
        rows += glyphs("2019 – 2020", x0=30.0, baseline=100 + 14 * i)
        rows += glyphs(f"Entry {i} " + "y" * 50, x0=160.0, baseline=100 + 14 * i)
    assert [r.column for r in split_columns(rows, WIDTH)] == [0]


def test_typeface_change_inside_lower_case_letters_splits_words():
    first = glyphs("john", font="ABCDEF+Lato-Light", advance=10.0)
    last = glyphs("smith", x0=first[-1].x1, font="GHIJKL+Heros-Regular", advance=10.0)
    assert [w.text for w in build_lines(first + last, page=1)[0].words] == ["john", "smith"]
    bold = glyphs("Ba", font="X+Heros-Bold") + glyphs("sel", x0=20.0, font="X+Heros-Regular")
    assert [w.text for w in build_lines(bold, page=1)[0].words] == ["Basel"]


def _col(line, column):
    line.column = column
    return line


def _layout():
    side = [_col(make_line("Skills", x0=30, top=100, size=12, bold=True), 1),
            _col(make_line("Design", x0=30, top=120, size=10, bold=True), 1),
            _col(make_line("Figma, Sketch", x0=30, top=135), 1),
            _col(make_line("Languages", x0=30, top=160, size=12, bold=True), 1),
            _col(make_line("English, Polish", x0=30, top=180), 1)]
    main = [_col(make_line("Jane Doe", x0=220, top=40, size=24, bold=True), 2),
            _col(make_line("Product Designer", x0=220, top=70, size=13), 2),
            _col(make_line("Experience", x0=220, top=100, size=16, bold=True), 2),
            _col(make_line("Designer at Somewhere", x0=220, top=120), 2),
            _col(make_line("Education", x0=220, top=160, size=16, bold=True), 2),
            _col(make_line("BFA in Design", x0=220, top=180), 2)]
    return Layout(pages=[Page(number=1, width=WIDTH, height=800.0, lines=side + main)])


def test_sidebar_keeps_its_smaller_headings():
    names = sorted(text for text, _ in find_headings(_layout()).values())
    assert names == ["Education", "Experience", "Languages", "Skills"]


def test_main_column_top_is_header_not_the_last_sidebar_section():
    doc = segment(_layout())
    assert [ln.text for ln in doc.header] == ["Jane Doe", "Product Designer"]
    assert [ln.text for ln in doc.sections[1].lines] == ["English, Polish"]


def test_three_text_boxes_of_one_leading_are_three_columns():
    # Word text boxes side by side: same leading, so some baselines meet by chance (every third
    # row here), but each box holds prose of its own; the page is read box by box.
    out = []
    for i in range(24):
        for box, x0 in enumerate((20.0, 220.0, 420.0)):
            offset = 0.0 if i % 3 == 0 else 3.0 + 2.0 * box
            out += glyphs(f"box{box} line {i} of wrapped prose", x0=x0, advance=4.5, baseline=100 + 15 * i + offset)
    regions = split_columns(out, WIDTH)
    assert [r.column for r in regions] == [1, 2, 3]
    for box, region in enumerate(regions):
        assert all(t.startswith(f"box{box} ") for t in _text(region))


def test_a_grid_of_three_columns_on_one_baseline_grid_is_three_columns():
    # A CSS grid: every row of every column on the same baselines, each column heading its own
    # sections in capitals and setting ragged text flush left.
    out = []
    for box, x0 in enumerate((20.0, 220.0, 420.0)):
        for i in range(24):
            text = f"SECTION {box}" if i in (0, 12) else f"box{box} line {i} of prose" + " xx" * (i % 4)
            out += glyphs(text, x0=x0, advance=4.5, baseline=100 + 12 * i)
    regions = split_columns(out, WIDTH)
    assert [r.column for r in regions] == [1, 2, 3]
    for box, region in enumerate(regions):
        assert all(f"{box}" in t for t in _text(region))


def test_a_dates_column_on_shared_baselines_stays_with_its_titles():
    # One column with the dates set flush right on the titles' baselines: one flow, no grid.
    out = []
    for i in range(24):
        if i % 4 == 0:
            out += glyphs(f"TITLE OF ENTRY {i}", x0=20.0, baseline=100 + 12 * i)
            out += glyphs("2019 – 2021", x0=520.0, baseline=100 + 12 * i)
        else:
            out += glyphs(f"a line of the entry {i} about the work done there", x0=20.0, baseline=100 + 12 * i)
    assert [r.column for r in split_columns(out, WIDTH)] == [0]


def test_headed_boxes_side_by_side_inside_a_one_column_page_are_read_box_by_box():
    # Full-width text, then two Word table cells side by side on shared baselines, each with
    # its heading, then full-width text again.
    out = []
    for i in range(6):
        out += glyphs(f"full width text line {i} " + "w" * 60, x0=40.0, baseline=60 + 14 * i)
    for i in range(9):
        out += glyphs("EDUCATION" if i == 0 else f"left box line {i} of its text" + " ab" * (i % 3), x0=40.0, baseline=160 + 14 * i)
        out += glyphs("SKILLS" if i == 0 else f"right box line {i}" + " cd" * (i % 4), x0=300.0, baseline=160 + 14 * i)
    for i in range(4):
        out += glyphs(f"more full width text {i} " + "v" * 60, x0=40.0, baseline=320 + 14 * i)
    regions = split_columns(out, WIDTH)
    assert [r.column for r in regions] == [0, 1, 2, 0]
    assert _text(regions[1])[0] == "EDUCATION" and _text(regions[2])[0] == "SKILLS"
    assert _text(regions[3])[0].startswith("more full width")


def test_wrapped_labels_beside_their_values_stay_one_table():
    # A narrow label column whose labels wrap ("Reviewing / for / conferences"): table rows.
    out = []
    for i in range(4):
        top = 100 + 60 * i
        for k, word in enumerate(("Reviewing", "for", "journals")):
            out += glyphs(word, x0=40.0, baseline=top + 12 * k)
        for k in range(4):
            out += glyphs(f"value {i} row {k} " + "y" * 30, x0=140.0, baseline=top + 12 * k + 1.5 * (k > 0))
    regions = split_columns(out, WIDTH)
    assert len(regions) == 1


def test_columns_of_a_panel_narrower_than_the_page_are_found():
    # A design-tool page: the text sits in a panel in the middle of a wide page, so the page's
    # empty margin is no gutter; the gap between the panel's columns is.
    out = []
    for i in range(20):
        out += glyphs(f"left {i} of the panel text", x0=470.0, baseline=100 + 14 * i)
        out += glyphs(f"right {i} of the panel, a longer line", x0=870.0, baseline=107 + 14 * i)
    regions = split_columns(out, 2000.0)
    assert [r.column for r in regions] == [1, 2]
    assert all(t.startswith("left") for t in _text(regions[0]))


def _label_words(text: str, x0: float, top: float, font: str = "Body"):
    return build_lines(glyphs(text, x0=x0, baseline=top + 10, font=font), page=1)[0].words


def _label_row(label: str, text: str, top: float):
    """A row of a label-column table: the label cell in bold, then the row's text."""
    from cvparse.layout import Line

    return Line(words=[*_label_words(label, 60.0, top, "Body-Bold"), *_label_words(text, 200.0, top)], page=1,
                gaps=[len(label.split())], label=True)


def test_a_side_heading_wrapped_in_the_label_column_heads_its_section():
    # A Word CV on a two-column table: "ACADEMIC / EXPERIENCE" in the left cell, level with
    # the first entry's title and place; each row is read as one line with the label first.
    from cvparse.segment.side_headings import lift_side_headings

    lines = [_label_row("ACADEMIC", "Researcher 2023 – Current", 100), _label_row("EXPERIENCE", "Simons Institute", 112),
             *build_lines(glyphs("a line of the entry's description", x0=200.0, baseline=136), page=1)]
    layout = Layout(pages=[Page(number=1, width=WIDTH, height=800.0, lines=lines)])
    lift_side_headings(layout)
    texts = [ln.text for ln in layout.pages[0].lines]
    assert texts[:3] == ["ACADEMIC EXPERIENCE", "Researcher 2023 – Current", "Simons Institute"]
    assert [s.heading for s in segment(layout).sections] == ["ACADEMIC EXPERIENCE"]


def test_a_named_side_heading_goes_on_in_a_row_printed_alone_under_it():
    # "Teaching" beside the first row, "Experience" alone under it in the label column: one
    # heading; a second label beside a row of its own is the next heading.
    from cvparse.segment.side_headings import lift_side_headings

    from cvparse.layout import Line

    alone = Line(words=_label_words("Experience", 60.0, 112, "Body-Bold"), page=1)
    lines = [_label_row("Teaching", "Lecturer, Northfield College", 100), alone,
             *build_lines(glyphs("Physics I, Fall 2019", x0=200.0, baseline=136), page=1),
             _label_row("Skills", "Python, SQL", 170), *build_lines(glyphs("Docker, Kubernetes", x0=200.0, baseline=192), page=1)]
    layout = Layout(pages=[Page(number=1, width=WIDTH, height=800.0, lines=lines)])
    lift_side_headings(layout)
    texts = [ln.text for ln in layout.pages[0].lines]
    assert texts[0] == "Teaching Experience" and "Skills" in texts and "Experience" not in texts
