"""Extract ACLED-coded conflict events from an article and its resolved places.

The pipeline per document (:mod:`geomap.events.extract`)::

    sentences -> lexical trigger prefilter -> (parse only sentences with a
    trigger and a place) -> actors and roles -> modality and attribution ->
    date -> event place -> ACLED coding -> merge repeated mentions -> calibrated
    confidence

``extract_events`` is a pure function of the document, its places and the
(optional) spaCy pipeline; the lexicons are data files under
``geomap/data/events/``. One module per step: ``sentences``, ``triggers``,
``filters``, ``actors``, ``roles``, ``modality``, ``dates``, ``linking``,
``coding``, ``dedupe``, ``rules``, ``confidence``; ``lexicon`` loads the data, ``nlp``
the model.
"""

from __future__ import annotations

from geomap.events.actors import organisation_spans
from geomap.events.extract import extract_events
from geomap.events.linking import link_location
from geomap.events.nlp import load_nlp

__all__ = ["extract_events", "link_location", "load_nlp", "organisation_spans"]
