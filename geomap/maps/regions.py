"""Region-level events (ACLED ``geo_precision`` 3) drawn as areas, not pins.

An event coded to a province or a country is drawn as that division's
Natural Earth polygon. The division is found by GeoNames id first, then by
name within the event's country. When no polygon is known, the event is
drawn as a circle whose radius says how vague the location is
(:data:`FALLBACK_RADIUS_M`), never as a precise pin.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

import pycountry

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


def _alpha2(event: Event) -> str | None:
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

    Parameters
    ----------
    country_codes : iterable of str
        ISO alpha-2 codes whose divisions to load.
    """

    def __init__(self, country_codes: set[str]):
        self._admin1 = outlines.admin1(frozenset(country_codes))
        self._by_id: dict[int, int] = {}
        self._by_name: dict[tuple[str, str], int] = {}
        for position, row in enumerate(self._admin1.itertuples(index=False)):
            gn_id = row.gn_id
            if gn_id is not None and gn_id == gn_id and gn_id > 0:
                self._by_id[int(gn_id)] = position
            names = [row.name, row.name_en, row.gn_name, row.woe_name]
            names += str(row.name_alt or "").split("|")
            for name in names:
                folded = fold(name)
                if folded:
                    self._by_name.setdefault((row.iso_a2, folded), position)
                    self._by_name.setdefault((row.iso_a2, _strip_generic(folded)), position)
        self._countries = outlines.countries("50m")
        self._cache: dict[str, RegionShape | None] = {}

    def _admin1_shape(self, position: int) -> RegionShape:
        row = self._admin1.iloc[position]
        geometry = row.geometry
        return RegionShape(
            key=f"admin1:{row.iso_a2}:{row['name']}",
            name=str(row["name"]),
            geometry=outlines.simplify(geometry, TOLERANCE).__geo_interface__,
            radius_m=outlines.equivalent_radius_m(geometry),
            source="Natural Earth admin-1",
        )

    def _country_shape(self, alpha2: str) -> RegionShape | None:
        match = self._countries[self._countries["iso_a2"] == alpha2]
        if match.empty:
            return None
        row = match.iloc[0]
        return RegionShape(
            key=f"country:{alpha2}",
            name=str(row["name"]),
            geometry=outlines.simplify(row.geometry, TOLERANCE * 2).__geo_interface__,
            radius_m=outlines.equivalent_radius_m(row.geometry),
            source="Natural Earth admin-0",
        )

    def lookup(self, event: Event) -> RegionShape | None:
        """Return the polygon of ``event``'s region, or None when unknown."""
        alpha2 = _alpha2(event)
        cache_key = f"{event.geonameid}|{alpha2}|{event.location}|{event.admin1}"
        if cache_key in self._cache:
            return self._cache[cache_key]
        shape = None
        if event.geonameid and int(event.geonameid) in self._by_id:
            shape = self._admin1_shape(self._by_id[int(event.geonameid)])
        if shape is None and alpha2:
            location = fold(event.location or event.location_raw)
            country = pycountry.countries.get(alpha_2=alpha2)
            country_names = {fold(alpha2), fold(country.name) if country else ""}
            if country is not None and getattr(country, "common_name", None):
                country_names.add(fold(country.common_name))
            if location and location in country_names:
                shape = self._country_shape(alpha2)
            else:
                for name in (event.location, event.location_raw, event.admin1):
                    folded = fold(name)
                    position = self._by_name.get((alpha2, folded))
                    if position is None:
                        position = self._by_name.get((alpha2, _strip_generic(folded)))
                    if position is not None:
                        shape = self._admin1_shape(position)
                        break
        self._cache[cache_key] = shape
        return shape


def region_index(events: list[Event]) -> RegionIndex | None:
    """Return a :class:`RegionIndex` for the region-level ``events``, or None.

    None when there are no region-level events or the Natural Earth data is
    not installed (the events are then drawn as circles of the fallback
    radius).
    """
    codes = {code for code in (_alpha2(e) for e in events if is_region_event(e)) if code}
    if not codes:
        return None
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
