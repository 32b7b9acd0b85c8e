"""A count after a town's name, and a town's name inside a longer Arabic name.

Sentences written for these tests, resolved with the real gazetteer.
"""

from __future__ import annotations

import pytest

from geomap.places import find_places


@pytest.mark.parametrize(
    "text, town",
    [
        ("Russian forces shelled Kherson 45 times in the past day.", "Kherson"),
        ("Missiles struck Kharkiv 3 times before dawn.", "Kharkiv"),
        ("Israeli jets struck Khan Younis 30 times overnight.", "Khan Younis"),
    ],
)
def test_a_count_after_a_town_is_no_channel_or_route_number(gaz, text, town):
    assert town in [p.text for p in find_places(text, gaz)]


def test_a_channel_number_after_a_name_is_still_no_place(gaz):
    text = "The footage was broadcast by Russia 24 on Tuesday."
    assert "Russia" not in [p.text for p in find_places(text, gaz)]


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out in Tripoli's Abu Salim district on Monday.",
        "Clashes broke out in the Abu Salim district of Tripoli.",
    ],
)
def test_a_name_after_abu_is_part_of_that_longer_name(gaz, text):
    found = {p.text: p for p in find_places(text, gaz)}
    assert "Salim" not in found, found
    assert found["Abu Salim"].country_code in (None, "LY")
