"""Claims one side makes, strikes justified after the fact, capitals in roundups, and
weapons or threats told in words the lexicon lacked before.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "Reports of an attack on Dunmore are incorrect" denies the attack, like "are false";
- "Allegations by the SPLM-N that an air strike on Dunmore killed eleven civilians are
  fabricated" is one side's account that the other rejects: the strike stands
  (asserted), while the same words about unattributed "reports" deny it;
- "confirmed it hit the depot, calling it a legitimate target" justifies a strike that
  was told, it threatens no new one;
- "to celebrate the fall of the government" is a ruler's fall, not a town's;
- an ambushed convoy whose "army escort lost four soldiers" after a semicolon had armed
  men to fight back (a battle); with no escort, the attack fell on civilians;
- "a bomb hidden under a culvert killed a soldier" is a remote explosive;
- "warned that it would use force against any group that refuses to leave" threatens
  a battle;
- a gang boss warning that "his men will attack Dunmore" threatens the town's people;
- Viv Ansanm, a gang coalition the dictionary marks as predatory, threatening to attack
  Dunmore "if the police keep coming" threatens its people (a condition names no target);
- a place the parser takes for an organisation ("Hinche 'is next'") is no actor, nor is a
  dateline it joins to the first word of the story ("KESSLER - Banners");
- "neither reported any shooting near Dunmore" denies it;
- "recaptured Dunmore, a town that the rebels seized in April 2024": the date of the clause
  describing the town is not the recapture's;
- a suicide car bomb rammed into a camp "before gunmen tried to storm it" is one attack, a
  suicide bombing, not also a takeover;
- an arrest "without a shot fired" fired nothing; an "armed strike" is a stoppage enforced by
  threat, and "any vehicle found on the roads would be attacked" threatens civilians, as
  does "anyone who joined the militias would be killed";
- "threatened in videos posted online to attack" is a threat, whatever the parser hangs the
  infinitive on; fuel tankers "treated as military targets" are civilians threatened; a
  "deadline for a final peace agreement" that passed made no agreement;
- "the capital" in a live blog of several countries is the capital of the country its
  paragraph is about; a story mostly about one country keeps that country's capital;
- troops who "entered the village ... and detained three young men" made an arrest, not a
  battle for the village; a storming that killed soldiers stays a battle;
- a missile "fired at Dunmore" and, in the next sentence, "intercepted before it reached
  the city" is one attack stopped in flight (a disrupted weapon use at Dunmore), unless the
  next sentence says some got through;
- a border closure "hitting traders in Dunmore" is a loss, not a strike; delegations that
  "work on a draft peace agreement" have made none; people "arrested in Dunmore for
  looting" are an arrest, the looting its charge; "gangs fighting over drug routes" says
  who the gangs are, no clash;
- air defences that "brought down 57 drones, 19 of them over Dunmore" and a tally of "105
  drones downed overnight" stopped the drones (a disrupted weapon use at each place named),
  while a helicopter "brought down by a drone attack" was struck;
- "any move on Dunmore would be met with force", "will be dealt with decisively", "will face
  decisive action" threaten a battle, and never tell one that happened;
- "no drone had reached Dunmore" denies a drone strike on the town, as "no drone hit it"
  did;
- camps that "will once again be a target" and convoys that "would remain targets" are
  threatened; a town that "would be a target for criticism" is not.
"""

from __future__ import annotations

import pytest

from gazetteer.countries import capital_of
from geomap.events.actors import demonym_table
from geomap.events.capitals import capital_places
from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds

VAC = "Violence against civilians"
EXPLOSIONS = "Explosions/Remote violence"


def _events(text: str, towns=INVENTED_TOWNS) -> list[Event]:
    return events_of(text, lambda t: hand_places(t, towns), "2025-05-13")


def _told(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.sub_event_type, e.modality, e.location, e.actor1) for e in events]


def test_reports_called_incorrect_are_denied():
    events = _events(
        "Reports of an RSF attack on Dunmore on 12 May are incorrect, local authorities said."
    )
    assert kinds(events) == {("Battles", "negated", "Dunmore")}, _told(events)


def test_a_named_sides_allegation_that_the_other_calls_fabricated_stands_as_its_account():
    events = _events(
        "Allegations by the SPLM-N that an air strike on Dunmore on 12 May killed eleven "
        "civilians are fabricated."
    )
    assert kinds(events) == {(EXPLOSIONS, "asserted", "Dunmore")}, _told(events)


