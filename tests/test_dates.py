import pytest

from cvparse.dates import find_dates, first_range

CASES = [
    ("2023 – Current", "2023", None, True),
    ("July 2019 – September 2019", "2019-07", "2019-09", False),
    ("Mar. 2010 – Aug. 2017", "2010-03", "2017-08", False),
    ("01/10/2021 bis 31/03/2022", "2021-10-01", "2022-03-31", False),
    ("[ 01/03/2023 – Current ]", "2023-03-01", None, True),
    ("2022–present", "2022", None, True),
    ("since 2021", "2021", None, True),
    # open ends, "since" and range words of Dutch, Polish, Czech, Swedish and Turkish CVs
    ("01/2019 - heden", "2019-01", None, True), ("od 03.2019", "2019-03", None, True),
    ("10.2015 do 06.2018", "2015-10", "2018-06", False), ("2020 – obecnie", "2020", None, True),
    ("09.2017 – dosud", "2017-09", None, True), ("sedan 2021", "2021", None, True),
    ("08.2021 – Pågående", "2021-08", None, True), ("Mart 2019 – Günümüz", "2019-03", None, True),
    ("seit 03/2021", "2021-03", None, True),
    ("Septembre 2019 – aujourd'hui", "2019-09", None, True),
    ("janv. 2016 – août 2018", "2016-01", "2018-08", False),
    ("2019 – Actualidad", "2019", None, True),
    ("Marzo 2015 – Hoy", "2015-03", None, True),
    ("Verano de 2017", "2017", None, False),
    ("Jan 2019 - Mar 2020", "2019-01", "2020-03", False),
    ("2015 to 2017", "2015", "2017", False),
    ("04/2018 – heute", "2018-04", None, True),
    ("June – September 2015", "2015-06", "2015-09", False),
    ("2018-2020", "2018", "2020", False),
    ("ottobre 2020 – in corso", "2020-10", None, True),
    ("setembro 2019 – atual", "2019-09", None, True),
    # the year before the month
    ("2012 August - 2018 September", "2012-08", "2018-09", False),
    ("2021 Aug – present", "2021-08", None, True),
]


@pytest.mark.parametrize("text,start,end,current", CASES)
def test_ranges(text, start, end, current):
    d = first_range(text)
    assert d is not None, text
    assert (d.start, d.end, d.current) == (start, end, current)


def test_no_day_is_invented():
    assert first_range("March 2017").start == "2017-03"
    assert first_range("2017").start == "2017"


def test_dates_text_is_what_was_printed():
    d = first_range("London, UK  July 2019 – September 2019")
    assert d.text == "July 2019 – September 2019"


def test_text_without_dates():
    assert find_dates("Principles of Machine Learning") == []
    assert find_dates("100+ students") == []


def test_open_ended_range_runs_to_the_present():
    d = first_range("Board of Directors (2018–)")
    assert (d.start, d.end, d.current, d.text) == ("2018", None, True, "2018–")
    assert first_range("2018 – 2019").current is False


def test_month_words_of_languages_without_a_table():
    from cvparse.dates import find_dates

    # Polish, Czech and Dutch month names come from dateparser's data, ordinary words do not.
    assert [(d.start, d.end) for d in find_dates("marca 2019 – lipca 2021")] == [("2019-03", "2021-07")]
    assert [d.start for d in find_dates("ledna 2020")] == ["2020-01"]
    assert [d.start for d in find_dates("maart 2018")] == ["2018-03"]
    assert [d.start for d in find_dates("Commerce 2019")] == ["2019"]
    assert [d.start for d in find_dates("University 2016")] == ["2016"]


def test_a_year_range_with_a_two_digit_end():
    from cvparse.dates import find_dates

    assert [(d.start, d.end) for d in find_dates("2014-15")] == [("2014", "2015")]
    assert [(d.start, d.end) for d in find_dates("1999-00")] == [("1999", "2000")]
    assert [(d.start, d.end) for d in find_dates("2011 – 12")] == [("2011", "2012")]
    # A bare hyphen before a month number is the ISO month it may be.
    assert [(d.start, d.end) for d in find_dates("2019-05")] == [("2019-05", None)]
    assert [(d.start, d.end) for d in find_dates("2002-10 bis 2005-06")] == [("2002-10", "2005-06")]


def test_a_word_opening_a_range_of_two_dates_belongs_to_the_range():
    # Left out, "De" / "D’" stays beside the organisation and is read as its place.
    (d,) = find_dates("SCIFORMA - MARSEILLE – D’Octobre 2015 à Juin 2018")
    assert (d.start, d.end, d.text) == ("2015-10", "2018-06", "D’Octobre 2015 à Juin 2018")
    assert find_dates("Acme GmbH, von 03/2010 bis 05/2012")[0].text == "von 03/2010 bis 05/2012"
    assert find_dates("Desde enero 2019 hasta marzo 2020")[0].text == "Desde enero 2019 hasta marzo 2020"
