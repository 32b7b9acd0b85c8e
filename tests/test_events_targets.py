"""Who an attack hit: armed men (a battle) or civilians (violence against civilians).

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. The words after the trigger
name the target: "terrorists", a "hideout" or a single "militant" are armed;
a "former rebel" or an "off-duty" soldier is no longer; polling stations
and companies are civilian. A region narrowed to a town ("positions in the
Velmar region, including a base near Kessler") places the event in the town.
"""

from __future__ import annotations

import pytest

from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS, regions={"Velmar": (11.5, 21.5)})


def _events(text: str, date: str = "2025-03-14") -> list[Event]:
    return events_of(text, _places, date)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        (
            "Guards said their units had killed four members of a terrorist team in a raid on "
            "a hideout outside Kessler on Tuesday.",
            "Battles",
        ),
        ("Troops shot dead a militant near Harrow on Monday.", "Battles"),
        (
            "On Monday gunmen shot dead a former rebel who had laid down his arms, near Dunmore.",
            "Violence against civilians",
        ),
        (
            "Rebels ambushed a commercial convoy on the road near Harrow on Monday.",
            "Violence against civilians",
        ),
        ("Rebels ambushed an army convoy on the road near Harrow on Monday.", "Battles"),
    ],
)
def test_the_target_after_the_trigger_says_armed_or_civilian(sentence, event_type):
    assert [e.event_type for e in _events(sentence)] == [event_type]


def test_fighters_neutralised_are_killed_in_a_battle():
    events = _events(
        'The army said troops had "neutralised" five separatist fighters in an operation in '
        "Harrow on Sunday."
    )
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Harrow")]
    assert _events("Police neutralised an explosive device found near Harrow on Sunday.") == []


def test_people_killed_in_a_firefight_fought_back():
    text = "HARROW - Soldiers killed four dissidents in a firefight near Kessler on Saturday."
    assert [(e.event_type, e.location) for e in _events(text)] == [("Battles", "Kessler")]


def test_armed_men_firing_on_mourners_attack_civilians_police_firing_use_excessive_force():
    rebels = (
        "HARROW - Rebel fighters opened fire on mourners at a funeral in Kessler, killing nine."
    )
    police = "HARROW - Police opened fire on mourners at a funeral in Kessler, killing two."
    assert [e.event_type for e in _events(rebels)] == ["Violence against civilians"]
    assert [e.event_type for e in _events(police)] == ["Protests"]


def test_residents_burning_a_police_station_riot_gunmen_burning_it_destroy_property():
    residents = (
        "HARROW - In Kessler, residents set fire to a police station after a young man died in "
        "custody, local media reported."
    )
    gunmen = "HARROW - Gunmen set fire to a police station in Kessler on Tuesday."
    assert [e.event_type for e in _events(residents)] == ["Riots"]
    assert [e.event_type for e in _events(gunmen)] == ["Strategic developments"]


def test_a_crowd_no_actor_names_burning_a_police_station_riots():
    # "opposition supporters" name no actor of the dictionary, but a crowd all the same
    text = (
        "HARROW - Opposition supporters set fire to a police station in Kessler on Tuesday "
        "after the results were announced."
    )
    assert [(e.event_type, e.sub_event_type) for e in _events(text)] == [
        ("Riots", "Violent demonstration")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "An insurgent spokesman threatened to attack polling stations in Dunmore if the vote "
        "goes ahead.",
        "The group said its fighters would attack foreign companies in Kessler.",
    ],
)
def test_threats_against_polling_stations_and_companies_threaten_civilians(sentence):
    events = _events(sentence)
    assert [(e.event_type, e.modality) for e in events] == [
        ("Violence against civilians", "hypothetical")
    ]


def test_strikes_reported_on_the_outskirts_of_a_town_are_strikes_there():
    # "strikes" names no weapon; a place as its target ("on the outskirts of Kessler")
    # tells that it is a strike and not a stoppage of work
    events = _events(
        "State television reported strikes on the outskirts of Kessler overnight but gave no "
        "word on casualties."
    )
    assert [(e.event_type, e.location) for e in events] == [
        ("Explosions/Remote violence", "Kessler")
    ]


def test_a_region_narrowed_to_a_town_by_including_places_the_event_in_the_town():
    events = _events(
        "Rebels fired about 40 rockets at army positions in the Velmar region on Friday, "
        "including an air-defence base near Kessler."
    )
    assert [e.location for e in events] == ["Kessler"]
