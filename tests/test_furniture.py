"""Page furniture: running headers and footers leave the text, their contact details stay."""
from conftest import make_line

from cvparse.fields import build_record
from cvparse.layout import Layout, Page
from cvparse.segment import drop_running_lines, segment

HEIGHT = 800.0


def _page(number: int, body: list[str]) -> Page:
    lines = [make_line("Jane Roe", top=60, size=24, page=number)] if number == 1 else []
    lines += [make_line(text, top=120 + 14 * i, page=number) for i, text in enumerate(body)]
    # A three-line footer reaching 14% into the page, at the same height on every page.
    lines += [make_line("12 Long Street, Springfield", top=690, page=number),
              make_line("+1 (415) 555 0132 • jane.roe@example.org", top=704, page=number),
              make_line(f"{number}/2", top=718, page=number)]
    return Page(number=number, width=600.0, height=HEIGHT, lines=lines)


def _layout() -> Layout:
    return Layout(pages=[_page(1, ["Experience", "Engineer, Acme Corp 2019 – 2021"]),
                         _page(2, ["Education", "BSc Physics, Springfield University 2015 – 2018"])])


def test_a_tall_footer_repeated_at_the_same_height_is_dropped_and_its_first_copy_kept():
    layout = _layout()
    furniture = drop_running_lines(layout)
    texts = [ln.text for page in layout.pages for ln in page.lines]
    assert not any("Springfield," in t or "555" in t or t.endswith("/2") for t in texts)
    assert "Engineer, Acme Corp 2019 – 2021" in texts
    assert sorted(ln.page for ln in furniture) == [1, 1, 1]


def test_text_repeated_near_the_bottom_at_other_heights_stays():
    layout = _layout()
    layout.pages[0].lines.insert(-3, make_line("Volunteer, Food Bank 2020", top=684, page=1))
    layout.pages[1].lines.insert(-3, make_line("Volunteer, Food Bank 2020", top=740, page=2))
    drop_running_lines(layout)
    assert sum(ln.text == "Volunteer, Food Bank 2020" for p in layout.pages for ln in p.lines) == 2


def test_contact_details_printed_in_the_footer_reach_basics():
    cv = build_record(segment(_layout()))
    assert cv.basics.email == "jane.roe@example.org"
    assert cv.basics.phone == "+14155550132"
