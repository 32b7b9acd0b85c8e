"""Shots denied at a protest.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. One general mechanism:

- "in Kessler, where thousands rallied, police said no shots had been fired":
  shooting denied where a protest is told is denied force against the
  protesters (ACLED's excessive force, negated); shots denied where a crowd
  that is no protest moved ("crowds of refugees heading home") deny nothing.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds


def test_no_shots_fired_at_a_rally_is_denied_force_against_protesters():
    events = _events(
        "In Kessler, where thousands rallied outside the governor's office on Sunday, police "
        "said no shots had been fired."
    )
    assert ("Protests", "negated", "Kessler") in _kinds(events)
    denied = [e for e in events if e.modality == "negated"]
    assert [e.sub_event_type for e in denied] == ["Excessive force against protesters"]


def test_no_shots_fired_where_refugees_crowded_denies_nothing():
    events = _events(
        "On Sunday the army said crowds of refugees heading home through Kessler had moved "
        "calmly and that no shots had been fired."
    )
    assert not events


def test_protesters_shot_dead_by_an_unnamed_hand_suffered_force_they_did_not_riot():
    for text in (
        "A rights group said two protesters were shot dead in Kessler.",
        "Two protesters were shot dead by police in Kessler.",
    ):
        events = _events(text)
        assert [(e.event_type, e.sub_event_type) for e in events] == [
            ("Protests", "Excessive force against protesters")
        ], text
    # a crowd that attacks is still a riot
    assert ("Riots", "asserted", "Kessler") in _kinds(
        _events("Protesters attacked a police station in Kessler.")
    )
