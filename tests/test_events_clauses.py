"""Clause-level rules that make extraction carry over to new wars and phrasings.

Each test states one mechanism on a sentence written for it (places are
built by hand, so the geoparser plays no part): denials that follow the
event, participles that describe people, several events in one sentence,
disrupted weapons, purpose clauses, summaries, lists of sites, crowds.
"""

from __future__ import annotations

import pytest

from geomap.events.dedupe import dedupe_events
from geomap.events.linking import link_location
from geomap.events.nlp import load_nlp
from geomap.records import Event, Place
from tests.event_fixtures import events_of, hand_places, kinds

TOWNS = {"Dori": (14.03, -0.03), "Djibo": (14.1, -1.63), "Kaya": (13.09, -1.08)}
REGIONS = {"Sahel Region": (14.0, -0.5), "Centre-Nord": (13.2, -1.1)}


def _places(text: str) -> list[Place]:
    return hand_places(text, TOWNS, country="BF", population=50_000, regions=REGIONS)


def _events(text: str, date: str = "2024-03-09") -> list[Event]:
    return events_of(text, _places, date, doc_id="bf")


_kinds = kinds


def test_a_denial_after_the_event_leaves_it_alone():
    events = _events(
        "A military spokesman said troops would retake Djibo soon and denied that the "
        "battalion there had surrendered."
    )
    assert ("Battles", "hypothetical", "Djibo") in _kinds(events)
    assert all(e.modality != "negated" for e in events)


def test_a_participle_naming_people_is_not_an_arrest():
    events = _events(
        "Relatives of detained officers gathered in Dori on Monday to demand their release."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Protests", "Peaceful protest")]


def test_arrests_told_with_a_protest_are_its_intervention():
    events = _events(
        "Hundreds of people rallied in Kaya on Monday and police detained several of them."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Protests", "Protest with intervention")
    ]


def test_two_clauses_with_their_own_actor_and_place_are_two_events():
    events = _events(
        "On Monday a car bomb exploded at a military base in Dori, killing seven people, and "
        "in Djibo, gunmen shot dead five guests at a hotel."
    )
    by_place = {e.location: e for e in events}
    assert by_place["Dori"].event_type == "Explosions/Remote violence"
    assert by_place["Djibo"].event_type == "Violence against civilians"  # no car bomb there
    assert len(events) == 2


def test_a_defused_bomb_is_a_disrupted_weapon_not_an_explosion():
    (event,) = _events("Soldiers found and defused a roadside bomb near Kaya on Sunday.")
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments",
        "Disrupted weapons use",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "An improvised explosive device was detected by a patrol on the road near Kaya and "
        "was destroyed in situ by the bomb squad.",
        "Soldiers found a second device buried in the sand near Kaya and destroyed it in a "
        "controlled blast.",
        "Police said a landmine was discovered near Kaya on Sunday and made safe.",
    ],
)
def test_a_bomb_found_and_destroyed_before_it_went_off_is_a_disrupted_weapon(sentence):
    (event,) = _events(sentence)
    assert (event.event_type, event.sub_event_type, event.location) == (
        "Strategic developments",
        "Disrupted weapons use",
        "Kaya",
    )


def test_air_operations_are_air_strikes_and_their_operations_centre_is_not():
    events = _events("Air operations near Djibo killed three fighters on Tuesday.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Explosions/Remote violence", "Air/drone strike")
    ]
    assert _events("The air operations centre in Djibo said it tracked four aircraft.") == []


def test_harming_people_is_an_attack_and_leaving_without_harming_them_denies_it():
    (attack,) = _events("Gunmen harmed villagers in Kaya on Monday, residents said.")
    assert (attack.event_type, attack.modality) == ("Violence against civilians", "asserted")
    (denied,) = _events("The soldiers did not harm anyone at the market in Kaya on Monday.")
    assert (denied.event_type, denied.modality) == ("Violence against civilians", "negated")
    events = _events(
        "On Monday insurgents looted shops in Djibo and left the town without harming residents."
    )
    assert ("Strategic developments", "asserted", "Djibo") in _kinds(events)
    assert ("Violence against civilians", "asserted", "Djibo") not in _kinds(events)


def test_a_denial_of_harming_civilians_after_an_attack_on_them_is_its_reply():
    events = _events(
        "Fighters stormed a village near Kaya on Monday, killing nine residents. The group "
        "denied harming civilians."
    )
    assert ("Violence against civilians", "negated", "Kaya") not in _kinds(events)


