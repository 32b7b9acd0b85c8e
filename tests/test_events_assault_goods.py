"""What an assault did: a police station torched, weapons seized after a fight.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "stormed Kessler, torching the police station and several homes": burning an
  armed post is part of taking the town, not property destruction, while a storming
  that burns homes, or loots stores before a fight, is destruction;
- "saying 40 soldiers had been killed and weapons seized": weapons seized with the
  auxiliary of the verb before them are goods, not a town taken.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events


def _subtypes(events):
    return {(e.sub_event_type, e.location) for e in events}


def test_gunmen_who_stormed_a_town_torching_its_police_station_took_it():
    events = _events(
        "Gangs stormed Kessler on Sunday, torching the police station and several homes."
    )
    assert _subtypes(events) == {("Non-state actor overtakes territory", "Kessler")}


def test_gunmen_who_stormed_a_village_torching_homes_destroyed_property():
    events = _events(
        "Gunmen stormed the village of Kessler on Sunday, torching homes and a school."
    )
    assert _subtypes(events) == {("Looting/property destruction", "Kessler")}


def test_fighters_who_looted_stores_and_then_fought_troops_destroyed_property():
    events = _events(
        "More than 100 fighters loyal to the group stormed Kessler in the far north, looted "
        "food stores and later fought troops in the streets."
    )
    assert ("Looting/property destruction", "Kessler") in _subtypes(events)


def test_weapons_seized_after_soldiers_were_killed_are_no_town_taken():
    events = _events(
        "The rebels claimed an attack on an army detachment in Kessler on Sunday, saying 40 "
        "soldiers had been killed and weapons seized."
    )
    assert _subtypes(events) == {("Armed clash", "Kessler")}
