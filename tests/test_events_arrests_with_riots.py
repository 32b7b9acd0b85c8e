"""Arrests told in one sentence with a riot, or for a charge from the protests.

"Police arrested 35 people after a crowd set fire to a toll booth" tells the
riot and its intervention; people arrested "accused of looting during the
protests" are arrests of their own, and a riot named in the charges is no
riot. Texts written for these tests.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_arrests_after_a_crowd_set_fire_are_the_riots_intervention():
    events = _events(
        'In neighbouring Kessler, police said they had arrested 35 people for "vandalism" '
        "after a crowd set fire to a toll booth on the ring road."
    )
    assert [(e.event_type, e.location) for e in events] == [("Riots", "Kessler")]


def test_people_arrested_on_a_charge_from_the_protests_are_arrests():
    # the protests are where the charge comes from, told before; the arrests are later
    events = _events(
        "Police in Kessler said they had arrested 18 people accused of looting shops during "
        "the protests."
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Kessler")]


def test_a_riot_named_in_the_charges_is_no_riot_and_takes_no_arrests():
    events = _events(
        'The judiciary said 30 people had been arrested in Kessler on charges of "sabotage '
        'and rioting".'
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Kessler")]


def test_the_arrest_that_angered_rioters_is_an_arrest_of_its_own():
    events = _events(
        "In Kessler, protesters angered by the arrest of a local leader clashed with security "
        "forces on Tuesday and set a police vehicle on fire."
    )
    assert {e.event_type for e in events} == {"Riots", "Strategic developments"}, kinds(events)
