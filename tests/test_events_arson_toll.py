"""Arson followed by a sentence that only counts people hurt is an attack on them.

Texts written for these tests, run through the geoparser and the extractor.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import geoparsed_events


def _events(gaz, text: str):
    return geoparsed_events(gaz, text)


ARSON = (
    "On 9 June, settlers raided the village of Sinjil, north of Ramallah, setting fire to "
    "three cars and a shed."
)


@pytest.mark.parametrize(
    ("after", "kind"),
    [
        ("Four villagers were injured.", ("Violence against civilians", "Attack")),
        ("Two farmers were wounded.", ("Violence against civilians", "Attack")),
        ("Nobody was injured.", ("Strategic developments", "Looting/property destruction")),
        ("Two soldiers were wounded.", ("Strategic developments", "Looting/property destruction")),
    ],
)
def test_people_hurt_told_next_make_arson_an_attack(gaz, after, kind):
    (event,) = _events(gaz, f"{ARSON} {after}")
    assert (event.event_type, event.sub_event_type) == kind


def test_people_hurt_in_the_next_paragraph_are_another_story(gaz):
    (event, *_) = _events(gaz, f"{ARSON}\n\nFour villagers were injured in Hebron on Friday.")
    assert event.sub_event_type == "Looting/property destruction"
