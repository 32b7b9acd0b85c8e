"""Where a radio transcript's events happened: the district of the police who speak, and
the town of the reporter's label.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: "Police in Kessler
said no post in the district was attacked" denies an attack in Kessler's
district, not at a town named in an earlier turn; and in a reporter's turn
labelled "REPORTER (Dunmore):", an event told without a place ("Here a crowd
burned tyres") happened where the label puts the reporter.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_the_district_of_police_who_speak_is_where_no_post_was_attacked():
    events = _events(
        "REPORTER (Harrow): Families in Dunmore say three campaign agents were picked up by "
        "men in plain clothes on Tuesday night.\n\n"
        "PRESENTER: Here in the west it has been calm. Police in Kessler told this station "
        "that no police post in the district was attacked overnight."
    )
    assert ("Battles", "negated", "Kessler") in kinds(events)
    assert ("Battles", "negated", "Dunmore") not in kinds(events)


def test_an_unplaced_riot_in_a_reporters_turn_is_at_the_labels_town():
    events = _events(
        "PRESENTER: Good morning. Our reporter is in Harrow.\n\n"
        "REPORTER (Harrow): Last night police fired tear gas at opposition supporters who had "
        "gathered outside a party office in Harrow.\n\n"
        "PRESENTER: And in Dunmore?\n\n"
        "REPORTER (Dunmore): Here a crowd burned tyres and blocked the highway after the "
        "results were read out."
    )
    assert ("Riots", "asserted", "Dunmore") in kinds(events)
    assert ("Riots", "asserted", "Harrow") not in kinds(events)


def test_unrest_in_several_towns_borrows_no_town():
    text = "Police fired tear gas at a rally in Kessler on Sunday. There was unrest overnight in "
    assert kinds(_events(text + "several towns.")) == {("Protests", "asserted", "Kessler")}
    assert ("Riots", "asserted", "Kessler") in kinds(_events(text + "Kessler."))
