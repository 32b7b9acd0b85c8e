"""Weapons brought down: what was downed, and where it was headed.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "had shot down an army drone over Kessler, while ... shelling Dunmore": a weapon
  brought down, named by its craft ("a drone", "an MQ-9"), is an event of its own
  beside another one told in the sentence, not a detail of it;
- "intercepted a missile ... as it approached the airport near Kessler": the town by
  the site a stopped weapon approached is where it was stopped.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events

DISRUPTED = "Disrupted weapons use"


def _subtypes(events):
    return {(e.sub_event_type, e.location) for e in events}


def test_a_drone_shot_down_is_an_event_beside_shelling_told_with_it():
    events = _events(
        "The rebels said on Sunday they had shot down an army drone over Kessler, while "
        "the government accused them of shelling homes in Dunmore."
    )
    assert (DISRUPTED, "Kessler") in _subtypes(events)
    assert ("Shelling/artillery/missile attack", "Dunmore") in _subtypes(events)


def test_a_missile_intercepted_as_it_approached_an_airport_is_placed_at_the_town_by_it():
    events = _events(
        "The strikes came hours after air defences intercepted a ballistic missile as it "
        "approached the airport near Kessler on Sunday."
    )
    assert (DISRUPTED, "Kessler") in _subtypes(events)


def test_a_drone_launched_at_a_town_and_intercepted_is_placed_at_that_town():
    events = _events("Air defences intercepted a drone launched at Kessler on Sunday.")
    assert _subtypes(events) == {(DISRUPTED, "Kessler")}


def test_drones_shot_down_over_a_town_beside_another_event_are_an_event_of_their_own():
    # a clause of its own ("..., and that the navy sank ..."), with its own place
    events = _events(
        "The ministry said 30 drones were shot down over Kessler overnight, and that the "
        "navy sank two uncrewed boats off Dunmore."
    )
    assert (DISRUPTED, "Kessler") in _subtypes(events)


def test_drones_launched_and_mostly_shot_down_stay_one_event():
    events = _events(
        "The rebels launched 40 drones at Kessler overnight, and 35 of them were shot "
        "down over Dunmore, the army said."
    )
    assert len(events) == 1
