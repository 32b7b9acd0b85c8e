"""Namesakes far from the story, or outside the country a qualifier names (:mod:`geomap.strays`).

The articles are written for these tests; the village names are invented
for them and happen to be alternate or main names of small towns abroad in
the index (Kabacan and Cabadbaran in the Philippines). A close spelling of a
town far from every place the story names is an unlisted village, placed at
the story's town; near them, it is that town.
"""

from __future__ import annotations

import pytest

import gazetteer
from geomap.places import find_places
from geomap.strays import continues_name

FAR = (
    "KOSTI, Sudan - Paramilitary fighters killed eleven villagers in Kabakan, a farming "
    "settlement on the road to El Obeid, on Sunday, residents said. The army shelled "
    "positions around Dilling and Kadugli the same day."
)
QUALIFIED = (
    "JUBA - Militiamen overran the army garrison in Cabadbaran, Upper Nile State, on "
    "Tuesday, the government said. Officials in Malakal said the attackers had come from "
    "the east. Aircraft later bombed Cabadbaran and nearby villages."
)


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


def _mentions(places, text):
    return [p for p in places if p.text == text]


def _a_part_of_culiacan(part) -> bool:
    """A mention the index lacks, placed at Culiacán's point (Sinaloa, Mexico)."""
    return (
        part.geonameid is None
        and part.country_code == "MX"
        and abs(part.lat - 24.8) < 0.3
        and abs(part.lon + 107.39) < 0.3
    )


def _first(gaz, text, name):
    """The first mention of ``name`` among the places found in ``text``."""
    return _mentions(find_places(text, gaz), name)[0]


def _in_upper_nile(reason: str) -> bool:
    """Placed at the qualifier, or at the town of that state the story names (Malakal)."""
    return "Upper Nile" in reason or "Malakal" in reason


def test_far_alternate_name_is_a_local_place(gaz):
    places = find_places(FAR, gaz)
    (kabakan,) = _mentions(places, "Kabakan")
    assert kabakan.geonameid is None  # not the Philippine town that has it as an alternate name
    assert kabakan.country_code == "SD"  # placed at a town the story names
    assert 9 < kabakan.lat < 16 and 25 < kabakan.lon < 35


def test_qualifier_rules_out_every_candidate(gaz):
    places = find_places(QUALIFIED, gaz)
    found = _mentions(places, "Cabadbaran")
    assert len(found) == 2
    for mention in found:  # both mentions at the qualifier, Upper Nile, not at Juba
        assert mention.geonameid is None and mention.country_code == "SS"
        assert mention.lat > 7.5 and _in_upper_nile(mention.reason)


def test_a_name_written_on():
    assert continues_name("shot in San Juan de Lurigancho", len("shot in San Juan"))
    assert continues_name("struck the Ras Isa terminal", len("struck the Ras"))
    assert not continues_name("in San Juan Province", len("in San Juan"))
    assert not continues_name("in Aleppo, Homs", len("in Aleppo"))


def test_a_possessive_after_a_comma_is_no_qualifier(gaz):
    text = (
        "Paramilitary fighters shelled Kadugli and clashed with the army near Dilling, "
        "Egypt's foreign ministry said on Monday."
    )
    (dilling,) = _mentions(find_places(text, gaz), "Dilling")
    assert dilling.geonameid is not None and dilling.country_code == "SD"


def test_a_division_after_in_qualifies_a_stray(gaz):
    text = (
        "JUBA - Army helicopters bombed positions around Kabakan in Upper Nile state on "
        "Tuesday, officials said. Officials in Malakal said the attackers had come from the "
        "east."
    )
    (found,) = _mentions(find_places(text, gaz), "Kabakan")
    assert found.geonameid is None and found.country_code == "SS"
    assert found.lat > 7.5 and _in_upper_nile(found.reason)  # not at Juba, the dateline


def test_a_demonym_before_a_verb_phrase_qualifies_no_place(gaz):
    # "Israeli aircraft struck the port of X": the demonym names who struck, not where X is
    text = (
        "Israeli aircraft struck the port of Hodeidah on Wednesday; the Houthi-run health "
        "ministry said three port workers died."
    )
    (port,) = _mentions(find_places(text, gaz), "Hodeidah")
    assert port.country_code == "YE" and port.geonameid is not None


def test_a_demonym_still_qualifies_the_town_it_describes(gaz):
    text = "Fighting went on around the Syrian town of Palmyra on Sunday, monitors said."
    (town,) = _mentions(find_places(text, gaz), "Palmyra")
    assert town.country_code == "SY"


