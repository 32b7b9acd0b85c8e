"""Learn a coder of event type, modality and keep-or-drop; validate it leave-one-batch-out.

An experiment (:mod:`event_coder` holds the model): could a model learned
from the rules' own output correct their type, modality and keep-or-drop
calls on a fresh annotator's articles better than more rules?

Runs the rule pipeline over every ``dev`` article of every annotated batch
and labels each event (mentions merged) after the scorer's greedy
matching: a matched event keeps the rules' type and modality; an
unmatched one takes those of an unmatched annotated event at its place
(within 161 km), or is "spurious" when there is none. With ``--arrival
NAME ...`` each named batch is also run with the rules of the commit that
added it (``git archive`` of that commit, run in a subprocess): the rules'
errors on text they had not been tuned on, the errors the coder is meant
to catch. Three logistic regressions are fitted on
:func:`event_coder.features`: spurious or not, event type, modality.

Validation is leave-one-batch-out (LOBO): for each dev batch, the models
are fitted on the other batches (both their runs), the three thresholds
chosen by an inner LOBO over those batches only (best mean F1), and the
held-out batch scored with the project's rule (type, modality, place
within 161 km), as the rules code it now and as they coded it on
arrival. ``--check NAME`` scores a fresh batch with the model fitted on
all the others, never training on it::

    python bench/train_event_coder.py --arrival news2 news3 news4 phrasing news5 \
        --check news6 [--C 0.3] [--cache FILE] [--out FILE]

``--out`` writes the model fitted on every dev batch (JSON: weights,
thresholds, validation). Needs scikit-learn (the ``test`` extra). Test
batches are never read.

Findings (2026-11-30, 7 dev batches, news6 as the fresh check): the coder
does not help, so it is not part of the pipeline. Per batch, rules now ->
with the coder, LOBO: extra 0.973 -> 0.962, main 0.952 -> 0.952, news2
0.892 -> 0.892, news3 0.876 -> 0.879, news4 0.845 -> 0.845, news5 0.758 ->
0.758, phrasing 0.852 -> 0.846; mean 0.878 -> 0.876. On the arrival-time
runs (news2 0.563, news3 0.621, news4 0.650, phrasing 0.527, news5 0.620)
the mean stays 0.596; news6 0.743 -> 0.741. The inner LOBO keeps the
thresholds high (0.6-0.8 to drop, 0.5-0.9 to recode), and then the coder
hardly acts: held out, its "spurious" probability ranks events with AUC
0.64-0.68 (0.79 for events with no annotated event of their kind anywhere
in the article, but those are 5% of the candidates), so no threshold drops
more spurious events than right ones; its type and modality overrides at
0.5 or more were all wrong. The rules' errors left on the tuned batches
(34 recodable events of 800) and even on arrival (96 of 585, spread over
30 type-modality pairs) are too varied for a few hundred labelled
candidates. Fitted and scored on the same batches it gains (news5 0.773):
the gap is what tuning on a batch is worth. Inference would cost 0.5 ms a
document (about 3% at 69 documents/s).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import events_dev  # noqa: E402
from event_coder import (  # noqa: E402
    SPURIOUS,
    Coder,
    Head,
    Opinion,
    apply,
    candidates,
    features,
    opinion,
)

import geomap.events.extract as extract_module  # noqa: E402
from geomap.events.evaluate import MATCH_KM, _matches, km, score  # noqa: E402
from geomap.events.sentences import split_sentences  # noqa: E402

TYPES = (
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
    "Riots", "Strategic developments",
)  # fmt: skip
MODALITIES = ("asserted", "negated", "hypothetical")
DROP_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 2.0)
RECODE_GRID = (0.5, 0.7, 0.9, 2.0)


@dataclass
class Doc:
    """A dev article: its batch, gold record, and the events the rules extracted.

    ``arrival`` marks a run of the rules as they stood when the batch
    arrived (before anyone tuned them on it): the errors of rules on text
    they were not written for, which the coder is meant to catch.
    """

    batch: str
    gold: dict
    events: list  # Event, as the rules coded and merged them
    feats: list[dict]
    labels: list[tuple[str, str, str | None]]  # (type or spurious, modality, gold sub-type)
    arrival: bool = False


def dev_batches() -> list[str]:
    """The annotated batches that hold dev articles (test-only batches are never read)."""
    return [b for b in events_dev.batches() if not b.startswith("heldout")]


def _at_place(gold: dict, event) -> bool:
    if event.geonameid is not None and event.geonameid == gold.get("loc"):
        return True
    if event.latitude is None or gold.get("lat") is None:
        return False
    return km(gold["lat"], gold["lon"], event.latitude, event.longitude) <= MATCH_KM


def labels(events: list, gold_events: list[dict]) -> list[tuple[str, str, str | None]]:
    """Per located event: (type, modality, sub-type) it should have, or spurious.

    An event the scorer matches (greedy, gold order) keeps its coding; one
    it leaves unmatched takes an unmatched annotated event at its place
    (same type first, then same modality), else it is spurious.
    """
    located = [i for i, e in enumerate(events) if e.latitude is not None or e.geonameid]
    out: list[tuple[str, str, str | None]] = [
        (e.event_type, e.modality, e.sub_event_type) for e in events
    ]
    used: set[int] = set()
    missed = []
    for g in gold_events:
        hit = next((i for i in located if i not in used and _matches(g, events[i])), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    for i in located:
        if i in used:
            continue
        e = events[i]
        here = [g for g in missed if _at_place(g, e)]
        if not here:
            out[i] = (SPURIOUS, e.modality, None)
            continue
        g = min(here, key=lambda g: (g["type"] != e.event_type, g["modality"] != e.modality))
        missed.remove(g)
        out[i] = (g["type"], g["modality"], g.get("sub_event_type"))
    return out


def collect(names: list[str]) -> list[Doc]:
    """Run the rules over the dev articles of ``names``; keep their merged events."""
    import gazetteer
    from geomap.places import find_places

    gaz = gazetteer.load()
    captured: list[list] = []

    def capture(events):  # the events as merged, before confidence is set
        captured.append(list(events))
        return saved(events)

    saved = extract_module.calibrate
    extract_module.calibrate = capture
    docs = []
    try:
        for name in names:
            articles, gold = events_dev.load("dev", batch=name)
            by_id = {g["id"]: g for g in gold}
            for article in articles:
                captured.clear()
                extract_module.extract_events(article, find_places(article, gaz))
                events = captured[0] if captured else []
                docs.append(_doc(name, by_id[article.id], events, article.text))
    finally:
        extract_module.calibrate = saved
    return docs


def _doc(batch: str, gold: dict, events: list, text: str) -> Doc:
    found = candidates(events, split_sentences(text))
    feats = [features(c, len(found)) for c in found]
    return Doc(batch, gold, events, feats, labels(events, gold["events"]))


def arrival_commit(batch: str) -> str | None:
    """The commit that added ``batch`` (the rules then had never seen it)."""
    name = "articles.jsonl" if batch == "main" else f"articles_{batch}.jsonl"
    log = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", f"tests/data/events_dev/{name}"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return log[-1] if log else None


def arrival_runs(names: list[str]) -> list[Doc]:
    """The rules of each batch's arrival commit run over its dev articles (current gold).

    Each old tree is exported with ``git archive`` to a temporary folder and
    run in a subprocess, with a private gazetteer cache. Name only batches
    whose adding commit changed no rules.
    """
    from geomap.records import Event

    fields = {f.name for f in dataclasses.fields(Event)}
    docs = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            commit = arrival_commit(name)
            if commit is None:
                continue
            tree = Path(tmp) / commit[:10]
            if not tree.is_dir():
                tree.mkdir()
                archive = subprocess.run(
                    ["git", "archive", commit], cwd=ROOT, capture_output=True, check=True
                ).stdout
                subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
            out = Path(tmp) / f"{name}.pkl"
            env = {**os.environ, "GEOMAP_CACHE_DIR": str(Path(tmp) / "cache")}
            subprocess.run(
                [sys.executable, __file__, "--old-tree", str(tree), name, str(out)],
                check=True, env=env,
            )  # fmt: skip
            _articles, gold = events_dev.load("dev", batch=name)
            by_id = {g["id"]: g for g in gold}
            texts = {a.id: a.text for a in _articles}
            found = 0
            for doc_id, rows in pickle.loads(out.read_bytes()):
                events = [Event(**{k: v for k, v in r.items() if k in fields}) for r in rows]
                doc = _doc(name, by_id[doc_id], events, texts[doc_id])
                doc.arrival = True
                docs.append(doc)
                found += len(events)
            print(f"arrival run of {name} at {commit[:8]}: {found} events", flush=True)
    return docs


def _old_tree_run(tree: str, batch: str, out: str) -> None:
    """(Subprocess) extract ``batch``'s dev events with the code of ``tree``.

    The old tree's own modules are loaded in place of the current ones (its
    ``Document`` too); the articles and gold are the current files.
    """
    for name in [m for m in sys.modules if m.split(".")[0] in ("geomap", "gazetteer")]:
        del sys.modules[name]
    del sys.modules["events_dev"]
    sys.path[:0] = [tree, str(Path(tree) / "bench")]
    import events_dev as old_bench

    import gazetteer
    from geomap.events import extract_events
    from geomap.places import find_places

    old_bench.DATA = events_dev.DATA
    gaz = gazetteer.load()
    articles, _gold = old_bench.load("dev", batch=batch)
    rows = [
        (a.id, [dataclasses.asdict(e) for e in extract_events(a, find_places(a, gaz))])
        for a in articles
    ]
    Path(out).write_bytes(pickle.dumps(rows))


def fit(docs: list[Doc], C: float) -> tuple[Head, Head, Head, dict[str, str]]:
    """The three heads and the sub-type table, fitted on ``docs``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [(f, y) for d in docs for f, y in zip(d.feats, d.labels, strict=True)]
    vec = DictVectorizer()
    X = vec.fit_transform([f for f, _ in rows])
    names = vec.get_feature_names_out()

    def head(mask: list[bool], ys: list[str]) -> Head:
        Xs = X[[i for i, m in enumerate(mask) if m]]
        ys = [y for y, m in zip(ys, mask, strict=True) if m]
        classes = sorted(set(ys))
        if len(classes) == 1:
            return Head(tuple(classes * 2), {classes[0]: {"bias": 30.0}})
        model = LogisticRegression(C=C, max_iter=2000, fit_intercept=False)
        model.fit(Xs, ys)
        coef = model.coef_
        if len(classes) == 2:
            weights = {classes[1]: _sparse(names, coef[0])}
        else:
            weights = {c: _sparse(names, coef[i]) for i, c in enumerate(model.classes_)}
        return Head(tuple(model.classes_), weights)

    spurious = [y[0] == SPURIOUS for _, y in rows]
    drop = head([True] * len(rows), ["spurious" if s else "kept" for s in spurious])
    kept = [not s for s in spurious]
    typ = head(kept, [y[0] for _, y in rows])
    mod = head(kept, [y[1] for _, y in rows])
    counts: Counter = Counter()
    for d in docs:
        for f, (t, _m, sub) in zip(d.feats, d.labels, strict=True):
            if t != SPURIOUS and sub:
                cls = next(k[6:] for k in f if k.startswith("class="))
                counts[(f"{cls}|{t}", sub)] += 1
                counts[(t, sub)] += 1
    subtypes: dict[str, str] = {}
    for (key, sub), _n in counts.most_common():
        subtypes.setdefault(key, sub)
    for t in TYPES:
        subtypes.setdefault(t, "Other" if t == "Strategic developments" else "Attack")
    return drop, typ, mod, subtypes