def test_unattributed_reports_called_fabricated_are_denied():
    events = _events(
        "Reports that an air strike on Dunmore on 12 May killed eleven civilians are fabricated."
    )
    assert kinds(events) == {(EXPLOSIONS, "negated", "Dunmore")}, _told(events)


def test_a_strike_called_a_legitimate_target_after_it_was_told_threatens_nothing():
    events = _events(
        "The general staff confirmed it hit the fuel depot in Dunmore, calling it a legitimate "
        "target that supplies the army."
    )
    assert all(e.modality != "hypothetical" for e in events), _told(events)


def test_the_fall_of_a_government_is_no_battle():
    events = _events(
        "In Dunmore, thousands gathered in the main square for a second day to celebrate the "
        "fall of the government."
    )
    assert all(e.event_type != "Battles" for e in events), _told(events)


def test_an_escort_named_after_a_semicolon_makes_the_ambush_a_battle():
    events = _events(
        "On 10 May, militants ambushed a convoy of tanker trucks near Dunmore, setting 20 of "
        "them on fire; the army escort lost four soldiers."
    )
    assert kinds(events) == {("Battles", "asserted", "Dunmore")}, _told(events)


def test_an_unescorted_convoy_ambushed_is_an_attack_on_civilians():
    events = _events(
        "On 10 May, militants ambushed a convoy of tanker trucks near Dunmore, setting 20 of "
        "them on fire."
    )
    assert kinds(events) == {(VAC, "asserted", "Dunmore")}, _told(events)


def test_a_hidden_bomb_that_killed_is_a_remote_explosive():
    events = _events(
        "In Dunmore, a bomb hidden under a culvert killed a soldier during a patrol on Wednesday."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        (EXPLOSIONS, "Remote explosive/landmine/IED")
    ], _told(events)


def test_a_warning_to_use_force_threatens_a_battle():
    events = _events(
        'The government warned that it would "use force" against any group that refuses to '
        "leave its positions around Dunmore."
    )
    assert kinds(events) == {("Battles", "hypothetical", "Dunmore")}, _told(events)


def test_a_gang_boss_threatening_with_his_men_threatens_the_towns_people():
    events = _events(
        "In a voice note, a gang boss warned that his men will attack Dunmore next week."
    )
    assert kinds(events) == {(VAC, "hypothetical", "Dunmore")}, _told(events)


def test_a_place_the_parser_calls_an_organisation_is_no_actor():
    events = _events(
        "Gangs burned dozens of houses in Kessler on Monday. But gang leaders have warned on "
        'social media that Hinche "is next".',
        towns={**INVENTED_TOWNS, "Hinche": (19.15, -72.0)},
    )
    assert [e.location for e in events if e.modality == "hypothetical"] == ["Hinche"]
    assert all(e.actor1 != "Hinche" for e in events), _told(events)


def _country(name: str, code: str, start: int) -> Place:
    return Place(start, start + len(name), name, name=name, geonameid=abs(hash(code)) % 10**6,
                 feature="country", country_code=code, lat=1.0, lon=1.0)  # fmt: skip


def _capitals(text: str, countries: list[tuple[str, str]]) -> list[str]:
    places = []
    for name, code in countries:
        start = -1
        while (start := text.find(name, start + 1)) >= 0:
            places.append(_country(name, code, start))
    places.sort(key=lambda p: p.start)
    return [p.name for p in capital_places(text, places, demonym_table())]


def test_the_capital_in_a_roundup_is_that_of_the_paragraphs_country():
    text = (
        "We start in Peru, where a night of unrest in the capital has left one man dead.\n\n"
        "In Madagascar, thousands gathered again. The UN says 22 people were killed in the "
        "capital last month.\n\n"
        "Pakistan: police arrested 1,000 marchers. Pakistan says the march is banned.\n\n"
        "Georgia: a few thousand people rallied again."
    )
    countries = [("Peru", "PE"), ("Madagascar", "MG"), ("Pakistan", "PK"), ("Georgia", "GE")]
    assert _capitals(text, countries) == [capital_of("PE").name, capital_of("MG").name]


def test_a_story_about_one_country_keeps_its_capital_where_a_paragraph_names_another():
    text = (
        "Fighting went on across Sudan, and Sudan's army said it held its lines. Sudan's "
        "allies sent arms.\n\nRefugees crossed into Chad. In the capital, police detained "
        "dozens of students."
    )
    capitals = _capitals(text, [("Sudan", "SD"), ("Chad", "TD")])
    assert capitals == [capital_of("SD").name]


