"""Choose an export format from a file's extension and write it atomically."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geomap.atomic import atomic_path
from geomap.errors import OutputError
from geomap.export import csvfile, geojson, geopackage, jsonl, parquet
from geomap.export.frame import Row, event_rows, place_rows
from geomap.export.schema import EVENTS, PLACES, Schema
from geomap.records import Event

Writer = Callable[[Iterable[Row], Schema, Path], tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Format:
    """One export format.

    Parameters
    ----------
    name : str
        Short name, accepted as ``fmt``.
    suffixes : tuple of str
        File extensions that select it (lower case, with the dot).
    spatial : bool
        True for map formats, which leave out records without a point.
    write : callable
        ``write(rows, schema, path) -> (written, left_out)``.
    """

    name: str
    suffixes: tuple[str, ...]
    spatial: bool
    write: Writer


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("geojson", (".geojson",), True, geojson.write),
        Format("gpkg", (".gpkg",), True, geopackage.write),
        Format("csv", (".csv",), False, csvfile.write),
        Format("parquet", (".parquet", ".geoparquet"), True, parquet.write),
        Format("jsonl", (".jsonl", ".ndjson"), False, jsonl.write),
    )
}


@dataclass(frozen=True, slots=True)
class WriteReport:
    """What a write did: ``written`` records, ``left_out`` for lack of a point."""

    path: Path
    format: str
    written: int
    left_out: int


def supported() -> str:
    """Return the supported extensions as text for messages."""
    return ", ".join(s for f in FORMATS.values() for s in f.suffixes)


def format_for(path: str | Path, fmt: str | None = None) -> Format:
    """Return the format named by ``fmt``, else the one of ``path``'s extension.

    Raises
    ------
    OutputError
        For an unknown format name or extension; the message names the path
        and the supported extensions.
    """
    if fmt is not None:
        key = fmt.lower().lstrip(".")
        for candidate in FORMATS.values():
            if key == candidate.name or f".{key}" in candidate.suffixes:
                return candidate
        raise OutputError(f"{path}: unknown format {fmt!r}; supported: {', '.join(FORMATS)}")
    suffix = Path(path).suffix.lower()
    for candidate in FORMATS.values():
        if suffix in candidate.suffixes:
            return candidate
    raise OutputError(
        f"{path}: unsupported extension {suffix or '(none)'!r}; use one of {supported()}"
    )


def write_rows(
    rows: Iterable[Row], schema: Schema, path: str | Path, *, fmt: str | None = None
) -> WriteReport:
    """Write rows of ``schema`` to ``path`` through a temporary file renamed on success.

    A failure at any point (a bad record, a full disk, a GDAL error, an
    exception raised by the iterable) leaves any previous ``path`` intact
    and no temporary file behind.
    """
    chosen = format_for(path, fmt)
    path = Path(path)
    try:
        with atomic_path(path) as tmp:
            try:
                written, left_out = chosen.write(rows, schema, tmp)
            except OutputError as err:  # from a writer or a record: name the destination
                raise OutputError(f"{path}: {err}") from err
            except OSError as err:  # the temporary file's name would only confuse
                raise OutputError(f"{path}: cannot write: {err.strerror or err}") from err
    except OutputError:
        raise
    except OSError as err:  # the final rename
        raise OutputError(f"{path}: cannot replace: {err.strerror or err}") from err
    return WriteReport(path, chosen.name, written, left_out)


def write_events(
    events: Iterable[Event], path: str | Path, *, fmt: str | None = None
) -> WriteReport:
    """Write events to ``path`` in the format of its extension.

    Parameters
    ----------
    events : iterable of Event
        Streamed to CSV and JSONL; collected for the map formats.
    path : str or Path
        ``.geojson`` (RFC 7946), ``.gpkg`` (layer ``events``), ``.csv``
        (ACLED columns first), ``.parquet`` (GeoParquet) or ``.jsonl``.
    fmt : str, optional
        Format name overriding the extension.

    Returns
    -------
    WriteReport
        Counts of events written and of unlocated events left out of a map format.

    Raises
    ------
    OutputError
        For an unsupported extension, a value that cannot be written, or a
        failed write; the previous file, if any, is left untouched.
    """
    return write_rows(event_rows(events), EVENTS, path, fmt=fmt)


def write_places(
    results: Iterable[Any], path: str | Path, *, fmt: str | None = None
) -> WriteReport:
    """Write place mentions to ``path``; map formats get resolved places as points.

    Parameters
    ----------
    results : iterable
        ``(document, places)`` pairs, pipeline results with ``places`` and
        ``doc``/``document``/``doc_id`` attributes, or bare ``Place`` records.
    path : str or Path
        Same extensions as :func:`write_events`; the map layer is ``places``.
    fmt : str, optional
        Format name overriding the extension.
    """
    return write_rows(place_rows(results), PLACES, path, fmt=fmt)
