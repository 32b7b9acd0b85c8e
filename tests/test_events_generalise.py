"""Mechanisms that carry extraction to text it was not tuned on (round two).

Every sentence here was written for its test; places are built by hand, so
the geoparser plays no part. Each test states one general mechanism: the
dateline as a last resort, how a claim, a call, a failed attempt or a
question changes modality, what an assault did as its type, who moves into
a town, weapons told by where they landed, words that only look violent
(sport, films, storms, a struggle "to restore power"), background told by a
year or a duration, and one event told by both sides. "The bodies of six men
were found" tells a killing anew: the count makes it no back-reference. Maoists,
khwarij and counted militants killed by forces fought them (a battle), however
many words describe them before the verb.
"""

from __future__ import annotations

import pytest

from geomap.events.actors import find_actors
from geomap.events.coding import code_event, instrument
from geomap.events.dedupe import dedupe_events
from geomap.events.modality import classify_modality
from geomap.events.nlp import load_nlp
from geomap.events.places import speaker_places
from geomap.events.sentences import split_sentences
from geomap.events.triggers import find_triggers
from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds, located_battle, span

TOWNS = INVENTED_TOWNS


def _places(text: str) -> list[Place]:
    return hand_places(text, TOWNS, ignore_case=True)


def _events(text: str, date: str = "2025-03-14") -> list[Event]:
    return events_of(text, _places, date)


_kinds = kinds
_span = span
_event = located_battle


def _modality(sentence: str, word: str) -> str:
    parsed = load_nlp()(sentence)
    return classify_modality(sentence, _span(sentence, word), parsed=parsed).modality


# ------------------------------------------------------------------ datelines


def test_the_dateline_is_the_site_of_an_event_the_story_places_nowhere_else():
    events = _events(
        "DUNMORE - Police detained at least 20 people on Saturday as relatives of conscripts "
        "held a silent protest outside the defence ministry to demand their release."
    )
    assert {(e.event_type, e.location) for e in events} == {("Protests", "Dunmore")}
    (protest,) = events
    assert protest.geo_precision == 2 and "dateline" in protest.geo_method


def test_a_dateline_never_beats_a_place_the_sentence_names():
    events = _events("DUNMORE - Rebel artillery shelled the market in Kessler on Monday.")
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}


# ------------------------------------------------------------------ modality


@pytest.mark.parametrize(
    ("sentence", "word", "modality"),
    [
        ("Infantry stormed the village but failed to capture it.", "capture", "negated"),
        ('He said the government hoped to retake the town "very soon".', "retake", "hypothetical"),
        ("The labour federation called a general strike for Monday.", "general strike",
         "hypothetical"),
        ("The council called on citizens to take part in a march on Friday.", "march",
         "hypothetical"),
        ("The spokesman called the seizure of the garrison a pretext.", "seizure", "asserted"),
        ("The governor dismissed rumours that assault groups had entered the town.", "entered",
         "negated"),
        ("The army rejected accusations from the capital that it was preparing to seize the "
         "oasis.", "seize", "hypothetical"),
        ("The fall of the town would give the rebels a shorter road south.", "fall", "asserted"),
        ("If fighting reaches the outskirts, aid will stop.", "fighting", "hypothetical"),
        ("The residents were not surprised by another drone attack on the port.", "attack",
         "asserted"),
        ("We would not be surprised by another drone attack on the port.", "attack",
         "hypothetical"),
    ],
)  # fmt: skip
def test_modality_of_claims_calls_attempts_and_consequences(sentence, word, modality):
    assert _modality(sentence, word) == modality


def test_a_question_about_a_fact_is_no_event_a_question_about_the_future_is_hypothetical():
    assert not _events("Has Dunmore itself been hit by drones?")
    events = _events("Will the rebels try to enter Dunmore before the rains?")
    assert _kinds(events) == {("Battles", "hypothetical", "Dunmore")}


@pytest.mark.parametrize(
    "text",
    [
        "The militia would not be able to launch an offensive on Dunmore without foreign help.",
        '"Only a miracle prevented a massacre in Dunmore," the police chief said.',
        'The adviser said his forces "do not target civilian facilities" in Dunmore.',
    ],
)
def test_what_nobody_says_happened_is_no_event(text):
    assert not _events(text)


