"""A period's start is no event's date; crowds that mark an anniversary; a frame with its time.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "gathered again on Friday ..., as they have every week since August 2023": the
  month after "since" starts a period, so the protest is Friday's, not a background
  event of 2023;
- "as thousands marked the first anniversary of the arrest": a crowd marking an
  anniversary protests, and the detentions told with it are that protest's
  intervention;
- "In Kessler on Wednesday, a crowd ... beat him to death": a town that opens the
  sentence with the day frames what it tells.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events


def _kinds(events):
    return {(e.sub_event_type, e.location) for e in events}


def test_a_weekly_protest_since_a_month_long_ago_is_dated_by_its_day():
    events = _events(
        "In Kessler, protesters gathered again in the central square on Friday, calling for "
        "political change as they have every week since August 2023."
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Peaceful protest", "2025-05-09")
    ]


def test_thousands_marking_an_anniversary_protest_and_their_detentions_are_its_intervention():
    events = _events(
        "Police in Kessler detained at least 40 people on Sunday as thousands marked the first "
        "anniversary of the arrest of the city's former mayor."
    )
    assert _kinds(events) == {("Protest with intervention", "Kessler")}


def test_a_town_and_day_that_open_the_sentence_frame_it():
    events = _events(
        "In Kessler on Wednesday, a crowd stopped a young man at a roadblock, accused him of "
        "spying and beat him to death."
    )
    assert _kinds(events) == {("Mob violence", "Kessler")}
