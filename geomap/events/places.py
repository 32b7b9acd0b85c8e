"""Prepare the geoparser's places for event linking, and country fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from geomap.records import Place


def usable_places(
    places: Sequence[Place],
    organisations: Sequence[tuple[int, int]],
    demonyms: Mapping[str, str],
) -> list[Place]:
    """Places that can be an event's site, in text order.

    Drops unresolved mentions, mentions inside an organisation's name
    ("Islamic State of Iraq and al-Sham") and adjectives ("Syrian").
    """
    out = []
    for place in places:
        if place.lat is None and place.geonameid is None:
            continue
        if any(s <= place.start and place.end <= e for s, e in organisations):
            continue
        if place.text.lower() in demonyms or place.text.lower().rstrip("s") in demonyms:
            continue
        if place.feature in ("continent",):
            continue
        out.append(place)
    return sorted(out, key=lambda p: p.start)


@cache
def country_fields(code: str | None) -> dict:
    """``country`` name and ``iso3`` for an ISO2 code (gazetteer, else pycountry)."""
    if not code:
        return {"country": None, "iso3": None}
    try:
        import gazetteer

        info = gazetteer.country_info(code)
        return {"country": info.name, "iso3": info.iso3}
    except (ImportError, AttributeError, LookupError, KeyError, ValueError):
        pass
    from geomap.events.actors import country_name

    try:
        import pycountry

        record = pycountry.countries.get(alpha_2=code)
    except (ImportError, LookupError):
        record = None
    return {"country": country_name(code), "iso3": record.alpha_3 if record else None}
