"""Flat rows and GeoDataFrames built from events and place mentions.

A *row* is a ``dict`` from column name to a Python scalar (or None), in the
column order of a :class:`~geomap.export.schema.Schema`. Rows are what the
streaming writers (CSV, JSONL) consume; frames, built from rows, are what the
GIS writers (GeoJSON, GeoPackage, GeoParquet) consume.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geomap.errors import OutputError
from geomap.export.schema import EVENTS, PLACES, Schema, coerce
from geomap.records import Document, Event, Place

Row = dict[str, Any]

_STR_DTYPE: Any = "str" if int(pd.__version__.split(".")[0]) >= 3 else object
_DTYPES: dict[str, Any] = {"str": _STR_DTYPE, "int": "Int64", "float": "float64", "bool": "bool"}
_DECIMALS = 6  # about 0.1 m; the precision RFC 7946 suggests and the GeoJSON export writes


def record_row(record: Any, schema: Schema, *, label: str, **values: Any) -> Row:
    """Return the flat row of ``record`` under ``schema``.

    Parameters
    ----------
    record : Event or Place
        Attributes are read by each column's ``attr``.
    schema : Schema
        The column layout.
    label : str
        Names the record in error messages ("event e1").
    **values
        Column values not held by the record (the ``doc_id`` of a place).

    Raises
    ------
    OutputError
        When a value cannot be written with its column's type, or the point
        lies outside WGS84 ranges (latitude and longitude swapped).
    """
    row: Row = {}
    for column in schema.columns:
        raw = values[column.attr] if column.attr in values else getattr(record, column.attr, None)
        try:
            value = coerce(raw, column.kind)
        except (TypeError, ValueError) as err:
            raise OutputError(f"{label}: column {column.name}: {err}") from err
        if column.kind == "bool" and value is None:
            value = False
        row[column.name] = value
    _check_point(row, schema, label)
    return row


def _check_point(row: Row, schema: Schema, label: str) -> None:
    for name, limit in ((schema.lat, 90.0), (schema.lon, 180.0)):
        value = row[name]
        if value is None:
            continue
        if not -limit <= value <= limit:
            raise OutputError(
                f"{label}: {name} {value} is outside [-{limit:g}, {limit:g}]"
                " (latitude and longitude swapped?)"
            )
        row[name] = round(value, _DECIMALS)


def event_row(event: Event) -> Row:
    """Return the export row of one event (ACLED columns first)."""
    return record_row(event, EVENTS, label=f"event {event.event_id}")


def event_rows(events: Iterable[Event]) -> Iterator[Row]:
    """Yield the export row of each event, lazily."""
    for event in events:
        yield event_row(event)


def place_rows(results: Iterable[Any]) -> Iterator[Row]:
    """Yield one export row per place mention.

    Parameters
    ----------
    results : iterable
        Items of any of these shapes: a ``(document, places)`` pair where
        ``document`` is a :class:`~geomap.records.Document` or a document id;
        an object with a ``places`` attribute and a ``doc``, ``document`` or
        ``doc_id`` attribute (a pipeline result); or a bare
        :class:`~geomap.records.Place` (no document id).
    """
    for item in results:
        if isinstance(item, Place):
            doc_id, places = None, [item]
        elif isinstance(item, tuple) and len(item) == 2:
            doc_id, places = _doc_id(item[0]), item[1]
        elif hasattr(item, "places"):
            doc = next(
                (getattr(item, a) for a in ("doc", "document", "doc_id") if hasattr(item, a)), None
            )
            doc_id, places = _doc_id(doc), item.places
        else:
            raise OutputError(f"cannot export {type(item).__name__} as place mentions")
        for place in places:
            label = f"place {place.text!r} of document {doc_id}"
            yield record_row(place, PLACES, label=label, doc_id=doc_id)


def _doc_id(doc: Document | str | None) -> str | None:
    if doc is None or isinstance(doc, str):
        return doc
    return doc.id


def has_point(row: Row, schema: Schema) -> bool:
    """Return True when the row has both coordinates."""
    return row[schema.lon] is not None and row[schema.lat] is not None


def frame_from_rows(rows: Iterable[Row], schema: Schema) -> gpd.GeoDataFrame:
    """Build a GeoDataFrame of WGS84 points (None where unlocated) from rows.

    Columns follow the schema's order, one dtype each: text as pandas
    strings, whole numbers as nullable ``Int64``, reals as ``float64``,
    flags as ``bool``.
    """
    rows = list(rows)
    data = {
        column.name: pd.Series(
            [row[column.name] for row in rows], dtype=_DTYPES[column.kind], name=column.name
        )
        for column in schema.columns
    }
    geometry = [
        Point(row[schema.lon], row[schema.lat]) if has_point(row, schema) else None for row in rows
    ]
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(geometry, crs="EPSG:4326"))


def events_to_frame(events: Iterable[Event]) -> gpd.GeoDataFrame:
    """Return one row per event, ACLED columns first, with a WGS84 point geometry.

    Parameters
    ----------
    events : iterable of Event

    Returns
    -------
    geopandas.GeoDataFrame
        Flat one-type-per-column frame (ISO date strings, ``notes`` for the
        evidence sentence); geometry is None for events without a location.

    Raises
    ------
    OutputError
        When a field cannot be written with its column's type.
    """
    return frame_from_rows(event_rows(events), EVENTS)


def places_to_frame(results: Iterable[Any]) -> gpd.GeoDataFrame:
    """Return one row per place mention (see :func:`place_rows` for the input shapes)."""
    return frame_from_rows(place_rows(results), PLACES)
