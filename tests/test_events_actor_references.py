"""Actors named once and then called by the last word of their name.

Sentences written for these tests, with invented towns built by hand; the actor
dictionary is the real one. Each test states one general mechanism:

- "FARC dissidents attacked ... the dissidents also blocked the road": "the
  dissidents" is the armed group named before, so their roadblock is no protest;
- a word that names a kind of body ("the army" after "the Arakan Army") is left to
  the patterns of generic actors: it may be the state's army.
"""

from __future__ import annotations

from geomap.events.actors import definite_references, find_actors
from tests.event_fixtures import invented_events as _events


def test_the_dissidents_are_the_armed_group_named_before():
    known = find_actors("FARC dissidents attacked a police station.")
    found = definite_references("Officials said the dissidents blocked a road.", known)
    assert [(a.text, a.name) for a in found] == [("the dissidents", "FARC dissidents")]


def test_a_kind_of_body_is_no_reference_to_a_named_actor():
    known = find_actors("The Arakan Army said it had taken the town.")
    assert definite_references("The army denied it.", known) == []


def test_a_roadblock_by_the_group_named_before_is_no_protest():
    events = _events(
        "FARC dissidents attacked a police station in Kessler with drones on Sunday, police "
        "said.\n\nLocal officials said the dissidents also blocked the main road near Dunmore "
        "for several hours."
    )
    assert "Protests" not in {e.event_type for e in events}
    assert [e.location for e in events] == ["Kessler"]  # the attack is still told
