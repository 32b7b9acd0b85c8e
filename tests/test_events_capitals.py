"""A capital told by its role ("in the capital", "the Sudanese capital"), and tolls told after.

The towns are invented (``tests.event_fixtures``) and placed in Sudan, so the
capital the text means is Sudan's, as the data package gives it; the
geoparser plays no part.
"""

from __future__ import annotations

from gazetteer.countries import capital_of
from geomap.events.actors import demonym_table
from geomap.events.capitals import capital_places
from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds

KHARTOUM = capital_of("SD")


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS, country="SD")


def _events(text: str) -> list[Event]:
    return events_of(text, _places, "2025-03-14")


def test_the_capital_of_the_story_is_its_countrys_capital():
    events = _events(
        "Drones struck Kessler on Sunday, killing four people. In the capital, police "
        "detained dozens of students on Monday, relatives said."
    )
    arrests = [e for e in events if e.event_type == "Strategic developments"]
    assert [e.location for e in arrests] == [KHARTOUM.name]
    assert arrests[0].geonameid == KHARTOUM.geonameid


def test_an_adjective_names_the_capitals_country():
    text = (
        "Clashes broke out in Kessler on Monday. In the Libyan capital, gunmen stormed a ministry."
    )
    (place,) = capital_places(text, _places(text), demonym_table())
    assert place.name == capital_of("LY").name and place.country_code == "LY"


def test_a_capital_of_a_region_or_a_named_one_is_not_the_countrys():
    for text in (
        "Kessler, the capital of the province, was shelled on Monday.",
        "Rebels shelled the regional capital on Monday.",
        "Rebels shelled the capital, Harrow, on Monday.",
        "Investors fled the capital markets in Kessler.",
    ):
        assert capital_places(text, _places(text), demonym_table()) == []


def test_deaths_told_right_after_a_strike_at_its_place_are_its_toll():
    events = _events(
        "Jets struck the army headquarters in Kessler on Wednesday afternoon. The health "
        "ministry said three people were killed in Kessler."
    )
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}
    assert events[0].fatalities == 3


def test_drones_approaching_the_city_are_placed_at_the_city_named_before():
    events = _events(
        "Drones struck Kessler on Sunday, killing four people. On Monday the mayor of "
        "Dunmore said air defences had shot down two drones approaching the city."
    )
    downed = [e for e in events if e.trigger and "shot down" in e.trigger]
    assert [e.location for e in downed] == ["Dunmore"]
