"""Acts told of "any force that ...", vows to confront it, and what weapons hit.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "would strike any forces that moved into Kessler": the verb of a relative
  clause on "any ..." tells a kind of act that may come, no event; the strike
  on them is the threat;
- 'would "confront any force that tries to enter" Kessler': a vow to confront
  any force, the army or the rebels is a threatened battle; people who
  confronted the police told no battle;
- "would strike Zarani oil facilities in Kessler", "will strike Zarani targets
  in Kessler": a named side's facilities or targets are what weapons hit, so
  the threat is a strike even with no weapon named.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds

STRIKE = ("Explosions/Remote violence", "hypothetical", "Kessler")


def test_a_relative_clause_on_any_force_tells_no_event():
    events = _events(
        "On Sunday the air force said it would strike any rebel forces that moved into Kessler."
    )
    assert _kinds(events) == {STRIKE}


def test_a_relative_clause_on_a_named_force_is_an_event():
    events = _events("On Sunday the air force struck the rebel forces that moved into Kessler.")
    assert ("Battles", "asserted", "Kessler") in _kinds(events)


def test_a_vow_to_confront_any_force_is_a_threatened_battle():
    events = _events(
        'On Sunday the militia said it would "confront any force that tries to enter" Kessler.'
    )
    assert _kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_people_who_confronted_the_police_fought_no_battle():
    assert not _events("On Sunday residents of Kessler confronted the police over water prices.")


def test_a_threat_to_strike_a_named_sides_facilities_is_a_strike():
    events = _events(
        "On Sunday the rebel leader warned that his forces would strike Zarani oil facilities "
        "in Kessler."
    )
    assert _kinds(events) == {STRIKE}


def test_a_threat_to_strike_a_named_sides_targets_is_a_strike():
    events = _events(
        "On Sunday the government said it will keep striking Zarani targets, including in Kessler."
    )
    assert _kinds(events) == {STRIKE}
