"""Recall on phrasings the rules did not know (round three).

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism of how conflict news tells an event: an army's order to leave a
town announces strikes on it (a threat, as ACLED codes warnings), and words
for killings, abductions, sexual violence, pillage and gunfights that the
lexicon lacked.
"""

from __future__ import annotations

import pytest

from geomap.events.triggers import find_triggers, is_definite
from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS)


def _events(text: str, date: str = "2025-03-14") -> list[Event]:
    return events_of(text, _places, date)


# ------------------------------------------------------------ evacuation orders


def test_an_order_to_leave_a_town_threatens_it_with_more_of_the_articles_violence():
    events = _events(
        "Warplanes struck three houses in Dunmore on Monday, killing nine people, local "
        "officials said. Hours later the army told residents of the nearby market town "
        "of Kessler to leave immediately."
    )
    assert ("Explosions/Remote violence", "hypothetical", "Kessler") in kinds(events)
    assert ("Explosions/Remote violence", "asserted", "Dunmore") in kinds(events)


def test_an_evacuation_order_is_a_threat_and_never_an_event_that_happened():
    events = _events(
        "Artillery shelled Dunmore overnight, the governor said. An evacuation order "
        "covering Harrow was issued on Tuesday."
    )
    harrow = [e for e in events if e.location == "Harrow"]
    assert harrow and all(e.modality == "hypothetical" for e in harrow)


def test_a_warning_to_leave_needs_people_told_to_go():
    text = "The ministry told journalists to leave the briefing room in Ostin."
    assert not [t for t in find_triggers(text) if t.entry.trigger_class == "target"]


# ------------------------------------------------------------ words the lexicon lacked


@pytest.mark.parametrize(
    ("sentence", "word", "trigger_class"),
    [
        ("Gunmen assassinated the district commissioner outside his home.", "assassinated", "kill"),
        ("The assassination of the mayor shocked the town.", "assassination", "kill"),
        ("Two aid workers were slain on the road to the camp.", "slain", "kill"),
        ("Militiamen slaughtered thirty villagers with machetes.", "slaughtered", "massacre"),
        ("Three farmers were burned alive in their huts.", "burned alive", "kill"),
        ("The fighters took 12 women away from the village.", "took 12 women away", "abduction"),
        ("Twenty students were led away by the gunmen.", "students were led away", "abduction"),
        ("The gunmen led away at least 15 people.", "led away at least 15 people", "abduction"),
        ("The engineers were held captive for a week.", "held captive", "abduction"),
        (
            "Activists who were forcibly disappeared have not been found.",
            "forcibly disappeared",
            "abduction",
        ),
        ("Doctors reported widespread sexual violence in the camps.", "sexual violence", "sexual"),
        (
            "Several women were sexually assaulted at the checkpoint.",
            "sexually assaulted",
            "sexual",
        ),
        ("Soldiers pillaged the market before they left.", "pillaged", "looting"),
        ("An arson attack destroyed the clinic.", "arson", "looting"),
        ("An IED killed two soldiers on the highway.", "IED", "ied"),
    ],  # fmt: skip
)
def test_common_words_for_violence_against_civilians_are_triggers(sentence, word, trigger_class):
    found = {(t.text, t.entry.trigger_class) for t in find_triggers(sentence)}
    assert (word, trigger_class) in found


def test_people_taken_away_by_armed_men_are_abducted():
    events = _events(
        "Gunmen stopped a bus near Harrow on Friday and took away at least 15 passengers, "
        "police said."
    )
    assert ("Violence against civilians", "asserted", "Harrow") in kinds(events)
    (abduction,) = [e for e in events if e.event_type == "Violence against civilians"]
    assert abduction.sub_event_type == "Abduction/forced disappearance"


def test_taking_a_town_away_is_not_an_abduction():
    text = "Nobody can take the river away from the farmers, the governor said."
    assert not [t for t in find_triggers(text) if t.entry.trigger_class == "abduction"]


# ------------------------------------------------------------ threats and ultimatums


