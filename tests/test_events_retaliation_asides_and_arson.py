"""Threats of retaliation, asides about a place that carry a date of their own, and
homes burned by a militia.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: a side that says the raids "will be answered in" a town, or "will
be answered with strikes" a town will remember, threatens that town with more
of what the article reports; a bare "would be answered" names neither a
place nor a means and is no event; and a relative aside about the place ("In
Harrow, which the rebels have held since January 2024, ...") does not make
the event the main clause tells background. A named militia that sets fire to
people's homes attacks the people who live there; cars and barns, houses left
empty, and houses burned by gangs or armed men the text does not name are
property destroyed. Stones such a militia throws at residents are an attack on
them; stones a crowd throws at the police are a riot.
"""

from __future__ import annotations

from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places

_STRIKE = "Rebel drones struck the refinery in Kessler overnight, killing two workers. "


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS)


def _events(text: str, date: str = "2026-06-14") -> list[Event]:
    return events_of(text, _places, date)


def _threats(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location) for e in events if e.modality == "hypothetical"]


def test_raids_that_will_be_answered_in_a_town_threaten_that_town():
    events = _events(
        _STRIKE + "A senior official of the government said the refinery raids will be "
        'answered "in Harrow, and not symbolically."'
    )
    assert _threats(events) == [("Explosions/Remote violence", "Harrow")]


def test_raids_answered_with_strikes_a_town_will_remember_threaten_that_town():
    events = _events(
        _STRIKE + "The defence minister wrote that the raids will be answered with "
        'missiles, "a blow Harrow will not forget".'
    )
    assert _threats(events) == [("Explosions/Remote violence", "Harrow")]


def test_the_threat_takes_the_type_of_what_the_article_reports():
    events = _events(
        "Rebels stormed army positions in Kessler on Monday, killing six soldiers. "
        'The army said the attack would be answered "in Harrow".'
    )
    assert _threats(events) == [("Battles", "Harrow")]


def test_a_bare_answer_with_neither_place_nor_means_is_no_event():
    events = _events(
        _STRIKE + "In Harrow, the government warned that its patience was running out and "
        "that this would be answered."
    )
    assert _threats(events) == []


def test_an_answer_already_given_is_no_threat():
    events = _events(_STRIKE + 'The army said the raid had been answered "in Harrow".')
    assert _threats(events) == []


def test_an_aside_dating_the_hold_on_a_town_does_not_make_an_arrest_background():
    events = _events(
        "In Harrow, which the rebels have controlled since January 2024, the rebels' "
        "police arrested about 30 young men accused of working with the army, relatives "
        "said."
    )
    assert [(e.sub_event_type, e.location, e.modality) for e in events] == [
        ("Arrests", "Harrow", "asserted")
    ]


def test_a_year_in_the_main_clause_still_makes_the_event_background():
    events = _events(
        "In Harrow, which lies on the main road to the border, rebels arrested about 30 "
        "young men in 2019, relatives said."
    )
    assert events == []


def _coded(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location) for e in events]


def test_a_militia_that_burns_the_homes_of_a_village_attacks_its_people():
    events = _events(
        "Armed settlers set fire to three homes and a car in Harrow overnight, the "
        "village council said."
    )
    assert _coded(events) == [("Attack", "Harrow")]


def test_cars_and_barns_burned_by_a_militia_are_property_destroyed():
    events = _events(
        "Armed settlers set fire to three cars and a barn in Harrow overnight, the "
        "village council said."
    )
    assert _coded(events) == [("Looting/property destruction", "Harrow")]


def test_houses_burned_after_their_owners_fled_are_property_destroyed():
    events = _events(
        "Armed settlers set fire to three houses in Harrow after their owners had fled, "
        "the village council said."
    )
    assert _coded(events) == [("Looting/property destruction", "Harrow")]


def test_houses_burned_by_gangs_or_unnamed_gunmen_are_property_destroyed():
    for actor in ("Gangs", "Unidentified gunmen"):
        events = _events(
            f"{actor} set fire to about 30 houses in Harrow on Sunday night, residents said."
        )
        assert _coded(events) == [("Looting/property destruction", "Harrow")], actor


def test_stones_a_militia_throws_at_residents_are_an_attack_on_them():
    events = _events(
        "Armed settlers set fire to two cars in Harrow overnight and threw stones at "
        "residents who tried to put out the flames, the village council said."
    )
    assert _coded(events) == [("Attack", "Harrow")]


def test_stones_a_crowd_throws_at_the_police_are_a_riot():
    events = _events("In Harrow, protesters threw stones at police, who responded with tear gas.")
    assert [e.event_type for e in events] == ["Riots"]
