"""Region-level events (ACLED ``geo_precision`` 3) drawn as areas, not pins.

An event coded to a province or a country is drawn as that division's
Natural Earth polygon, taken from the gazetteer by the event's GeoNames id
(:mod:`gazetteer.shapes`) and, when no outline has that id, found by name
within the event's country; simplified here for the map. When no polygon
is known, the event is drawn as a circle whose radius says how vague the
location is (:data:`FALLBACK_RADIUS_M`), never as a precise pin.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pycountry

from gazetteer.shapes import Outline
from geomap.maps import outlines
from geomap.maps.assets import AssetError
from geomap.records import Event

REGION_PRECISION = 3
FALLBACK_RADIUS_M = 50_000.0
TOLERANCE = 0.01


@dataclass(frozen=True, slots=True)
class RegionShape:
    """The area drawn for a region-level event.

    ``geometry`` is a GeoJSON geometry mapping (simplified) or None, in
    which case a circle of ``radius_m`` around the event's point is drawn.
    ``radius_m`` is always the radius of a circle of the region's area.
    """

    key: str
    name: str
    geometry: dict[str, Any] | None
    radius_m: float
    source: str


def is_region_event(event: Event) -> bool:
    """Return True when ``event`` is located only to a region (precision 3)."""
    return event.geo_precision == REGION_PRECISION


def fold(name: object) -> str:
    """Return ``name`` case- and accent-folded, punctuation as spaces.

    Examples
    --------
    >>> fold("Al-Ḥasakah Governorate")
    'al hasakah governorate'
    """
    if not isinstance(name, str) or not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(ch if ch.isalnum() else " " for ch in text.casefold())
    return " ".join(text.split())


_GENERIC = {"governorate", "province", "state", "region", "district", "oblast", "muhafazat"}


def _strip_generic(name: str) -> str:
    words = [w for w in name.split() if w not in _GENERIC]
    return " ".join(words) or name


def country_code(event: Event) -> str | None:
    """Return the ISO alpha-2 code of ``event``'s country (from ``iso3`` or ``country``)."""
    for value in (event.iso3, event.country):
        if not value:
            continue
        try:
            return pycountry.countries.lookup(value).alpha_2
        except LookupError:
            continue
    return None


class RegionIndex:
    """Find the Natural Earth polygon of region-level events.

    By the event's GeoNames id first (a country or first-level division the
    gazetteer has an outline for, :mod:`gazetteer.shapes`); when no outline
    has that id, by the country's name or the division's names within the
    event's country.

    Parameters
    ----------
    country_codes : iterable of str
        ISO alpha-2 codes whose divisions to match by name.

    Raises
    ------
    AssetError
        When the Natural Earth npm packages are not installed.
    """

    def __init__(self, country_codes: Iterable[str]):
        self._by_name: dict[tuple[str, str], Outline] = {}
        for division in outlines.admin1(country_codes):
            for name in division.names:
                folded = fold(name)
                if folded:
                    key = (division.country_code, folded)
                    self._by_name.setdefault(key, division)
                    self._by_name.setdefault((key[0], _strip_generic(folded)), division)
        self._countries = {c.country_code: c for c in outlines.countries("50m") if c.country_code}
        self._cache: dict[str, RegionShape | None] = {}

    @staticmethod
    def _shape(found: Outline) -> RegionShape:
        country = found.level == "country"
        tolerance = TOLERANCE * 2 if country else TOLERANCE
        return RegionShape(
            key=f"{found.level}:{found.country_code}" + ("" if country else f":{found.name}"),
            name=found.name,
            geometry=outlines.simplify(found.geometry, tolerance).__geo_interface__,
            radius_m=outlines.equivalent_radius_m(found.geometry),
            source="Natural Earth admin-0" if country else "Natural Earth admin-1",
        )

    def _by_names(self, event: Event, alpha2: str) -> Outline | None:
        location = fold(event.location or event.location_raw)
        country = pycountry.countries.get(alpha_2=alpha2)
        country_names = {fold(alpha2), fold(country.name) if country else ""}
        if country is not None and getattr(country, "common_name", None):
            country_names.add(fold(country.common_name))
        if location and location in country_names:
            return self._countries.get(alpha2)
        for name in (event.location, event.location_raw, event.admin1):
            folded = fold(name)
            found = self._by_name.get((alpha2, folded))
            if found is None:
                found = self._by_name.get((alpha2, _strip_generic(folded)))
            if found is not None:
                return found
        return None

    def lookup(self, event: Event) -> RegionShape | None:
        """Return the polygon of ``event``'s region, or None when unknown."""
        alpha2 = country_code(event)
        cache_key = f"{event.geonameid}|{alpha2}|{event.location}|{event.admin1}"
        if cache_key in self._cache:
            return self._cache[cache_key]
        found = outlines.outline(event.geonameid) if event.geonameid else None
        if found is None and alpha2:
            found = self._by_names(event, alpha2)
        shape = None if found is None else self._shape(found)
        self._cache[cache_key] = shape
        return shape


def region_index(events: list[Event]) -> RegionIndex | None:
    """Return a :class:`RegionIndex` for the region-level ``events``, or None.

    None when there are no region-level events or the Natural Earth data is
    not installed (the events are then drawn as circles of the fallback
    radius).
    """
    regional = [e for e in events if is_region_event(e)]
    if not regional:
        return None
    codes = {code for code in map(country_code, regional) if code}
    try:
        return RegionIndex(codes)
    except AssetError:
        return None


def region_shape(event: Event, index: RegionIndex | None) -> RegionShape:
    """Return the area to draw for a region-level event (polygon or honest circle)."""
    shape = index.lookup(event) if index is not None else None
    if shape is not None:
        return shape
    name = event.location or event.location_raw or "unknown region"
    return RegionShape(
        key=f"circle:{name}",
        name=name,
        geometry=None,
        radius_m=FALLBACK_RADIUS_M,
        source="no outline known: circle of the default regional radius",
    )
