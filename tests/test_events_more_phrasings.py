"""Common newswire phrasings of attacks, abductions and protests.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. Each test states one way reporters
tell an act (bullets "sprayed" at a bus, rockets "rained" on a town, fire aimed
"indiscriminately at" worshippers, aid workers "snatched", a priest "taken
away", passengers "herded into the bush", worshippers "mowed down") and a
near miss that tells no act; supporters who "set up barricades" protest, a
motorcycle rally or a charity march is a pastime.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

VAC = ("Violence against civilians", "asserted", "Kessler")


def test_bullets_sprayed_at_a_bus_attack_its_passengers():
    assert kinds(_events("Gunmen sprayed bullets at a bus in Kessler on Monday.")) == {VAC}


def test_pesticide_sprayed_on_fields_is_no_attack():
    assert kinds(_events("Farmers sprayed the fields with pesticide near Kessler.")) == set()


def test_rockets_rained_on_a_town_shell_it():
    assert kinds(_events("Rebels rained rockets on Kessler overnight.")) == {
        ("Explosions/Remote violence", "asserted", "Kessler")
    }


def test_fire_aimed_indiscriminately_at_worshippers_attacks_them():
    events = _events("Gunmen fired indiscriminately at worshippers in a mosque in Kessler.")
    assert kinds(events) == {VAC}


def test_aid_workers_snatched_by_armed_men_were_abducted():
    events = _events("Armed men snatched two aid workers in Kessler on Sunday.")
    assert {e.sub_event_type for e in events} == {"Abduction/forced disappearance"}


def test_a_priest_taken_away_by_kidnappers_was_abducted():
    events = _events("Kidnappers took away a priest from his parish in Kessler.")
    assert {e.sub_event_type for e in events} == {"Abduction/forced disappearance"}


def test_a_phone_taken_away_is_no_abduction():
    assert kinds(_events("Police took away the student's phone in Kessler.")) == set()


def test_passengers_herded_into_the_bush_were_abducted():
    events = _events("Gunmen herded the passengers into the bush near Kessler.")
    assert {e.sub_event_type for e in events} == {"Abduction/forced disappearance"}


def test_worshippers_mowed_down_were_killed():
    assert kinds(_events("Gunmen mowed down worshippers in Kessler on Friday.")) == {VAC}


def test_supporters_who_set_up_barricades_protest():
    events = _events("Opposition supporters set up barricades in Kessler on Monday.")
    assert kinds(events) == {("Protests", "asserted", "Kessler")}


def test_police_who_set_up_barricades_do_not_protest():
    assert kinds(_events("Police set up barricades around the parliament in Kessler.")) == set()


def test_a_motorcycle_rally_is_a_pastime_not_a_protest():
    assert kinds(_events("A motorcycle rally from Kessler is planned for July.")) == set()


def test_a_march_against_the_war_is_a_protest():
    events = _events("Hundreds joined a march in Kessler against the war on Sunday.")
    assert kinds(events) == {("Protests", "asserted", "Kessler")}
