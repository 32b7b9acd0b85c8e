"""Shots at places where people are, and people taken from them.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: gunmen who fire on a
polling station, a market or houses fire at the people there (an attack on
civilians placed in the town named after it), while troops who fire on rebel
positions fight; people named as taken "from the hospital" or "from a school"
are abducted, goods taken from a building are not.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

ATTACK = ("Violence against civilians", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen fired on a polling station in Kessler, wounding an official.",
        "Soldiers fired at houses in Kessler overnight.",
        "Police fired on a crowded market in Kessler.",
    ],
)
def test_shots_at_places_where_people_are_are_attacks(sentence):
    assert kinds(_events(sentence)) == {ATTACK}


def test_shots_at_rebel_positions_are_a_fight():
    found = kinds(_events("Troops fired on rebel positions near Kessler."))
    assert found == {("Battles", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen took two nurses from the hospital in Kessler.",
        "Armed men took five pupils from a school near Kessler.",
    ],
)
def test_people_taken_from_a_building_are_abducted(sentence):
    events = _events(sentence)
    assert kinds(events) == {ATTACK}
    assert {e.sub_event_type for e in events} == {"Abduction/forced disappearance"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen took medicines from the hospital in Kessler.",
        "Gunmen took the wounded from the hospital in Kessler to a safer place.",
    ],
)
def test_goods_or_patients_moved_from_a_building_are_no_abduction(sentence):
    events = _events(sentence)
    assert "Abduction/forced disappearance" not in {e.sub_event_type for e in events}
