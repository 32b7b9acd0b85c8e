"""Exports of events and places, read back with pyogrio, geopandas, csv and json."""

from __future__ import annotations

import csv
import dataclasses
import json
import re
import sqlite3

import geopandas as gpd
import pyogrio
import pytest

from geomap.errors import OutputError
from geomap.export import (
    EVENTS,
    events_to_frame,
    format_for,
    places_geojson,
    places_to_frame,
    read_events,
    write_events,
    write_places,
)
from geomap.records import Document, Event, Place

try:  # tests/ as a package (tests/__init__.py) or as a plain folder on sys.path
    from tests.test_export_samples import HOSTILE_TEXT, as_exported, located, sample_events
except ModuleNotFoundError:
    from test_export_samples import HOSTILE_TEXT, as_exported, located, sample_events

ACLED_FIRST = [
    "event_id",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor1_type",
    "actor2",
    "actor2_type",
    "civilian_targeting",
    "iso3",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
]
MAP_SUFFIXES = [".geojson", ".gpkg", ".parquet"]
ALL_SUFFIXES = [*MAP_SUFFIXES, ".csv", ".jsonl"]


def read_back(path):
    """Read any export as a plain DataFrame the way a user's tool would."""
    if path.suffix == ".parquet":
        return gpd.read_parquet(path)
    if path.suffix == ".csv":
        return pyogrio.read_dataframe(
            path, X_POSSIBLE_NAMES="longitude", Y_POSSIBLE_NAMES="latitude", AUTODETECT_TYPE="YES"
        )
    if path.suffix == ".jsonl":
        import pandas as pd

        return pd.DataFrame(
            [json.loads(line) for line in path.read_text("utf-8").split("\n") if line]
        )
    return pyogrio.read_dataframe(path)


# -- frame -------------------------------------------------------------------


def test_frame_puts_acled_columns_first_then_every_other_event_field():
    frame = events_to_frame(sample_events())
    columns = [c for c in frame.columns if c != "geometry"]
    assert columns[: len(ACLED_FIRST)] == ACLED_FIRST
    exported_attrs = {c.attr for c in EVENTS.columns}
    fields = {f.name for f in dataclasses.fields(Event)} - {"extra"}
    assert exported_attrs == fields
    assert len(columns) == len(set(columns))


def test_frame_has_one_type_per_column_and_lon_lat_points():
    events = sample_events()
    frame = events_to_frame(events)
    assert str(frame["fatalities"].dtype) == "Int64"
    assert str(frame["latitude"].dtype) == "float64"
    assert str(frame["civilian_targeting"].dtype) == "bool"
    assert frame["event_date"].tolist() == [e.event_date for e in events]
    assert frame.crs.to_epsg() == 4326
    for event, point in zip(events, frame.geometry, strict=True):
        if event.latitude is None:
            assert point is None
        else:
            assert (point.x, point.y) == (round(event.longitude, 6), round(event.latitude, 6))


def test_frame_joins_multi_valued_text_and_rejects_untypable_values():
    event = sample_events()[0]
    frame = events_to_frame([dataclasses.replace(event, actor2=["Civilians", "Medics"])])
    assert frame.loc[0, "actor2"] == "Civilians; Medics"
    with pytest.raises(OutputError, match=r"SYR-1.*fatalities"):
        events_to_frame([dataclasses.replace(event, fatalities="many")])


@pytest.mark.parametrize(("lat", "lon"), [(136.6, 35.9), (35.9, 236.6), (-91.0, 0.0)])
def test_frame_refuses_points_outside_wgs84(lat, lon):
    event = dataclasses.replace(sample_events()[0], latitude=lat, longitude=lon)
    with pytest.raises(OutputError, match="outside"):
        events_to_frame([event])


# -- every format --------------------------------------------------------------


@pytest.mark.parametrize("suffix", ALL_SUFFIXES)
def test_export_reads_back_with_counts_columns_and_coordinates(tmp_path, suffix):
    events = sample_events()
    path = tmp_path / f"events{suffix}"
    report = write_events(events, path)
    spatial = suffix in MAP_SUFFIXES
    kept = located(events) if spatial else events
    assert (report.written, report.left_out) == (len(kept), len(events) - len(kept))
    frame = read_back(path)
    assert len(frame) == len(kept)
    assert list(frame["event_id"]) == [e.event_id for e in kept]
    assert [c for c in frame.columns if c in ACLED_FIRST] == ACLED_FIRST
    by_id = {e.event_id: e for e in kept}
    for _, row in frame.iterrows():
        event = by_id[row["event_id"]]
        if event.latitude is None:
            continue
        assert float(row["latitude"]) == pytest.approx(event.latitude, abs=1e-6)
        assert float(row["longitude"]) == pytest.approx(event.longitude, abs=1e-6)
        if spatial:
            assert row["geometry"].x == pytest.approx(event.longitude, abs=1e-6)
            assert row["geometry"].y == pytest.approx(event.latitude, abs=1e-6)
    hostile = frame[frame["event_id"] == "MLI-1"].iloc[0]
    # GDAL's CSV reader turns CR LF inside a quoted cell into LF (the file keeps CR LF:
    # see the exact round trip through read_events below).
    expected = HOSTILE_TEXT.replace("\r\n", "\n") if suffix == ".csv" else HOSTILE_TEXT
    assert hostile["notes"] == expected


