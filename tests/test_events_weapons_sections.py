"""Weapon fire told as a noun, forces massing for an attack, a digest's datelines, damage.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: "rocket fire on X" is shelling as much as "rockets fired at X";
troops massing for an attack have not attacked yet; a roundup filed from
several towns ("TBILISI - ...", "DHAKA - ...") sets each section's events in
its own town, not in a town borrowed from the section before; a fire that
drones set, or debris of a downed drone that hurts people, is the strike's
damage (remote violence), while air strikes backing an assault are part of it.
"A grenade thrown into a tea shop" is a grenade attack even without "was",
and a device "left at the gate of a judge's house" that "went off" is a bomb
however many words lie between. An attack by drones or uncrewed boats
"repelled" is a disrupted weapon use, an assault by troops repelled a battle; a
missile fired at a place "which the army said it intercepted" is a disrupted
weapon use there, even after the claim of another attack, and one
"intercepted" on its way "towards" a town is stopped where it was aimed. With
no weapon named, attacks and threats against ships ("vessels linked to the
government would again be targeted", "keep targeting any ship") are remote
violence, and the seas a threat lists are one event at the first named. A toll
told next for the second of two ports a strike hit is that strike's toll.
"""

from __future__ import annotations

import pytest

from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds

SHELLING = "Explosions/Remote violence"


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS, ignore_case=True)


def _events(text: str, date: str = "2025-03-14") -> list[Event]:
    return events_of(text, _places, date)


def test_rocket_fire_told_as_a_noun_is_shelling():
    events = _events("Rebels resumed rocket fire on Kessler on Monday, wounding three people.")
    assert (SHELLING, "asserted", "Kessler") in kinds(events)


def test_rocket_fire_a_group_could_resume_is_hypothetical():
    events = _events(
        "Troops clashed with rebels in Harrow on Monday. The rebels said they could resume "
        "rocket fire on Kessler if the raids continued."
    )
    assert (SHELLING, "hypothetical", "Kessler") in kinds(events)
    assert (SHELLING, "asserted", "Kessler") not in kinds(events)


def test_coming_under_mortar_fire_is_an_attack_on_the_place():
    events = _events("An army post in Kessler came under mortar fire on Sunday, officials said.")
    assert (SHELLING, "asserted", "Kessler") in kinds(events)


def test_small_arms_and_mortar_fire_exchanged_is_a_battle_not_shelling():
    events = _events(
        "Soldiers and rebels exchanged small-arms and mortar fire in Kessler on Sunday."
    )
    assert ("Battles", "asserted", "Kessler") in kinds(events)
    assert (SHELLING, "asserted", "Kessler") not in kinds(events)


def test_bombs_said_likely_to_fall_on_a_town_have_not_fallen():
    events = _events(
        "Drones struck the port of Harrow on Monday. The governor warned that more bombs "
        "were likely to fall on Kessler in the coming days."
    )
    assert (SHELLING, "hypothetical", "Kessler") in kinds(events)
    assert (SHELLING, "asserted", "Kessler") not in kinds(events)


def test_fighters_massing_for_an_attack_have_not_attacked():
    events = _events(
        "Rebels shelled Harrow on Monday. The army said rebel fighters were massing for "
        "an attack on Kessler."
    )
    assert ("Battles", "hypothetical", "Kessler") in kinds(events)
    assert ("Battles", "asserted", "Kessler") not in kinds(events)


@pytest.mark.parametrize(
    "text",
    [
        (
            "HARROW - Soldiers clashed with rebels on the edge of Harrow on Monday, killing "
            "four fighters, the army said.\n\n"
            "KESSLER - Thousands of people rallied outside the governor's office on Tuesday "
            "to demand the release of detained students.\n"
        ),
        # a town heading its section on a line of its own opens the section the same way
        (
            "Regional roundup\n\nHARROW\nSoldiers clashed with rebels on the edge of Harrow "
            "on Monday, killing four fighters, the army said.\n\nKESSLER\nThousands of "
            "people rallied outside the governor's office on Tuesday to demand the release "
            "of detained students.\n"
        ),
    ],
    ids=["datelines", "headings"],
)
def test_each_section_of_a_digest_is_set_in_its_datelines_town(text):
    events = _events(text)
    assert ("Protests", "asserted", "Kessler") in kinds(events)
    assert ("Protests", "asserted", "Harrow") not in kinds(events)


