"""Hand-built places and short helpers shared by the event extraction tests.

The tests state one mechanism each on a sentence written for it; places are
built here from a table of invented or chosen towns, so the geoparser plays
no part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from geomap.events import extract_events
from geomap.places import find_places
from geomap.records import Document, Event, Place

#: Invented towns of an invented war, with points.
INVENTED_TOWNS = {
    "Dunmore": (10.1, 20.1),
    "Kessler": (10.6, 20.4),
    "Harrow": (12.9, 23.5),
    "Ostin": (11.0, 21.0),
}

Point = tuple[float, float]


def hand_places(
    text: str,
    towns: Mapping[str, Point],
    *,
    country: str = "SD",
    population: int = 80_000,
    regions: Mapping[str, Point] | None = None,
    seas: Mapping[str, Point] | None = None,
    ignore_case: bool = False,
) -> list[Place]:
    """Return a place for every occurrence in ``text`` of a name of the tables.

    Parameters
    ----------
    text : str
        The article.
    towns, regions, seas : mapping of name to (lat, lon)
        Towns become ``city`` places, regions ``admin1`` places, both with a
        GeoNames-like id (their rank over towns then regions) in ``country``;
        seas become ``sea`` places without id or country.
    population : int
        The population of towns and regions.
    ignore_case : bool
        Match names in any case (the place's text is then as written).

    Returns
    -------
    list of Place
        Sorted by start offset.
    """
    flags = re.I if ignore_case else 0
    places = []
    ranked = {**towns, **(regions or {})}
    for gid, (name, (lat, lon)) in enumerate(ranked.items(), start=1):
        feature = "city" if name in towns else "admin1"
        for match in re.finditer(re.escape(name), text, flags):
            places.append(
                Place(match.start(), match.end(), match.group(), name=name, geonameid=gid,
                      feature=feature, country_code=country, lat=lat, lon=lon,
                      population=population)
            )  # fmt: skip
    for name, (lat, lon) in (seas or {}).items():
        for match in re.finditer(re.escape(name), text, flags):
            places.append(
                Place(match.start(), match.end(), match.group(), name=name, feature="sea",
                      lat=lat, lon=lon)
            )  # fmt: skip
    return sorted(places, key=lambda p: p.start)


def events_of(
    text: str, places: Callable[[str], Sequence[Place]], date: str, doc_id: str = "t"
) -> list[Event]:
    """Extract the events of ``text`` dated ``date``, with ``places(text)`` as its places."""
    return extract_events(Document(id=doc_id, text=text, date=date), list(places(text)))


def invented_events(text: str, date: str = "2025-05-12") -> list[Event]:
    """Events of ``text`` with the invented towns as its only places."""
    return events_of(text, lambda t: hand_places(t, INVENTED_TOWNS), date)


def kinds(events: Sequence[Event]) -> set[tuple[str, str, str | None]]:
    """The (event type, modality, location) of each event."""
    return {(e.event_type, e.modality, e.location) for e in events}


def span(sentence: str, word: str) -> tuple[int, int]:
    """Offsets of the first occurrence of ``word`` in ``sentence``."""
    start = sentence.index(word)
    return start, start + len(word)


def located_battle(**fields) -> Event:
    """A located, asserted armed clash at Dunmore, overridden by ``fields``."""
    values = dict(
        event_id="x", doc_id="d", event_type="Battles", sub_event_type="Armed clash",
        disorder_type="Political violence", geonameid=1, location="Dunmore", geo_precision=1,
        latitude=10.1, longitude=20.1, event_date="2025-03-12", time_precision=1,
    )  # fmt: skip
    values.update(fields)
    return Event(**values)


def geoparsed_events(gaz, text: str, date: str = "2025-06-12") -> list[Event]:
    """Events of ``text`` with its places found by the geoparser (not built by hand)."""
    doc = Document(id="t", text=text, date=date)
    return extract_events(doc, find_places(doc, gaz))
