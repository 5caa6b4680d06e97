"""Where a CV's owner lives: the place a text ends with, split into its parts."""
import pytest
from conftest import make_line

from cvparse.fields.contact import parse_basics
from cvparse.layout import Layout, Page
from cvparse.location import country_code, find_place


@pytest.mark.parametrize("text, printed, parts", [
    ("Springfield, IL", "Springfield, IL", {"city": "Springfield", "region": "IL", "country_code": "US"}),
    ("Hamilton, ON L8P 4R5", "Hamilton, ON L8P 4R5",
     {"city": "Hamilton", "region": "ON", "postal_code": "L8P 4R5", "country_code": "CA"}),
    ("Lyon - France", "Lyon - France", {"city": "Lyon", "country": "France", "country_code": "FR"}),
    ("Sevilla, España", "Sevilla, España", {"city": "Sevilla", "country_code": "ES"}),
    ("12 Rue des Lilas 69003 LYON", "12 Rue des Lilas 69003 LYON",
     {"street": "12 Rue des Lilas", "postal_code": "69003", "city": "LYON"}),
    ("Kerkstraat 4, 1234 AB Utrecht", "Kerkstraat 4, 1234 AB Utrecht",
     {"street": "Kerkstraat 4", "postal_code": "1234 AB", "city": "Utrecht"}),
    ("Rua das Flores 9 1200-195 - Lisboa", "Rua das Flores 9 1200-195 - Lisboa",
     {"street": "Rua das Flores 9", "postal_code": "1200-195", "city": "Lisboa"}),
    ("Via Roma 3, 20121, Milano, Italia", "Via Roma 3, 20121, Milano, Italia",
     {"postal_code": "20121", "city": "Milano", "country_code": "IT"}),
    ("Havnegade 2 – (8000) Aarhus – Danmark", "Havnegade 2 – (8000) Aarhus – Danmark",
     {"postal_code": "8000", "city": "Aarhus", "country_code": "DK"}),
    # The school before the city is no part of the place.
    ("State University of Somewhere, Springfield, IL 62704", "Springfield, IL 62704",
     {"city": "Springfield", "region": "IL", "postal_code": "62704"}),
    ("〒150-0001 東京都渋谷区神宮前1-2", "〒150-0001 東京都渋谷区神宮前1-2",
     {"postal_code": "150-0001", "region": "東京都", "city": "渋谷区", "street": "神宮前1-2"}),
    ("College, AK 99701", "College, AK 99701", {"city": "College", "region": "AK"}),  # a town's name
])
def test_the_place_a_text_ends_with(text, printed, parts):
    found = find_place(text)
    assert found is not None and found[0] == printed
    assert {k: v for k, v in found[1].model_dump().items() if k in parts} == parts


@pytest.mark.parametrize("text", [
    "Software Engineer, Acme", "Data Scientist, MS", "(555) 258-8060", "+33 6 12 34 56 78",
    "Springfield", "42 Market Street", "Design Engineer, Example Corp, de"])
def test_no_place_without_a_country_a_postcode_or_a_state(text):
    assert find_place(text) is None


def test_country_names_in_the_languages_of_cvs():
    assert [country_code(n) for n in ("Deutschland", "États-Unis", "Royaume-Uni", "Marruecos", "Россия")] == [
        "DE", "US", "GB", "MA", "RU"]


def _basics(header, contact=()):
    layout = Layout(pages=[Page(number=1, width=600, height=800, lines=[*header, *contact])])
    return parse_basics(list(header), list(contact), layout)


def test_the_street_above_the_city_belongs_to_the_address():
    header = [make_line("Jane Roe", size=20, top=50),
              make_line("42 Market Street", top=80),
              make_line("Springfield, IL 62704", top=92),
              make_line("jane.roe@example.org", top=104)]
    basics = _basics(header)
    assert basics.location == "42 Market Street, Springfield, IL 62704"
    assert (basics.place.street, basics.place.city, basics.place.country_code) == ("42 Market Street", "Springfield", "US")
    assert basics.provenance["location"].box[1] == header[1].box[1]  # the box begins at the street


def test_a_date_of_birth_above_a_country_is_no_street_and_a_nationality_no_home():
    header = [make_line("Jane Roe", size=20, top=50),
              make_line("Nationality: || France", top=80),
              make_line("3 March 1990", top=92),
              make_line("Lyon - France", top=104)]
    basics = _basics(header)
    assert basics.location == "Lyon - France"
