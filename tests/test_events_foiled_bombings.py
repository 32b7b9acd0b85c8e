"""Bombings attempted and foiled, and acts cut short "before he could".

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "an attempted suicide attack on a police station in Kessler was foiled",
  "police foiled a car bomb attack": a bombing stopped before it went off is
  ACLED's disrupted weapons use, a strategic development that happened (not
  a denied blast); a suicide bomber who blew himself up is a suicide bombing;
- "shot the bomber dead before he could detonate his vest": what someone was
  stopped from doing never came, so it is no event of its own.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds

DISRUPTED = ("Strategic developments", "asserted", "Kessler")


def _subtypes(events):
    return {e.sub_event_type for e in events}


def test_an_attempted_suicide_attack_that_was_foiled_is_disrupted_weapons_use():
    events = _events(
        "On Sunday an attempted suicide attack on a police station in Kessler was foiled when "
        "sentries shot the bomber dead before he could detonate his vest."
    )
    assert _kinds(events) == {DISRUPTED}
    assert _subtypes(events) == {"Disrupted weapons use"}


def test_a_foiled_car_bomb_attack_is_disrupted_weapons_use():
    events = _events("Police in Kessler said they had foiled a car bomb attack on Sunday.")
    assert _kinds(events) == {DISRUPTED}


def test_a_suicide_bomber_who_blew_himself_up_is_a_bombing():
    events = _events("On Sunday a suicide bomber blew himself up at a police station in Kessler.")
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}
