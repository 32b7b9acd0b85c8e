"""A speaker able to tell, and causes fought that are no war.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "I can tell you that there has been no fighting in Kessler": "can" tells what the
  speaker is able to say, not that the fighting may come: the denial stands, and an
  attack told so is asserted; a speaker who "could not confirm" it still leaves it open,
  and "the rebels could attack" is still a threat;
- "promised to fight corruption", "battling a cholera outbreak": a campaign against
  a social ill is no battle.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds


def test_a_speaker_who_can_tell_of_no_fighting_denies_it():
    events = _events("I can tell you that there has been no fighting in Kessler since Sunday.")
    assert _kinds(events) == {("Battles", "negated", "Kessler")}


def test_an_attack_a_speaker_can_tell_of_is_asserted():
    events = _events("I can tell you that rebels attacked Kessler on Sunday.")
    assert _kinds(events) == {("Battles", "asserted", "Kessler")}


def test_an_attack_officials_could_not_confirm_stays_open():
    events = _events("Officials could not confirm that rebels attacked Kessler on Sunday.")
    assert _kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_rebels_who_could_attack_still_threaten():
    events = _events("The rebels could attack Kessler, officials said on Sunday.")
    assert _kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_a_promise_to_fight_corruption_is_no_battle():
    assert not _events("The new party promised on Sunday to fight corruption in Kessler.")


def test_health_workers_battling_cholera_fight_no_battle():
    assert not _events("Health workers in Kessler are battling a cholera outbreak.")


def test_rebels_who_fought_government_forces_fought_a_battle():
    events = _events("Rebels fought against government forces in Kessler on Sunday.")
    assert _kinds(events) == {("Battles", "asserted", "Kessler")}
