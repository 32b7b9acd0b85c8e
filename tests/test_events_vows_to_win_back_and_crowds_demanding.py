"""A vow to take a town back, crowds that demand, and walkouts.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: a side that vows "to
take it back" after a town was taken means the town (a pronoun object of a
taking is a town only when the taking is still to come: "the police took it
back" after a stolen truck is no fight); protesters or demonstrators who
"called for", "demanded" or "denounced" something protested; a walkout or a
stay-away staged is a strike.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

PROTEST = ("Protests", "asserted", "Kessler")


def test_a_vow_to_take_it_back_is_a_vow_on_the_town_taken():
    events = _events(
        "Rebels seized the town of Kessler on Monday. The government vowed to take it back."
    )
    assert kinds(events) == {
        ("Battles", "asserted", "Kessler"),
        ("Battles", "hypothetical", "Kessler"),
    }
    assert {e.modality_detail for e in events if e.modality == "hypothetical"} == {"vow"}


def test_a_thing_taken_back_is_no_fight():
    text = "The rebels stole a truck in Kessler on Monday. The police took it back on Tuesday."
    assert not any(e.event_type == "Battles" for e in _events(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Demonstrators in Kessler on Monday called for the president to resign.",
        "Protesters demanded the release of detainees in Kessler on Monday.",
        "Civil servants in Kessler staged a walkout on Monday over unpaid salaries.",
    ],
)
def test_crowds_that_demand_and_walkouts_are_protests(sentence):
    assert kinds(_events(sentence)) == {PROTEST}


def test_a_crowd_spoken_of_without_a_place_is_no_event():
    assert _events("The minister said protesters demanded too much.") == []
