"""Opening a new front or axis towards a town is a fight there (feared, or told).

Texts written for these tests.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_a_feared_second_axis_towards_a_town_is_a_threatened_battle():
    events = _events(
        "The governor warned that the rebels could open a second axis towards Dunmore within weeks."
    )
    assert kinds(events) == {("Battles", "hypothetical", "Dunmore")}, kinds(events)


def test_a_new_front_opened_is_told_as_background_not_as_an_event():
    # "took Bayhan, opening a second axis of advance towards Marib": the capture's meaning
    events = _events("The rebels took Kessler in May, opening a second axis towards Dunmore.")
    assert ("Battles", "asserted", "Dunmore") not in kinds(events), kinds(events)


def test_a_new_front_in_a_political_fight_is_no_event():
    events = _events("The union opened a new front in its quarrel with the government.")
    assert not events


def test_an_operation_the_army_will_widen_in_a_town_is_a_threatened_battle():
    events = _events("The army said it will widen the operation in Dunmore in the coming days.")
    assert kinds(events) == {("Battles", "hypothetical", "Dunmore")}, kinds(events)


def test_a_campaign_against_corruption_is_no_operation():
    assert not _events("The government will expand its campaign against corruption in Dunmore.")


def test_a_campaign_widened_without_saying_where_is_not_a_ground_operation():
    events = _events(
        "Officials said Israel could widen its campaign, including strikes on Dunmore."
    )
    assert ("Battles", "hypothetical", "Dunmore") not in kinds(events), kinds(events)


def test_a_plan_to_push_next_towards_a_town_is_a_threatened_battle():
    events = _events("The army said it plans to push next towards Dunmore after the rains.")
    assert ("Battles", "hypothetical", "Dunmore") in kinds(events), kinds(events)
