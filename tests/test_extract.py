from cvparse.extract.clean import clean_char, clean_word, is_bullet
from cvparse.extract.lines import Glyph, build_lines, font_style, small_caps


def glyphs(text: str, x0: float = 10.0, size: float = 10.0, advance: float = 5.0, space: float = 3.0,
           baseline: float = 100.0, font: str = "Body"):
    """Glyphs with no space characters: words are told apart by the gap only (as LuaTeX prints)."""
    out, x = [], x0
    for ch in text:
        if ch == " ":
            x += space
            continue
        out.append(Glyph(ch, x, x + advance, baseline - size, baseline, baseline, size, font, "0"))
        x += advance
    return out


def test_words_split_by_gap_without_space_characters():
    lines = build_lines(glyphs("Quantitative Research Intern"), page=1)
    assert [w.text for w in lines[0].words] == ["Quantitative", "Research", "Intern"]


def test_tight_kerning_does_not_split_a_word():
    lines = build_lines(glyphs("Berkeley", space=0.5), page=1)
    assert [w.text for w in lines[0].words] == ["Berkeley"]


def test_overlapping_letters_of_tightened_tracking_still_part_at_word_gaps():
    # Each box runs 2.5 pt past the next letter's start (letter spacing -0.25 em); a word
    # gap leaves the boxes about level: a gap of the line's own kind, not of the font's.
    tight = [Glyph(g.text, g.x0, g.x1 + 2.5, g.top, g.bottom, g.baseline, g.size, g.font, g.color)
             for g in glyphs("Lead Software Developer at Acme", advance=5.0, space=2.2)]
    words = build_lines(tight, page=1)[0].words
    assert [w.text for w in words] == ["Lead", "Software", "Developer", "at", "Acme"]


def test_right_aligned_text_on_the_same_baseline_is_a_cell_of_the_line():
    left = glyphs("University of Oxford")
    right = glyphs("2017 – 2021", x0=400.0)
    lines = build_lines(left + right, page=1)
    assert len(lines) == 1
    cells = [" ".join(w.text for w in c) for c in lines[0].cells()]
    assert cells == ["University of Oxford", "2017 – 2021"]


def test_superscript_star_joins_its_line():
    base = glyphs("Fadhel Ayed")
    star = Glyph("*", 70.0, 73.0, 88.0, 94.0, 95.5, 6.0, "Body", "0")
    lines = build_lines(base + [star], page=1)
    assert len(lines) == 1 and "*" in lines[0].text


def test_lines_come_top_to_bottom():
    lines = build_lines(glyphs("second", baseline=200.0) + glyphs("first", baseline=100.0), page=1)
    assert [ln.text for ln in lines] == ["first", "second"]


def test_clean_char_ligatures_invisibles_icons():
    assert clean_char("ﬁ") == "fi"
    assert clean_char("\u200b") == ""
    assert clean_char("\uffff") == ""  # an unmapped icon glyph
    assert clean_char("\uf0e0") == "•"  # Wingdings/Symbol bullet in the private-use area
    assert clean_char("\ue123") == ""  # other private-use glyphs are icons
    assert clean_char("✉") == ""
    assert clean_char("A", "ABCDEF+FontAwesome5Free-Solid") == ""
    assert clean_char("\u00a0") == " "


def test_soft_hyphen_as_date_dash_and_as_hyphenation():
    assert clean_word("\u00ad") == "–"
    assert clean_word("2019\u00ad2020") == "2019–2020"
    assert clean_word("en\u00ad") == "en\u00ad"  # kept as a join marker at line end
    assert clean_word("hy\u00adphen") == "hyphen"


def test_font_style_from_name():
    assert font_style("ABCDEF+Roboto-Bold") == (True, False)
    assert font_style("SourceSans3-LightItalic") == (False, True)
    assert font_style("CMBX10") == (True, False)
    assert font_style("CMTI10") == (False, True)
    assert font_style("Lato-Regular") == (False, False)
    # cm-super and EC fonts (T1-encoded Computer Modern): bold extended, text italic
    assert font_style("NIELHM+SFBX1000") == (True, False)
    assert font_style("ECTI1000") == (False, True)
    assert font_style("SFRM1000") == (False, False)


