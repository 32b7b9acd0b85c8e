"""A roundup that heads each paragraph with a place ("Lima. Police fired ...") places
the paragraph's events there; "riot police" are a force, not a riot.

Texts written for these tests, run through the geoparser and the extractor.
"""

from __future__ import annotations

from tests.event_fixtures import geoparsed_events

_ROUNDUP = (
    "Lima. Police fired tear gas at transport workers who marched to Congress on Tuesday to "
    "protest against extortion by gangs. Six people were detained.\n\n"
    "Tbilisi. Riot police used water cannon on protesters who blocked Rustaveli Avenue on "
    "Saturday night.\n\n"
    "Belgrade. Students blocked a main crossroads on Friday; the protest ended "
    "peacefully.\n"
)


def _events(gaz, text: str):
    return geoparsed_events(gaz, text, date="2025-03-14")


def test_each_paragraphs_protest_is_placed_at_its_heading(gaz):
    events = _events(gaz, _ROUNDUP)
    assert sorted(e.location for e in events) == ["Belgrade", "Lima", "Tbilisi"]
    assert {e.event_type for e in events} == {"Protests"}


def test_a_country_heading_places_an_event_without_a_town_in_the_country(gaz):
    text = (
        "Mali. Gunmen attacked a weekly market near Bankass on Monday, killing 12 people.\n\n"
        "Niger. Soldiers repelled an attack on their post on Tuesday night, killing about "
        "twenty assailants, the defence ministry said.\n"
    )
    niger = [e for e in _events(gaz, text) if e.event_type == "Battles"]
    assert [e.country for e in niger] == ["Niger"]
