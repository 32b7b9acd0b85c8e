"""In a digest, a threat is coded by the lead of its own country's story.

Texts written for these tests, run through the geoparser and the extractor.
"""

from __future__ import annotations

from tests.event_fixtures import geoparsed_events

_DIGEST = (
    "Mali. Gunmen on motorcycles attacked a cattle market near Douentza on Tuesday, killing "
    "14 villagers, local officials said.\n\n"
    "Burkina Faso. Militants ambushed an army supply column outside Kaya on Saturday, "
    "killing 11 soldiers, security sources said. In an audio message released on Monday, "
    "the group warned that it would attack any column that tried to reach the town.\n"
)


def _events(gaz, text: str):
    return geoparsed_events(gaz, text)


def test_a_threat_after_an_ambush_is_a_threatened_battle_despite_another_countrys_massacre(
    gaz,
):
    (threat,) = [e for e in _events(gaz, _DIGEST) if e.modality == "hypothetical"]
    assert threat.location == "Kaya"
    assert threat.event_type == "Battles"


def test_a_threat_in_a_story_led_by_a_massacre_is_a_threatened_attack_on_civilians(gaz):
    text = (
        "Gunmen on motorcycles attacked a cattle market near Douentza on Tuesday, killing 14 "
        "villagers, local officials said. In an audio message released on Friday, the group "
        "warned that it would come back to attack the town.\n"
    )
    (threat,) = [e for e in _events(gaz, text) if e.modality == "hypothetical"]
    assert threat.event_type == "Violence against civilians"
