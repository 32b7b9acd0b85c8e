"""Score extracted events against gold annotations (the project's event rule).

A predicted event matches an unused gold event of the same document with
the same event type and modality whose location is the same GeoNames id or
lies within 161 km. Figures are given overall and per event type and per
modality, so a regression shows where it happens.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from gazetteer.distance import km
from geomap.records import Event

MATCH_KM = 161.0


@dataclass
class Counts:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Overall counts, counts by event type and by modality, and the errors."""

    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_modality: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[str] = field(default_factory=list)


def _matches(gold: Mapping, event: Event) -> bool:
    if event.event_type != gold["type"] or (event.modality or "asserted") != gold["modality"]:
        return False
    if event.geonameid is not None and event.geonameid == gold.get("loc"):
        return True
    if event.latitude is None or event.longitude is None or gold.get("lat") is None:
        return False
    return km(gold["lat"], gold["lon"], event.latitude, event.longitude) <= MATCH_KM


def score(gold_docs: Iterable[Mapping], events: Iterable[Event]) -> Report:
    """Score ``events`` against ``gold_docs`` (dicts with ``id`` and ``events``).

    Only located events count as predictions, as in the exported map.
    """
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.geonameid is not None or event.latitude is not None:
            by_doc[event.doc_id].append(event)
    report = Report()
    for doc in gold_docs:
        preds = by_doc.get(str(doc["id"]), [])
        used: set[int] = set()
        for gold in doc.get("events", []):
            hit = next(
                (i for i, e in enumerate(preds) if i not in used and _matches(gold, e)), None
            )
            counts = (
                report.overall,
                report.by_type[gold["type"]],
                report.by_modality[gold["modality"]],
            )
            if hit is None:
                for c in counts:
                    c.fn += 1
                kind = f"{gold['type']}/{gold['modality']}"
                report.errors.append(f"{doc['id']}: missed {kind} at {gold.get('location')}")
            else:
                used.add(hit)
                for c in counts:
                    c.tp += 1
        for i, event in enumerate(preds):
            if i in used:
                continue
            for c in (
                report.overall,
                report.by_type[event.event_type],
                report.by_modality[event.modality],
            ):
                c.fp += 1
            report.errors.append(
                f"{doc['id']}: spurious {event.event_type}/{event.modality} at {event.location}"
                f" ({event.trigger!r}: {(event.evidence or '')[:90]!r})"
            )
    return report
