"""Arrivals denied by who did not come: "no rebel had set foot in the town".

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. The general mechanism: setting
foot in a town is an armed arrival, told as an event only when threatened or
denied, and a denial may sit on the subject ("no rebel had ...") as well as on
the verb. A visitor who set foot in a town tells no event.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday villagers said no rebel had set foot in Kessler.",
        "On Sunday villagers said the rebels had not set foot in Kessler.",
        "On Sunday villagers said no rebels had reached Kessler.",
    ],
)
def test_an_arrival_denied(sentence):
    assert _kinds(_events(sentence)) == {("Battles", "negated", "Kessler")}


def test_an_arrival_vowed():
    events = _events("On Sunday the rebels vowed they would set foot in Kessler before the rains.")
    assert _kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_a_visit_is_no_arrival_of_armed_men():
    assert not _events("On Sunday the minister set foot in Kessler for the first time.")
