"""A town told it "will not be safe" is threatened; people who would not be safe are not.

Texts written for these tests.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_a_town_that_will_not_be_safe_is_threatened():
    events = _events(
        'A rebel spokesman said in an audio message that Dunmore "will not be safe" for the '
        "junta and its allies."
    )
    assert [(e.modality, e.modality_detail, e.location) for e in events] == [
        ("hypothetical", "threat", "Dunmore")
    ], kinds(events)


def test_people_who_would_not_be_safe_are_no_threat():
    events = _events("Doctors said patients would not be safe in Dunmore if the hospital closed.")
    assert events == []
