"""Threats, vows, plans and charged plots: where a threatened event would happen; who a passive hit.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. A threat often names its
target town in a phrase the place linker reads as a destination or a
description ("convoys bound for Kessler would be attacked", "ships calling at
Harrow will be sunk"). When the link finds no place on the trigger, the one
town the sentence names is where the threat points, unless that town is the
speaker's, the subject ("Harrow would launch an operation"), what the action
is against, or sits in another clause ("until the siege of Ostin is lifted").
In a passive ("three traders were shot dead by militiamen") the subject is
who was hit and the "by" phrase the attacker: armed men there do not make the
event a battle. A plot the police charge someone with ("arrested on suspicion of
planning attacks on churches") is a hypothetical event of the plotted kind, as
the annotators code it, while the plan a strike's target is said to have had
("a commander who was planning an attack") is the striker's reason, no event;
hearsay nobody vouches for ("people here are saying that ...") is a rumour. Anyone
"caught in Dunmore" who "will be arrested and tried in Harrow" would be
arrested in Dunmore, not where the court sits; being "treated as an enemy"
threatens civilians; "a new push on the town" points at the town named before;
to "recover control" of a town, or "every street" of it, is to take it.
"""

from __future__ import annotations

import pytest

from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS)


def _events(text: str, date: str = "2025-03-14") -> list[Event]:
    return events_of(text, _places, date)


def _hypothetical(events: list[Event]) -> set[str | None]:
    return {e.location for e in events if e.modality == "hypothetical"}


def test_a_threat_against_convoys_bound_for_a_town_is_at_that_town():
    events = _events(
        "The militants warned on Tuesday that any convoy bound for Kessler would be attacked."
    )
    assert _hypothetical(events) == {"Kessler"}


def test_a_threat_against_convoys_on_the_road_to_a_town_is_at_that_town():
    events = _events(
        "In a statement, the group warned that lorries using the road to Harrow would be "
        "attacked wherever they are found."
    )
    assert _hypothetical(events) == {"Harrow"}


def test_a_town_in_another_clause_of_the_threat_is_not_its_target():
    events = _events(
        "The rebels warned that any vessel would be treated as a legitimate target until the "
        "siege of Ostin is lifted."
    )
    assert "Ostin" not in _hypothetical(events)


def test_a_town_that_speaks_for_its_government_is_not_the_target():
    events = _events(
        "A security official warned that Harrow would launch a ground operation within weeks."
    )
    assert "Harrow" not in _hypothetical(events)


def test_where_the_threatened_convoys_come_from_is_not_the_target():
    events = _events("The rebels warned that any convoy travelling from Ostin would be attacked.")
    assert "Ostin" not in _hypothetical(events)


def test_the_passive_subject_not_the_agent_is_who_was_attacked():
    killed = _events("Three traders were shot dead on the road near Kessler by militiamen.")
    assert [e.event_type for e in killed] == ["Violence against civilians"]
    attacked = _events("Four villagers were attacked outside Harrow by gunmen on Monday.")
    assert [e.event_type for e in attacked] == ["Violence against civilians"]
    soldiers = _events("Four soldiers were attacked outside Harrow by gunmen on Monday.")
    assert [e.event_type for e in soldiers] == ["Battles"]


def test_people_attacked_in_a_passive_stay_the_victims_when_their_things_are_smashed():
    events = _events(
        "On Saturday, a television crew was attacked by settlers near Dunmore; a cameraman "
        "suffered a broken arm and their equipment was smashed."
    )
    assert [(e.event_type, e.location) for e in events] == [
        ("Violence against civilians", "Dunmore")
    ]


def test_a_plot_the_police_charge_someone_with_is_a_planned_event():
    events = _events(
        "Police arrested two men in Harrow on suspicion of planning attacks on churches."
    )
    assert {(e.event_type, e.modality, e.location) for e in events} == {
        ("Strategic developments", "asserted", "Harrow"),
        ("Violence against civilians", "hypothetical", "Harrow"),
    }