# ------------------------------------------------------------------ type by outcome


def _coding(sentence: str, word: str, country: str = "SD"):
    actors = find_actors(sentence)
    actor = next((a for a in actors if a.start < sentence.index(word)), None)
    (trigger,) = [t for t in find_triggers(sentence) if t.text == word]
    return code_event(trigger.entry, sentence, _span(sentence, word), actor, None, country)


@pytest.mark.parametrize(
    ("sentence", "word", "event_type"),
    [
        ("Militia fighters stormed the village on Sunday, shooting dead at least 40 residents.",
         "stormed", "Violence against civilians"),
        ("Insurgents raided the island town, killing two fishermen.", "raided",
         "Violence against civilians"),
        ("Colonists stormed the village and set fire to homes and cars.", "stormed",
         "Strategic developments"),
        ("A man armed with a pistol stormed a bank branch and took his savings.", "stormed",
         "Riots"),
        ("Rebels stormed the army base, killing 12 soldiers.", "stormed", "Battles"),
        ("Farmers said their tractors would roll into the centre of the city.", "roll into",
         "Protests"),
        ("M23 supporters have threatened to push on towards the town.", "push", "Battles"),
        ("Explosions tore through three parked buses in the depot.", "Explosions",
         "Explosions/Remote violence"),
        ("Militants attacked a gendarmerie training school at dawn.", "attacked", "Battles"),
        ("A charity rescue ship came under fire from a patrol boat.", "came under fire",
         "Violence against civilians"),
    ],
)  # fmt: skip
def test_what_an_assault_did_and_to_whom_sets_its_type(sentence, word, event_type):
    assert _coding(sentence, word).event_type == event_type


def test_weapons_count_inside_hyphenated_compounds_but_not_after_anti():
    assert instrument("another sea-drone attack on ships") == "airstrike"
    assert instrument("heavy anti-aircraft fire") is None


# ------------------------------------------------------------------ lexicon


@pytest.mark.parametrize(
    ("sentence", "trigger_class"),
    [
        ("Troops rounded up six settlers suspected of taking part.", "arrest"),
        ("Soldiers guarding the building did not return fire.", "clash"),
        ("A new army base had been set up in the town on Saturday.", "base"),
        ("The army intends to set up a permanent base on the outskirts.", "base"),
        ("Farmers blockaded motorway slip roads with tractors.", "protest"),
        ("Both sides exchanged artillery and machine-gun fire overnight.", "clash"),
        ("The rebels said they would pull their fighters out of the town.", "withdrawal"),
        ("A ballistic missile landed in the port area.", "strike"),
        ("Thousands of citizens poured into the squares of the capital.", "protest"),
        ("Officials fear that the port itself could be next.", "target"),
        ("Any ship sailing through the strait would remain a legitimate target.", "target"),
        ("Its aircraft had destroyed five uncrewed boats at sea.", "disrupted"),
        ("Union leaders said they would call an indefinite strike.", "protest"),
    ],
)  # fmt: skip
def test_phrasings_of_events_the_first_lexicon_lacked(sentence, trigger_class):
    assert trigger_class in {t.entry.trigger_class for t in find_triggers(sentence)}


# ------------------------------------------------------------------ words that only look violent


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore stormed past Kessler 4-0 on Tuesday night to top the league table.",
        "The army took over security in Dunmore in the evening.",
        "Utility workers in Dunmore were battling to restore power on Friday.",
        "The film follows the volunteers in Dunmore as fighters storm the buildings around them.",
        "Cyclone Idris battered the coast on Sunday, ripping roofs off homes in Dunmore and "
        "killing at least 34 people.",
        "Celebrations broke out in Dunmore, where crowds chanted for the army.",
    ],
)
def test_violent_words_that_tell_no_event(text):
    assert not _events(text)


def test_what_a_protest_is_against_is_not_an_event():
    events = _events("In Dunmore, hundreds demonstrated on Friday against a wave of kidnappings.")
    assert _kinds(events) == {("Protests", "asserted", "Dunmore")}


