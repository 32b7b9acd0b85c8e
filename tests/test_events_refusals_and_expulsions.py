"""Refusals, expulsions, disowned blame, bracing for an attack, and how a
verb the tagger misreads or a phrase that ends in its preposition still
finds its event and its place.

Every sentence here was written for its test, with invented towns built by
hand (the geoparser plays no part), except where a test says it uses the real one.
"""

from __future__ import annotations

import pytest

import geomap
from geomap.events.modality import classify_modality
from geomap.records import Document
from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "text",
    [
        "The rebels refused to hand over Dunmore to the army.",
        "The militia's leaders have refused to hand over the prison in Kessler.",
        "The garrison declined to withdraw from Ostin.",
    ],
)
def test_a_refusal_is_no_event(text):
    assert not _events(text), kinds(_events(text))


@pytest.mark.parametrize(
    "text",
    [
        "The junta in Dunmore has turned to new allies after expelling French troops.",
        "The government in Kessler expelled the French ambassador and two diplomats.",
    ],
)
def test_expelling_envoys_or_foreign_troops_wins_no_ground(text):
    assert not any(e.event_type == "Battles" for e in _events(text)), kinds(_events(text))


def test_expelling_fighters_from_a_town_takes_it():
    found = _events("The army expelled the militants from Dunmore on Sunday.")
    assert [(e.sub_event_type, e.location) for e in found] == [
        ("Government regains territory", "Dunmore")
    ]


def test_a_bombing_a_group_disowns_still_happened():
    text = "The group said it was not responsible for the bombing in Kessler, which killed 12."
    found = _events(text)
    assert ("Explosions/Remote violence", "asserted", "Kessler") in kinds(found)


def test_those_responsible_for_a_bombing_are_no_new_event():
    assert not _events("Those responsible for the bombing in Kessler will be punished.")


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Dunmore are bracing for an attack by armed youths, a UN official said.",
        "Aid workers in Ostin braced themselves for a rebel assault.",
    ],
)
def test_bracing_for_an_attack_is_no_attack_yet(text):
    found = kinds(_events(text))
    assert found and all(modality == "hypothetical" for _, modality, _ in found), found


def test_bracing_for_an_attack_is_hypothetical_without_a_parse():
    # where no parse runs (a town the index lacks), the words alone tell it
    sentence = "Residents of Dunmore are bracing for an attack by armed youths."
    start = sentence.index("attack")
    result = classify_modality(sentence, (start, start + len("attack")))
    assert result.modality == "hypothetical"


def test_an_ambush_near_the_village_of_a_town_is_a_battle_with_soldiers():
    found = _events("Gunmen killed five soldiers in an ambush near the village of Dunmore.")
    assert {e.event_type for e in found} == {"Battles"}, kinds(found)
    assert all(e.civilian_targeting is False for e in found)


def test_a_past_tense_read_as_a_noun_is_still_the_verb():
    # the tagger reads "retook" as a noun between "army" and the town's name
    found = _events("The army retook Dunmore on Saturday.")
    assert [(e.sub_event_type, e.location) for e in found] == [
        ("Government regains territory", "Dunmore")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had pushed the militia out of Lalibela and was in control of the town.",
        "The army said it had driven the rebels out of Lalibela and was now in full control of "
        "the town.",
    ],
)
def test_a_phrase_ending_in_its_preposition_takes_the_town_after_it(gaz, text):
    # the real geoparser: the model doubts the town (the tagger reads a person's name)
    found = geomap.extract([Document(id="p", text=text, date="2025-05-12")], gazetteer=gaz)
    assert [(e.sub_event_type, e.location) for e in found] == [
        ("Government regains territory", "Lalibela")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "When the military seized power in Dunmore last month, it promised to restore security.",
        "The army has lost control of up to 40% of the country, including Kessler.",
    ],
)
def test_power_or_a_share_of_a_country_is_no_ground_taken(text):
    assert not _events(text), kinds(_events(text))