def test_an_institution_named_by_a_harm_is_no_event():
    assert _events("The decision will harm the economy of Kaya, traders said.") == []


def test_a_call_to_investigate_or_to_stop_violence_tells_no_new_event():
    events = _events(
        "Gunmen shot dead four villagers in Kaya on Monday. The UN human rights office "
        "called for a prompt investigation into the killings in Kaya."
    )
    assert [(e.modality, e.location) for e in events] == [("asserted", "Kaya")]
    stop = _events("A rights group called on the army to stop indiscriminate air strikes on Djibo.")
    assert stop == []
    # a stop that is a place, and a plan that is no call, stay what they are
    (stabbing,) = _events("A man stabbed a passer-by at a bus stop in Kaya on Tuesday.")
    assert stabbing.modality == "asserted"
    (plan,) = _events("The army plans to end the siege of Djibo by storming the rebels' positions.")
    assert (plan.modality, plan.location) == ("hypothetical", "Djibo")


def test_a_purpose_clause_does_not_borrow_the_last_place():
    events = _events(
        "Militants attacked an army post in Djibo on Friday. "
        "Two gangs announced that they had merged into one alliance to fight the army."
    )
    assert [e.trigger for e in events if e.event_type == "Battles"] == ["attacked"]


def test_a_conditional_clause_lends_no_weapon_to_the_threat():
    (event,) = _events("The rebels threatened to attack Dori if the army kept shelling villages.")
    assert (event.event_type, event.modality, event.location) == ("Battles", "hypothetical", "Dori")


def test_background_durations_and_earlier_events_are_not_new_events():
    events = _events("After weeks of fighting, traders in Kaya reopened their shops on Monday.")
    assert events == []
    events = _events("Women freed from an earlier kidnapping in Kaya spoke to reporters on Monday.")
    assert events == []


def test_attacks_spread_across_a_region_sum_up_the_events_told_after():
    events = _events(
        "Separatists staged coordinated attacks across Sahel Region on Monday. "
        "Near Dori, gunmen shot dead 23 men on a highway, police said."
    )
    assert [e.location for e in events] == ["Dori"]


def test_people_taken_from_a_town_were_taken_there():
    (event,) = _events("Bandits abducted 40 villagers from Kaya on Saturday night.")
    assert (event.sub_event_type, event.location) == ("Abduction/forced disappearance", "Kaya")


def test_every_site_of_a_list_gets_its_event():
    events = _events(
        "Warplanes struck targets across the north overnight, including a base in Dori and "
        "depots near Kaya, the army said."
    )
    assert {e.location for e in events if e.event_type == "Explosions/Remote violence"} == {
        "Dori",
        "Kaya",
    }


def test_the_province_is_the_province_named_before():
    events = _events(
        "Militants attacked a checkpoint in Dori in Sahel Region on Monday. "
        "Could the army now launch an offensive in the province?"
    )
    assert ("Battles", "hypothetical", "Sahel Region") in _kinds(events)


def test_the_region_is_the_one_its_own_paragraph_named_last():
    # the story's first region is named in another paragraph: "the region" after an attack
    # in Centre-Nord is Centre-Nord
    events = _events(
        "Militants attacked a checkpoint in Sahel Region on Monday.\n\n"
        "Drones struck a depot in Centre-Nord on Tuesday. The army said it had destroyed 22 "
        "drones over the region."
    )
    placed = {(e.event_type, e.location) for e in events}
    assert ("Strategic developments", "Centre-Nord") in placed
    assert ("Strategic developments", "Sahel Region") not in placed


def test_a_region_named_as_where_missiles_came_from_is_not_the_region():
    events = _events(
        "Drones struck a depot in Centre-Nord on Tuesday.\n\n"
        "The army said the drones were launched from Sahel Region and that it had destroyed 22 "
        "drones over the region."
    )
    placed = {(e.event_type, e.location) for e in events}
    assert ("Strategic developments", "Sahel Region") not in placed


def test_a_crowd_that_storms_a_building_riots():
    events = _events(
        "Hundreds of supporters of a cleric stormed an embassy in Kaya and set part of it on fire."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Riots", "Violent demonstration")
    ]


def test_police_firing_on_marchers_is_the_same_protest():
    events = _events(
        "Thousands of residents marched in Dori on Friday to demand peace. "
        "Police opened fire when some of them approached the barracks, killing one protester."
    )
    (event,) = [e for e in events if e.event_type == "Protests"]
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.event_date == "2024-03-08"


