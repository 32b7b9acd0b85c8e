"""Read events exported by geomap (any of its formats) back into ``Event`` records.

The map command draws events files through this module. Columns are
matched by exported name (``notes``) or by ``Event`` attribute name
(``evidence``); unknown columns are ignored, missing optional ones are left
None. A GeoJSON feature ``id`` stands in for a missing ``event_id``, and a
point geometry for missing ``latitude``/``longitude``.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import typing
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import geopandas as gpd
import pyogrio
from pyogrio.errors import DataLayerError, DataSourceError

from geomap.errors import InputError, OutputError
from geomap.export.dispatch import format_for
from geomap.export.schema import EVENTS, Column, coerce, is_missing
from geomap.records import Event

_BY_NAME: dict[str, Column] = {c.attr: c for c in EVENTS.columns} | {
    c.name: c for c in EVENTS.columns
}
_REQUIRED = tuple(
    f.name
    for f in dataclasses.fields(Event)
    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
)
_HINTS = typing.get_type_hints(Event)
_NOT_NULL = frozenset(
    attr for attr, hint in _HINTS.items() if type(None) not in typing.get_args(hint)
)


def read_events(path: str | Path, *, fmt: str | None = None) -> list[Event]:
    """Return the events stored in an export file.

    Parameters
    ----------
    path : str or Path
        A ``.geojson``, ``.gpkg``, ``.csv``, ``.parquet`` or ``.jsonl`` file
        (or any name, with ``fmt``).
    fmt : str, optional
        Format name overriding the extension.

    Raises
    ------
    InputError
        For a missing or unreadable file, or a record that lacks a required
        field or holds a value of the wrong type; the message names the file
        and the line or feature.
    """
    path = Path(path)
    try:
        chosen = format_for(path, fmt)
    except OutputError as err:  # the message already names the path
        raise InputError(str(err)) from err
    if not path.is_file():
        raise InputError("no such file", path=str(path))
    readers = {
        "csv": _csv_records,
        "jsonl": _jsonl_records,
        "parquet": _parquet_records,
        "geojson": _geojson_records,
        "gpkg": _gpkg_records,
    }
    records = readers[chosen.name](path)
    return [record_to_event(record, path=str(path), line=line) for line, record in records]


def record_to_event(
    record: Mapping[str, Any], *, path: str | None = None, line: int | None = None
) -> Event:
    """Build an :class:`Event` from one exported record (a row, feature or JSON object).

    Raises
    ------
    InputError
        When a required field is missing or a value has the wrong type;
        ``path`` and ``line`` (line or feature number) locate the record.
    """
    values: dict[str, Any] = {}
    for key, raw in record.items():
        column = _BY_NAME.get(key)
        if column is None:
            continue
        try:
            values[column.attr] = coerce(_plain(raw, column.kind), column.kind)
        except (TypeError, ValueError) as err:
            raise InputError(f"column {key}: {err}", path=path, line=line) from err
    if values.get("event_id") is None and not is_missing(record.get("id")):
        values["event_id"] = str(record["id"])
    geometry = record.get("geometry")
    has_point = getattr(geometry, "geom_type", None) == "Point" and not geometry.is_empty
    if has_point and (values.get("longitude") is None or values.get("latitude") is None):
        values["longitude"], values["latitude"] = geometry.x, geometry.y
    for attr in _NOT_NULL & values.keys():
        if values[attr] is None:
            del values[attr]  # the dataclass default applies
    missing = [attr for attr in _REQUIRED if values.get(attr) is None]
    if missing:
        raise InputError(f"record lacks {', '.join(missing)}", path=path, line=line)
    return Event(**values)


def _plain(value: Any, kind: str) -> Any:
    """Turn dates read by GDAL into ISO text for text columns."""
    if kind == "str" and hasattr(value, "isoformat") and not is_missing(value):
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    return value


def _csv_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    text = _read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            yield reader.line_num, {k: (None if v == "" else v) for k, v in row.items() if k}
    except csv.Error as err:
        raise InputError(f"malformed CSV: {err}", path=str(path), line=reader.line_num) from err


def _jsonl_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(_read_text(path).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"malformed JSON: {err.msg}", path=str(path), line=number) from err
        if not isinstance(record, dict):
            raise InputError("record is not a JSON object", path=str(path), line=number)
        yield number, record


def _geojson_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    # GDAL would turn "2024-03-02" into a date field; keep the text as written.
    yield from _gdal_records(path, DATE_AS_STRING="YES")


def _gpkg_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    yield from _gdal_records(path)


def _gdal_records(path: Path, **open_options: str) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        layers = [str(name) for name, _ in pyogrio.list_layers(path)]
        layer = EVENTS.layer if EVENTS.layer in layers else None
        frame = pyogrio.read_dataframe(path, layer=layer, **open_options)
    except (DataSourceError, DataLayerError) as err:
        raise InputError(f"GDAL cannot read it: {err}", path=str(path)) from err
    yield from _frame_records(frame)


def _parquet_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        frame = gpd.read_parquet(path)
    except (OSError, ValueError) as err:
        raise InputError(f"cannot read GeoParquet: {err}", path=str(path)) from err
    yield from _frame_records(frame)


def _frame_records(frame: gpd.GeoDataFrame) -> Iterator[tuple[int, dict[str, Any]]]:
    columns = list(frame.columns)
    for number, values in enumerate(frame.itertuples(index=False, name=None), start=1):
        yield number, dict(zip(columns, values, strict=True))


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=str(path)) from err
    except UnicodeDecodeError as err:
        raise InputError(f"invalid UTF-8 at byte {err.start}", path=str(path)) from err