def _sparse(names, coef) -> dict[str, float]:
    return {str(n): round(float(w), 4) for n, w in zip(names, coef, strict=True) if abs(w) > 1e-4}


def coder(heads, thresholds: tuple[float, float, float]) -> Coder:
    drop, typ, mod, subtypes = heads
    return Coder(drop, typ, mod, *thresholds, subtypes=subtypes)


def unit(doc: Doc) -> str:
    """The scoring unit of a doc: its batch, or its batch's arrival-time run."""
    return f"{doc.batch}@arrival" if doc.arrival else doc.batch


def opinions(heads, docs: list[Doc]) -> list[list[Opinion]]:
    """The fitted heads' view of every candidate of ``docs``."""
    model = coder(heads, (2.0, 2.0, 2.0))
    return [[opinion(model, f) for f in d.feats] for d in docs]


def evaluate(docs: list[Doc], model: Coder | None, views=None) -> dict[str, float]:
    """F1 per batch of ``docs`` after the coder (None: the rules alone)."""
    by_batch: dict[str, tuple[list, list]] = {}
    if model is not None and views is None:
        views = [[opinion(model, f) for f in d.feats] for d in docs]
    for n, d in enumerate(docs):
        gold, events = by_batch.setdefault(unit(d), ([], []))
        gold.append(d.gold)
        events.extend(d.events if model is None else apply(model, d.events, views[n]))
    return {b: score(g, e).overall.f1 for b, (g, e) in by_batch.items()}


