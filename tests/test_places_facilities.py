"""A name that opens the name of an airport or stadium told to lie in another place is no
place of its own; a town's own airport keeps the town.

Texts written for these tests.
"""

from __future__ import annotations

from geomap.places import find_places


def _names(gaz, text: str) -> list[str]:
    return [p.text for p in find_places(text, gaz)]


def test_an_airport_named_after_a_person_lies_in_the_city_named_after_it(gaz):
    text = "Mortar shells fell near Aden Adde International Airport in Mogadishu on Sunday."
    assert _names(gaz, text) == ["Mogadishu"]


def test_a_town_named_by_its_own_airport_stays_a_place(gaz):
    text = "Rockets hit Kandahar Airport on Monday night, officials said."
    assert "Kandahar" in _names(gaz, text)
