"""People apprehended or taken into custody, people captured, and what a sentence is for.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: suspects
"apprehended" or "taken into custody" are arrested; a commander "captured" is a
person taken, no town won; and the act a court sentences people for ("for the
bombing") is the charge, told elsewhere, not a new bombing where the court sits.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The army apprehended five suspected smugglers near Kessler.",
        "Two suspects were taken into custody in Kessler on Monday.",
        "Police took the driver into custody in Kessler.",
    ],
)
def test_people_apprehended_or_taken_into_custody_are_arrested(sentence):
    events = _events(sentence)
    assert kinds(events) == {("Strategic developments", "asserted", "Kessler")}
    assert {e.sub_event_type for e in events} == {"Arrests"}


def test_a_commander_captured_is_no_town_won():
    found = kinds(_events("A rebel commander was captured alive near Kessler."))
    assert ("Battles", "asserted", "Kessler") not in found


def test_a_town_captured_is_still_won():
    assert kinds(_events("Kessler was captured by the rebels.")) == {
        ("Battles", "asserted", "Kessler")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "A court in Kessler sentenced three men to death for the bombing.",
        "Two men were jailed in Kessler for the attack on the market.",
    ],
)
def test_the_act_a_court_sentences_for_is_the_charge(sentence):
    events = _events(sentence)
    assert not any(e.event_type in ("Explosions/Remote violence", "Battles") for e in events)
