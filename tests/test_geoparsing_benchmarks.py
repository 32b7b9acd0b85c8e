"""geomap on the test split of each geoparsing corpus must stay above its floors.

The corpora and the scorer are read from ``../shared`` (skipped when absent);
the dev/test split is the one of ``bench/splits.py`` (tuning happens on dev,
these floors guard test). Floors sit a little below the figures reached, so a
regression fails the test while noise does not.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import gazetteer
from geomap.places import find_places
from geomap.records import Document

REPO = Path(__file__).resolve().parents[1]


def _bench_splits():
    spec = importlib.util.spec_from_file_location("bench_splits", REPO / "bench" / "splits.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


splits = _bench_splits()

pytestmark = pytest.mark.skipif(
    not splits.available(), reason="geoparsing benchmarks not available (../shared)"
)

# Floors a little below what the default pipeline reaches on each test split
# (tuned on the dev split only); see the README's accuracy table.
FLOORS: dict[str, dict[str, float]] = {
    "geovirus": {"precision": 0.88, "recall": 0.95, "f1": 0.91, "acc161": 0.87, "end_to_end": 0.84},
    "lgl": {"precision": 0.79, "recall": 0.83, "f1": 0.81, "acc161": 0.86, "end_to_end": 0.67},
    "trnews": {"precision": 0.81, "recall": 0.92, "f1": 0.86, "acc161": 0.92, "end_to_end": 0.84},
    "geowebnews": {
        "precision": 0.91,
        "recall": 0.82,
        "f1": 0.87,
        "acc161": 0.93,
        "end_to_end": 0.73,
    },
}

# The same without the statistical model (``fast=True``): F1 and acc@161.
FAST_FLOORS: dict[str, dict[str, float]] = {
    "geovirus": {"f1": 0.89, "acc161": 0.87},
    "lgl": {"f1": 0.79, "acc161": 0.86},
    "trnews": {"f1": 0.83, "acc161": 0.92},
    "geowebnews": {"f1": 0.84, "acc161": 0.93},
}


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


def test_every_corpus_has_floors():
    assert set(FLOORS) == set(splits.CORPORA) == set(FAST_FLOORS)


def test_split_is_deterministic_and_about_half():
    for corpus in splits.CORPORA:
        docs = splits.load_corpus(corpus)
        dev = splits.select(docs, "dev")
        test = splits.select(docs, "test")
        assert {d["id"] for d in dev}.isdisjoint(d["id"] for d in test)
        assert len(dev) + len(test) == len(docs)
        assert 0.35 <= len(dev) / len(docs) <= 0.65
        assert [d["id"] for d in splits.select(docs, "dev")] == [d["id"] for d in dev]


@pytest.mark.parametrize("fast", [False, True], ids=["default", "fast"])
@pytest.mark.parametrize("corpus", list(splits.CORPORA))
def test_geomap_meets_floors_on_test_split(corpus, fast, gaz):
    gold = {d["id"]: d for d in splits.load_corpus(corpus, "test")}
    demonyms = splits.demonyms_for(corpus)
    org_names = splits.org_names_for(corpus)
    pred = {
        doc_id: {
            "id": doc_id,
            "places": [
                p.to_dict()
                for p in find_places(
                    Document(id=doc_id, text=d["text"]),
                    gaz,
                    fast=fast,
                    demonyms=demonyms,
                    org_names=org_names,
                )
            ],
        }
        for doc_id, d in gold.items()
    }
    figures, errors = splits.load_scorer().score_places(gold, pred)
    floors = (FAST_FLOORS if fast else FLOORS)[corpus]
    below = {k: (round(figures[k], 4), floor) for k, floor in floors.items() if figures[k] < floor}
    assert not below, (
        f"{corpus} below floors (reached, floor): {below}; first errors: {errors[:10]}"
    )
