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
from dataclasses import dataclass
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


@dataclass
class Tally:
    """Running counts of the benchmark's figures over scored rows."""

    located_right: int = 0
    located_total: int = 0
    empty_right: int = 0
    empty_total: int = 0
    reachable: int = 0
    tokens_predicted: int = 0
    tokens_gold: int = 0
    tokens_right: int = 0

    def add(self, row: dict, places, result) -> bool:
        """Count one row (its geoparser ``places`` and the linker's ``result``); True if right."""
        text = row["text"]
        gold = row["event_locations"]
        chosen_spans = [(p.start, p.end) for p in (result.place, *result.also) if p is not None]
        predicted_tokens = word_spans(text, chosen_spans)
        gold_tokens = word_spans(text, [(g["start"], g["end"]) for g in gold])
        self.tokens_predicted += len(predicted_tokens)
        self.tokens_gold += len(gold_tokens)
        self.tokens_right += len(predicted_tokens & gold_tokens)
        if gold:
            self.located_total += 1
            self.reachable += any(overlaps(p.start, p.end, g) for p in places for g in gold)
            hit = result.place is not None and any(
                overlaps(result.place.start, result.place.end, g) for g in gold
            )
            self.located_right += hit
        else:
            self.empty_total += 1
            hit = result.place is None
            self.empty_right += hit
        return hit

    def figures(self) -> dict:
        """The benchmark's figures from the counts."""
        total = self.located_total + self.empty_total
        precision = self.tokens_right / self.tokens_predicted if self.tokens_predicted else 0.0
        recall = self.tokens_right / self.tokens_gold if self.tokens_gold else 0.0
        both = precision + recall
        return {
            "rows": total,
            "accuracy_all": (self.located_right + self.empty_right) / total if total else 0.0,
            "accuracy_located": _ratio(self.located_right, self.located_total),
            "accuracy_empty": _ratio(self.empty_right, self.empty_total),
            "gold_place_found_by_geoparser": _ratio(self.reachable, self.located_total),
            "accuracy_located_when_reachable": _ratio(self.located_right, self.reachable),
            "token_precision": precision,
            "token_recall": recall,
            "token_f1": 2 * precision * recall / both if both else 0.0,
        }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def evaluate(rows: list[dict], *, lexical: bool = False, verbose: bool = False) -> dict:
    """Score the linking on ``rows``; returns the figures as a dict."""
    import gazetteer
    from geomap.events.nlp import load_nlp
    from geomap.places import find_places

    gaz = gazetteer.load()
    nlp = None if lexical else load_nlp()
    parsed_rows = nlp.pipe(r["text"] for r in rows) if nlp is not None else (None for _ in rows)
    tally = Tally()
    start = time.perf_counter()
    for row, parsed in zip(rows, parsed_rows, strict=True):
        text = row["text"]
        places = find_places(Document(id=row["id"], text=text), gaz, fast=True)
        verb = (row["verb"]["start"], row["verb"]["end"])
        result = link_location(text, verb, places, parsed=parsed)
        hit = tally.add(row, places, result)
        if verbose and not hit:
            chosen = result.place.text if result.place else None
            golds = [g["text"] for g in row["event_locations"]]
            found = [p.text for p in places]
            print(f"{row['id']}: verb={row['verb']['text']!r} gold={golds} chose={chosen!r}")
            print(f"    places={found} | {text[:160]!r}")
    seconds = time.perf_counter() - start
    figures = tally.figures()
    figures["seconds"] = seconds
    figures["rows_per_second"] = figures["rows"] / seconds if seconds else 0.0
    return figures


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