@pytest.mark.parametrize("suffix", ALL_SUFFIXES)
def test_export_round_trips_into_identical_events(tmp_path, suffix):
    events = sample_events()
    path = tmp_path / f"events{suffix}"
    write_events(events, path)
    kept = located(events) if suffix in MAP_SUFFIXES else events
    assert read_events(path) == [as_exported(e) for e in kept]


@pytest.mark.parametrize("suffix", ALL_SUFFIXES)
def test_export_of_no_events_is_a_valid_empty_file(tmp_path, suffix):
    path = tmp_path / f"empty{suffix}"
    report = write_events([], path)
    assert report.written == 0
    assert path.exists()
    assert read_events(path) == []


def test_geojson_is_rfc7946_with_flat_typed_properties(tmp_path):
    events = sample_events()
    path = tmp_path / "events.geojson"
    write_events(events, path)
    data = json.loads(path.read_text("utf-8"))
    assert data["type"] == "FeatureCollection"
    assert "crs" not in data
    assert data["name"] == "events"
    assert len(data["bbox"]) == 4
    features = {f["id"]: f for f in data["features"]}
    assert set(features) == {e.event_id for e in located(events)}
    for event in located(events):
        feature = features[event.event_id]
        lon, lat = feature["geometry"]["coordinates"]
        assert (lon, lat) == (round(event.longitude, 6), round(event.latitude, 6))
        props = feature["properties"]
        assert props["event_id"] == event.event_id
        assert all(not isinstance(v, dict | list) for v in props.values())
        assert props["civilian_targeting"] is event.civilian_targeting
        assert props["fatalities"] == event.fatalities
        assert props["fatalities"] is None or type(props["fatalities"]) is int
        assert props["event_date"] == event.event_date
        assert props["notes"] == event.evidence
    coordinates = re.findall(r'"coordinates": \[ ([^\]]+) \]', path.read_text("utf-8"))
    assert len(coordinates) == len(features)
    decimals = [len(n.strip().partition(".")[2]) for pair in coordinates for n in pair.split(",")]
    assert max(decimals) <= 6


def test_geopackage_is_version_1_2_with_an_events_layer_of_typed_fields(tmp_path):
    path = tmp_path / "events.gpkg"
    write_events(sample_events(), path)
    assert [str(name) for name, _ in pyogrio.list_layers(path)] == ["events"]
    info = pyogrio.read_info(path, layer="events")
    assert info["geometry_type"] == "Point"
    assert info["crs"] == "EPSG:4326"
    assert info["features"] == len(located(sample_events()))
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    subtypes = dict(zip(info["fields"], info["ogr_subtypes"], strict=True))
    assert types["event_id"] == "OFTString"
    assert types["fatalities"] == "OFTInteger64"
    assert types["latitude"] == "OFTReal"
    assert subtypes["civilian_targeting"] == "OFSTBoolean"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10200
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47


