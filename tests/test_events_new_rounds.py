"""New rounds of fighting: attacks that spread to other towns, clashes that may resume;
and where fighters came from is not "the city" they entered.

Texts written for these tests.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_clashes_that_could_resume_are_a_feared_new_round():
    events = _events(
        "Rival brigades fought for two days in Dunmore. A ceasefire has largely held since "
        "Wednesday, but diplomats warned that the clashes could resume if the government "
        "tried to disarm the brigades by force."
    )
    assert ("Battles", "asserted", "Dunmore") in kinds(events)
    assert ("Battles", "hypothetical", "Dunmore") in kinds(events), kinds(events)


def test_the_city_convoys_entered_is_not_the_town_they_came_from():
    events = _events(
        "Heavy fighting shook Dunmore on Monday. On Thursday, rebels from Kessler and Harrow "
        "stormed the city."
    )
    stormed = [e for e in events if e.trigger == "stormed"]
    assert [e.location for e in stormed] == ["Dunmore"], kinds(events)


def test_attacks_that_spread_to_other_towns_are_events_there():
    events = _events(
        "Gunmen ambushed a patrol of the security forces near Dunmore on Thursday. Within "
        "hours the attacks had spread to checkpoints around Kessler and Harrow."
    )
    assert {e.location for e in events if e.event_type == "Battles"} == {
        "Dunmore",
        "Kessler",
        "Harrow",
    }, kinds(events)
