"""What a noun trigger's predicate calls unlikely or possible has not
happened, and a town's part named as a passive subject places the threat.

Every sentence here was written for its test, with invented towns built by
hand (the geoparser plays no part).
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say an offensive on Dunmore is unlikely before the rainy season ends.",
        "A rebel attack on Kessler is possible, diplomats said.",
    ],
)
def test_an_unlikely_or_possible_attack_is_hypothetical(text):
    found = kinds(_events(text))
    assert found and all(modality == "hypothetical" for _, modality, _ in found), found


def test_an_attack_likely_carried_out_by_someone_happened():
    found = kinds(_events("An attack on Dunmore was likely carried out by the rebels."))
    assert ("Battles", "asserted", "Dunmore") in found


def test_a_towns_suburbs_threatened_as_a_passive_subject_place_the_threat():
    text = "The minister warned that Dunmore's southern suburbs would be flattened."
    found = _events(text)
    assert [(e.event_type, e.modality, e.location) for e in found] == [
        ("Explosions/Remote violence", "hypothetical", "Dunmore")
    ]


def test_raids_a_vow_answers_happened_even_without_a_determiner():
    text = "The rebels have vowed to strike Dunmore again in response to army air raids on Kessler."
    found = kinds(_events(text))
    assert ("Explosions/Remote violence", "hypothetical", "Dunmore") in found
    assert ("Explosions/Remote violence", "asserted", "Kessler") in found


def test_a_feared_offensive_named_with_its_side_has_not_happened():
    text = "The government deployed troops to protect Dunmore from a feared RSF drone offensive."
    found = kinds(_events(text))
    assert found and all(modality == "hypothetical" for _, modality, _ in found), found


def test_an_appositive_that_ranks_the_attack_just_told_is_no_second_event():
    text = (
        "In September, the group attacked a gendarmerie school and the airport in Dunmore, "
        "killing more than 70 people, its most brazen strike in the capital."
    )
    found = _events(text, date="2025-09-20")
    assert [(e.event_type, e.trigger) for e in found] == [("Battles", "attacked")]
