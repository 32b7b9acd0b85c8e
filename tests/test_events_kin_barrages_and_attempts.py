"""Mourners named through soldiers, barrages, struck targets' towns and failed attempts.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "relatives of soldiers protested": people named through the men they wait
  for are not those men's side, so their protest stands;
- "police detained relatives who had gathered outside the ministry": a crowd
  held by the police was protesting then, as one dispersed is;
- "an artillery barrage on Kessler": a barrage of shells or rockets is shelling,
  a barrage of criticism is not;
- "denied involvement in the bombing of a market in Kessler": the town of what
  was struck places the event, so it is no retelling of an earlier strike;
- "tried to take over Kessler": an attempt is a fight, not ground changing hands;
- "beat back the insurgents", "fought off an assault": a fight told by its
  defenders, also against a claim the town fell; but not "pushed back the
  elections", and an attack by drones fought off is an interception;
- "more attacks on Kessler were coming": what is to come has not happened;
- "denied role in Kessler bombing": a denied part in an attack is no denied attack;
- "denied that it had shelled Harrow as fighting raged in Kessler": what is told
  beside the denial is not denied;
- "downed tools": a strike;
- "ambushed a convoy between Kessler and Harrow": one stretch, placed at the
  first town;
- "fleeing in anticipation of an attack on the town": an attack expected, as
  one feared by the people of the town, is still to come.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday relatives of soldiers protested in Kessler.",
        "On Sunday families of missing soldiers marched in Kessler.",
    ],
)
def test_kin_of_soldiers_protest(sentence):
    events = _events(sentence)
    assert _kinds(events) == {("Protests", "asserted", "Kessler")}
    assert all(e.actor1_type not in ("State forces", "Rebel group") for e in events)


def test_a_crowd_the_police_detained_was_protesting():
    events = _events(
        "On Sunday police in Kessler detained dozens of relatives of soldiers who had "
        "gathered outside the defence ministry to demand the demobilisation of troops."
    )
    assert ("Protests", "asserted", "Kessler") in _kinds(events)


def test_an_artillery_barrage_is_shelling():
    events = _events("On Sunday an artillery barrage on Kessler killed four people.")
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}
    assert events[0].sub_event_type == "Shelling/artillery/missile attack"


def test_a_barrage_of_criticism_is_no_event():
    assert not _events("On Sunday the governor of Kessler faced a barrage of criticism.")


def test_the_town_of_what_was_struck_places_a_denied_bombing():
    events = _events(
        "On Sunday gunmen shelled Harrow, killing two people.\n\n"
        "The rebels denied involvement in the bombing of a market in Kessler that killed "
        "nine people."
    )
    assert ("Explosions/Remote violence", "asserted", "Kessler") in _kinds(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday the militants tried to take over Kessler but were repelled by the army.",
        "On Sunday police pushed back an attempt by gang members to seize Kessler.",
    ],
)
def test_an_attempt_to_take_a_town_is_a_fight(sentence):
    events = _events(sentence)
    assert _kinds(events) == {("Battles", "asserted", "Kessler")}
    assert {e.sub_event_type for e in events} == {"Armed clash"}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday troops beat back the insurgents in Kessler.",
        "On Sunday troops beat back a bid by the insurgents to storm Kessler.",
    ],
)
def test_a_fight_told_by_its_defenders(sentence):
    assert _kinds(_events(sentence)) == {("Battles", "asserted", "Kessler")}


def test_a_postponement_is_no_fight():
    assert not _events("On Sunday the governor pushed back the elections in Kessler.")


def test_an_attack_by_drones_fought_off_is_no_battle():
    events = _events("On Sunday the navy fought off an attack by uncrewed boats on Kessler.")
    assert "Battles" not in {e.event_type for e in events}


def test_a_fight_told_against_a_claim_the_town_fell():
    events = _events(
        "On Sunday the ministry said its troops had taken full control of Kessler. A "
        "spokesman for the defenders called the claim fiction, saying their units had beaten "
        "back an assault on the village."
    )
    battles = [e for e in events if e.event_type == "Battles" and e.location == "Kessler"]
    assert len(battles) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday the rebels said more attacks on Kessler were coming.",
        "On Sunday the rebels said more strikes on Kessler are on the way.",
    ],
)
def test_attacks_still_to_come_are_hypothetical(sentence):
    assert {e.modality for e in _events(sentence)} == {"hypothetical"}


def test_an_attack_coming_from_a_direction_happened():
    events = _events("On Sunday the attack on Kessler was coming from the north, witnesses said.")
    assert {e.modality for e in events} == {"asserted"}


def test_a_denied_role_in_a_bombing_leaves_the_bombing():
    events = _events("On Sunday the rebels denied role in Kessler bombing.")
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}


def test_what_is_told_beside_a_denial_is_not_denied():
    events = _events(
        "On Sunday the RSF denied that it had shelled the camp in Harrow as fighting raged "
        "in Kessler."
    )
    assert _kinds(events) == {
        ("Explosions/Remote violence", "negated", "Harrow"),
        ("Battles", "asserted", "Kessler"),
    }


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("On Sunday nurses in Kessler downed tools over unpaid salaries.", "asserted"),
        ("On Sunday the doctors' union threatened to down tools in Kessler.", "hypothetical"),
    ],
)
def test_downing_tools_is_a_strike(sentence, modality):
    assert _kinds(_events(sentence)) == {("Protests", modality, "Kessler")}


def test_an_ambush_between_two_towns_is_one_event_at_the_first():
    events = _events(
        "On Sunday the militants ambushed a convoy between Kessler and Harrow, killing three "
        "soldiers."
    )
    assert _kinds(events) == {("Battles", "asserted", "Kessler")}


def test_an_attack_people_flee_in_anticipation_of_is_to_come():
    events = _events(
        "On Sunday residents of Kessler said they were fleeing in anticipation of an attack "
        "on the town."
    )
    assert _kinds(events) == {("Battles", "hypothetical", "Kessler")}
