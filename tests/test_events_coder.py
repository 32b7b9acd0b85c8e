"""The event-coder experiment of ``bench/train_event_coder.py``: labels and inference.

The coder is not part of the pipeline (leave-one-batch-out it did not beat
the rules); these tests keep its labelling and its plain-Python inference
honest for the next attempt. No training here.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from geomap.events.sentences import split_sentences
from geomap.records import Event

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _modules():
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module("event_coder"), importlib.import_module("train_event_coder")


def _event(event_type: str, modality: str, lat: float, lon: float, **kw) -> Event:
    return Event(
        "e", "d", event_type, "Armed clash", "Political violence",
        modality=modality, latitude=lat, longitude=lon, **kw,
    )  # fmt: skip


def _gold(event_type: str, modality: str, lat: float, lon: float) -> dict:
    return {"type": event_type, "modality": modality, "lat": lat, "lon": lon, "loc": None}


def test_labels_follow_the_scorer_matching():
    _coder, train = _modules()
    events = [
        _event("Battles", "asserted", 10.0, 10.0),  # matched: keeps its coding
        _event("Battles", "asserted", 20.0, 20.0),  # an annotated attack on civilians there
        _event("Protests", "asserted", 40.0, 40.0),  # nothing annotated near: spurious
    ]
    gold = [
        _gold("Battles", "asserted", 10.0, 10.1),
        _gold("Violence against civilians", "hypothetical", 20.1, 20.0),
    ]
    labels = train.labels(events, gold)
    assert [x[:2] for x in labels] == [
        ("Battles", "asserted"),
        ("Violence against civilians", "hypothetical"),
        ("spurious", "asserted"),
    ]


def test_inference_and_thresholds():
    coder_module, _train = _modules()
    head = coder_module.Head(("kept", "spurious"), {"spurious": {"bias": -2.0, "w-=not": 5.0}})
    types = coder_module.Head(
        ("Battles", "Protests"), {"Protests": {"bias": 3.0}}
    )  # always Protests, confidently
    mods = coder_module.Head(("asserted", "negated"), {"negated": {"w-=not": 4.0}})
    coder = coder_module.Coder(head, types, mods, 0.9, 0.9, 0.9, {"Protests": "Peaceful protest"})
    text = "Rebels did not attack Kidal on Monday."
    start = text.index("attack")
    event = _event(
        "Battles", "asserted", 18.4, 1.4, trigger="attack", char_start=start,
        char_end=start + 6, extra={"sentence": 0, "class": "attack"},
    )  # fmt: skip
    feats = coder_module.features(
        coder_module.candidates([event], split_sentences(text))[0], in_document=1
    )
    assert feats["w-=not"] == 1.0 and feats["type=Battles"] == 1.0
    p = head.probabilities(feats)
    assert abs(sum(p.values()) - 1) < 1e-9 and p["spurious"] > 0.9
    assert coder_module.recode([event], split_sentences(text), coder) == []  # dropped
    keep = coder_module.Coder(head, types, mods, 2.0, 0.9, 0.9, coder.subtypes)
    [recoded] = coder_module.recode([event], split_sentences(text), keep)
    assert (recoded.event_type, recoded.sub_event_type) == ("Protests", "Peaceful protest")
    assert recoded.modality == "negated" and "recoded" in recoded.extra
    off = coder_module.Coder(head, types, mods, 2.0, 2.0, 2.0, coder.subtypes)
    assert coder_module.recode([event], split_sentences(text), off) == [event]
