"""Advances, plans and prospects told with nouns and phrasal verbs.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "could attempt an advance on Kessler" threatens the town: an advance named by
  its noun is an event only as a threat or a plan; "the base for the advance on
  the capital" describes a campaign, no event of its own;
- a condition naming a new violent act ("if the rebels take Kessler, they will shell
  Dunmore") is a hypothetical event of its own; a condition that goes on ("if drones
  kept attacking"), a demand ("if the police do not withdraw from the area") and "any attack" in a
  condition are not;
- "to clear the whole Kessler area" clears the town's land; a verb in quotes after a
  modal ('would "clear Kessler of rebels"') is a verb whatever its tag;
- "preparing an operation to drive the gangs out of Kessler": the infinitive telling
  the operation's purpose shares its modality (a plan), while "the last town to fall"
  still fell;
- "ordered the military to resume offensive operations against the rebels in Kessler"
  orders a military operation there;
- "clear every road around Kessler" clears the land about the town; troops massed "for
  another attempt to reach Kessler" threaten it, while a convoy's attempt to reach it
  is relief; a town that "would be 'taken again'", quotes or not, is what is taken.
"""

from __future__ import annotations

from geomap.records import Event
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds

BATTLES = "Battles"


def _events(text: str, date: str = "2025-05-12") -> list[Event]:
    return events_of(text, lambda t: hand_places(t, INVENTED_TOWNS), date)


def test_an_advance_a_governor_warns_of_is_a_threat_on_the_town():
    events = _events(
        "The governor warned that the rebels could attempt an advance on Kessler before the rains."
    )
    assert (BATTLES, "hypothetical", "Kessler") in kinds(events)


def test_the_advance_named_as_a_campaign_is_no_event():
    events = _events("Dunmore became the main supply base for the advance on Kessler.")
    assert not [e for e in events if e.location == "Kessler"]


def test_a_capture_in_a_condition_is_a_hypothetical_capture():
    events = _events(
        "But if the rebels take Kessler, they will start shelling Dunmore with artillery."
    )
    assert (BATTLES, "hypothetical", "Kessler") in kinds(events)


def test_a_storming_in_a_condition_is_a_hypothetical_battle():
    events = _events(
        "The army says that if the rebels ever try to storm Kessler across the river, "
        "they will be seen from kilometres away."
    )
    assert kinds(events) == {(BATTLES, "hypothetical", "Kessler")}


def test_a_demand_in_a_condition_is_no_event():
    events = _events(
        'A gang leader has threatened in a video to "set fire to Dunmore" if the police '
        "do not withdraw from the area."
    )
    assert "Non-violent transfer of territory" not in {e.sub_event_type for e in events}


def test_any_attack_in_a_condition_is_no_event():
    events = _events(
        "The militia warned that troops in Dunmore would become legitimate targets if "
        "the government took part in any attack on Kessler."
    )
    assert not [e for e in events if e.location == "Kessler"]


def test_a_condition_that_goes_on_is_no_event():
    events = _events(
        "Power cuts will continue as long as the rebels keep attacking the grid in Kessler."
    )
    assert not [e for e in events if e.location == "Kessler"]


def test_clearing_the_whole_area_of_a_town_is_a_planned_operation_there():
    events = _events(
        'The army said on Thursday it would soon launch an operation "to clear the whole '
        'Kessler area".'
    )
    assert (BATTLES, "hypothetical", "Kessler") in kinds(events)


def test_a_quoted_verb_after_a_modal_is_a_verb():
    events = _events('The army warned it would "clear Kessler of rebels and criminals".')
    assert (BATTLES, "hypothetical", "Kessler") in kinds(events)


def test_an_operation_being_prepared_to_drive_gangs_out_is_a_plan():
    events = _events("Police are preparing an operation to drive the gangs out of Kessler.")
    assert kinds(events) == {(BATTLES, "hypothetical", "Kessler")}


def test_offensive_operations_ordered_are_a_planned_operation():
    events = _events(
        "The president ordered the military to resume offensive operations against the "
        "rebels in Kessler."
    )
    assert kinds(events) == {(BATTLES, "hypothetical", "Kessler")}


def test_clearing_every_road_around_a_town_is_an_operation_there():
    events = _events(
        'An officer said the army would "clear every road around Kessler" before the harvest.'
    )
    assert (BATTLES, "hypothetical", "Kessler") in kinds(events)


def test_troops_massed_for_an_attempt_to_reach_a_town_threaten_it():
    events = _events(
        "The governor warned that the rebels were massing troops for another attempt to "
        "reach Kessler from the north."
    )
    assert (BATTLES, "hypothetical", "Kessler") in kinds(events)


def test_a_convoys_attempt_to_reach_a_town_is_no_advance():
    events = _events("Aid agencies said the convoy would make another attempt to reach Kessler.")
    assert events == []


def test_a_town_that_would_be_taken_again_in_quotes_is_threatened():
    events = _events('A gang leader warned in a video that Kessler would be "taken again".')
    assert (BATTLES, "hypothetical", "Kessler") in kinds(events)


def test_an_advance_into_part_of_the_town_named_before_is_placed_there():
    events = _events(
        "In Dunmore, tanks advanced into the eastern part of the city under heavy fire."
    )
    assert ("Battles", "asserted", "Dunmore") in kinds(events)


def test_fighters_advancing_on_a_town_in_apposition_advance_on_it():
    # "fighters were advancing" is no passive of people taken; the town may follow its role
    for text in (
        "The rebels said their fighters were advancing on Kessler.",
        "The rebels said their fighters were advancing on the state capital, Kessler.",
    ):
        found = kinds(events_of(text, lambda t: hand_places(t, INVENTED_TOWNS), "2025-03-14"))
        assert ("Battles", "asserted", "Kessler") in found, text
