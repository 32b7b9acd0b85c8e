"""GeoJSON export (RFC 7946): WGS84 longitude/latitude, no ``crs``, 6 decimals.

GDAL writes the file with its RFC 7946 mode, a bounding box per feature and
for the collection, and the schema's id column (``event_id``) as the
feature ``id``, kept among the properties as well so that every export has
the same columns. Text that looks like JSON (``"[1, 2]"``) stays text.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geopandas as gpd

from geomap.export._gdal import located, write_frame
from geomap.export.frame import Row, events_to_frame, frame_from_rows, places_to_frame
from geomap.export.schema import EVENTS, PLACES, Schema
from geomap.records import Event

LAYER_OPTIONS = {
    "RFC7946": "YES",
    "COORDINATE_PRECISION": "6",
    "WRITE_BBOX": "YES",
    "AUTODETECT_JSON_STRINGS": "NO",
}
_ID = "id"  # GDAL moves the ID_FIELD column out of the properties: give it a copy


def _write(frame: gpd.GeoDataFrame, target: Path | io.BytesIO, schema: Schema) -> None:
    options = dict(LAYER_OPTIONS)
    if schema.id_column is not None:
        frame = frame.assign(**{_ID: frame[schema.id_column]})
        options["ID_FIELD"] = _ID
    write_frame(frame, target, driver="GeoJSON", layer=schema.layer, layer_options=options)


def geojson_text(frame: gpd.GeoDataFrame, schema: Schema) -> str:
    """Return the RFC 7946 FeatureCollection of the located rows of ``frame``."""
    buffer = io.BytesIO()
    _write(located(frame), buffer, schema)
    return buffer.getvalue().decode("utf-8")


def write(rows: Iterable[Row], schema: Schema, path: Path) -> tuple[int, int]:
    """Write the located rows to ``path``; return (written, left out without a point)."""
    frame = frame_from_rows(rows, schema)
    points = located(frame)
    _write(points, path, schema)
    return len(points), len(frame) - len(points)


def events_geojson(events: Iterable[Event]) -> str:
    """Return the RFC 7946 FeatureCollection (layer ``events``) of the located events."""
    return geojson_text(events_to_frame(events), EVENTS)


def places_geojson(results: Iterable[Any]) -> str:
    """Return the RFC 7946 FeatureCollection (layer ``places``) of the resolved mentions.

    ``results`` takes the shapes :func:`geomap.export.frame.place_rows` accepts,
    e.g. ``(document, places)`` pairs; unresolved mentions are left out.
    """
    return geojson_text(places_to_frame(results), PLACES)
