"""Ultimatums: leave or "face the sword", pay or be killed.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "warned residents of Kessler to leave or 'face the sword'": the alternative an
  ultimatum threatens is a threatened attack, on the people warned, as "told villagers
  to pay the levy or be killed" is, and the order to leave is no second threat;
- Christians and other believers threatened are civilians ("Christians who stay will
  be treated as enemy targets");
- soldiers told to surrender "or be killed" are threatened with a fight.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events

THREATENED_ATTACK = ("Violence against civilians", "Attack", "hypothetical", "Kessler")


def _kinds(events):
    return {(e.event_type, e.sub_event_type, e.modality, e.location) for e in events}


def test_christians_warned_to_leave_or_face_the_sword_are_threatened():
    events = _events(
        "In a message circulated online, the insurgents warned Christians in Kessler to "
        'leave or "face the sword".'
    )
    assert _kinds(events) == {THREATENED_ATTACK}


def test_residents_warned_to_leave_or_face_the_sword_are_threatened():
    events = _events(
        'On Sunday the insurgents warned residents of Kessler to leave or "face the sword".'
    )
    assert _kinds(events) == {THREATENED_ATTACK}


def test_christians_threatened_as_enemy_targets_are_civilians():
    events = _events(
        "On Sunday the insurgents warned that Christians who stay in Kessler will be treated "
        "as enemy targets."
    )
    assert _kinds(events) == {THREATENED_ATTACK}


def test_villagers_told_to_pay_or_be_killed_are_threatened():
    events = _events("On Sunday the gunmen told villagers in Kessler to pay the levy or be killed.")
    assert _kinds(events) == {THREATENED_ATTACK}


def test_soldiers_told_to_surrender_or_be_killed_are_threatened_with_a_fight():
    events = _events("On Sunday the rebels warned soldiers in Kessler to surrender or be killed.")
    assert _kinds(events) == {("Battles", "Armed clash", "hypothetical", "Kessler")}