def test_a_capital_speaking_for_its_government_does_not_anchor_a_village(gaz):
    # Kabakan is a Philippine alternate name: here a village the index lacks, to be placed
    # at the town named beside it, not at the capital that "denied" anything
    text = (
        "GOMA, DR Congo - Rebels said they held the hills above Sake on Sunday.\n\n"
        "M23 accused the army of a drone strike on its positions near Kabakan that killed two "
        "of its fighters; Kinshasa denied using drones there."
    )
    (village,) = _mentions(find_places(text, gaz), "Kabakan")
    assert village.geonameid is None and village.country_code == "CD"
    assert village.lat > -3.0  # in the east (Goma, Sake), not at Kinshasa (-4.3, 15.3)
    assert village.lon > 25.0


def test_a_description_names_the_division_that_rules_out_a_namesake(gaz):
    # Kabakan is a Philippine alternate name; "a village in ... of the Sagaing region" puts
    # this one in Myanmar's Sagaing, where the index has none: a local place placed there
    text = (
        "YANGON - A military jet bombed Kabakan, a village in Wetlet township of the Sagaing "
        "region, on Monday, killing 18 people sheltering in a monastery."
    )
    (village,) = _mentions(find_places(text, gaz), "Kabakan")
    assert village.geonameid is None and village.country_code == "MM"
    assert village.lat > 21.0  # in Sagaing, not at Yangon (16.8), the dateline


def test_a_description_of_the_country_qualifies_no_town(gaz):
    text = (
        "OUAGADOUGOU - The army pulled out of Diapaga, the main town in the far east of the "
        "country near the borders with Niger and Benin, on Saturday."
    )
    (town,) = _mentions(find_places(text, gaz), "Diapaga")
    assert town.geonameid is not None and town.country_code == "BF"


def test_an_unknown_district_of_a_province_is_placed_in_that_province(gaz):
    text = (
        "KABUL - Jets struck targets in the Zorbatak district of Paktika province overnight, "
        "killing at least 10 people, officials said."
    )
    (district,) = _mentions(find_places(text, gaz), "Zorbatak")
    assert district.geonameid is None and district.country_code == "AF"
    assert district.lat < 33.5  # Paktika (32.4, 68.7), not Kabul (34.5, 69.2), the dateline


def test_the_head_of_a_longer_name_is_not_a_far_city_of_that_alternate_name(gaz):
    text = (
        "JAYAPURA, Indonesia - Soldiers and separatist fighters exchanged fire for hours in "
        "Intan Jaya on Tuesday, the army said. Two soldiers were flown to Timika."
    )
    (intan,) = [p for p in find_places(text, gaz) if p.text.startswith("Intan")]
    assert intan.country_code == "ID"  # not Yingtan, a Chinese city with "Intan" as another name


def test_a_district_after_in_qualifies_a_town(gaz):
    text = (
        "DHAKA - A mob set fire to a party office in Muradnagar, in Cumilla district, on "
        "Sunday night, police said. Paramilitary troops were sent from Chittagong."
    )
    (town,) = _mentions(find_places(text, gaz), "Muradnagar")
    assert town.country_code == "BD"  # the Indian Muradnagar is ruled out
    assert 22 < town.lat < 25 and 90 < town.lon < 92.5


def test_an_elided_consonant_written_with_an_apostrophe_finds_the_town(gaz):
    text = "Gunmen attacked a customs post near Birni N'Konni, close to the Nigerian border."
    (town,) = _mentions(find_places(text, gaz), "Birni N'Konni")
    assert town.feature == "city" and abs(town.lat - 13.8) < 0.2


def test_the_head_of_a_longer_name_under_a_near_towns_other_name_is_a_stray(gaz):
    text = (
        "HAMA, Syria - Gunmen killed two shepherds near Tal Malouha, west of Hama, on Monday, "
        "relatives said. Security forces from Homs were sent to the area."
    )
    (head,) = [p for p in find_places(text, gaz) if p.text.startswith("Tal")]
    assert head.geonameid is None  # not At Tall near Damascus, which is also written "Tal"
    assert abs(head.lat - 35.1) < 0.6 and abs(head.lon - 36.7) < 0.6


def test_the_tail_of_a_longer_name_is_not_a_far_town_of_that_name(gaz):
    text = (
        "N'DJAMENA, Chad - The army said it had killed 32 Boko Haram fighters who attacked a "
        "military post in Baga Sola, on the shore of Lake Chad, on Sunday. Troops from Bol "
        "were sent to the area."
    )
    (tail,) = [p for p in find_places(text, gaz) if p.text == "Sola"]
    assert tail.country_code == "TD"  # not Sola in Norway


