"""A report that moves along the front ("Further south, in X, ..."); ground
assaults denied.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: "Further south, in
Kessler," or "Elsewhere, in Kessler," opens a sentence with its place, as "In
Kessler," does, so what the sentence tells happened there; a denied "ground
attack" on a town is a fight that did not happen (men on the ground against a
front line), while a denied attack by no one named on no armed side stays a
raid on the town's people that did not happen. A group "that has fought the
state for control of" a town is described, not reported fighting on a day.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize("opening", ["Further south, in Kessler,", "Elsewhere, in Kessler,"])
def test_a_report_moving_along_the_front_opens_with_its_place(opening):
    events = _events(
        f"{opening} soldiers told me there had been no ground attack for three days, "
        "but guided bombs keep falling on the town."
    )
    assert kinds(events) == {
        ("Battles", "negated", "Kessler"),
        ("Explosions/Remote violence", "asserted", "Kessler"),
    }


def test_a_denied_ground_attack_is_a_fight_that_did_not_happen():
    events = _events("There has been no Russian ground attack on Kessler for three days.")
    assert kinds(events) == {("Battles", "negated", "Kessler")}


def test_a_denied_attack_by_no_one_named_falls_on_the_people():
    events = _events("There has been no attack on Kessler for three days.")
    assert kinds(events) == {("Violence against civilians", "negated", "Kessler")}


def test_a_group_that_has_fought_for_a_town_is_described_not_reported():
    events = _events(
        "Officials blamed the front, part of the dissident bloc that has fought the state for "
        "control of Kessler."
    )
    assert not events


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen who fought the army near Kessler on Monday fled.",
        "The rebels, who have fought their way into Kessler, are shelling the airport.",
    ],
)
def test_a_fight_told_in_a_relative_clause_on_a_day_or_into_a_town_stays(sentence):
    assert ("Battles", "asserted", "Kessler") in kinds(_events(sentence))
