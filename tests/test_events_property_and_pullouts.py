"""Masts destroyed, bases evacuated and occupied, raids that end "before withdrawing".

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: armed men who
"destroyed a mobile phone mast" destroyed property (a drone that did is a
strike); an army that "evacuated its base" withdrew (aid workers who
evacuate a camp, or an army that evacuates residents, did not); armed men who
"occupied the police station" took it, and the withdrawal that ends the raid
("before withdrawing", "before pulling out") is no event of its own; a town
named with a speaker after a comma ("a bomb exploded in Dunmore, police in
Kessler said") is where the speaker is, not a second site.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

PROPERTY = ("Strategic developments", "asserted", "Kessler")


def test_armed_men_who_destroy_a_mast_destroy_property():
    events = _events("Militants destroyed a mobile phone mast near Kessler on Sunday.")
    assert kinds(events) == {PROPERTY}
    assert {e.sub_event_type for e in events} == {"Looting/property destruction"}


def test_a_drone_that_destroys_a_mast_is_a_strike():
    events = _events("A drone destroyed a telecommunications tower near Kessler.")
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}


def test_an_army_that_evacuated_its_base_withdrew():
    events = _events("The army evacuated its base in Kessler on Friday.")
    assert kinds(events) == {PROPERTY}
    assert {e.sub_event_type for e in events} == {"Non-violent transfer of territory"}


def test_evacuating_a_camp_or_residents_is_no_withdrawal():
    assert kinds(_events("Aid workers evacuated the camp in Kessler.")) == set()
    assert kinds(_events("The army evacuated residents of Kessler.")) == set()


def test_armed_men_who_occupy_a_police_station_take_it_and_their_exit_is_no_event():
    events = _events(
        "Insurgents briefly occupied the police station in Kessler before withdrawing."
    )
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_the_exit_after_freeing_prisoners_is_no_withdrawal():
    events = _events("The fighters freed 200 prisoners in Kessler before pulling out.")
    assert not any(e.sub_event_type == "Non-violent transfer of territory" for e in events)


def test_a_withdrawal_told_for_itself_stays_one():
    events = _events("The rebels withdrew from Kessler before dawn on Sunday.")
    assert {e.sub_event_type for e in events} == {"Non-violent transfer of territory"}


def test_a_town_named_with_a_speaker_after_a_comma_is_no_second_site():
    events = _events("A bomb exploded at a market in Dunmore, the police chief in Kessler said.")
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Dunmore")}
    events = _events("Shells hit an air base in Dunmore and radar sites near Kessler on Monday.")
    assert {place for _, _, place in kinds(events)} == {"Dunmore", "Kessler"}
