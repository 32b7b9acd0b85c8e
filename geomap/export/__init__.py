"""Exports of events and place mentions: GeoJSON, GeoPackage, CSV, GeoParquet, JSONL.

Use :func:`write_events` / :func:`write_places`, which pick the format from
the file extension and write atomically, or :func:`events_to_frame` for a
GeoDataFrame with the exported columns.
"""

from geomap.export.dispatch import FORMATS, WriteReport, format_for, write_events, write_places
from geomap.export.frame import events_to_frame, places_to_frame
from geomap.export.geojson import events_geojson, places_geojson
from geomap.export.reader import read_events
from geomap.export.schema import EVENTS, PLACES

__all__ = [
    "EVENTS",
    "FORMATS",
    "PLACES",
    "WriteReport",
    "events_geojson",
    "events_to_frame",
    "format_for",
    "places_geojson",
    "places_to_frame",
    "read_events",
    "write_events",
    "write_places",
]
