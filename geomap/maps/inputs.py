"""Tell an events file from articles by content, and load either for the map.

``geomap map`` accepts articles (``.txt``, ``.jsonl``, ``.csv`` of
documents, folders, stdin) and events files written by ``geomap events``
(GeoJSON, GeoPackage, CSV, JSON Lines, Parquet). The extension alone is
ambiguous (a CSV or JSONL file can hold either), so :func:`input_kind`
looks at the content: a SQLite header, a GeoJSON ``FeatureCollection``, an
``event_type`` column or key mean events; a ``text`` column or key means
articles.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geomap.errors import InputError
from geomap.records import Document, Event, Place

EVENTS = "events"
ARTICLES = "articles"
_SQLITE = b"SQLite format 3\x00"
_PARQUET = b"PAR1"
_SNIFF_BYTES = 65536


def _first_json_line(head: bytes) -> dict | None:
    for line in head.split(b"\n"):
        if line.strip():
            try:
                record = json.loads(line)
            except ValueError:
                return None
            return record if isinstance(record, dict) else None
    return None


def input_kind(path: str | Path) -> str:
    """Return ``"events"`` or ``"articles"`` for one input of ``geomap map``.

    Raises
    ------
    InputError
        When the file does not exist or its content fits neither kind.
    """
    if str(path) == "-":
        return ARTICLES
    path = Path(path)
    if path.is_dir():
        return ARTICLES
    if not path.is_file():
        raise InputError("no such file or directory", path=str(path))
    with open(path, "rb") as stream:
        head = stream.read(_SNIFF_BYTES)
    suffix = path.suffix.lower()
    if head.startswith(_SQLITE) or head.startswith(_PARQUET):
        return EVENTS
    if suffix == ".txt":
        return ARTICLES
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff").lstrip()
    if text.startswith("{"):
        record = _first_json_line(head.lstrip(b"\xef\xbb\xbf"))
        if record is not None and "text" in record and "event_type" not in record:
            return ARTICLES
        if record is not None and "event_type" in record:
            return EVENTS
        if '"FeatureCollection"' in text[:2000] or '"Feature"' in text[:2000]:
            return EVENTS
    elif suffix == ".csv" or "," in text.split("\n", 1)[0]:
        header = next(csv.reader(io.StringIO(text.split("\n", 1)[0])), [])
        columns = {c.strip().lower() for c in header}
        if "event_type" in columns and "text" not in columns:
            return EVENTS
        if "text" in columns:
            return ARTICLES
    raise InputError(
        "neither articles (a 'text' field) nor events (GeoJSON, GeoPackage or an "
        "'event_type' column)",
        path=str(path),
    )


@dataclass(slots=True)
class MapInput:
    """Everything read for one map: events and, from articles, place mentions."""

    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    documents: int = 0
    event_files: int = 0


def read_events_file(path: str | Path) -> list[Event]:
    """Read an events file written by ``geomap events`` (any export format)."""
    from geomap.eventset import EventSet

    return list(EventSet.from_file(path))


def process_articles(docs: Iterable[Document], *, on_document: Callable | None = None) -> MapInput:
    """Run the geomap pipeline over ``docs``; collect their events and place mentions."""
    import gazetteer
    from geomap import pipeline

    gaz = gazetteer.load()
    result = MapInput()
    for doc in docs:
        processed = pipeline.process_document(doc, gaz)
        result.events.extend(processed.events)
        result.places.extend(processed.places)
        result.documents += 1
        if on_document is not None:
            on_document(doc, processed)
    return result