def test_an_ultimatums_penalty_is_a_threat_not_an_attack_that_happened():
    events = _events(
        "Rebels captured Harrow on Monday. The rebels gave soldiers in Dunmore 48 hours to "
        "surrender or face an attack."
    )
    assert ("Battles", "hypothetical", "Dunmore") in kinds(events)
    assert not [e for e in events if e.location == "Dunmore" and e.modality == "asserted"]


def test_a_threat_to_attack_anyone_is_a_threat_against_civilians():
    events = _events(
        "Gunmen stormed Harrow on Monday. The militia threatened to attack anyone in Kessler "
        "who refused to pay the levy."
    )
    assert ("Violence against civilians", "hypothetical", "Kessler") in kinds(events)


def test_armed_men_who_will_be_in_a_town_threaten_to_take_it():
    events = _events(
        "Gangs seized Harrow on Monday. Their leader said in a video that the gangs would "
        '"soon be in Kessler" and would remove the council.'
    )
    assert ("Battles", "hypothetical", "Kessler") in kinds(events)


def test_a_visitor_who_will_be_in_a_town_threatens_nothing():
    events = _events(
        "Rebels took Harrow on Sunday. The foreign minister will be in Kessler next week for talks."
    )
    assert not [e for e in events if e.location == "Kessler"]


# ------------------------------------------------------------ who the victims were


def test_victims_told_before_the_assault_make_it_an_attack_on_civilians():
    events = _events("At least 20 people were killed when gunmen stormed Ostin on Monday.")
    assert kinds(events) == {("Violence against civilians", "asserted", "Ostin")}


def test_soldiers_killed_when_a_base_is_stormed_are_a_battle():
    events = _events("Three soldiers were killed when militants stormed a base in Ostin.")
    assert {e.event_type for e in events} == {"Battles"}


def test_a_passenger_train_is_a_civilian_target():
    events = _events("Gunmen opened fire on a passenger train near Harrow on Tuesday.")
    assert kinds(events) == {("Violence against civilians", "asserted", "Harrow")}


def test_an_accusation_in_bare_plurals_names_who_did_the_events_told():
    sentence = "Officials accused a rival militia of staging kidnappings to discredit them."
    (trigger,) = find_triggers(sentence)
    assert is_definite(sentence, trigger)  # a back-reference, folded into the events told


def test_bare_plurals_outside_an_accusation_are_not_back_references():
    sentence = "Kidnappings rose sharply on the roads around Kessler last month."
    (trigger,) = find_triggers(sentence)
    assert not is_definite(sentence, trigger)


# ------------------------------------------------------------ threats told as predicates


def test_an_attack_said_to_be_imminent_has_not_happened():
    events = _events(
        "Troops clashed with rebels in Harrow on Monday. A rebel offensive on the northern "
        "town of Kessler is only a matter of time, analysts say."
    )
    assert ("Battles", "hypothetical", "Kessler") in kinds(events)
    assert ("Battles", "asserted", "Kessler") not in kinds(events)


def test_an_attack_that_was_repelled_happened():
    events = _events(
        "Troops clashed with rebels in Harrow on Monday. The attack on Kessler on Tuesday "
        "was repelled, the army said."
    )
    assert ("Battles", "asserted", "Kessler") in kinds(events)


def test_a_town_that_will_be_targeted_is_threatened_with_the_articles_weapons():
    events = _events(
        "Drones struck the port of Harrow on Monday. The group said Kessler will be "
        "targeted in the coming days."
    )
    assert ("Explosions/Remote violence", "hypothetical", "Kessler") in kinds(events)


def test_a_town_within_range_of_a_sides_missiles_is_threatened():
    events = _events(
        "Drones struck the port of Harrow on Monday. Kessler is within range of our "
        "missiles, the spokesman said."
    )
    assert ("Explosions/Remote violence", "hypothetical", "Kessler") in kinds(events)


# ------------------------------------------------------------ attacks on villages


