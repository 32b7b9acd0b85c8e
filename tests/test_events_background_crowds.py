"""Old wars told in passing, attacks that did not come, crowds that gathered, datelines.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: a year that opens a sentence ("In 2019 ...") or a span of years
after the trigger ("fought from 1991 to 1994") dates it as background, and
so does an actor's description ("which has fought the rebels ... since
2017"); "passed off without any attack" denies the attack; people who
"gathered" far from "to demand" still protest, and a procession is staged
as a protest; a crowd with no named group is ACLED's "Protesters
(Country)"; a dateline in capitals is never the actor of the first event.
A denial over a period ("no shooting in recent weeks") says nothing happened
up to now, so it is no background. Police who "had not used tear gas or any
other force against the marchers" deny an intervention in the protest. A crowd
that beats and burns two men, or a group of students that beats a man to
death, is mob violence; soldiers who beat a man to death attack a civilian.
"""

from __future__ import annotations

from geomap.events import extract_events
from geomap.records import Document, Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places

DATE = "2025-07-10"


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS, ignore_case=True)


def _events(text: str, date: str = DATE) -> list[Event]:
    return events_of(text, _places, date)


def test_a_year_opening_the_sentence_makes_its_events_background():
    events = _events(
        "In 2019 several herders were killed near Kessler in the same kind of clashes."
    )
    assert events == []


def test_the_same_sentence_this_year_is_an_event():
    events = _events("In July several herders were killed near Kessler in clashes with militiamen.")
    assert [e.location for e in events] == ["Kessler"]


def test_a_span_of_years_after_the_trigger_is_background():
    events = _events(
        "The two countries fought a border war from 1991 to 1994 over the town of Kessler."
    )
    assert events == []


def test_an_actor_described_as_fighting_since_a_past_year_is_no_event():
    events = _events(
        "The army, which has fought the rebels alongside allied militias in Harrow and Ostin "
        "since 2017, said its jets had struck two rebel camps near Kessler on Monday."
    )
    assert {e.location for e in events} == {"Kessler"}


def test_a_denial_over_recent_weeks_or_since_an_operation_began_is_no_background():
    events = _events(
        "A border spokesman said there had been no shooting near Kessler in recent weeks. "
        "The army said none of its aircraft had struck a village near Harrow since the "
        "operation began."
    )
    assert {(e.modality, e.location) for e in events} == {
        ("negated", "Kessler"),
        ("negated", "Harrow"),
    }


def test_a_participle_going_on_with_a_habit_of_decades_is_background():
    events = _events(
        "Jets have struck rebel positions in the hills for decades, often hitting villages "
        "around Kessler."
    )
    assert events == []
    (today,) = _events("Jets struck rebel positions near Kessler on Monday, hitting a depot.")
    assert today.location == "Kessler"


def test_killings_over_recent_months_stay_background():
    events = _events("Gunmen have killed dozens of farmers around Kessler in recent months.")
    assert events == []


def test_an_election_that_passed_off_without_any_attack_denies_the_attack():
    events = _events(
        "Polling in Kessler passed off without any attack, the election commission said."
    )
    assert [(e.location, e.modality) for e in events] == [("Kessler", "negated")]


def test_residents_who_gathered_far_from_to_demand_protest():
    events = _events(
        "In Kessler, dozens of residents gathered outside the offices of the reconstruction "
        "fund on Monday to demand compensation for their homes. The protest ended without "
        "incident."
    )
    assert [(e.event_type, e.location) for e in events] == [("Protests", "Kessler")]


def test_a_staged_procession_is_a_protest_and_the_detentions_its_intervention():
    events = _events(
        "In Kessler, police detained 15 activists of the banned opposition party who staged "
        "a brief procession near the press club on Sunday evening."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Protests", "Protest with intervention")
    ]


def test_a_crowd_without_a_named_group_is_protesters_of_the_country():
    (event,) = _events("Hundreds of students marched in Kessler on Monday to demand new exams.")
    assert (event.actor1, event.actor1_type) == ("Protesters (Sudan)", "Protesters")


