"""Tanks that fired, and a site knocked out by a missile.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "tanks had fired on one of its positions near Kessler": tank fire is shelling, so
  "fired" has its weapon, and a denial of it denies shelling;
- "the water plant had been knocked out by a missile": a site knocked out by a
  missile or a drone was struck, while a boxer knocked out by a punch was not.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events

SHELLING = "Shelling/artillery/missile attack"


def _kinds(events):
    return {(e.sub_event_type, e.modality, e.location) for e in events}


def test_tanks_that_fired_on_a_position_shelled_it():
    events = _events("Tanks fired on a border post near Kessler on Sunday.")
    assert _kinds(events) == {(SHELLING, "asserted", "Kessler")}


def test_a_denial_that_tanks_fired_denies_shelling():
    events = _events(
        "The peacekeepers rejected reports on Sunday that tanks had fired on one of their "
        "positions near Kessler."
    )
    assert _kinds(events) == {(SHELLING, "negated", "Kessler")}


def test_a_plant_knocked_out_by_a_missile_was_struck():
    events = _events("In Kessler, the water plant was knocked out by a missile on Sunday.")
    assert {e.event_type for e in events} == {"Explosions/Remote violence"}


def test_a_boxer_knocked_out_by_a_punch_was_not_struck():
    assert not _events("In Kessler, the boxer was knocked out by a punch on Sunday.")
