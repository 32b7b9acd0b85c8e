"""People "taken from" a village or their homes were abducted.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "12 children taken from a village near Kessler" were abducted there; wounded
  people "taken from the market to hospital" were carried to care, no abduction.
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
