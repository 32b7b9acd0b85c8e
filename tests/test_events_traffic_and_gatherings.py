"""Vehicles that leave a place; armed men struck where they gathered.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: a bus, a ferry or a
taxi that "pulled out" of a market or a port is traffic, not a withdrawal of
forces (army trucks that pull out are the army leaving); a strike on "a
gathering of fighters" or "a convoy of rebels" in a town is a strike there,
told by the side that made it, also when the target is quoted, while a
"group of people" hit is no armed target.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

STRIKE = ("Explosions/Remote violence", "asserted", "Kessler")
WITHDRAWAL = ("Strategic developments", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "The minibus pulled out of the market in Kessler on Friday.",
        "The last ferry pulled out of Kessler on Friday.",
        "The morning train pulled out of Kessler on Friday.",
    ],
)
def test_a_vehicle_leaving_is_no_withdrawal(sentence):
    assert WITHDRAWAL not in kinds(_events(sentence))


def test_a_bus_hit_after_leaving_is_one_strike():
    events = _events(
        "The minibus had just pulled out of the market in Kessler on Friday when a drone "
        "hit it, killing nine passengers."
    )
    assert kinds(events) == {STRIKE}


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels pulled out of Kessler on Friday.",
        "The army trucks pulled out of Kessler on Friday.",
    ],
)
def test_forces_and_their_vehicles_still_withdraw(sentence):
    assert kinds(_events(sentence)) == {WITHDRAWAL}


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said it had struck a gathering of fighters in Kessler on Friday.",
        "The army said it had hit a gathering of extremist fighters in Kessler.",
        'The army denied targeting civilians, saying it had hit "a gathering of extremist '
        'fighters" in Kessler.',
    ],
)
def test_armed_men_struck_where_they_gathered(sentence):
    assert STRIKE in kinds(_events(sentence))


def test_a_group_of_people_hit_is_no_armed_target():
    assert STRIKE not in kinds(
        _events("The president said he had hit a group of people in Kessler.")
    )