def test_a_grenade_plot_the_police_charge_someone_with_is_a_planned_grenade_attack():
    events = _events(
        "Police in Kessler arrested two men on Saturday on suspicion of planning to attack a "
        "polling station in the east of the town with a grenade."
    )
    assert {(e.sub_event_type, e.modality) for e in events} == {
        ("Arrests", "asserted"),
        ("Grenade", "hypothetical"),
    }


def test_the_plan_a_strikes_target_is_said_to_have_had_is_no_event():
    events = _events(
        "A drone struck a car in Kessler on Monday, killing a commander who was planning an "
        "attack on troops."
    )
    assert [e.modality for e in events] == ["asserted"]


def test_a_plan_without_a_charge_stays_a_hypothetical_event():
    events = _events("Officials said the rebels were planning to attack Kessler.")
    assert [(e.modality, e.location) for e in events] == [("hypothetical", "Kessler")]


def test_a_threat_to_punish_people_who_do_something_is_a_threat_to_civilians():
    events = _events(
        "Leaflets left in Kessler warned that teachers who reopen the schools will be punished."
    )
    assert [(e.event_type, e.modality, e.location) for e in events] == [
        ("Violence against civilians", "hypothetical", "Kessler")
    ]
    justice = _events(
        "Officials vowed that those who were responsible would be punished in Harrow."
    )
    assert justice == []


def test_being_considered_a_combatant_is_a_threat():
    events = _events(
        "The army warned that anyone who remains in Ostin will be considered a combatant."
    )
    assert [(e.event_type, e.modality, e.location) for e in events] == [
        ("Violence against civilians", "hypothetical", "Ostin")
    ]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The rebel leader vowed to bring the war to Harrow.", "Battles"),
        ("The president vowed to take back every neighbourhood of Harrow.", "Battles"),
        (
            "The militia warned that herders who come back to Kessler will pay a heavy price.",
            "Violence against civilians",
        ),
        ("The rebels said soldiers in Kessler will pay a heavy price.", "Battles"),
        (
            "The militia said it would defend its positions in Harrow to the last fighter.",
            "Battles",
        ),
    ],
)
def test_threat_idioms_are_hypothetical_events(sentence, event_type):
    events = _events(sentence)
    assert [(e.event_type, e.modality) for e in events] == [(event_type, "hypothetical")]


def test_prices_paid_and_calls_to_defend_a_town_are_no_threats():
    assert _events("Farmers in Kessler paid a heavy price for the drought last year.") == []
    assert (
        _events("In Harrow, the leader called on tribes to send fighters to defend the city.") == []
    )


def test_hearsay_nobody_vouches_for_is_no_event_but_residents_telling_it_is():
    assert _events("People here are saying that Kessler was attacked on Thursday night.") == []
    told = _events("Residents said that gunmen attacked Kessler on Thursday night.")
    assert [(e.modality, e.location) for e in told] == [("asserted", "Kessler")]


def test_a_vow_to_pray_in_a_town_is_a_vow_to_take_it():
    # the rhetoric of a commander promising his men a town
    events = _events('The commander told his fighters they would "pray in Harrow before Eid".')
    assert [(e.event_type, e.modality, e.location) for e in events] == [
        ("Battles", "hypothetical", "Harrow")
    ]
    assert _events("Residents pray in Harrow every Friday.") == []


def test_a_predicted_assault_is_no_assault():
    events = _events("Military bloggers predict an assault on Harrow within weeks.")
    assert [(e.modality, e.location) for e in events] == [("hypothetical", "Harrow")]


def test_a_threat_to_widen_the_strikes_to_a_town_is_a_threat_there():
    text = (
        "A drone strike hit a car in Kessler on Tuesday, killing two men. Officials have "
        "threatened to widen the strikes to Harrow if the group does not disarm."
    )
    events = _events(text)
    assert ("hypothetical", "Harrow") in {(e.modality, e.location) for e in events}


