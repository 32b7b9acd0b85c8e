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
    doc: Document,
    gaz,
    *,
    nlp=None,
    fast: bool = False,
    events: bool = True,
    demonyms: bool = False,
    org_names: bool = False,
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
    demonyms : bool
        Also report nationality words as places (they always inform events).
    org_names : bool
        Also report place names inside organisation and outlet names
        ("Kenya Defence Forces", "Sahel Wire"), as some corpora annotate them.
    events : bool
        Also extract events (the parser runs only on sentences that hold a
        trigger and a place).
    """
    from geomap.places import find_places

    places = find_places(doc, gaz, fast=fast, nlp=nlp, demonyms=demonyms, org_names=org_names)
    found: list[Event] = []
    if events:
        from geomap.events import extract_events

        found = extract_events(doc, places, nlp=nlp)
    return DocumentResult(doc=doc, places=places, events=found)


def process_documents(
    docs: Iterable[Document], gaz, *, workers: int = 1, chunksize: int = 8, **options
) -> Iterator[DocumentResult]:
    """Apply :func:`process_document` to every document, in input order.

    Parameters
    ----------
    docs : iterable of Document
        Streamed; never held whole in memory when ``workers`` is 1.
    gaz : gazetteer.Gazetteer
        The loaded index. With ``workers > 1`` the worker processes are
        forked after it is loaded, so they share its memory.
    workers : int
        Number of processes (1: serial, in this process).
    **options
        Passed to :func:`process_document` (``fast``, ``events``, ``nlp``).
    """
    if workers <= 1:
        for doc in docs:
            yield process_document(doc, gaz, **options)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(gaz, options)) as pool:
        yield from pool.imap(_work, docs, chunksize=chunksize)


_WORKER: dict = {}


def _init_worker(gaz, options: dict) -> None:
    _WORKER["gaz"] = gaz
    _WORKER["options"] = {k: v for k, v in options.items() if k != "nlp"}


def _work(doc: Document) -> DocumentResult:
    return process_document(doc, _WORKER["gaz"], **_WORKER["options"])
