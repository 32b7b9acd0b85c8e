"""The reference article through ``geomap.places``, scored by the shared scorer.

Every gold toponym must be found and resolved (end-to-end 1.0) and nothing
else reported as a place (precision 1.0): the traps of the article (a TV
channel named after a country, a country inside an organisation's name) must
not come out as places. Demonyms listed as ``ignore`` in the gold file are
neither required nor penalised. Skips when ``../shared`` is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import geomap

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(
    not (SEED / "article.jsonl").is_file() or not SCORER.is_file(),
    reason="reference article not available (../shared/seed)",
)


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score_for_seed", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read_jsonl(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return {r["id"]: r for r in records}


@pytest.fixture(scope="module")
def scored():
    article = next(iter(_read_jsonl(SEED / "article.jsonl").values()))
    gold = _read_jsonl(SEED / "gold.jsonl")
    places = geomap.places(article["text"])
    pred = {article["id"]: {"id": article["id"], "places": [p.to_dict() for p in places]}}
    figures, errors = _scorer().score_places(gold, pred)
    return article, places, figures, errors


def test_every_gold_toponym_found_and_resolved(scored):
    _article, _places, figures, errors = scored
    problems = [e for e in errors if " missed " in e or " wrong " in e]
    assert figures["recall"] == 1.0, problems
    assert figures["end_to_end"] == 1.0, problems


def test_no_false_positive(scored):
    _article, _places, figures, errors = scored
    assert figures["precision"] == 1.0, [e for e in errors if " spurious " in e]


def test_spans_point_into_the_text(scored):
    article, places, _figures, _errors = scored
    text = article["text"]
    for p in places:
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == p.text
