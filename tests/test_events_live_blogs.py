"""Live blogs whose entries open with a time stamp and a dateline ("13:20 KATHMANDU — ...").

The texts are written for these tests. Each entry of such a blog is filed
from its own town: the geoparser reads the capitalised town after the time
stamp as a dateline, and an event the entry tells without a place of its
own happened there, not in the town of the entry before.
"""

from __future__ import annotations

import pytest

import gazetteer
from geomap.events import extract_events
from geomap.places import find_places
from geomap.records import Document

BLOG = (
    "Live: protests around the world (all times GMT)\n\n"
    "09:05 RABAT — Organisers have called for a sit-in in Rabat this evening.\n\n"
    "13:20 KATHMANDU — A few hundred people marched peacefully to parliament to demand that "
    "those who ordered the shootings be prosecuted.\n\n"
    "20:00 NAIROBI — Activists say they will march on parliament on Tuesday if two detained "
    "bloggers are not freed.\n"
)


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


def test_a_time_stamped_dateline_is_a_place(gaz):
    found = {p.text: p.country_code for p in find_places(BLOG, gaz)}
    assert found.get("KATHMANDU") == "NP" and found.get("NAIROBI") == "KE"


def test_each_entry_sets_its_events_in_its_own_town(gaz):
    doc = Document(id="blog", text=BLOG, date="2025-10-04")
    events = extract_events(doc, find_places(doc, gaz))
    marches = {(e.modality, e.location) for e in events if e.event_type == "Protests"}
    assert ("asserted", "Kathmandu") in marches
    assert ("hypothetical", "Nairobi") in marches
    assert not any(e.location == "Rabat" and e.modality == "asserted" for e in events)


NIGHTLY = (
    "10:40 - In Kenya, a crowd set fire to a police station in Kisumu on Friday night.\n\n"
    "11:30 - In Georgia, demonstrators gathered on Rustaveli Avenue in Tbilisi on Saturday for "
    "what organisers said was the 400th straight night of protests against the government.\n"
)


def test_demonstrators_who_gathered_protested_where_they_gathered(gaz):
    doc = Document(id="nightly", text=NIGHTLY, date="2025-10-04")
    events = extract_events(doc, find_places(doc, gaz))
    protests = [e.location for e in events if e.event_type == "Protests"]
    # "gathered" is the protest: its street is in Tbilisi, not in the entry before
    assert protests == ["Tbilisi"], [(e.event_type, e.location, e.geo_method) for e in events]
