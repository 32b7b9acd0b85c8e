"""Protests still to come: the next rally, a march announced or called for a date.

Every sentence here was written for its test, in an invented country; places
are built by hand, so the geoparser plays no part. Each test states one
general mechanism: "their next rally would be held in X" tells a rally that
has not happened, and "the next large protest" is a new one, not the protest
told before; a general strike and a march a union "announced" or "called"
for a date are planned; a march that took place is still told as done.
"""

from __future__ import annotations

from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS)


def _protests(text: str, date: str = "2026-09-10") -> list[tuple[str, str | None]]:
    events: list[Event] = events_of(text, _places, date)
    return [(e.modality, e.location) for e in events if e.event_type == "Protests"]


def test_the_next_rally_that_would_be_held_in_a_town_is_planned():
    found = _protests(
        "Opposition leaders said their next rally would be held in Harrow on 28 September."
    )
    assert found == [("hypothetical", "Harrow")]


def test_the_next_protest_is_a_new_one_not_the_protest_told_before():
    found = _protests(
        "Thousands of students marched through Kessler on Sunday. Organisers announced that "
        "the next large protest would be held in Harrow on 23 September."
    )
    assert found == [("asserted", "Kessler"), ("hypothetical", "Harrow")]


def test_a_general_strike_and_a_march_announced_for_a_date_are_planned():
    found = _protests(
        "The union federation has announced a general strike and a march in Harrow for 5 October."
    )
    assert found == [("hypothetical", "Harrow")]


def test_a_march_that_took_place_is_told_as_done():
    found = _protests("Thousands marched in Harrow on Sunday against the new tax, organisers said.")
    assert found == [("asserted", "Harrow")]
