"""Threats told in idioms, plans told in the passive, and who-questions that tell the act.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: "wipe out" fighters
or a garrison, "reduce a town to rubble", "come for them", "make them pay" and
"cut the road" are threats (but not an insurgency "wiped out" in a minister's
speech, a town already "reduced to rubble", voters who "come for" an
election, nor making someone "pay" a bill or at the ballot box); "avenge the
deaths by attacking X" is still to come; "determined to drive them out" is a
vow (an investigator who "determined that" a blast was an accident is no
vow); a strike "has been called" for a day to come and a march that "would go
ahead", "would be held" or "will be staged" are plans; "it is not clear who
fired the rockets" tells the rockets;
"neither side reported fighting" denies it; residents who fear "the attackers
will return" fear a new attack on their town, but fighters who "return home"
after a peace deal come back in peace; "rumours spread that the fighters had
entered X" tell hearsay, not the entry.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

THREATS = [
    "The group threatened to wipe out the garrison in Kessler.",
    "The commander vowed to wipe Kessler off the map.",
    "The commander threatened to reduce Kessler to rubble.",
    "The jihadists warned the Christians of Kessler that they would come for them.",
    "The army vowed to make the attackers in Kessler pay.",
    "The militia promised to avenge the deaths by attacking Kessler.",
    "The rebels threatened to cut the main road to Kessler.",
]


@pytest.mark.parametrize("sentence", THREATS)
def test_a_threat_told_in_an_idiom_is_a_hypothetical_event(sentence):
    events = _events(sentence)
    assert {(modality, place) for _, modality, place in kinds(events)} == {
        ("hypothetical", "Kessler")
    }


NO_THREATS = [
    "The minister promised that the insurgency around Kessler will be wiped out.",
    "Forces will wipe out the menace of terrorism in Kessler.",
    "The town of Kessler was reduced to rubble by months of shelling.",
    "Voters in Kessler will come for the election on Sunday.",
    "Farmers in Kessler said they would make the government pay at the ballot box.",
    "The company said it would make workers in Kessler pay for their own uniforms.",
]


@pytest.mark.parametrize("sentence", NO_THREATS)
def test_the_same_words_in_peaceful_or_abstract_senses_are_no_event(sentence):
    assert kinds(_events(sentence)) == set()


def test_determined_to_drive_fighters_out_is_a_vow():
    events = _events("The army said it was determined to drive the militants out of Kessler.")
    assert kinds(events) == {("Battles", "hypothetical", "Kessler")}
    assert {e.modality_detail for e in events} == {"vow"}


def test_an_investigator_who_determined_the_cause_of_a_blast_vowed_nothing():
    events = _events("Investigators determined that a car bomb had exploded in Kessler.")
    assert ("Explosions/Remote violence", "asserted", "Kessler") in kinds(events)


def test_a_strike_that_has_been_called_for_a_day_to_come_is_a_plan():
    events = _events("A general strike has been called in Kessler for Monday.")
    assert kinds(events) == {("Protests", "hypothetical", "Kessler")}


def test_a_march_that_would_go_ahead_despite_a_ban_is_still_to_come():
    events = _events("Organisers said the march on Kessler would go ahead despite the ban.")
    assert kinds(events) == {("Protests", "hypothetical", "Kessler")}


def test_not_knowing_who_fired_the_rockets_tells_the_rockets():
    events = _events("It was not clear who fired the rockets at Kessler.")
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}
    events = _events("Police did not say who had carried out the attack in Kessler.")
    assert {modality for _, modality, _ in kinds(events)} == {"asserted"}


def test_not_saying_where_drones_struck_tells_no_strike_at_the_town():
    events = _events("The army did not say where the drones struck near Kessler.")
    assert not any(modality == "asserted" for _, modality, _ in kinds(events))


def test_neither_side_reporting_fighting_denies_it():
    events = _events("Neither side reported fighting around Kessler on Sunday.")
    assert kinds(events) == {("Battles", "negated", "Kessler")}


def test_residents_who_fear_the_attackers_will_return_fear_an_attack_on_their_town():
    events = _events("Residents of Kessler fear the attackers will return.")
    assert {(modality, place) for _, modality, place in kinds(events)} == {
        ("hypothetical", "Kessler")
    }


def test_fighters_who_return_home_after_a_deal_are_no_threat():
    events = _events("The rebels said the fighters would return home to Kessler after the deal.")
    assert kinds(events) == set()


def test_rumours_that_spread_tell_no_event():
    events = _events("Rumours spread on Monday that the fighters had also entered Kessler.")
    assert kinds(events) == set()
    events = _events("The fighters entered Kessler on Monday, residents said.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_a_march_that_would_be_held_or_staged_is_still_to_come():
    events = _events("Organisers said a march would be held in Kessler next week.")
    assert kinds(events) == {("Protests", "hypothetical", "Kessler")}
    events = _events("A rally will be staged in Kessler on Friday.")
    assert kinds(events) == {("Protests", "hypothetical", "Kessler")}


def test_a_march_that_was_held_took_place():
    events = _events("A march was held in Kessler on Sunday.")
    assert kinds(events) == {("Protests", "asserted", "Kessler")}


def test_drones_that_will_reach_a_town_threaten_a_strike_on_it():
    events = _events('"Our drones will reach Kessler," a spokesman warned.')
    assert kinds(events) == {("Explosions/Remote violence", "hypothetical", "Kessler")}


def test_help_coming_for_people_is_no_threat():
    assert kinds(_events("Help is coming for the people of Kessler, the UN said.")) == set()
