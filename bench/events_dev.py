"""Event extraction on the annotated dev set: precision, recall, F1 by type and modality.

Runs the geoparser and the extractor on ``tests/data/events_dev/articles.jsonl``
and scores against ``gold.jsonl`` (same rule as the project's event scorer:
same type and modality, place within 161 km). Tune on ``--split dev``,
report ``--split test``. Every annotated batch (``articles.jsonl`` and each
``articles_NAME.jsonl``) gives each article its split; ``--batch NAME``
keeps one batch, ``--no-extra`` the main set only::

    python bench/events_dev.py --split test [--batch NAME] [--gold-places] [-v]

``--placement`` pairs each missed gold event with an unmatched predicted
event of the same doc, type and modality (located elsewhere: wrong place;
or dropped for want of a place, from a second run that keeps such events:
no place) and counts the placement-only errors per batch.

``--gold-places`` feeds the gold toponyms instead of the geoparser's, to
separate extraction errors from geoparsing errors; ``--lexical`` runs the
extractor without the parser.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geomap.events import extract_events  # noqa: E402
from geomap.events.evaluate import _matches, km, score  # noqa: E402
from geomap.records import Document, Place  # noqa: E402

DATA = ROOT / "tests" / "data" / "events_dev"


def _jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def batches() -> list[str]:
    """The annotated sets: ``main`` and every ``articles_NAME.jsonl`` batch."""
    return [
        "main",
        *sorted(p.stem.removeprefix("articles_") for p in DATA.glob("articles_*.jsonl")),
    ]


def load(
    split: str, *, extra: bool = True, batch: str = "all"
) -> tuple[list[Document], list[dict]]:
    """Documents and gold records of ``split`` (``dev``, ``test`` or ``all``).

    Every batch's records carry their own split; ``batch`` keeps one set
    (``main``, ``extra``, ...) or ``all``. ``extra=False`` keeps the main
    set only.
    """
    names = batches() if batch == "all" else [batch]
    if not extra:
        names = [n for n in names if n == "main"]
    gold: list[dict] = []
    records: list[dict] = []
    for name in names:
        suffix = "" if name == "main" else f"_{name}"
        gold += [{**g, "_batch": name} for g in _jsonl(DATA / f"gold{suffix}.jsonl")]
        records += _jsonl(DATA / f"articles{suffix}.jsonl")
    gold = [g for g in gold if split == "all" or g.get("split") == split]
    wanted = {g["id"] for g in gold}
    docs = [
        Document(
            id=record["id"],
            text=record["text"],
            title=record.get("title"),
            date=record.get("date"),
            source=record.get("source"),
            url=record.get("url"),
        )
        for record in records
        if record["id"] in wanted
    ]
    return docs, gold


def gold_places(doc: Document, gold: dict) -> list[Place]:
    """The gold toponyms of ``doc`` as resolved places."""
    return [
        Place(
            t["start"],
            t["end"],
            doc.text[t["start"] : t["end"]],
            name=t["name"],
            geonameid=t.get("geonameid"),
            feature=t.get("feature"),
            country_code=t.get("country_code"),
            lat=t.get("lat"),
            lon=t.get("lon"),
        )  # fmt: skip
        for t in gold.get("toponyms", [])
    ]


def run(
    split: str,
    *,
    use_gold_places: bool = False,
    lexical: bool = False,
    extra: bool = True,
    batch: str = "all",
    keep_unlocated: bool = False,
):
    """Extract the events of ``split`` and return (report, events, seconds)."""
    docs, gold = load(split, extra=extra, batch=batch)
    by_id = {g["id"]: g for g in gold}
    gaz = None
    if not use_gold_places:
        import gazetteer
        from geomap.places import find_places

        gaz = gazetteer.load()
    events = []
    start = time.perf_counter()
    for doc in docs:
        places = gold_places(doc, by_id[doc.id]) if use_gold_places else find_places(doc, gaz)
        events.extend(extract_events(doc, places, parse=not lexical, keep_unlocated=keep_unlocated))
    return score(gold, events), events, time.perf_counter() - start


def placement(gold_docs: list[dict], events: list) -> tuple[dict, list[str]]:
    """Placement-only errors: counts by batch of missed gold events whose type
    and modality an unmatched predicted event of the same doc shares.

    Matching follows ``score`` (greedy, gold order). A missed gold event is
    paired first with an unmatched located event of its type and modality
    (``wrong``), else with an unlocated one (``none``), else it is ``other``.
    """
    by_doc: dict[str, list] = {}
    for event in events:
        by_doc.setdefault(event.doc_id, []).append(event)
    counts: dict[str, dict[str, int]] = {}
    lines: list[str] = []
    for doc in gold_docs:
        name = doc.get("_batch", "?")
        c = counts.setdefault(name, {"missed": 0, "wrong": 0, "none": 0, "other": 0})
        preds = by_doc.get(str(doc["id"]), [])
        located = [e for e in preds if e.geonameid is not None or e.latitude is not None]
        used: set[int] = set()
        missed = []
        for g in doc.get("events", []):
            hit = next((i for i, e in enumerate(located) if i not in used and _matches(g, e)), None)
            if hit is None:
                missed.append(g)
            else:
                used.add(hit)
        spare = [e for i, e in enumerate(located) if i not in used]
        ids = {id(e) for e in located}
        unlocated = [e for e in preds if id(e) not in ids]
        spare_ids = {id(e) for e in spare}
        taken: set[int] = set()
        for g in missed:
            c["missed"] += 1
            kind = (g["type"], g["modality"])
            same = [
                e
                for e in spare + unlocated
                if id(e) not in taken and (e.event_type, e.modality or "asserted") == kind
            ]
            if not same:
                c["other"] += 1
                continue
            pair = same[0]
            taken.add(id(pair))
            where = "wrong" if id(pair) in spare_ids else "none"
            c[where] += 1
            dist = ""
            if where == "wrong" and pair.latitude is not None and g.get("lat") is not None:
                dist = f" {km(g['lat'], g['lon'], pair.latitude, pair.longitude):.0f} km"
            lines.append(
                f"{doc['id']}: {where} {kind[0]}/{kind[1]} gold {g.get('location')} "
                f"pred {pair.location}{dist} via {pair.geo_method} "
                f"({pair.trigger!r}: {(pair.evidence or '')[:100]!r})"
            )
    return counts, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["dev", "test", "all"])
    parser.add_argument("--gold-places", action="store_true")
    parser.add_argument("--lexical", action="store_true", help="no parse: lexical rules only")
    parser.add_argument("--no-extra", action="store_true", help="the main set only")
    parser.add_argument("--batch", default="all", help="one annotated set: main, extra, ...")
    parser.add_argument(
        "--placement", action="store_true", help="count placement-only errors per batch"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    options = dict(
        use_gold_places=args.gold_places,
        lexical=args.lexical,
        extra=not args.no_extra,
        batch=args.batch,
    )
    report, events, seconds = run(args.split, **options)
    o = report.overall
    mode = "lexical" if args.lexical else "parsed"
    places = "gold" if args.gold_places else "geomap"
    print(f"split={args.split} batch={args.batch} places={places} mode={mode} "
          f"events={len(events)} seconds={seconds:.1f}")  # fmt: skip
    counts = f"(tp={o.tp} fp={o.fp} fn={o.fn})"
    print(f"overall  P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f} {counts}")
    for title, table in (("event type", report.by_type), ("modality", report.by_modality)):
        print(f"by {title}:")
        for key in sorted(table):
            c = table[key]
            print(f"  {key:32s} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f} "
                  f"(tp={c.tp} fp={c.fp} fn={c.fn})")  # fmt: skip
    if args.verbose:
        print("\n".join(report.errors))
    if args.placement:
        # events the extractor drops for want of a place, run apart so that the
        # scored events stay those of the normal run
        docs, gold = load(args.split, extra=not args.no_extra, batch=args.batch)
        _, kept, _ = run(args.split, **options, keep_unlocated=True)
        unplaced = [e for e in kept if e.geonameid is None and e.latitude is None]
        counts, lines = placement(gold, events + unplaced)
        print("placement-only errors (missed gold paired with a same-type prediction):")
        for name in sorted(counts):
            c = counts[name]
            print(f"  {name:10s} missed={c['missed']:3d} wrong_place={c['wrong']:3d} "
                  f"no_place={c['none']:3d} other={c['other']:3d}")  # fmt: skip
        if args.verbose:
            print("\n".join(lines))


if __name__ == "__main__":
    main()
