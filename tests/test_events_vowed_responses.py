"""Vows of a decisive response, to finish off units, to free every village.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "the army would respond 'decisively' if troops crossed into Kessler": a quoted vow of
  force is a threatened battle, as the unquoted one is; a ministry that will respond
  decisively to criticism threatens nothing;
- "threatening to 'finish off' the units near Kessler": a threat to finish off armed
  units is a threatened battle, while finishing off paperwork is nothing;
- "operations would 'free every village in Kessler'": freeing every village is a
  threatened fight for the territory.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds

THREAT = ("Battles", "hypothetical", "Kessler")


def test_a_quoted_decisive_response_is_a_threatened_battle():
    events = _events(
        'Officials said on Sunday that the army would respond "decisively" if rebel troops '
        "crossed into Kessler."
    )
    assert _kinds(events) == {THREAT}


def test_a_decisive_response_to_criticism_threatens_nothing():
    assert not _events(
        "The ministry said on Sunday it would respond decisively to the criticism in Kessler."
    )


def test_a_threat_to_finish_off_units_is_a_threatened_battle():
    events = _events('On Sunday officials threatened to "finish off" the rebel units near Kessler.')
    assert _kinds(events) == {THREAT}


def test_finishing_off_paperwork_is_no_battle():
    assert not _events("On Sunday medics in Kessler tried to finish off the paperwork.")


def test_a_vow_to_free_every_village_is_a_threatened_fight():
    events = _events(
        'On Sunday the minister promised that the next phase of operations would "free every '
        'village in Kessler before the rains".'
    )
    assert _kinds(events) == {THREAT}