def test_a_grievance_does_not_make_a_sit_in_a_riot():
    events = _events(
        "Truck drivers staged a sit-in at the checkpoint in Dunmore to demand escorts and "
        "compensation for burned vehicles."
    )
    assert _kinds(events) == {("Protests", "asserted", "Dunmore")}


# ------------------------------------------------------------------ background


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors say more than 400 people were killed in Dunmore during the occupation in "
        "the spring of 2022.",
        "Officials blamed the Liberation Army, which has fought the government in Dunmore for "
        "years.",
        "The group has claimed a string of attacks on officials in Dunmore.",
        "Dunmore has a history of attacks by the Kessler front.",
    ],
)
def test_background_told_by_a_year_a_duration_or_a_series(text):
    assert not _events(text)


def test_a_year_in_an_aside_about_the_town_does_not_date_the_event():
    events = _events(
        "On Saturday the army pulled out of most of Dunmore, the city where protests began in "
        "2011, under an arrangement negotiated by elders. No fighting was reported."
    )
    assert ("Strategic developments", "asserted", "Dunmore") in _kinds(events)


def test_a_threat_keeps_the_date_of_an_old_attack_out_of_its_way():
    events = _events(
        "The defence minister said jets could return to strike the port of Dunmore, which they "
        "bombed in July.",
        date="2024-09-26",
    )
    assert ("Explosions/Remote violence", "hypothetical", "Dunmore") in _kinds(events)


# ------------------------------------------------------------------ places and borrowing


def test_a_weapon_shot_down_takes_the_place_of_the_attack_it_belonged_to():
    events = _events(
        "Two drones targeted a base at the airport of Dunmore late on Wednesday. One was shot "
        "down and the other crashed inside the perimeter."
    )
    assert ("Strategic developments", "asserted", "Dunmore") in _kinds(events)


def test_no_fighting_at_a_town_handed_over_makes_a_non_violent_transfer():
    events = _events(
        "The army pulled out of Dunmore on Saturday, and fighters took over the town hours "
        'later, residents said.\n\n"There was no fighting. They came in on motorbikes."'
    )
    assert _kinds(events) == {
        ("Strategic developments", "asserted", "Dunmore"),
        ("Battles", "negated", "Dunmore"),
    }


def test_a_town_where_a_statement_was_released_is_no_event_site():
    text = "The announcement, released in Dunmore, came two days after a drone attack."
    (place,) = _places(text)
    assert speaker_places(text, [place]) == {place.start}


def test_officials_in_a_town_who_have_spoken_say_where_they_are():
    text = "Officials in Dunmore have warned that they will respond firmly to any attack."
    (place,) = _places(text)
    assert speaker_places(text, [place]) == {place.start}


def test_a_threat_that_names_a_town_only_in_its_condition_does_not_target_it():
    events = _events(
        "The spokesman warned that any ship would remain a legitimate target until the siege "
        "of Dunmore ends."
    )
    assert not [e for e in events if e.location == "Dunmore" and e.modality == "hypothetical"]


def test_bullets_that_open_with_a_date_are_sentences_of_their_own():
    text = (
        "Key incidents\n- 14 September: Fighters ambushed a convoy near Dunmore.\n"
        "- 16 September: Drivers staged a sit-in at Kessler."
    )
    assert [s.text[:4] for s in split_sentences(text)] == ["Key ", "- 14", "- 16"]


# ------------------------------------------------------------------ one event, both sides


def test_a_denial_of_what_the_other_side_claims_is_that_event_asserted():
    claim = _event(extra={"class": "territory", "sentence": 2})
    denial = _event(
        event_id="y", modality="negated", modality_detail="denial",
        extra={"class": "territory", "sentence": 0},
    )  # fmt: skip
    (merged,) = dedupe_events([denial, claim])
    assert merged.modality == "asserted" and merged.mentions == 2


def test_a_denial_of_something_else_at_the_same_town_stays_apart():
    attack = _event(extra={"class": "attack", "sentence": 0})
    denial = _event(
        event_id="y", modality="negated", modality_detail="denial",
        extra={"class": "territory", "sentence": 2},
    )  # fmt: skip
    assert len(dedupe_events([attack, denial])) == 2


