"""Items of a live blog: each timestamped paragraph tells its own events.

Texts written for these tests.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_the_rally_of_a_new_item_is_the_gathering_it_just_told():
    # "the rally" opens the events of an item that names its own town: it is not
    # one more mention of the march in the item before
    text = (
        "10:25 - Tens of thousands of students are marching through central Dunmore, "
        "blowing whistles.\n\n"
        "12:30 - A few thousand people gathered again outside parliament in Harrow last "
        "night, as they have every night for a year. The rally passed without incident."
    )
    events = _events(text)
    assert kinds(events) == {
        ("Protests", "asserted", "Dunmore"),
        ("Protests", "asserted", "Harrow"),
    }, kinds(events)


def test_police_who_used_batons_to_clear_protesters_intervened():
    # the tagger reads "to clear" as an adjective
    events = _events(
        "11:40 - In Kessler, police have used pepper spray and batons to clear protesters "
        "who were blocking the approach to a bridge."
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Protest with intervention", "Kessler")
    ]


def test_a_street_is_in_the_town_that_frames_its_entry_not_the_storys_town():
    text = (
        "08:10 - A man was shot dead during clashes between police and protesters in Dunmore "
        "late on Wednesday. Wednesday's march was called by youth groups.\n\n"
        "09:40 - In Harrow, a few thousand people rallied again on Rustaveli Avenue last night, "
        "peacefully."
    )
    rallies = [e for e in _events(text) if e.trigger == "rallied"]
    assert [e.location for e in rallies] == ["Harrow"], kinds(_events(text))
