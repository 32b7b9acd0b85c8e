"""Recall on phrasings the rules did not know (round three).

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism of how conflict news tells an event: an army's order to leave a
town announces strikes on it (a threat, as ACLED codes warnings), and words
for killings, abductions, sexual violence, pillage and gunfights that the
lexicon lacked.
"""

from __future__ import annotations

from geomap.events.triggers import find_triggers
from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS)


def _events(text: str, date: str = "2025-03-14") -> list[Event]:
    return events_of(text, _places, date)


# ------------------------------------------------------------ evacuation orders


def test_an_order_to_leave_a_town_threatens_it_with_more_of_the_articles_violence():
    events = _events(
        "Warplanes struck three houses in Dunmore on Monday, killing nine people, local "
        "officials said. Hours later the army told residents of the nearby market town "
        "of Kessler to leave immediately."
    )
    assert ("Explosions/Remote violence", "hypothetical", "Kessler") in kinds(events)
    assert ("Explosions/Remote violence", "asserted", "Dunmore") in kinds(events)


def test_an_evacuation_order_is_a_threat_and_never_an_event_that_happened():
    events = _events(
        "Artillery shelled Dunmore overnight, the governor said. An evacuation order "
        "covering Harrow was issued on Tuesday."
    )
    harrow = [e for e in events if e.location == "Harrow"]
    assert harrow and all(e.modality == "hypothetical" for e in harrow)


def test_a_warning_to_leave_needs_people_told_to_go():
    text = "The ministry told journalists to leave the briefing room in Ostin."
    assert not [t for t in find_triggers(text) if t.entry.trigger_class == "target"]