def test_a_name_going_on_with_de_is_not_the_head_alone(gaz):
    text = (
        "LIMA, Peru - A bus driver was shot dead by extortionists in San Juan de Lurigancho on "
        "Thursday.\n\nIn Ecuador, police in Guayaquil and Esmeraldas reported new attacks."
    )
    (head,) = [p for p in find_places(text, gaz) if p.text == "San Juan"]
    assert head.country_code == "PE" and head.geonameid is None  # placed at Lima


POSSESSED = (
    "DHAKA - Crude bombs exploded overnight at intersections in Dhaka's Mohammadpur and "
    "Mirpur neighbourhoods, police said. In Kharkiv's Saltivka district, shelling damaged "
    "a school."
)


def test_a_part_written_with_its_towns_possessive_lies_in_that_town(gaz):
    places = find_places(POSSESSED, gaz)
    (dhaka,) = [p for p in places if p.text == "Dhaka"]
    for name in ("Mohammadpur", "Mirpur"):
        (part,) = _mentions(places, name)  # not the namesake towns 100s of km away
        assert part.geonameid is None
        assert abs(part.lat - dhaka.lat) < 0.3 and abs(part.lon - dhaka.lon) < 0.3


def test_a_possessive_does_not_move_a_part_the_index_knows_near_its_town(gaz):
    places = find_places(POSSESSED, gaz)
    (saltivka,) = _mentions(places, "Saltivka")
    assert saltivka.country_code == "UA" and abs(saltivka.lat - 50.0) < 0.3


def test_a_part_of_the_city_named_before_lies_in_that_city(gaz):
    # "the city's Kyivskyi district": the possessive stands for the town named last; the
    # index's Kyivskyi is a village about 220 km away
    text = (
        "KHARKIV, Ukraine - Drones hit a high-rise and a shop in the city's Kyivskyi district "
        "overnight, the governor said."
    )
    places = find_places(text, gaz)
    (kharkiv,) = [p for p in places if p.text == "KHARKIV"]
    (part,) = _mentions(places, "Kyivskyi")
    assert part.geonameid is None
    assert abs(part.lat - kharkiv.lat) < 0.3 and abs(part.lon - kharkiv.lon) < 0.3


def test_a_neighbourhood_of_a_town_lies_in_that_town(gaz):
    # the index's Tierra Blanca is a town in Veracruz, 1,000 km from Culiacán
    text = (
        "CULIACÁN, Mexico - Gunmen fought for an hour in the Tierra Blanca neighbourhood of "
        "Culiacán on Tuesday night, police said."
    )
    places = find_places(text, gaz)
    (part,) = _mentions(places, "Tierra Blanca")
    assert _a_part_of_culiacan(part), part


def test_a_list_of_neighbourhoods_lies_in_its_town_at_every_mention(gaz):
    # the plural part word governs both names; the earlier "Residents of Tierra Blanca"
    # means the same neighbourhood, not the Veracruz town of the index
    text = (
        "CULIACÁN, Mexico - Residents of Tierra Blanca said gunfire went on all night. "
        "Soldiers searched houses in the Tierra Blanca and Las Quintas neighbourhoods of "
        "Culiacán on Tuesday, police said."
    )
    parts = _mentions(find_places(text, gaz), "Tierra Blanca")
    assert len(parts) == 2
    for part in parts:
        assert _a_part_of_culiacan(part), part


def test_a_city_named_before_its_suburb_is_not_the_suburbs_part(gaz):
    # "the X suburb of Y" reads both ways; the larger town is not a part of the smaller
    # (the index's West Chester is the Pennsylvania one, far from Cincinnati)
    text = (
        "Police said the suspect, 24, lived with his parents in the Cincinnati suburb of "
        "West Chester until his arrest."
    )
    (city,) = _mentions(find_places(text, gaz), "Cincinnati")
    assert city.geonameid is not None and city.name == "Cincinnati"
    assert abs(city.lat - 39.13) < 0.1


def test_a_division_after_a_countrys_possessive_qualifies_a_village(gaz):
    # "in Cameroon's Far North region" says where the village is, not the dateline
    text = (
        "YAOUNDE - Suspected Boko Haram fighters raided Kwetebe, in Cameroon's Far North "
        "region, late on Tuesday, killing four civilians."
    )
    (village,) = _mentions(find_places(text, gaz), "Kwetebe")
    assert village.geonameid is None and "Far North" in village.reason, village.reason


