""" "The town in South Galand zone": a town of the zone, the one named before.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanism: when "the town" a
trigger acts on is followed by the region it lies in ("entered the town in
South Galand zone"), the region says where the town lies; the event is at
the town named before, and is that town's capture told again. A region
written as one ("Galand zone") counts even when the gazetteer takes the name
for a town.
"""

from __future__ import annotations

from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds

REGIONS = {"South Galand": (11.5, 21.5)}


def _events(text: str, towns=INVENTED_TOWNS):
    return events_of(text, lambda t: hand_places(t, towns, regions=REGIONS), "2025-05-12")


def test_the_town_in_a_zone_is_the_town_named_before():
    events = _events(
        "Militiamen seized the town of Dunmore on Sunday. The fighters entered the town in "
        "South Galand zone at dawn and met little resistance."
    )
    assert kinds(events) == {("Battles", "asserted", "Dunmore")}


def test_a_zone_the_gazetteer_reads_as_a_town_still_locates_the_town():
    towns = {**INVENTED_TOWNS, "Galand": (11.6, 21.6)}  # "South Galand zone" read as a town
    events = events_of(
        "Militiamen seized the town of Dunmore on Sunday. The fighters entered the town in "
        "South Galand zone at dawn and met little resistance.",
        lambda t: hand_places(t, towns),
        "2025-05-12",
    )
    assert kinds(events) == {("Battles", "asserted", "Dunmore")}


def test_a_town_named_after_the_noun_is_where_the_event_is():
    events = _events(
        "Militiamen seized the town of Dunmore on Sunday. On Monday they attacked the town "
        "of Kessler."
    )
    assert ("Battles", "asserted", "Kessler") in kinds(events)
