"""What a force is made ready for, guarded against or worried about has not happened.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: an infinitive of
purpose after a verb that forms, recruits or trains a force ("a militia was
formed to fight the insurgents") tells its aim, a plan; attacks in general
that a force protects people from ("deployed to protect civilians from
attacks") are no event (an assault the town was defended against still is);
people "on alert for possible riots" brace for them; a body "concerned about
possible attacks" voices a worry, not an event; things a group "said were
legitimate targets" (the past of reported speech, a kind of things) are
targets declared, a threat, not a strike justified.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

PLANNED_FIGHT = ("Battles", "hypothetical", "Kessler")
FIGHT = ("Battles", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "A new militia was formed in Kessler on Monday to fight the insurgents.",
        "The army recruited hundreds of fighters in Kessler to attack rebel positions.",
        "The US has trained local forces in Kessler to fight the militants.",
    ],
)
def test_a_force_made_ready_for_a_fight_plans_it(sentence):
    events = _events(sentence)
    assert kinds(events) == {PLANNED_FIGHT}
    assert {e.modality_detail for e in events} == {"plan"}


def test_a_purpose_after_a_fight_told_is_still_told():
    # the purpose of an offensive launched on a day is part of an event that happened
    events = _events("The army launched an offensive on Monday to retake Kessler.")
    assert kinds(events) == {FIGHT}


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers were deployed to Kessler to protect civilians from attacks.",
        "Troops in Kessler are guarding the market against further raids.",
    ],
)
def test_attacks_guarded_against_in_general_are_no_event(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The army defended Kessler against an attack by rebels on Monday.",
        "The army defended Kessler against rebel attacks on Monday.",
    ],
)
def test_an_assault_the_town_was_defended_against_is_a_fight(sentence):
    assert kinds(_events(sentence)) == {FIGHT}


def test_riots_police_are_on_alert_for_are_to_come():
    events = _events("Police are on alert for possible riots in Kessler after the verdict.")
    assert kinds(events) == {("Riots", "hypothetical", "Kessler")}


def test_a_worry_about_possible_attacks_is_no_event():
    worry = "The UN said it was concerned about possible attacks on civilians in Kessler."
    assert _events(worry) == []
    told = "The UN said it was concerned about the attacks on civilians in Kessler on Monday."
    assert kinds(_events(told)) == {("Violence against civilians", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The group said government offices in Kessler were legitimate targets.",
        "The rebels said soldiers in Kessler were legitimate targets.",
    ],
)
def test_targets_declared_in_reported_speech_are_a_threat(sentence):
    events = _events(sentence)
    assert {(e.modality, e.location) for e in events} == {("hypothetical", "Kessler")}


def test_a_target_struck_and_justified_is_the_strike():
    sentence = "The army said the depots it hit in Kessler on Monday were legitimate targets."
    events = _events(sentence)
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}
