"""The actor dictionary itself: its named actors around the world, and its hygiene.

The sentences are invented; each names one actor the way news writes it.
"""

from __future__ import annotations

import re

import pytest

from geomap.events.actors import _norm, find_actors, is_predator
from geomap.events.lexicon import load_json

TYPES = {
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "External/Other forces",
}


def _actors() -> list[dict]:
    return load_json("actors.json")["actors"]


def _named(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.actor_type) for a in find_actors(text) if a.named]


@pytest.mark.parametrize(
    ("sentence", "name", "actor_type"),
    [
        (
            "Clashes broke out overnight between the Stability Support Apparatus and a rival unit.",
            "Stability Support Apparatus",
            "Political militia",
        ),
        (
            "A convoy of the 444th Combat Brigade was ambushed south of the capital.",
            "444 Brigade",
            "Political militia",
        ),
        (
            "Fighters of the Justice and Equality Movement said they repelled the assault.",
            "Justice and Equality Movement",
            "Rebel group",
        ),
        (
            "Officials blamed the OLA for the kidnapping of three traders on the highway.",
            "Oromo Liberation Army",
            "Rebel group",
        ),
        (
            "AUSSOM troops escorted the supply trucks to the forward base.",
            "AUSSOM",
            "External/Other forces",
        ),
        (
            "Police said members of IPOB enforced the sit-at-home order with guns.",
            "Indigenous People of Biafra",
            "Political militia",
        ),
        (
            "The FLA claimed a drone strike on an army post near the border.",
            "Azawad Liberation Front",
            "Rebel group",
        ),
        (
            "Twirwaneho fighters exchanged fire with the army on the high plateau.",
            "Twirwaneho",
            "Identity militia",
        ),
        (
            "The KNDF said it had overrun a junta outpost after a week of fighting.",
            "Karenni Nationalities Defence Force",
            "Rebel group",
        ),
        (
            "Troops killed two suspected BIFF members in a firefight in the marshland.",
            "Bangsamoro Islamic Freedom Fighters",
            "Rebel group",
        ),
        (
            "The Arambai Tenggol set up checkpoints on the highway at dawn.",
            "Arambai Tenggol",
            "Identity militia",
        ),
        (
            "Security officials blamed Jaish-e-Mohammed for the grenade attack.",
            "Jaish-e-Mohammed",
            "Rebel group",
        ),
        (
            "A commander of the IRGC said his units had shelled positions across the border.",
            "Islamic Revolutionary Guard Corps",
            "State forces",
        ),
        (
            "Asaib Ahl al-Haq denied any role in the rocket fire on the base.",
            "Asaib Ahl al-Haq",
            "Political militia",
        ),
        (
            "STC forces took over the government buildings in the port city.",
            "Southern Transitional Council",
            "Political militia",
        ),
        (
            "The Al-Aqsa Martyrs' Brigades said two of its men were killed in the raid.",
            "Al-Aqsa Martyrs' Brigades",
            "Rebel group",
        ),
        (
            "The Freedom of Russia Legion claimed a cross-border raid on a village.",
            "Freedom of Russia Legion",
            "Rebel group",
        ),
        (
            "Soldiers clashed with the Segunda Marquetalia near the river crossing.",
            "Segunda Marquetalia",
            "Rebel group",
        ),
        (
            "Police arrested a regional leader of Los Choneros in a dawn raid.",
            "Los Choneros",
            "Political militia",
        ),
        (
            "The G9 Family and Allies coalition attacked a police station downtown.",
            "G9 Family and Allies",
            "Political militia",
        ),
        (
            "Peacekeepers of UNIFIL reported a drone flying over their position.",
            "UNIFIL",
            "External/Other forces",
        ),
    ],
)
def test_a_named_actor_is_found_with_its_type(sentence, name, actor_type):
    assert (name, actor_type) in _named(sentence)


def test_spelling_variants_of_one_leader_name_one_actor():
    for text in ("Haftar's forces", "Hifter's forces", "forces loyal to Hafter"):
        assert _named(f"{text} shelled the airport.") == [
            ("Libyan National Army", "Rebel group")
        ], text


def test_aliases_with_an_apostrophe_match_either_apostrophe():
    for text in ("Kurdistan Workers' Party", "Kurdistan Workers\u2019 Party"):
        assert _named(f"The {text} announced a ceasefire.")[0][0] == "Kurdistan Workers' Party"


