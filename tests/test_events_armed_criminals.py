"""Rustlers and armed robbers are armed men; captives and hostages are civilians.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: police or troops who
kill "armed robbers" fight armed men (a battle, as with bandits), while
kidnappers who abduct students, rustlers who kill herders and gunmen who kill
hostages or threaten "the captives" attack civilians.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Police shot dead two armed robbers in Kessler.",
        "Soldiers killed four armed robbers in Kessler.",
    ],
)
def test_forces_who_kill_armed_criminals_fight_armed_men(sentence):
    assert kinds(_events(sentence)) == {("Battles", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kidnappers abducted 20 students from a school in Kessler.",
        "Cattle rustlers killed three herders near Kessler.",
        "Gunmen killed two hostages in Kessler.",
    ],
)
def test_armed_criminals_who_harm_people_attack_civilians(sentence):
    assert kinds(_events(sentence)) == {("Violence against civilians", "asserted", "Kessler")}


def test_a_threat_to_kill_captives_is_a_threat_to_civilians():
    events = _events("In Kessler, the kidnappers threatened to kill the captives.")
    assert kinds(events) == {("Violence against civilians", "hypothetical", "Kessler")}
