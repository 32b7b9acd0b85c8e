"""Fighters closing in on a town, forces massed for a fresh push on it, attacks approved.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: fighters "closing in
on" a town fight for it (an advance told as under way), police closing in on
suspects fight no one; forces regrouping "for a fresh push" or "for a new
offensive" on a town prepare an attack still to come, as does a government that
gives "the go-ahead" or "the green light" for one; a town "within range of the
rebels' rockets" is threatened; and towns listed "and then" or "and also" are
each a site of the act.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_fighters_closing_in_on_a_town_fight_for_it():
    found = kinds(_events("The militants are closing in on Kessler."))
    assert found == {("Battles", "asserted", "Kessler")}


def test_police_closing_in_on_suspects_fight_no_one():
    assert _events("The police are closing in on the suspects in Kessler.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighters are regrouping near Kessler for a fresh push on the town.",
        "Troops are massing outside Kessler for a new offensive on the town.",
    ],
)
def test_forces_massed_for_a_fresh_push_prepare_it(sentence):
    assert kinds(_events(sentence)) == {("Battles", "hypothetical", "Kessler")}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The government has given the go-ahead for strikes on Kessler.",
            "Explosions/Remote violence",
        ),
        ("Parliament gave the green light for an offensive on Kessler.", "Battles"),
    ],
)
def test_an_attack_approved_is_still_to_come(sentence, kind):
    assert kinds(_events(sentence)) == {(kind, "hypothetical", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels captured Kessler and then Dunmore.",
        "Fighting raged in Kessler and also in Dunmore.",
    ],
)
def test_towns_listed_with_then_or_also_are_each_a_site(sentence):
    assert {place for _, _, place in kinds(_events(sentence))} == {"Kessler", "Dunmore"}


def test_a_town_within_range_of_a_sides_rockets_is_threatened():
    found = kinds(_events("Officials warned that Kessler was within range of the rebels' rockets."))
    assert {(modality, place) for _, modality, place in found} == {("hypothetical", "Kessler")}
