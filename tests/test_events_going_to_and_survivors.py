""" "Going to" and "is to" tell what is to come; survivors from a town tell of it.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: "are going to
attack" and "is to launch an offensive" (or "is to be launched") are future
(but "were going to Kessler when they were ambushed" is a journey, and "the
aim is to take" a goal); a survivor from a town who tells of an attack tells
where it happened, as residents of the town do; "Who attacked the convoy near
Kessler on Monday?" takes the attack as done and asks only who did it ("Has
Kessler been hit?" still asks about the fact).
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

FIGHT_TO_COME = ("Battles", "hypothetical", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels are going to attack Kessler.",
        "We are going to liberate Kessler, the general said.",
        "The army is to launch an offensive on Kessler next week.",
        "An offensive on Kessler is to be launched soon.",
    ],
)
def test_going_to_and_is_to_are_future(sentence):
    events = _events(sentence)
    assert kinds(events) == {FIGHT_TO_COME}
    assert {e.modality_detail for e in events} == {"future"}


def test_a_journey_going_to_a_town_is_no_future():
    events = _events("The rebels were going to Kessler when they were ambushed on Monday.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_a_goal_to_take_a_town_stays_a_plan():
    events = _events("The aim is to take Kessler.")
    assert {e.modality_detail for e in events} == {"plan"}


def test_a_survivor_from_a_town_tells_of_it():
    events = _events("Gunmen shot dead 20 villagers on Monday, a survivor from Kessler said.")
    assert kinds(events) == {("Violence against civilians", "asserted", "Kessler")}


def test_asking_who_did_it_takes_the_deed_as_done():
    events = _events("Who attacked the convoy near Kessler on Monday?")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_asking_whether_it_happened_is_no_event():
    assert _events("Has Kessler been hit?") == []
