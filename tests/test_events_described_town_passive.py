"""A town described in apposition, then told in the passive.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanism: "Kessler, a town of
40,000 people on the main road, was overrun" tells what happened to Kessler,
whatever the words that describe it (the tagger reads "was overrun" after an
apposition as a noun, which is no restatement of an event); a town described
by a clause that tells another event ("Harrow, where the rebels attacked") is
the place of that event.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessler, a town on the main road, was overrun by the rebels on Monday.",
        "Kessler, a town of 40,000 people on the main road north, was overrun by the rebels "
        "on Monday.",
        "The army said that Kessler, a rebel stronghold, had been recaptured.",
    ],
)
def test_a_described_town_is_the_passives_subject(sentence):
    assert kinds(_events(sentence)) == {("Battles", "asserted", "Kessler")}


def test_a_town_described_by_another_event_is_its_place():
    events = _events("Harrow, where the rebels attacked on Sunday, was calm on Monday.")
    assert kinds(events) == {("Battles", "asserted", "Harrow")}
