"""Floors on the annotated event sets of other wars (``tests/data/events_dev``).

Rules are tuned on the ``dev`` split (batches ``main`` dev half, ``extra``,
``news2``, ``news3``, ``news4``, ``news5``, ``news6``, ``news7``, ``phrasing``); the ``test``
split (``main`` test half, ``heldout2`` to ``heldout7``) is held out and only
measured. The floors sit a little below the figures reached (see
``bench/events_dev.py``) so that a regression fails loudly; each batch has
its own floor, so a gain on one cannot hide a loss on another.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from geomap.events.evaluate import score

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "events_dev"

pytestmark = pytest.mark.skipif(
    not (DATA / "gold.jsonl").is_file(), reason="annotated event set not available"
)

# with geomap's own places; reached: dev 0.854, test 0.720 (the test split holds the main
# test half and heldout2-7; heldout6 scored 0.750 and heldout7 0.711 when they arrived)
FLOORS = {"dev": 0.83, "test": 0.69}
# with the gold toponyms; reached: dev 0.865, test 0.752
GOLD_PLACE_FLOORS = {"dev": 0.83, "test": 0.72}
# (split, batch): floor; reached: main 0.952 / 0.750, extra 0.984, news2 0.892,
# news3 0.876, news4 0.842, news5 0.777, news6 0.852, news7 0.768 (0.686 on arrival),
# phrasing 0.861, heldout2 0.702, heldout3 0.694, heldout4 0.719, heldout5 0.737,
# heldout6 0.750, heldout7 0.711
BATCH_FLOORS = {
    ("dev", "main"): 0.92,
    ("dev", "extra"): 0.95,
    ("dev", "news2"): 0.87,
    ("dev", "news3"): 0.85,
    ("dev", "news4"): 0.82,
    ("dev", "news5"): 0.75,
    ("dev", "news6"): 0.82,
    ("dev", "news7"): 0.74,
    ("dev", "phrasing"): 0.83,
    ("test", "main"): 0.72,
    ("test", "heldout2"): 0.68,
    ("test", "heldout3"): 0.66,
    ("test", "heldout4"): 0.69,
    ("test", "heldout5"): 0.71,
    ("test", "heldout6"): 0.72,
    ("test", "heldout7"): 0.68,
}


def _bench():
    spec = importlib.util.spec_from_file_location(
        "bench_events_dev", REPO / "bench" / "events_dev.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def runs():
    """Events of each split, extracted once (geomap's places)."""
    bench = _bench()
    return {split: bench.run(split) for split in FLOORS}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_event_f1_floor(runs, split):
    report, events, _seconds = runs[split]
    assert events, "no events extracted"
    assert report.overall.f1 >= FLOORS[split], "\n".join(report.errors)


@pytest.mark.parametrize(("split", "batch"), sorted(BATCH_FLOORS))
def test_event_f1_floor_by_batch(runs, split, batch):
    _report, events, _seconds = runs[split]
    _docs, gold = _bench().load(split, batch=batch)
    ids = {g["id"] for g in gold}
    report = score(gold, [e for e in events if e.doc_id in ids])
    assert report.overall.f1 >= BATCH_FLOORS[(split, batch)], "\n".join(report.errors)


@pytest.mark.parametrize("split", sorted(GOLD_PLACE_FLOORS))
def test_gold_places_isolate_extraction(split):
    report, _events, _seconds = _bench().run(split, use_gold_places=True)
    assert report.overall.f1 >= GOLD_PLACE_FLOORS[split], "\n".join(report.errors)
