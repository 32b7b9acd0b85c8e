"""Quadcopters, and a neighbouring province that frames a sentence.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "quadcopters fired at its upper floors": a quadcopter is a drone, so what it fires is a
  drone strike;
- "In neighbouring Kessler province, relatives said ... seized nine men": a division
  that opens the sentence frames it, with "neighbouring" or a compass word before it.
"""

from __future__ import annotations

from tests.event_fixtures import events_of, hand_places
from tests.event_fixtures import invented_events as _events


def _kinds(events):
    return {(e.sub_event_type, e.location) for e in events}


def test_quadcopters_that_fired_at_a_hospital_struck_it():
    events = _events(
        "Staff reported that quadcopters fired at the upper floors of the hospital in Kessler "
        "on Sunday, wounding six patients."
    )
    assert _kinds(events) == {("Air/drone strike", "Kessler")}


def test_a_neighbouring_province_that_opens_a_sentence_frames_it():
    text = (
        "In neighbouring Kessler province, relatives said members of a ruling-party militia "
        "seized at least nine men from their homes on Sunday after accusing them of helping "
        "the rebels."
    )
    events = events_of(
        text, lambda t: hand_places(t, {}, regions={"Kessler": (10.6, 20.4)}), "2025-05-12"
    )
    assert _kinds(events) == {("Abduction/forced disappearance", "Kessler")}
