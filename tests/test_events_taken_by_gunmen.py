"""People taken by insurgents, and gunmen who took someone away.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "two boys and a girl ... were taken by insurgents from a camp near Kessler":
  people taken by armed men of any name (insurgents, militants, bandits,
  rebels ...) were abducted; a town taken by insurgents is territory;
- "gunmen stopped the car of a council member and took him away": a person
  gunmen took away was abducted; an injured man taken away by paramedics was
  not.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds

ABDUCTION = ("Violence against civilians", "asserted", "Kessler")


def _subtypes(events):
    return {e.sub_event_type for e in events}


def test_children_taken_by_insurgents_were_abducted():
    events = _events(
        "On Sunday two boys and a girl between 12 and 15 years old were taken by insurgents "
        "from a fishing camp near Kessler."
    )
    assert _kinds(events) == {ABDUCTION}
    assert _subtypes(events) == {"Abduction/forced disappearance"}


def test_a_town_taken_by_insurgents_is_territory():
    events = _events("On Sunday the town of Kessler was taken by insurgents after heavy fighting.")
    assert "Abduction/forced disappearance" not in _subtypes(events)
    assert ("Battles", "asserted", "Kessler") in _kinds(events)


def test_a_man_gunmen_took_away_was_abducted():
    events = _events(
        "In Kessler on Sunday, gunmen stopped the car of a council member and took him away."
    )
    assert _kinds(events) == {ABDUCTION}
    assert _subtypes(events) == {"Abduction/forced disappearance"}


def test_an_injured_man_taken_away_by_paramedics_was_not_abducted():
    assert not _events("In Kessler on Sunday the injured man was taken away by paramedics.")
