"""No evidence that it happened; land taken back; people carried away from danger.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "found no evidence that a rape took place", "no sign that rebels had attacked":
  what there is no evidence of is denied, while evidence that it happened asserts it;
- "lost control of the hills above Kessler before retaking them": what is retaken is
  land, so "them" is no people abducted;
- "a minibus carrying civilians away from the front line": people taken away from
  danger are evacuated, not abducted.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds


def test_no_evidence_that_a_rape_took_place_denies_it():
    events = _events(
        "Police in Kessler said on Sunday they had found no evidence that a rape took place."
    )
    assert _kinds(events) == {("Violence against civilians", "negated", "Kessler")}


def test_evidence_that_rebels_attacked_asserts_the_attack():
    events = _events("Officials found evidence that rebels had attacked Kessler on Sunday.")
    assert _kinds(events) == {("Battles", "asserted", "Kessler")}


def test_hills_retaken_are_no_people_abducted():
    events = _events(
        "Residents said the rebels briefly lost control of the hills above Kessler on Sunday "
        "before retaking them."
    )
    assert "Violence against civilians" not in {e.event_type for e in events}


def test_civilians_carried_away_from_the_front_line_were_not_abducted():
    events = _events(
        "A drone struck a minibus carrying civilians away from the front line near Kessler on "
        "Sunday, killing nine people."
    )
    assert "Abduction/forced disappearance" not in {e.sub_event_type for e in events}
    assert ("Explosions/Remote violence", "asserted", "Kessler") in _kinds(events)
