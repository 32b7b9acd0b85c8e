"""People beaten in an attack with arson: an attack on civilians.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. The mechanism: arson or an
attack told with people beaten ("beat three of them", "were beaten") hurts
people, so it is violence against civilians; police who "beat back the
attackers" fought the gunmen: a clash between them, not a beating of civilians.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_harvesters_attacked_and_beaten_were_attacked():
    events = _events(
        "On Monday, settlers from an outpost above Kessler attacked families harvesting "
        "olives, beat three of them and set fire to some 50 trees."
    )
    assert kinds(events) == {("Violence against civilians", "asserted", "Kessler")}


def test_arson_with_traders_beaten_is_an_attack():
    events = _events("Gunmen set fire to shops in Kessler on Monday and beat two traders.")
    assert kinds(events) == {("Violence against civilians", "asserted", "Kessler")}


def test_attackers_beaten_back_fought_the_police():
    events = _events(
        "Gunmen set fire to shops in Kessler on Monday before the police beat back the attackers."
    )
    assert kinds(events) == {("Battles", "asserted", "Kessler")}
    assert {e.sub_event_type for e in events} == {"Armed clash"}