def test_a_single_dateline_is_not_a_section():
    text = (
        "KESSLER - Soldiers clashed with rebels in Harrow on Monday, the army said.\n\n"
        "Thousands of people rallied on Tuesday to demand the release of detained students.\n"
    )
    assert ("Protests", "asserted", "Kessler") not in kinds(_events(text))


# ------------------------------------------------------------ remote weapons' damage


def test_drones_that_set_fire_to_a_refinery_struck_it():
    events = _events("Rebel drones set fire to a fuel depot in Kessler early on Tuesday.")
    assert (SHELLING, "asserted", "Kessler") in kinds(events)
    assert ("Strategic developments", "asserted", "Kessler") not in kinds(events)


def test_militants_who_set_fire_to_trucks_destroyed_property():
    events = _events("Militants set fire to at least 20 fuel tankers near Kessler on Sunday.")
    assert ("Strategic developments", "asserted", "Kessler") in kinds(events)


def test_debris_of_a_downed_drone_that_hurt_people_is_a_strike():
    events = _events(
        "In Kessler, debris from a downed drone fell on a warehouse, injuring two workers."
    )
    assert (SHELLING, "asserted", "Kessler") in kinds(events)


def test_drones_shot_down_without_harm_are_disrupted_weapons():
    events = _events("Air defences shot down 40 drones over Kessler overnight, the army said.")
    assert ("Strategic developments", "asserted", "Kessler") in kinds(events)
    assert (SHELLING, "asserted", "Kessler") not in kinds(events)


def test_air_strikes_backing_an_assault_are_not_an_event_of_their_own():
    events = _events("Troops backed by air strikes retook Kessler on Thursday, the army said.")
    assert ("Battles", "asserted", "Kessler") in kinds(events)
    assert (SHELLING, "asserted", "Kessler") not in kinds(events)


def test_attacks_on_shipping_are_remote_violence():
    events = _events(
        "Rebels shelled Harrow on Monday. The rebels vowed to resume attacks on shipping "
        "off Kessler."
    )
    assert (SHELLING, "hypothetical", "Kessler") in kinds(events)
    assert ("Battles", "hypothetical", "Kessler") not in kinds(events)


def test_drones_that_may_come_back_threaten_strikes_not_an_assault():
    events = _events(
        "Drones struck the power station in Harrow last week. Residents ask one question "
        "every evening: will the drones come back to Kessler tonight?"
    )
    assert (SHELLING, "hypothetical", "Kessler") in kinds(events)
    assert ("Battles", "hypothetical", "Kessler") not in kinds(events)


def test_a_bulletins_first_story_is_news_not_a_work_of_fiction():
    events = _events(
        "PRESENTER: Good morning. Our first story: rebels attacked a village near Kessler in "
        "the early hours, and residents say at least 35 people were taken."
    )
    assert any(
        place == "Kessler" and modality == "asserted" for _, modality, place in kinds(events)
    )


def test_a_town_that_names_a_road_is_not_where_the_event_was():
    events = _events(
        "In Harrow, a suicide bomber blew himself up at a checkpoint on the Kessler road on "
        "Wednesday, killing four soldiers."
    )
    assert (SHELLING, "asserted", "Harrow") in kinds(events)
    assert (SHELLING, "asserted", "Kessler") not in kinds(events)


def test_a_vow_to_crush_rebels_in_a_town_is_a_hypothetical_battle():
    events = _events(
        "Rebels shelled Harrow on Monday. Commanders vowed to crush the rebels in Kessler."
    )
    assert ("Battles", "hypothetical", "Kessler") in kinds(events)


def test_gunmen_who_burned_houses_and_killed_people_attacked_civilians():
    events = _events(
        "On Wednesday night gunmen drove into Kessler, burned about 40 houses and killed "
        "nine people, the mayor's office said."
    )
    assert ("Violence against civilians", "asserted", "Kessler") in kinds(events)
    assert ("Strategic developments", "asserted", "Kessler") not in kinds(events)


def test_a_device_that_went_off_is_an_explosion():
    events = _events(
        "An improvised explosive device hidden in a cart went off under an army truck in "
        "Kessler, wounding four soldiers."
    )
    assert (SHELLING, "asserted", "Kessler") in kinds(events)


def test_a_threat_to_flatten_a_town_is_a_hypothetical_strike():
    events = _events(
        "Air strikes hit Harrow on Monday. The defence minister said the army will flatten "
        "what is left of Kessler if the prisoners are not freed."
    )
    assert (SHELLING, "hypothetical", "Kessler") in kinds(events)


