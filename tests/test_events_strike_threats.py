"""Strikes threatened on military objects, and strikes about to happen.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: "to strike hideouts", "to strike a weapons facility" names what only
weapons hit, so the verb is a strike though no weapon is named; a right
"reserved", quotes or not, makes it a threat; what an army "was about to strike"
has not happened yet (a plan).
"""

from __future__ import annotations

from geomap.records import Event
from tests.event_fixtures import invented_events as _events

REMOTE = "Explosions/Remote violence"


def _codes(events: list[Event]) -> set[tuple]:
    return {(e.event_type, e.modality, e.modality_detail, e.location) for e in events}


def test_a_quoted_reserved_right_to_strike_hideouts_is_a_threat():
    events = _events(
        'The military said it "reserves the right" to strike hideouts across the border, '
        "including in Kessler."
    )
    assert _codes(events) == {(REMOTE, "hypothetical", "threat", "Kessler")}


def test_a_facility_the_army_was_about_to_strike_is_a_plan():
    events = _events(
        "Residents of Kessler were told the army was about to strike a weapons facility in "
        "the town."
    )
    assert {(e.modality, e.modality_detail, e.location) for e in events} == {
        ("hypothetical", "plan", "Kessler")
    }
