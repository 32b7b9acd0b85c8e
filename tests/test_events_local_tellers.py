"""Events told by the people of a town, and what the target says about their kind.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: residents or police of a town who tell an event place it in their
town when nothing else does ("residents of X said a drone hit the town's
market"), but ministry officials in a national capital do not; a household
gas cylinder that exploded is no bomb; a trigger the tagger misreads as an
auxiliary ("Ukrainian shelling damaged houses") is still a trigger; a ground
assault that killed civilians, gunfire on a car wash and an ambush of fuel
tankers are attacks on civilians; gunmen who seize "three grain traders"
abduct them; police who disperse protesters, or push them away, intervene in
a protest; unions that "will bring workers back onto the streets" of a town
plan a protest there; drones downed "23 over the X region and 11 over the Y
Sea" are one interception at each place of the tally, whatever its kind; a
town the parser misreads as a modifier ("while in Harrow protesters set
ablaze ...") is still the object of its preposition; "a mine planted on a
track" that killed soldiers is a landmine, while a gold mine is no weapon.
"""

from __future__ import annotations

from geomap.events import extract_events
from geomap.records import Document, Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds

_REGIONS = {"Velmar": (11.5, 21.5)}
_SEAS = {"Grey Sea": (9.0, 19.0)}

_TOWNS = {**INVENTED_TOWNS, "Calder": (14.2, 24.8)}


def _places(text: str) -> list[Place]:
    places = hand_places(text, _TOWNS, regions=_REGIONS, seas=_SEAS)
    for place in places:  # Calder is the national capital of the invented country
        if place.text == "Calder":
            place.feature_code = "PPLC"
    return places


def _events(text: str, date: str = "2026-05-17") -> list[Event]:
    return events_of(text, _places, date)


def _located(events: list[Event], event_type: str) -> list[str | None]:
    return [e.location for e in events if e.event_type == event_type]


# ------------------------------------------------------------ people who tell it


def test_residents_of_a_town_place_the_strike_they_tell_in_it():
    events = _events(
        "Separately, residents of Dunmore, south-west of Harrow, said a drone strike hit "
        "the town's cattle market on Wednesday, killing at least five herders."
    )
    assert _located(events, "Explosions/Remote violence") == ["Dunmore"]


def test_police_of_a_town_place_the_bombing_they_report_in_it():
    events = _events(
        "In a separate incident on Tuesday, police in Kessler said a roadside bomb struck "
        "a police van, killing three officers."
    )
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert [e.location for e in strikes] == ["Kessler"]
    assert strikes[0].geo_precision == 1


def test_residents_of_a_village_near_a_town_place_the_event_near_it():
    events = _events(
        "Residents of a village near Ostin said a drone strike hit a wedding party on "
        "Thursday, killing seven people."
    )
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert [e.location for e in strikes] == ["Ostin"]
    assert strikes[0].geo_precision == 2


def test_officials_in_the_national_capital_do_not_place_what_they_report():
    events = _events(
        "Officials in Calder said a roadside bomb struck a police van, killing three officers."
    )
    assert "Calder" not in {e.location for e in events}


def test_a_town_that_locates_the_teller_is_not_the_teller_in_the_story():
    events = _events(
        "Fighting broke out in Ostin on Monday. Later, residents of Dunmore, south-west of "
        "Harrow, said a drone strike hit the town's cattle market on Wednesday."
    )
    assert "Dunmore" in _located(events, "Explosions/Remote violence")


# ------------------------------------------------------------ not an attack at all


def test_a_gas_cylinder_that_exploded_in_a_kitchen_is_no_bombing():
    text = (
        "Police in Kessler said no attack had taken place at a school in the town; a gas "
        "cylinder had exploded in a kitchen, they said, injuring a cook."
    )
    document = Document(id="t", text=text, date="2026-05-17")
    events = extract_events(document, _places(text), keep_unlocated=True)
    assert "Explosions/Remote violence" not in {e.event_type for e in events}


def test_a_bomb_that_exploded_in_a_kitchen_is_still_a_bombing():
    events = _events("A bomb exploded in a kitchen in Kessler, injuring a cook.")
    assert ("Explosions/Remote violence", "asserted", "Kessler") in kinds(events)


def test_shelling_the_tagger_reads_as_an_auxiliary_is_still_shelling():
    events = _events(
        "09:10 - The provincial governor says Velmari shelling damaged several houses and a "
        "power line in Harrow overnight; a 47-year-old man suffered shrapnel wounds."
    )
    assert ("Explosions/Remote violence", "asserted", "Harrow") in kinds(events)


# ------------------------------------------------------------ who was the target


def test_a_ground_assault_that_killed_civilians_in_a_camp_is_an_attack_on_them():
    events = _events(
        "The militia's ground assault on the displacement camp outside Dunmore on 11 May "
        "killed at least 40 civilians."
    )
    assert _located(events, "Violence against civilians") == ["Dunmore"]
    assert "Battles" not in {e.event_type for e in events}


