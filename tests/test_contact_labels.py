"""Basics read from personal-data label rows and from a name sharing its line with contacts."""
from conftest import make_line

from cvparse.fields.contact import parse_basics
from cvparse.layout import Layout, Page


def _basics(header, contact=()):
    layout = Layout(pages=[Page(number=1, width=600, height=800, lines=[*header, *contact])])
    return parse_basics(list(header), list(contact), layout)


def test_name_row_of_a_personal_data_table():
    rows = [make_line("Name || Jane Roe", top=100), make_line("Anschrift || Hauptweg 3, 12345 Musterstadt", top=112)]
    basics = _basics([make_line("Lebenslauf", size=20, top=50)], rows)
    assert basics.name == "Jane Roe"
    assert basics.location == "Hauptweg 3, 12345 Musterstadt"
    assert basics.provenance["name"].box == rows[0].box


def test_surname_first_label_reorders_the_name():
    basics = _basics([make_line("Name, Vorname: || Roe, Jane", top=100)])
    assert basics.name == "Jane Roe"


def test_name_in_a_cell_beside_the_email():
    basics = _basics([make_line("Jane Roe || jane.roe@example.org", size=14, top=50),
                      make_line("github.com/janeroe", top=70)])
    assert basics.name == "Jane Roe"
    assert basics.email == "jane.roe@example.org"


def test_degrees_after_a_name_are_not_the_name():
    from cvparse.fields.contact import strip_post_nominals

    assert strip_post_nominals("Pierre Dupont, Ph.D.") == "Pierre Dupont"
    assert strip_post_nominals("Jane Doe, PhD, PMP") == "Jane Doe"
    assert strip_post_nominals("John Smith MBA") == "John Smith"
    # Part of the name, or a two-letter surname: kept.
    for name in ("Martin Luther King Jr.", "Bao Ma", "Thi Mai Do", "NGUYEN VAN DO"):
        assert strip_post_nominals(name) == name


def test_a_name_set_on_two_lines_is_read_whole():
    from conftest import make_line

    from cvparse.fields.contact import read_basics
    from cvparse.layout import Layout, Page

    first = make_line("MARTINA", size=26.0, top=58.0)
    second = make_line("QUINTERO", size=26.0, top=82.0)
    contact = make_line("martina.q@example.com", size=11.0, top=120.0)
    layout = Layout(pages=[Page(number=1, width=600.0, height=800.0, lines=[first, second, contact])])
    basics, _picked = read_basics([first, second, contact], [], layout)
    assert basics.name == "Martina Quintero"


def test_contact_details_off_the_header_come_from_around_the_email_not_every_link():
    header = [make_line("Jane Roe", size=20, top=50)]
    body = [make_line("Publications", top=100), make_line("Paper one https://doi.org/10.1000/xyz123", top=112),
            make_line("Paper two https://arxiv.org/abs/2101.00001", top=124), make_line("Skills", top=160),
            make_line("Python, SQL", top=172), make_line("Docker", top=184), make_line("Contact", top=300),
            make_line("jane.roe@example.org", top=312), make_line("https://janeroe.example.org", top=324)]
    layout = Layout(pages=[Page(number=1, width=600, height=800, lines=[*header, *body])])
    basics = parse_basics(header, [], layout)
    assert basics.email == "jane.roe@example.org"
    assert basics.urls == ["https://janeroe.example.org"]


def test_a_national_number_is_read_in_the_country_of_the_address_beside_it():
    header = [make_line("Jane Roe", size=20, top=50), make_line("Havnegade 3, 9000 Aalborg, Danmark", top=80),
              make_line("Tel: 9399 3436", top=92)]
    basics = _basics(header)
    assert basics.place is not None and basics.place.country_code == "DK"
    assert basics.phones == ["+4593993436"]
