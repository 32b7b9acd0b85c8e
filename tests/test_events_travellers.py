"""Travellers on the road are civilians; a shooting told in a clause of its own is an event.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. The mechanism: fire on a
passenger coach, or an ambush of a commercial convoy, targets civilians (ACLED's
violence against civilians), while an ambush of a military convoy is a battle.
A shooting told in a passive clause joined by "and", at a town of its own
("shops were burned in Dunmore, and three people were shot dead in Kessler"), is
an event apart from the damage or the bombing told before it; the dead of a blast
are its toll, and arson with a shooting by one band is one attack. The Levies, a
rural force, are armed: an attack on their station is a battle.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

VAC = "Violence against civilians"


def test_fire_on_a_passenger_coach_targets_civilians():
    events = _events(
        "Gunmen opened fire on a passenger coach on the highway near Kessler on Monday."
    )
    assert kinds(events) == {(VAC, "asserted", "Kessler")}


def test_an_ambushed_commercial_convoy_is_an_attack_on_civilians():
    events = _events(
        "Unknown gunmen ambushed a commercial convoy on the road near Kessler on Tuesday."
    )
    assert kinds(events) == {(VAC, "asserted", "Kessler")}


def test_an_ambushed_military_convoy_is_still_a_battle():
    events = _events("Rebels ambushed a military convoy on the road near Kessler on Tuesday.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_a_shooting_told_after_damage_elsewhere_is_an_event_of_its_own():
    events = _events(
        "Dozens of shops were burned in Dunmore on Thursday, and three people were shot "
        "dead in Kessler during the night."
    )
    assert kinds(events) == {
        ("Strategic developments", "asserted", "Dunmore"),
        (VAC, "asserted", "Kessler"),
    }


def test_a_shooting_told_after_a_bombing_elsewhere_is_an_event_of_its_own():
    events = _events(
        "A car bomb exploded in Dunmore on Thursday, and three people were shot dead in "
        "Kessler during the night."
    )
    assert (VAC, "asserted", "Kessler") in kinds(events)


def test_the_dead_of_a_blast_are_its_toll():
    events = _events(
        "A bomb exploded at a market in Kessler on Thursday, and five people were killed in "
        "the blast."
    )
    assert len(events) == 1


def test_arson_and_shooting_by_one_band_are_one_attack():
    events = _events("Gunmen set fire to shops in Kessler on Thursday and shot dead three people.")
    assert kinds(events) == {(VAC, "asserted", "Kessler")}


def test_an_attack_on_a_levies_station_is_a_battle():
    events = _events(
        "Gunmen attacked a Levies station in Kessler on Saturday night, killing two Levies "
        "personnel."
    )
    assert kinds(events) == {("Battles", "asserted", "Kessler")}
