"""Workers on strike are a crowd, not an air strike.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanism: "striking" before
miners, teachers, doctors or workers tells a labour strike, so police who fire
tear gas or rubber bullets at striking workers intervene in a protest (with
lethal fire, use excessive force against it), and nothing is struck from the
air; jets or drones "striking" a target still strike it.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

PROTEST = ("Protests", "asserted", "Kessler")
STRIKE = ("Explosions/Remote violence", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police in Kessler fired rubber bullets at striking miners on Monday.",
        "Police fired tear gas at striking teachers in Kessler on Monday.",
    ],
)
def test_fire_at_striking_workers_is_an_intervention(sentence):
    events = _events(sentence)
    assert kinds(events) == {PROTEST}
    assert {e.sub_event_type for e in events} == {"Protest with intervention"}


def test_lethal_fire_at_striking_workers_is_excessive_force():
    events = _events("Police opened fire on striking workers in Kessler on Monday, killing two.")
    assert kinds(events) == {PROTEST}
    assert {e.sub_event_type for e in events} == {"Excessive force against protesters"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Jets were striking targets in Kessler on Monday.",
        "A drone striking a car in Kessler killed two on Monday.",
    ],
)
def test_weapons_striking_still_strike(sentence):
    assert kinds(_events(sentence)) == {STRIKE}