def test_a_country_wide_march_is_not_the_march_in_the_capital():
    paris = _event(
        event_type="Protests", sub_event_type="Peaceful protest", disorder_type="Demonstrations",
        location="Paris", country="France", admin1="Île-de-France", geonameid=5,
        extra={"sentence": 0},
    )  # fmt: skip
    france = _event(
        event_id="y", event_type="Protests", sub_event_type="Peaceful protest",
        disorder_type="Demonstrations", location="France", country="France", admin1=None,
        geonameid=6, geo_precision=3, extra={"sentence": 2},
    )  # fmt: skip
    assert len(dedupe_events([paris, france])) == 2


# ------------------------------------------------------------------ more of the same


def test_attacks_promised_to_continue_are_hypothetical_events_of_the_article_kind():
    events = _events(
        "A roadside bomb hit a military truck outside Dunmore on Tuesday night.\n\n"
        "The agency promised that more such attacks would follow in Kessler."
    )
    assert ("Explosions/Remote violence", "hypothetical", "Kessler") in _kinds(events)


def test_operations_that_will_continue_in_a_town_are_a_threat_there():
    events = _events(
        "The air force carried out strikes on smuggling sites in Dunmore at dawn.\n\n"
        "The ministry said operations will continue in Kessler until the networks are "
        "dismantled."
    )
    assert ("Explosions/Remote violence", "hypothetical", "Kessler") in _kinds(events)


def test_a_purpose_clause_shares_the_modality_of_its_verb():
    assert _modality("The minister said jets could return to strike the port.", "strike") == (
        "hypothetical"
    )


def test_a_threat_without_an_actor_still_takes_the_place_it_is_about():
    events = _events(
        "Israeli jets struck Dunmore on Monday, killing six.\n\n"
        "The defence minister threatened to seize parts of the town permanently."
    )
    assert ("Battles", "hypothetical", "Dunmore") in _kinds(events)


# ------------------------------------------------------------------ places and damage


def test_a_town_framed_as_an_area_frames_its_sentence():
    events = _events(
        "In the Dunmore area, local associations said a drone strike on Thursday killed nine "
        "civilians who had gathered for a baptism."
    )
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Dunmore")}


def test_the_fire_a_strike_started_is_its_damage_not_an_arson():
    events = _events(
        "On Saturday, a drone hit the airport in Dunmore and set a fuel tank on fire, "
        "residents said."
    )
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Dunmore")}


def test_a_car_driven_into_marchers_is_an_attack_on_them():
    sentence = "A car drove into a column of students marching through the city on Friday."
    assert _coding(sentence, "drove into a column").event_type == ("Violence against civilians")


def test_a_wounded_farmer_makes_sniper_fire_an_attack_on_civilians():
    events = _events(
        "Snipers fired on the western edge of Dunmore, where a farmer was wounded on 12 June.",
        date="2024-06-20",
    )
    assert _kinds(events) == {("Violence against civilians", "asserted", "Dunmore")}


# ------------------------------------------------------------------ sieges, since, sides


def test_a_siege_is_a_state_not_an_event():
    assert not _events("The RSF, which has laid siege to Dunmore since May, said nothing.")


def test_since_a_recent_arrival_is_no_summary():
    events = _events("Israeli jets have struck military sites around Dunmore every night since "
                     "the rebels arrived.")  # fmt: skip
    assert ("Explosions/Remote violence", "asserted", "Dunmore") in _kinds(events)


def test_a_negation_about_another_side_does_not_deny_the_fighting():
    fighting = _event(actor1="Sinaloa Cartel", extra={"class": "clash", "sentence": 0})
    army = _event(
        event_id="y", modality="negated", actor1="Military Forces of Mexico",
        attributed_to="The state governor", extra={"class": "clash", "sentence": 4},
    )  # fmt: skip
    assert len(dedupe_events([fighting, army])) == 2


def test_a_reported_negation_of_the_same_strike_is_the_other_side_of_it():
    fired = _event(
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        actor1="Military Forces", extra={"class": "attack", "sentence": 0},
    )  # fmt: skip
    missed = _event(
        event_id="y", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", modality="negated",
        actor1="Military Forces of the United States", attributed_to="The Pentagon",
        extra={"class": "strike", "generic": True, "sentence": 1},
    )  # fmt: skip
    (merged,) = dedupe_events([fired, missed])
    assert merged.modality == "asserted"


