"""The reference article's events, end to end (geoparser + extractor), scored by the shared scorer.

The government's victory in east Aleppo and the Islamic State's capture of
Palmyra must come out as asserted Battles with the right sub-types and
actors, the vow to retake Palmyra as hypothetical, and nothing else: no
event at Mosul, Raqqa or Deir Ezzor (where fighters came from) nor at
Turkey, Qatar or Saudi Arabia. Skips when ``../shared`` is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from geomap.events import extract_events
from geomap.records import Document

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(
    not (SEED / "article.jsonl").is_file() or not SCORER.is_file(),
    reason="reference article not available (../shared/seed)",
)

NOT_EVENT_SITES = {99072, 172955, 170794, 298795, 289688, 102358}  # Mosul, Raqqa, Deir Ezzor, ...


@pytest.fixture(scope="module")
def seed_events():
    import gazetteer
    from geomap.places import find_places

    record = json.loads((SEED / "article.jsonl").read_text(encoding="utf-8").splitlines()[0])
    doc = Document(id=record["id"], text=record["text"], date=record.get("date"))
    return extract_events(doc, find_places(doc, gazetteer.load()))


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score_for_events", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _feature_collection(events):
    return [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [e.longitude, e.latitude]},
            "properties": {
                "doc_id": e.doc_id,
                "event_type": e.event_type,
                "modality": e.modality,
                "geonameid": e.geonameid,
                "location": e.location,
            },
        }
        for e in events
        if e.latitude is not None
    ]


def test_seed_events_score_perfectly(seed_events):
    scorer = _scorer()
    gold = scorer.load_jsonl(str(SEED / "gold.jsonl"))
    result, errors = scorer.score_events(gold, _feature_collection(seed_events))
    assert result["f1"] == 1.0, errors


def test_seed_sub_types_and_actors(seed_events):
    asserted = {e.geonameid: e for e in seed_events if e.modality == "asserted"}
    aleppo, palmyra = asserted[170063], asserted[163808]
    assert aleppo.sub_event_type == "Government regains territory"
    assert aleppo.actor1 == "Syrian Arab Army"
    assert aleppo.geo_precision == 2  # "east Aleppo": part of the town
    assert palmyra.sub_event_type == "Non-state actor overtakes territory"
    assert palmyra.actor1 == "Islamic State"
    assert palmyra.mentions >= 3  # the capture is told several times


def test_seed_vow_is_hypothetical(seed_events):
    vows = [e for e in seed_events if e.modality == "hypothetical"]
    assert [e.geonameid for e in vows] == [163808]
    assert vows[0].event_type == "Battles"
    assert vows[0].actor1 is not None and "Syria" in vows[0].actor1


def test_seed_no_event_at_origins_or_backers(seed_events):
    assert not {e.geonameid for e in seed_events} & NOT_EVENT_SITES
