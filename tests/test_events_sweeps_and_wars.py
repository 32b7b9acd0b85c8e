"""Sweeps planned through the land about a town; wars feared there.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: a "sweep of the
desert" or "through the villages" that an army plans is an operation to come
(a battle told as a plan), while a sweep carried out, or a party's "sweep of
the seats", tells no fight; a new war that analysts or residents fear, or that
"could break out", is a feared battle, while not wanting "another war" or
refusing to be "dragged into a new war" fears nothing.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

PLANNED = ("Battles", "hypothetical", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "An official said the army planned a wide sweep of the desert between Kessler and "
        "Harrow after the holiday.",
        "The army will launch a sweep through the villages around Kessler next week, the "
        "governor said.",
    ],
)
def test_a_planned_sweep_is_an_operation_to_come(sentence):
    assert PLANNED in kinds(_events(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers carried out a sweep of the area around Kessler on Monday.",
        "The ruling party's sweep of the seats in Kessler surprised observers.",
    ],
)
def test_a_sweep_told_as_done_or_as_votes_is_no_plan(sentence):
    assert kinds(_events(sentence)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts fear a new war in Kessler could break out if talks do not resume.",
        "Residents fear a new war in Kessler.",
        "Analysts fear war could resume in Kessler.",
    ],
)
def test_a_feared_war_is_a_feared_battle(sentence):
    events = _events(sentence)
    assert kinds(events) == {PLANNED}


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody in Kessler wants another war, said a teacher.",
        "The minister in Kessler said the country did not want to be dragged into a new war.",
        "In 2020, the two sides fought a new war over Kessler.",
    ],
)
def test_not_wanting_a_war_fears_none(sentence):
    assert kinds(_events(sentence)) == set()
