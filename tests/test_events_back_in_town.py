"""Forces who say they will be back in a town.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "the rebels vowed they will be back in Kessler before the rains": armed men who
  will be back in a town threaten to take it, as "will be in Kessler" does;
- "rebel commanders said that they would be back in Kessler": "they" are the armed
  speakers of the clause;
- aid workers, or people displaced, who will be back in a town threaten nothing.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds

THREAT = ("Battles", "hypothetical", "Kessler")


def test_rebels_who_vow_to_be_back_in_a_town_threaten_it():
    assert _kinds(
        _events("On Sunday the rebels vowed they will be back in Kessler before the rains.")
    ) == {THREAT}


def test_commanders_who_say_they_would_be_back_threaten_the_town():
    events = _events(
        "Rebel commanders said on social media on Sunday that they would be back in Kessler "
        '"within days".'
    )
    assert _kinds(events) == {THREAT}


def test_aid_workers_who_will_be_back_threaten_nothing():
    assert not _events("Aid workers said on Sunday they would be back in Kessler on Monday.")


def test_the_displaced_who_hope_to_be_back_threaten_nothing():
    assert not _events("The displaced hope they will be back in Kessler for the harvest.")