def test_a_namesake_abroad_stretches_over_the_rest_of_the_local_name(gaz):
    # "Loi" alone is an alternate name of a French village; the place is "Loi Kharwand",
    # which the division named after "area of" places
    text = (
        "PESHAWAR - Security forces killed nine militants in the Loi Kharwand area of "
        "Bajaur district on Friday, the military said."
    )
    places = find_places(text, gaz)
    (village,) = _mentions(places, "Loi Kharwand")
    assert village.geonameid is None and "Bājaur" in village.reason, village.reason
    assert not _mentions(places, "Loi")


def test_a_person_named_like_a_namesake_abroad_is_not_stretched_into_a_place(gaz):
    # no locative before it and no place noun after: "Loi Kharwand, a tribal elder"
    text = "PESHAWAR - Loi Kharwand, a tribal elder, told reporters that the army had left."
    assert not _mentions(find_places(text, gaz), "Loi Kharwand")


def test_a_nationality_word_does_not_vouch_for_a_namesake_in_a_neighbouring_country(gaz):
    # "Tawila" is also an alternate name of a district of Yemen, Saudi Arabia's neighbour
    text = (
        "EL FASHER, Sudan - Families who fled the fighting around Kutum reached Tawila on "
        "Monday, aid workers said. Saudi and American envoys urged both sides to open the "
        "road to Mellit."
    )
    village = _first(gaz, text, "Tawila")
    assert village.geonameid is None and village.country_code == "SD"


def test_a_section_heading_inside_the_story_is_no_dateline_that_vouches_for_itself(gaz):
    # "Outlook:" opens a paragraph as a dateline would; Outlook is also a town in Canada
    text = (
        "BENI, DR Congo - Militiamen attacked a displacement site near Mambasa on Monday, "
        "killing six people, local officials said.\n\nOutlook: partners expect more "
        "families to arrive in Komanda and Bunia this week."
    )
    assert all(p.country_code == "CD" for p in find_places(text, gaz))


def test_a_division_abroad_the_story_never_nears_is_a_local_place(gaz):
    # "Mont Fleuri" is also a district of the Seychelles; the story is about Haiti
    text = (
        "PORT-AU-PRINCE, Haiti - Gang members set fire to a dozen houses in Mont Fleuri "
        "overnight, residents said. Police in Port-au-Prince said officers later pushed the "
        "gang back."
    )
    place = _first(gaz, text, "Mont Fleuri")
    assert place.geonameid is None and place.country_code == "HT"


def test_a_small_town_alone_in_a_country_the_story_never_names_is_a_local_place(gaz):
    text = (
        "MOPTI, Mali - Soldiers and militiamen killed nine herders near Lere on Friday, "
        "residents said. The army said it had hit fighters moving between Niono and Macina "
        "and that calm had returned to Mopti."
    )
    lere = _first(gaz, text, "Lere")
    assert lere.geonameid is None  # not the Nigerian town of that name, 1,500 km away
    assert lere.country_code == "ML"


def test_a_town_in_a_country_the_story_names_keeps_its_place(gaz):
    text = (
        "BAMAKO, Mali - Nigeria's foreign minister met officials in Bamako and Mopti on "
        "Tuesday. He had flown in from Lere, where he opened a hospital the day before."
    )
    lere = _first(gaz, text, "Lere")
    assert lere.geonameid is not None and lere.country_code == "NG"


def test_a_town_east_of_another_lies_near_it_not_at_a_namesake_abroad(gaz):
    text = (
        "MOPTI, Mali - Fighters ambushed a convoy and its army escort near Boni, east of "
        "Douentza, on Wednesday, and burned at least ten trucks, the army said."
    )
    boni = _first(gaz, text, "Boni")
    assert boni.geonameid is None  # not Bonn, which has "Boni" among its other names
    assert boni.country_code == "ML"
    assert abs(boni.lat - 15.0) < 1.0 and abs(boni.lon + 2.95) < 1.5  # at Douentza


def test_a_town_qualified_by_a_country_after_in_is_not_a_namesake_abroad(gaz):
    text = (
        "Residents of Boni, in central Mali, said an army drone struck a gathering of "
        "herders at a well on Wednesday, killing six of them."
    )
    boni = _first(gaz, text, "Boni")
    assert boni.geonameid is None and boni.country_code in (None, "ML")