def test_a_town_after_after_is_a_time_not_a_site():
    events = _events("The president vowed to continue military operations after Dunmore.")
    assert not [e for e in events if e.location == "Dunmore"]


def test_civilians_named_as_targets_make_a_threatened_attack_on_civilians():
    events = _events(
        "Militants ambushed an army convoy near Dunmore on Sunday.\n\n"
        "The group warned that any transporter delivering fuel to Kessler will be treated as a "
        "target."
    )
    assert ("Violence against civilians", "hypothetical", "Kessler") in _kinds(events)


def test_a_toll_of_raids_over_months_is_no_event():
    assert not _events(
        "Since the start of the year, raids attributed to the militia have killed more than 150 "
        "people around Dunmore and Kessler, according to UN figures."
    )


def test_a_raid_told_with_the_arrests_it_made_is_that_arrest_operation():
    events = _events(
        "The rebel forces raided a house in Dunmore on Wednesday and detained a five-man cell."
    )
    assert _kinds(events) == {("Strategic developments", "asserted", "Dunmore")}


def test_a_match_report_or_a_film_review_tells_no_event():
    match_report = (
        "Dunmore fought back with a long drive before halftime, and the quarterback "
        "found his receiver twice. The coach said the fans had invaded the parking lots early."
    )
    review = (
        "The film, which premiered at the Dunmore festival, follows a family as militants "
        "storm the Old City. A subplot about a neighbour feels borrowed."
    )
    assert not _events(match_report)
    assert not _events(review)
    report = "Gunmen attacked spectators at a football tournament in Dunmore on Friday."
    assert _events(report)


def test_arson_told_with_an_attack_is_the_attack():
    events = _events(
        "Gunmen surrounded the mosque in Dunmore on Friday, opened fire on worshippers "
        "and then set houses alight, killing 12 civilians."
    )
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_people_seized_are_abducted_whatever_their_trade():
    events = _events(
        "Militiamen seized four civil servants from their offices in Dunmore on Monday."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Abduction/forced disappearance")
    ]


def test_an_actor_in_a_condition_is_not_the_target():
    events = _events(
        "The bandit leader threatened to attack villages around Dunmore if the military "
        "did not release his relatives."
    )
    assert _kinds(events) == {("Violence against civilians", "hypothetical", "Dunmore")}


def test_a_town_taken_with_barely_a_shot_fired_changed_hands_without_fighting():
    events = _events(
        "The fall of Dunmore came on Sunday with barely a shot fired, as rebel columns "
        "strolled down the avenues."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Non-violent transfer of territory")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officials say gunmen are still holding out around Dunmore and that a new operation "
        "there may be needed.",
        "The army warned that it was about to act forcefully against armed groups in Dunmore.",
    ],
)
def test_words_that_tell_a_battle_only_as_a_plan(text):
    assert ("Battles", "hypothetical", "Dunmore") in _kinds(_events(text))


def test_an_operation_that_happened_is_not_told_by_the_plan_word():
    events = _events("A major operation in Dunmore ended on Monday, the army said.")
    assert all(e.trigger != "major operation" for e in events)


def test_weapons_used_against_a_target_are_the_attack():
    events = _events(
        "The task force used explosive-laden drones against a gang stronghold in Dunmore "
        "overnight, officials said."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Explosions/Remote violence", "Air/drone strike")
    ]


def test_a_rubber_bullet_is_crowd_control_not_a_strike():
    events = _events(
        "Police fired tear gas when marchers approached the ministry in Dunmore, and a "
        "journalist was hit by a rubber bullet."
    )
    assert all(e.event_type != "Explosions/Remote violence" for e in events)


def test_a_raid_told_with_its_abductions_is_the_abduction():
    events = _events(
        "Bandits on motorcycles stormed a farming village in Dunmore local government area "
        "on Sunday night and abducted at least 43 people."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Abduction/forced disappearance")
    ]


def test_an_administrative_government_area_is_no_actor():
    text = "in Dunmore local government area, a government-held town"
    assert [a.name for a in find_actors(text)] == []


def test_bodies_found_tell_a_killing():
    events = _events("Five bodies were found hanging from a bridge in Dunmore on Monday morning.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")
    ]


