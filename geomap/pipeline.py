"""Process one document end to end: places, then events.

:func:`process_document` is a pure function of a document, a loaded
gazetteer and an optional spaCy pipeline; it does no I/O, so a corpus can be
mapped over it with ``multiprocessing``, ``concurrent.futures`` or Dask
(:func:`process_documents` shows the serial form).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from geomap.records import Document, Event, Place


@dataclass(slots=True)
class DocumentResult:
    """What one document yields: its place mentions and its events."""

    doc: Document
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def process_document(
    doc: Document, gaz, *, nlp=None, fast: bool = False, events: bool = True
) -> DocumentResult:
    """Geoparse ``doc`` and extract its events.

    Parameters
    ----------
    doc : Document
        The article.
    gaz : gazetteer.Gazetteer
        The loaded place index.
    nlp : spacy.Language, optional
        Loaded once per process when omitted and needed.
    fast : bool
        No statistical model for place recognition.
    events : bool
        Also extract events (the parser runs only on sentences that hold a
        trigger and a place).
    """
    from geomap.places import find_places

    places = find_places(doc, gaz, fast=fast, nlp=nlp)
    found: list[Event] = []
    if events:
        from geomap.events import extract_events

        found = extract_events(doc, places, nlp=nlp)
    return DocumentResult(doc=doc, places=places, events=found)


def process_documents(docs: Iterable[Document], gaz, **options) -> Iterator[DocumentResult]:
    """Apply :func:`process_document` to every document, in order."""
    for doc in docs:
        yield process_document(doc, gaz, **options)
