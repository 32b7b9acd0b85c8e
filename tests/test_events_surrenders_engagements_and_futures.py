"""Fighters who give up, troops who engage, and acts still to come in the passive.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: counted fighters who
"laid down their arms", "gave themselves up" or "turned themselves in" surrender
(a change to the group), a call to lay down arms is none; troops who "engaged"
fighters fought them, while a side that engages another "in talks" does not;
land, farms or property seized are goods, not ground won; a side that denies
civilians were hurt "in the strike" on a town does not deny the strike; people
who "died during the bombardment" died in it; a signing still to come is an
agreement to come, talks "aimed at a ceasefire" are none; diplomats "pushing for
a ceasefire" advance on nothing; "strikes will be carried out", "an offensive
will be launched" are still to come, and so is an attack that "cannot be ruled
out".
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Today, 210 cadres of the group laid down their arms before the minister in Kessler.",
        "Some 40 insurgents gave themselves up in Kessler on Monday.",
        "Two hundred fighters turned themselves in to the authorities in Kessler.",
        "Hundreds of fighters laid down their weapons in Kessler under an amnesty.",
    ],
)
def test_counted_fighters_who_give_themselves_up_surrender(sentence):
    events = _events(sentence)
    assert kinds(events) == {("Strategic developments", "asserted", "Kessler")}
    assert {e.sub_event_type for e in events} == {"Change to group/activity"}


def test_a_call_to_lay_down_arms_is_no_surrender():
    assert _events("The government urged the rebels to lay down their arms in Kessler.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops engaged the rebels on the road to Kessler on Monday.",
        "Soldiers spotted a group of fighters trying to cross near Kessler and engaged them, "
        "killing all 16.",
    ],
)
def test_troops_who_engage_fighters_fight_them(sentence):
    assert kinds(_events(sentence)) == {("Battles", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The government engaged the rebels in talks in Kessler.",
        "The army engaged them in dialogue in Kessler.",
    ],
)
def test_a_side_engaged_in_talks_fights_no_one(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Villagers in Kessler complained about the seizure of their land by the army.",
        "The army's seizure of farmland near Kessler angered residents.",
        "The rebels seized land from farmers around Kessler.",
    ],
)
def test_land_seized_is_no_ground_won_in_a_war(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops seized large areas of land near Kessler from the rebels.",
        # goods named before a verb are not what it seized
        "Fighters armed with rifles seized the town of Kessler on Monday.",
    ],
)
def test_ground_won_stays_a_battle(sentence):
    assert kinds(_events(sentence)) == {("Battles", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesman denied that any civilians were hurt in the strike on Kessler.",
        "The army denied that civilians were killed in the air strike on Kessler.",
        "The army denied that the bombing killed 40 people in Kessler.",
    ],
)
def test_a_denial_of_harm_leaves_the_strike_told(sentence):
    assert kinds(_events(sentence)) == {("Explosions/Remote violence", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The government denied reports that soldiers had been killed in an attack near Kessler.",
        "The air force denied that its jets had bombed civilians in Kessler.",
    ],
)
def test_a_denial_of_the_act_itself_still_denies_it(sentence):
    assert {modality for _, modality, _ in kinds(_events(sentence))} == {"negated"}


def test_people_who_died_during_a_bombardment_died_in_it():
    events = _events("Civilians died during the bombardment of Kessler.")
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}


def test_a_time_before_another_event_is_still_no_event():
    assert _events("Residents fled Kessler before the bombardment of the port.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidents of the two countries will sign a peace agreement in Kessler next month.",
        "The two sides are expected to sign a peace deal in Kessler on Friday.",
    ],
)
def test_a_signing_to_come_is_an_agreement_to_come(sentence):
    events = _events(sentence)
    assert kinds(events) == {("Strategic developments", "hypothetical", "Kessler")}
    assert {e.sub_event_type for e in events} == {"Agreement"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks in Kessler aimed at a ceasefire resumed on Monday.",
        "The army said a truce in Kessler would not hold.",
    ],
)
def test_talks_and_doubts_about_a_truce_are_no_agreement(sentence):
    assert _events(sentence) == []


def test_diplomats_pushing_for_a_ceasefire_advance_on_nothing():
    assert _events("Diplomats are pushing for a ceasefire in Kessler.") == []


def test_troops_who_pushed_for_days_towards_a_town_advanced():
    events = _events("Troops pushed for two days towards Kessler.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("An offensive will be launched on Kessler soon.", "Battles"),
        (
            "Air strikes will be carried out on Kessler if the rebels refuse.",
            "Explosions/Remote violence",
        ),
        ("The offensive on Kessler would be mounted from the north.", "Battles"),
        ("A state of emergency will be declared in Kessler, the president said.", None),
    ],
)
def test_an_act_carried_out_in_the_passive_future_is_to_come(sentence, kind):
    found = kinds(_events(sentence))
    assert {modality for _, modality, _ in found} == {"hypothetical"}
    if kind is not None:
        assert {event_type for event_type, _, _ in found} == {kind}


def test_the_fall_of_a_town_as_a_subject_is_still_told():
    found = kinds(_events("The fall of Kessler would give them a road to the coast."))
    assert found == {("Battles", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "An attack on Kessler cannot be ruled out, officials said.",
        "Further attacks on Kessler could not be excluded.",
        "A ground offensive on Kessler has not been ruled out.",
    ],
)
def test_an_attack_not_ruled_out_may_come(sentence):
    assert kinds(_events(sentence)) == {("Battles", "hypothetical", "Kessler")}
