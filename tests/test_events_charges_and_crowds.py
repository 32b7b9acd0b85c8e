"""Charges dropped by drones; crowds and tractors that converge on a town.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: a drone or a
quadcopter that "dropped a charge" or "mortar rounds" struck where they fell
(remote violence), while prosecutors who "dropped the charges" struck no one;
tractors, farmers or protesters that "converged on" or "descended on" a town
protested there, while rescue teams or troops converging on it did not.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

STRIKE = ("Explosions/Remote violence", "asserted", "Kessler")
PROTEST = ("Protests", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "In Kessler, a 67-year-old woman was wounded when a drone dropped a charge into her yard.",
        "A drone dropped an explosive charge on a bus in Kessler, wounding two.",
        "In Kessler, quadcopters dropped mortar rounds on the trenches.",
    ],
)
def test_a_charge_dropped_by_a_drone_is_a_strike(sentence):
    assert kinds(_events(sentence)) == {STRIKE}


def test_charges_dropped_by_prosecutors_are_no_strike():
    assert kinds(_events("Prosecutors in Kessler dropped the charges against the pilot.")) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Around 200 tractors converged on Kessler, where farmers dumped manure outside parliament.",
        "Thousands of protesters descended on Kessler on Saturday.",
    ],
)
def test_a_crowd_converging_on_a_town_protests_there(sentence):
    assert kinds(_events(sentence)) == {PROTEST}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescue teams converged on Kessler after the earthquake.",
        "Reporters converged on Kessler for the summit.",
    ],
)
def test_others_converging_on_a_town_do_not_protest(sentence):
    assert PROTEST not in kinds(_events(sentence))
