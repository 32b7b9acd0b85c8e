"""Crowds that gather to mark an anniversary, or rally peacefully.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. The mechanism: a crowd that
"gathered to mark the anniversary" of an uprising, or "to mark one year since the
military took power", and people who "gathered peacefully", held a protest; a
memorial that diplomats, clergy or officials attend ("residents, diplomats and
clergy gathered to mark three years since the troops pulled out") is no protest,
and neither is a feast.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

PROTEST = ("Protests", "asserted", "Kessler")


def test_a_crowd_marking_an_uprisings_anniversary_protests():
    events = _events(
        "Hundreds of young people gathered in Kessler on Monday to mark the anniversary of "
        "last year's uprising."
    )
    assert kinds(events) == {PROTEST}


def test_a_crowd_marking_a_year_of_military_rule_protests():
    events = _events(
        "In Kessler, a few hundred people gathered in the main square on Monday to mark one "
        "year since the military took power."
    )
    assert kinds(events) == {PROTEST}


def test_a_memorial_with_diplomats_and_clergy_is_no_protest():
    events = _events(
        "Residents, diplomats and clergy gathered in Kessler on Monday to mark three years "
        "since the troops pulled out of the town."
    )
    assert not [e for e in events if e.event_type == "Protests"]


def test_families_gathering_for_a_feast_do_not_protest():
    events = _events("Families gathered in Kessler on Monday to mark the end of the harvest.")
    assert not events
