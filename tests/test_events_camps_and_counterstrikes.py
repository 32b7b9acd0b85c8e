"""Which town "the city" is after a camp, strikes by each side, the town a
trigger takes inside a region's relative clause, a town set beside an
opening place noun, and Arabic place words as the news spells them.

Every event sentence here was written for its test, with invented towns
built by hand (the geoparser plays no part); the spelling test uses the
real gazetteer.
"""

from __future__ import annotations

import pytest

from geomap.places import find_places
from tests.event_fixtures import events_of, hand_places
from tests.event_fixtures import invented_events as _events


def test_the_city_after_a_camp_is_the_town_the_camp_lies_outside():
    text = (
        "The RSF shelled the Harrow displacement camp outside Dunmore on Friday, killing 15 "
        "people, a local committee said, as the paramilitary group pressed its siege of the "
        "last army stronghold in the region, where aid has not arrived for weeks.\n\n"
        "The army said it had repelled an attack on the city's southern front."
    )
    battles = [e for e in _events(text) if e.event_type == "Battles"]
    assert [e.location for e in battles] == ["Dunmore"]


def test_a_strike_on_the_side_that_struck_first_is_a_second_event():
    text = (
        "The RSF shelled Kessler on Friday, killing 15 people.\n\n"
        "The army said its aircraft had bombed RSF positions around Kessler in response."
    )
    strikes = [e for e in _events(text) if e.event_type == "Explosions/Remote violence"]
    assert sorted(e.sub_event_type for e in strikes) == [
        "Air/drone strike",
        "Shelling/artillery/missile attack",
    ]


def test_one_strike_told_twice_stays_one_event():
    text = (
        "The RSF shelled Kessler on Friday, killing 15 people.\n\n"
        "Shells hit the market in Kessler, a resident said."
    )
    strikes = [e for e in _events(text) if e.event_type == "Explosions/Remote violence"]
    assert len(strikes) == 1


def test_a_town_the_trigger_takes_wins_over_the_region_its_clause_describes():
    text = (
        "Fighting also flared in Ostin, where the rebels said they had taken control of the "
        "town of Dunmore after clashes with the army."
    )
    found = events_of(
        text,
        lambda t: hand_places(t, {"Dunmore": (10.1, 20.1)}, regions={"Ostin": (11.0, 21.0)}),
        "2025-05-12",
    )
    takeovers = [e for e in found if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [e.location for e in takeovers] == ["Dunmore"]


def test_a_town_beside_the_noun_of_an_opening_place_phrase_is_the_place():
    text = (
        "In the state capital, Kessler, hundreds of people marched peacefully on Friday to "
        "demand the release of relatives kidnapped in June."
    )
    assert [(e.event_type, e.location) for e in _events(text)] == [("Protests", "Kessler")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Turkish drones struck Tel Abyad overnight.", "Tall Abyaḑ"),
        ("Shelling hit Kfar Nabl on Sunday.", "Kafranbel"),
    ],
)
def test_arabic_place_words_as_the_news_spells_them(gaz, text, name):
    assert name in [p.name for p in find_places(text, gaz)]


def test_a_lone_tel_is_no_tall(gaz):
    text = "Israeli ground operations continued in the Tel al-Sultan area of Rafah."
    assert [p.text for p in find_places(text, gaz)] == ["Rafah"]


def test_a_town_a_states_possessive_names_is_the_place_not_the_state():
    text = (
        "Gunmen killed at least 42 people in coordinated attacks on three villages in Ostin "
        "state's Dunmore local government area over the weekend, a local official said."
    )
    found = events_of(
        text,
        lambda t: hand_places(
            t, {"Dunmore": (10.1, 20.1)}, regions={"Ostin": (11.0, 21.0)}, country="NG"
        ),
        "2025-05-12",
    )
    assert [(e.event_type, e.location) for e in found] == [
        ("Violence against civilians", "Dunmore")
    ]


def test_a_paragraph_without_a_place_goes_on_in_the_scene_the_last_one_set():
    text = (
        "KESSLER, Nov 3: Security forces conducted an intelligence-based operation in the "
        "general area of Dunmore on the night of 2/3 November on the reported presence of "
        "militants, the military said.\n\n"
        "During the conduct of the operation, own troops effectively engaged the militants' "
        "location and after an intense exchange of fire, six militants were killed, it said."
    )
    found = _events(text, date="2025-11-03")
    assert [(e.event_type, e.location) for e in found] == [("Battles", "Dunmore")]
