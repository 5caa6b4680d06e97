"""Where a CV's owner lives: a printed address or place, found in text and split into
street, postcode, city, region and country.

The record keeps the split (``basics.place``); JSON Resume wants ``{address, postalCode, city,
region, countryCode}`` and redaction keeps only the coarse part (city, region, country). All
read the same split. Country names come from pycountry's ISO 3166 list and its translations.
"""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import cache

from .lexicon import load
from .model import Place
from .text import fold

# Postcode shapes of the common CV countries: US ZIP(+4), most of Europe (4-6 digits), the
# Netherlands (1234 AB), Portugal (1234-567), Poland (12-345), Japan (123-4567), Britain
# (SW1A 1AA), Canada (M2R 1Z9); "(9000)" and "D-10115" as printed in some.
_POSTCODE = (r"(?:\d{5}-\d{4}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{4}\s?[A-Z]{2}(?![a-z])|\d{4,6}"
             r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)")
_POSTCODE_ONLY = re.compile(rf"^\(?(?:[A-Z]{{1,2}}-)?{_POSTCODE}\)?$")
_POSTCODE_CITY = re.compile(rf"^\(?(?:[A-Z]{{1,2}}-)?({_POSTCODE})\)?\s+(\D+)$")  # "10115 Berlin", "(9000) Aalborg"
_CITY_POSTCODE = re.compile(rf"^(\D+?)\s+({_POSTCODE})$")  # "Boston 02115", "NJ 08544"
_STREET_POSTCODE = re.compile(rf"^(.*\d.*?)\s+({_POSTCODE})$")  # "Rua X N21 2835-138"
_STREET_POSTCODE_CITY = re.compile(rf"^(.*\d.*?)\s+({_POSTCODE})\s+(\D+)$")  # "13 Rue Kléber 13003 Marseille"
_REGION_CODE = re.compile(r"^[A-Z]{2,3}$")  # "IL", "NSW": a state or province abbreviation
# Parts of a printed place: commas, semicolons, brackets, spaced dashes and bars.
_PART = re.compile(r"[^,;()|]+?(?=\s*(?:[,;()|]|\s[–—-]\s|$))")
_TRIM = " .–—-"
# A city or region name: a few words, the first capitalised, no digits.
_NAME = re.compile(r"^[A-ZÀ-Þ\u0100-\u024f][\w.'’-]*(?:\s+[\w.'’-]+){0,3}$")
# Parts a place may hold before its city that are neither street nor city: a district.
_EXTRA_NAMES = 1


@cache
def country_codes() -> dict[str, str]:
    """Folded country name (English and the lexicon's languages) -> ISO 3166-1 alpha-2 code."""
    import pycountry

    table = load("places")
    names: dict[str, str] = {}
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                    for lang in table["name_languages"]]
    for country in pycountry.countries:
        for name in (getattr(country, key, None) for key in ("name", "official_name", "common_name")):
            if not name:
                continue
            names.setdefault(fold(name), country.alpha_2)
            for translation in translations:
                names.setdefault(fold(translation.gettext(name)), country.alpha_2)
    names.update(table["country_aliases"])
    return names


def country_code(text: str) -> str | None:
    return country_codes().get(fold(text)) if text.strip() else None


def names_country(text: str) -> bool:
    """A country's name, or its ISO code printed in capitals ("AT", "DEU")."""
    import pycountry

    code = text.strip()
    if re.fullmatch(r"[A-Z]{2,3}", code):
        found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else pycountry.countries.get(alpha_3=code)
        return found is not None
    return country_code(text) is not None


def subdivision(code: str, countries: tuple[str, ...]) -> str | None:
    """The first of ``countries`` that has a state or province printed as ``code`` ("MI", "ON")."""
    import pycountry

    for country in countries:
        if pycountry.subdivisions.get(code=f"{country}-{code.upper()}") is not None:
            return country
    return None


def coarse(place: Place) -> str | None:
    """City, region and country as printed: a location that does not point at a home."""
    parts = [p for p in (place.city, place.region, place.country) if p]
    return ", ".join(parts) or None


