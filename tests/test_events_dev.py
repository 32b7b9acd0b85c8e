"""Floors on the annotated event sets of other wars (``tests/data/events_dev``).

Rules are tuned on the ``dev`` split (batches ``main`` dev half, ``extra``,
``news2`` to ``news39``, ``phrasing``); the ``test``
split (``main`` test half, ``heldout2`` to ``heldout37``) is held out and only
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

# with geomap's own places; reached: dev 0.832, test 0.751 (the test split holds the main
# test half and heldout2-35; heldout33-35, written six releases ago, scored 0.756, 0.751
# and 0.734 with the code of that release's start)
FLOORS = {"dev": 0.80, "test": 0.72}
# with the gold toponyms; reached: dev 0.856, test 0.789 (dev 0.832 before news35-37, which
# score lower)
GOLD_PLACE_FLOORS = {"dev": 0.82, "test": 0.76}
# (split, batch): floor; reached: main 0.979 / 0.767, extra 0.995, news2 0.905, news3 0.883, news4
# 0.859, news5 0.825, news6 0.901, news7 0.820, news8 0.812, news9 0.807, news10 0.703 (0.577 on
# arrival), news11 0.874 (0.823 on arrival), news12 0.870 (0.730 on arrival), news13 0.790 (0.621
# on arrival), news14 0.804 (0.719 on arrival), news15 0.829 (0.718 on arrival), news16 0.796
# (0.692 on arrival), news17 0.891 (0.750 on arrival), news18 0.863 (0.685 on arrival), news19
# 0.836 (0.694 on arrival), news20 0.860 (0.758 on arrival), news21 0.827 (0.763 on arrival),
# news22 0.869 (0.741 on arrival), news23 0.864 (0.809 on arrival), news24 0.858 (0.760 on
# arrival), news25 0.858 (0.769 on arrival), news26 0.842 (0.776 on arrival), news27 0.778 (0.706
# on arrival), news28 0.846 (0.749 on arrival), news29 0.807 (0.782 on arrival), news30 0.809
# (0.727 on arrival), news31 0.835 (0.766 on arrival), news32 0.751 (0.711 on arrival), news33
# 0.784 (0.727 on arrival), news34 0.805 (0.721 on arrival), news35 0.740 (0.714 on arrival),
# news36 0.809 (0.774 on arrival), news37 0.768 (0.727 on arrival), news38 0.825 (0.772 on
# arrival), news39 0.856 (0.776 on arrival), phrasing 0.880, heldout2 0.700,
# heldout3 0.738, heldout4 0.776, heldout5 0.793, heldout6 0.786, heldout7 0.730, heldout8 0.780,
# heldout9 0.764, heldout10 0.725, heldout11 0.809, heldout12 0.743, heldout13 0.780, heldout14
# 0.741, heldout15 0.748 (0.712 on arrival), heldout16 0.701 (0.676 on arrival), heldout17 0.746
# (0.689 on arrival), heldout18 0.822 (0.793 on arrival), heldout19 0.786 (0.760 on arrival),
# heldout20 0.642 (0.637 on arrival), heldout21 0.773 (0.764 on arrival), heldout22 0.657 (0.649 on
# arrival), heldout23 0.831 (0.810 on arrival), heldout24 0.749 (0.675 on arrival), heldout25 0.779
# (0.763 on arrival), heldout26 0.740 (0.727 on arrival), heldout27 0.733 (0.712 on arrival),
# heldout28 0.778 (0.756 on arrival), heldout29 0.718 (0.718 on arrival), heldout30 0.751 (0.729 on
# arrival), heldout31 0.718 (0.707 on arrival), heldout32 0.672 (0.644 on arrival), heldout33 0.768
# (0.756 on arrival), heldout34 0.769 (0.751 on arrival), heldout35 0.752 (0.734 on arrival),
# heldout36 0.751 (0.746 on arrival), heldout37 0.785 (0.785 on arrival).
# The main test half fell from 0.795 to 0.757 in the release that added news12-13 (one
# event fewer found, two more spurious), a loss on held-out text the dev batches did not
# show.
BATCH_FLOORS = {
    ("dev", "main"): 0.92,
    ("dev", "extra"): 0.95,
    ("dev", "news2"): 0.87,
    ("dev", "news3"): 0.85,
    ("dev", "news4"): 0.82,
    ("dev", "news5"): 0.76,
    ("dev", "news6"): 0.82,
    ("dev", "news7"): 0.76,
    ("dev", "news8"): 0.76,
    ("dev", "news9"): 0.76,
    ("dev", "news10"): 0.65,
    ("dev", "news11"): 0.80,
    ("dev", "news12"): 0.76,
    ("dev", "news13"): 0.67,
    ("dev", "news14"): 0.71,
    ("dev", "news15"): 0.74,
    ("dev", "news16"): 0.70,
    ("dev", "news17"): 0.78,
    ("dev", "news18"): 0.73,
    ("dev", "news19"): 0.73,
    ("dev", "news20"): 0.75,
    ("dev", "news21"): 0.76,
    ("dev", "news22"): 0.74,
    ("dev", "news23"): 0.80,
    ("dev", "news24"): 0.78,
    ("dev", "news25"): 0.79,
    ("dev", "news26"): 0.77,
    ("dev", "news27"): 0.71,
    ("dev", "news28"): 0.76,
    ("dev", "news29"): 0.75,
    ("dev", "news30"): 0.70,
    ("dev", "news31"): 0.74,
    ("dev", "news32"): 0.68,
    ("dev", "news33"): 0.72,
    ("dev", "news34"): 0.72,
    ("dev", "news35"): 0.69,
    ("dev", "news36"): 0.75,
    ("dev", "news37"): 0.70,
    ("dev", "news38"): 0.75,
    ("dev", "news39"): 0.80,
    ("dev", "phrasing"): 0.83,
    ("test", "main"): 0.74,
    ("test", "heldout2"): 0.68,
    ("test", "heldout3"): 0.70,
    ("test", "heldout4"): 0.69,
    ("test", "heldout5"): 0.71,
    ("test", "heldout6"): 0.72,
    ("test", "heldout7"): 0.68,
    ("test", "heldout8"): 0.71,
    ("test", "heldout9"): 0.71,
    ("test", "heldout10"): 0.62,
    ("test", "heldout11"): 0.74,
    ("test", "heldout12"): 0.66,
    ("test", "heldout13"): 0.69,
    ("test", "heldout14"): 0.68,
    ("test", "heldout15"): 0.69,
    ("test", "heldout16"): 0.66,
    ("test", "heldout17"): 0.66,
    ("test", "heldout18"): 0.76,
    ("test", "heldout19"): 0.73,
    ("test", "heldout20"): 0.61,
    ("test", "heldout21"): 0.73,
    ("test", "heldout22"): 0.62,
    ("test", "heldout23"): 0.79,
    ("test", "heldout24"): 0.65,
    ("test", "heldout25"): 0.73,
    ("test", "heldout26"): 0.69,
    ("test", "heldout27"): 0.68,
    ("test", "heldout28"): 0.72,
    ("test", "heldout29"): 0.69,
    ("test", "heldout30"): 0.70,
    ("test", "heldout31"): 0.67,
    ("test", "heldout32"): 0.62,
    ("test", "heldout33"): 0.72,
    ("test", "heldout34"): 0.72,
    ("test", "heldout35"): 0.71,
    ("test", "heldout36"): 0.69,
    ("test", "heldout37"): 0.73,
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
