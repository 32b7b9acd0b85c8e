"""Travellers and traders on the road are civilians.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. The mechanism: fire on a
passenger coach, or an ambush of a commercial convoy, targets civilians (ACLED's
violence against civilians), while an ambush of a military convoy is a battle.
"""

from __future__ import annotations

from geomap.records import Event
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds

VAC = "Violence against civilians"


def _events(text: str, date: str = "2025-05-12") -> list[Event]:
    return events_of(text, lambda t: hand_places(t, INVENTED_TOWNS), date)


def test_fire_on_a_passenger_coach_targets_civilians():
    events = _events(
        "Gunmen opened fire on a passenger coach on the highway near Kessler on Monday."
    )
    assert kinds(events) == {(VAC, "asserted", "Kessler")}


def test_an_ambushed_commercial_convoy_is_an_attack_on_civilians():
    events = _events(
        "Unknown gunmen ambushed a commercial convoy on the road near Kessler on Tuesday."
    )
    assert kinds(events) == {(VAC, "asserted", "Kessler")}


def test_an_ambushed_military_convoy_is_still_a_battle():
    events = _events("Rebels ambushed a military convoy on the road near Kessler on Tuesday.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}
