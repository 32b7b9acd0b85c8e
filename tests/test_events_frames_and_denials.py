"""A report that moves along the front ("Further south, in X, ..."); ground
assaults denied.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: "Further south, in
Kessler," or "Elsewhere, in Kessler," opens a sentence with its place, as "In
Kessler," does, so what the sentence tells happened there; a denied "ground
attack" on a town is a fight that did not happen (men on the ground against a
front line), while a denied attack by no one named on no armed side stays a
raid on the town's people that did not happen.
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
