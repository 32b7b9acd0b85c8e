"""Weapons "launched at" a town, told passive; "try the town again"; capitals
that stand for their governments.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: drones or missiles
that "were launched at" a town struck it, and ones "likely to be launched at
the city" tonight are a threat to it, while drones launched "at power plants
across the country" name no town; fighters who "will try" a town "again"
plan a new assault on it; a town that "was answering diplomacy with drones"
or "denies" a claim is a government, so "the city" of the next sentence is the
town named before it.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_drones_launched_at_a_town_struck_it():
    events = _events("Drones were launched at Kessler overnight.")
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}


def test_drones_likely_to_be_launched_are_a_threat():
    events = _events(
        "The governor warned that more drones were likely to be launched at Kessler overnight."
    )
    assert kinds(events) == {("Explosions/Remote violence", "hypothetical", "Kessler")}


def test_drones_launched_at_plants_across_the_country_name_no_town():
    # a lower-case target after "at" is no town, whatever case the trigger patterns ignore
    events = _events(
        "Kessler - About 90 drones were launched at power plants across the country on Sunday."
    )
    assert not events


@pytest.mark.parametrize(
    "sentence",
    [
        "They will try Kessler again this week, the commander said.",
        "The commander said the enemy would try Kessler again before the rains.",
    ],
)
def test_trying_a_town_again_is_a_planned_assault(sentence):
    assert kinds(_events(sentence)) == {("Battles", "hypothetical", "Kessler")}


def test_drones_launched_at_the_city_are_launched_at_the_town_named_before():
    events = _events(
        "Drones hit a block of flats in Kessler on Monday, killing seven. The governor warned "
        "that more drones were likely to be launched at the city overnight."
    )
    assert ("Explosions/Remote violence", "hypothetical", "Kessler") in kinds(events)


@pytest.mark.parametrize(
    "said",
    [
        "The president said the attack showed that Harrow was answering diplomacy with drones.",
        "The president said the strike was a war crime, and Harrow denies it.",
    ],
)
def test_a_capital_standing_for_its_government_is_not_the_city(said):
    text = (
        "Dunmore - Drones hit a block of flats in Kessler on Monday, killing seven.\n\n"
        f"{said}\n\n"
        "The governor warned that rockets would be fired at the city overnight."
    )
    threats = [e for e in _events(text) if e.modality == "hypothetical"]
    assert [e.location for e in threats] == ["Kessler"]
