"""Train the event-location linker on the dev half of Halterman's (2019) sentences.

For every dev row (``bench/event_location.py`` splits rows by a hash of
their id) the geoparser finds the sentence's places (``fast=True``, as the
benchmark does), spaCy parses it, and each candidate place gets the
features of :mod:`geomap.events.link_features`. A conditional logit (a
softmax over the candidates plus a "none" option) is fitted by L-BFGS with
an L2 penalty chosen by 5-fold cross-validation inside dev (folds grouped by
row id, so the rows of one sentence stay together). Rows whose gold place
the geoparser did not find are left out of the fit (no candidate is right).
Two weight sets are written: ``parsed`` (lexical and parse features) and
``lexical`` (for callers without a parse). The ``parsed`` set also gets
boosted trees over the same features (:mod:`geomap.events.link_trees`),
blended with the logit, and the out-of-fold benchmark figures of the whole
linker (``--pipeline`` prints them alone, to tune against)::

    python bench/train_linker.py [--folds 5] [--l2 1 2 4 8] [--share 0.5] [-o FILE]
    python bench/train_linker.py --pipeline [--l2 4] [--share 0 0.5]

Writes ``geomap/data/events/location_model.json`` (weights rounded, tiny
ones dropped) with the data's provenance and licence. Needs scipy (the
``test`` extra) and scikit-learn for the trees (left out without it);
inference needs only the standard library. Skips cleanly when
``../shared/benchmarks/event_location/`` is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from event_location import DATA, load, overlaps  # noqa: E402

from geomap.events.link_candidates import link_candidates  # noqa: E402
from geomap.events.link_features import Features  # noqa: E402
from geomap.events.link_model import option_features, softmax, with_rule_prior  # noqa: E402

OUT = ROOT / "geomap" / "data" / "events" / "location_model.json"
LICENCE = DATA.parent / "LICENSE"
MIN_COUNT = 3  # a feature seen in fewer training rows gets no weight
KEEP = 1e-3  # weights smaller than this are dropped from the file


@dataclass
class Row:
    """One labelled sentence: features of each candidate and of "none", which are right."""

    group: str
    none: Features
    candidates: list[Features]
    right: list[bool]
    empty: bool
    source: dict | None = field(default=None, repr=False)  # the benchmark row
    places: list = field(default_factory=list, repr=False)  # the geoparser's places
    doc: object = field(default=None, repr=False)  # the parse, or None
    located_reachable: bool = field(init=False)

    def __post_init__(self) -> None:
        self.located_reachable = not self.empty and any(self.right)

    @property
    def decidable(self) -> bool:
        """Whether some option is right (else the row teaches nothing)."""
        return self.empty or self.located_reachable


def featurise(rows: list[dict], parsed: bool) -> list[Row]:
    """Features of every row, computed as :func:`link_location` computes them."""
    import gazetteer
    from geomap.events.nlp import load_nlp
    from geomap.places import find_places
    from geomap.records import Document

    gaz = gazetteer.load()
    nlp = load_nlp()
    docs = nlp.pipe(r["text"] for r in rows) if parsed else (None for _ in rows)
    out = []
    for row, doc in zip(rows, docs, strict=True):
        text = row["text"]
        places = find_places(Document(id=row["id"], text=text), gaz, fast=True)
        mentions = link_candidates(text, places, 0, doc)
        trigger = (row["verb"]["start"], row["verb"]["end"])
        gold = row["event_locations"]
        candidates, none = option_features(text, trigger, mentions, doc)
        out.append(
            Row(
                group=row["id"],
                none=none,
                candidates=list(candidates),
                right=[any(overlaps(m.start, m.end, g) for g in gold) for m in mentions],
                empty=not gold,
                source=row,
                places=places,
                doc=doc,
            )
        )
    return out


class ConditionalLogit:
    """Softmax over each row's options (none first, then the candidates), L2-penalised."""

    def __init__(self, l2: float) -> None:
        self.l2 = l2
        self.vocab: dict[str, int] = {}
        self.weights = None

    def _matrix(self, rows: list[Row]):
        import numpy as np
        from scipy.sparse import csr_matrix

        data, cols, indptr, starts, target = [], [], [0], [], []
        for row in rows:
            starts.append(len(target))
            for features, right in zip(
                [row.none, *row.candidates], [row.empty, *row.right], strict=True
            ):
                for key, value in features.items():
                    j = self.vocab.get(key)
                    if j is not None:
                        cols.append(j)
                        data.append(value)
                indptr.append(len(cols))
                target.append(right)
        matrix = csr_matrix((data, cols, indptr), shape=(len(target), len(self.vocab)))
        return matrix, np.array(starts), np.array(target, dtype=bool)

    def fit(self, rows: list[Row]) -> ConditionalLogit:
        import numpy as np
        from scipy.optimize import minimize

        rows = [r for r in rows if r.decidable]
        counts: Counter = Counter()
        for row in rows:
            for features in [row.none, *row.candidates]:
                counts.update(features.keys())
        names = sorted(k for k, n in counts.items() if n >= MIN_COUNT)
        self.vocab = {k: i for i, k in enumerate(names)}
        matrix, starts, target = self._matrix(rows)
        sizes = np.diff(np.append(starts, matrix.shape[0]))
        group = np.repeat(np.arange(len(starts)), sizes)

        def loss(w):
            scores = matrix @ w
            top = np.maximum.reduceat(scores, starts)
            exp = np.exp(scores - top[group])
            total = np.add.reduceat(exp, starts)
            right = np.where(target, exp, 0.0)
            right_total = np.add.reduceat(right, starts)
            value = -(np.log(right_total) - np.log(total)).sum() + 0.5 * self.l2 * w @ w
            grad = matrix.T @ (exp / total[group] - right / right_total[group]) + self.l2 * w
            return value, grad

        result = minimize(
            loss, np.zeros(len(names)), jac=True, method="L-BFGS-B", options={"maxiter": 3000}
        )
        self.weights = dict(zip(names, result.x.tolist(), strict=True))
        return self

    def choose(self, row: Row) -> int | None:  # the shipped decision, overrides included
        """Index of the chosen candidate, or None: the decision :func:`link_location` makes."""
        w = with_rule_prior(self.weights)

        def score(features: Features) -> float:
            return sum(w.get(k, 0.0) * v for k, v in features.items())

        scores = [score(f) for f in row.candidates]
        return softmax(scores, score(row.none), tuple(row.candidates)).best