def understood(place: Place) -> bool:
    return bool(place.city or place.country_code)


def split_location(text: str, region: str | None = None) -> Place:
    """Read 'Street 12, 10115 Berlin', 'Chicago, IL', 'Madrid (España)', 'London, UK'."""
    found = find_place(text, region)
    if found is not None and found[0].strip() == text.strip(" ,.;"):
        return found[1]
    return _split_forward(text)


def _split_forward(text: str) -> Place:
    """Each part in turn: the first plain name is the city, the next the region."""
    parts = [p.strip(" .") for p in re.split(r"[,;\n()]|\s[–—|]\s", text)]
    parts = [p for p in parts if p]
    place = Place()
    for index, part in enumerate(parts):
        code = country_code(part)
        if code and place.country is None and (index > 0 or len(parts) == 1):
            place.country, place.country_code = part, code
        elif _POSTCODE_ONLY.match(part):
            place.postal_code = part
        elif m := _POSTCODE_CITY.match(part):
            place.postal_code, place.city = m.group(1), m.group(2).strip()
        elif m := _CITY_POSTCODE.match(part):
            name, place.postal_code = m.group(1).strip(), m.group(2)
            if _REGION_CODE.match(name) and place.city:  # "Springfield, IL 62704"
                place.region = name
            else:
                place.city = name
        elif _has_digit(part):
            place.street = ", ".join(filter(None, [place.street, part]))
        elif _REGION_CODE.match(part) and place.city:
            place.region = part
        elif place.city is None:
            place.city = part
        elif place.region is None:
            place.region = part
        else:
            place.street = ", ".join(filter(None, [place.street, part]))
    return place


@dataclass
class _Reading:
    """A place read from the end of a text backwards, part by part."""
    place: Place
    start: int  # where the place begins in the text
    anchored: bool = False  # a country, a postcode or a known state code vouches for it
    extra_names: int = 0


def find_place(text: str, region: str | None = None) -> tuple[str, Place] | None:
    """The place ``text`` ends with, as printed, and its split: "…, Madison, WI 53706",
    "Toulouse - France", "37, rue X, 91470 Mennecy, France". None without a country, a
    postcode or a state code of a country to vouch for it."""
    if (east_asian := _east_asian(text)) is not None:
        return east_asian
    parts = [(m.start() + len(m.group()) - len(m.group().lstrip(_TRIM)), m.group().strip(_TRIM))
             for m in _PART.finditer(text) if m.group().strip(_TRIM)]
    if not parts:
        return None
    countries = tuple(dict.fromkeys(([region] if region else []) + load("places")["abbreviated_regions"]))
    reading = _Reading(Place(), start=len(text))
    for start, part in reversed(parts):
        if not _read_part(reading, part, countries):
            break
        reading.start = start
    place = reading.place
    if not reading.anchored or not (place.city or (place.country and not place.street)) \
            or not (place.city or place.country):  # a state's code alone is no place
        return None
    return text[reading.start:].strip(" ,.;"), place


@cache
def _east_asian_address() -> re.Pattern[str]:
    suffixes = load("places")["east_asian_suffixes"]
    alts = {key: "|".join(map(re.escape, sorted(v, key=len, reverse=True))) for key, v in suffixes.items()}
    cjk = r"\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"
    return re.compile(rf"^(?:〒?\s?(\d{{3}}-\d{{4}})\s*)?([{cjk}]+?(?:{alts['region']}))?([{cjk}]+?(?:{alts['city']}))(.*)$")


def _east_asian(text: str) -> tuple[str, Place] | None:
    """An address in Japanese, Chinese or Korean: region, city and the rest, run together."""
    m = _east_asian_address().match(text.strip())
    if m is None or not m.group(2):  # a city's suffix alone is too common a character
        return None
    postcode, region, city, rest = m.groups()
    return text.strip(), Place(postal_code=postcode, region=region, city=city, street=rest.strip() or None)


