"""Ordnance that went off and ordnance that did not; guns that "hammered" a town.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: unexploded ordnance
that kills or wounds is a remote explosive (ACLED codes the blast of a
leftover shell so, not an attack on civilians); mines and shells cleared,
laid, found or defused went off nowhere; rocket launchers that "hammered" or
artillery that "pummelled" a place shelled it, but rioters who "hammered on
the doors" shelled nothing; a shop burned "with a drone" was struck by it, one
burned "with petrol" was set on fire by hand, and docks "set ablaze by a wave
of air raids" were struck; a drone attack "repelled" by air
defences is disrupted weapons use (one event, not a fight and a strike), unless
its debris did damage.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

BLAST = ("Explosions/Remote violence", "asserted", "Kessler")


def test_leftover_ordnance_that_harms_is_a_remote_explosive():
    events = _events("Unexploded ordnance killed a farmer near Kessler on Sunday.")
    assert kinds(events) == {BLAST}
    assert {e.sub_event_type for e in events} == {"Remote explosive/landmine/IED"}
    events = _events("An unexploded shell blew up in a school yard in Kessler, wounding two.")
    assert kinds(events) == {BLAST}


@pytest.mark.parametrize(
    "sentence",
    [
        "Deminers cleared landmines around Kessler.",
        "The army laid landmines around Kessler.",
        "Deminers cleared unexploded ordnance around Kessler.",
    ],
)
def test_mines_cleared_or_laid_went_off_nowhere(sentence):
    assert kinds(_events(sentence)) == set()


def test_a_truck_that_hit_a_mine_set_it_off():
    assert kinds(_events("A truck hit a landmine near Kessler, killing three.")) == {BLAST}


@pytest.mark.parametrize(
    "sentence",
    [
        "Multiple rocket launchers hammered rebel positions near Kessler.",
        "Artillery pummelled Kessler overnight.",
    ],
)
def test_guns_that_hammer_or_pummel_a_place_shell_it(sentence):
    assert kinds(_events(sentence)) == {BLAST}


def test_rioters_who_hammer_on_doors_shell_nothing():
    events = _events("Rioters hammered on the doors of the town hall in Kessler.")
    assert not any(e.event_type == "Explosions/Remote violence" for e in events)


def test_a_shop_burned_with_a_drone_was_struck():
    events = _events("On Wednesday they burned a shop in Kessler with a drone.")
    assert kinds(events) == {BLAST}


@pytest.mark.parametrize(
    "sentence",
    [
        "Docks and fuel tanks at Kessler port were set ablaze on Tuesday by a wave of air raids.",
        "Homes in Kessler were torched by a barrage of rockets on Tuesday.",
    ],
)
def test_property_set_ablaze_by_a_wave_of_strikes_was_struck(sentence):
    assert kinds(_events(sentence)) == {BLAST}


def test_property_torched_by_a_wave_of_rioters_was_not_struck():
    events = _events("Homes in Kessler were torched by a wave of rioters on Tuesday.")
    assert BLAST not in kinds(events)


def test_a_shop_burned_with_petrol_was_set_on_fire_by_hand():
    events = _events("Soldiers burned the shop in Kessler with petrol.")
    assert kinds(events) == {("Strategic developments", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Air defences repelled a drone attack on Kessler overnight.",
        "A drone attack on Kessler was repelled by air defences.",
    ],
)
def test_a_repelled_drone_attack_is_disrupted_weapons_use(sentence):
    events = _events(sentence)
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Disrupted weapons use")
    ]


def test_a_repelled_drone_attack_whose_debris_did_damage_is_a_strike():
    events = _events(
        "Air defences repelled a drone attack on Kessler overnight, but debris damaged two houses."
    )
    assert kinds(events) == {BLAST}


def test_rebels_who_repel_an_army_attack_fight():
    assert kinds(_events("Rebels repelled an army attack on Kessler.")) == {
        ("Battles", "asserted", "Kessler")
    }
