"""Filters of `geomap map`: dates, type, country, actor, fatalities, modality."""

from __future__ import annotations

from datetime import date

import pytest

from geomap.errors import InputError
from geomap.maps.filters import EventFilter, filter_events, parse_date
from tests.map_fixtures import make_event, sample_events


def _ids(events, **criteria):
    return [e.event_id for e in filter_events(events, EventFilter(**criteria))]


def test_empty_filter_keeps_everything():
    events = sample_events()
    assert _ids(events) == [e.event_id for e in events]


def test_date_range_is_inclusive_and_drops_undated():
    events = sample_events()
    kept = _ids(events, since=date(2024, 5, 2), until=date(2024, 5, 3))
    assert kept == ["e-battle-2", "e-strike"]
    assert "e-threat" not in _ids(events, since=date(2000, 1, 1))


def test_type_matches_type_or_sub_type_case_insensitively():
    events = sample_events()
    assert _ids(events, types=("explosions/remote violence",)) == ["e-strike"]
    assert _ids(events, types=("Air/drone strike",)) == ["e-strike"]


def test_country_accepts_iso2_iso3_and_names():
    events = [make_event("sy"), make_event("ye", country="Yemen", iso3="YEM")]
    assert _ids(events, countries=("SY",)) == ["sy"]
    assert _ids(events, countries=("yem",)) == ["ye"]
    assert _ids(events, countries=("Yemen", "Syria")) == ["sy", "ye"]


def test_actor_substring_in_either_actor():
    events = [make_event("a", actor1="Houthi forces", actor2=None), make_event("b")]
    assert _ids(events, actors=("houthi",)) == ["a"]
    assert _ids(events, actors=("rebels",)) == ["b"]


def test_min_fatalities_drops_unknown_counts():
    events = [
        make_event("a", fatalities=10),
        make_event("b", fatalities=1),
        make_event("c", fatalities=None),
    ]
    assert _ids(events, min_fatalities=5) == ["a"]


def test_modality():
    events = sample_events()
    assert _ids(events, modalities=("negated", "hypothetical")) == ["e-denied", "e-threat"]


def test_parse_date_rejects_non_iso():
    assert parse_date("2024-05-01T10:00:00Z") == date(2024, 5, 1)
    assert parse_date(None) is None
    with pytest.raises(InputError, match="--since"):
        parse_date("05/01/2024", option="--since")
