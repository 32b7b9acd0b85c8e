"""Vows to continue an attack, and attacks that continue.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "the rebels vowed to continue their attacks on Kessler": "continue" is a verb of
  speech only in '"...," he continued'; with an object it tells an act kept up, so
  the vow above it makes the attacks a threat;
- "jets continued their strikes on Kessler": an act kept up and told is asserted.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds


def test_a_vow_to_continue_attacks_is_a_threat():
    events = _events(
        "On Sunday the rebels vowed to continue their attacks on army posts in Kessler."
    )
    assert _kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_a_threat_to_continue_strikes_is_a_threat():
    events = _events("The air force threatened on Sunday to continue its air strikes on Kessler.")
    assert _kinds(events) == {("Explosions/Remote violence", "hypothetical", "Kessler")}


def test_strikes_that_continued_are_told():
    events = _events("Government jets continued their air strikes on Kessler on Sunday.")
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}


def test_a_vow_to_go_on_with_operations_names_no_new_site():
    # a vow that names no place takes none from the story: to go on is not to go somewhere
    events = _events(
        "Government jets bombed Kessler on Saturday.\n\n"
        "On Sunday the army chief vowed to continue its military operations."
    )
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}