def test_a_ground_assault_on_rebel_positions_is_a_battle():
    events = _events(
        "The army launched a ground assault on rebel positions near Dunmore, killing 20 fighters."
    )
    assert "Battles" in {e.event_type for e in events}
    assert "Violence against civilians" not in {e.event_type for e in events}


def test_gunmen_who_opened_fire_on_a_car_wash_attacked_civilians():
    events = _events(
        "Gunmen opened fire on a car wash in the south of Kessler on Tuesday, killing five "
        "people, including two employees, prosecutors said."
    )
    assert _located(events, "Violence against civilians") == ["Kessler"]


def test_an_ambush_on_fuel_tankers_with_no_escort_is_an_attack_on_civilians():
    events = _events(
        "Fighters ambushed a convoy of fuel tankers on the national road near Ostin on Tuesday."
    )
    assert _located(events, "Violence against civilians") == ["Ostin"]


def test_gunmen_who_seized_three_grain_traders_abducted_them():
    events = _events(
        "Unidentified gunmen seized three grain traders at a checkpoint outside Harrow last "
        "week and are demanding a ransom."
    )
    abductions = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert [e.location for e in abductions] == ["Harrow"]


def test_rebels_who_seized_two_villages_took_territory():
    events = _events("Rebels seized two villages near Harrow on Monday.")
    assert "Abduction/forced disappearance" not in {e.sub_event_type for e in events}
    assert "Battles" in {e.event_type for e in events}


# ------------------------------------------------------------ crowds dispersed


def test_police_who_fired_tear_gas_to_disperse_protesters_intervened_in_a_protest():
    events = _events(
        "10:10 - In Velmar, police fired tear gas and water cannon to disperse hundreds of "
        "young protesters in central Dunmore on Friday."
    )
    protests = [e for e in events if e.event_type == "Protests"]
    assert [(e.location, e.sub_event_type) for e in protests] == [
        ("Dunmore", "Protest with intervention")
    ]


def test_police_who_pushed_protesters_away_from_parliament_intervened_in_a_protest():
    events = _events(
        "18:52 - Police in Kessler have used water cannon to push protesters away from the "
        "parliament building, our reporter says."
    )
    assert ("Protests", "asserted", "Kessler") in kinds(events)
    assert "Battles" not in {e.event_type for e in events}


def test_rebels_who_dispersed_into_the_forest_did_not_disperse_a_crowd():
    events = _events("The rebels dispersed into the forest near Dunmore after the raid.")
    assert "Protests" not in {e.event_type for e in events}


def test_unions_that_will_bring_workers_onto_the_streets_plan_a_protest():
    events = _events(
        "14:20 - Union leaders say they will bring workers back onto the streets of Kessler "
        "on 2 June to oppose the draft budget."
    )
    assert ("Protests", "hypothetical", "Kessler") in kinds(events)


def test_a_strike_that_brought_a_town_to_a_standstill_brought_nobody_onto_the_streets():
    events = _events("The strike brought the city to a standstill in Kessler on Monday.")
    assert "Protests" not in {e.event_type for e in events}


# ------------------------------------------------------------ tallies


def test_drones_downed_over_a_town_and_a_sea_are_an_interception_at_each():
    events = _events(
        "08:45 - The defence ministry says air defences destroyed 58 drones overnight, 24 "
        "of them over Harrow and 11 over the Grey Sea."
    )
    downed = {e.location for e in events if e.sub_event_type == "Disrupted weapons use"}
    assert downed == {"Harrow", "Grey Sea"}


def test_a_region_and_a_town_of_one_tally_each_get_their_interception():
    events = _events(
        "The ministry says its air defences destroyed 61 drones overnight, 23 of them over "
        "the Velmar region and 17 over Kessler."
    )
    downed = {e.location for e in events if e.sub_event_type == "Disrupted weapons use"}
    assert downed == {"Velmar", "Kessler"}


# ------------------------------------------------------------ a misread preposition


def test_a_town_the_parser_reads_as_a_modifier_after_in_is_still_where_it_happened():
    events = _events(
        "On Friday, angry crowds ransacked the home of a lawmaker in the capital and "
        "carried off furniture, while in Harrow protesters set ablaze a regional "
        "parliament building, local officials said."
    )
    assert "Harrow" in {e.location for e in events if e.event_type == "Riots"}


# ------------------------------------------------------------ mines


def test_a_mine_planted_on_a_track_that_killed_soldiers_is_a_landmine():
    events = _events(
        "A mine planted on a track near Ostin, in the far north, killed two soldiers on "
        "patrol on Thursday, according to an officer."
    )
    assert [(e.event_type, e.location) for e in events] == [("Explosions/Remote violence", "Ostin")]
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"


def test_guards_killed_at_a_gold_mine_were_not_killed_by_a_landmine():
    events = _events("Gunmen killed two guards at a gold mine near Ostin on Thursday.")
    assert "Explosions/Remote violence" not in {e.event_type for e in events}