def test_an_abduction_and_a_rape_in_one_district_stay_two_events():
    kw = {"geonameid": 3, "country": "Burkina Faso", "modality": "asserted"}
    abduction = Event("1", "d", "Violence against civilians", "Abduction/forced disappearance",
                      "Political violence", **kw)  # fmt: skip
    rape = Event("2", "d", "Violence against civilians", "Sexual violence", "Political violence",
                 **kw)  # fmt: skip
    assert len(dedupe_events([abduction, rape])) == 2


def _link(text: str, verb: str, names: dict[str, str]) -> str | None:
    places = []
    for name, feature in names.items():
        start = text.index(name)
        places.append(Place(start, start + len(name), name, name=name, geonameid=len(places) + 1,
                            feature=feature, lat=1.0, lon=1.0, population=5_000))  # fmt: skip
    start = text.index(verb)
    doc = load_nlp()(text)
    result = link_location(text, (start, start + len(verb)), places, parsed=doc)
    return result.place.text if result.place else None


def test_a_month_abbreviation_is_not_the_place():
    text = "Soldiers shot a driver on Nov. 17 at a checkpoint in Djibo."
    assert _link(text, "shot", {"Nov": "city", "Djibo": "city"}) == "Djibo"


def test_a_town_named_like_a_person_is_a_place_after_in():
    text = "At least 14 people were killed in the town of Raga when fighting erupted."
    assert _link(text, "erupted", {"Raga": "city"}) == "Raga"


def test_residents_speak_from_where_they_live():
    text = "Residents of Koro said the militants had attacked a convoy."
    assert _link(text, "attacked", {"Koro": "city"}) == "Koro"


def test_an_after_clause_with_its_own_subject_is_an_event_of_its_own():
    events = _events(
        "Drivers marched in Kaya on Thursday, a day after a bus driver was shot dead at the "
        "wheel in Dori."
    )
    kinds = _kinds(events)
    assert ("Protests", "asserted", "Kaya") in kinds
    assert ("Violence against civilians", "asserted", "Dori") in kinds


def test_a_toll_clause_without_a_subject_stays_the_toll():
    events = _events("An air strike hit the market in Dori on Monday, killing 12 people.")
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


def test_a_modal_relative_clause_tells_a_plan_for_the_place_before_it():
    events = _events(
        "The victory opens the road to Djibo, which our forces will enter soon, the army said."
    )
    assert ("Battles", "hypothetical", "Djibo") in _kinds(events)


def test_a_nationwide_trend_does_not_borrow_the_last_place():
    events = _events(
        "Drones struck the airport in Djibo on Friday. "
        "Across the country, the militants have stepped up drone attacks."
    )
    assert [e.trigger for e in events] == ["struck"]


def test_repelling_the_attack_told_before_is_that_attack():
    events = _events(
        "A suicide car bomb exploded at the army camp in Djibo on Tuesday. "
        "The army said it repelled the attack and killed 14 assailants."
    )
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


def test_a_march_to_mourn_a_man_killed_at_a_celebration_is_a_protest_and_a_killing():
    events = _events(
        "Thousands of people marched in Kaya on Sunday to mourn the mayor, who was shot dead "
        "on Saturday night during a celebration in the main square."
    )
    kinds = _kinds(events)
    assert ("Protests", "asserted", "Kaya") in kinds
    assert ("Violence against civilians", "asserted", "Kaya") in kinds


def test_crowds_celebrating_do_not_protest():
    events = _events("Celebrations broke out in Kaya, where crowds waved flags and chanted.")
    assert not events


def test_failing_to_take_the_garrison_named_before_is_a_failed_capture():
    events = _events(
        "Militants attacked the army garrison in Djibo on Tuesday. "
        "Officers said the militants had failed to take the garrison."
    )
    assert ("Battles", "negated", "Djibo") in _kinds(events)


def test_what_the_attackers_burned_is_the_attack_told_before():
    events = _events(
        "Hundreds of militants attacked the army base in Djibo on Sunday, killing 40 soldiers. "
        "The attackers freed prisoners and set fire to the governor's office."
    )
    assert all(e.event_type != "Strategic developments" for e in events)


def test_a_toll_over_the_past_decade_is_background():
    events = _events(
        "The group has killed thousands of civilians in Djibo over the past decade, officials said."
    )
    assert not events
