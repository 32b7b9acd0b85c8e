"""Fights and strikes told without the words "clash" or "strike".

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. The mechanisms:

- "fired at each other", "shot at one another": two sides exchanging fire, a
  fight as "exchanged fire" is;
- "troops on patrol encountered ten armed rebels": a military communique's way
  of telling a firefight (the Philippine and Indian armies write so); only a
  force or a patrol that meets armed men fights them, so "reporters
  encountered armed fighters at a checkpoint" tells no fight;
- drones or glide bombs "sent at" a town strike it; missiles sent "to" a town
  for its defence are a delivery.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Overnight into Tuesday, army units and rebel positions near Kessler fired at each "
        "other for about two hours.",
        "On Tuesday the two militias shot at one another across the market in Kessler.",
    ],
)
def test_sides_firing_at_each_other_fight(sentence):
    events = _events(sentence)
    assert kinds(events) == {("Battles", "asserted", "Kessler")}
    assert {e.sub_event_type for e in events} == {"Armed clash"}


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, troops on patrol encountered around ten armed rebels in a village of "
        "Kessler. A firefight lasted about fifteen minutes.",
        "On Tuesday the patrol encountered a group of armed men near Kessler.",
    ],
)
def test_a_patrol_that_met_armed_men_fought_them(text):
    events = _events(text)
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday reporters encountered armed fighters at a checkpoint in Kessler who let "
        "them pass.",
        "On Tuesday travellers encountered armed men at a roadblock near Kessler.",
    ],
)
def test_meeting_armed_men_is_no_fight_of_its_own(sentence):
    assert not _events(sentence)


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("On Monday the enemy sent 40 drones at Kessler.", "asserted"),
        (
            "On Monday the governor warned that the enemy will keep sending glide bombs at "
            "Kessler.",
            "hypothetical",
        ),
    ],
)
def test_weapons_sent_at_a_town_strike_it(sentence, modality):
    assert kinds(_events(sentence)) == {("Explosions/Remote violence", modality, "Kessler")}


def test_missiles_sent_to_a_town_for_its_defence_are_no_strike():
    assert not _events("On Monday the allies sent more missiles to Kessler for its air defence.")