def test_a_future_auxiliary_before_an_adverb_of_sequence_is_a_plan():
    # the small model parses "next" as the verb and "push" as its object
    events = _events("MOGADISHU - The army would next push towards Kessler, the minister said.")
    assert [(e.location, e.modality) for e in events] == [("Kessler", "hypothetical")]


def test_news_dismissed_as_fake_tells_a_denied_event_not_a_relative_clause():
    # "news that bandits had taken over the town": a "that" clause the model labels relcl
    text = (
        'The police spokesman has dismissed what he called "fake news" that bandits had '
        "taken over the town of Harrow."
    )
    events = _events(text)
    assert [(e.event_type, e.location, e.modality) for e in events] == [
        ("Battles", "Harrow", "negated")
    ]


def test_a_push_to_break_into_a_town_is_a_threatened_battle():
    # "could try to break into Kessler": the assault as a prospect, at the town it names
    events = _events(
        "An officer said enemy units could try to break into Kessler within weeks, before "
        "the rains."
    )
    assert {(e.event_type, e.modality, e.location) for e in events} == {
        ("Battles", "hypothetical", "Kessler")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # the place as the subject of a passive is what would be taken
        "The gang leader warned that Kessler would be taken again.",
        # "would be inside" a town, as "would be in" it
        "A rebel commander said his fighters would be inside Kessler before the rains stop.",
    ],
)
def test_a_town_that_would_be_taken_or_entered_is_a_threatened_battle(sentence):
    assert {(e.event_type, e.modality, e.location) for e in _events(sentence)} == {
        ("Battles", "hypothetical", "Kessler")
    }


def test_a_meeting_in_a_town_taken_as_a_sign_is_no_capture():
    assert _events("The meeting in Kessler was taken as a sign of progress.") == []


def test_a_vow_never_to_give_up_a_town_is_a_threatened_battle_not_a_denial():
    # the "not" is the vow's own: the town will be fought for
    vowed = _events("'We will not give up Kessler,' the commander said on Monday.")
    assert {(e.event_type, e.modality, e.location) for e in vowed} == {
        ("Battles", "hypothetical", "Kessler")
    }
    # giving up weapons is no town's battle
    assert _events("The fighters will not give up their weapons in Kessler, a leader said.") == []


def test_anyone_found_in_a_town_who_will_be_arrested_is_arrested_there():
    events = _events(
        "Anyone caught smuggling fuel in Dunmore or Ostin will be arrested and tried in "
        "Harrow, the ministry said."
    )
    assert [(e.sub_event_type, e.modality, e.location) for e in events] == [
        ("Arrests", "hypothetical", "Dunmore"),
        ("Arrests", "hypothetical", "Ostin"),
    ]


def test_being_treated_as_an_enemy_threatens_civilians():
    events = _events(
        "A rebel commander warned that anybody seen waving the national flag in Harrow will be "
        '"treated as an enemy".'
    )
    assert [(e.event_type, e.modality, e.location) for e in events] == [
        ("Violence against civilians", "hypothetical", "Harrow")
    ]


def test_a_new_push_on_the_town_is_a_threatened_fight_at_the_town_named_before():
    events = _events(
        "A spokesman warned that rebel units were massing south of Kessler and could "
        "attempt a new push on the town within days."
    )
    assert _hypothetical(events) == {"Kessler"}


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        (
            'The minister said the army would "recover control" of Kessler before the vote.',
            "hypothetical",
        ),
        ("The army restored full control over Kessler on Sunday.", "asserted"),
    ],
)
def test_recovering_or_restoring_control_of_a_town_is_a_takeover(sentence, modality):
    events = _events(sentence)
    assert [(e.event_type, e.modality, e.location) for e in events] == [
        ("Battles", modality, "Kessler")
    ]


def test_a_vow_to_take_every_street_of_a_town_threatens_the_town():
    events = _events('The gang leader said his men would take "every street" of Kessler.')
    assert _hypothetical(events) == {"Kessler"}
