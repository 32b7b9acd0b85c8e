"""Crowds named by their town before the noun; killing sprees; bombers stopped first.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: "Kessler residents
took to the streets" gathers in Kessler as "residents of Kessler" does (a
country before the noun names no crowd's town, and residents who only tell of
another town's attack do not move it); a "killing spree" or "shooting spree"
is an attack on people, told or threatened; a suicide bomber arrested "before
he could detonate his vest" is a disrupted attack, not a blast, while a bomber
who blew himself up "before police could stop him" did.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

PROTEST = ("Protests", "asserted", "Kessler")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessler residents took to the streets on Monday.",
        "Kessler residents protested on Monday against the killing of a student.",
        "Kessler farmers marched on Monday.",
    ],
)
def test_a_crowd_named_by_its_town_gathers_there(sentence):
    assert kinds(_events(sentence)) == {PROTEST}


def test_residents_who_tell_of_another_town_do_not_move_its_attack():
    events = _events("Kessler residents said rebels attacked Harrow on Monday.")
    assert kinds(events) == {("Battles", "asserted", "Harrow")}


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Gang members went on a killing spree in Kessler on Monday, leaving 20 dead.", "asserted"),
        ("Gunmen went on a shooting spree in Kessler on Monday.", "asserted"),
        ("The gang warned it would go on a killing spree in Kessler.", "hypothetical"),
    ],
)
def test_a_killing_spree_is_an_attack_on_people(sentence, modality):
    assert kinds(_events(sentence)) == {("Violence against civilians", modality, "Kessler")}


def test_a_bomber_stopped_before_the_blast_is_a_disrupted_attack():
    events = _events(
        "Police arrested a suspected suicide bomber in Kessler on Monday before he could "
        "detonate his vest."
    )
    assert ("Explosions/Remote violence", "asserted", "Kessler") not in kinds(events)
    assert "Disrupted weapons use" in {e.sub_event_type for e in events}


def test_a_bomber_who_blew_up_first_is_a_blast():
    events = _events(
        "A suicide bomber blew himself up in Kessler on Monday before police could stop him."
    )
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}
