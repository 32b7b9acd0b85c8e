"""Learn the calibrated event confidence from the annotated dev articles.

Extracts the events of every ``dev`` article of every annotated batch
(``tests/data/events_dev``, geomap's own places), labels each located event
1 when it matches an annotated event (same type and modality, place within
161 km; the scorer's greedy rule) and 0 otherwise, and fits a logistic
regression on :func:`geomap.events.confidence.features`. Before fitting on
everything it is validated leave-one-batch-out (fit on the other batches,
score the one left out), against the hand-set score it replaces and a
constant, and as a filter (the threshold chosen on the training batches)::

    python bench/train_confidence.py [--dry-run] [--C 0.3]

Writes ``geomap/data/events/confidence_model.json`` (weights, penalty,
validation figures). Needs scipy (the ``test`` extra). The test split is
never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import events_dev  # noqa: E402

from geomap.events import extract_events  # noqa: E402
from geomap.events.confidence import features  # noqa: E402
from geomap.events.evaluate import _matches  # noqa: E402

OUT = ROOT / "geomap" / "data" / "events" / "confidence_model.json"


def examples() -> list[tuple[str, list[tuple[dict, int, float]], int]]:
    """Per dev article: its batch, its located events as (features, label, old score),
    and its number of annotated events."""
    import gazetteer
    from geomap.places import find_places

    gaz = gazetteer.load()
    out = []
    for batch in events_dev.batches():
        docs, gold = events_dev.load("dev", batch=batch)
        by_id = {g["id"]: g for g in gold}
        for doc in docs:
            assert by_id[doc.id]["split"] == "dev"
            events = extract_events(doc, find_places(doc, gaz))
            located = [e for e in events if e.latitude is not None]
            labels = [0] * len(located)
            used: set[int] = set()
            for annotated in by_id[doc.id]["events"]:
                hit = next(
                    (i for i, e in enumerate(located) if i not in used and _matches(annotated, e)),
                    None,
                )
                if hit is not None:
                    used.add(hit)
                    labels[hit] = 1
            rows = [
                (features(e, len(located)), y, _hand_score(e))
                for e, y in zip(located, labels, strict=True)
            ]
            out.append((batch, rows, len(by_id[doc.id]["events"])))
    return out


def _hand_score(event) -> float:
    """The hand-set score of the previous release, for comparison."""
    score = 0.45
    method = event.geo_method or ""
    if "phrase" in method or "object" in method:
        score += 0.2
    elif not method.startswith("no place"):
        score += 0.1
    if event.actor1 is not None:
        score += 0.1
    if event.modality != "asserted":
        score -= 0.05
    return min(1.0, score)


class _Logit:
    """An L2-penalised logistic regression fitted with scipy (``C`` as in scikit-learn)."""

    def __init__(self, weights):
        self.coef_ = [weights]

    def predict(self, x):
        import numpy as np

        return 1.0 / (1.0 + np.exp(-(x @ self.coef_[0])))


def _matrix(rows, keys):
    import numpy as np

    return np.array([[f.get(k, 0.0) for k in keys] for f, _y, _h in rows], dtype=float)


def _fit(rows, keys, c: float) -> _Logit:
    import numpy as np
    from scipy.optimize import minimize

    x = _matrix(rows, keys)
    y = np.array([label for _f, label, _h in rows], dtype=float)

    def loss(w):
        z = x @ w
        # log(1 + e^z) - y z, summed, plus the penalty w.w / (2C); the bias is a feature
        value = np.logaddexp(0.0, z).sum() - y @ z + w @ w / (2 * c)
        grad = x.T @ (1.0 / (1.0 + np.exp(-z)) - y) + w / c
        return value, grad

    result = minimize(loss, np.zeros(len(keys)), jac=True, method="L-BFGS-B")
    return _Logit(result.x)


def _probabilities(model, rows, keys):
    return model.predict(_matrix(rows, keys))


def _auc(labels, scores) -> float:
    """Area under the ROC curve: the share of (right, wrong) pairs ranked right."""
    right = [s for s, y in zip(scores, labels, strict=True) if y]
    wrong = [s for s, y in zip(scores, labels, strict=True) if not y]
    pairs = sum((a > b) + 0.5 * (a == b) for a in right for b in wrong)
    return pairs / (len(right) * len(wrong))


def _f1(docs, model, keys, threshold: float) -> float:
    tp = fp = fn = 0
    for _batch, rows, n_gold in docs:
        kept = (
            _probabilities(model, rows, keys) >= threshold if rows and model else [True] * len(rows)
        )
        found = sum(1 for (_f, y, _h), keep in zip(rows, kept, strict=True) if keep and y)
        tp += found
        fp += sum(1 for (_f, y, _h), keep in zip(rows, kept, strict=True) if keep and not y)
        fn += n_gold - found
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def validate(docs, keys, c: float) -> dict:
    """Leave-one-batch-out Brier score, AUC and filter F1 (learned, hand-set, constant)."""
    batches = sorted({b for b, _rows, _n in docs})
    labels, learned, hand, constant = [], [], [], []
    filters = {}
    for held in batches:
        train = [d for d in docs if d[0] != held]
        test = [d for d in docs if d[0] == held]
        train_rows = [r for _b, rows, _n in train for r in rows]
        test_rows = [r for _b, rows, _n in test for r in rows]
        model = _fit(train_rows, keys, c)
        base_rate = sum(y for _f, y, _h in train_rows) / len(train_rows)
        thresholds = [t / 20 for t in range(1, 14)]
        best = max(thresholds, key=lambda t: _f1(train, model, keys, t))
        filters[held] = {
            "f1_all_events": round(_f1(test, None, keys, 0.0), 3),
            "f1_filtered": round(_f1(test, model, keys, best), 3),
            "threshold": best,
        }
        labels += [y for _f, y, _h in test_rows]
        learned += list(_probabilities(model, test_rows, keys))
        hand += [h for _f, _y, h in test_rows]
        constant += [base_rate] * len(test_rows)

    def brier(p):
        return sum((a - b) ** 2 for a, b in zip(p, labels, strict=True)) / len(labels)

    return {
        "events": len(labels),
        "correct_share": round(sum(labels) / len(labels), 3),
        "brier": {
            "learned": round(brier(learned), 4),
            "hand_set": round(brier(hand), 4),
            "constant": round(brier(constant), 4),
        },
        "auc": {
            "learned": round(_auc(labels, learned), 3),
            "hand_set": round(_auc(labels, hand), 3),
        },
        "as_a_filter": filters,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--C", type=float, default=0.3, help="inverse L2 penalty")
    parser.add_argument("--dry-run", action="store_true", help="validate, write nothing")
    args = parser.parse_args()
    docs = examples()
    keys = sorted({k for _b, rows, _n in docs for f, _y, _h in rows for k in f})
    report = validate(docs, keys, args.C)
    print(json.dumps(report, indent=1))
    if args.dry_run:
        return
    model = _fit([r for _b, rows, _n in docs for r in rows], keys, args.C)
    weights = {k: round(float(w), 4) for k, w in zip(keys, model.coef_[0], strict=True)}
    payload = {
        "_doc": (
            "Weights of the calibrated event confidence (geomap/events/confidence.py): "
            "logistic regression over general features of each extracted event, labelled by "
            "whether it matches an annotated event of the dev split of tests/data/events_dev "
            "(test split never used). Re-train with python bench/train_confidence.py."
        ),
        "C": args.C,
        "validation_leave_one_batch_out": report,
        "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))),
    }
    OUT.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(weights)} weights")


if __name__ == "__main__":
    main()