def test_shooting_that_neither_side_reported_is_denied():
    events = _events(
        "Both defence ministries said the border had been calm over the weekend, and neither "
        "reported any shooting near Dunmore."
    )
    assert {e.modality for e in events} == {"negated"}, _told(events)


def test_the_date_of_a_clause_describing_the_town_is_not_the_events():
    # "a town ... that the rebels seized in April 2024": the seizure is old, the recapture new
    events = _events(
        "The army said on Monday that its forces had recaptured Dunmore, a town in the north "
        "that the rebels seized in April 2024."
    )
    assert kinds(events) == {("Battles", "asserted", "Dunmore")}, _told(events)


def test_a_coalition_of_gangs_threatening_a_town_threatens_its_people():
    # the dictionary marks Viv Ansanm as predatory, like gangs and bandits
    events = _events(
        'In a video posted online, Viv Ansanm threatened to attack Dunmore "if the police '
        'keep coming".'
    )
    assert kinds(events) == {(VAC, "hypothetical", "Dunmore")}, _told(events)


def test_a_suicide_car_bomb_and_the_storming_that_followed_are_one_attack():
    events = _events(
        "A bomber rammed an explosives-laden vehicle into the outer wall of the army camp in "
        "Dunmore before gunmen tried to storm it; all five attackers were killed."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [(EXPLOSIONS, "Suicide bomb")], (
        _told(events)
    )


def test_an_arrest_without_a_shot_fired_is_no_battle():
    events = _events(
        "Cartel gunmen fought soldiers with rifles and grenades in Kessler on Thursday. Marines "
        "arrested a suspected regional boss of the cartel in Dunmore on Friday without a shot "
        "fired, the navy said."
    )
    at_dunmore = [e.sub_event_type for e in events if e.location == "Dunmore"]
    assert at_dunmore == ["Arrests"], _told(events)


def test_an_armed_strike_is_a_stoppage_not_an_air_strike_and_its_threat_falls_on_drivers():
    events = _events(
        "The rebels announced what they call an armed strike in Dunmore from Monday, warning "
        "that any vehicle found on the roads would be attacked."
    )
    assert kinds(events) == {(VAC, "hypothetical", "Dunmore")}, _told(events)


def test_anyone_threatened_for_joining_a_militia_is_a_civilian():
    events = _events(
        "The militants gathered residents at the market in Dunmore and warned that anyone who "
        "joined the volunteer militias would be killed, he said."
    )
    assert (VAC, "hypothetical", "Dunmore") in kinds(events), _told(events)


def test_a_threat_with_words_before_its_infinitive_is_still_a_threat():
    events = _events(
        "Separatist commanders have threatened in videos posted online to attack any school "
        "that reopens in Dunmore before their demands are met."
    )
    assert {e.modality for e in events} == {"hypothetical"}, _told(events)


def test_fuel_tankers_treated_as_military_targets_are_civilians_threatened():
    events = _events(
        "The group has warned transporters that fuel tankers heading to Dunmore will be treated "
        "as military targets, a threat that has already pushed up prices."
    )
    assert kinds(events) == {(VAC, "hypothetical", "Dunmore")}, _told(events)


def test_a_deadline_for_a_peace_agreement_that_passed_is_no_agreement():
    events = _events(
        "Talks between the government and the rebels in Dunmore have stalled, and a "
        "mid-August deadline for a final peace agreement passed without a deal."
    )
    assert all(e.sub_event_type != "Agreement" for e in events), _told(events)


def test_a_denied_bandit_attack_on_a_town_falls_on_its_people():
    # "bandit" before the noun names the attackers as well as "bandits" does
    events = _events("Police have dismissed reports of a bandit attack on Dunmore.")
    assert kinds(events) == {(VAC, "negated", "Dunmore")}, _told(events)


def test_a_dateline_the_parser_joins_to_the_first_word_is_no_actor():
    events = _events(
        "KESSLER - Banners signed by a criminal group appeared on bridges in Dunmore on "
        "Thursday threatening to kill the relatives of police officers."
    )
    assert events and all("KESSLER" not in (e.actor1 or "") for e in events), _told(events)


@pytest.mark.parametrize(
    "opening",
    [
        "KESSLER, Sudan - Gunmen attacked a police station in Dunmore on Sunday.",
        "ZAHEDAN, Iran - Gunmen attacked a police station in Dunmore on Sunday.",
        "KESSLER: Tribal fighters attacked a police checkpoint near Dunmore on Monday.",
    ],
)
def test_a_dateline_with_its_country_or_a_heading_in_capitals_is_no_actor(opening):
    events = _events(opening)
    heading = opening.split(",")[0].split(":")[0]
    assert events and all(heading not in (e.actor1 or "") for e in events), _told(events)


def test_an_entry_into_a_village_told_with_the_detentions_it_made_is_an_arrest():
    events = _events(
        "Troops entered the village of Dunmore before dawn on Tuesday, searched several homes "
        "and detained three young men, residents said."
    )
    assert [e.sub_event_type for e in events] == ["Arrests"], _told(events)


def test_a_storming_that_killed_soldiers_stays_a_battle_beside_its_arrests():
    events = _events(
        "Rebels stormed Dunmore on Tuesday, killing four soldiers, and detained the district "
        "commissioner."
    )
    assert {e.event_type for e in events} == {"Battles", "Strategic developments"}, _told(events)


def test_a_launch_intercepted_in_the_next_sentence_is_one_disrupted_attack():
    events = _events(
        "The rebels said on Monday they had fired a ballistic missile at Dunmore. The army said "
        "the missile was intercepted before it reached the city."
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Disrupted weapons use", "Dunmore")
    ], _told(events)


def test_a_launch_that_partly_got_through_stays_an_attack():
    events = _events(
        "The rebels fired rockets at Dunmore on Monday. The army said three were intercepted "
        "but two fell near the market, wounding four people."
    )
    assert EXPLOSIONS in {e.event_type for e in events}, _told(events)


def test_an_economic_blow_is_no_strike():
    events = _events("Traders say the closure of the border is hitting markets in Dunmore.")
    assert events == [], _told(events)


def test_a_weapon_described_by_its_price_still_strikes():
    events = _events("A low-cost drone hit a fuel depot in Dunmore on Monday.")
    assert kinds(events) == {(EXPLOSIONS, "asserted", "Dunmore")}, _told(events)


def test_work_on_a_draft_agreement_made_no_agreement():
    events = _events(
        "Delegations from both sides were in Dunmore this week to work on a draft peace agreement."
    )
    assert events == [], _told(events)


def test_the_charge_of_an_arrest_is_no_event_of_its_own():
    events = _events("Police said 82 people had been arrested in Dunmore for looting.")
    assert [e.sub_event_type for e in events] == ["Arrests"], _told(events)


def test_gangs_fighting_over_routes_describes_the_gangs():
    events = _events(
        "Gunmen shot dead five people in a bar in Dunmore on Friday, in the latest attack "
        "blamed on gangs fighting over drug routes through the port."
    )
    assert [e.event_type for e in events] == [VAC], _told(events)


def test_drones_brought_down_over_two_towns_are_two_disrupted_attacks():
    events = _events(
        "The ministry says air defences brought down 57 drones overnight, 19 of them over "
        "Dunmore and 11 over Kessler."
    )
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Disrupted weapons use", "Dunmore"),
        ("Disrupted weapons use", "Kessler"),
    ], _told(events)


