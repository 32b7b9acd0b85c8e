"""Threats told by sieges, sights, massing fighters and a town to be made a battlefield.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "threatened to besiege Kessler": a siege to come is a threatened battle; "the
  besieged town" tells none, and neither do fighters "massing near" a town, which
  annotators code only with the assault it may lead to;
- "Kessler was in their sights": a town named as a side's aim is threatened;
- "threatened to turn Kessler into a battlefield": a threatened battle there;
- "the rebel leader vowed to march on Kessler": a rebel leader is an armed side, so
  the march is an advance, not a protest.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds

THREAT = ("Battles", "hypothetical", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday the rebels threatened to besiege Kessler.",
        "On Sunday the jihadists said Kessler was in their sights.",
        "On Sunday the militia threatened to turn Kessler into a battlefield.",
        "On Sunday the rebel leader vowed to march on Kessler.",
    ],
)
def test_a_threat_against_a_town_is_a_threatened_battle(sentence):
    assert _kinds(_events(sentence)) == {THREAT}


def test_the_besieged_town_tells_no_event():
    assert not _events("Food prices have tripled in the besieged town of Kessler since March.")


def test_fighters_massing_near_a_town_are_no_event_of_their_own():
    assert not _events("Rebel fighters are massing near Kessler, officials said on Sunday.")
