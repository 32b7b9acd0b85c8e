"""EventSet: sequence behaviour, filters, exports and reading exports back."""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
import json
from datetime import date

import pytest

from geomap.errors import InputError
from geomap.eventset import EventSet
from geomap.records import Document

try:  # tests/ as a package (tests/__init__.py) or as a plain folder on sys.path
    from tests.test_export_samples import as_exported, located, sample_events
except ModuleNotFoundError:
    from test_export_samples import as_exported, located, sample_events


@pytest.fixture
def events() -> EventSet:
    return EventSet(sample_events())


def ids(events) -> list[str]:
    return [e.event_id for e in events]


# -- sequence ----------------------------------------------------------------------


def test_eventset_is_an_ordered_sequence(events):
    raw = sample_events()
    assert len(events) == len(raw)
    assert ids(events) == ids(raw)
    assert events[0] == raw[0] and events[-1] == raw[-1]
    assert isinstance(events[1:3], EventSet) and ids(events[1:3]) == ids(raw[1:3])
    assert bool(EventSet()) is False


def test_eventsets_concatenate_with_each_other_and_with_lists(events):
    head, tail = events[:2], events[2:]
    assert head + tail == events
    assert ids(head + list(tail)) == ids(events)
    assert ids(list(head) + tail) == ids(events)
    assert sum([head, tail], EventSet()) == events
    assert len(events) == len(head) + len(tail)


def test_eventset_refuses_things_that_are_not_events():
    with pytest.raises(TypeError, match="dict"):
        EventSet([{"event_id": "x"}])


# -- filters -------------------------------------------------------------------------


def test_filter_by_date_range_is_inclusive_and_drops_undated(events):
    undated = dataclasses.replace(events[0], event_id="NODATE", event_date=None)
    both = events + [undated]
    assert ids(both.filter(since="2024-03-05", until="2024-04-20")) == ["UKR-1", "SDN-1"]
    assert ids(both.filter(since=date(2024, 4, 21))) == ["SDN-2", "MLI-1"]
    assert "NODATE" not in ids(both.filter(until="2030-01-01"))
    assert "NODATE" in ids(both.filter())


def test_filter_rejects_a_date_that_is_not_iso(events):
    with pytest.raises(InputError, match="since"):
        events.filter(since="last week")


def test_filter_by_type_matches_type_subtype_or_disorder_case_insensitively(events):
    assert ids(events.filter(type="battles")) == ["SDN-1"]
    assert ids(events.filter(type="Air/drone strike")) == ["SYR-1"]
    assert ids(events.filter(type=["Battles", "attack"])) == ["SDN-1", "SDN-2"]
    assert len(events.filter(type="political violence")) == len(events)


def test_filter_by_country_accepts_name_iso3_and_iso2(events):
    assert ids(events.filter(country="sudan")) == ["SDN-1", "SDN-2"]
    assert ids(events.filter(country="UKR")) == ["UKR-1"]
    assert ids(events.filter(country="SY")) == ["SYR-1"]
    assert ids(events.filter(country=["ML", "Ukraine"])) == ["UKR-1", "MLI-1"]
    assert ids(events.filter(country="Syrian Arab Republic")) == ["SYR-1"]
    assert events.filter(country="Atlantis") == EventSet()


def test_filter_by_actor_finds_text_in_either_actor(events):
    assert ids(events.filter(actor="rapid support")) == ["SDN-1", "SDN-2"]
    assert ids(events.filter(actor="forces of sudan")) == ["SDN-1"]  # actor2
    assert ids(events.filter(actor="jnim")) == ["MLI-1"]


def test_filter_by_fatalities_modality_and_location(events):
    assert ids(events.filter(min_fatalities=1)) == ["SYR-1", "MLI-1"]
    assert "SDN-1" not in ids(events.filter(min_fatalities=0))  # unknown count
    assert ids(events.filter(modality="negated")) == ["SDN-2"]
    assert ids(events.filter(modality=["asserted", "hypothetical"])) == [
        "SYR-1",
        "UKR-1",
        "SDN-1",
        "MLI-1",
    ]
    assert ids(events.filter(located=False)) == ["SDN-2"]
    assert ids(events.filter(located=True)) == ids(located(list(events)))


