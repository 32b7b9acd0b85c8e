"""Group the shared scorer's error lines by kind, most frequent first: the tuning view.

The scorer (``../shared/eval/score.py``) writes one line per error:
``DOC missed 'Name'@start``, ``DOC wrong 'Name' -> resolved-name CC geonameid``
and ``DOC spurious 'text'@start``. This script runs a system (geomap by
default, in this process) on one split of one or more corpora, or reads saved
predictions, and prints for each corpus and kind the most frequent strings
with their counts and a few example documents.

Examples
--------
``python bench/errors.py --corpus lgl --split dev``
``python bench/errors.py --corpus geovirus --system spacy+population --top 20``
``python bench/errors.py --corpus trnews --predictions out/geomap.trnews.jsonl``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import geoparse  # noqa: E402
import splits  # noqa: E402

KINDS = ("missed", "wrong", "spurious")
_LINE = re.compile(r"^(?P<doc>\S+) (?P<kind>missed|wrong|spurious) (?P<rest>.*)$")
_OFFSET = re.compile(r"@-?\d+$|@None$")


@dataclass(frozen=True)
class ErrorLine:
    """One scorer error: document, kind and the string it is grouped under."""

    doc: str
    kind: str
    key: str


def parse_error(line: str) -> ErrorLine | None:
    """Parse one scorer error line; None for lines of another shape (event errors).

    Examples
    --------
    >>> parse_error("d1 missed 'Aleppo'@49")
    ErrorLine(doc='d1', kind='missed', key="'Aleppo'")
    >>> parse_error("d1 wrong 'Homs' -> Al Khums LY 2219905").key
    "'Homs' -> Al Khums LY 2219905"
    """
    match = _LINE.match(line.strip())
    if match is None:
        return None
    key = match["rest"] if match["kind"] == "wrong" else _OFFSET.sub("", match["rest"])
    return ErrorLine(match["doc"], match["kind"], key)


def group_errors(lines: list[str]) -> dict[str, list[tuple[str, int, list[str]]]]:
    """Group error lines by kind into ``(key, count, documents)``, most frequent first."""
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    docs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in lines:
        error = parse_error(line)
        if error is None:
            continue
        counts[error.kind][error.key] += 1
        seen = docs[(error.kind, error.key)]
        if error.doc not in seen:
            seen.append(error.doc)
    return {
        kind: [(key, n, docs[(kind, key)]) for key, n in counts[kind].most_common()]
        for kind in KINDS
    }


def wrong_details(gold: dict[str, dict], pred: dict[str, list]) -> dict[str, list[tuple]]:
    """Where each wrongly resolved toponym really is: gold point and distance, by error key.

    Pairs gold and predicted spans as the scorer does (each gold toponym in
    order takes the first unused overlapping prediction, with the scorer's
    own ``overlaps`` and ``km``) and returns, under the scorer's ``wrong``
    key, ``(gold lat, gold lon, km)`` for every pair the scorer counts as wrong
    (km is None when the prediction has no point).
    """
    scorer = splits.load_scorer()
    details: dict[str, list[tuple]] = defaultdict(list)
    for doc_id, record in gold.items():
        places = pred.get(doc_id, [])
        used: set[int] = set()
        for gt in record["toponyms"]:
            if gt.get("geotag_eval") is False:
                continue
            hit = next(
                (i for i, p in enumerate(places) if i not in used and scorer.overlaps(gt, p)), None
            )
            if hit is None:
                continue
            used.add(hit)
            p = places[hit]
            if gt.get("geocode_eval") is False or gt.get("lat") is None or gt.get("lon") is None:
                continue  # not scored for resolution, or no gold point to measure from
            if scorer.same_place(gt, p):
                continue
            key = f"{gt['name']!r} -> {p.get('name')} {p.get('country_code')} {p.get('geonameid')}"
            points = (gt.get("lat"), gt.get("lon"), p.get("lat"), p.get("lon"))
            far = None if None in points else scorer.km(points[:2], points[2:])
            details[key].append((gt.get("lat"), gt.get("lon"), far))
    return details


def _where(entries: list[tuple]) -> str:
    """Describe the gold point and the median distance of a ``wrong`` group."""
    if not entries:
        return ""
    lat, lon, _ = entries[0]
    distances = sorted(d for _la, _lo, d in entries if d is not None)
    gold = f"gold ({lat}, {lon})" if lat is not None else "gold has no point"
    if not distances:
        return f"  {gold}"
    return f"  {gold}, {distances[len(distances) // 2]:,.0f} km off"


def predict(
    system: str, corpus: str, split: str, limit: int | None, demonyms: str = "auto"
) -> dict[str, list]:
    """Run a system in this process on one corpus split; return places per document id."""
    docs = [(d["id"], d["text"]) for d in splits.load_corpus(corpus, split, limit)]
    run = geoparse.load_system(system)
    found = run(docs, splits.demonyms_for(corpus, demonyms), splits.org_names_for(corpus))
    return {doc_id: places for (doc_id, _t), places in zip(docs, found, strict=True)}


def read_predictions(path: Path) -> dict[str, list]:
    """Read saved predictions (``{"id", "places"}`` per line)."""
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return {r["id"]: r["places"] for r in records}


def print_groups(
    corpus: str,
    figures: dict[str, float],
    groups: dict[str, list[tuple[str, int, list[str]]]],
    *,
    top: int,
    examples: int,
    details: dict[str, list[tuple]] | None = None,
) -> None:
    """Print the figures, then the ``top`` most frequent errors of each kind."""
    shown = " ".join(
        f"{k}={figures[k]:.3f}" for k in ("precision", "recall", "f1", "acc161", "end_to_end")
    )
    print(f"== {corpus}: {shown} gold={figures['gold']} predicted={figures['predicted']}")
    for kind in KINDS:
        entries = groups[kind]
        total = sum(n for _key, n, _docs in entries)
        print(f"-- {kind}: {total} errors, {len(entries)} distinct")
        for key, n, docs in entries[:top]:
            where = _where(details.get(key, [])) if details and kind == "wrong" else ""
            print(f"{n:6d}  {key}{where}   [{', '.join(docs[:examples])}]")


def main(argv: list[str] | None = None) -> int:
    """Score one system on a split and print its grouped errors per corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", default="all", help="comma-separated corpora, or 'all'")
    parser.add_argument("--split", default="dev", choices=splits.SPLITS)
    parser.add_argument("--system", default="geomap", choices=geoparse.SYSTEMS)
    parser.add_argument("--limit", type=int, default=None, help="documents per corpus at most")
    parser.add_argument("--demonyms", default="auto", choices=("auto", "on", "off"))
    parser.add_argument("--predictions", type=Path, default=None, help="saved JSONL to score")
    parser.add_argument("--top", type=int, default=30, help="entries per kind")
    parser.add_argument("--examples", type=int, default=3, help="example documents per entry")
    args = parser.parse_args(argv)
    if not splits.available():
        print(f"benchmark data not found under {splits.SHARED_DIR}; nothing to score")
        return 1
    corpora = geoparse.corpora_of(args.corpus)
    if args.predictions and len(corpora) != 1:
        raise SystemExit("--predictions needs exactly one --corpus")
    for corpus in corpora:
        if args.predictions:
            predictions = read_predictions(args.predictions)
            wanted = {d["id"] for d in splits.load_corpus(corpus, args.split, args.limit)}
            predictions = {k: v for k, v in predictions.items() if k in wanted}
        else:
            predictions = predict(args.system, corpus, args.split, args.limit, args.demonyms)
        scored = geoparse.score(corpus, args.split, args.limit, predictions)
        groups = group_errors(scored["errors"])
        gold = {d["id"]: d for d in splits.load_corpus(corpus, args.split, args.limit)}
        details = wrong_details(gold, predictions)
        print_groups(
            corpus, scored["figures"], groups, top=args.top, examples=args.examples, details=details
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