@pytest.mark.parametrize(
    "text",
    [
        "Suspected herdsmen invaded Kessler community on Sunday night, killing 12 residents.",
        "At least 15 civilians lost their lives in an attack on Kessler on Tuesday.",
        "Nine people died when bandits attacked Kessler on Friday.",
        "Twenty-three people were confirmed dead after gunmen attacked Kessler on Saturday.",
        "Villagers in Kessler buried 23 people killed in an overnight attack by gunmen.",
        "Bandits attacked Kessler community in the early hours of Monday, residents said.",
        "Gunmen attacked Kessler on Sunday night, leaving 14 people dead.",
        "Gunmen attacked travellers on the Kessler road on Monday, killing six.",
        "Fighters attacked the hamlet of Kessler on Monday, burning houses and killing four.",
        "Gunmen attacked Kessler on Sunday night. Nine people were killed, residents said.",
    ],
)
def test_an_attack_on_a_village_and_its_people_is_violence_against_civilians(text):
    assert kinds(_events(text)) == {("Violence against civilians", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers died when militants attacked an army post in Kessler on Friday.",
        "Militants attacked an army post near Kessler on Friday. Four people were killed.",
        "Militants attacked Kessler on Friday. Four soldiers were killed.",
        "The attack by gunmen on an army base in Kessler was repelled on Friday.",
    ],
)
def test_an_attack_on_soldiers_stays_a_battle(text):
    assert {e.event_type for e in _events(text)} == {"Battles"}


def test_men_rounded_up_and_shot_are_killed_not_only_arrested():
    events = _events("Militia fighters rounded up and shot 11 men in Dunmore on Thursday.")
    assert ("Violence against civilians", "asserted", "Dunmore") in kinds(events)


def test_an_arrest_keeps_a_killing_in_another_clause_as_its_detail():
    events = _events(
        "Police arrested five suspects in Dunmore on Thursday and said one had been shot "
        "while trying to escape."
    )
    assert {e.event_type for e in events} == {"Strategic developments"}


# ------------------------------------------------------------ more threats


def test_a_threat_to_go_after_commanders_in_a_town_is_a_hypothetical_battle():
    events = _events(
        "Rebels killed 12 soldiers in Harrow on Monday. The president warned that the army "
        'would "go after" rebel commanders in Kessler if the neighbours did not act.'
    )
    assert ("Battles", "hypothetical", "Kessler") in kinds(events)


def test_a_vow_to_defend_a_town_is_a_hypothetical_battle_and_a_budget_is_not_a_town():
    events = _events(
        "Rebels seized Harrow on Monday. The militia vowed to defend Kessler to the last "
        "fighter. The minister said he would defend the budget in Ostin."
    )
    assert ("Battles", "hypothetical", "Kessler") in kinds(events)
    assert not [e for e in events if e.location == "Ostin"]


def test_people_warned_that_they_would_be_attacked_are_threatened_civilians():
    events = _events(
        "Jihadists ambushed a convoy near Harrow on Saturday. Residents of Kessler said the "
        "militants had warned villagers that they would be attacked if they kept supplying "
        "the army."
    )
    assert ("Violence against civilians", "hypothetical", "Kessler") in kinds(events)


def test_a_bomb_described_at_length_before_it_went_off_is_one_explosion():
    # the device and "went off" may stand a long description apart
    text = "A bomb hidden near the pulpit of a mosque in Kessler went off during prayers."
    assert [t.entry.lemma for t in find_triggers(text)] == ["go off"]
    assert {(e.event_type, e.location) for e in _events(text)} == {
        ("Explosions/Remote violence", "Kessler")
    }


def test_no_rockets_launched_from_a_town_is_a_denied_strike_there():
    # the denial names the town the rockets would have come from; an asserted launch
    # "from" a town is where they came from, not where they fell
    denied = _events("The army stressed that no rockets had been launched from around Kessler.")
    assert kinds(denied) == {("Explosions/Remote violence", "negated", "Kessler")}
    assert _events("The drones were launched from the directions of Kessler and Harrow.") == []
