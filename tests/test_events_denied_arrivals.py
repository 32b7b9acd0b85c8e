"""Arrivals and entries denied in the past tense.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "the gunmen had not reached Kessler": an armed arrival denied is a negated event
  there, while a past arrival told ("troops reached the outskirts of Kessler") is a
  move, and aid that has not reached a town is no fight at all; gunmen of no side named
  who had not reached a town would have raided its people (violence against civilians),
  while rebels who had not reached it would have fought for it (a battle);
- "the rebels never entered Kessler": "never" before a verb in the past denies one
  act, while "our forces never target civilians" is a creed, no event.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds

DENIED = ("Battles", "negated", "Kessler")


def test_rebels_who_had_not_reached_a_town_are_a_denied_battle():
    events = _events("Aid workers said on Sunday that the rebels had not reached Kessler.")
    assert _kinds(events) == {DENIED}


def test_gunmen_who_had_not_reached_a_town_are_a_denied_raid_on_its_people():
    events = _events("A police spokesman said on Sunday that the gunmen had not reached Kessler.")
    assert _kinds(events) == {("Violence against civilians", "negated", "Kessler")}


def test_a_past_arrival_is_a_move_not_an_event():
    assert not _events("Troops reached the outskirts of Kessler on Sunday.")


def test_aid_that_has_not_reached_a_town_is_no_fight():
    assert not _events("Officials said on Sunday that food aid had not reached Kessler.")


def test_never_before_a_past_entry_denies_it():
    events = _events("The rebels never entered Kessler on Sunday, a spokesman insisted.")
    assert _kinds(events) == {DENIED}


def test_never_before_a_present_verb_is_a_creed():
    assert not _events("Our forces never target civilians in Kessler, the army said on Sunday.")
