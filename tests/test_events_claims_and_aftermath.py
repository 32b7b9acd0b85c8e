"""A claimed takeover and the fight the other side tells; what follows an attack.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: "the village" stands for the place the story called a village,
even when a larger town was named after it ("Ostin, a village north-east of
Harrow"); an attack its targets beat back, repelled or fought off is a
fight, whatever was near it; and when one side claims a village and the
other rejects the claim, saying its units beat back the assaults or pushed
the attackers out, the claim and the fight are two events at that village.
Troops who pursue "the attackers" follow up the attack told, no event of
their own, while a pursuit only vowed stays a threatened fight. Fire or an
attack told without a place ("soldiers opened fire on suspects") does not
take the place of the event told before it, while fire on a crowd and a
threat to attack still do. "There" after a trigger is the place named
before, or the village the sentence spoke of; "if there is no deal" names
no place; "nobody was killed" is a toll of none, no event. Drones downed
"over three border regions" were downed over many places, none of them the
last event's. A strike one side claims and the other dismisses ("no missile
reached the city") is one event, asserted by the side that claims it.
"""

from __future__ import annotations

from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS)


def _events(text: str, date: str = "2026-03-10") -> list[Event]:
    return events_of(text, _places, date)


def _kinds(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in events]


def _at(events: list[Event], location: str) -> list[tuple[str, str]]:
    return sorted((e.event_type, e.sub_event_type) for e in events if e.location == location)


# ------------------------------------------------------------ "the village"

_CLAIM = (
    'The rebel command said its fighters had "liberated" Ostin, a village north-east of '
    "Harrow, on Monday. "
)


def test_the_village_is_the_place_the_story_called_a_village():
    events = _events(
        "Government troops shelled Kessler on Sunday. Ostin, a village on the river south of "
        "Harrow, was quiet until Tuesday. Then gunmen opened fire on a bus near the village, "
        "killing four passengers."
    )
    assert [e.location for e in events if e.event_type == "Violence against civilians"] == ["Ostin"]


def test_the_village_of_a_town_named_so_is_that_town():
    events = _events(
        "Aid reached the village of Ostin on Sunday, and later Harrow. "
        "On Tuesday gunmen opened fire on a bus near the village, killing four passengers."
    )
    assert [e.location for e in events if e.event_type == "Violence against civilians"] == ["Ostin"]


def test_the_town_still_refers_to_the_town_named_just_before():
    # only "the village" looks back for a description: "the town" of a story is most
    # often the one it is about, whatever else it called a town
    events = _events(
        "Kessler, a town on the river, was shelled on Sunday. Rebels attacked army "
        "positions in Harrow on Monday. On Tuesday soldiers clashed with rebels near the town."
    )
    clashes = [e.location for e in events if e.sub_event_type == "Armed clash"]
    assert "Kessler" not in clashes


# ------------------------------------------------------------ attacks fought off


def test_assaults_beaten_back_near_a_village_are_a_fight():
    events = _events(
        "The army said its units had beaten back four assaults on the village of Ostin on Monday."
    )
    assert _kinds(events) == [("Battles", "asserted")]


def test_an_attack_beaten_off_at_a_checkpoint_is_a_fight():
    events = _events(
        "The defence ministry said its forces had beaten off an attack by gunmen on a "
        "checkpoint outside Dunmore on Saturday."
    )
    assert _kinds(events) == [("Battles", "asserted")]


def test_an_attack_on_a_village_that_nobody_fought_off_hurts_its_people():
    events = _events("Gunmen attacked the village of Ostin on Monday, killing nine farmers.")
    assert _kinds(events) == [("Violence against civilians", "asserted")]


# ------------------------------------------------------------ claim and counter-claim


def test_a_rejected_claim_and_the_assaults_beaten_back_are_two_events():
    events = _events(
        _CLAIM + "The army dismissed the claim as false, saying its units had beaten back "
        "four assaults near the village and still held it."
    )
    located = _at(events, "Ostin")
    assert len(located) == 2
    assert ("Battles", "Armed clash") in located


def test_assaults_beaten_off_after_the_village_is_named_are_fought_there():
    # "their units still held the village and had beaten off eight assaults": no actor
    # the coder knows, the village named before the trigger
    events = _events(
        _CLAIM + 'The army\'s southern command dismissed the claim as "wishful thinking", '
        "saying their units still held the village and had beaten off eight assaults over "
        "the previous day."
    )
    assert ("Battles", "Armed clash") in _at(events, "Ostin")
    assert len(_at(events, "Ostin")) == 2


def test_a_rejection_told_the_sentence_before_keeps_the_fight_apart():
    events = _events(
        _CLAIM + "A spokesman for the army dismissed the announcement as propaganda. "
        "Soldiers, he said, had pushed the rebels out of the village's eastern streets on "
        "Sunday."
    )
    assert len(_at(events, "Ostin")) == 2


def test_a_capture_claimed_by_a_side_left_unnamed_and_the_fight_that_answers_it_are_two():
    # "its units had taken control": the claim is coded a clash, for want of its side
    events = _events(
        "The defence ministry in the capital said on Tuesday that its units had taken "
        "control of Ostin, a village north of Dunmore. The northern command's spokesman "
        "rejected the claim, saying soldiers still controlled the village and had beaten "
        "back three assaults there during the night."
    )
    assert len(_at(events, "Ostin")) == 2, _at(events, "Ostin")


