"""Operations promised, stepped up or needed: threatened fighting.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "and that a new operation there may be needed" opens a second clause of what
  was said: the operation is a plan of its own, not the fight told before;
- operations that "would be intensified" or "stepped up" in a place go on there, as
  ones that "would continue" do; "more operations around Kessler" are planned there;
- operations that go on take the kind of the fighting or strikes told before them,
  never that of a killing of villagers or a roadside bomb told in between: forces'
  operations do not continue a massacre or a mine.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

BATTLES = "Battles"


def test_a_new_operation_said_to_be_needed_is_a_planned_fight():
    events = _events(
        "Soldiers fought remnants of the old regime near Dunmore on Monday. Officials "
        "say the remnants are still holding out in the hills around Kessler, and that a "
        "new operation there may be needed."
    )
    assert (BATTLES, "hypothetical", "Kessler") in kinds(events)


def test_the_operation_told_again_after_that_is_no_new_plan():
    events = _events(
        "Soldiers launched an operation against the rebels near Kessler on Monday. "
        "Officials said that the operation had ended on Wednesday."
    )
    assert not [e for e in events if e.modality == "hypothetical"]


def test_operations_to_be_intensified_are_threatened_fighting():
    events = _events(
        "Police killed three rebels near Dunmore on Monday. The commander said "
        "operations in the Kessler forests would be intensified in the coming weeks."
    )
    assert (BATTLES, "hypothetical", "Kessler") in kinds(events)


def test_operations_to_be_stepped_up_are_threatened_fighting():
    events = _events(
        "Troops killed four insurgents near Dunmore on Monday. The governor said "
        "operations around Kessler will be stepped up."
    )
    assert (BATTLES, "hypothetical", "Kessler") in kinds(events)


def test_more_operations_promised_around_a_town_are_planned_there():
    events = _events(
        "Troops killed six insurgents near Dunmore on Monday. The commander has told "
        "residents there will be more operations around Kessler in the coming days."
    )
    assert (BATTLES, "hypothetical", "Kessler") in kinds(events)


def test_more_operations_told_as_done_are_no_plan():
    events = _events("The army carried out more operations around Kessler last year.")
    assert not [e for e in events if e.location == "Kessler"]


def test_operations_going_on_after_a_massacre_are_still_fighting():
    events = _events(
        "Soldiers killed five rebels in a gunfight near Kessler on Monday.\n\n"
        "Rebels shot dead four villagers in Kessler on Tuesday, accusing them of "
        "informing for the army.\n\n"
        "The commander said operations in Kessler would continue until the rebels "
        "were driven out."
    )
    threatened = [e for e in events if e.modality == "hypothetical"]
    assert [(e.event_type, e.sub_event_type) for e in threatened] == [(BATTLES, "Armed clash")]


def test_operations_going_on_after_a_roadside_bomb_are_still_fighting():
    events = _events(
        "A soldier was wounded when a roadside bomb planted by rebels exploded near "
        "Kessler on Tuesday.\n\nThe commander said operations would continue in Kessler "
        "until the rebels were wiped out."
    )
    threatened = [e for e in events if e.modality == "hypothetical"]
    assert [(e.event_type, e.location) for e in threatened] == [(BATTLES, "Kessler")]


def test_operations_going_on_after_air_strikes_are_more_strikes():
    events = _events(
        "Jets struck rebel positions in Kessler on Monday, the air force said.\n\n"
        "The air force said operations would continue in Kessler until the rebels "
        "were wiped out."
    )
    threatened = [e for e in events if e.modality == "hypothetical"]
    assert [(e.event_type, e.sub_event_type) for e in threatened] == [
        ("Explosions/Remote violence", "Air/drone strike")
    ]
