"""Fatality figures go to the event they count, in sentences written for these tests.

A sentence that tells events at two places gives each the figure told with it:
a figure after its verb ("..., killing seven people") counts for the event told
before it, one that opens its phrase ("ten attackers were killed in ...") for
the nearest; a number inside a name is no figure, and "leaving hundreds of
vehicles stranded" counts no dead.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events


def _tolls(text: str) -> dict[str | None, int | None]:
    return {e.location: e.fatalities for e in invented_events(text)}


def test_each_place_of_a_sentence_gets_its_own_toll():
    tolls = _tolls(
        "On Wednesday a car bomb exploded at the gate of a base in Dunmore, killing at least "
        "seven people, and in Harrow gunmen shot dead five guests at a hotel."
    )
    assert tolls == {"Dunmore": 7, "Harrow": 5}


def test_a_toll_told_after_its_verb_is_the_toll_of_the_event_before_it():
    tolls = _tolls(
        "The assault on Kessler came a week after a drone dropped bombs on a crowd in "
        "Harrow, killing at least 24 people."
    )
    assert tolls.get("Harrow") == 24
    assert tolls.get("Kessler") is None


def test_one_place_keeps_the_figure_of_its_sentence():
    tolls = _tolls("Gunmen attacked a police post in Ostin, killing three officers.")
    assert tolls == {"Ostin": 3}


def test_stranded_vehicles_are_no_dead():
    events = invented_events(
        "Truck drivers blocked the highways around Dunmore on Friday, leaving hundreds of "
        "vehicles stranded."
    )
    assert events and all(e.fatalities is None for e in events)
