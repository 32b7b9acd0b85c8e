"""A threatened return to a place, to prey on its people or to fight for it.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. A side that "will come back"
or "return" to a town is threatening an attack there; whether it falls on
the town's people (ACLED's violence against civilians) or is a fight for the
town is told by who threatens it and what they name: bandits or gangs, a
ransom demanded, or people to punish make it an attack on civilians; an
armed target named makes it a fight.
"""

from __future__ import annotations

from geomap.records import Event
from tests.event_fixtures import invented_events

_LEAD = "Gunmen abducted nine farmers near Kessler on Monday. "


def _threats(text: str) -> list[tuple[str, str | None]]:
    events: list[Event] = invented_events(_LEAD + text)
    return [(e.event_type, e.location) for e in events if e.modality == "hypothetical"]


def test_bandits_threatening_to_return_threaten_the_towns_people():
    text = "A relative said the bandits warned that they will return to Harrow next week."
    assert _threats(text) == [("Violence against civilians", "Harrow")]


def test_a_return_threatened_unless_a_ransom_is_paid_falls_on_people():
    text = (
        "The kidnappers' relatives said they had warned that if the money is not paid "
        "within a week they will come back to Harrow."
    )
    assert _threats(text) == [("Violence against civilians", "Harrow")]


def test_a_return_to_punish_those_who_help_the_army_falls_on_people():
    text = (
        "Residents said the insurgents had promised to come back to Harrow before the "
        "harvest to punish those who help the soldiers."
    )
    assert _threats(text) == [("Violence against civilians", "Harrow")]


def test_even_bandits_returning_to_attack_an_army_base_threaten_a_fight():
    text = "The bandits said they would return to Harrow to attack the army base."
    assert _threats(text) == [("Battles", "Harrow")]
