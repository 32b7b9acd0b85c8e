"""Plots and readiness told as plans, one strike's toll in reported speech, and lists.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: what a side
"plotted" or "conspired" to do, what troops "on standby" are to do, an assault
"preparations are under way for", and what "it is only a matter of time
before" happens are plans; "Hamas said Israeli strikes on X had killed 20
people" tells one strike's toll in the past perfect of reported speech, not a
war's toll ("the war, which began in 2023, had killed thousands" still is);
"in Kessler as well as in Dunmore" lists two sites; a vow "to arrest those
behind the attack" speaks of an attack done, not one to come.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "sentence, kind",
    [
        (
            "The rebels plotted to assassinate the governor of Kessler.",
            "Violence against civilians",
        ),
        ("Troops are on standby to move into Kessler.", "Battles"),
        ("Preparations are under way for an assault on Kessler.", "Battles"),
        ("It is only a matter of time before the rebels attack Kessler.", "Battles"),
    ],
)
def test_plots_and_readiness_are_plans(sentence, kind):
    events = _events(sentence)
    assert kinds(events) == {(kind, "hypothetical", "Kessler")}
    assert {e.modality_detail for e in events} == {"plan"}


def test_a_strikes_toll_in_reported_speech_is_the_strike():
    events = _events("The ministry said strikes on Kessler had killed 20 people.")
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}


def test_a_wars_toll_is_background():
    sentence = "The war around Kessler, which began in 2023, had killed thousands by the truce."
    assert _events(sentence) == []


def test_sites_listed_with_as_well_as_are_each_a_site():
    events = _events("Clashes were reported in Kessler as well as in Dunmore on Monday.")
    assert kinds(events) == {("Battles", "asserted", "Kessler"), ("Battles", "asserted", "Dunmore")}


def test_a_vow_to_arrest_those_behind_an_attack_tells_the_attack():
    events = _events("Police vowed to arrest those behind the attack in Kessler.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_a_vow_to_attack_stays_a_vow():
    events = _events("The rebels vowed to attack Kessler.")
    assert {e.modality_detail for e in events} == {"vow"}
