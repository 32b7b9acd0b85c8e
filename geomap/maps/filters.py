"""Select the events to draw: date range, type, country, actor, fatalities, modality.

Pure functions over :class:`~geomap.records.Event` lists; the ``geomap map``
options map one to one onto :class:`EventFilter` fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

import pycountry

from geomap.errors import InputError
from geomap.records import Event


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Criteria an event must meet to be drawn; ``None`` or empty means any.

    Parameters
    ----------
    since, until : date, optional
        Inclusive date range. Undated events are dropped when either is set.
    types : tuple of str
        Event types (ACLED ``event_type`` or ``sub_event_type``), matched
        case-insensitively.
    countries : tuple of str
        Countries as ISO 3166 alpha-2, alpha-3 or name.
    actors : tuple of str
        Case-insensitive substrings of ``actor1`` or ``actor2``.
    min_fatalities : int, optional
        Lowest fatality count; events without a count are dropped when set.
    modalities : tuple of str
        ``asserted``, ``negated``, ``hypothetical``.
    """

    since: date | None = None
    until: date | None = None
    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    min_fatalities: int | None = None
    modalities: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        """Return True when the filter keeps every event."""
        return self == EventFilter()


def parse_date(value: str | None, *, option: str = "date") -> date | None:
    """Parse ``YYYY-MM-DD`` (or a longer ISO timestamp) into a date.

    Raises
    ------
    InputError
        When the value is not an ISO 8601 date.
    """
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError as err:
        raise InputError(f"{option}: {value!r} is not an ISO date (YYYY-MM-DD)") from err


def country_keys(value: str) -> set[str]:
    """Return the upper-cased codes and name a country may appear under.

    Examples
    --------
    >>> sorted(country_keys("sy"))
    ['SY', 'SYR', 'SYRIA', 'SYRIAN ARAB REPUBLIC']
    """
    keys = {value.strip().upper()}
    found = None
    try:
        found = pycountry.countries.lookup(value.strip())
    except LookupError:
        found = None
    if found is not None:
        keys.update({found.alpha_2.upper(), found.alpha_3.upper(), found.name.upper()})
        common = getattr(found, "common_name", None)
        if common:
            keys.add(common.upper())
    return keys


def _event_countries(event: Event) -> set[str]:
    keys = set()
    for value in (event.iso3, event.country):
        if value:
            keys.add(value.upper())
    return keys


def _event_date(event: Event) -> date | None:
    if not event.event_date:
        return None
    try:
        return date.fromisoformat(event.event_date[:10])
    except ValueError:
        return None


def matches(event: Event, criteria: EventFilter, *, _countries: set[str] | None = None) -> bool:
    """Return True when ``event`` meets every criterion of ``criteria``."""
    if criteria.since or criteria.until:
        day = _event_date(event)
        if day is None:
            return False
        if criteria.since and day < criteria.since:
            return False
        if criteria.until and day > criteria.until:
            return False
    if criteria.types:
        wanted = {t.lower() for t in criteria.types}
        if (event.event_type or "").lower() not in wanted and (
            event.sub_event_type or ""
        ).lower() not in wanted:
            return False
    if criteria.countries:
        keys = _countries if _countries is not None else _wanted_countries(criteria)
        if not (_event_countries(event) & keys):
            return False
    if criteria.actors:
        actors = " | ".join(a for a in (event.actor1, event.actor2) if a).lower()
        if not any(a.lower() in actors for a in criteria.actors):
            return False
    if criteria.min_fatalities is not None and (
        event.fatalities is None or event.fatalities < criteria.min_fatalities
    ):
        return False
    return not criteria.modalities or (event.modality or "asserted") in criteria.modalities


def _wanted_countries(criteria: EventFilter) -> set[str]:
    keys: set[str] = set()
    for value in criteria.countries:
        keys |= country_keys(value)
    return keys


def filter_events(events: Iterable[Event], criteria: EventFilter) -> Iterator[Event]:
    """Yield the events of ``events`` that meet ``criteria``, in order."""
    if criteria.is_empty():
        yield from events
        return
    countries = _wanted_countries(criteria)
    for event in events:
        if matches(event, criteria, _countries=countries):
            yield event
