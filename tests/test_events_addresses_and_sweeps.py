"""A town's division written after it is its address, not a second site; one sweep of
arrests, or one decree, told over a list of towns is one event.

Texts written for these tests; the places are built by hand.
"""

from __future__ import annotations

import re

from geomap.events import extract_events
from geomap.records import Document, Place
from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

#: name -> (feature, admin1, lat, lon) of invented places of one country
_TABLE = {
    "Dunmore": ("city", "Vell", 10.1, 20.1),
    "Kessler": ("city", "Vell", 10.6, 20.4),
    "Harrow County": ("admin2", "Vell", 10.3, 20.3),
    "Orlen": ("admin2", "Vell", 10.2, 20.6),
    "Vell": ("city", "Vell", 10.5, 20.5),
    "Ostin": ("city", "Marra", 11.0, 21.0),
}


def _places(text: str) -> list[Place]:
    places = []
    for gid, (name, (feature, admin1, lat, lon)) in enumerate(_TABLE.items(), start=1):
        for match in re.finditer(re.escape(name), text):
            places.append(
                Place(match.start(), match.end(), name, name=name, geonameid=gid,
                      feature=feature, country_code="SD", admin1=admin1, lat=lat, lon=lon,
                      population=50_000)
            )  # fmt: skip
    return sorted(places, key=lambda p: p.start)


def _located(text: str) -> list[str | None]:
    doc = Document(id="t", text=text, date="2025-05-12")
    return sorted(e.location for e in extract_events(doc, _places(text)))


def test_a_town_and_its_district_after_a_comma_are_one_site():
    text = (
        "Two rebels were killed in a clash with troops in the hills above Dunmore, "
        "Harrow County, on Wednesday."
    )
    assert _located(text) == ["Dunmore"]


def test_a_district_and_its_province_named_like_its_capital_are_one_site():
    text = "A roadside bomb wounded two rangers on patrol in Orlen district, Vell, on Thursday."
    assert _located(text) == ["Orlen"]


def test_towns_of_a_list_are_each_a_site():
    text = "Jets struck Dunmore, Kessler and Ostin on Monday."
    assert _located(text) == ["Dunmore", "Kessler", "Ostin"]


def test_a_town_of_another_province_after_a_comma_is_a_second_site():
    text = "Drones struck Dunmore, Ostin on Monday night, killing four people."
    assert _located(text) == ["Dunmore", "Ostin"]


def test_one_sweep_of_arrests_over_two_towns_is_one_event():
    events = _events(
        "The army says it detained 14 wanted men in overnight raids in Dunmore and the "
        "nearby town of Kessler."
    )
    assert kinds(events) == {("Strategic developments", "asserted", "Dunmore")}, kinds(events)


def test_one_decree_over_two_towns_is_one_event():
    events = _events(
        "The government declared a 30-day state of emergency in Dunmore and the "
        "neighbouring town of Kessler."
    )
    assert kinds(events) == {("Strategic developments", "asserted", "Dunmore")}, kinds(events)


def test_arrests_counted_for_each_town_are_an_event_at_each():
    events = _events(
        "Troops detained at least 14 people in overnight raids in Dunmore and nine in Kessler."
    )
    assert {e.location for e in events} == {"Dunmore", "Kessler"}


def test_arrests_with_the_preposition_told_again_for_each_town_are_an_event_at_each():
    events = _events(
        "Security forces arrested four men in raids in the capital Dunmore and in the city of "
        "Kessler."
    )
    assert {e.location for e in events} == {"Dunmore", "Kessler"}
