"""Sites listed: fighting told with "the" around two towns, towns listed after a colon.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanism: "the heaviest fighting
around Dunmore and Kessler" reads like a reference to fighting told before
(its "the"), but told afresh it lists two sites, each an event, as "fighting
raged around Dunmore and Kessler" does; a reference to a raid told before stays
one event. Towns listed after a colon that ends the sentence ("shelled three
towns overnight: Dunmore, Harrow and Kessler") are each a site of the act.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

_BOTH = {("Battles", "asserted", "Dunmore"), ("Battles", "asserted", "Kessler")}


def test_the_heaviest_fighting_around_two_towns_is_at_both():
    events = _events(
        "The General Staff reported 52 assaults in the past day, with the heaviest fighting "
        "around Dunmore and Kessler."
    )
    assert kinds(events) == _BOTH


def test_fighting_that_raged_around_two_towns_is_at_both():
    assert kinds(_events("Heavy fighting raged around Dunmore and Kessler on Monday.")) == _BOTH


def test_the_raid_told_again_stays_one_event():
    events = _events(
        "Rebels raided an army post in Dunmore on Monday. The raid on Dunmore, a town near "
        "Kessler, killed four soldiers."
    )
    assert kinds(events) == {("Battles", "asserted", "Dunmore")}


def test_towns_listed_after_a_colon_were_each_shelled():
    events = _events("Artillery shelled three towns overnight: Dunmore, Harrow and Kessler.")
    assert {p for _, _, p in kinds(events)} == {"Dunmore", "Harrow", "Kessler"}


def test_a_clause_after_a_colon_lists_no_sites():
    events = _events(
        "Drones struck a depot overnight, the army said: Dunmore and Kessler are now without power."
    )
    assert not any(e.location in ("Dunmore", "Kessler") for e in events)