def test_filters_combine_with_and(events):
    chosen = events.filter(country="SDN", modality="asserted", since="2024-04-01")
    assert ids(chosen) == ["SDN-1"]
    assert events.filter(country="SDN", min_fatalities=1) == EventSet()


# -- exports ---------------------------------------------------------------------------


def test_to_geodataframe_keeps_unlocated_events_with_no_geometry(events):
    frame = events.to_geodataframe()
    assert list(frame["event_id"]) == ids(events)
    assert frame.geometry.isna().tolist() == [e.latitude is None for e in events]


def test_to_geojson_is_a_feature_collection_of_located_events(events):
    data = json.loads(events.to_geojson())
    assert "crs" not in data
    assert [f["id"] for f in data["features"]] == ids(located(list(events)))
    mali = data["features"][-1]
    assert mali["geometry"]["coordinates"] == [-3.00742, 16.77348]


def test_to_geojson_of_an_empty_set_is_an_empty_collection():
    data = json.loads(EventSet().to_geojson())
    assert data["type"] == "FeatureCollection" and data["features"] == []


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv", ".parquet", ".jsonl"])
def test_to_file_then_from_file_gives_back_the_events(tmp_path, events, suffix):
    path = tmp_path / f"events{suffix}"
    report = events.to_file(path)
    back = EventSet.from_file(path)
    spatial = suffix in {".geojson", ".gpkg", ".parquet"}
    expected = located(list(events)) if spatial else list(events)
    assert report.written == len(back) == len(expected)
    assert list(back) == [as_exported(e) for e in expected]


# -- reading foreign or broken files --------------------------------------------------


def test_from_file_reads_a_third_party_geojson_using_feature_id_and_geometry(tmp_path):
    feature = {
        "type": "Feature",
        "id": "EXT-1",
        "geometry": {"type": "Point", "coordinates": [32.53, 15.59]},
        "properties": {
            "doc_id": "x",
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "disorder_type": "Political violence",
            "event_date": "2024-06-01",
            "fatalities": 3,
            "evidence": "Clashes were reported.",
        },
    }
    path = tmp_path / "other.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), "utf-8")
    (event,) = EventSet.from_file(path)
    assert event.event_id == "EXT-1"
    assert (event.longitude, event.latitude) == (32.53, 15.59)
    assert event.event_date == "2024-06-01"
    assert event.fatalities == 3 and event.evidence == "Clashes were reported."


def test_from_file_names_file_and_line_of_a_record_missing_a_required_field(tmp_path):
    path = tmp_path / "events.csv"
    EventSet(sample_events()).to_file(path)
    with open(path, encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        header, rows = reader.fieldnames, list(reader)
    rows[0]["event_type"] = ""
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, header)
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(InputError, match=r"events\.csv:2: record lacks event_type"):
        EventSet.from_file(path)


def test_from_file_reports_a_wrongly_typed_value(tmp_path):
    path = tmp_path / "events.jsonl"
    EventSet(sample_events()[:1]).to_file(path)
    record = json.loads(path.read_text("utf-8"))
    record["fatalities"] = "several"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    with pytest.raises(InputError, match=r"events\.jsonl:1: column fatalities"):
        EventSet.from_file(path)


def test_from_file_reports_missing_files_and_unknown_extensions(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        EventSet.from_file(tmp_path / "absent.geojson")
    odd = tmp_path / "events.xlsx"
    odd.write_bytes(b"")
    with pytest.raises(InputError, match="unsupported extension"):
        EventSet.from_file(odd)


# -- extract -------------------------------------------------------------------------


@pytest.mark.skipif(
    importlib.util.find_spec("geomap.pipeline") is None, reason="geomap.pipeline not written yet"
)
def test_extract_returns_an_eventset_whose_events_point_back_to_their_documents():
    from geomap.api_events import extract

    text = "Government aircraft struck a market in Idlib on Monday, killing seven civilians."
    result = extract([Document(id="one", text=text), text])
    assert isinstance(result, EventSet)
    assert {e.doc_id for e in result} <= {"one", "text-2"}
    assert ids(result.filter()) == ids(result)
