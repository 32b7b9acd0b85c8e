"""Encounters, reports that are denied, and fighting that did not reach a town.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "killed in an encounter with security forces", "no encounter took place in
  Kessler": in South Asian police usage an encounter is a gunfight, told or denied;
  "a chance encounter" is none, and "the encounter began on Monday" tells the same
  one again;
- "denied the reports ... claiming that clashes broke out in Kessler": the claim of
  the reports is what the denial denies;
- reports a side calls "premature" or, quoting, "false": the capture they tell is
  denied;
- "the fighting had not reached their town": fighting that did not reach a town is
  denied there, as fighting that did not take place is.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds


def test_militants_killed_in_an_encounter_fought_a_battle():
    events = _events(
        "Two militants were killed in an encounter with security forces near Kessler on Sunday."
    )
    assert _kinds(events) == {("Battles", "asserted", "Kessler")}


def test_no_encounter_took_place_denies_a_battle():
    events = _events(
        "Contrary to posts on social media, no encounter took place in Kessler on Sunday."
    )
    assert _kinds(events) == {("Battles", "negated", "Kessler")}


def test_the_encounter_told_again_is_the_same_battle():
    events = _events(
        "Two militants were killed in an encounter with security forces near Kessler on "
        "Sunday. The encounter began at dawn and lasted six hours."
    )
    assert len(events) == 1


def test_a_chance_encounter_is_no_battle():
    assert not _events("It was a chance encounter in Kessler on Sunday.")


def test_denied_reports_claiming_clashes_deny_the_clashes():
    events = _events(
        "The ministry denies the reports circulated by some pages on social media claiming "
        "that clashes broke out in Kessler on Sunday evening."
    )
    assert _kinds(events) == {("Battles", "negated", "Kessler")}


def test_reports_claiming_clashes_still_tell_them():
    events = _events("Reports claiming that clashes broke out in Kessler circulated on Sunday.")
    assert _kinds(events) == {("Battles", "asserted", "Kessler")}


def test_fighting_that_had_not_reached_a_town_is_denied_there():
    events = _events("On Sunday residents of Kessler said the fighting had not reached their town.")
    assert _kinds(events) == {("Battles", "negated", "Kessler")}


@pytest.mark.parametrize("word", ["premature", '"premature"', '"false"', "‘untrue’"])
def test_reports_called_premature_or_false_in_quotes_are_denied(word):
    events = _events(
        f"On Tuesday the rebels said reports that they had captured Kessler were {word}."
    )
    assert _kinds(events) == {("Battles", "negated", "Kessler")}
