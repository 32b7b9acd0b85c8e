"""Denied lootings, plans disowned, shootouts, raids that made arrests, clinics attacked.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: "accusations that its
soldiers had looted shops" holds a clause of its own (a subject and an
auxiliary), a looting denied, not "looted shops" that describe them; a side
with "no plans to attack" a town intends nothing, no event; a shootout is a
fight; the arrests a raid made are where the raid was, also when the raid
named the town only inside a camp's name; an attack on a clinic or health
centre falls on civilians.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_a_looting_denied_in_a_clause_is_a_denied_event():
    sentence = "The military rejected accusations that its soldiers had looted shops in Kessler."
    events = _events(sentence)
    assert kinds(events) == {("Strategic developments", "negated", "Kessler")}
    assert {e.sub_event_type for e in events} == {"Looting/property destruction"}


def test_looted_shops_described_are_no_event():
    assert _events("Residents returned to their looted shops in Kessler on Monday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels said they had no plans to attack Kessler.",
        "The army has no intention of storming Kessler, the minister said.",
    ],
)
def test_no_plan_to_attack_is_no_event(sentence):
    assert _events(sentence) == []


def test_plans_to_attack_are_still_a_plan():
    events = _events("The rebels said they had plans to attack Kessler.")
    assert kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_a_shootout_is_a_fight():
    events = _events("Security forces engaged the gunmen in a shootout in Kessler on Monday.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_arrests_made_in_a_raid_on_a_camp_are_where_the_raid_was():
    events = _events("Troops raided the Kessler refugee camp on Monday, arresting 15 Palestinians.")
    assert kinds(events) == {("Strategic developments", "asserted", "Kessler")}
    assert {e.sub_event_type for e in events} == {"Arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A health worker was killed when gunmen attacked a clinic in Kessler on Monday.",
        "Gunmen attacked a health centre in Kessler on Monday.",
    ],
)
def test_an_attack_on_a_clinic_falls_on_civilians(sentence):
    assert kinds(_events(sentence)) == {("Violence against civilians", "asserted", "Kessler")}
