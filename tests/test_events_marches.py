"""Marches named at a sentence's start; crowds dispersed after blocking a road.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. The mechanism: "march" is read
only in lower case, so that the month is no protest; an inflected form
capitalised at a sentence's start ("Marches in Kessler and Dunmore were
peaceful", "Marching through Harrow, ...") is the word, while "March" stays the
month. A crowd that police "fired tear gas at" and that "had blocked the main
road" was protesting then: the past perfect of a relative clause otherwise tells
background ("the road that protesters had blocked last year").
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_marches_opening_a_sentence_are_protests():
    events = _events("Marches in Kessler and Dunmore were peaceful on Saturday.")
    assert kinds(events) == {
        ("Protests", "asserted", "Kessler"),
        ("Protests", "asserted", "Dunmore"),
    }


def test_the_month_opening_a_sentence_is_no_march():
    events = _events("March in Kessler was quiet, the governor said.")
    assert not events


def test_a_crowd_tear_gassed_after_blocking_a_road_was_protesting():
    events = _events(
        "In Kessler, police fired tear gas at hundreds of people who had blocked the main "
        "road to demand the release of a detained journalist."
    )
    assert [(e.event_type, e.sub_event_type, e.location) for e in events] == [
        ("Protests", "Protest with intervention", "Kessler")
    ]


def test_a_road_blocked_before_in_a_relative_clause_is_background():
    events = _events(
        "Traders in Kessler said the road that protesters had blocked last year was open again."
    )
    assert not events


def test_supporters_of_an_armed_group_who_march_are_protesters():
    # the crowd named before the verb marches; the group it backs is no actor of the protest
    events = _events("The group's leader called on supporters to take to the streets of Dunmore.")
    assert kinds(events) == {("Protests", "hypothetical", "Dunmore")}
    events = _events("Fano supporters marched through Kessler on Sunday.")
    assert [(e.event_type, e.actor1.split(" (")[0], e.actor2) for e in events] == [
        ("Protests", "Protesters", None)
    ]


def _with_country(text: str) -> list:
    from geomap.records import Place
    from tests.event_fixtures import INVENTED_TOWNS, hand_places

    places = hand_places(text, INVENTED_TOWNS)
    at = text.index("Sudan")
    country = Place(at, at + 5, "Sudan", name="Sudan", geonameid=366755, feature="country",
                    country_code="SD", lat=16.0, lon=30.0)  # fmt: skip
    return sorted([*places, country], key=lambda p: p.start)


def test_a_nationwide_protest_named_without_a_town_is_placed_at_the_country():
    from tests.event_fixtures import events_of

    text = (
        "Sudan: Police fired tear gas at students who marched in Dunmore on Tuesday. "
        "Organisers have called for nationwide marches next week."
    )
    events = events_of(text, _with_country, "2025-05-12")
    assert ("Protests", "hypothetical", "Sudan") in kinds(events)
    assert ("Protests", "hypothetical", "Dunmore") not in kinds(events)
    # protests "around the world" have no one country
    text = "Sudan: Students marched in Dunmore. Rallies are planned around the world next week."
    assert ("Protests", "hypothetical", "Sudan") not in kinds(
        events_of(text, _with_country, "2025-05-12")
    )
