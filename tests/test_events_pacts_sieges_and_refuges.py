"""Where a pact was signed, a town that came under fire, and the town people fled.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: a deal or truce that
"was signed in" a town was made there (a statement signed in a town is still
where its speaker sits); a town that "came under" attack or shelling is where
it struck, as is a town "rocked by explosions" (the passive's agent) or one
munitions "were dropped on"; "after the rebels attacked the town" is a clause
with its own subject, an event, not a time reference (but "a year after" the
story's background stays out); where people fled to is their refuge, not
"the town" attacked; a shipment of weapons seized is taken out of use.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

DEVELOPMENT = ("Strategic developments", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "A peace deal was signed in Kessler on Monday.",
        "A ceasefire agreement was signed in Kessler on Monday between the army and the rebels.",
    ],
)
def test_a_pact_signed_in_a_town_was_made_there(sentence):
    events = _events(sentence)
    assert kinds(events) == {DEVELOPMENT}
    assert {e.sub_event_type for e in events} == {"Agreement"}


def test_a_statement_signed_in_a_town_is_where_its_speaker_sits():
    events = _events("The statement, signed in Kessler, said the rebels had attacked Dunmore.")
    assert kinds(events) == {("Battles", "asserted", "Dunmore")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessler came under missile attack on Monday.",
        "The town of Kessler came under heavy shelling overnight.",
    ],
)
def test_a_town_that_came_under_fire_is_where_it_struck(sentence):
    assert kinds(_events(sentence)) == {("Explosions/Remote violence", "asserted", "Kessler")}


def test_an_attack_told_after_a_flight_is_an_event_at_the_town_fled():
    events = _events("Thousands fled Kessler for Dunmore after the rebels attacked the town.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_an_event_years_before_is_background():
    events = _events("The strikes on Monday came a year after the rebels captured Dunmore.")
    assert not any(e.location == "Dunmore" for e in events)


def test_a_shipment_of_weapons_seized_is_taken_out_of_use():
    events = _events("Police seized a shipment of weapons near Kessler on Monday.")
    assert kinds(events) == {DEVELOPMENT}
    assert {e.sub_event_type for e in events} == {"Disrupted weapons use"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessler was rocked by explosions overnight.",
        "Cluster munitions were dropped on Kessler on Monday, according to residents.",
    ],
)
def test_a_town_rocked_or_bombed_in_the_passive_is_where_it_struck(sentence):
    assert kinds(_events(sentence)) == {("Explosions/Remote violence", "asserted", "Kessler")}
