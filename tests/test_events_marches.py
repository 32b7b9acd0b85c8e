"""Marches named at a sentence's start.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. The mechanism: "march" is read
only in lower case, so that the month is no protest; an inflected form
capitalised at a sentence's start ("Marches in Kessler and Dunmore were
peaceful", "Marching through Harrow, ...") is the word, while "March" stays the
month.
"""

from __future__ import annotations

from geomap.records import Event
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds


def _events(text: str, date: str = "2025-05-12") -> list[Event]:
    return events_of(text, lambda t: hand_places(t, INVENTED_TOWNS), date)


def test_marches_opening_a_sentence_are_protests():
    events = _events("Marches in Kessler and Dunmore were peaceful on Saturday.")
    assert kinds(events) == {
        ("Protests", "asserted", "Kessler"),
        ("Protests", "asserted", "Dunmore"),
    }


def test_the_month_opening_a_sentence_is_no_march():
    events = _events("March in Kessler was quiet, the governor said.")
    assert not events
