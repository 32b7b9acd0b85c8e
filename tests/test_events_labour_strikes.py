"""A strike by workers is a walkout, not an air strike.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: "strike" with no weapon
named, said of teachers, workers or a union, is a walkout, which ACLED codes as
a protest when its grievance is named ("over unpaid wages"); drones or
militants that "strike" a town still strike it; and a group that "vowed to
strike again" threatens another attack.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_teachers_who_will_strike_over_wages_plan_a_protest():
    events = _events("Teachers in Kessler will strike on Monday over unpaid wages.")
    assert kinds(events) == {("Protests", "hypothetical", "Kessler")}


def test_a_union_strike_without_a_grievance_is_no_air_strike():
    events = _events("The dockers' union in Kessler said its members would strike next week.")
    assert not any(e.event_type == "Explosions/Remote violence" for e in events)


def test_drones_that_will_strike_a_town_still_threaten_a_strike():
    events = _events("Drones will strike Kessler again, the rebels said.")
    assert kinds(events) == {("Explosions/Remote violence", "hypothetical", "Kessler")}


def test_a_group_that_vowed_to_strike_again_threatens_an_attack():
    events = _events("The militants vowed to strike again wherever officials gather in Kessler.")
    assert {(t, m) for t, m, _ in kinds(events)} == {("Battles", "hypothetical")}
