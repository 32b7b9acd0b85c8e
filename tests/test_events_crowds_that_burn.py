"""Crowds that storm and burn, protests that turn violent, people fired on, faculties
blocked.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. The mechanisms:

- residents who storm or set fire to a town hall or a municipal building are
  a crowd rioting, whatever they burned or took, while gunmen who burn it
  destroy property;
- "set the municipal building in Kessler on fire": the arson's object may be
  a long phrase between "set" and "on fire";
- a protest and a riot told in one sentence ("residents protesting power cuts
  stormed the town hall and set it on fire") are one demonstration that
  turned violent, a riot; "the fourth day of unrest" is a word for protests
  that stay peaceful;
- "residents angry over weeks of power cuts stormed": the weeks are the
  grievance's, not a prelude to the act;
- students who block their faculties or a campus protest, as those who block
  roads do;
- troops who fire at shepherds or labourers fire on people, with or without a
  weapon named.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday angry residents stormed the town hall in Kessler and set part of it on fire.",
        "On Monday angry residents set the municipal building in Kessler on fire.",
        "On Monday residents protesting power cuts stormed the town hall in Kessler and set "
        "part of it on fire.",
    ],
)
def test_residents_who_storm_and_burn_a_town_hall_riot(sentence):
    events = _events(sentence)
    assert kinds(events) == {("Riots", "asserted", "Kessler")}
    assert len(events) == 1


def test_gunmen_who_burn_a_municipal_building_destroy_property():
    events = _events("On Monday gunmen set the municipal building in Kessler on fire.")
    assert kinds(events) == {("Strategic developments", "asserted", "Kessler")}


def test_protests_on_a_day_of_unrest_stay_protests():
    events = _events(
        "On Monday protests over prices spread to Kessler, the fourth day of unrest, as "
        "merchants shut their shops and marched to the town hall."
    )
    assert ("Protests", "asserted", "Kessler") in kinds(events)


@pytest.mark.parametrize("people", ["shepherds", "labourers"])
def test_troops_who_fire_at_people_attack_them(people):
    events = _events(f"On Monday troops fired at {people} near Kessler; nobody was hit.")
    assert kinds(events) == {("Violence against civilians", "asserted", "Kessler")}


def test_weeks_of_a_grievance_do_not_make_the_act_background():
    events = _events(
        "In Kessler, dozens of residents angry over weeks of power cuts stormed the municipal "
        "building on Monday."
    )
    assert kinds(events) == {("Riots", "asserted", "Kessler")}


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("On Monday students in Kessler blocked the campus.", "asserted"),
        (
            "On Monday students in Kessler said they will block their faculties next week.",
            "hypothetical",
        ),
    ],
)
def test_students_who_block_their_faculties_protest(sentence, modality):
    assert kinds(_events(sentence)) == {("Protests", modality, "Kessler")}
