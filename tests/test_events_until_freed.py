"""A vow to fight on "until X is free" names X as the place at stake; a condition on
something else ("until the aggression stops") names no place.

Texts written for these tests.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_operations_that_will_go_on_until_a_town_is_free_are_a_vow_about_it():
    events = _events(
        "The chief minister said in Kessler that operations will continue until Dunmore is "
        "free of rebels."
    )
    assert kinds(events) == {("Battles", "hypothetical", "Dunmore")}, kinds(events)


def test_until_the_town_of_x_is_liberated_names_x():
    events = _events(
        "The commander vowed that operations would go on until the town of Dunmore is liberated."
    )
    assert ("Battles", "hypothetical", "Dunmore") in kinds(events), kinds(events)
