"""Threats to pursue a named side, and threats told in the passive.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "vowed to pursue the KLF to the last village of Kessler": a side pursued may be
  named, not only called fighters or rebels; a name followed by where the pursuit
  goes is the side, while "pursue the Harrow Mining Company" with no way named is no
  pursuit of fighters;
- "fighters who do not surrender in Kessler will be pursued": a pursuit threatened
  in the passive is a threatened battle; one told as under way is the aftermath of
  what was told, no event of its own.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds

THREAT = ("Battles", "hypothetical", "Kessler")


def test_a_vow_to_pursue_a_named_side_into_a_town_is_a_threatened_battle():
    events = _events(
        "On Sunday the army commander vowed to pursue the KLF to the last village of Kessler."
    )
    assert _kinds(events) == {THREAT}


def test_pursuing_a_company_is_no_battle():
    assert not _events(
        "The ministry said on Sunday it would pursue the Harrow Mining Company over its debts "
        "in Kessler."
    )


def test_a_pursuit_threatened_in_the_passive_is_a_threatened_battle():
    events = _events(
        "The army warned on Sunday that fighters who do not surrender in Kessler will be pursued."
    )
    assert _kinds(events) == {THREAT}


def test_a_passive_pursuit_under_way_is_no_event():
    assert not _events(
        "The defence ministry said on Sunday that the men were being pursued near Kessler."
    )