def test_a_tally_of_drones_downed_is_a_disrupted_attack():
    events = _events("The morning tally: 105 drones downed overnight, 35 of them over Dunmore.")
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Disrupted weapons use", "Dunmore")
    ], _told(events)


def test_a_helicopter_brought_down_by_a_drone_was_struck():
    events = _events(
        "In Dunmore, a police helicopter was brought down by a drone attack on Tuesday."
    )
    assert [e.event_type for e in events] == [EXPLOSIONS], _told(events)


def test_a_move_met_with_force_is_a_threatened_battle():
    events = _events("The army warned that any move on Dunmore would be met with force.")
    assert kinds(events) == {("Battles", "hypothetical", "Dunmore")}, _told(events)


def test_a_threat_formula_tells_no_battle_that_happened():
    events = _events("Police in Dunmore were met with force when they entered the market.")
    assert all(e.modality == "hypothetical" for e in events), _told(events)


def test_no_drone_reaching_a_town_denies_a_strike_on_it():
    events = _events("The regional government said no drone had reached Dunmore overnight.")
    assert kinds(events) == {(EXPLOSIONS, "negated", "Dunmore")}, _told(events)


@pytest.mark.parametrize(
    "sentence",
    [
        'He warned that if talks stall, the camps in Dunmore "will once again be a target".',
        "A rebel spokesman said army convoys near Dunmore would remain targets.",
    ],
)
def test_what_will_be_a_target_is_threatened(sentence):
    assert any(m == "hypothetical" and at == "Dunmore" for _, m, at in kinds(_events(sentence)))


def test_a_target_of_criticism_is_no_threat():
    assert not _events("The minister said Dunmore would be a target for criticism.")