def test_a_commanders_men_who_would_march_on_a_town_threaten_a_battle():
    events = _events(
        "Rebels shelled Harrow on Monday. A commander of one of the armed groups said his men "
        "would march on Kessler if the government tried to disarm them."
    )
    assert ("Battles", "hypothetical", "Kessler") in kinds(events)
    assert ("Protests", "hypothetical", "Kessler") not in kinds(events)


def test_an_armed_groups_threatened_blockade_is_a_strategic_development():
    events = _events(
        "Drones struck Harrow on Monday. Rebel leaders said their fighters would blockade "
        "the main highway into Kessler from next week."
    )
    assert ("Strategic developments", "hypothetical", "Kessler") in kinds(events)
    assert not any(t == "Protests" for t, _, _ in kinds(events))


def test_gunmen_blocking_a_highway_to_abduct_passengers_is_one_abduction():
    events = _events(
        "More than 30 passengers were abducted on Tuesday evening when gunmen blocked the "
        "highway near Kessler, police said."
    )
    assert ("Violence against civilians", "asserted", "Kessler") in kinds(events)
    assert ("Strategic developments", "asserted", "Kessler") not in kinds(events)


def test_gunmen_who_blocked_a_road_and_shot_passengers_attacked_civilians():
    events = _events(
        "Gunmen blocked the highway near Kessler on Saturday evening, checked the identity "
        "cards of bus passengers and shot dead six men, police said."
    )
    assert ("Violence against civilians", "asserted", "Kessler") in kinds(events)


def test_protesters_blocking_a_road_and_shot_by_police_is_one_protest_event():
    events = _events(
        "Protesters blocked the main road in Kessler, and police shot dead two of them."
    )
    assert kinds(events) == {("Protests", "asserted", "Kessler")}


def test_troops_firing_tear_gas_at_a_march_intervene_in_a_protest():
    events = _events("Troops fired tear gas at a march against the night raids in Kessler.")
    assert ("Protests", "asserted", "Kessler") in kinds(events)
    assert ("Battles", "asserted", "Kessler") not in kinds(events)


def test_withdrawn_reports_and_ambassadors_are_no_withdrawal_of_forces():
    events = _events(
        "Reports of a rocket launched towards Kessler were later withdrawn. The government "
        "withdrew its ambassador from Harrow."
    )
    assert not any(t == "Strategic developments" for t, _, _ in kinds(events))


def test_a_circus_story_is_of_another_genre():
    from geomap.events.genre import off_topic

    text = (
        "The amateur circus opened on Saturday before a sold-out crowd, with 180 performers "
        "walking the wire and juggling torches. The town's museum keeps the old wagons."
    )
    assert off_topic(text)
    assert not off_topic("Gunmen stormed a concert hall in Kessler, killing 40 people.")


def test_an_ambush_on_a_road_between_towns_is_placed_where_the_text_sets_it():
    events = _events(
        "Fighters ambushed a fuel convoy on the road between Harrow and Dunmore on Monday, "
        "setting fire to at least 20 tankers near Kessler."
    )
    assert ("Battles", "asserted", "Kessler") in kinds(events)
    assert not any(place in ("Harrow", "Dunmore") for _, _, place in kinds(events))


def test_a_denied_plan_for_an_offensive_is_still_a_hypothetical_offensive():
    events = _events(
        "Rebels shelled Harrow on Monday. The rebel alliance denied that it was preparing an "
        "offensive on Kessler, saying its forces were in defensive positions."
    )
    assert ("Battles", "hypothetical", "Kessler") in kinds(events)
    assert ("Battles", "negated", "Kessler") not in kinds(events)


def test_no_firing_in_a_sector_is_a_negated_clash():
    events = _events(
        "Rebels shelled Harrow on Monday. An army spokesman said there had been no firing in "
        "Kessler, where the situation was calm."
    )
    assert ("Battles", "negated", "Kessler") in kinds(events)


def test_a_strike_in_the_hills_east_of_a_town_is_placed_near_that_town():
    import geomap
    from geomap.records import Document

    text = (
        "Israeli drones struck a car near Nabatieh on Monday. Hours later, Israeli warplanes "
        "hit what the army called a weapons depot in the hills east of Baalbek, in the Bekaa "
        "valley, setting off a series of secondary explosions."
    )
    events = geomap.extract([Document(id="bearing", text=text, date="2025-03-14")])
    assert "Baalbek" in {e.location for e in events}


