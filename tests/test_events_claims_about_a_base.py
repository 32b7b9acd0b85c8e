"""The other side's claim about "the base" is the same fight, at the base's district;
a base called "military" is the soldiers' own, not their enemy.

Texts written for these tests, run through the geoparser and the extractor.
"""

from __future__ import annotations

from tests.event_fixtures import geoparsed_events

_STORY = (
    "KANO (Sahel Wire) - Soldiers backed by vigilantes fought off an attack by bandits on a "
    "military camp outside Shiroro, in Niger State, before dawn on Monday, the army said. It "
    "said 17 bandits and two soldiers had been killed in the fighting that followed.\n\n"
    "The bandits said in a video that they had overrun part of the camp and burned two "
    "armoured vehicles. Neither account could be verified.\n"
)


def _events(gaz, text: str):
    return geoparsed_events(gaz, text)


def test_the_attackers_claim_about_the_camp_is_placed_at_the_camps_district(gaz):
    events = _events(gaz, _STORY)
    assert {e.location for e in events} == {"Shiroro"}
    assert [e.event_type for e in events] == ["Battles"]


def test_an_attack_on_a_military_camp_pits_the_soldiers_against_the_attackers(gaz):
    (event,) = _events(gaz, _STORY)
    assert event.actor1 == "Military Forces of Nigeria"
    assert event.actor2 == "Bandits"
