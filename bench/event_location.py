"""Event location linking on Halterman's (2019) sentences: how often the right place is picked.

Each row of ``../shared/benchmarks/event_location/event_location_clean.jsonl``
is a sentence, a labelled verb and the place(s) where that verb's event
happened (empty when the sentence does not say). For each row geomap finds
the sentence's places (``find_places``), parses the sentence and calls
:func:`geomap.events.linking.link_location` with the verb's span. A row is
right when the chosen place overlaps a gold location, or when nothing is
chosen and the gold is empty. Rows are split by a hash of their id into
``dev`` (for tuning) and ``test`` (reported)::

    python bench/event_location.py [--split test] [--limit N] [--lexical] [-v]

The linker is the model of ``geomap/data/events/location_model.json``,
trained on the dev half by ``bench/train_linker.py``: its dev figures are
in-sample (the training script prints cross-validated ones); report the
test half. Halterman (2019) reports token-level precision and recall above
0.83 for his model: ``token_precision`` / ``token_recall`` are that
measure (the words of the chosen place and the places joined to it, against
the words of the gold locations, over every row).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "benchmarks" / "event_location" / "event_location_clean.jsonl"

from geomap.events.linking import link_location  # noqa: E402
from geomap.records import Document  # noqa: E402


def split_of(row_id: str) -> str:
    """``dev`` or ``test``, stable across runs (half each)."""
    return "test" if int(hashlib.sha1(row_id.encode()).hexdigest(), 16) % 2 else "dev"


def load(split: str, limit: int | None = None) -> list[dict]:
    """Rows of ``split`` (``dev``, ``test`` or ``all``)."""
    rows = []
    for line in DATA.open(encoding="utf-8"):
        if not line.strip():
            continue
        row = json.loads(line)
        if split == "all" or split_of(row["id"]) == split:
            rows.append(row)
    return rows[:limit] if limit else rows


def overlaps(a_start: int, a_end: int, b: dict) -> bool:
    return a_start < b["end"] and b["start"] < a_end


_WORD = re.compile(r"\w+")


def word_spans(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The word tokens (as offset pairs) inside ``spans`` of ``text``.

    Halterman (2019) scores by token: precision and recall of the words
    labelled as the event's location.

    >>> sorted(word_spans("in Deir ez-Zor city", [(3, 14)]))
    [(3, 7), (8, 10), (11, 14)]
    """
    found = set()
    for start, end in spans:
        found |= {(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])}
    return found


def evaluate(rows: list[dict], *, lexical: bool = False, verbose: bool = False) -> dict:
    """Score the linking on ``rows``; returns the figures as a dict."""
    import gazetteer
    from geomap.events.nlp import load_nlp
    from geomap.places import find_places

    gaz = gazetteer.load()
    nlp = None if lexical else load_nlp()
    parsed_rows = nlp.pipe(r["text"] for r in rows) if nlp is not None else (None for _ in rows)
    located_right = located_total = empty_right = empty_total = reachable = 0
    tokens_predicted = tokens_gold = tokens_right = 0
    start = time.perf_counter()
    for row, parsed in zip(rows, parsed_rows, strict=True):
        text = row["text"]
        places = find_places(Document(id=row["id"], text=text), gaz, fast=True)
        verb = (row["verb"]["start"], row["verb"]["end"])
        result = link_location(text, verb, places, parsed=parsed)
        gold = row["event_locations"]
        chosen_spans = [(p.start, p.end) for p in (result.place, *result.also) if p is not None]
        predicted_tokens = word_spans(text, chosen_spans)
        gold_tokens = word_spans(text, [(g["start"], g["end"]) for g in gold])
        tokens_predicted += len(predicted_tokens)
        tokens_gold += len(gold_tokens)
        tokens_right += len(predicted_tokens & gold_tokens)
        if gold:
            located_total += 1
            reachable += any(overlaps(p.start, p.end, g) for p in places for g in gold)
            hit = result.place is not None and any(
                overlaps(result.place.start, result.place.end, g) for g in gold
            )
            located_right += hit
        else:
            empty_total += 1
            hit = result.place is None
            empty_right += hit
        if verbose and not hit:
            chosen = result.place.text if result.place else None
            golds = [g["text"] for g in gold]
            found = [p.text for p in places]
            print(f"{row['id']}: verb={row['verb']['text']!r} gold={golds} chose={chosen!r}")
            print(f"    places={found} | {text[:160]!r}")
    seconds = time.perf_counter() - start
    total = located_total + empty_total
    token_precision = tokens_right / tokens_predicted if tokens_predicted else 0.0
    token_recall = tokens_right / tokens_gold if tokens_gold else 0.0
    token_sum = token_precision + token_recall
    return {
        "rows": total,
        "accuracy_all": (located_right + empty_right) / total if total else 0.0,
        "accuracy_located": located_right / located_total if located_total else 0.0,
        "accuracy_empty": empty_right / empty_total if empty_total else 0.0,
        "gold_place_found_by_geoparser": reachable / located_total if located_total else 0.0,
        "accuracy_located_when_reachable": located_right / reachable if reachable else 0.0,
        "token_precision": token_precision,
        "token_recall": token_recall,
        "token_f1": 2 * token_precision * token_recall / token_sum if token_sum else 0.0,
        "seconds": seconds,
        "rows_per_second": total / seconds if seconds else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["dev", "test", "all"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--lexical", action="store_true", help="no parse: word distance only")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the misses")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"benchmark not found: {DATA}")
        return
    figures = evaluate(load(args.split, args.limit), lexical=args.lexical, verbose=args.verbose)
    print(f"split={args.split} mode={'lexical' if args.lexical else 'parsed'}")
    for key, value in figures.items():
        print(f"  {key:34s} {value:.3f}" if isinstance(value, float) else f"  {key:34s} {value}")


if __name__ == "__main__":
    main()