def test_syria_and_somalia_national_armies_are_not_confused():
    assert _named("The Syrian National Army shelled the dam.") == [
        ("Syrian National Army", "Rebel group")
    ]
    (somali,) = find_actors("The Somali National Army shelled the camp.")
    assert (somali.name, somali.country, somali.government) == ("Somali National Army", "SO", True)


def test_a_force_named_after_gangs_is_not_a_gang():
    (force,) = find_actors("The Gang Suppression Force patrolled the district.")
    assert force.name == "Gang Suppression Force" and not is_predator(force.name)
    (gang,) = find_actors("The 400 Mawozo gang kidnapped five travellers.")
    assert gang.name == "400 Mawozo" and is_predator(gang.name)


def test_a_mission_fighting_for_the_government_sides_with_it_wherever_it_is():
    (mission,) = find_actors("The Kenyan-led mission retook the hillside.")
    assert mission.name == "Multinational Security Support Mission"
    assert mission.government and mission.country is None
    assert mission.actor_type == "External/Other forces"


def test_a_mans_name_that_holds_shabab_is_not_al_shabaab():
    names = [a.name for a in find_actors("Fighters loyal to Yasser Abu Shabab looted aid trucks.")]
    assert "al-Shabaab" not in names and "Abu Shabab Militia" in names


def test_a_countrys_sub_forces_do_not_replace_its_military():
    # IRGC, Basij, Akhmat and Puntland forces are state forces, yet "Iranian troops" are the
    # country's military, not one of its branches
    assert [a.name for a in find_actors("Iranian troops moved in.")] == ["Military Forces of Iran"]
    assert [a.name for a in find_actors("Russian troops moved in.")] == [
        "Military Forces of Russia"
    ]
    assert [a.name for a in find_actors("Somali troops moved in.")] == ["Somali National Army"]


def test_no_two_actors_share_a_name_alias_or_acronym():
    owners: dict[str, set[str]] = {}
    for actor in _actors():
        for alias in {_norm(a) for a in [actor["name"], *actor.get("aliases", ())]}:
            owners.setdefault(f"alias {alias}", set()).add(actor["name"])
        for acronym in set(actor.get("acronyms", ())):
            owners.setdefault(f"acronym {acronym}", set()).add(actor["name"])
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert not shared
    names = [actor["name"] for actor in _actors()]
    assert len(names) == len(set(names))


def test_every_actor_has_a_valid_type_country_and_flags():
    pycountry = pytest.importorskip("pycountry")
    for actor in _actors():
        name = actor["name"]
        assert actor["type"] in TYPES, name
        assert set(actor) <= {
            "name",
            "type",
            "country",
            "government",
            "predatory",
            "aliases",
            "acronyms",
        }, name
        if "country" in actor:
            assert re.fullmatch(r"[A-Z]{2}", actor["country"]), name
            assert pycountry.countries.get(alpha_2=actor["country"]) is not None, name
        if actor.get("government"):
            # a state's forces have its country; a multinational mission fighting for the host
            # government has none
            assert (
                actor["type"] == "State forces"
                and "country" in actor
                or (actor["type"] == "External/Other forces")
            ), name
        if actor.get("predatory"):
            assert not actor.get("government") and actor["type"] == "Political militia", name
        # an acronym is matched case-sensitively, so it must hold a capital letter
        for acronym in actor.get("acronyms", ()):
            assert re.search(r"[A-Z]", acronym) and len(acronym) >= 2, (name, acronym)


def test_the_dictionary_knows_actors_around_the_world():
    countries = {actor.get("country") for actor in _actors()} - {None}
    assert len(_actors()) >= 180
    assert {"LY", "SD", "ET", "SO", "NG", "ML", "CF", "BI", "CD", "MM", "TH", "PH"} <= countries
    assert {"IN", "PK", "AF", "IR", "IQ", "YE", "LB", "PS", "CO", "MX", "EC", "HT"} <= countries


# place names that are also long-standing aliases of a group, known and accepted
_PLACE_ALIASES = {"wagner", "hamas", "shabab", "taliban", "fano", "azov", "fama"}


def test_no_new_alias_is_a_place_name(gaz):
    for actor in _actors():
        for alias in [actor["name"], *actor.get("aliases", ())]:
            if _norm(alias) not in _PLACE_ALIASES:
                assert not gaz.lookup(alias), (actor["name"], alias)
