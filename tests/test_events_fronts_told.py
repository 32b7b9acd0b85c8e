"""A front-line report: fighting told anew at a town, and a town that may fall.

Texts written for these tests.
"""

from __future__ import annotations

from geomap.events.triggers import find_triggers, is_definite
from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_the_article_of_the_speaker_does_not_make_fighting_a_back_reference():
    sentence = "Further south, the army says fighting is going on around Kessler."
    (trigger,) = [t for t in find_triggers(sentence) if t.text == "fighting"]
    assert not is_definite(sentence, trigger)


def test_fighting_around_two_towns_after_an_assault_elsewhere_is_its_own_event():
    events = _events(
        "The army says its troops beat back nine assaults on Dunmore over the past day.\n\n"
        "Further south, the army says fighting is going on around Harrow and Ostin, where "
        "enemy troops are trying to widen their salient."
    )
    assert {e.location for e in events if e.event_type == "Battles"} == {
        "Dunmore",
        "Harrow",
        "Ostin",
    }, kinds(events)


def test_a_town_that_may_fall_is_where_the_feared_takeover_is():
    events = _events(
        "Officials here fear that if Kessler falls, enemy artillery will start hitting the "
        "centre of Dunmore every day."
    )
    takeovers = [e for e in events if e.trigger == "falls"]
    assert [(e.modality, e.location) for e in takeovers] == [("hypothetical", "Kessler")]
