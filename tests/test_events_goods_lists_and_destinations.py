"""Goods seized in a list, and where forces withdrew to.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "two pistols, a hand grenade and extortion notes were seized in Kessler":
  goods named first in a list of what was seized are no land taken, as one
  good alone is not; a town seized is;
- "withdrew their officers to Kessler": where forces went is not the ground
  they gave up, so no handover is placed there; a withdrawal from Kessler is.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds


def test_goods_first_in_a_list_of_what_was_seized_are_no_territory():
    assert not _events(
        "On Sunday two pistols, a hand grenade and extortion notes were seized in Kessler."
    )


def test_a_town_seized_is_territory():
    events = _events("On Sunday the town of Kessler was seized by the rebels.")
    assert ("Battles", "asserted", "Kessler") in _kinds(events)


def test_a_withdrawal_to_a_town_is_no_handover_there():
    assert not _events(
        "On Sunday the police, who said they had been outnumbered, withdrew their officers "
        "to Kessler."
    )


def test_a_withdrawal_from_a_town_is_a_handover_there():
    events = _events("On Sunday the army withdrew from Kessler without a fight.")
    assert _kinds(events) == {("Strategic developments", "asserted", "Kessler")}
