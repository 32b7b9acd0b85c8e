"""Vowed retaliation, and strikes that a speaker will not rule out.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "the rebels vowed to retaliate against army posts in Kessler": retaliation vowed
  or threatened is a threatened attack there, whether told by the verb or the noun; a
  retaliation vowed with no place after it ("Dunmore was hit; the capital vowed
  retaliation") is nobody's target, not a threat to the last town told;
- "the patrol near Dunmore retaliated" and "in retaliation for the ambush" tell no
  second event: the retaliation is the act the sentence already names, or none;
- "the minister would not rule out strikes on Kessler": an act a speaker will not rule
  out is a possibility kept open, not an act denied.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds


def test_a_vow_to_retaliate_is_a_threatened_attack_at_the_town():
    events = _events(
        "On Sunday a rebel spokesman vowed to retaliate against army posts in Kessler."
    )
    assert _kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_threatened_retaliation_is_a_threatened_attack_at_the_town():
    events = _events("The militia threatened swift retaliation against Kessler on Sunday.")
    assert _kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_retaliation_vowed_with_no_place_threatens_no_town():
    events = _events("A drone hit a depot in Dunmore on Sunday; the government vowed retaliation.")
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Dunmore")}


def test_a_patrol_that_retaliated_adds_no_event_to_the_fight():
    events = _events(
        "On Sunday gunmen opened fire on a patrol near Dunmore, which retaliated, and two "
        "gunmen were killed."
    )
    assert _kinds(events) == {("Battles", "asserted", "Dunmore")}
    assert len(events) == 1


def test_retaliation_for_an_attack_is_the_cause_not_another_event():
    events = _events(
        "The shelling of Kessler on Sunday came in retaliation for an ambush the day before."
    )
    assert ("Battles", "hypothetical", "Kessler") not in _kinds(events)
    assert {e.modality for e in events} == {"asserted"}


def test_strikes_not_ruled_out_are_possible_strikes():
    events = _events(
        "The defence minister said on Sunday he would not rule out strikes on Kessler."
    )
    assert _kinds(events) == {("Explosions/Remote violence", "hypothetical", "Kessler")}


def test_a_strike_ruled_out_by_the_army_stays_denied():
    events = _events(
        "The army said on Sunday that it had ruled out any strike on Kessler during the truce "
        "and had carried out none."
    )
    assert all(e.modality != "asserted" for e in events)
