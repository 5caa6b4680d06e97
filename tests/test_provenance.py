"""Every value of the record says where it was printed: a page of the PDF and a box inside it."""
import pypdfium2
import pytest
from conftest import FIXTURES, make_line, parsed

from cvparse.text import Span

SLUGS = sorted(p.stem for p in FIXTURES.glob("*.pdf"))
LISTS = ("experience", "education", "awards", "publications", "talks", "teaching", "service",
         "skills", "languages", "interests", "other")
NOT_PRINTED = {"section", "provenance", "confidence", "current"}
CONTACT = ("name", "headline", "email", "emails", "phone", "phones", "url", "urls", "location", "profiles")


def page_sizes(slug: str) -> dict[int, tuple[float, float]]:
    pdf = pypdfium2.PdfDocument(str(FIXTURES / f"{slug}.pdf"))
    try:
        return {i + 1: pdf[i].get_size() for i in range(len(pdf))}
    finally:
        pdf.close()


def unplaced(source: dict | None, sizes: dict) -> str | None:
    """Why a provenance entry does not point inside a page, None when it does."""
    if source is None:
        return "no provenance"
    if source["page"] not in sizes:
        return f"page {source['page']} is not a page of the PDF"
    width, height = sizes[source["page"]]
    x0, top, x1, bottom = source["box"]
    if not (-1 <= x0 <= x1 <= width + 1 and -1 <= top <= bottom <= height + 1):
        return f"box {source['box']} outside the {width}x{height} page"
    return None


@pytest.mark.parametrize("slug", SLUGS)
def test_every_field_has_a_box_on_its_page(slug, engine):
    record = parsed(slug, engine)
    sizes = page_sizes(slug)
    problems = []
    for kind in LISTS:
        for i, entry in enumerate(record[kind]):
            prov = entry["provenance"]
            fields = ["entry"] + [k for k, v in entry.items() if k not in NOT_PRINTED and v not in (None, "", [])]
            problems += [f"{kind}[{i}].{f}: {why}" for f in fields if (why := unplaced(prov.get(f), sizes))]
    basics = record["basics"]
    problems += [f"basics.{f}: {why}" for f in CONTACT
                 if basics[f] and (why := unplaced(basics["provenance"].get(f), sizes))]
    for section in record["sections"]:
        if why := unplaced(section["provenance"].get("heading"), sizes):
            problems.append(f"section {section['heading']!r}: {why}")
    if record["summary"]:
        bodies = [s["provenance"].get("body") for s in record["sections"] if s["kind"] == "summary"]
        if not bodies or any(unplaced(b, sizes) for b in bodies):
            problems.append("summary: no section body box")
    assert not problems, "\n".join(problems)


def test_golden_field_boxes_sit_inside_their_entry(golden_record):
    # A field's box is a part of its entry's box (same page), not the whole page or a neighbour.
    for entry in golden_record["experience"] + golden_record["publications"]:
        whole = entry["provenance"]["entry"]
        for name, source in entry["provenance"].items():
            if source["page"] == whole["page"]:
                x0, top, x1, bottom = source["box"]
                assert whole["box"][0] - 0.5 <= x0 and x1 <= whole["box"][2] + 0.5, name
                assert whole["box"][1] - 0.5 <= top and bottom <= whole["box"][3] + 0.5, name


def test_dates_point_at_the_printed_dates(golden_record):
    for entry in golden_record["experience"]:
        prov = entry["provenance"]
        assert prov["start"] == prov["dates_text"]
        assert prov["start"] != prov["entry"]


def test_a_phone_is_found_however_it_is_grouped():
    span = Span.of_lines([make_line("Call (415) 555-0132 today")])
    page, box = span.find_digits("+14155550132")
    words = make_line("Call (415) 555-0132 today").words
    assert page == 1 and box == (words[1].x0, words[1].top, words[2].x1, words[2].bottom)
    assert span.find_digits("+14155550199") is None


def test_a_place_repeated_inside_the_employer_points_at_the_printed_place():
    from cvparse.fields.experience import parse_experience
    from cvparse.segment.entries import Block

    line = make_line("Research Fellow || University of Singapore || Singapore")
    entry = parse_experience(Block(lines=[line]), "Experience")
    assert entry.location == "Singapore" and entry.organization == "University of Singapore"
    org, place = entry.provenance["organization"].box, entry.provenance["location"].box
    assert place[0] >= org[2]  # the place's own cell, right of the employer