def test_small_capitals_from_font_name():
    assert small_caps("GSMRWQ+SFCC1000") and small_caps("CMCSC10") and small_caps("MinionPro-SC")
    assert not small_caps("SFRM1000") and not small_caps("Lato-Regular") and not small_caps("Scala-Sans")


def test_bullets():
    assert is_bullet("•") and is_bullet("–") and is_bullet("✦")
    assert not is_bullet("and")


def test_space_glyphs_do_not_bridge_a_column_gutter():
    from cvparse.extract.columns import split_columns

    page = []
    for row in range(10):
        left = glyphs("Sidebar label", x0=20.0, baseline=100.0 + 14 * row)
        right = glyphs("Main column text here", x0=300.0, baseline=106.0 + 14 * row)
        # A producer that pads with space glyphs across the gutter (pdfminer reports them).
        pad = [Glyph(" ", x, x + 5.0, 90.0 + 14 * row, 100.0 + 14 * row, 100.0 + 14 * row, 10.0, "Body", "0")
               for x in range(90, 300, 5)]
        page += left + pad + right
    columns = split_columns(page, 600.0)
    assert len(columns) == 2


def test_pdf_colours_in_every_space_compare_equal():
    from cvparse.extract.colors import pdf_color

    assert pdf_color((0.2,)) == pdf_color((0.2, 0.2, 0.2)) == pdf_color([0.2, 0.2, 0.2]) == "51,51,51"
    assert pdf_color((0, 0, 0, 1)) == "0,0,0"  # CMYK black
    assert pdf_color(None) == ""
    assert pdf_color((0.5, [1])) == "(0.5, [1])"  # an unhashable part is still read, not cached


def test_fake_bold_glyphs_printed_twice_are_one_bold_glyph():
    # HTML printers embolden a font without a bold face by drawing each glyph again 0.3 pt aside.
    once = glyphs("Hayou Soufiane Hall", size=18.0, advance=9.0, space=5.0)
    again = glyphs("Hayou Soufiane Hall", x0=10.3, size=18.0, advance=9.0, space=5.0)
    (line,) = build_lines(once + again, page=1)
    assert [w.text for w in line.words] == ["Hayou", "Soufiane", "Hall"]
    assert all(w.bold for w in line.words)


def test_a_doubled_letter_is_not_fake_bold():
    (line,) = build_lines(glyphs("Hall Mississippi", advance=2.5), page=1)  # narrow letters
    assert [w.text for w in line.words] == ["Hall", "Mississippi"] and not any(w.bold for w in line.words)


def test_letter_spaced_capitals_are_read_as_their_words():
    # Letters a wide letter gap apart, words a wider gap, a kerned pair ("AT") closer.
    out = []
    x = 10.0
    for word in ("EDUCATION", "AND", "TRAINING"):
        for i, ch in enumerate(word):
            out += glyphs(ch, x0=x, advance=7.0)
            x += 7.0 + (1.0 if ch + word[i + 1:i + 2] == "AT" else 4.0)
        x += 12.0
    (line,) = build_lines(out, page=1)
    assert line.text == "EDUCATION AND TRAINING"
    (plain,) = build_lines(glyphs("C R Go JS"), page=1)  # a list of short names stays one
    assert plain.text == "C R Go JS"


def _spaced(text: str, x0: float, baseline: float, kern_at: int | None = None):
    """Glyphs of a producer that prints its spaces: 5 pt letters, a 3 pt space glyph; a
    2.5 pt kern without a space glyph after letter ``kern_at``."""
    out, x = [], x0
    for i, ch in enumerate(text):
        width = 3.0 if ch == " " else 5.0
        out.append(Glyph(ch, x, x + width, baseline - 10, baseline, baseline, 10.0, "Body", "0"))
        x += width + 0.2
        if i == kern_at:
            x += 2.5
    return out