TREE_MIN_COUNT = 40  # the trees read features seen in at least this many options
TREE_SHARE = 0.5  # the trees' share of the blended probability (tuned with --pipeline)


def fit_trees(rows: list[Row], share: float = TREE_SHARE) -> dict | None:
    """Boosted trees over the options' features (each option alone: right or not), as stored.

    Returns the ``trees`` entry of the model file (:mod:`geomap.events.link_trees`),
    or None without scikit-learn.
    """
    try:
        import numpy as np
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError:
        print("scikit-learn not installed: no trees", file=sys.stderr)
        return None
    from geomap.events.link_trees import NONE_OPTION

    rows = [r for r in rows if r.decidable]
    options = []
    for row in rows:
        options.append(({**row.none, NONE_OPTION: 1.0}, row.empty))
        options.extend(zip(row.candidates, row.right, strict=True))
    counts: Counter = Counter()
    for features, _ in options:
        counts.update(features.keys())
    names = sorted(k for k, n in counts.items() if n >= TREE_MIN_COUNT)
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(options), len(names)), dtype=np.float32)
    for i, (features, _) in enumerate(options):
        for key, value in features.items():
            j = index.get(key)
            if j is not None:
                x[i, j] = value
    y = np.array([right for _, right in options], dtype=bool)
    model = HistGradientBoostingClassifier(
        learning_rate=0.1, max_iter=300, max_leaf_nodes=31, l2_regularization=1.0, random_state=0
    ).fit(x, y)
    trees = []
    for (predictor,) in model._predictors:
        nodes = [
            [-1, 0.0, 0, 0, round(float(n["value"]), 5)]
            if n["is_leaf"]
            else [
                int(n["feature_idx"]),
                float(n["num_threshold"]),
                int(n["left"]),
                int(n["right"]),
                0.0,
            ]
            for n in predictor.nodes
        ]
        trees.append(nodes)
    baseline = float(np.ravel(model._baseline_prediction)[0])
    entry = {"names": names, "trees": trees, "baseline": baseline, "share": share}
    _check_trees(entry, model, x[:200])
    return entry


def _check_trees(entry: dict, model, x) -> None:
    """The stored trees give scikit-learn's probabilities (rounding aside)."""
    from geomap.events.link_trees import trees_from

    trees = trees_from(entry)
    expected = model.predict_proba(x)[:, 1]
    for row, want in zip(x, expected, strict=True):
        features = {entry["names"][j]: float(v) for j, v in enumerate(row) if v}
        assert abs(trees.probability(features) - want) < 1e-3, (trees.probability(features), want)


def correct(row: Row, choice: int | None) -> bool:
    return choice is None if row.empty else choice is not None and row.right[choice]


def figures(rows: list[Row], choices: list[int | None]) -> dict:
    located = [(r, c) for r, c in zip(rows, choices, strict=True) if not r.empty]
    empty = [(r, c) for r, c in zip(rows, choices, strict=True) if r.empty]
    return {
        "rows": len(rows),
        "accuracy_all": round(
            sum(correct(r, c) for r, c in zip(rows, choices, strict=True)) / len(rows), 4
        ),
        "accuracy_located": round(sum(correct(r, c) for r, c in located) / max(1, len(located)), 4),
        "accuracy_empty": round(sum(correct(r, c) for r, c in empty) / max(1, len(empty)), 4),
    }


def fold_of(group: str, folds: int) -> int:
    return int(hashlib.md5(group.encode()).hexdigest(), 16) % folds


def cross_validate(rows: list[Row], l2: float, folds: int) -> dict:
    """Figures of out-of-fold choices (folds grouped by row id)."""
    choices: list[int | None] = [None] * len(rows)
    for k in range(folds):
        train = [r for r in rows if fold_of(r.group, folds) != k]
        model = ConditionalLogit(l2).fit(train)
        for i, row in enumerate(rows):
            if fold_of(row.group, folds) == k:
                choices[i] = model.choose(row)
    return figures(rows, choices)


