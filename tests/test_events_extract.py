"""``extract_events`` on a short article of our own, with hand-built places.

The article (invented for this test) tells one capture three times, a
shelling with its dead, a denied air strike, a threat, and a spokesman
speaking elsewhere; each sentence tests one behaviour of the extractor.
"""

from __future__ import annotations

import re

import pytest

from geomap.events import extract_events
from geomap.records import Document, Place

TEXT = (
    "Rebels capture Kamba after two days of fighting\n\n"
    "Rebel fighters of the March 23 Movement captured the town of Kamba in North Kivu on "
    "Tuesday after two days of fighting with the army, residents said. Speaking in Kinshasa, a "
    "government spokesman said troops had withdrawn to avoid civilian casualties.\n\n"
    "On Wednesday, artillery shelled the outskirts of Lubero, killing four civilians, local "
    "officials said. The army denied that its jets had bombed Rutshuru.\n\n"
    "The rebels threatened to advance on Butembo. The fall of Kamba cuts a key supply road.\n"
)
PLACES = {
    "Kamba": (101, "city", -0.9, 29.2),
    "North Kivu": (102, "admin1", -0.8, 29.0),
    "Kinshasa": (103, "city", -4.32, 15.31),
    "Lubero": (104, "city", -0.16, 29.24),
    "Rutshuru": (105, "city", -1.19, 29.45),
    "Butembo": (106, "city", 0.14, 29.29),
}


def _places(text: str) -> list[Place]:
    out = []
    for name, (gid, feature, lat, lon) in PLACES.items():
        for match in re.finditer(re.escape(name), text):
            out.append(
                Place(match.start(), match.end(), name, name=name, geonameid=gid, feature=feature,
                      country_code="CD", admin1="Nord Kivu", lat=lat, lon=lon)
            )  # fmt: skip
    return sorted(out, key=lambda p: p.start)


@pytest.fixture(scope="module")
def events():
    doc = Document(id="kivu", text=TEXT, date="2024-05-16", source="Test Wire")
    return extract_events(doc, _places(TEXT))


def _at(events, geonameid, modality="asserted"):
    return [e for e in events if e.geonameid == geonameid and e.modality == modality]


def test_capture_told_three_times_is_one_event(events):
    (capture,) = [e for e in _at(events, 101) if e.event_type == "Battles"]
    assert capture.sub_event_type == "Non-state actor overtakes territory"
    assert capture.actor1 == "M23"
    assert capture.mentions >= 3
    assert capture.event_date == "2024-05-14" and capture.time_precision == 1  # "on Tuesday"
    assert "Kamba" in capture.evidence  # the first mention's sentence
    assert TEXT[capture.char_start : capture.char_end].lower().startswith("captur")


def test_speaker_town_and_region_are_not_event_sites(events):
    assert not [e for e in events if e.geonameid in (102, 103)]


def test_shelling_with_fatalities_is_one_event(events):
    (shelling,) = _at(events, 104)
    assert shelling.event_type == "Explosions/Remote violence"
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert shelling.fatalities == 4
    assert shelling.geo_precision == 2  # the outskirts of the town
    assert shelling.event_date == "2024-05-15"


def test_denied_strike_is_negated(events):
    (strike,) = _at(events, 105, "negated")
    assert strike.modality_detail == "denial"
    assert strike.sub_event_type == "Air/drone strike"


def test_threat_is_hypothetical(events):
    (threat,) = _at(events, 106, "hypothetical")
    assert threat.modality_detail == "threat"
    assert not _at(events, 106)


def test_country_fields_and_ids(events):
    assert all(e.country and e.iso3 == "COD" for e in events)
    assert len({e.event_id for e in events}) == len(events)
    assert all(e.disorder_type and e.doc_id == "kivu" and e.source == "Test Wire" for e in events)


def test_pure_and_deterministic(events):
    doc = Document(id="kivu", text=TEXT, date="2024-05-16", source="Test Wire")
    again = extract_events(doc, _places(TEXT))
    assert [e.to_dict() for e in again] == [e.to_dict() for e in events]


def test_undated_article_gives_undated_events():
    doc = Document(id="kivu", text=TEXT)
    found = extract_events(doc, _places(TEXT))
    assert found and all(e.event_date is None and e.time_precision is None for e in found)


def test_lexical_mode_finds_the_main_events():
    doc = Document(id="kivu", text=TEXT, date="2024-05-16")
    found = extract_events(doc, _places(TEXT), parse=False)
    assert {(e.geonameid, e.modality) for e in found} >= {(101, "asserted"), (105, "negated")}


def test_no_places_no_events():
    doc = Document(id="empty", text="Rebels attacked a convoy, officials said.")
    assert extract_events(doc, []) == []
    assert extract_events(doc, [], keep_unlocated=True)[0].geonameid is None
