"""What an act answers: a cause told as such is no event of its own.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanism: "torched the market in
reprisal for an ambush" tells one event, the burning; the ambush is its cause,
told elsewhere or not at all, so the sentence's place and date are not the
ambush's. A cause told with a place of its own ("in response to strikes near
Kessler on Friday night") is an event there.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize("answer", ["retaliation", "reprisal", "revenge"])
def test_a_cause_told_as_such_is_no_event(answer):
    events = _events(
        f"Soldiers torched the market in Kessler on Saturday in {answer} for an ambush."
    )
    assert kinds(events) == {("Strategic developments", "asserted", "Kessler")}


def test_a_cause_with_a_place_of_its_own_is_an_event_there():
    events = _events(
        "Rebels fired rockets at Harrow on Saturday in response to strikes near Kessler on "
        "Friday night."
    )
    assert kinds(events) == {
        ("Explosions/Remote violence", "asserted", "Harrow"),
        ("Explosions/Remote violence", "asserted", "Kessler"),
    }