def test_a_night_vigil_in_a_church_is_worship_not_a_protest():
    events = _events(
        "Fighters attacked a church in Kessler during a night vigil early on Sunday, killing "
        "at least 38 worshippers."
    )
    assert not any(t == "Protests" for t, _, _ in kinds(events))
    assert ("Violence against civilians", "asserted", "Kessler") in kinds(events)


def test_a_candlelight_vigil_for_the_victims_is_a_protest():
    events = _events("Hundreds held a candlelight vigil in Kessler on Monday for the victims.")
    assert ("Protests", "asserted", "Kessler") in kinds(events)


def test_soldiers_who_entered_a_village_and_shot_young_men_attacked_civilians():
    events = _events(
        "Soldiers searching for fighters entered the village of Kessler on Tuesday, and "
        "residents said three young men were shot dead in front of their families."
    )
    assert ("Violence against civilians", "asserted", "Kessler") in kinds(events)
    assert ("Battles", "asserted", "Kessler") not in kinds(events)


def test_rebels_who_entered_a_town_after_fighting_soldiers_took_it():
    events = _events(
        "Rebels entered Kessler after two days of fighting, killing dozens of soldiers."
    )
    assert ("Battles", "asserted", "Kessler") in kinds(events)


def test_arms_recovered_after_a_gunfight_are_part_of_it():
    text = (
        "HARROW - Three insurgents were killed in a gunfight with police in the forests near "
        "Kessler on Monday, police said.\n\n"
        "The exchange of fire lasted two hours. Two rifles and a stock of explosives were "
        "recovered."
    )
    assert kinds(_events(text)) == {("Battles", "asserted", "Kessler")}, [
        (e.event_type, e.location, e.trigger) for e in _events(text)
    ]


def test_stepping_on_a_bomb_is_an_explosion_where_it_happened():
    text = (
        "HARROW - A police constable lost his leg on Sunday when he stepped on a pressure bomb "
        "while on patrol near Kessler. He was flown to Harrow for treatment."
    )
    assert kinds(_events(text)) == {(SHELLING, "asserted", "Kessler")}, [
        (e.event_type, e.location, e.trigger) for e in _events(text)
    ]


def test_arms_found_with_men_just_arrested_are_part_of_the_arrest():
    text = (
        "HARROW - Police arrested six men in Kessler on Tuesday accused of planning attacks. "
        "Weapons and explosives were found with them, police said."
    )
    assert [e.sub_event_type for e in _events(text)] == ["Arrests"], [
        (e.sub_event_type, e.trigger) for e in _events(text)
    ]


def test_shell_casings_found_at_a_shooting_are_no_shelling():
    text = (
        "HARROW - Gunmen shot dead a shopkeeper outside his shop in Kessler on Sunday. "
        "Investigators found more than 80 shell casings at the scene."
    )
    assert all(e.event_type != SHELLING for e in _events(text)), [
        (e.event_type, e.trigger) for e in _events(text)
    ]


def test_an_ied_planted_by_rebels_that_went_off_is_an_explosion():
    text = (
        "HARROW - In Kessler district, two policemen were injured on Friday when a pressure IED "
        "planted by rebels went off while a team was on patrol."
    )
    assert kinds(_events(text)) == {(SHELLING, "asserted", "Kessler")}, [
        (e.event_type, e.location, e.trigger) for e in _events(text)
    ]


def test_trucks_set_on_fire_in_an_ambush_just_told_are_its_damage():
    text = (
        "HARROW - Rebels ambushed an army convoy near Kessler on Tuesday. The army said seven "
        "soldiers were killed and 12 trucks were set on fire.\n\n"
        "Separately, two buses were set on fire at a depot in Ostin on Wednesday."
    )
    got = sorted((e.event_type, e.location) for e in _events(text))
    # the burning told in another paragraph is an event of its own
    assert got == [("Battles", "Kessler"), ("Strategic developments", "Ostin")], got


def test_fire_set_by_falling_debris_is_the_strikes_damage():
    text = (
        "09:40 - Kessler governor Ivan Petrov says falling debris set fire to an industrial "
        "enterprise on the edge of Kessler; no one was hurt."
    )
    assert kinds(_events(text)) == {(SHELLING, "asserted", "Kessler")}, [
        (e.event_type, e.trigger) for e in _events(text)
    ]


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        (
            "In Kessler, a grenade thrown into a tea shop on Thursday evening wounded five people.",
            "Grenade",
        ),
        (
            "In Kessler, an explosive device left at the gate of a judge's house went off on "
            "Tuesday night, damaging the facade.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_a_grenade_thrown_into_a_shop_and_a_device_that_went_off_are_explosions(
    sentence, sub_event_type
):
    events = _events(sentence)
    assert [(e.sub_event_type, e.location) for e in events] == [(sub_event_type, "Kessler")]


