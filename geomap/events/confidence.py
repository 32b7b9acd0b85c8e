"""A calibrated confidence for each extracted event: how likely an analyst finds it right.

A logistic model over general features of the event as extracted (modality,
event type, trigger class, how its place was found and how sure the linker
was, how fine the place is, whether actors, fatalities and a date were told,
how often the event was told, where in the article) gives the probability
that the event matches an annotated one (same type and modality, place
within 161 km). The weights are learned by ``bench/train_confidence.py`` from
the annotated dev articles and shipped, readable, in
``geomap/data/events/confidence_model.json``; inference is plain Python.

The model is not a filter: validated leave-one-batch-out, dropping events
below any threshold did not raise F1 on the batch left out, but the
probabilities are better calibrated than a hand-set score (see the JSON).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from geomap.events.lexicon import load_json
from geomap.records import Event

MODEL_FILE = "confidence_model.json"
# how the place was found, from the event's ``geo_method`` (first match wins)
_METHODS = (
    ("dateline", "dateline"),
    ("the town the story is about", "story"),
    ("last event place", "paragraph"),
    ("frame", "frame"),
    ("anaphora", "anaphora"),
    ("named as a target", "target"),
    ("listed with", "listed"),
    ("object of the trigger", "object"),
    ("phrase", "phrase"),
    ("context", "context"),
)


def method_kind(geo_method: str | None) -> str:
    """The kind of evidence for an event's place ("phrase", "anaphora", "dateline", ...)."""
    text = geo_method or ""
    return next((kind for key, kind in _METHODS if key in text), "none")


def features(event: Event, located_in_document: int) -> dict[str, float]:
    """General features of an extracted event (no names, no words of the article).

    Parameters
    ----------
    event : Event
        The event as extracted and merged.
    located_in_document : int
        How many events of its article have a place.

    Returns
    -------
    dict of str to float
        Indicator and numeric features.
    """
    extra = event.extra
    sentence = extra.get("sentence", 0) or 0
    return {
        "bias": 1.0,
        f"modality={event.modality}": 1.0,
        f"detail={event.modality_detail}": 1.0,
        f"type={event.event_type}": 1.0,
        f"class={extra.get('class')}": 1.0,
        f"method={method_kind(event.geo_method)}": 1.0,
        f"precision={event.geo_precision}": 1.0,
        "link_score": float(extra.get("link_score") or 0.0),
        "actor1": float(event.actor1 is not None),
        "actor2": float(event.actor2 is not None),
        "log_mentions": math.log(max(1, event.mentions)),
        "fatalities": float(event.fatalities is not None),
        "date_cue": float(bool(extra.get("date_cue"))),
        "generic": float(bool(extra.get("generic"))),
        "first_sentence": float(sentence == 0),
        "sentence_position": min(sentence, 20) / 20,
        "country_level": float(event.location is not None and event.location == event.country),
        "attributed": float(event.attributed_to is not None),
        "events_in_document": min(located_in_document, 12) / 12,
    }


@cache
def load_model() -> dict[str, float]:
    """The shipped weights (feature name -> weight)."""
    return dict(load_json(MODEL_FILE)["weights"])


def probability(feats: dict[str, float], weights: dict[str, float]) -> float:
    """Logistic probability of ``feats`` under ``weights`` (unknown features weigh 0)."""
    z = sum(value * weights.get(name, 0.0) for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-z))


def calibrate(events: Sequence[Event]) -> list[Event]:
    """Return ``events`` with ``confidence`` set to the model's probability (3 decimals)."""
    weights = load_model()
    located = sum(1 for e in events if e.latitude is not None)
    return [
        replace(e, confidence=round(probability(features(e, located), weights), 3)) for e in events
    ]
