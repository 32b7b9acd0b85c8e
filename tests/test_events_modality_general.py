"""Hypothetical events and attacks on civilians, by general constructions.

Every sentence here was written for its test, with invented towns built by
hand (the geoparser plays no part). Each test states one mechanism: a force
that "could reach" or "would reach" a town threatens it, while aid or trucks
reaching it, or rebels who reached it in the past, are no threat; a threat to
punish "anyone" who defies an order is an attack on civilians, a promise to
punish the culprits is no event.
"""

from __future__ import annotations

import pytest

from geomap.records import Event, Place
from tests.event_fixtures import events_of, hand_places, kinds

TOWNS = {"Dunmore": (10.1, 20.1), "Kessler": (10.6, 20.4), "Ostin": (11.0, 21.0)}


def _places(text: str) -> list[Place]:
    return hand_places(text, TOWNS)


def _events(text: str) -> list[Event]:
    return events_of(text, _places, "2025-03-14")


def _kinds(text: str) -> set[tuple[str, str, str | None]]:
    return kinds(_events(text))


def test_force_that_would_reach_a_town_is_a_threat():
    text = "The militia commander said his fighters would reach Dunmore before the rains."
    assert ("Battles", "hypothetical", "Dunmore") in _kinds(text)


def test_question_whether_troops_could_reach_a_town():
    text = "Could the advancing troops reach Kessler itself? Officials in the region think not."
    assert ("Battles", "hypothetical", "Kessler") in _kinds(text)


def test_aid_or_trucks_reaching_a_town_are_no_threat():
    for text in (
        "Aid agencies said food convoys could reach Ostin next week.",
        "The group threatened to attack any lorries trying to reach Ostin.",
    ):
        assert not any(e.trigger == "reach" for e in _events(text)), text


def test_past_arrival_told_as_a_time_is_no_threat():
    text = "Where were you when the rebels reached Dunmore?"
    assert not any(e.modality == "hypothetical" for e in _events(text))


def test_threat_to_punish_anyone_is_violence_against_civilians():
    for text in (
        "Rebel leaders said they would punish anyone in Dunmore who sent children to school.",
        "The gunmen warned that anyone found selling food in Kessler would be dealt with.",
    ):
        kinds = _kinds(text)
        assert any(
            t == "Violence against civilians" and m == "hypothetical" for t, m, _ in kinds
        ), (
            text,
            kinds,
        )


def test_promise_to_punish_the_culprits_is_no_event():
    for text in (
        "The governor vowed to punish those responsible for the killings in Dunmore.",
        "Police said anyone responsible for the looting in Ostin would be dealt with.",
        "Dunmore's council said it had dealt with the complaints of residents.",
    ):
        assert not any(e.trigger in ("punish", "dealt with") for e in _events(text)), text


def test_killings_and_rapes_in_one_place_are_two_events():
    text = (
        "At least 40 civilians were killed in Dunmore on Monday, residents said. "
        "Women who fled told aid workers that the fighters had raped women and girls in Dunmore."
    )
    subs = {e.sub_event_type for e in _events(text) if e.event_type == "Violence against civilians"}
    assert {"Attack", "Sexual violence"} <= subs, subs


def test_strength_to_take_a_town_is_what_a_force_could_do():
    # "they have the strength to take X": an ability weighed, not a capture told
    doubted = 'The mayor said: "I do not believe they have the strength to take Dunmore."'
    assert ("Battles", "hypothetical", "Dunmore") in _kinds(doubted)
    assert ("Battles", "asserted", "Dunmore") not in _kinds(doubted)
    able = "Analysts said the rebels now have the capacity to seize Kessler."
    assert ("Battles", "hypothetical", "Kessler") in _kinds(able)


def test_a_detail_not_given_denies_nothing():
    # "did not say where the drones struck": the place is untold, the strikes are not denied
    text = (
        "Drones struck Dunmore overnight, the air force said. "
        "It did not say where the remaining drones had struck."
    )
    found = _kinds(text)
    assert ("Explosions/Remote violence", "asserted", "Dunmore") in found
    assert not any(modality == "negated" for _, modality, _ in found)
    # a denial of the event itself stays negated
    denied = "The army said it had not shelled Kessler."
    assert ("Explosions/Remote violence", "negated", "Kessler") in _kinds(denied)


def test_a_standing_denial_is_no_event():
    # "The army has repeatedly denied targeting civilians": a creed, not a denied event
    text = (
        "A drone struck a wedding in Dunmore on Sunday, killing 12 people. "
        "The army has repeatedly denied targeting civilians."
    )
    found = _kinds(text)
    assert ("Explosions/Remote violence", "asserted", "Dunmore") in found
    assert not any(modality == "negated" for _, modality, _ in found)
    # the denial of one attack stays a negated event
    denied = "The army denied shelling the market in Kessler on Sunday."
    assert ("Explosions/Remote violence", "negated", "Kessler") in _kinds(denied)


