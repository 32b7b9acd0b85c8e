"""Vehicles that leave a place or carry troops; armed men struck where they gathered.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: a bus, a ferry or a
taxi that "pulled out" of a market or a port is traffic, not a withdrawal of
forces (army trucks that pull out are the army leaving); a strike on "a
gathering of fighters" or "a convoy of rebels" in a town is a strike there,
told by the side that made it, also when the target is quoted, while a
"group of people" hit is no armed target. Forces that "came at" a town
assaulted it; "armoured vehicles" or "army trucks" are the forces' own, so an
attack with or on them is a battle, while plain trucks stay a civilian target.
"Aid lorries entering" a town carry aid, and commanders who "moved into
business" took no town.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

STRIKE = ("Explosions/Remote violence", "asserted", "Kessler")
WITHDRAWAL = ("Strategic developments", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "The minibus pulled out of the market in Kessler on Friday.",
        "The last ferry pulled out of Kessler on Friday.",
        "The morning train pulled out of Kessler on Friday.",
    ],
)
def test_a_vehicle_leaving_is_no_withdrawal(sentence):
    assert WITHDRAWAL not in kinds(_events(sentence))


def test_a_bus_hit_after_leaving_is_one_strike():
    events = _events(
        "The minibus had just pulled out of the market in Kessler on Friday when a drone "
        "hit it, killing nine passengers."
    )
    assert kinds(events) == {STRIKE}


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels pulled out of Kessler on Friday.",
        "The army trucks pulled out of Kessler on Friday.",
    ],
)
def test_forces_and_their_vehicles_still_withdraw(sentence):
    assert kinds(_events(sentence)) == {WITHDRAWAL}


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said it had struck a gathering of fighters in Kessler on Friday.",
        "The army said it had hit a gathering of extremist fighters in Kessler.",
        'The army denied targeting civilians, saying it had hit "a gathering of extremist '
        'fighters" in Kessler.',
    ],
)
def test_armed_men_struck_where_they_gathered(sentence):
    assert STRIKE in kinds(_events(sentence))


def test_a_group_of_people_hit_is_no_armed_target():
    assert STRIKE not in kinds(
        _events("The president said he had hit a group of people in Kessler.")
    )


BATTLE = ("Battles", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "Last Thursday they came at Kessler with a column of tanks.",
        "On Tuesday they came at Kessler with armoured vehicles and about a dozen infantry.",
    ],
)
def test_forces_that_came_at_a_town_assaulted_it(sentence):
    assert kinds(_events(sentence)) == {BATTLE}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday they attacked Kessler with armoured vehicles and about a dozen infantry.",
        "Gunmen attacked army trucks near Kessler on Tuesday.",
    ],
)
def test_the_forces_own_vehicles_are_no_civilian_target(sentence):
    assert kinds(_events(sentence)) == {BATTLE}


def test_trucks_without_an_armed_owner_stay_civilian():
    events = _events("Gunmen attacked trucks near Kessler on Tuesday.")
    assert kinds(events) == {("Violence against civilians", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    ["The rebels came at night and left before dawn.", "The news came at a bad time for Kessler."],
)
def test_what_came_at_a_time_assaulted_nothing(sentence):
    assert BATTLE not in kinds(_events(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "UN officials say the number of aid lorries entering Kessler fell last week to 180 a day.",
        "Several commanders in Kessler have moved into business.",
    ],
)
def test_aid_entering_and_commanders_in_business_take_no_town(sentence):
    assert not _events(sentence)


def test_armed_men_who_moved_into_a_town_took_it():
    assert kinds(_events("Rebels moved into the outskirts of Kessler on Monday.")) == {BATTLE}