def _read_part(reading: _Reading, part: str, countries: tuple[str, ...]) -> bool:
    """Take ``part`` into the place read so far (it comes before what was read): False when it
    is no part of a place, which ends the place."""
    place = reading.place
    if place.city is None:
        words = part.split()
        if place.country is None and not place.postal_code and (code := country_code(part)):
            place.country, place.country_code = part, code
            reading.anchored = True
            return True
        if place.country is None and len(words) > 1 and (code := country_code(words[-1])):
            place.country, place.country_code = words[-1], code  # "38677-1848 USA"
            reading.anchored = True
            part = " ".join(words[:-1])
        if _POSTCODE_ONLY.match(part) and not place.postal_code:
            place.postal_code = part.strip("()")
            reading.anchored = True
            return True
        m = _STREET_POSTCODE_CITY.match(part) or _POSTCODE_CITY.match(part)
        if m and not _street_words().search(fold(m.groups()[-1])):  # "1465 Saratoga Ave": no city
            *street, place.postal_code, city = m.groups()
            place.street = street[0] if street else place.street
            place.city = city.strip()
            reading.anchored = True
            return True
        if (m := _CITY_POSTCODE.match(part)) and _NAME.match(m.group(1)):
            name, place.postal_code = m.group(1), m.group(2)
            reading.anchored = True
            if _state(reading, name, countries):
                return True
            place.city = name
            return True
        if _state(reading, part, countries):
            return True
        if len(words) > 1 and place.postal_code and _state(reading, words[-1], countries, any_case=True):
            part = " ".join(words[:-1])  # "San Jose ca": the state's code after the city
        # One word before a state's code is its city, whatever the word: "University, MS".
        if _NAME.match(part) and (not _has_vocab(part) or (len(words) == 1 and place.region)):
            place.city = part
            return True
        return False
    if _POSTCODE_ONLY.match(part) and not place.postal_code:
        place.postal_code = part.strip("()")  # "10141, Torino"
        reading.anchored = True
        return True
    if _is_street(part):
        if m := _STREET_POSTCODE.match(part):
            part, place.postal_code = m.group(1), place.postal_code or m.group(2)
            reading.anchored = True
        place.street = ", ".join(filter(None, [part, place.street]))
        return True
    if not place.street and reading.extra_names < _EXTRA_NAMES and _NAME.match(part) and not _has_vocab(part):
        reading.extra_names += 1  # a district before its city: "Mapo-gu, Seoul"
        place.street = part
        return True
    return False


def _state(reading: _Reading, code: str, countries: tuple[str, ...], any_case: bool = False) -> bool:
    """``code`` is a state or province of the country printed, or of one of ``countries``."""
    place = reading.place
    if place.region or not (_REGION_CODE.match(code) or (any_case and _REGION_CODE.match(code.upper()))):
        return False
    country = subdivision(code, (place.country_code,) if place.country_code else countries)
    if country is None:
        return False
    place.region, place.country_code = code.upper(), country
    reading.anchored = True
    return True


@cache
def _street_words() -> re.Pattern[str]:
    words = sorted(load("places")["street_words"], key=len, reverse=True)
    return re.compile(r"(?:^|\s)(?:%s)(?:\s|$)|(?:str|strasse|straat|laan|weg|gasse|vej|gade|gatan)(?:\s|$)"
                      % "|".join(map(re.escape, words)))


def _is_street(part: str) -> bool:
    """A house number or a street word: "1702 Cedar Lane", "Via Roma", "Földerichstr. 50A"."""
    return _has_digit(part) or bool(_street_words().search(fold(part)))


def looks_like_street(text: str) -> bool:
    """A line of an address above its city: a house number among words, or a street word."""
    words = text.split()
    return 1 < len(words) <= 8 and _is_street(text) and any(c.isalpha() for c in text)


def _has_vocab(part: str) -> bool:
    """Words of a firm, a school or a job: "University of Wisconsin-Madison" is no city."""
    from .fields.common import vocab_hits  # the vocabularies live with the field parsers

    return any(vocab_hits(name, part) for name in ("organization", "position", "degree"))


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)
