"""A printed location split into street, postcode, city, region and country.

JSON Resume wants ``{address, postalCode, city, region, countryCode}``; redaction
keeps only the coarse part (city, region, country). Both read the same split.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..lexicon import load
from ..text import fold

_POSTCODE = r"(?:\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})"
_POSTCODE_ONLY = re.compile(rf"^{_POSTCODE}$")
_POSTCODE_CITY = re.compile(rf"^(?:[A-Z]{{1,2}}-)?({_POSTCODE})\s+(\D+)$")  # "10115 Berlin", "D-10115 Berlin"
_CITY_POSTCODE = re.compile(rf"^(\D+?)\s+({_POSTCODE})$")  # "Boston 02115"
_REGION_CODE = re.compile(r"^[A-Z]{2,3}$")  # "IL", "NSW": a state or province abbreviation


@dataclass
class Place:
    street: list[str] = field(default_factory=list)
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None  # as printed
    country_code: str | None = None  # ISO 3166-1 alpha-2

    @property
    def coarse(self) -> str | None:
        """City, region and country as printed: a location that does not point at a home."""
        parts = [p for p in (self.city, self.region, self.country) if p]
        return ", ".join(parts) or None

    @property
    def understood(self) -> bool:
        return bool(self.city or self.country_code)


@cache
def country_codes() -> dict[str, str]:
    """Folded country name in any language phonenumbers knows -> ISO code, plus the lexicon's aliases."""
    from phonenumbers.geodata.locale import LOCALE_DATA  # names of every region in ~200 languages

    names: dict[str, str] = {}
    for code, by_language in LOCALE_DATA.items():
        for name in by_language.values():
            if name.startswith("*"):  # "*en": same as that language's name
                name = by_language.get(name[1:], "")
            if name and len(code) == 2:
                names.setdefault(fold(name), code)
    names.update(load("export")["country_aliases"])
    return names


def split_location(text: str) -> Place:
    """Read 'Street 12, 10115 Berlin', 'Chicago, IL', 'Madrid (España)', 'London, UK'."""
    # A parenthesised part is a part of its own: "Lyon (69003)", "Madrid (España)".
    parts = [p.strip(" .") for p in re.split(r"[,;\n()]|\s[–—|]\s", text)]
    parts = [p for p in parts if p]
    place = Place()
    countries = country_codes()
    for index, part in enumerate(parts):
        code = countries.get(fold(part))
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
            place.street.append(part)  # a house number: the street line
        elif _REGION_CODE.match(part) and place.city:
            place.region = part
        elif place.city is None:
            place.city = part
        elif place.region is None:
            place.region = part
        else:
            place.street.append(part)
    return place


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)
