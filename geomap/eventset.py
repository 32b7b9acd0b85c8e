"""``EventSet``: an immutable sequence of events with filters and exports.

What :func:`geomap.extract` returns and what the map command reads back
from an events file::

    events = EventSet.from_file("events.gpkg")
    recent = events.filter(since="2024-03-01", country="SYR", min_fatalities=1)
    recent.to_file("recent.geojson")
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import overload

import geopandas as gpd

from geomap.errors import InputError
from geomap.export.dispatch import WriteReport, write_events
from geomap.export.frame import events_to_frame
from geomap.export.geojson import events_geojson
from geomap.export.reader import read_events
from geomap.records import Event

DateLike = date | datetime | str
Values = str | Iterable[str]


class EventSet(Sequence[Event]):
    """An immutable, ordered collection of :class:`~geomap.records.Event`.

    Parameters
    ----------
    events : iterable of Event
        Kept in the given order.

    Examples
    --------
    >>> from geomap.records import Event
    >>> a = Event("e1", "d1", "Battles", "Armed clash", "Political violence")
    >>> both = EventSet([a]) + [Event("e2", "d1", "Protests", "Peaceful protest", "Demonstrations")]
    >>> len(both), [e.event_id for e in both.filter(type="battles")]
    (2, ['e1'])
    """

    __slots__ = ("_events",)

    def __init__(self, events: Iterable[Event] = ()) -> None:
        items = tuple(events)
        for item in items:
            if not isinstance(item, Event):
                raise TypeError(f"EventSet holds Event records, not {type(item).__name__}")
        self._events = items

    # -- sequence protocol -------------------------------------------------
    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> EventSet: ...

    def __getitem__(self, index: int | slice) -> Event | EventSet:
        if isinstance(index, slice):
            return EventSet(self._events[index])
        return self._events[index]

    def __add__(self, other: Iterable[Event]) -> EventSet:
        if isinstance(other, str | bytes) or not isinstance(other, Iterable):
            return NotImplemented
        return EventSet((*self._events, *other))

    def __radd__(self, other: Iterable[Event]) -> EventSet:
        if isinstance(other, str | bytes) or not isinstance(other, Iterable):
            return NotImplemented
        return EventSet((*other, *self._events))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventSet):
            return NotImplemented
        return self._events == other._events

    __hash__ = None  # type: ignore[assignment]  # Event is mutable

    def __repr__(self) -> str:
        located = sum(1 for e in self._events if _located(e))
        return f"EventSet({len(self)} events, {located} located)"

    # -- exports -----------------------------------------------------------
    def to_geodataframe(self) -> gpd.GeoDataFrame:
        """Return the events as a GeoDataFrame with the exported columns (ACLED first).

        Unlocated events are included, with a None geometry.
        """
        return events_to_frame(self._events)

    def to_geojson(self) -> str:
        """Return an RFC 7946 FeatureCollection of the located events."""
        return events_geojson(self._events)

    def to_file(self, path: str | Path, *, fmt: str | None = None) -> WriteReport:
        """Write the events to ``path``, the format chosen by its extension.

        See :func:`geomap.export.write_events` for formats and guarantees.
        """
        return write_events(self._events, path, fmt=fmt)

    @classmethod
    def from_file(cls, path: str | Path, *, fmt: str | None = None) -> EventSet:
        """Read an events export (GeoJSON, GeoPackage, CSV, JSONL, GeoParquet).

        Raises
        ------
        InputError
            For a missing or malformed file, naming it and the bad record.
        """
        return cls(read_events(path, fmt=fmt))

    # -- selection ---------------------------------------------------------
    def filter(
        self,
        *,
        since: DateLike | None = None,
        until: DateLike | None = None,
        type: Values | None = None,  # noqa: A002  (the name users guess)
        country: Values | None = None,
        actor: Values | None = None,
        min_fatalities: int | None = None,
        modality: Values | None = None,
        located: bool | None = None,
    ) -> EventSet:
        """Return the events that pass every given criterion.

        Parameters
        ----------
        since, until : date, datetime or ISO str, optional
            Inclusive bounds on ``event_date``; undated events are left out
            when either is given.
        type : str or iterable of str, optional
            Event type, sub-event type or disorder type (case-insensitive).
        country : str or iterable of str, optional
            Country name, ISO3 or ISO2 code (case-insensitive).
        actor : str or iterable of str, optional
            Text found in ``actor1`` or ``actor2`` (case-insensitive).
        min_fatalities : int, optional
            Keep events reporting at least this many deaths (unknown counts
            are left out).
        modality : str or iterable of str, optional
            ``asserted``, ``negated``, ``hypothetical``...
        located : bool, optional
            True keeps events with a point, False those without.

        Raises
        ------
        InputError
            When ``since`` or ``until`` is not a date.
        """
        tests = []
        if since is not None or until is not None:
            low, high = _day(since, "since"), _day(until, "until")
            tests.append(lambda e: _in_range(e, low, high))
        if type is not None:
            kinds = _lowered(type)
            tests.append(
                lambda e: any(
                    (v or "").lower() in kinds
                    for v in (e.event_type, e.sub_event_type, e.disorder_type)
                )
            )
        if country is not None:
            keys = _country_keys(country)
            tests.append(lambda e: bool({(e.country or "").lower(), (e.iso3 or "").lower()} & keys))
        if actor is not None:
            needles = _lowered(actor)
            tests.append(
                lambda e: any(n in (a or "").lower() for n in needles for a in (e.actor1, e.actor2))
            )
        if min_fatalities is not None:
            tests.append(lambda e: e.fatalities is not None and e.fatalities >= min_fatalities)
        if modality is not None:
            modalities = _lowered(modality)
            tests.append(lambda e: (e.modality or "").lower() in modalities)
        if located is not None:
            tests.append(lambda e: _located(e) == located)
        return EventSet(e for e in self._events if all(test(e) for test in tests))


def _located(event: Event) -> bool:
    return event.latitude is not None and event.longitude is not None


def _lowered(values: Values) -> frozenset[str]:
    items = [values] if isinstance(values, str) else list(values)
    return frozenset(item.strip().lower() for item in items if item and item.strip())


def _country_keys(values: Values) -> frozenset[str]:
    import pycountry

    keys = set(_lowered(values))
    for key in list(keys):
        try:
            record = pycountry.countries.lookup(key)
        except LookupError:
            continue
        names = ("alpha_3", "name", "common_name", "official_name")
        keys.update(getattr(record, n).lower() for n in names if hasattr(record, n))
    return frozenset(keys)


def _day(value: DateLike | None, name: str) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError as err:
        raise InputError(f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)") from err


def _in_range(event: Event, low: date | None, high: date | None) -> bool:
    try:
        day = date.fromisoformat((event.event_date or "")[:10])
    except ValueError:
        return False
    return (low is None or day >= low) and (high is None or day <= high)