def test_the_bodies_of_men_found_in_another_town_are_a_killing_of_their_own():
    events = _events(
        "Rival factions fought in the north of Dunmore on Monday, leaving four dead. Hours "
        "later the bodies of six men were found on a rural road in neighbouring Kessler."
    )
    assert [(e.event_type, e.location) for e in events] == [
        ("Battles", "Dunmore"),
        ("Violence against civilians", "Kessler"),
    ]


def test_firing_on_residents_protesting_is_force_against_protesters():
    events = _events(
        "In Dunmore, soldiers opened fire on residents protesting the killing of a taxi "
        "driver, killing two."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Protests", "Excessive force against protesters")
    ]


def test_firing_on_a_crowd_that_tried_to_storm_a_post_is_a_riot():
    events = _events(
        "A protester was killed when police opened fire on a crowd that had tried to storm "
        "a police post in Dunmore."
    )
    assert ("Riots", "asserted", "Dunmore") in _kinds(events)


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ('An adviser of the militia said on social media that Dunmore "is next".', True),
        ('A militia commander warned that Dunmore would be "next".', True),
        ("The hospital in Dunmore is next to the market.", False),
        ("The next meeting in Dunmore is next week.", False),
    ],
)
def test_a_town_that_is_next_is_threatened(text, threat):
    assert (("Battles", "hypothetical", "Dunmore") in _kinds(_events(text))) is threat


def test_coming_back_to_a_town_is_a_battle_only_as_a_vow():
    vow = _events("The militia leader vowed his forces would come back to Dunmore stronger.")
    assert ("Battles", "hypothetical", "Dunmore") in _kinds(vow)
    assert not _events("Thousands of displaced residents returned to Dunmore on Monday.")


def test_people_killed_named_only_by_nationality_are_civilians():
    events = _events(
        "Gunfire near a food distribution centre in Dunmore killed at least thirty-one "
        "Palestinians on Sunday."
    )
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_an_agitation_or_a_general_shutdown_is_a_protest():
    events = _events(
        "The students' union warned of an intense agitation in Dunmore if demands are not met."
    )
    assert ("Protests", "hypothetical", "Dunmore") in _kinds(events)
    events = _events("Opposition parties called a complete shutdown in Dunmore for Monday.")
    assert ("Protests", "hypothetical", "Dunmore") in _kinds(events)


def test_more_attacks_without_such_keep_their_own_kind():
    events = _events(
        "Jets bombed a market in Dunmore on Monday.\n\n"
        "The governor warned that the insurgents could launch more attacks on towns around "
        "Kessler."
    )
    assert ("Battles", "hypothetical", "Kessler") in _kinds(events)


def test_blowing_up_a_bridge_is_property_destruction_not_a_bomb_attack():
    events = _events("Residents said the army had blown up the bridge into Dunmore as it withdrew.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Looting/property destruction")
    ]


def test_an_attack_on_a_film_festival_is_still_an_attack():
    report = (
        "Gunmen attacked the film festival in Dunmore on Friday, killing five people. "
        "The documentary programme and the premiere of a new film were cancelled."
    )
    assert _events(report)


@pytest.mark.parametrize(
    "sentence",
    [
        "Supporters of rival parties fought with sticks and bricks in Dunmore on Sunday.",
        "Party supporters clashed in Dunmore on Sunday, police said.",
    ],
)
def test_rival_supporters_fighting_is_a_riot(sentence):
    # ACLED: violence between crowds of partisans, not between armed groups, is a riot
    assert ("Riots", "asserted", "Dunmore") in _kinds(_events(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials say the rebels attack convoys near Dunmore.",
        "The ministry says the army strikes rebel camps near Dunmore.",
        "Volunteers who fight alongside the army patrol the roads around Dunmore.",
        "No group has claimed the blast, but rebels have attacked the garrison in Dunmore in "
        "the past.",
    ],
)
def test_a_habit_or_a_general_claim_is_not_an_event(sentence):
    # a bare present reported in the present, a present in a relative clause, "in the past"
    assert not _events(sentence)


