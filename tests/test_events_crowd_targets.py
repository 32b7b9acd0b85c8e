"""Fire at a crowd named with its count and kind is police intervention at a protest.

Texts written for these tests.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events


def test_tear_gas_at_thousands_of_indigenous_marchers_is_intervention():
    events = _events(
        "Police fired tear gas at thousands of Indigenous marchers who tried to reach the "
        "parliament in Dunmore on Thursday to oppose a logging law."
    )
    assert [(e.event_type, e.sub_event_type, e.location) for e in events] == [
        ("Protests", "Protest with intervention", "Dunmore")
    ]


def test_detentions_told_next_are_part_of_that_intervention():
    events = _events(
        "Police fired tear gas at thousands of Indigenous marchers in Dunmore on Thursday. "
        "At least 25 people were detained, the ombudsman said."
    )
    assert [(e.event_type, e.location) for e in events] == [("Protests", "Dunmore")]


def test_arrests_after_a_riot_that_the_protests_word_retold_are_its_intervention():
    events = _events(
        "Youths set fire to cars and a shop in Dunmore on Wednesday night in a new flare-up "
        "of the protests over prices. Gendarmes made six arrests, and the prefect extended "
        "a night curfew in parts of the town."
    )
    assert [(e.event_type, e.location) for e in events] == [("Riots", "Dunmore")]


def test_detentions_in_the_paragraph_after_a_dispersed_crowd_are_its_intervention():
    events = _events(
        "Police fired tear gas on Tuesday to break up a crowd of several hundred supporters "
        "of an opposition candidate outside his house in Dunmore.\n\n"
        "Witnesses said officers charged the crowd with batons. Several people were injured "
        "and at least 15 were detained, a lawyer said."
    )
    assert [(e.event_type, e.location) for e in events] == [("Protests", "Dunmore")]


def test_arrests_with_a_place_of_their_own_in_the_next_paragraph_are_an_event():
    events = _events(
        "Police fired tear gas to disperse students who had blocked roads in Dunmore.\n\n"
        "Police raided the headquarters of an opposition party in Dunmore late on Tuesday "
        "and detained seven activists, the party said."
    )
    assert ("Strategic developments", "Dunmore") in [(e.event_type, e.location) for e in events]
