"""Dates that belong to another noun: a grievance's time is not the event's.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: a possessive date ("last year's uprising", "Monday's attack") dates
the noun it owns, so it neither dates nor backdates the event the sentence tells
("students blocked an intersection to demand a trial over last year's killings"
is today's protest; "police arrested two men over Monday's attack" is not an
arrest on Monday), while "Monday's attack killed five" is the attack's own day;
and a closing relative aside (", which have returned in recent weeks.") tells
about its noun, not when a protest happened.
"""

from __future__ import annotations

from geomap.events.dates import resolve_date
from geomap.records import Event
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds


def _events(text: str, date: str = "2025-05-14") -> list[Event]:
    return events_of(text, lambda t: hand_places(t, INVENTED_TOWNS), date)


def test_a_protest_over_last_years_killings_is_todays_protest():
    events = _events(
        "Students blocked the main intersection in Kessler on Monday to demand a faster trial "
        "of those accused of killings during last year's uprising."
    )
    assert kinds(events) == {("Protests", "asserted", "Kessler")}


def test_a_closing_aside_about_recent_weeks_does_not_make_a_protest_background():
    events = _events(
        "In Kessler, dozens of people protested on Monday outside the town hall against long "
        "queues at petrol stations, which have returned in recent weeks."
    )
    assert kinds(events) == {("Protests", "asserted", "Kessler")}


def test_an_arrest_over_mondays_attack_is_not_dated_monday():
    sentence = "Police arrested two men over Monday's attack on the market."
    found = resolve_date(sentence, "2025-05-14", anchor=sentence.index("arrested"))
    assert (found.date, found.precision) == ("2025-05-14", 2)


def test_mondays_attack_is_dated_monday():
    sentence = "Monday's attack on the market killed five."
    found = resolve_date(sentence, "2025-05-14", anchor=sentence.index("attack"))
    assert (found.date, found.precision) == ("2025-05-12", 1)
