"""Arrests told after an attack, in a sentence that names no place: they were made
where the attack was, whoever made them.

Texts written for these tests.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

ARRESTS = ("Strategic developments", "asserted", "Dunmore")


def test_suspects_who_had_been_arrested_after_an_attack_are_an_arrest_there():
    events = _events(
        "Gunmen killed eight people in Dunmore on Monday. Police confirmed the attack and "
        "said two suspects had been arrested."
    )
    assert ARRESTS in kinds(events), kinds(events)


def test_suspects_arrested_by_no_one_named_are_an_arrest_there():
    events = _events(
        "Gunmen opened fire on a group of traders in Dunmore on Friday, killing four. "
        "Three suspects had been arrested, the ministry added."
    )
    assert ARRESTS in kinds(events), kinds(events)


def test_a_group_that_has_been_fighting_for_years_is_no_event_at_the_last_place():
    events = _events(
        "Gunmen killed eight people in Dunmore on Monday. The group has been fighting "
        "local militias for control of the gold mines for years."
    )
    assert kinds(events) == {("Violence against civilians", "asserted", "Dunmore")}, kinds(events)


def test_nobody_arrested_after_an_attack_is_no_event():
    events = _events("Gunmen killed eight people in Dunmore on Monday. Nobody has been arrested.")
    assert kinds(events) == {("Violence against civilians", "asserted", "Dunmore")}, kinds(events)
