"""An alliance is no battle, victims told with an aside, and where people fled to.

Every sentence here was written for its test, with invented towns built by
hand (the geoparser plays no part).
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events


@pytest.mark.parametrize(
    "text",
    [
        "Burundian troops, who have fought alongside the army, were seen withdrawing from "
        "positions near Dunmore.",
        "The militia, which fights side by side with the army in Kessler, did not comment.",
    ],
)
def test_fighting_alongside_an_ally_is_no_battle(text):
    assert not any(e.event_type == "Battles" for e in _events(text))


def test_people_killed_with_an_aside_before_the_attack_make_it_an_attack_on_civilians():
    text = (
        "Gang members armed with rifles killed at least 70 people, including women and "
        "children, in an attack on the town of Dunmore on Thursday."
    )
    found = _events(text)
    assert [(e.event_type, e.location) for e in found] == [
        ("Violence against civilians", "Dunmore")
    ]
    assert found[0].fatalities == 70


def test_the_town_people_fled_to_is_not_where_the_arson_was():
    text = (
        "Gunmen raided Kessler on Friday.\n\n"
        "Gunmen also set fire to at least 45 houses, forcing thousands of residents to flee "
        "to the neighbouring town of Dunmore, officials said."
    )
    arson = [e for e in _events(text) if e.event_type == "Strategic developments"]
    assert [e.location for e in arson] == ["Kessler"]