def test_geoparquet_carries_wgs84_geo_metadata(tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    write_events(sample_events(), path)
    geo = json.loads(pq.read_metadata(path).metadata[b"geo"])
    assert geo["primary_column"] == "geometry"
    assert geo["columns"]["geometry"]["encoding"] == "WKB"
    assert gpd.read_parquet(path).crs.to_epsg() == 4326


def test_csv_keeps_unlocated_events_with_empty_coordinates(tmp_path):
    path = tmp_path / "events.csv"
    write_events(sample_events(), path)
    with open(path, encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["event_id"] for r in rows] == [e.event_id for e in sample_events()]
    unlocated = next(r for r in rows if r["event_id"] == "SDN-2")
    assert (unlocated["latitude"], unlocated["longitude"]) == ("", "")
    assert rows[0]["civilian_targeting"] == "true"
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_jsonl_has_one_event_per_line_and_escapes_unicode_line_separators(tmp_path):
    path = tmp_path / "events.jsonl"
    write_events(sample_events(), path)
    raw = path.read_text("utf-8")
    assert "\u2028" not in raw
    lines = raw.splitlines()  # splits on U+2028 too: must still give one line per event
    assert len(lines) == len(sample_events())
    record = json.loads(lines[-1])
    assert record["notes"] == HOSTILE_TEXT
    assert record["fatalities"] == 2
    assert list(record)[: len(ACLED_FIRST)] == ACLED_FIRST


# -- dispatch --------------------------------------------------------------------


def test_unknown_extension_is_an_output_error_naming_path_and_formats(tmp_path):
    path = tmp_path / "events.xlsx"
    with pytest.raises(OutputError) as info:
        write_events(sample_events(), path)
    message = str(info.value)
    assert str(path) in message and ".geojson" in message and ".gpkg" in message
    assert "\n" not in message
    assert list(tmp_path.iterdir()) == []


def test_format_can_be_forced_and_extension_case_is_ignored(tmp_path):
    assert format_for("OUT.GeoJSON").name == "geojson"
    path = tmp_path / "events.txt"
    write_events(sample_events(), path, fmt="jsonl")
    assert len(path.read_text("utf-8").splitlines()) == len(sample_events())
    with pytest.raises(OutputError, match="unknown format"):
        format_for("x.csv", "shapefile")


# -- places ------------------------------------------------------------------------


def place_results():
    doc = Document(id="doc-p", text="Fighting in Kharkiv and near Nowhereville.")
    kharkiv = Place(
        start=12,
        end=19,
        text="Kharkiv",
        name="Kharkiv",
        geonameid=706483,
        feature="city",
        feature_code="PPLA",
        country_code="UA",
        admin1="Kharkivska",
        lat=49.98081,
        lon=36.25272,
        population=1430885,
        score=0.9,
    )
    unknown = Place(start=29, end=41, text="Nowhereville", reason="no gazetteer entry")
    return [(doc, [kharkiv, unknown])]


def test_places_geojson_has_resolved_mentions_as_points(tmp_path):
    path = tmp_path / "places.geojson"
    report = write_places(place_results(), path)
    assert (report.written, report.left_out) == (1, 1)
    data = json.loads(path.read_text("utf-8"))
    assert data["name"] == "places"
    (feature,) = data["features"]
    assert feature["geometry"]["coordinates"] == [36.25272, 49.98081]
    assert feature["properties"]["doc_id"] == "doc-p"
    assert feature["properties"]["geonameid"] == 706483


def test_places_csv_keeps_unresolved_mentions_with_their_reason(tmp_path):
    path = tmp_path / "places.csv"
    write_places(place_results(), path)
    with open(path, encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["text"] for r in rows] == ["Kharkiv", "Nowhereville"]
    assert rows[1]["reason"] == "no gazetteer entry" and rows[1]["lat"] == ""


def test_places_accept_pipeline_results_and_bare_places():
    class Result:
        def __init__(self, doc, places):
            self.doc, self.places = doc, places

    doc, places = place_results()[0]
    frame = places_to_frame([Result(doc, places), places[0]])
    assert frame["doc_id"].tolist()[:2] == ["doc-p", "doc-p"]
    assert frame["doc_id"].isna().tolist()[2]
    with pytest.raises(OutputError, match="cannot export"):
        places_to_frame([42])


def test_geojson_keeps_text_that_looks_like_json_as_text(tmp_path):
    event = dataclasses.replace(
        sample_events()[0], location_raw="[1, 2]", evidence='{"killed": 7}', actor2="null"
    )
    path = tmp_path / "events.geojson"
    write_events([event], path)
    props = json.loads(path.read_text("utf-8"))["features"][0]["properties"]
    assert (props["location_raw"], props["notes"], props["actor2"]) == (
        "[1, 2]",
        '{"killed": 7}',
        "null",
    )
    assert read_events(path) == [as_exported(event)]


def test_places_geojson_text_matches_the_file_export(tmp_path):
    path = tmp_path / "places.geojson"
    write_places(place_results(), path)
    assert json.loads(places_geojson(place_results())) == json.loads(path.read_text("utf-8"))


def test_dates_given_as_objects_are_exported_as_iso_text(tmp_path):
    from datetime import date, datetime

    first, second = sample_events()[:2]
    frame = events_to_frame(
        [
            dataclasses.replace(first, event_date=date(2024, 3, 2)),
            dataclasses.replace(second, event_date=datetime(2024, 3, 5, 14, 30)),
        ]
    )
    assert frame["event_date"].tolist() == ["2024-03-02", "2024-03-05T14:30:00"]
