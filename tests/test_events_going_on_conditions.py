"""Conditions that go on, threats after them, and what a clause before tells.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "would respond if drone strikes continue": strikes that are the
  subject of "continue" in a condition are going on, no threatened strike;
- "... if drone strikes continue and has threatened to advance on Kessler": a
  verb with its own auxiliary joined to the condition's verb belongs to the
  main clause, so the advance is a threat;
- "would move towards Kessler": a move towards a town, told as a plan or
  threat, is a threatened fight for it (an account of troops that moved
  towards it is none);
- 'will "defend the people"': a quoted vow to defend the people is a
  threatened battle, as one to defend the town is;
- "will hit army posts near Kessler": posts and positions of a named side are
  what weapons hit, so the threat is an event even with no weapon named;
- "there had been no fighting in Dunmore, and said the rebels would next move
  on Kessler": a "no fighting" in a clause before the trigger's tells of
  another place, so the move is no non-violent handover.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds

THREAT = ("Battles", "hypothetical", "Kessler")


def test_strikes_that_continue_in_a_condition_are_no_threatened_strike():
    events = _events(
        "On Sunday the rebels in Kessler warned that they would respond if drone strikes continue."
    )
    assert not [e for e in events if e.event_type == "Explosions/Remote violence"]


def test_a_new_attack_in_a_condition_is_still_a_threatened_one():
    events = _events(
        "On Sunday the rebels in Dunmore warned that if the army storms Kessler, they will "
        "withdraw."
    )
    assert THREAT in _kinds(events)


def test_a_verb_with_its_own_auxiliary_after_a_condition_is_the_threat():
    events = _events(
        'On Sunday the rebels warned that they will "respond" if drone strikes continue and '
        "have threatened to advance on Kessler, where the army has its main base."
    )
    assert _kinds(events) == {THREAT}


def test_a_move_towards_a_town_told_as_a_threat_is_a_threatened_battle():
    events = _events(
        'On Sunday the rebel spokesman warned that "we will have no choice but to move '
        'towards Kessler".'
    )
    assert _kinds(events) == {THREAT}


def test_troops_that_moved_towards_a_town_fought_no_battle():
    assert not _events("On Sunday a column of lorries moved towards Kessler.")


def test_a_quoted_vow_to_defend_the_people_is_a_threatened_battle():
    events = _events(
        'On Sunday the rebels in Kessler said they will "defend the people" from the army.'
    )
    assert _kinds(events) == {THREAT}


def test_a_threat_to_hit_army_posts_near_a_town_is_an_event():
    events = _events("On Sunday the rebel commanders said they will hit army posts near Kessler.")
    assert {(m, p) for _, m, p in _kinds(events)} == {("hypothetical", "Kessler")}


def test_hitting_the_headlines_is_no_event():
    assert not _events("On Sunday the rebel commanders in Kessler hit the headlines again.")


def test_no_fighting_in_a_clause_before_tells_of_another_place():
    events = _events(
        "On Sunday a rebel spokesman said there had been no fighting in Dunmore, where the "
        "army has reinforced its garrison, and said the rebels would next move on Kessler."
    )
    kessler = [e for e in events if e.location == "Kessler"]
    assert [(e.event_type, e.modality) for e in kessler] == [("Battles", "hypothetical")]


def test_no_fighting_after_the_trigger_still_makes_a_handover():
    events = _events(
        "On Sunday the rebels moved into Kessler, and no shots were fired, residents said."
    )
    assert [e.event_type for e in events] == ["Strategic developments"]
