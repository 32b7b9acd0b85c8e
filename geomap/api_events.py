"""``extract``: the Python entry point from articles to an :class:`EventSet`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from geomap.errors import GeomapError
from geomap.eventset import EventSet
from geomap.records import Document


def extract(
    docs: Iterable[Document | str] | Document | str,
    *,
    gazetteer: Any = None,
    nlp: Any = None,
) -> EventSet:
    """Extract conflict events from articles.

    Parameters
    ----------
    docs : Document, str, or iterable of them
        Articles; a plain string becomes a :class:`Document` with id
        ``text-N`` (N counting from 1 in input order).
    gazetteer : optional
        A loaded gazetteer (``gazetteer.load()``); loaded, and cached, when
        not given.
    nlp : optional
        A loaded spaCy pipeline passed through to the extractor.

    Returns
    -------
    EventSet
        The events of every document, in input order.
    """
    try:
        from geomap import pipeline
    except ImportError as err:
        raise GeomapError("event extraction is not available: geomap.pipeline is missing") from err
    if gazetteer is None:
        import gazetteer as gazetteer_module

        gazetteer = gazetteer_module.load()
    if isinstance(docs, Document | str):
        docs = [docs]
    events = []
    for number, doc in enumerate(docs, start=1):
        if isinstance(doc, str):
            doc = Document(id=f"text-{number}", text=doc)
        events.extend(pipeline.process_document(doc, gazetteer, nlp=nlp).events)
    return EventSet(events)
