"""The second, blind annotations of two batches (``tests/data/events_agreement``).

They measure how far two annotators agree (``bench/agreement.py``), so they
must describe the same articles as the first annotation, with valid ACLED
codes and offsets that point at the names they claim.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.test_dev_data import ACLED

ROOT = Path(__file__).resolve().parents[1]
FIRST = ROOT / "tests" / "data" / "events_dev"
SECOND = ROOT / "tests" / "data" / "events_agreement"
BATCHES = sorted(p.stem.removeprefix("gold_") for p in SECOND.glob("gold_*.jsonl"))
sys.path.insert(0, str(ROOT / "bench"))


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _articles(name: str) -> dict[str, str]:
    return {r["id"]: r["text"] for r in _jsonl(FIRST / f"articles_{name}.jsonl")}


def test_two_batches_have_a_second_annotation():
    assert BATCHES == ["heldout11", "news11"]


@pytest.mark.parametrize("name", BATCHES)
def test_second_annotation_covers_the_same_articles_with_valid_codes(name):
    texts = _articles(name)
    second = _jsonl(SECOND / f"gold_{name}.jsonl")
    assert [r["id"] for r in second] == list(texts)
    for record in second:
        text = texts[record["id"]]
        for toponym in record["toponyms"]:
            assert text[toponym["start"] : toponym["end"]] == toponym["name"], record["id"]
        for event in record["events"]:
            assert event["sub_event_type"] in ACLED[event["type"]], (record["id"], event)
            assert event["modality"] in ("asserted", "negated", "hypothetical")
            assert event.get("lat") is not None, (record["id"], event)


@pytest.mark.parametrize("name", BATCHES)
def test_the_second_annotation_agrees_with_the_first(name):
    from agreement import agreement, as_events

    from geomap.events.evaluate import score

    first = _jsonl(FIRST / f"gold_{name}.jsonl")
    second = _jsonl(SECOND / f"gold_{name}.jsonl")
    assert score(first, as_events(first)).overall.f1 == 1.0  # the scorer's identity
    precision, recall, f1 = agreement(first, second)["type, modality and place"]
    assert f1 >= 0.95, (name, precision, recall)
