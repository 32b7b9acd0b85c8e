"""A town abandoned by an armed side changes hands without a fight.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: rebels or troops who
"abandoned" a town, or "vacated" their positions in it, gave it up (a
non-violent transfer of territory); residents who abandon a town, or withdraw
from it, flee, and plans abandoned are no ground given up.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

GIVEN_UP = ("Strategic developments", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels abandoned Kessler on Monday ahead of the army's advance.",
        "The militia vacated its positions in Kessler on Monday.",
    ],
)
def test_a_town_abandoned_by_an_armed_side_is_given_up(sentence):
    events = _events(sentence)
    assert kinds(events) == {GIVEN_UP}
    assert {e.sub_event_type for e in events} == {"Non-violent transfer of territory"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents abandoned Kessler on Monday.",
        "Villagers withdrew from Kessler on Monday.",
        "The government abandoned plans to hold elections in Kessler.",
    ],
)
def test_people_who_flee_and_plans_dropped_give_up_no_ground(sentence):
    assert _events(sentence) == []
