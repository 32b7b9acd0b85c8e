"""Fighters dislodged or driven out of a town; towns under bombardment; attacks said not to be.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: forces that
"dislodged the rebels" from a town, or that "drove out government forces",
fought for it, and an operation "to dislodge" them that the army "has not
ruled out" is one to come (a denied plan when it is ruled out), while police
dislodging protesters, residents driving out tax collectors, or a quake
dislodging boulders is no battle; a town that "came under heavy bombardment"
was shelled (remote violence) as one under "heavy shelling" was; and the army
that says a town "had not come under attack" is who tells it, not the town's
defender, so the attack denied fell on its people.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_fighters_dislodged_from_a_town_fought_for_it():
    events = _events("Troops dislodged the rebels from Kessler on Monday.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_an_operation_not_ruled_out_is_to_come():
    events = _events(
        "The army has not ruled out an operation to dislodge the militants from Kessler."
    )
    assert kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_an_operation_ruled_out_is_denied():
    events = _events("The army has ruled out an operation to retake Kessler.")
    assert kinds(events) == {("Battles", "negated", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police dislodged protesters from the square in Kessler on Monday.",
        "The earthquake dislodged boulders onto the road near Kessler.",
    ],
)
def test_dislodging_people_or_rocks_is_no_battle(sentence):
    assert ("Battles", "asserted", "Kessler") not in kinds(_events(sentence))


@pytest.mark.parametrize("fire", ["heavy bombardment", "heavy shelling"])
def test_a_town_under_bombardment_was_shelled(fire):
    events = _events(f"The town of Kessler came under {fire} on Monday.")
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}


def test_the_teller_of_a_denied_attack_is_not_its_target():
    events = _events(
        "The army said the town of Kessler, where thousands of displaced people live, "
        "had not come under attack."
    )
    assert kinds(events) == {("Violence against civilians", "negated", "Kessler")}


def test_a_base_said_not_attacked_stays_a_battle():
    events = _events("The army said its base in Kessler had not come under attack.")
    assert kinds(events) == {("Battles", "negated", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels now control Kessler, having driven out government forces after two days "
        "of fighting.",
        "Troops drove out the militants from Kessler on Monday.",
    ],
)
def test_forces_driven_out_lost_the_town(sentence):
    assert kinds(_events(sentence)) == {("Battles", "asserted", "Kessler")}


def test_driving_out_tax_collectors_is_no_battle():
    assert kinds(_events("Residents of Kessler drove out the tax collectors.")) == set()
