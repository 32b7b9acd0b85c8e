"""What an event happened during is its setting, not a second event; who was killed is
the counted subject.

Sentences written for these tests, run through the geoparser and the extractor.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import geoparsed_events


def _events(gaz, text: str):
    return geoparsed_events(gaz, text, date="2025-03-14")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "On 3 March, a drone strike during a raid on the camp at Jenin killed two members "
            "of an armed group.",
            "Explosions/Remote violence",
        ),
        (
            "Rights workers said soldiers raped three women during a raid on a village near "
            "Myingyan on Monday.",
            "Violence against civilians",
        ),
        (
            "In Beira, police shot dead a 17-year-old boy during a march on Thursday, his "
            "family said.",
            "Protests",
        ),
    ],
)
def test_an_event_told_during_a_raid_or_march_is_one_event(gaz, text, kind):
    (event,) = _events(gaz, text)
    assert event.event_type == kind


def test_a_setting_told_of_in_its_own_right_is_an_event_too(gaz):
    text = (
        "Four farmers were abducted near Jiribam during a gunfight in which police killed "
        "six suspected militants."
    )
    kinds = sorted(e.event_type for e in _events(gaz, text))
    assert kinds == ["Battles", "Violence against civilians"]


def test_soldiers_killed_are_counted_past_the_words_that_single_some_out(gaz):
    text = (
        "The army says 12 soldiers, among them a commanding officer and two majors, were "
        "killed on Thursday in Ughelli."
    )
    (event,) = _events(gaz, text)
    assert event.event_type == "Battles"
