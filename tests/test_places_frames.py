"""Where an unlisted village is placed: in the country its paragraph is about, never at
the town a speaker talked from or a capital that stands for its government.

Sentences written for these tests, resolved with the real gazetteer.
"""

from __future__ import annotations

from geomap.places import find_places


def _place(gaz, text: str, name: str):
    return next(p for p in find_places(text, gaz) if p.text == name)


def test_a_roundup_item_places_its_village_in_the_country_it_opens_with(gaz):
    text = (
        "Protests spread on three continents this week.\n\n"
        "In Serbia, students marched through Novi Sad for a fourth night.\n\n"
        "In Bolivia, miners blocked the main road into the village of Kessorbi and "
        "threw stones at police."
    )
    village = _place(gaz, text, "Kessorbi")
    assert village.geonameid is None
    assert village.country_code == "BO"


def test_a_country_heading_its_paragraph_frames_the_village(gaz):
    text = (
        "Yemen. Houthi forces fired two drones at ships off Hodeidah on Monday.\n\n"
        "Iraq. Turkish jets struck hillsides near the village of Kessorbi on Sunday, "
        "residents said."
    )
    village = _place(gaz, text, "Kessorbi")
    assert village.country_code == "IQ"


def test_a_country_named_as_an_actor_does_not_frame_the_village(gaz):
    # "the United States military said": a speaker, not where the strike was
    text = (
        "MOGADISHU - Somali troops retook two villages in Hiraan on Monday.\n\n"
        "In the north, the United States military said it had carried out an air strike "
        "near the village of Kessorbi, in the hills of Puntland."
    )
    village = _place(gaz, text, "Kessorbi")
    assert village.country_code == "SO"


def test_the_town_a_spokesman_was_reached_in_is_not_the_villages_anchor(gaz):
    text = (
        "JUBA - The army said on Wednesday that it had repelled a rebel attack in Upper Nile "
        "state.\n\n"
        "The army denied that its garrison had left the village of Kessorbi.\n\n"
        "A rebel spokesman, reached by phone in Nairobi, said his fighters had taken "
        "Kessorbi and were in full control."
    )
    village = _place(gaz, text, "Kessorbi")
    assert village.country_code == "SS"


def test_a_capital_that_stands_for_its_government_is_not_the_villages_anchor(gaz):
    text = (
        "ADEN - Health officials said 30 people were killed when warplanes struck the "
        "fuel terminal in the town of Kessorbi on the Red Sea coast, weeks after "
        "Washington resumed its air campaign against the Houthis."
    )
    village = _place(gaz, text, "Kessorbi")
    assert village.country_code == "YE"


def test_a_live_blogs_greeting_names_the_city_its_neighbourhoods_lie_in(gaz):
    # "Good morning from Port-au-Prince": where the blog is, not where anyone came from
    text = (
        "08:00 - Good morning from Port-au-Prince. Heavy gunfire has been heard since "
        "dawn in the Kessorbi district, where gangs attacked overnight.\n\n"
        "10:15 - In Kenscoff, residents say gangs have abducted three farmers."
    )
    district = _place(gaz, text, "Kessorbi")
    capital = _place(gaz, text, "Port-au-Prince")
    assert (district.lat, district.lon) == (capital.lat, capital.lon)


def test_a_dateline_abroad_does_not_hold_a_village_the_paragraph_places_elsewhere(gaz):
    text = (
        "BANGKOK (Lotus Desk) - The Arakan Army said on Wednesday that its fighters had "
        "taken Sinkhaung, a town on an island off the coast of Rakhine State."
    )
    town = _place(gaz, text, "Sinkhaung")
    assert town.country_code == "MM"


def test_a_dateline_in_the_same_country_still_holds_a_district_of_it(gaz):
    text = (
        "TRIPOLI, Libya - Gunfire rang out overnight in the Zerbuta district as the Radaa "
        "force and a rival brigade from Misrata exchanged fire for several hours."
    )
    district = _place(gaz, text, "Zerbuta")
    assert district.country_code == "LY"
    assert abs(district.lon - 13.19) < 0.2  # at Tripoli, not at Misrata


def test_a_division_named_with_its_kind_is_that_division_in_a_story_of_another_country(gaz):
    # "Sagaing Region" names the division itself: no village namesake the index lacks,
    # to be placed at the other country's town named before it
    text = (
        "Fighting was reported across North Kivu province on Monday.\n\n"
        "The junta bombed villages in Sagaing Region on Sunday, killing 12."
    )
    region = _place(gaz, text, "Sagaing Region")
    assert region.geonameid is not None
    assert region.country_code == "MM"


def test_an_owners_country_does_not_vouch_for_a_namesake_in_its_neighbour(gaz):
    # "France's TotalEnergies" says nothing of where the story is: "Palma" in a story of
    # Mozambique's towns is a local place, not the port of Mallorca next to France
    text = (
        "Insurgents raided villages near Mueda and Macomia in Cabo Delgado province on "
        "Monday, residents said.\n\n"
        "There was no fighting in Palma, said the gas project's operator, led by France's "
        "TotalEnergies. Rwanda has sent troops to the province."
    )
    palma = _place(gaz, text, "Palma")
    assert palma.country_code == "MZ"


def test_a_country_named_as_a_place_vouches_for_its_neighbours_city(gaz):
    text = (
        "Israel: thousands of protesters marched in Jerusalem for a second day.\n\n"
        "In Turkey, police detained students in Istanbul, Ankara and Izmir."
    )
    assert _place(gaz, text, "Jerusalem").geonameid is not None