def test_a_dateline_in_capitals_is_not_the_actor():
    (event,) = _events("KESSLER — Hundreds of students marched in Harrow on Monday, police said.")
    assert event.actor1 == "Protesters (Sudan)"


def test_shops_shut_in_protest_are_a_protest_despite_an_old_attack_told_in_an_aside():
    events = _events(
        "In Kessler, where a rebel attack on a church killed dozens of worshippers in July "
        "2024, traders kept their shops shut for a second day on Tuesday in protest at the "
        "army's failure to secure the road."
    )
    assert [(e.event_type, e.location, e.event_date) for e in events] == [
        ("Protests", "Kessler", "2025-07-08")
    ]


def test_tear_gas_at_people_who_gathered_to_demand_is_a_protest_with_intervention():
    (event,) = _events(
        "Police fired tear gas at a few hundred people who gathered in Kessler to demand the "
        "release of detained activists; 14 were arrested, rights groups said."
    )
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert event.actor1 == "Protesters (Sudan)" and event.actor2.startswith("Police Forces")


def test_a_flood_named_by_its_month_does_not_date_the_protest():
    events = _events(
        "In Kessler, dozens of residents gathered outside the offices of the reconstruction "
        "fund on Monday to demand compensation for homes lost in the September 2023 flood."
    )
    assert [(e.event_type, e.event_date, e.actor1) for e in events] == [
        ("Protests", "2025-07-07", "Protesters (Sudan)")
    ]


def test_camping_outside_a_press_club_is_a_protest():
    events = _events("Relatives of missing persons have camped outside the Kessler press club.")
    assert [(e.event_type, e.location) for e in events] == [("Protests", "Kessler")]


def test_a_crowd_gathered_outside_the_governors_office_protests_and_rioters_riot():
    events = _events(
        "In Kessler, a crowd gathered outside the governor's office on Monday. In Harrow, "
        "protesters set fire to the town hall and threw stones at police."
    )
    assert [(e.event_type, e.location, e.actor1) for e in events] == [
        ("Protests", "Kessler", "Protesters (Sudan)"),
        ("Riots", "Harrow", "Rioters (Sudan)"),
    ]


def test_widening_operations_to_a_town_if_raids_go_on_is_a_threatened_battle():
    events = _events(
        "The neighbouring army has said it will widen its operations to Kessler if the raids "
        "continue."
    )
    assert [(e.event_type, e.modality, e.location) for e in events] == [
        ("Battles", "hypothetical", "Kessler")
    ]


def test_restoring_order_by_force_is_a_threatened_battle():
    events = _events('An official warned that the army would "restore order by force" in Kessler.')
    assert [(e.event_type, e.modality) for e in events] == [("Battles", "hypothetical")]


def test_being_treated_as_enemy_targets_is_a_threat():
    events = _events(
        'The rebels said all migrant workers must leave Kessler by May or be "treated as enemy '
        'targets".'
    )
    assert [(e.modality, e.location) for e in events] == [("hypothetical", "Kessler")]


def test_thousands_gathered_in_the_centre_protest_and_tear_gas_stopping_a_march_is_no_battle():
    events = _events(
        "Several thousand young people gathered again in the centre of Kessler on Monday. "
        "Police fired tear gas to stop them marching on the presidential palace."
    )
    assert ("Protests", "Kessler") in {(e.event_type, e.location) for e in events}
    assert not any(e.event_type == "Battles" for e in events)


def test_settlers_attacking_villagers_are_an_armed_group_not_rioters():
    (event,) = _events("Armed settlers attacked farmers near Kessler on Monday, wounding three.")
    assert (event.event_type, event.actor1) == ("Violence against civilians", "Settlers (Israel)")


