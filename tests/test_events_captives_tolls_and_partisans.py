"""Captured people, a toll of mostly civilians, and partisans who clash with police.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: "captured" before
soldiers or fighters describes prisoners, not ground won (rebels who captured
soldiers in a town still took them there); an attack that "left 30 dead,
most of them civilians" fell on people (a toll that merely includes civilians,
bystanders of a fight, does not change a battle, nor does "but no one was
killed"); supporters of a party, a leader or rival candidates who clash, with
police or each other, riot, and residents who attack a team are a mob.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

ON_CIVILIANS = ("Violence against civilians", "asserted", "Kessler")
FIGHT = ("Battles", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels executed 11 captured soldiers in Kessler on Monday.",
        "Militants beheaded four captured soldiers in Kessler on Monday.",
    ],
)
def test_captured_people_are_prisoners_not_ground_won(sentence):
    assert kinds(_events(sentence)) == {ON_CIVILIANS}


def test_soldiers_captured_in_a_town_are_still_taken():
    events = _events("Rebels captured soldiers and weapons in Kessler on Monday.")
    assert kinds(events) == {FIGHT}


@pytest.mark.parametrize(
    "sentence",
    [
        "An attack on Kessler on Monday left 30 dead, most of them civilians.",
        "An assault on Kessler on Monday killed 25 people, mostly women and children.",
    ],
)
def test_a_toll_of_mostly_civilians_is_an_attack_on_them(sentence):
    assert kinds(_events(sentence)) == {ON_CIVILIANS}


def test_civilians_among_a_fights_dead_keep_the_fight():
    sentence = (
        "Clashes between the army and rebels in Kessler on Monday left seven dead, "
        "including two civilians hit by stray bullets."
    )
    assert kinds(_events(sentence)) == {FIGHT}


@pytest.mark.parametrize(
    "sentence",
    [
        "Supporters of the opposition leader clashed with police in Kessler on Monday.",
        "Supporters of the ruling party clashed with police in Kessler on Monday.",
    ],
)
def test_partisans_who_clash_with_police_riot(sentence):
    events = _events(sentence)
    assert kinds(events) == {("Riots", "asserted", "Kessler")}


def test_an_assault_that_killed_no_one_is_no_attack_on_people():
    events = _events("Rebels attacked Kessler on Monday but no one was killed.")
    assert kinds(events) == {FIGHT}


@pytest.mark.parametrize(
    "sentence",
    [
        "Supporters of two rival candidates clashed in Kessler on Monday, leaving three injured.",
        "Residents attacked a health team in Kessler on Monday, accusing it of spreading cholera.",
    ],
)
def test_partisans_and_residents_who_fight_or_attack_are_a_mob(sentence):
    assert kinds(_events(sentence)) == {("Riots", "asserted", "Kessler")}
