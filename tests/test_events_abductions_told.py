"""People taken away, picked up by men in plain clothes, taken from their homes.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "took away four medical staff", "took away two teachers", "took the driver and his
  assistant into the bush": people of any trade led away are abducted, as villagers or
  passengers are (an injured man taken away by rescuers is not);
- "were picked up by men in plain clothes": an abduction by unnamed men, as "taken
  by armed men" is;
- "men in plain clothes took the blogger ... from his home": the people who took
  someone from a home make it an abduction, while rescuers taking the wounded from
  their homes to hospital make no event.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events

ABDUCTION = ("Abduction/forced disappearance", "asserted", "Kessler")


def _kinds(events):
    return {(e.sub_event_type, e.modality, e.location) for e in events}


def test_medical_staff_taken_away_were_abducted():
    events = _events(
        "In Kessler, gunmen raided a clinic on Sunday and took away four medical staff, "
        "whose whereabouts remain unknown."
    )
    assert ABDUCTION in _kinds(events)


def test_teachers_taken_away_were_abducted():
    events = _events("Gunmen took away two teachers from the school in Kessler on Sunday.")
    assert _kinds(events) == {ABDUCTION}


def test_people_picked_up_by_men_in_plain_clothes_were_abducted():
    events = _events(
        "Three opposition agents were picked up by men in plain clothes in Kessler on Sunday "
        "night and driven away in a van, relatives said."
    )
    assert _kinds(events) == {ABDUCTION}


def test_men_in_plain_clothes_who_took_a_blogger_from_his_home_abducted_him():
    events = _events(
        "On Sunday, men in plain clothes took the blogger Amos Teri from his home in Kessler."
    )
    assert _kinds(events) == {ABDUCTION}


def test_rescuers_taking_the_wounded_from_their_homes_abduct_nobody():
    events = _events(
        "On Sunday, rescuers took the wounded from their homes in Kessler to hospital."
    )
    assert not events


def test_a_driver_and_his_assistant_taken_into_the_bush_were_abducted():
    events = _events(
        "On Sunday, rebels stopped a truck near Kessler, looted its cargo and took the driver "
        "and his assistant into the bush."
    )
    assert ABDUCTION in _kinds(events)


def test_rescuers_taking_an_injured_man_away_abduct_nobody():
    assert not _events("On Sunday, rescuers took the injured man away from Kessler by boat.")
