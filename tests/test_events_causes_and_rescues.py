"""Words of war that tell a cause, an office or a rescue, not a new event.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: groups "fighting for an independent state" pursue a cause, they
are not told fighting anyone; a leader who "took over the movement's
leadership" took an office, not a town; and a raid that frees "the abducted
teachers" frees people taken before, so the raid on a rebel camp stays a
fight rather than becoming an abduction. Gunmen who "marched the traders
into the bush" led captives away; they held no march. A campaign "stepped up
since August, hitting fuel depots" is summed up, not told strike by strike.
A vigil its victims were attending, a sit-in they were going to join and a
rally a commander spoke at set the scene of another act; they are no protest.
"""

from __future__ import annotations

import pytest

from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS)


def _events(text: str, date: str = "2026-02-11") -> list[Event]:
    return events_of(text, _places, date)


def _kinds(events: list[Event]) -> list[tuple[str, str, str | None]]:
    return [(e.event_type, e.sub_event_type, e.location) for e in events]


def test_groups_fighting_for_independence_tell_a_cause_not_a_fight():
    events = _events(
        "Gunmen abducted seven teachers on the road outside Dunmore on Monday. "
        'Separatist groups fighting for an independent "Westland" have long opposed '
        "the reopening of schools in the region."
    )
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_fighters_fighting_for_the_town_still_fight():
    events = _events("Rebels and soldiers were fighting for control of Dunmore on Monday.")
    assert [e.event_type for e in events] == ["Battles"]


def test_taking_over_a_movements_leadership_is_no_takeover():
    events = _events(
        "He took over the movement's leadership in Kessler after its founder died in March."
    )
    assert events == []


def test_a_raid_that_frees_the_abducted_is_a_fight_with_the_captors():
    events = _events(
        "The army said troops had raided a separatist camp near Kessler on Tuesday, killing "
        "four fighters and freeing two of the abducted teachers."
    )
    assert _kinds(events) == [("Battles", "Armed clash", "Kessler")]


def test_a_raid_in_which_gunmen_abducted_villagers_is_an_abduction():
    events = _events("Gunmen raided a village near Kessler on Tuesday and abducted twelve farmers.")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_men_who_marched_traders_into_the_bush_held_no_march():
    events = _events(
        "The men arrived on motorbikes in Kessler on Monday and marched the traders into the "
        "bush, witnesses said."
    )
    assert "Protests" not in [e.event_type for e in events]


def test_people_who_marched_through_a_town_protested():
    events = _events("Hundreds of people marched through Kessler on Monday.")
    assert [e.event_type for e in events] == ["Protests"]


def test_a_campaign_summed_up_by_what_it_hits_is_no_new_strike():
    events = _events(
        "The rebels have stepped up their drone campaign since August, hitting fuel depots "
        "in Kessler and Harrow."
    )
    assert events == []


def test_a_strike_that_hit_a_depot_is_a_strike():
    events = _events("A rebel drone struck a fuel depot in Kessler on Monday, hitting two tanks.")
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed at least 12 people attending a funeral vigil in Kessler on Monday.",
        "A drone struck a bus carrying villagers on their way to join a sit-in in Kessler, "
        "killing four.",
        "The rebel commander told supporters at a rally in Kessler that his forces would "
        "take Harrow within weeks.",
    ],
)
def test_a_gathering_that_sets_the_scene_is_no_protest(text):
    assert "Protests" not in [e.event_type for e in _events(text)]


def test_a_rally_held_in_a_town_is_a_protest():
    events = _events("Thousands of opposition supporters held a rally in Kessler on Saturday.")
    assert [e.event_type for e in events] == ["Protests"]