def choose(docs: list[Doc], C: float) -> tuple[float, float, float]:
    """Thresholds with the best mean F1 over an inner LOBO of ``docs``' batches.

    Each held-out batch is scored as the rules code it now and, when there is
    one, as the rules coded it on arrival; the mean is over these units.
    """
    names = sorted({d.batch for d in docs})
    per_fold = []
    for held in names:
        heads = fit([d for d in docs if d.batch != held], C)
        test = [d for d in docs if d.batch == held]
        per_fold.append((heads, test, opinions(heads, test)))
    best, best_f1 = (2.0, 2.0, 2.0), -1.0
    for thresholds in itertools.product(DROP_GRID, RECODE_GRID, RECODE_GRID):
        f1s = [
            f
            for heads, test, views in per_fold
            for f in evaluate(test, coder(heads, thresholds), views).values()
        ]
        mean = statistics.mean(f1s)
        if mean > best_f1 + 1e-9:
            best, best_f1 = thresholds, mean
    return best


def lobo(docs: list[Doc], C: float) -> dict[str, tuple[float, float, tuple]]:
    """Per unit (batch now, batch on arrival): the rules' F1, the LOBO F1 with the coder.

    The coder of a held-out batch is fitted, and its thresholds chosen, on
    the other batches only (both their runs).
    """
    out = {}
    for held in sorted({d.batch for d in docs}):
        train = [d for d in docs if d.batch != held]
        test = [d for d in docs if d.batch == held]
        thresholds = choose(train, C)
        model = coder(fit(train, C), thresholds)
        before = evaluate(test, None)
        after = evaluate(test, model)
        for name in sorted(before):
            out[name] = (before[name], after[name], thresholds)
            print(f"  {name:18s} rules={before[name]:.3f} coder={after[name]:.3f} "
                  f"thresholds={thresholds}", flush=True)  # fmt: skip
    return out


