"""Exports read back with GDAL's own ``ogrinfo`` (Debian's gdal-bin), as GIS users will."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from geomap.export import write_events, write_places
from geomap.records import Document, Place

try:  # tests/ as a package (tests/__init__.py) or as a plain folder on sys.path
    from tests.test_export_samples import located, sample_events
except ModuleNotFoundError:
    from test_export_samples import located, sample_events

OGRINFO = shutil.which("ogrinfo")
pytestmark = pytest.mark.skipif(
    OGRINFO is None, reason="ogrinfo not installed (apt-get install gdal-bin)"
)
CSV_OPTIONS = ["-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude"]


def ogrinfo(*args: str) -> str:
    """Run ogrinfo read-only and return its output; fail the test on an error."""
    done = subprocess.run(
        [OGRINFO, "-ro", "-al", *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "ERROR" not in done.stderr, done.stderr
    return done.stdout


def summary(path, *options: str) -> tuple[int, str, dict[str, str]]:
    """Return (feature count, geometry type, field -> type) from ``ogrinfo -so``."""
    text = ogrinfo("-so", *options, str(path))
    count = int(re.search(r"^Feature Count: (\d+)$", text, re.M).group(1))
    geometry = re.search(r"^Geometry: (.+)$", text, re.M).group(1)
    fields = dict(re.findall(r"^(\w+): (\w+(?:\(\w+\))?) \(", text, re.M))
    return count, geometry, fields


def points(path, *options: str) -> list[tuple[float, float]]:
    """Return the (x, y) of every POINT ogrinfo prints."""
    text = ogrinfo("-q", *options, str(path))
    return [(float(x), float(y)) for x, y in re.findall(r"POINT \((\S+) (\S+)\)", text)]


def expected_points(events) -> list[float]:
    """Return the sorted (lon, lat) of the located events, flattened for ``approx``."""
    return flat((e.longitude, e.latitude) for e in located(events))


def flat(pairs) -> list[float]:
    return [value for pair in sorted(pairs) for value in pair]


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg"])
def test_map_formats_open_in_ogrinfo_with_lon_lat_points_and_typed_fields(tmp_path, suffix):
    events = sample_events()
    path = tmp_path / f"events{suffix}"
    write_events(events, path)
    count, geometry, fields = summary(path)
    assert count == len(located(events))
    assert geometry == "Point"
    assert fields["event_id"] == "String"
    assert fields["fatalities"] in {"Integer", "Integer64"}
    assert fields["latitude"] == "Real"
    assert fields["civilian_targeting"] == "Integer(Boolean)"
    assert flat(points(path)) == pytest.approx(expected_points(events), abs=1e-6)
    layer = re.search(r"^Layer name: (\S+)$", ogrinfo("-so", str(path)), re.M).group(1)
    assert layer == "events"


def test_csv_opens_in_ogrinfo_with_every_event_and_points_for_located_ones(tmp_path):
    events = sample_events()
    path = tmp_path / "events.csv"
    write_events(events, path)
    count, _, fields = summary(path, *CSV_OPTIONS, "-oo", "AUTODETECT_TYPE=YES")
    assert count == len(events)
    assert fields["latitude"] == "Real"
    assert fields["fatalities"] == "Integer"
    assert flat(points(path, *CSV_OPTIONS)) == pytest.approx(expected_points(events), abs=1e-6)


def test_geojson_text_survives_gdal_reading(tmp_path):
    path = tmp_path / "events.geojson"
    write_events(sample_events(), path)
    text = ogrinfo("-q", str(path))
    assert "<script>alert('x')</script> [1, 2]" in text
    assert "الفاشر" in text and "Харкова" in text


def test_places_geojson_opens_in_ogrinfo_as_points(tmp_path):
    doc = Document(id="d", text="Shelling in Kharkiv.")
    place = Place(start=12, end=19, text="Kharkiv", name="Kharkiv", lat=49.98081, lon=36.25272)
    path = tmp_path / "places.geojson"
    write_places([(doc, [place])], path)
    count, geometry, fields = summary(path)
    assert (count, geometry, fields["doc_id"]) == (1, "Point", "String")
    assert points(path) == [(36.25272, 49.98081)]
