"""Drones flown at a target, explosives dropped from drones, "air assets".

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: fighters who "flew explosive drones over the police station" or "had
flown explosive-laden drones into a position" struck it from the air; a drone
"loaded with explosives was dropped on the army base" is a drone strike; "our air
assets struck a gathering" names an air weapon. Drones flown to film a town, and
supplies dropped on a town, are no strikes.
"""

from __future__ import annotations

from geomap.records import Event
from tests.event_fixtures import invented_events as _events

STRIKE = ("Explosions/Remote violence", "Air/drone strike", "asserted", "Kessler")


def _codes(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.sub_event_type, e.modality, e.location) for e in events]


def test_explosive_drones_flown_over_a_police_station_struck_it():
    events = _events(
        "Rebels flew explosive drones over the police station in Kessler on Monday night."
    )
    assert _codes(events) == [STRIKE]


def test_drones_flown_into_a_position_struck_it():
    events = _events(
        "The rebels said their fighters had flown explosive-laden drones into an army "
        "position on the edge of Kessler, wounding several soldiers."
    )
    assert _codes(events) == [STRIKE]


def test_a_drone_dropped_on_a_base_is_a_drone_strike():
    events = _events(
        "A drone loaded with explosives was dropped on the army base in Kessler on Tuesday, "
        "wounding two soldiers."
    )
    assert _codes(events) == [STRIKE]


def test_air_assets_that_struck_a_gathering_made_an_air_strike():
    events = _events(
        "On Monday, our air assets struck a gathering of terrorists near Kessler, "
        "neutralising several of them."
    )
    assert _codes(events) == [STRIKE]


def test_drones_flown_to_film_a_town_struck_nothing():
    events = _events("Journalists flew drones over Kessler on Monday to film the damaged market.")
    assert not events


def test_supplies_dropped_on_a_town_are_no_strike():
    events = _events("Sacks of flour were dropped on Kessler by aid planes on Monday.")
    assert not events
