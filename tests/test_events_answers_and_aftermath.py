"""What an attack answers, where a place lies, and what was done after a fight.

Texts written for these tests, run through the geoparser and the extractor.
"""

from __future__ import annotations

from tests.event_fixtures import geoparsed_events


def _events(gaz, text: str):
    return geoparsed_events(gaz, text)


def test_strikes_answered_keep_their_own_weapon(gaz):
    text = (
        "Hezbollah said it had fired rockets at an army base near Safed, in response to "
        "Israeli strikes near Nabatieh on Sunday night."
    )
    kinds = sorted((e.location_raw, e.sub_event_type) for e in _events(gaz, text))
    assert kinds == [
        ("Nabatieh", "Air/drone strike"),
        ("Safed", "Shelling/artillery/missile attack"),
    ]


def test_also_in_names_where_the_place_lies_not_a_second_site(gaz):
    text = (
        "The army said troops had killed three militants in an operation near Razmak, also "
        "in North Waziristan, on Thursday."
    )
    (event,) = _events(gaz, text)
    assert event.location == "Razmak"


def test_houses_burned_after_a_clash_are_an_event_of_their_own(gaz):
    text = (
        "Soldiers burned houses in a village near Shwebo on Tuesday after a clash with local "
        "resistance fighters, residents said."
    )
    kinds = sorted(e.sub_event_type for e in _events(gaz, text))
    assert kinds == ["Armed clash", "Looting/property destruction"]


def test_houses_burned_in_a_clash_are_its_damage(gaz):
    text = (
        "Soldiers clashed with resistance fighters in a village near Shwebo on Tuesday and "
        "burned houses, residents said."
    )
    kinds = sorted(e.sub_event_type for e in _events(gaz, text))
    assert kinds == ["Armed clash"]