def test_a_past_event_reported_in_the_present_is_still_an_event():
    sentence = "The army says rebels attacked its post in Dunmore on Monday, killing two soldiers."
    assert ("Battles", "asserted", "Dunmore") in _kinds(_events(sentence))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Gunmen killed at least 26 people in an overnight raid on Dunmore, a farming village.",
            "raid",
        ),
        ("Bandits shot dead nine villagers during a dawn attack on Kessler.", "attack"),
    ],
)
def test_an_assault_whose_toll_is_told_first_as_killed_people_targets_civilians(sentence, word):
    # ACLED: an armed group killing people in a raid on a village is violence against civilians
    from geomap.events.coding import _assault_outcome

    outcome = _assault_outcome(sentence, _span(sentence, word), armed=True)
    assert outcome == ("Violence against civilians", "Attack")


def test_an_obligation_with_must_is_not_yet_an_event():
    # "the army must retake the town": a demand about the future, like "should"
    sentence = 'The governor said the army must "retake every village" around Dunmore.'
    assert _modality(sentence, "retake") == "hypothetical"
    assert ("Battles", "hypothetical", "Dunmore") in _kinds(_events(sentence))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # "the barracks" names again what "a barracks" introduced: the capture told twice
        (
            "Rebels overran a barracks near Dunmore on Tuesday. "
            "The rebels seized the barracks at Dunmore on March 7, the UN said.",
            1,
        ),
        # a second indefinite object is a second capture
        (
            "Rebels overran a barracks near Dunmore on Tuesday. "
            "The rebels seized a barracks at Dunmore on March 7, the UN said.",
            2,
        ),
        # taking it back is another event
        (
            "Rebels overran a barracks near Dunmore on Tuesday. "
            "The army recaptured the barracks at Dunmore on Friday.",
            2,
        ),
    ],
)
def test_a_definite_noun_phrase_refers_back_to_the_event_that_introduced_it(text, count):
    battles = [e for e in _events(text) if e.event_type == "Battles"]
    assert len(battles) == count


_VAC = "Violence against civilians"


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Gunmen ambushed trucks carrying food near Dunmore on Monday.", _VAC),
        ("Bandits ambushed a bus carrying pilgrims near Kessler, killing six.", _VAC),
        ("Gunmen ambushed trucks escorted by soldiers near Dunmore on Monday.", "Battles"),
        ("Rebels ambushed a military truck near Dunmore on Monday.", "Battles"),
    ],
)
def test_an_ambush_of_civilian_vehicles_is_violence_against_civilians(sentence, event_type):
    # ACLED: the target of the ambush was unarmed, nobody could fight back
    assert {e.event_type for e in _events(sentence)} == {event_type}


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Commanders fear that Dunmore could fall within days.", True),
        ("Dunmore, the district capital, may fall soon, a local official said.", True),
        ("Officials said food prices in Dunmore could fall next month.", False),
        ("Night temperatures in Dunmore could fall below zero.", False),
    ],
)
def test_a_town_that_could_fall_is_a_town_at_stake(text, threat):
    # the town is the subject: a capture told as a fear or forecast is a hypothetical battle
    assert (("Battles", "hypothetical", "Dunmore") in _kinds(_events(text))) is threat


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers moved on Tuesday to clear the countryside around Dunmore.",
        "The navy landed troops near Dunmore on Friday, the ministry said.",
        "Troops used drones to smoke the militants out of the forest near Dunmore.",
        "The army cleared the remaining hostile elements from the area east of Dunmore.",
    ],
)
def test_operations_to_clear_land_or_flush_out_fighters_are_battles(sentence):
    assert ("Battles", "asserted", "Dunmore") in _kinds(_events(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "In Dunmore district, security forces killed a Maoist regional commander on Wednesday.",
        "In the general area of Dunmore, security forces killed three khwarij.",
        "Two militants trying to cross the border were killed near Dunmore on Thursday.",
    ],
)
def test_armed_men_killed_by_forces_are_a_battle_not_an_attack_on_civilians(sentence):
    events = _events(sentence)
    assert [e.event_type for e in events] == ["Battles"]


def test_farmers_killed_are_still_civilians_whatever_the_words_between():
    events = _events("Three farmers working in their fields near Dunmore were killed on Thursday.")
    assert [e.event_type for e in events] == ["Violence against civilians"]