def pipeline_cross_validate(
    rows: list[Row], l2: float, folds: int, name: str, share: float = TREE_SHARE
) -> dict:
    """Benchmark figures of the whole linker (overrides, joined places) with out-of-fold weights.

    Each fold's rows are linked by :func:`link_location` with weights fitted
    on the other folds: the accuracy and token figures the test half should
    show, read on dev alone.
    """
    from event_location import Tally

    import geomap.events.linking as linking
    from geomap.events.link_model import LinkModel
    from geomap.events.link_trees import trees_from

    tally = Tally()
    shipped = linking.load_model
    try:
        for k in range(folds):
            train_rows = [r for r in rows if fold_of(r.group, folds) != k]
            weights = with_rule_prior(ConditionalLogit(l2).fit(train_rows).weights)
            trees = trees_from(fit_trees(train_rows, share)) if share else None
            model = LinkModel(name, weights, trees)
            linking.load_model = lambda _name, model=model: model
            for row in rows:
                if fold_of(row.group, folds) != k:
                    continue
                source = row.source
                trigger = (source["verb"]["start"], source["verb"]["end"])
                result = linking.link_location(source["text"], trigger, row.places, parsed=row.doc)
                tally.add(source, row.places, result)
    finally:
        linking.load_model = shipped
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in tally.figures().items()}


def train(rows: list[Row], grid: list[float], folds: int, label: str) -> dict:
    """Pick L2 by cross-validation, fit on all rows, return the model entry for the file."""
    results = {}
    for l2 in grid:
        started = time.perf_counter()
        results[l2] = cross_validate(rows, l2, folds)
        seconds = time.perf_counter() - started
        print(f"  {label} l2={l2:<5} cv {results[l2]} ({seconds:.0f} s)", file=sys.stderr)
    best = max(grid, key=lambda l2: results[l2]["accuracy_all"])
    model = ConditionalLogit(best).fit(rows)
    weights = {k: round(v, 4) for k, v in sorted(model.weights.items()) if abs(v) >= KEEP}
    return {
        "l2": best,
        "cross_validation": {"folds": folds, **results[best]},
        "features": len(weights),
        "weights": weights,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, nargs="+", default=[2.0, 4.0, 8.0])
    parser.add_argument("--limit", type=int, default=None, help="first N dev rows (a quick try)")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    parser.add_argument(
        "--pipeline",
        action="store_true",
        help="only print the whole linker's out-of-fold benchmark figures (parsed), per --l2",
    )
    parser.add_argument(
        "--share", type=float, nargs="+", default=[TREE_SHARE], help="trees' share (--pipeline)"
    )
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"benchmark not found: {DATA}")
        return
    rows = load("dev", args.limit)
    if args.pipeline:
        parsed_rows = featurise(rows, parsed=True)
        for l2 in args.l2:
            for share in args.share:
                figures = pipeline_cross_validate(parsed_rows, l2, args.folds, "parsed", share)
                print(f"l2={l2} trees={share} {figures}")
        return
    started = time.perf_counter()
    parsed = featurise(rows, parsed=True)
    lexical = featurise(rows, parsed=False)
    print(f"features of {len(rows)} dev rows in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)  # fmt: skip
    models = {
        "parsed": train(parsed, args.l2, args.folds, "parsed"),
        "lexical": train(lexical, args.l2, args.folds, "lexical"),
    }
    trees = fit_trees(parsed, args.share[0])
    if trees is not None:  # the parsed model only: the lexical one is a fallback
        models["parsed"]["trees"] = trees
        models["parsed"]["pipeline_cross_validation"] = pipeline_cross_validate(
            parsed, models["parsed"]["l2"], args.folds, "parsed", args.share[0]
        )
    licence = LICENCE.read_text(encoding="utf-8").splitlines()[2] if LICENCE.is_file() else ""
    payload = {
        "description": (
            "Event-location linker: a conditional logit over the candidate places of a sentence "
            "and a 'none' option. Score of an option = sum of weights[feature] * value over its "
            "features (geomap.events.link_features). The parsed model's probabilities are "
            "blended with those of its boosted trees (geomap.events.link_trees); the most "
            "probable option wins. Features never hold place names."
        ),
        "provenance": {
            "data": (
                "Halterman, A. (2019). Geolocating Political Events in Text. Event-location "
                "sentences, dev half only (rows whose id hashes to 'dev' in "
                "bench/event_location.py); the test half was not used."
            ),
            "licence": f"MIT License, {licence}".strip().rstrip(","),
            "training_rows": len(rows),
            "trained_by": "bench/train_linker.py",
            "candidates": "geomap.places.find_places(fast=True), spaCy en_core_web_sm parse",
        },
        "models": models,
    }
    args.output.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", "utf-8")
    for name, entry in models.items():
        print(
            f"{name}: l2={entry['l2']} features={entry['features']} cv={entry['cross_validation']}"
        )
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
