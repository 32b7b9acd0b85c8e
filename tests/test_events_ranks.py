"""Things counted by their rank, and a place that frames a sentence after "And".

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "it was the fifth church attacked in Harrow this year" counts attacks, no new
  event; "a second strike hit the market" is one;
- "And in Kessler, the United Nations says militia forces have detained eleven of its
  staff": the opening place frames the sentence after a conjunction too.
"""

from __future__ import annotations

from geomap.records import Event
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds

SD = "Strategic developments"
ERV = "Explosions/Remote violence"


def _events(text: str, date: str = "2025-05-12") -> list[Event]:
    return events_of(text, lambda t: hand_places(t, INVENTED_TOWNS), date)


def test_a_church_counted_by_rank_is_no_new_attack():
    events = _events(
        "A chapel was burned down in Dunmore on Thursday night; the diocese said it was "
        "the fifth church attacked in Harrow this year."
    )
    assert kinds(events) == {(SD, "asserted", "Dunmore")}


def test_a_second_strike_told_as_an_act_is_an_event():
    events = _events(
        "A first air strike hit a school in Dunmore on Monday, and a second strike hit the "
        "market in Harrow an hour later."
    )
    assert (ERV, "asserted", "Harrow") in kinds(events)


def test_a_place_opening_the_sentence_after_and_frames_it():
    events = _events(
        "And in Kessler, the United Nations says militia forces have detained eleven more "
        "of its local staff."
    )
    assert kinds(events) == {(SD, "asserted", "Kessler")}