def to_json(model: Coder, C: float, validation: dict) -> dict:
    def head(h: Head) -> dict:
        return {"classes": list(h.classes), "weights": {c: dict(w) for c, w in h.weights.items()}}

    return {
        "about": "event coder of bench/event_coder.py, fitted by bench/train_event_coder.py",
        "C": C,
        "thresholds": {"drop": model.drop_at, "type": model.type_at, "modality": model.modality_at},
        "validation": validation,
        "subtypes": dict(sorted(model.subtypes.items())),
        "drop": head(model.drop),
        "type": head(model.type),
        "modality": head(model.modality),
    }


def main() -> None:
    if sys.argv[1:2] == ["--old-tree"]:
        _old_tree_run(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--C", type=float, default=0.3, help="inverse L2 penalty")
    parser.add_argument("--out", type=Path, help="write the model fitted on every dev batch")
    parser.add_argument("--cache", type=Path, help="pickle of the collected candidates")
    parser.add_argument("--exclude", nargs="*", default=[], help="dev batches left out")
    parser.add_argument("--check", nargs="*", default=[], help="fresh batches: only scored")
    parser.add_argument(
        "--arrival", nargs="*", default=[], help="batches also run with their arrival-time rules"
    )
    args = parser.parse_args()
    names = [b for b in dev_batches() if b not in args.exclude and b not in args.check]
    if args.cache and args.cache.is_file():
        docs = pickle.loads(args.cache.read_bytes())
    else:
        docs = collect(names + args.check)
        docs += arrival_runs([b for b in args.arrival if b in names + args.check])
        if args.cache:
            args.cache.write_bytes(pickle.dumps(docs))
    check = [d for d in docs if d.batch in args.check]
    docs = [d for d in docs if d.batch in names and (not d.arrival or d.batch in args.arrival)]
    labels = Counter(y[0] == SPURIOUS for d in docs for y in d.labels)
    print(f"{len(docs)} dev runs of articles, {sum(labels.values())} candidates "
          f"({labels[True]} spurious); C={args.C}")  # fmt: skip
    print("leave-one-batch-out (thresholds by inner LOBO on the training batches):")
    figures = lobo(docs, args.C)
    validation: dict = {"lobo": {}, "lobo_mean": {}}
    for kind in ("now", "arrival"):
        rows = {k: v for k, v in figures.items() if k.endswith("@arrival") == (kind == "arrival")}
        if not rows:
            continue
        before = statistics.mean(v[0] for v in rows.values())
        after = statistics.mean(v[1] for v in rows.values())
        drops = sum(1 for v in rows.values() if v[1] < v[0] - 0.01)
        print(f"  mean ({kind:7s})     rules={before:.3f} coder={after:.3f} "
              f"(batches down by more than 0.01: {drops})")  # fmt: skip
        validation["lobo_mean"][kind] = {"rules": round(before, 3), "coder": round(after, 3)}
    validation["lobo"] = {
        b: {"rules": round(v[0], 3), "coder": round(v[1], 3)} for b, v in figures.items()
    }
    thresholds = choose(docs, args.C)
    model = coder(fit(docs, args.C), thresholds)
    print(f"final thresholds (drop, type, modality): {thresholds}")
    full = evaluate(docs, model)
    print("fitted on all dev batches (not a validation): "
          + " ".join(f"{b}={f:.3f}" for b, f in sorted(full.items())))  # fmt: skip
    for name, (was, now) in _checks(check, model).items():
        print(f"fresh batch {name} (never trained on): rules={was:.3f} coder={now:.3f}")
        validation.setdefault("fresh", {})[name] = {"rules": round(was, 3), "coder": round(now, 3)}
    if args.out:
        args.out.write_text(json.dumps(to_json(model, args.C, validation), indent=1) + "\n")
        print(f"wrote {args.out}")


def _checks(docs: list[Doc], model: Coder) -> dict[str, tuple[float, float]]:
    before, after = evaluate(docs, None), evaluate(docs, model)
    return {name: (before[name], after[name]) for name in sorted(before)}


if __name__ == "__main__":
    main()
