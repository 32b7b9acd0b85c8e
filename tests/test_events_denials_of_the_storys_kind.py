"""Denials: one that names no one is of the kind the story tells; a night that "passed
without gunfire" denies a clash.

Texts written for these tests.
"""

from __future__ import annotations

from geomap.events.rules import denials_of_the_storys_kind
from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

VAC = "Violence against civilians"


def test_a_rumoured_attack_in_a_story_of_attacks_on_villagers_is_one_of_them():
    text = (
        "Gunmen killed six farmers in their fields outside Dunmore on Monday.\n\n"
        "On Tuesday, armed men abducted eleven passengers from a bus near Kessler.\n\n"
        "- Rumoured attack on Harrow found to be false."
    )
    events = _events(text)
    assert (VAC, "negated", "Harrow") in kinds(events), kinds(events)


def test_a_story_of_mixed_kinds_leaves_the_denial_as_coded():
    events = _events(
        "Gunmen killed six farmers in their fields outside Dunmore on Monday.\n\n"
        "Troops and rebels fought for hours in Kessler on Tuesday.\n\n"
        "- Rumoured attack on Harrow found to be false."
    )
    denied = [e for e in events if e.modality == "negated"]
    assert len(denied) == 1
    assert denials_of_the_storys_kind(events) == events


def test_a_night_that_passed_without_gunfire_denies_a_clash():
    events = _events("In Dunmore, the night passed without gunfire, residents said.")
    assert kinds(events) == {("Battles", "negated", "Dunmore")}