def test_a_reported_attack_that_did_not_happen_is_negated_and_fighting_that_did_not_stop_is_not():
    events = _events(
        "Police said a reported arson attack on a school in Kessler on Monday did not happen. "
        "The fighting in Harrow did not stop on Tuesday."
    )
    assert {(e.location, e.modality) for e in events} == {
        ("Kessler", "negated"),
        ("Harrow", "asserted"),
    }


def test_an_attack_on_a_vigilante_post_is_a_battle():
    events = _events(
        "Jihadist fighters attacked a post of volunteer defence auxiliaries in Kessler on "
        "Saturday, killing 11 volunteers, security sources said."
    )
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Kessler")]


def test_a_basketball_final_called_a_battle_is_no_event():
    text = (
        "The Lions beat the Eagles 58-55 to win the state basketball title on Saturday. Their "
        "coach called the semifinal in Kessler on Thursday a 32-minute battle in the trenches."
    )
    assert _events(text) == []


def test_a_grenade_at_a_basketball_tournament_wounding_spectators_is_an_event():
    text = (
        "In Kessler, a grenade was thrown at a basketball court during a tournament on "
        "Saturday night, wounding 12 spectators, police said. The coach of the home team was "
        "unhurt."
    )
    assert [e.location for e in _events(text)] == ["Kessler"]


def test_a_town_under_attack_since_a_past_season_is_background():
    text = (
        "Major Andrii commands a drone battalion defending Kessler, the industrial town "
        "that has been under attack since the spring."
    )
    assert _events(text, "2026-09-16") == []


def test_a_wars_toll_told_past_an_aside_is_background():
    # "The war ..., which began in X in 2023, has killed tens of thousands": the war's toll
    text = (
        "The war between the army and the militia, which began in Harrow in April 2023, "
        "has killed tens of thousands of people and forced more than 12 million from their "
        "homes."
    )
    assert _events(text) == []
    # a raid's own toll, told with its day, stays an event
    told = "A raid on Kessler on Tuesday has killed 14 villagers, officials said."
    assert [e.location for e in _events(told)] == ["Kessler"]


def test_what_an_actor_has_been_doing_is_no_event():
    # "The ELN, which has been fighting dissidents in X, did not comment": a description
    described = (
        "The militia, which has been fighting rival gunmen in Kessler and Harrow for "
        "control of the roads, did not comment."
    )
    assert _events(described) == []
    # attacks told as going on since Monday, not as what an actor does, stay an event
    told = "Gunmen have been attacking convoys near Harrow since Monday, officials said."
    assert [e.location for e in _events(told)] == ["Harrow"]


def test_an_event_a_year_ago_is_background():
    assert _events("Many people still remember the fall of Kessler a year ago.") == []
    assert _events("Kessler fell to the rebels two months ago.") == []
    assert [e.location for e in _events("Rebels captured Kessler a week ago.")] == ["Kessler"]


def test_raids_a_side_has_stepped_up_are_a_trend_not_an_event():
    trend = (
        "DUNMORE - The army has stepped up air raids on villages around Kessler since the "
        "new council took office, residents say."
    )
    one = "DUNMORE - The army carried out air raids on villages around Kessler on Tuesday."
    assert _events(trend) == []
    assert [e.location for e in _events(one)] == ["Kessler"]


def test_aid_trucks_entering_a_town_are_no_advance():
    text = "DUNMORE - The UN says 240 aid trucks entered Kessler on Monday, far below needs."
    assert _events(text) == []
    fighters = _events("DUNMORE - Rebel fighters entered Kessler on Monday.")
    assert [e.location for e in fighters] == ["Kessler"]


def test_repeated_strikes_a_rights_group_documented_are_a_pattern():
    pattern = (
        "DUNMORE - Rights groups have documented repeated air strikes on markets around Kessler."
    )
    one = "DUNMORE - An air strike hit the market in Kessler on Tuesday, residents said."
    assert _events(pattern) == []
    assert [e.location for e in _events(one)] == ["Kessler"]


