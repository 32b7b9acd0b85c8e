"""How far two careful annotators agree on events: the ceiling the event scores live under.

Two batches of ``tests/data/events_dev`` (``news11``, dev, and ``heldout11``,
test) were annotated a second time, blind, by an annotator who saw neither
the first annotation nor geomap's output; the second annotations are in
``tests/data/events_agreement/`` (``gold_NAME.jsonl``, built from
``annotations_NAME.json`` and ``places_NAME.json`` by the same
``build_gold.py`` rules). This script scores the second annotation against
the first with the project's event rule (:mod:`geomap.events.evaluate`:
same document, event type and modality, place within 161 km), then with the
type or the modality left out, and prints geomap's own score on the same
articles beside it::

    python bench/agreement.py [--batch news11 heldout11] [--no-system]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from events_dev import DATA, load  # noqa: E402

from geomap.events.evaluate import score  # noqa: E402
from geomap.records import Event  # noqa: E402

SECOND = ROOT / "tests" / "data" / "events_agreement"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def as_events(records: list[dict]) -> list[Event]:
    """The gold events of ``records`` as :class:`Event` records the scorer reads."""
    return [
        Event(
            event_id=f"{record['id']}:{i}",
            doc_id=record["id"],
            event_type=gold["type"],
            sub_event_type=gold.get("sub_event_type", ""),
            disorder_type="",
            modality=gold.get("modality", "asserted"),
            location=gold.get("location"),
            geonameid=gold.get("loc"),
            latitude=gold.get("lat"),
            longitude=gold.get("lon"),
        )
        for record in records
        for i, gold in enumerate(record.get("events", []))
    ]


def _blind(events: list[Event], gold: list[dict], *, type_: bool, modality: bool):
    """Events and gold with the event type and/or the modality made equal everywhere."""
    events = [
        replace(
            e,
            event_type="*" if type_ else e.event_type,
            modality="asserted" if modality else e.modality,
        )
        for e in events
    ]
    gold = [
        {
            **g,
            "events": [
                {
                    **e,
                    "type": "*" if type_ else e["type"],
                    "modality": "asserted" if modality else e.get("modality", "asserted"),
                }
                for e in g.get("events", [])
            ],
        }
        for g in gold
    ]
    return events, gold


def agreement(first: list[dict], second: list[dict]) -> dict[str, tuple[float, float, float]]:
    """Precision, recall and F1 of ``second`` against ``first``, full rule and relaxed."""
    out = {}
    for label, type_, modality in (
        ("type, modality and place", False, False),
        ("modality and place", True, False),
        ("type and place", False, True),
        ("place only", True, True),
    ):
        events, gold = _blind(as_events(second), first, type_=type_, modality=modality)
        counts = score(gold, events).overall
        out[label] = (counts.precision, counts.recall, counts.f1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", nargs="+", default=["news11", "heldout11"])
    parser.add_argument("--no-system", action="store_true", help="skip geomap's own score")
    args = parser.parse_args()
    for name in args.batch:
        path = SECOND / f"gold_{name}.jsonl"
        if not path.is_file() or not (DATA / f"gold_{name}.jsonl").is_file():
            print(f"{name}: no second annotation")
            continue
        first, second = _jsonl(DATA / f"gold_{name}.jsonl"), _jsonl(path)
        print(
            f"{name}: {len(first)} articles, {sum(len(r['events']) for r in first)} events "
            f"(first annotator), {sum(len(r['events']) for r in second)} (second)"
        )
        for label, (p, r, f) in agreement(first, second).items():
            print(f"  annotators agree, {label:26s} P={p:.3f} R={r:.3f} F1={f:.3f}")
        if not args.no_system:
            import gazetteer
            from geomap.events import extract_events
            from geomap.places import find_places

            split = first[0].get("split", "dev")
            docs, gold = load(split, batch=name)
            gaz = gazetteer.load()
            events = [e for d in docs for e in extract_events(d, find_places(d, gaz))]
            counts = score(gold, events).overall
            print(
                f"  geomap against the first annotator   P={counts.precision:.3f} "
                f"R={counts.recall:.3f} F1={counts.f1:.3f}"
            )


if __name__ == "__main__":
    main()
