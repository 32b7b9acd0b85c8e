"""Thwarted advances, claimed control, "neutralised extremists" and road blockades.

Every sentence here was written for its test, with invented towns built by
hand (the geoparser plays no part).
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said its units had thwarted attempts to advance near the village of Dunmore.",
        "The ministry said its units had thwarted attempts by mobile enemy groups to break "
        "through toward Dunmore.",
        "The army said it foiled an attempted advance on Dunmore overnight.",
    ],
)
def test_a_thwarted_advance_is_a_battle_that_took_place(text):
    assert kinds(_events(text)) == {("Battles", "asserted", "Dunmore")}


def test_a_thwarted_smuggling_attempt_is_no_battle():
    text = "Police thwarted an attempt to smuggle weapons into Dunmore."
    assert not any(e.event_type == "Battles" for e in _events(text))


def test_claiming_control_of_a_town_is_taking_it():
    text = (
        "Rebel fighters pushed deeper into the province, their commander said, claiming "
        "control of the town of Kessler."
    )
    found = [e for e in _events(text) if e.event_type == "Battles"]
    assert [(e.location, e.modality) for e in found] == [("Kessler", "asserted")]


@pytest.mark.parametrize("word", ["extremists", "militiamen", "combatants"])
def test_neutralised_fighters_of_any_name_are_a_battle(word):
    text = f'The army said it had "neutralised" more than 50 {word} in operations around Harrow.'
    assert kinds(_events(text)) == {("Battles", "asserted", "Harrow")}


def test_a_road_blockade_staged_by_residents_is_a_protest():
    text = (
        "Farmers staged a road blockade on the highway near Ostin to demand protection "
        "after two of them were killed."
    )
    assert ("Protests", "asserted", "Ostin") in kinds(_events(text))
