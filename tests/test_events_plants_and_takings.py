"""Plants attacked from afar; towns taken by their kind; herds driven off.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: an attack by no one
named, with no weapon named, on a refinery, an industrial site, a depot or a
port came by drone or missile (remote violence), while armed men who attack a
port, or an attack on the town itself, stay a fight; "took the fishing town of
X" takes X as "took the town of X" does, and a withdrawal told with the taking
is part of it; herds driven off "about 600 head of cattle", or "cattle were
stolen", are looting.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

STRIKE = ("Explosions/Remote violence", "asserted", "Kessler")
BATTLE = ("Battles", "asserted", "Kessler")
LOOTING = ("Strategic developments", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor reports that an industrial site in Kessler was attacked overnight.",
        "Another night of attacks on the ports of Kessler.",
        "Overnight, an oil refinery in Kessler was attacked, the governor said.",
        "A fuel depot in Kessler was attacked again on Sunday.",
    ],
)
def test_a_plant_attacked_by_no_one_named_is_a_strike(sentence):
    assert kinds(_events(sentence)) == {STRIKE}


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants attacked the port of Kessler on Sunday.",
        "Gunmen attacked a police station in Kessler on Sunday.",
        "The attack on Kessler was repelled on Sunday.",
    ],
)
def test_an_attack_by_armed_men_or_on_a_town_stays_a_fight(sentence):
    assert kinds(_events(sentence)) == {BATTLE}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday, the rebels took the fishing town of Kessler, residents said.",
        "The army took the strategic town of Kessler on Monday.",
    ],
)
def test_a_town_described_by_its_kind_is_taken(sentence):
    assert kinds(_events(sentence)) == {BATTLE}


def test_a_withdrawal_told_with_the_taking_is_part_of_it():
    events = _events(
        "On Monday, the rebels took the fishing town of Kessler, on the lake shore, "
        "after soldiers withdrew, residents said."
    )
    assert kinds(events) == {BATTLE}


def test_taking_people_of_a_town_is_no_capture():
    events = _events("On Monday, the rebels took the women of Kessler to their camp.")
    assert BATTLE not in kinds(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Raiders drove off about 600 head of cattle from Kessler on Monday.",
        "Raiders drove off 1,200 cattle from Kessler on Monday.",
        "On Monday, 600 head of cattle were stolen in Kessler.",
    ],
)
def test_herds_driven_off_are_looting(sentence):
    assert kinds(_events(sentence)) == {LOOTING}
