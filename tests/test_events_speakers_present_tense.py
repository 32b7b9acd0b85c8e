"""Where a speaker is, told in the present tense ("the ministry in X insists"), is not
where the event happened.

Texts written for these tests.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events


def test_the_ministry_in_a_capital_that_insists_is_not_where_it_struck():
    events = _events(
        "Drones hit Dunmore overnight, killing two people. The defence ministry in Harrow "
        'insists it only struck "military-industrial sites".'
    )
    assert "Harrow" not in {e.location for e in events}, [(e.trigger, e.location) for e in events]


def test_the_command_in_a_town_that_maintains_its_claim_is_not_the_site():
    events = _events(
        "Rebels shelled Dunmore on Monday. The army command in Kessler maintains that its "
        "artillery fired only at rebel positions."
    )
    assert "Kessler" not in {e.location for e in events}, [(e.trigger, e.location) for e in events]
