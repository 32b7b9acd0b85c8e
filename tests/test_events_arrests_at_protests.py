"""Arrests told after a protest or a riot, at its own town, are its intervention.

Texts written for these tests, run through the geoparser and the extractor.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import geoparsed_events


def _events(gaz, text: str):
    return geoparsed_events(gaz, text)


@pytest.mark.parametrize(
    ("story", "kind"),
    [
        (
            "Thousands of people marched through Nairobi on Tuesday against the finance bill, "
            "and police fired tear gas near parliament.",
            "Protests",
        ),
        (
            "Crowds looted shops and set cars on fire in Nairobi on Tuesday after the vote.",
            "Riots",
        ),
    ],
)
def test_arrests_in_the_town_of_a_protest_just_told_are_part_of_it(gaz, story, kind):
    text = f"{story} Police said they had arrested 40 people in Nairobi overnight.\n"
    events = _events(gaz, text)
    assert [e.event_type for e in events] == [kind]


def test_arrests_in_another_town_are_an_event_of_their_own(gaz):
    text = (
        "Thousands of people marched through Nairobi on Tuesday against the finance bill. "
        "Police said they had arrested 40 people in Mombasa overnight.\n"
    )
    kinds = sorted(e.event_type for e in _events(gaz, text))
    assert kinds == ["Protests", "Strategic developments"]
