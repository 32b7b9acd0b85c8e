"""Masts destroyed and bases evacuated.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: armed men who
"destroyed a mobile phone mast" destroyed property (a drone that did is a
strike); an army that "evacuated its base" withdrew (aid workers who
evacuate a camp, or an army that evacuates residents, did not).
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
