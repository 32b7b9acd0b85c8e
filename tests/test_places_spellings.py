"""A division named after its town is the town when the text says nothing of the division.

The index often holds the town under another spelling of the name
(Mykolayiv, Al Qunaytirah) than the one the division is indexed under; the
town is still the one meant. Articles written for these tests.
"""

from __future__ import annotations

import pytest

import gazetteer
from geomap.places import find_places

STRIKE = (
    "KHERSON, Ukraine - Russian drones struck an energy facility in Mykolaiv overnight, "
    "cutting power to thousands of homes, the regional governor said. Shelling also hit "
    "Kherson and villages along the Dnipro river."
)
RAID = (
    "Israeli strikes hit a house in Quneitra on Monday, a day after troops advanced near "
    "the village of Jubata al-Khashab, Syrian state media said."
)
PROVINCE = "Drones struck energy facilities across Mykolaiv oblast overnight."


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


@pytest.mark.parametrize(("text", "name"), [(STRIKE, "Mykolaiv"), (RAID, "Quneitra")])
def test_the_town_under_another_spelling_beats_its_division(gaz, text, name):
    (found,) = [p for p in find_places(text, gaz) if p.text == name]
    assert found.feature == "city", (found.name, found.feature)


def test_the_division_word_still_means_the_division(gaz):
    (found,) = [p for p in find_places(PROVINCE, gaz) if p.text.startswith("Mykolaiv")]
    assert found.feature == "admin1", (found.name, found.feature)
