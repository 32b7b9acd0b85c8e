"""Tourists and patients are civilians; a protest fired on is the crowd's, against the force.

Sentences written for these tests, run through the geoparser and the extractor.
"""

from __future__ import annotations

import pytest

from geomap.events import extract_events
from geomap.places import find_places
from geomap.records import Document


def _events(gaz, text: str):
    doc = Document(id="t", text=text, date="2025-03-14")
    return extract_events(doc, find_places(doc, gaz))


@pytest.mark.parametrize(
    "victims", ["a group of foreign tourists", "patients", "wedding guests", "mourners"]
)
def test_gunmen_firing_on_unarmed_people_attack_civilians(gaz, victims):
    text = f"Gunmen opened fire on {victims} in Mazar-i-Sharif on Friday, killing three people."
    (event,) = _events(gaz, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_protesters_fired_on_by_police_are_the_first_actor_and_the_police_the_second(gaz):
    (event,) = _events(gaz, "In Dhaka, police opened fire on protesters on Sunday, killing two.")
    assert event.event_type == "Protests"
    assert event.actor1.startswith("Protesters")
    assert event.actor2 is not None and event.actor2.startswith("Police Forces")


def test_protesters_killed_when_a_states_paramilitaries_opened_fire_is_excessive_force(gaz):
    text = "Two protesters were killed when paramilitary Rangers opened fire in Karachi."
    (event,) = _events(gaz, text)
    assert (event.event_type, event.sub_event_type) == (
        "Protests",
        "Excessive force against protesters",
    )
    assert event.actor2 == "Military Forces of Pakistan"