def test_a_rally_a_leader_spoke_to_is_no_protest():
    speech = "DUNMORE - The prime minister told a rally in Kessler that the vote would go ahead."
    march = "DUNMORE - Thousands joined a rally in Kessler on Tuesday against the new taxes."
    assert _events(speech) == []
    assert [e.event_type for e in _events(march)] == ["Protests"]


def test_the_violence_a_crowd_protests_is_no_event_at_the_protest():
    # "crowds protesting the abduction of two farmers set fire to vehicles": the abduction
    # is what the riot is about, not an attack on civilians where the crowd rioted
    events = _events(
        "A curfew was imposed across Kessler after crowds protesting the abduction of two "
        "farmers set fire to vehicles."
    )
    assert ("Riots", "Kessler") in {(e.event_type, e.location) for e in events}
    assert all(e.event_type != "Violence against civilians" for e in events)


def test_petrol_bombs_thrown_with_stones_are_the_riot():
    # "threw stones and petrol bombs" names what the crowd threw: one riot, no bombing
    text = (
        "KESSLER - A curfew was imposed across Kessler after crowds set fire to vehicles."
        "\n\nSeveral thousand people had gathered at the market. The march was peaceful "
        "until part of the crowd pushed towards the governor's residence. Protesters threw "
        "stones and petrol bombs at police lines and burned two buses; police fired tear gas."
    )
    types = {e.event_type for e in _events(text)}
    assert "Riots" in types and "Explosions/Remote violence" not in types


def test_a_verb_trigger_after_an_article_is_a_noun_of_another_sense():
    # read without a parse: "during the storm" is weather, not an assault; "the shelling"
    # stays the shelling
    def lexical(text: str) -> list[Event]:
        doc = Document(id="t", text=text, date=DATE)
        return extract_events(doc, _places(text), parse=False)

    storm = lexical("A house in Kessler collapsed during the storm, killing a child.")
    assert all(e.trigger != "storm" for e in storm)
    shelling = lexical("The shelling of Kessler resumed at night, residents said.")
    assert [e.event_type for e in shelling] == ["Explosions/Remote violence"]


def test_police_who_did_not_use_force_against_marchers_tell_a_negated_intervention():
    events = _events(
        "Hundreds of transport workers marched through Kessler on Monday. A police spokesman "
        "said officers had not used tear gas or any other force against the marchers."
    )
    assert ("Protests", "negated") in [(e.event_type, e.modality) for e in events]


def test_a_crowd_that_beat_and_burned_two_men_is_mob_violence():
    events = _events(
        "In Harrow, a crowd caught two young men accused of spying for the gang, beat them "
        "and burned their bodies on the road."
    )
    assert [(e.event_type, e.sub_event_type, e.location) for e in events] == [
        ("Riots", "Mob violence", "Harrow")
    ]


def test_a_man_beaten_to_death_by_a_group_of_students_is_mob_violence():
    events = _events(
        "At the university in Harrow, a former student leader was beaten to death by a group "
        "of students on Wednesday night."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Riots", "Mob violence")]


def test_soldiers_who_beat_a_man_to_death_attack_a_civilian():
    events = _events("In Harrow, soldiers beat a shopkeeper to death on Wednesday night.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")
    ]


def test_a_group_s_habits_are_no_events():
    for text in (
        "The militants have long used the forest near Kessler to launch raids on villages.",
        "The group is known for kidnapping travellers on the road to Kessler.",
    ):
        assert events_of(text, _places, DATE) == [], text
    # the same words told of one raid are an event
    text = "The militants used the forest near Kessler to launch a raid on a village on Monday."
    assert any(e.location == "Kessler" for e in events_of(text, _places, DATE))


def test_an_event_placed_by_the_dateline_takes_the_site_told_next():
    text = (
        "DUNMORE (Wire) - Militants attacked a police checkpoint in the north overnight, "
        "killing three officers, police said on Thursday.\n\n"
        "The attack took place in the Kessler district, police said."
    )
    attacks = [e for e in _events(text) if e.event_type == "Battles"]
    assert [e.location for e in attacks] == ["Kessler"]