def test_an_attack_by_uncrewed_boats_repelled_is_a_disrupted_weapon_use():
    events = _events("The navy said it repelled an attack by uncrewed boats on Kessler overnight.")
    assert [(e.event_type, e.sub_event_type, e.location) for e in events] == [
        ("Strategic developments", "Disrupted weapons use", "Kessler")
    ]


def test_drones_said_to_have_been_repelled_are_a_disrupted_weapon_use():
    events = _events('The governor said drones had been "repelled" near Kessler overnight.')
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_a_boat_assault_by_troops_repelled_is_a_battle():
    events = _events("Marines repelled a boat assault by enemy troops on Kessler overnight.")
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Kessler")]


def test_a_missile_the_army_said_it_intercepted_is_a_disrupted_weapon_use_at_its_target():
    events = _events(
        "Rebel drones struck a depot in Kessler on Monday. The rebels claimed the attack and "
        "said they had also fired a missile at an airbase near Harrow, which the army said "
        "it intercepted."
    )
    assert ("Strategic developments", "asserted", "Harrow") in kinds(events)
    assert (SHELLING, "asserted", "Harrow") not in kinds(events)


def test_a_missile_the_army_said_hit_its_target_is_an_attack():
    events = _events(
        "The rebels said they had fired a missile at an airbase near Harrow, which the army "
        "said hit a fuel depot."
    )
    assert (SHELLING, "asserted", "Harrow") in kinds(events)


@pytest.mark.parametrize("launched", ["fired", "launched"])
def test_a_missile_intercepted_on_its_way_is_a_disrupted_weapon_use_where_it_was_aimed(launched):
    text = (
        f"Earlier, the army said it had intercepted a missile {launched} from Northland "
        "towards Harrow."
    )
    regions = {"Northland": (15.0, 30.0)}
    events = events_of(
        text, lambda t: hand_places(t, INVENTED_TOWNS, regions=regions), "2025-03-14"
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Disrupted weapons use", "Harrow")]


_SEAS = {"Amber Sea": (14.0, 40.0), "Gulf of Tarn": (12.0, 46.0), "Iron Sea": (16.0, 60.0)}


def _at_sea(text: str) -> list[Event]:
    return events_of(text, lambda t: hand_places(t, INVENTED_TOWNS, seas=_SEAS), "2025-03-14")


def test_ships_that_will_again_be_targeted_are_threatened_with_remote_violence():
    events = _at_sea(
        "The rebels' spokesman warned shipping companies that vessels linked to the "
        "government would again be targeted in the Amber Sea."
    )
    assert kinds(events) == {(SHELLING, "hypothetical", "Amber Sea")}


def test_a_vow_to_keep_attacking_any_ship_is_a_threat_of_remote_violence():
    events = _at_sea(
        'The rebel leader vowed to keep attacking "any ship of any company that trades '
        'with the enemy" in the Amber Sea.'
    )
    assert kinds(events) == {(SHELLING, "hypothetical", "Amber Sea")}


def test_a_threat_to_target_warships_needs_no_weapon_named():
    events = _at_sea(
        "The rebels vowed to keep targeting any ship in the Amber Sea that trades with the "
        "government."
    )
    assert kinds(events) == {(SHELLING, "hypothetical", "Amber Sea")}


def test_seas_a_threat_lists_are_one_event_at_the_first_sea():
    events = _at_sea(
        "The rebels said ships linked to the government would again be targeted in the "
        "Amber Sea, the Gulf of Tarn and the Iron Sea."
    )
    assert [(e.event_type, e.location) for e in events] == [(SHELLING, "Amber Sea")]


def test_a_toll_told_for_a_second_place_a_strike_hit_is_that_strikes_toll():
    events = _events(
        "Government jets struck the ports of Kessler and Harrow on Friday, the army said, "
        "calling it a response to repeated rebel rocket fire. Health officials said one "
        "port worker was killed in Harrow and nine people were wounded."
    )
    assert {(e.event_type, e.location) for e in events} == {
        (SHELLING, "Kessler"),
        (SHELLING, "Harrow"),
    }
