"""Towns handed back, withdrawals without a fight, raids that block roads.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "handed the town of Kessler back to the military", "handed Kessler over to the
  army": a non-violent transfer of the town; suspects handed over are no town;
- "withdrew from Kessler without fighting" tells how the fighters left: a transfer,
  no fight (asserted or denied), while "passed off without fighting" still denies one;
- troops who raid a town "detaining 14 people and blocking the main roads" made
  arrests: armed men's roadblocks are no protest for the arrests to be part of,
  while supporters who block streets as police detain protesters still protest;
- "blocked the highway and took control of Kessler": what follows "and" is the next
  thing the men did, not the grievance of a protest ("protesting police killings").
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

TRANSFER = ("Strategic developments", "asserted", "Kessler")


def test_a_town_handed_back_to_the_army_changed_hands_without_fighting():
    events = _events(
        "In the north, the rebels handed the town of Kessler back to the military on Sunday "
        "under a deal brokered by neighbours."
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Non-violent transfer of territory", "Kessler")
    ]


def test_a_town_handed_over_with_words_between_changed_hands():
    events = _events("The rebels handed Kessler over to the army on Sunday.")
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Non-violent transfer of territory", "Kessler")
    ]


def test_suspects_handed_over_are_no_town():
    events = _events("Police in Kessler handed the suspects over to the army on Sunday.")
    assert not events


def test_fighters_who_withdrew_without_fighting_fought_no_battle():
    events = _events("Rebel fighters withdrew from Kessler without fighting on Sunday.")
    assert kinds(events) == {TRANSFER}


def test_a_vote_that_passed_off_without_fighting_denies_a_fight():
    events = _events("Voting in Kessler passed off without fighting on Sunday.")
    assert kinds(events) == {("Battles", "negated", "Kessler")}


def test_troops_blocking_roads_in_a_raid_made_arrests():
    events = _events(
        "Soldiers carried out a two-day operation in Kessler on Monday, detaining at least "
        "14 people and blocking the main roads into the town."
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Kessler")]


def test_supporters_blocking_streets_as_police_detain_protesters_protest():
    events = _events(
        "Police detained 150 protesters in Kessler on Monday as supporters blocked streets "
        "across the town."
    )
    assert kinds(events) == {("Protests", "asserted", "Kessler")}


def test_armed_men_who_blocked_a_road_and_took_a_town_took_it():
    events = _events(
        "Dozens of armed men blocked the highway and took control of Kessler for several "
        "hours on Tuesday evening."
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Non-state actor overtakes territory", "Kessler")
    ]


def test_killings_a_march_protests_are_its_grievance():
    events = _events(
        "Hundreds of residents marched in Kessler on Tuesday protesting police killings."
    )
    assert kinds(events) == {("Protests", "asserted", "Kessler")}
