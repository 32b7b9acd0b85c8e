"""Infiltrations fought off, infiltration groups cleared, patrols that ran into fighters.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: an infiltration attempt that forces "foiled" or "repelled" was fought
off, an armed clash (not a denied one); fighters "attempting to infiltrate" who
were engaged fought; troops "clearing infiltration groups from" a town fight
there; a patrol that "ran into insurgents" clashed with them; troops that "foiled
an attempt by armed smugglers to cross" fought them. Infiltration attempts in a
condition ("if infiltration attempts continued") and people who "ran into the
bush" are no fight.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

CLASH = ("Battles", "asserted", "Kessler")


def test_a_foiled_infiltration_attempt_was_fought_off():
    events = _events(
        "The rebels said their fighters had foiled an infiltration attempt by government "
        "troops near Kessler on Monday night."
    )
    assert kinds(events) == {CLASH}


def test_a_repelled_infiltration_attempt_was_fought_off():
    events = _events("Army units repelled an infiltration attempt south of Kessler on Thursday.")
    assert kinds(events) == {CLASH}


def test_troops_clearing_infiltration_groups_from_a_town_fight_there():
    events = _events(
        "Troops are still clearing enemy infiltration groups from the northern part of "
        "Kessler, the task force says."
    )
    assert kinds(events) == {CLASH}


def test_a_patrol_that_ran_into_insurgents_clashed_with_them():
    events = _events("A joint patrol ran into insurgents outside Kessler on Wednesday.")
    assert kinds(events) == {CLASH}


def test_an_attempt_by_armed_smugglers_foiled_by_troops_is_a_clash():
    events = _events(
        "Troops foiled an attempt by armed smugglers to cross the border at dawn, about "
        "20 km east of Kessler."
    )
    assert kinds(events) == {CLASH}


def test_infiltration_attempts_in_a_condition_are_no_fight():
    events = _events(
        "The commander said troops would strike camps near Kessler if infiltration "
        "attempts continued."
    )
    assert not [e for e in events if "infiltration" in (e.trigger or "")]


def test_villagers_who_ran_into_the_bush_fought_no_one():
    events = _events("Some villagers ran into the bush outside Kessler and came back at night.")
    assert not events
