"""Blasts told as mishaps, and an act named only to be set aside.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "the explosion was caused by a gas leak", "the blast had been a controlled
  detonation", "... caused by a gas cylinder": what made the noise tells there
  was no attack, unless a weapon was hidden in it ("a bomb hidden in a gas
  cylinder");
- "..., not an air strike": an act named only to be set aside is denied.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday officials said the explosion in Kessler was caused by a gas leak.",
        "On Sunday the army said the blast heard in Kessler had been a controlled detonation of "
        "old munitions.",
        "On Sunday officials said the blasts in Kessler were the result of a training exercise.",
        "On Sunday officials said the explosion in Kessler was caused by a gas cylinder.",
    ],
)
def test_a_blast_told_as_a_mishap_is_no_attack(sentence):
    assert not [e for e in _events(sentence) if e.event_type == "Explosions/Remote violence"]


def test_a_bomb_hidden_in_a_gas_cylinder_is_a_bomb():
    events = _events("On Sunday a bomb hidden in a gas cylinder exploded in Kessler, killing four.")
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}


def test_a_blast_heard_is_still_an_explosion():
    events = _events("On Sunday the explosion in Kessler was heard across the city.")
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday the army said the blasts near Kessler were a controlled detonation, not an "
        "air strike.",
        "On Sunday the army said it was a controlled detonation, not an air strike on Kessler.",
    ],
)
def test_an_act_set_aside_is_denied(sentence):
    assert _kinds(_events(sentence)) == {("Explosions/Remote violence", "negated", "Kessler")}