def test_people_seized_are_abducted_and_a_town_seized_is_taken():
    abducted = "The two men, both farmers, were seized by armed men on Monday near Dunmore."
    found = _events(abducted)
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Violence against civilians", "Abduction/forced disappearance")
    ]
    taken = "Rebels seized the town of Kessler on Monday."
    assert [e.event_type for e in _events(taken)] == ["Battles"]


def test_who_tells_an_attack_is_not_its_target():
    # ", police said": the police report the attack, they were not attacked
    told = "Gunmen attacked Dunmore overnight, killing 11 people, police said."
    assert [e.event_type for e in _events(told)] == ["Violence against civilians"]
    hit = "Gunmen attacked a police post in Dunmore overnight, killing two officers, police said."
    assert [e.event_type for e in _events(hit)] == ["Battles"]


def test_soldiers_killed_after_an_assault_make_it_a_battle():
    # "tried to storm it ...; eight soldiers and ten attackers were killed": a fight
    text = (
        "Militants tried to storm the barracks in Kessler on Monday, the army said; "
        "eight soldiers and all ten attackers were killed in the gunfight that followed."
    )
    assert "Violence against civilians" not in {e.event_type for e in _events(text)}
    assert "Battles" in {e.event_type for e in _events(text)}


def test_the_next_round_of_fighting_is_yet_to_come():
    ahead = "Officials said the next round of fighting in Dunmore is around the corner."
    assert ("Battles", "hypothetical", "Dunmore") in _kinds(ahead)
    begun = "The next round of fighting in Dunmore broke out on Monday, killing four people."
    assert ("Battles", "asserted", "Dunmore") in _kinds(begun)


def test_not_this_but_that_denies_nothing():
    # "did not attack residents but broke into shops": the raid is told, the negation
    # only says what it spared
    spared = (
        "The insurgents did not attack residents of Dunmore but broke into shops and took food."
    )
    assert not any(modality == "negated" for _, modality, _ in _kinds(spared))
    # a denial joined to another subject's deed stays a denial
    denied = "The army did not shell Kessler, but militants attacked the town."
    assert ("Explosions/Remote violence", "negated", "Kessler") in _kinds(denied)


def test_a_force_ready_to_retake_a_town_has_not_yet():
    ready = "The spokesman said government forces were ready to retake Dunmore."
    assert ("Battles", "hypothetical", "Dunmore") in _kinds(ready)
    assert ("Battles", "asserted", "Dunmore") not in _kinds(ready)


def test_an_objective_to_take_a_town_is_a_plan_told_where_the_speaker_is_not():
    text = (
        "The defence minister told reporters in Dunmore that the army's next objective was to "
        "push into the valley and take Kessler, which the rebels have held for years."
    )
    # the plan is at Kessler; where the minister spoke is no target, and nothing was taken
    assert _kinds(text) == {("Battles", "hypothetical", "Kessler")}, [
        (e.event_type, e.modality, e.location, e.trigger) for e in _events(text)
    ]


def test_no_ground_fighting_denies_the_fighting():
    text = "There has been no ground fighting in Kessler itself, and I do not expect it soon."
    assert _kinds(text) == {("Battles", "negated", "Kessler")}


def test_attacks_a_cell_planned_are_a_plan_told_with_the_arrests():
    text = (
        "The ministry said it had arrested six men in Kessler accused of belonging to a cell "
        "that planned to attack security posts."
    )
    assert {(e.event_type, e.modality) for e in _events(text)} == {
        ("Strategic developments", "asserted"),
        ("Battles", "hypothetical"),
    }


def test_no_news_of_the_people_taken_does_not_deny_the_taking():
    # "no ... of" denies what it governs: here the people, not their abduction
    text = (
        "Two weeks on, there is still no news of the 40 pupils taken from their school "
        "in Ostin by gunmen."
    )
    assert ("Violence against civilians", "asserted", "Ostin") in _kinds(text)


def test_no_reports_of_shelling_still_denies_it():
    text = "The governor said there were no reports of shelling in Kessler on Tuesday."
    assert _kinds(text) == {("Explosions/Remote violence", "negated", "Kessler")}


def test_troops_that_would_go_into_a_town_threaten_it():
    text = "Rebels shelled Kessler on Monday. The minister said troops would go into Ostin soon."
    assert ("Battles", "hypothetical", "Ostin") in _kinds(text)


def test_going_into_hiding_is_no_advance():
    text = "After the shelling of Kessler, hundreds of families went into hiding in the hills."
    assert all(kind != "Battles" for kind, _modality, _town in _kinds(text))


def test_a_side_turning_its_attention_to_a_town_names_its_next_target():
    text = (
        "The rebels said on Monday they had taken Kessler after a week of fighting. Their "
        "commander said they would now turn their attention to Ostin."
    )
    assert ("Battles", "hypothetical", "Ostin") in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the commander said Kessler was the next objective.",
        "On Monday the rebel spokesman said Kessler is their next target.",
    ],
)
def test_a_town_called_the_next_objective_is_threatened(text):
    assert _kinds(text) == {("Battles", "hypothetical", "Kessler")}
