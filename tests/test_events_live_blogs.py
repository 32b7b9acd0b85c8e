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


# entries headed by the town in ordinary case and its country: "10:30 - Tbilisi, Georgia."
TITLED_BLOG = (
    "08:00 - Good morning. We are following unrest in three countries today.\n\n"
    "08:20 - Dakar, Senegal. Hundreds of students marched to the education ministry on "
    "Monday to demand unpaid grants.\n\n"
    "09:45 - Yerevan, Armenia. Police detained dozens of demonstrators outside the "
    "government building overnight.\n\n"
    "11:10 - Ulaanbaatar, Mongolia. Crowds of young men smashed the windows of two "
    "casinos after a disputed football match.\n"
)


def test_an_entry_headed_by_a_town_and_its_country_sets_its_events_there(gaz):
    doc = Document(id="titled", text=TITLED_BLOG, date="2025-05-20")
    events = extract_events(doc, find_places(doc, gaz))
    places = {e.trigger: e.country for e in events}
    assert places.get("detained") == "Armenia"
    assert places.get("smashed") == "Mongolia"


def test_an_entry_framed_by_a_town_after_its_time_stamp_is_set_there(gaz):
    text = (
        "05:30 - We are following a night of drone attacks on the Black Sea coast.\n\n"
        "06:10 - Residents of Novorossiysk report gunfire over the bay.\n\n"
        "07:40 - In Sevastopol, the governor says a drone hit a power substation, cutting "
        "electricity to parts of the city.\n"
    )
    doc = Document(id="framed", text=text, date="2024-05-13")
    events = extract_events(doc, find_places(doc, gaz))
    hit = next(e for e in events if e.trigger == "hit")
    assert hit.location == "Sevastopol"


def test_an_entry_headed_by_its_country_is_set_at_the_division_it_names(gaz):
    text = (
        "08:00 - We are following the crackdown on the opposition in East Africa.\n\n"
        "09:05 - Kenya: officials in Nakuru County say police have arrested more than 40 "
        "supporters of the opposition leader since Friday.\n"
    )
    doc = Document(id="division", text=text, date="2025-05-20")
    events = extract_events(doc, find_places(doc, gaz))
    arrest = next(e for e in events if e.trigger == "arrested")
    assert arrest.country == "Kenya" and arrest.geo_precision in (2, 3)
    assert arrest.location != "Kenya"
