"""Weapons "launched at" a town, told passive; drones that "dived at" a car;
"try the town again"; capitals that stand for their governments.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: drones or missiles
that "were launched at" a town struck it, and ones "likely to be launched at
the city" tonight are a threat to it, while drones launched "at power plants
across the country" name no town; a drone that "dived at" or "swooped on" a
vehicle struck it; fighters who "will try" a town "again"
plan a new assault on it; a town that "was answering diplomacy with drones"
or "denies" a claim is a government, so "the city" of the next sentence is the
town named before it; so is a capital that "wanted to go on killing", "might
attempt a push towards" a town, or that someone "accused" of breaking promises:
no event happens there.
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


def test_a_push_a_government_might_attempt_is_at_the_town_it_aims_at():
    events = _events(
        "The governor urged families in border villages to leave, warning that Harrow might "
        "attempt a new push towards Kessler itself."
    )
    assert {e.location for e in events} == {"Kessler"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking in Dunmore, the president said Harrow wanted to go on killing while it talked.",
        "An official replied that the group would defend every village and accused Harrow of "
        "breaking its promises.",
    ],
)
def test_a_government_named_by_its_capital_is_no_site(sentence):
    assert "Harrow" not in {e.location for e in _events(sentence)}


def test_a_capital_that_tells_of_a_capture_is_no_site_of_it():
    events = _events("Harrow said its forces had captured Kessler on Monday.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "A drone dived at a car near Kessler on Friday, wounding two.",
        "On Saturday a drone swooped on the minibus on the road out of Kessler, wounding the "
        "driver.",
    ],
)
def test_a_drone_that_dived_at_a_vehicle_struck_it(sentence):
    assert kinds(_events(sentence)) == {("Explosions/Remote violence", "asserted", "Kessler")}