def test_a_country_after_in_keeps_a_town_of_that_country(gaz):
    text = "Gunmen killed a cleric in Tripoli, in northern Lebanon, on Monday."
    tripoli = _first(gaz, text, "Tripoli")
    assert tripoli.country_code == "LB"


def test_a_village_in_a_countrys_region_is_placed_there_not_at_a_dateline_abroad(gaz):
    text = (
        "CHIANG MAI, Thailand - A military air strike on a village near Dapaung in "
        "Myanmar's Sagaing region killed nine people on Wednesday, residents said."
    )
    village = _first(gaz, text, "Dapaung")
    assert village.geonameid is None and village.country_code == "MM"


def test_a_village_in_an_unlisted_township_of_a_region_is_placed_in_that_region(gaz):
    text = (
        "BANGKOK - A military jet bombed a school in the village of Ohnbin Kone, in "
        "Tabayin township of the Sagaing region, on Monday, killing 20 children."
    )
    village = _first(gaz, text, "Ohnbin Kone")
    assert village.geonameid is None and village.country_code == "MM"


SPELLED_CLOSE = (
    "KUPIANSK, Ukraine - Ukrainian troops beat back six Russian assaults near Synkivka, a "
    "village a few kilometres north of Kupiansk, on Tuesday, the General Staff said."
)
SPELLED_NEAR = (
    "BELGOROD, Russia - A Ukrainian drone hit a car in Graivoron, close to the border, "
    "killing the driver, the governor of the Belgorod region said."
)


def test_a_close_spelling_far_from_the_story_is_placed_at_its_town(gaz):
    place = _first(gaz, SPELLED_CLOSE, "Synkivka")
    kupiansk = _first(gaz, SPELLED_CLOSE, "Kupiansk")
    assert place.geonameid is None
    assert (place.lat, place.lon) == (kupiansk.lat, kupiansk.lon)


def test_a_close_spelling_near_the_story_is_that_town(gaz):
    place = _first(gaz, SPELLED_NEAR, "Graivoron")
    assert place.geonameid is not None
    assert place.reason.startswith("fuzzy match of an unknown spelling")


def test_a_mid_size_city_abroad_in_a_story_of_one_other_country_is_a_local_place(gaz):
    # every other place lies in Mozambique: "Palma" is the town there, not Mallorca's port
    text = (
        "PEMBA, Mozambique - Insurgents stormed Palma on Wednesday and held the town's hotel "
        "for two days, officials said. Residents fled south by boat towards Pemba, while "
        "troops based in Mueda and Macomia moved north."
    )
    palma = _first(gaz, text, "Palma")
    assert palma.geonameid is None and palma.country_code == "MZ"


def test_a_large_city_abroad_keeps_its_place_in_a_story_of_one_other_country(gaz):
    text = (
        "MAPUTO, Mozambique - The defence minister left for Lisbon on Monday to seek help "
        "against the insurgency, after fighters attacked Mueda, Macomia and Ancuabe last week."
    )
    lisbon = _first(gaz, text, "Lisbon")
    assert lisbon.geonameid is not None and lisbon.country_code == "PT"


def test_a_village_in_a_misspelled_region_is_placed_in_that_region(gaz):
    text = (
        "MOGADISHU - Army troops backed by clan militias retook the village of Warqabooley "
        "in Galgaduud region on Friday, a week after the militants had seized it, the "
        "ministry said."
    )
    village = _first(gaz, text, "Warqabooley")
    region = _first(gaz, text, "Galgaduud")  # a close spelling of Galguduud
    assert village.geonameid is None and village.country_code == "SO"
    assert (village.lat, village.lon) == (region.lat, region.lon)  # not at the dateline


def test_a_country_qualified_by_a_division_of_another_is_a_local_place(gaz):
    text = "JUBA - Rebels shelled army positions in Tonga, Upper Nile State, on Sunday."
    town = _first(gaz, text, "Tonga")
    assert town.geonameid is None and town.country_code == "SS"
    assert town.lat > 7.5 and _in_upper_nile(town.reason)


def test_a_qualifier_past_an_unlisted_county_places_the_town(gaz):
    text = (
        "JUBA - Rebels shelled army positions in Tonga, Fangak County, Upper Nile State, "
        "on Sunday. Fighting was also reported around Kabakan, Fangak County, Upper Nile "
        "State."
    )
    for name in ("Tonga", "Kabakan"):
        town = _first(gaz, text, name)
        assert town.geonameid is None and town.country_code == "SS"
        assert town.lat > 7.5 and _in_upper_nile(town.reason)  # not at Juba, the dateline
