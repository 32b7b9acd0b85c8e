"""Speakers who tell of what happened in their own town.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanism: officials in a town
who say "no clashes had taken place in the city" speak of their own town, so
the denial is placed there and not at the town an earlier sentence named (a
ministry that sits in a capital speaks of the country, not of the capital);
officials in a town who say the army "would recover the town", or police who
say gunmen "had left the town", still speak of the town named before.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

DENIED_HERE = ("Battles", "negated", "Kessler")


def test_no_clashes_in_the_speakers_own_city():
    events = _events("Officials in Kessler said no clashes had taken place in the city.")
    assert kinds(events) == {DENIED_HERE}


def test_the_speakers_own_city_wins_over_the_town_told_before():
    events = _events(
        "Gunmen abducted eleven passengers near Harrow on Monday. Officials in Kessler, the "
        "regional capital, said no clashes had taken place in the city, which remains under "
        "a night curfew."
    )
    assert kinds(events) == {
        ("Violence against civilians", "asserted", "Harrow"),
        DENIED_HERE,
    }


def test_a_town_to_be_recovered_is_the_one_told_before():
    events = _events(
        "Rebels attacked Harrow on Sunday. Officials in Kessler said the army would recover "
        "the town."
    )
    assert kinds(events) == {
        ("Battles", "asserted", "Harrow"),
        ("Battles", "hypothetical", "Harrow"),
    }


def test_a_town_the_gunmen_left_is_the_one_told_before():
    events = _events(
        "Rebels attacked Harrow on Sunday. Police in Kessler said the gunmen had left the town."
    )
    assert kinds(events) == {("Battles", "asserted", "Harrow")}


def test_a_ministry_in_a_capital_speaks_of_another_town():
    events = _events(
        "Gunmen attacked Dunmore on Tuesday. The interior ministry in Kessler said no clashes "
        "had taken place in the city."
    )
    assert all(e.location != "Kessler" for e in events)
