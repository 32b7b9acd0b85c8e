"""Declared targets: who "is now a legitimate target" or "will be treated as a soldier".

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanism: a group that declares
people or things targets from now on ("fuel trucks bound for Kessler are now
legitimate targets", "every refinery is a legitimate target") or says they
"will be treated as soldiers / collaborators" threatens to attack them; a strike
already told and then justified ("it was a legitimate target") is no threat.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

_THREAT_ON_CIVILIANS = {("Violence against civilians", "hypothetical", "Kessler")}


def test_trucks_declared_targets_from_now_on_are_threatened():
    events = _events(
        'The rebels told transporters that fuel trucks bound for Kessler were now "legitimate '
        'targets".'
    )
    assert kinds(events) == _THREAT_ON_CIVILIANS


def test_every_site_declared_a_target_is_threatened():
    events = _events('"Every depot in Kessler is a legitimate target," the commander said.')
    assert {(t, m) for t, m, _ in kinds(events)} == {("Battles", "hypothetical")}


def test_a_struck_depot_called_a_legitimate_target_is_no_new_threat():
    events = _events(
        "Drones struck a fuel depot in Kessler on Monday. The army said it was a legitimate target."
    )
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}


def test_drivers_to_be_treated_as_soldiers_are_threatened():
    events = _events(
        'A rebel commander warned that any driver who brings fuel to Kessler "will be treated '
        "as the army's soldiers\"."
    )
    assert kinds(events) == _THREAT_ON_CIVILIANS


def test_villagers_told_to_leave_or_be_treated_as_collaborators_are_threatened():
    events = _events(
        "Armed men told villagers near Kessler to leave within two hours or be treated as "
        "collaborators."
    )
    assert kinds(events) == _THREAT_ON_CIVILIANS


def test_prisoners_treated_as_soldiers_by_a_court_are_no_threat():
    events = _events("The prisoners from Kessler were treated as soldiers by the court.")
    assert kinds(events) == set()


def test_rebels_who_set_their_sights_on_a_town_threaten_it():
    events = _events("The rebels have set their sights on Kessler, a commander said.")
    assert {(t, m) for t, m, _ in kinds(events)} == {("Battles", "hypothetical")}


def test_a_company_that_set_its_sights_on_a_market_threatens_nobody():
    assert kinds(_events("The company has set its sights on the market in Kessler.")) == set()
