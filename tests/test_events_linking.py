"""Linking an event to the place where it happened, among the places of its sentence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from geomap.events.linking import geo_precision, link_location
from geomap.events.nlp import load_nlp
from geomap.records import Place

TOWNS = {
    "Tessalit": (20.19, 1.01, "ML"),
    "Kidal": (18.44, 1.41, "ML"),
    "Gao": (16.27, -0.04, "ML"),
    "Bamako": (12.65, -8.0, "ML"),
    "Goma": (-1.68, 29.23, "CD"),
    "Sake": (-1.57, 29.04, "CD"),
    "Kinshasa": (-4.32, 15.31, "CD"),
}


def places_in(sentence: str, *names: str, feature: str = "city") -> list[Place]:
    out = []
    for gid, name in enumerate(names, start=1):
        start = sentence.index(name)
        lat, lon, cc = TOWNS.get(name, (0.0, 0.0, "ML"))
        out.append(
            Place(start, start + len(name), name, name=name, geonameid=gid, feature=feature,
                  country_code=cc, lat=lat, lon=lon)
        )  # fmt: skip
    return out


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _link(sentence, verb, places, nlp, **kw):
    start = sentence.index(verb)
    parsed = nlp(sentence) if nlp is not None else None
    return link_location(sentence, (start, start + len(verb)), places, parsed=parsed, **kw)


@pytest.mark.parametrize("parse", [True, False])
def test_movement_origin_is_not_the_event_place(nlp, parse):
    s = "Fighters who came from Gao attacked an army post in Kidal."
    result = _link(s, "attacked", places_in(s, "Gao", "Kidal"), nlp if parse else None)
    assert result.place.name == "Kidal"
    assert result.origin is not None and result.origin.name == "Gao"


@pytest.mark.parametrize("parse", [True, False])
def test_speaker_location_is_not_the_event_place(nlp, parse):
    s = "Speaking in Bamako, a spokesman said rebels had shelled Kidal overnight."
    result = _link(s, "shelled", places_in(s, "Bamako", "Kidal"), nlp if parse else None)
    assert result.place.name == "Kidal"


def test_reporting_place_alone_gives_no_event_place(nlp):
    s = "A spokesman in Kinshasa said rebels had shelled the hills."
    result = _link(s, "shelled", places_in(s, "Kinshasa"), nlp)
    assert result.place is None


def test_town_wins_over_its_region(nlp):
    s = "M23 rebels captured Sake in North Kivu province."
    places = places_in(s, "Sake") + [
        Place(s.index("North Kivu"), s.index("North Kivu") + 10, "North Kivu", name="Nord Kivu",
              geonameid=99, feature="admin1", country_code="CD", lat=-0.8, lon=29.0)
    ]  # fmt: skip
    assert _link(s, "captured", places, nlp).place.name == "Sake"


def test_acting_capital_is_not_the_event_place(nlp):
    s = "Kinshasa ordered new strikes on rebel positions around Goma."
    result = _link(s, "strikes", places_in(s, "Kinshasa", "Goma"), nlp)
    assert result.place.name == "Goma"


def test_the_city_refers_back_to_the_event_town(nlp):
    s = "Rebels stormed the city before dawn."
    goma = places_in("Goma", "Goma")[0]
    result = _link(s, "stormed", [], nlp, previous=[goma], event_places=[goma])
    assert result.place is goma
    assert result.method.startswith("anaphora")


def test_listed_towns_are_all_linked(nlp):
    s = "The army said it would take over the camps of Kidal and Tessalit."
    result = _link(s, "take over", places_in(s, "Kidal", "Tessalit"), nlp)
    assert result.place.name == "Kidal"
    assert [p.name for p in result.also] == ["Tessalit"]


def test_the_place_of_a_target_s_past_deeds_is_not_the_strike_s(nlp):
    s = "Drones struck a car in Gao, killing a commander blamed for attacks on Kidal."
    result = _link(s, "struck", places_in(s, "Gao", "Kidal"), nlp)
    assert result.place.name == "Gao"
    s = "The army said it had targeted a commander responsible for attacks on Kidal."
    result = _link(s, "targeted", places_in(s, "Kidal"), nlp)
    assert result.place is None


def test_a_town_s_province_after_a_comma_is_no_second_site(nlp):
    s = "Fighters attacked a gendarmerie post in Kidal, Tessalit province, on Monday."
    kidal, tessalit = places_in(s, "Kidal", "Tessalit")
    tessalit = replace(tessalit, feature="admin2")
    result = _link(s, "attacked", [kidal, tessalit], nlp)
    assert result.place.name == "Kidal"
    assert result.also == ()
    # two towns in a list stay two sites
    s = "Fighters attacked gendarmerie posts in Kidal, Tessalit and Gao on Monday."
    result = _link(s, "attacked", places_in(s, "Kidal", "Tessalit", "Gao"), nlp)
    assert [p.name for p in result.also] == ["Tessalit", "Gao"]


def test_a_town_joined_with_and_around_is_listed_too(nlp):
    # "strikes on the outskirts of Kidal and around Tessalit": two towns struck
    s = "Television reported strikes on the outskirts of Kidal and around Tessalit overnight."
    result = _link(s, "strikes", places_in(s, "Kidal", "Tessalit"), nlp)
    assert result.place.name == "Kidal"
    assert [p.name for p in result.also] == ["Tessalit"]


def test_the_town_described_by_an_apposition_is_the_town_named_before(nlp):
    # "The attack on the town, the administrative centre of the South Gondar zone": the
    # zone says where the town lies; the town is the one the story named before
    s = "The attack on the town, the administrative centre of Kessler province, was the worst."
    places = places_in(s, "Kessler", feature="admin1")
    before = places_in("A drone hit the bus station in Dunmore.", "Dunmore")[0]
    result = _link(s, "attack", places, nlp, previous=[before])
    assert result.place.name == "Dunmore"
    assert result.method.startswith("anaphora")


def test_a_town_described_by_a_lowercase_adjective_is_listed(nlp):
    s = "Rebels fired rockets at troops near Kidal and at the desert town of Tessalit."
    result = _link(s, "fired", places_in(s, "Kidal", "Tessalit"), nlp)
    assert [p.name for p in result.also] == ["Tessalit"]
    # "west of the city of" describes where the first place lies: no list
    s = "Fighters clashed around Kidal, west of the city of Tessalit, on Monday."
    result = _link(s, "clashed", places_in(s, "Kidal", "Tessalit"), nlp)
    assert result.place.name == "Kidal" and not result.also


def test_a_division_and_a_town_framing_the_sentence_are_both_linked(nlp):
    # "In Nakuru and Nyeri, crowds looted shops": a county and a town joined by "and"
    s = "In Kidal and Tessalit, crowds looted shops and set fire to police posts."
    places = places_in(s, "Kidal", "Tessalit")
    places[0].feature = "admin1"
    result = _link(s, "looted", places, nlp)
    assert {result.place.name, *(p.name for p in result.also)} == {"Kidal", "Tessalit"}


def test_the_outskirts_of_a_town_are_a_member_of_the_list(nlp):
    s = "State media reported artillery fire on Kidal, Tessalit and the outskirts of Anefis."
    result = _link(s, "artillery fire", places_in(s, "Kidal", "Tessalit", "Anefis"), nlp)
    assert result.place.name == "Kidal"
    assert [p.name for p in result.also] == ["Tessalit", "Anefis"]


@pytest.mark.parametrize("road", ["the road between Kidal and", "the highway linking Kidal and"])
def test_the_ends_of_a_road_are_no_list_of_sites(nlp, road):
    # "on the road between Kidal and Tessalit": one ambush on the road, at the end named
    # first, not one at each end
    s = f"Gunmen ambushed a convoy on {road} Tessalit on Monday."
    result = _link(s, "ambushed", places_in(s, "Kidal", "Tessalit"), nlp)
    assert result.place.name == "Kidal"
    assert result.also == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Three soldiers were killed in an ambush between Kidal and Tessalit on Monday.",
        "Gunmen were hiding in the hills between Kidal and Tessalit, the army said.",
    ],
)
def test_a_stretch_between_two_towns_is_one_site(nlp, sentence):
    # "an ambush between Kidal and Tessalit": one event between them, at the town named
    # first, as on a road
    trigger = "ambush" if "ambush" in sentence else "hiding"
    result = _link(sentence, trigger, places_in(sentence, "Kidal", "Tessalit"), nlp)
    assert result.place.name == "Kidal"
    assert result.also == ()


def test_towns_joined_by_and_after_in_are_two_sites(nlp):
    s = "Gunmen attacked army posts in Kidal and Tessalit on Monday."
    result = _link(s, "attacked", places_in(s, "Kidal", "Tessalit"), nlp)
    assert {result.place.name, *(p.name for p in result.also)} == {"Kidal", "Tessalit"}


@pytest.mark.parametrize("parse", [True, False])
def test_a_place_of_a_later_verb_is_not_listed_with_the_events(nlp, parse):
    # "detained in Gao and will be charged in Bamako": the court's town is no second arrest
    s = "They were detained on Monday in Gao and will be charged in Bamako."
    result = _link(s, "detained", places_in(s, "Gao", "Bamako"), nlp if parse else None)
    assert result.place.name == "Gao"
    assert result.also == ()
    # sites listed as nouns still join: "an air base in Gao and radar sites near Kidal"
    s = "Jets struck an air base near Gao and radar sites near Kidal."
    result = _link(s, "struck", places_in(s, "Gao", "Kidal"), nlp if parse else None)
    assert {result.place.name, *(p.name for p in result.also)} == {"Gao", "Kidal"}


@pytest.mark.parametrize(
    ("sentence", "name", "precision"),
    [
        ("fighting in east Gao", "Gao", 2),
        ("fighting on the outskirts of Gao", "Gao", 2),
        ("a village 20 km north of Gao", "Gao", 2),
        ("fighting in the Gao countryside", "Gao", 3),
        ("fighting in Gao province", "Gao", 3),
        ("fighting in the town of Gao", "Gao", 1),
        ("fighting in the central town of Gao", "Gao", 1),
    ],
)
def test_geo_precision(sentence, name, precision):
    start = sentence.index(name)
    place = Place(start, start + len(name), name, feature="city")
    assert geo_precision(sentence, start, start + len(name), place)[0] == precision


def test_region_level_place_has_precision_3():
    place = Place(0, 4, "Kivu", feature="admin1")
    assert geo_precision("Kivu", 0, 4, place)[0] == 3


def test_a_place_on_the_trigger_beats_one_in_another_clause(nlp):
    s = (
        "A mine blew up a truck at a depot in Gao, wounding two drivers, "
        "and in Kidal, rebels shot a soldier."
    )
    result = _link(s, "shot", places_in(s, "Gao", "Kidal"), nlp)
    assert result.place.name == "Kidal"


@pytest.mark.parametrize("parse", [True, False])
def test_people_taken_from_a_town_were_taken_there(nlp, parse):
    s = "Gunmen abducted 40 villagers from Sake on Sunday."
    result = _link(s, "abducted", places_in(s, "Sake"), nlp if parse else None, taken_from=True)
    assert result.place is not None and result.place.name == "Sake"
    assert result.origin is None


def test_an_unresolved_mention_can_be_the_event_place(nlp):
    s = "Rebels shelled Ngokolo on Sunday."
    start = s.index("Ngokolo")
    unknown = Place(start, start + 7, "Ngokolo", reason="not in the gazetteer")
    result = _link(s, "shelled", [unknown], nlp)
    assert result.place is unknown
    assert result.method.startswith("object of the trigger")


def test_the_model_says_how_sure_it_is(nlp):
    s = "Rebels shelled Kidal on Sunday, the army said."
    result = _link(s, "shelled", places_in(s, "Kidal"), nlp)
    assert 0.5 < result.score <= 1.0
    assert f"p={result.score:.2f}" in result.method


def test_a_town_that_suffers_a_passive_attack_is_its_place(nlp):
    s = "Sake, further west, has been shelled daily."
    result = _link(s, "shelled", places_in(s, "Sake"), nlp)
    assert result.place is not None and result.place.name == "Sake"


def test_where_people_are_taken_to_be_tried_or_treated_is_not_the_event_place(nlp):
    s = "Rebels shelled Gao on Monday and the wounded were taken to hospital in Bamako."
    assert _link(s, "shelled", places_in(s, "Gao", "Bamako"), nlp).place.name == "Gao"
    s = "Anyone found helping the rebels will be arrested and brought before the court in Bamako."
    assert _link(s, "arrested", places_in(s, "Bamako"), nlp).place is None
    s = "Shelling hit the hospital in Gao on Monday."
    assert _link(s, "Shelling", places_in(s, "Gao"), nlp).place.name == "Gao"


def test_a_convoy_ambushed_on_a_road_near_a_town_was_ambushed_near_it(nlp):
    s = (
        "JNIM fighters ambushed a convoy of fuel tankers escorted by the army on the road from "
        "Kayes to Bamako near Diema on Tuesday, setting at least 20 trucks on fire, according to "
        "a transporters' union."
    )
    result = _link(s, "ambushed", places_in(s, "Kayes", "Bamako", "Diema"), nlp)
    assert result.place is not None and result.place.name == "Diema"


def test_a_town_near_which_another_verb_happened_is_not_the_event_place(nlp):
    s = (
        "The operation resulted in the arrest of six members of the cell, including a man who "
        "had entered the country through the desert near Gao."
    )
    result = _link(s, "arrest", places_in(s, "Gao"), nlp)
    assert result.place is None


def test_a_device_is_defused_where_it_had_been_left(nlp):
    s = "An explosive device planted on the road between Gao and Kidal was defused on Sunday."
    result = _link(s, "defused", places_in(s, "Gao", "Kidal"), nlp)
    assert result.place.name == "Gao"
    s = "Engineers defused a bomb hidden in a market in Bamako."
    assert _link(s, "defused", places_in(s, "Bamako"), nlp).place.name == "Bamako"


def test_people_named_by_their_town_act_there(nlp):
    # "residents of Kidal protested": a crowd named by its town gathers there
    s = "Residents of Kidal protested against the mission yesterday."
    assert _link(s, "protested", places_in(s, "Kidal"), nlp).place.name == "Kidal"


def test_the_place_a_crowd_acts_in_comes_before_its_home(nlp):
    s = "Residents of Kidal protested in Gao against the mission yesterday."
    assert _link(s, "protested", places_in(s, "Kidal", "Gao"), nlp).place.name == "Gao"
