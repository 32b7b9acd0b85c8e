"""A raid that kills and abducts is an attack; one that only abducts is an abduction.

Written for its test, in an invented war; places are built by hand. ACLED codes
an attack that killed people as an attack even when people were also taken;
an assault whose only harm is the abduction is an abduction.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events


def test_a_raid_that_killed_and_abducted_is_an_attack():
    events = _events(
        "On Sunday bandits stormed Kessler, killing 23 people and abducting dozens of women."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")
    ]


def test_a_raid_that_only_abducted_is_an_abduction():
    events = _events("On Sunday bandits stormed Kessler, abducting dozens of women.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Abduction/forced disappearance")
    ]