def test_a_loss_not_confirmed_answers_a_claim():
    from geomap.events.dedupe import rejects_claim

    assert rejects_claim("The General Staff did not confirm the loss of the village.")
    assert rejects_claim("Kyiv has not confirmed the capture.")
    assert not rejects_claim("The General Staff confirmed the loss of the village.")


def test_assaults_repelled_that_the_other_side_tells_beside_a_claim_are_a_fight_apart():
    events = _events(
        _CLAIM + "The army did not address the claim directly, but said its units had "
        "repelled 14 assaults in the Ostin area over the past day."
    )
    assert len(_at(events, "Ostin")) == 2, _at(events, "Ostin")


def test_fighting_still_going_on_where_a_capture_is_claimed_is_that_contest():
    events = _events(
        _CLAIM + 'The army did not confirm the loss, saying only that "fierce fighting" was '
        "continuing around the village."
    )
    assert len(_at(events, "Ostin")) == 1, _at(events, "Ostin")


def test_a_takeover_told_twice_without_a_rejection_is_one_event():
    events = _events(
        _CLAIM + "Residents said fighters had entered the village before dawn and that "
        "the rebels had captured Ostin by noon."
    )
    assert len(_at(events, "Ostin")) == 1


# ------------------------------------------------------------ the pursuit after an attack


def test_troops_pursuing_the_attackers_add_no_event_to_the_attack():
    events = _events(
        "Gunmen attacked a market in Dunmore on Monday, killing six traders. "
        "The army said it was pursuing the attackers towards the border."
    )
    assert _kinds(events) == [("Violence against civilians", "asserted")]


def test_a_vow_to_pursue_the_attackers_is_a_threatened_fight():
    events = _events(
        "Gunmen attacked a market in Dunmore on Monday, killing six traders. "
        "The governor said troops would pursue the attackers into the hills west of Kessler."
    )
    assert ("Battles", "hypothetical") in _kinds(events)


# ------------------------------------------------------------ attacks told without a place


def test_fire_told_without_a_place_does_not_take_the_shelling_place():
    events = _events(
        "Rebels shelled Dunmore on Monday, killing four civilians. The army said its "
        "soldiers opened fire on suspects who approached their positions."
    )
    assert _kinds(events) == [("Explosions/Remote violence", "asserted")]


def test_a_denied_attack_without_a_place_does_not_take_the_last_event_place():
    events = _events(
        "Rebels shelled Dunmore on Monday, killing four civilians. The army said it had "
        "not attacked anyone in the past week."
    )
    assert _kinds(events) == [("Explosions/Remote violence", "asserted")]


def test_fire_on_a_crowd_told_without_a_place_takes_the_protest_place():
    events = _events(
        "Thousands of people marched through Dunmore on Monday against fuel prices. "
        "Police fired tear gas at the protesters."
    )
    assert [e.location for e in events] == ["Dunmore"]
    assert {e.event_type for e in events} == {"Protests"}


def test_a_threat_to_attack_without_a_place_takes_the_town_of_the_paragraph():
    events = _events(
        "Rebels shelled Dunmore on Monday, killing four civilians. The group warned "
        "that it would attack any convoy heading for the town."
    )
    assert ("Battles", "hypothetical") in _kinds(events)


# ------------------------------------------------------------ "there"


def test_there_after_the_trigger_is_the_place_named_before():
    events = _events(
        "Rebels took control of Ostin on Sunday. On Monday gunmen opened fire on a bus there, "
        "killing three passengers."
    )
    assert "Ostin" in [e.location for e in events if e.event_type == "Violence against civilians"]


def test_there_is_no_place_in_an_existential_clause():
    events = _events(
        "Rebels shelled Ostin on Sunday. Unions in Harrow said they would call a general "
        "strike if there is no agreement by Friday."
    )
    assert "Harrow" in [e.location for e in events if e.event_type == "Protests"]


def test_there_stands_for_the_village_the_sentence_named():
    events = _events(
        _CLAIM + "An army spokesman said the village had been contested for weeks and that "
        "his units had beaten back two assaults there on Saturday, after the rebels "
        "dismissed the claim."
    )
    assert ("Battles", "Armed clash") in _at(events, "Ostin")


def test_nobody_killed_there_is_no_event():
    events = _events(
        "Gunmen attacked a market in Dunmore on Monday. Nobody was killed in Dunmore, "
        "residents said, as most people had fled."
    )
    assert [e.modality for e in events] == ["asserted"]


def test_a_vow_to_pursue_the_enemys_remaining_units_to_a_town_is_a_threatened_fight():
    events = _events(
        "The command warned the rebels that its forces will pursue their remaining units "
        "wherever they go, including to Kessler."
    )
    assert [(e.event_type, e.modality, e.location) for e in events] == [
        ("Battles", "hypothetical", "Kessler")
    ]


def test_drones_downed_over_several_regions_are_not_placed_at_the_last_event():
    events = _events(
        "A drone struck a fuel depot in Kessler overnight, the governor said. Air defences "
        "destroyed 46 drones over three border regions during the night, the ministry said."
    )
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


def test_a_strike_claimed_and_dismissed_as_invented_is_one_event_asserted():
    events = _events(
        "The ministry in the capital said a missile strike had destroyed two fighter jets at "
        "an airfield near Kessler. The air force dismissed the report as invented: no missile "
        "reached the city, a spokesman said."
    )
    assert _kinds(events) == [("Explosions/Remote violence", "asserted")]
    assert events[0].location == "Kessler"