def test_a_kern_inside_a_word_of_a_text_that_prints_its_spaces():
    glyphs = []
    for i in range(6):
        glyphs += _spaced("plain words set with real spaces", 10.0, 100.0 + 14 * i)
    glyphs += _spaced("Master of Science", 10.0, 200.0, kern_at=1)
    lines = build_lines(glyphs, page=1)
    assert lines[-1].text == "Master of Science"
    # The same gap where the text prints no spaces at all is a word break (TeX's output).
    bare = [g for g in glyphs if not g.text.isspace()]
    assert build_lines(bare, page=1)[-1].text.startswith("Ma ster")


def test_cells_of_a_borderless_table_on_nearby_baselines_are_lines_of_their_own():
    # Left cell: a 30 pt name line and a 13 pt headline; right cell, a cell gap away: 9.5 pt
    # contact lines whose baselines fall 2-4 pt from theirs. Each is a line of its own.
    name = glyphs("Jane", x0=57.0, size=30.0, advance=20.0, baseline=68.9)
    phone = glyphs("+44 117 496 0712", x0=374.0, size=9.5, baseline=65.4)
    headline = glyphs("Data Engineer", x0=57.0, size=13.0, advance=7.0, baseline=127.0)
    link = glyphs("jane-doe-4821/", x0=374.0, size=9.5, baseline=129.4)
    texts = [ln.text for ln in build_lines(name + phone + headline + link, page=1)]
    assert texts == ["+44 117 496 0712", "Jane", "Data Engineer", "jane-doe-4821/"]


def test_a_short_cell_a_cell_gap_from_a_large_line_is_no_superscript_of_it():
    name = glyphs("Jane", x0=57.0, size=30.0, advance=20.0, baseline=68.9)
    country = glyphs("UK", x0=374.0, size=9.5, baseline=65.4)
    assert [ln.text for ln in build_lines(name + country, page=1)] == ["UK", "Jane"]


def test_label_and_value_a_point_apart_drop_capital_and_superscript_stay_one_line():
    # A table row: a 9 pt label and its 11 pt value, baselines 1.5 pt apart, a cell gap between.
    label = glyphs("Nationality", x0=50.0, size=9.0, baseline=100.0)
    value = glyphs("British", x0=200.0, size=11.0, baseline=101.5)
    (row,) = build_lines(label + value, page=1)
    assert [" ".join(w.text for w in c) for c in row.cells()] == ["Nationality", "British"]
    # A drop capital three lines tall hugs the line it stands on (its baseline a point off).
    cap = [Glyph("S", 10.0, 37.0, 95.0, 131.0, 131.0, 36.0, "Body", "0")]
    (line,) = build_lines(cap + glyphs("oftware engineer", x0=40.0, baseline=130.0), page=1)
    assert line.text.startswith("S")
    # A star raised a few points over the end of an author's name.
    star = Glyph("*", 66.0, 69.0, 88.0, 94.0, 95.5, 6.0, "Body", "0")
    (line,) = build_lines(glyphs("Fadhel Ayed") + [star], page=1)
    assert "*" in line.text


def test_a_drop_capital_begins_the_first_line_of_its_paragraph():
    # A 38 pt "S" on the baseline of the third indented line, its top level with the first's.
    cap = [Glyph("S", 10.0, 36.0, 100.0, 138.0, 138.0, 38.0, "Body", "0")]
    lines = cap + glyphs("oftware engineer with nine years", x0=40.0, baseline=110.0)
    lines += glyphs("of building payment backends", x0=40.0, baseline=124.0)
    lines += glyphs("and logistics systems", x0=40.0, baseline=138.0)
    lines += glyphs("in Go and Python.", x0=10.0, baseline=152.0)
    assert [ln.text for ln in build_lines(lines, page=1)] == [
        "Software engineer with nine years", "of building payment backends", "and logistics systems", "in Go and Python."]
