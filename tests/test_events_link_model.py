"""The shipped event-location model: its file, and accuracy floors on Halterman's test half.

The floors are read on the first 1,000 rows of the test half of
``../shared/benchmarks/event_location/`` (skipped when absent); the model was
trained on the dev half only (``bench/train_linker.py``). They sit a little
below the figures reached (accuracy 0.814 all / 0.833 located / 0.789 empty,
token precision 0.794 and recall 0.800 on these rows; accuracy 0.824, token
precision 0.790 and recall 0.787 on the whole test half), so a regression
fails while the geoparser's small changes do not.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from geomap.events.link_model import RULE, load_model, model_data

REPO = Path(__file__).resolve().parents[1]
FLOORS = {
    "accuracy_all": 0.805,
    "accuracy_located": 0.82,
    "accuracy_empty": 0.775,
    "token_precision": 0.785,
    "token_recall": 0.79,
}
SAMPLE = 1000


def _bench():
    path = REPO / "bench" / "event_location.py"
    spec = importlib.util.spec_from_file_location("bench_event_location", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_model_file_says_where_its_data_came_from():
    data = model_data()
    provenance = data["provenance"]
    assert "Halterman" in provenance["data"] and "dev half" in provenance["data"]
    assert provenance["licence"].startswith("MIT")
    assert set(data["models"]) == {"parsed", "lexical"}
    for entry in data["models"].values():
        assert entry["cross_validation"]["accuracy_all"] > 0.7


# spaCy's labels and morphology values are the only capitalised words a feature may hold
_LABEL = re.compile(r"^(?:[A-Z_]+\$?|Past|Pres|Fut)$")


def test_no_weight_is_keyed_by_a_name():
    for name in ("parsed", "lexical"):
        model = load_model(name)
        assert RULE in model.weights
        keys = [*model.weights, *(model.trees.names if model.trees else ())]
        for key in keys:
            for part in re.split(r"[*|^]", key):
                value = part.split("=", 1)[-1].split(">")[-1]
                if any(c.isupper() for c in value):
                    assert _LABEL.match(value), key


def test_the_trees_give_probabilities_that_sum_to_one():
    model = load_model("parsed")
    assert model.trees is not None and 0 < model.trees.share < 1
    options = [{"kind=city": 1.0, "prep=in": 1.0, "attach=trigger": 1.0}, {"kind=country": 1.0}]
    mixed, none = model.trees.blend((0.7, 0.2), 0.1, options, {"none:bias": 1.0})
    assert abs(sum(mixed) + none - 1.0) < 1e-9
    assert all(0.0 <= p <= 1.0 for p in [*mixed, none])


def test_accuracy_floors_on_the_test_half():
    bench = _bench()
    if not bench.DATA.is_file():
        pytest.skip("event-location benchmark not available (../shared)")
    figures = bench.evaluate(bench.load("test", SAMPLE))
    assert figures["rows"] == SAMPLE
    for key, floor in FLOORS.items():
        assert figures[key] >= floor, (key, figures[key])
