"""Select the events to draw: date range, type, country, actor, fatalities, modality.

Pure functions over :class:`~geomap.records.Event` lists; the ``geomap map``
options map one to one onto :class:`EventFilter` fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

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


def filter_events(events: Iterable[Event], criteria: EventFilter) -> Iterator[Event]:
    """Yield the events of ``events`` that meet ``criteria``, in order.

    The selection itself is :meth:`geomap.eventset.EventSet.filter`, the one
    implementation shared by the Python API and the map command.
    """
    if criteria.is_empty():
        yield from events
        return
    from geomap.eventset import EventSet

    yield from EventSet(list(events)).filter(
        since=criteria.since,
        until=criteria.until,
        type=criteria.types or None,
        country=criteria.countries or None,
        actor=criteria.actors or None,
        min_fatalities=criteria.min_fatalities,
        modality=criteria.modalities or None,
    )
