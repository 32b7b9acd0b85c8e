"""Threats to punish people for what they do, and property to be burned.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "teachers in Kessler would be punished", "punish contractors working on the
  road", "informers would face the same punishment", "any teacher who keeps
  teaching": a threat against people for what they do is a threatened attack on
  civilians; "the organisers of the violence would be punished" and "punish those
  responsible" are justice, no threat;
- "any vehicle on the roads would be burned": property to be burned is a
  threatened destruction, as property burned is a done one.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday leaflets warned that teachers in Kessler would be punished.",
        "On Sunday leaflets found in Kessler threatened to punish contractors working on the road.",
        "On Sunday a note left in Kessler warned that other informers would face the same "
        "punishment.",
        "On Sunday the rebels said any teacher who kept teaching in Kessler would be punished.",
    ],
)
def test_a_threat_to_punish_people_for_what_they_do(sentence):
    assert _kinds(_events(sentence)) == {("Violence against civilians", "hypothetical", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday the governor of Kessler said the organisers of the violence would be punished.",
        "On Sunday the army vowed to punish those responsible for the attack in Kessler.",
    ],
)
def test_justice_promised_is_no_threat(sentence):
    assert not [e for e in _events(sentence) if e.modality == "hypothetical"]


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        (
            "On Sunday the separatists announced a lockdown in Kessler and warned that any "
            "vehicle on the roads would be burned.",
            "hypothetical",
        ),
        (
            "On Sunday the gang warned that buses in Kessler would be set on fire if companies "
            "did not pay.",
            "hypothetical",
        ),
        ("On Sunday dozens of houses in Kessler were burned by militiamen.", "asserted"),
    ],
)
def test_property_burned_or_to_be_burned(sentence, modality):
    assert _kinds(_events(sentence)) == {("Strategic developments", modality, "Kessler")}
