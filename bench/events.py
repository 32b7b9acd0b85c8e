"""Event extraction throughput: events per second and the share of time spent parsing.

Builds an in-memory corpus of a few thousand articles from ``examples/`` and
the geoparsing benchmark texts in ``../shared/benchmarks/geoparsing/*.jsonl``
(repeated with fresh ids up to ``--docs``), geoparses each distinct text
once, then times :func:`geomap.events.extract_events` alone, with the spaCy
pipeline wrapped to measure the time spent in parsing::

    python bench/events.py [--docs 3000] [--lexical]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "benchmarks" / "geoparsing"

from geomap.events import extract_events  # noqa: E402
from geomap.events.nlp import load_nlp  # noqa: E402
from geomap.readers import read_documents  # noqa: E402
from geomap.records import Document  # noqa: E402


class TimedNlp:
    """Wrap a spaCy pipeline and add up the time spent in its calls."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.seconds = 0.0
        self.calls = 0
        self.chars = 0

    def __call__(self, text):
        return self.pipe([text])[0]

    def pipe(self, texts):
        texts = list(texts)
        start = time.perf_counter()
        try:
            return list(self.nlp.pipe(texts))
        finally:
            self.seconds += time.perf_counter() - start
            self.calls += len(texts)
            self.chars += sum(len(t) for t in texts)


def corpus_texts() -> list[Document]:
    """Distinct articles: the examples and, when present, the benchmark texts."""
    docs = list(read_documents([ROOT / "examples"], skip_bad=True))
    for path in sorted(SHARED.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                docs.append(Document(id=str(record["id"]), text=record["text"], date=None))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000, help="corpus size (texts repeated)")
    parser.add_argument("--lexical", action="store_true", help="no parsing: lexical rules only")
    args = parser.parse_args()

    import gazetteer
    from geomap.places import find_places

    distinct = corpus_texts()
    gaz = gazetteer.load()
    start = time.perf_counter()
    places = {doc.id: find_places(doc, gaz, fast=True) for doc in distinct}
    geoparse = time.perf_counter() - start
    corpus = [distinct[i % len(distinct)] for i in range(args.docs)]
    nlp = None if args.lexical else TimedNlp(load_nlp())

    n_events = 0
    chars = 0
    start = time.perf_counter()
    for doc in corpus:
        found = extract_events(doc, places[doc.id], nlp=nlp, parse=not args.lexical)
        n_events += len(found)
        chars += len(doc.text)
    seconds = time.perf_counter() - start

    print(
        f"distinct articles: {len(distinct)}; corpus: {len(corpus)} docs, {chars / 1e6:.1f} M chars"
    )
    print(f"geoparse (fast, once per distinct text): {geoparse:.1f} s")
    print(f"extract_events: {seconds:.1f} s; {len(corpus) / seconds:.1f} docs/s; "
          f"{n_events} events, {n_events / seconds:.1f} events/s")  # fmt: skip
    if nlp is not None:
        share = nlp.seconds / seconds if seconds else 0.0
        per_doc = nlp.calls / len(corpus)
        text_share = nlp.chars / max(chars, 1)
        print(f"spaCy parsing: {nlp.seconds:.1f} s ({share:.0%} of extraction)")
        print(
            f"sentences parsed: {nlp.calls} ({per_doc:.2f} per doc, {text_share:.1%} of the text)"
        )


if __name__ == "__main__":
    main()
