"""People "taken from" a village or their homes were abducted; a dump of weapons found.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "12 children taken from a village near Kessler" were abducted there; wounded
  people "taken from the market to hospital" were carried to care, no abduction;
- security forces that "recovered a dump containing guns and explosives" disrupted a
  weapon use; a rubbish dump cleared is nothing.
"""

from __future__ import annotations

from geomap.records import Event
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds

VAC = "Violence against civilians"


def _events(text: str, date: str = "2025-05-12") -> list[Event]:
    return events_of(text, lambda t: hand_places(t, INVENTED_TOWNS), date)


def test_children_taken_from_a_village_were_abducted():
    events = _events(
        "The report cited the case of 12 children taken from a village near Kessler on Saturday."
    )
    assert kinds(events) == {(VAC, "asserted", "Kessler")}
    assert events[0].sub_event_type == "Abduction/forced disappearance"


def test_wounded_taken_from_the_market_to_hospital_were_not_abducted():
    events = _events("Wounded civilians were taken from the market in Kessler to hospital.")
    assert events == []


def test_a_recovered_dump_of_guns_and_explosives_is_a_disrupted_weapon_use():
    events = _events(
        "During an operation in Kessler on Friday, security forces recovered a dump "
        "containing two guns, detonators and 12 kilograms of explosives."
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Disrupted weapons use", "Kessler")
    ]


def test_rocket_launch_pads_dismantled_are_a_disrupted_weapon_use():
    events = _events("The army said it had dismantled three rocket launch pads near Kessler.")
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Disrupted weapons use", "Kessler")
    ]


def test_a_rubbish_dump_cleared_is_no_event():
    events = _events("Volunteers in Kessler cleared a rubbish dump containing old tyres.")
    assert events == []
