"""The calibrated event confidence: general features, shipped weights, plain inference."""

from __future__ import annotations

import json
from importlib import resources

from geomap.events.confidence import calibrate, features, load_model, method_kind, probability
from geomap.records import Event


def _event(**kw) -> Event:
    base = dict(
        event_id="x", doc_id="d", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", disorder_type="Political violence", geonameid=1,
        location="Dunmore", country="Sudan", geo_precision=1, latitude=10.1, longitude=20.1,
        geo_method="object of the trigger; town; p=0.97", actor1="Rapid Support Forces",
        fatalities=4, extra={"class": "airstrike", "sentence": 0, "link_score": 0.97,
                             "date_cue": "on Sunday"},
    )  # fmt: skip
    base.update(kw)
    return Event(**base)


def test_features_describe_the_evidence_never_the_words_of_the_article():
    feats = features(_event(), located_in_document=3)
    assert feats["method=object"] == 1.0 and feats["link_score"] == 0.97
    assert not [name for name in feats if "Dunmore" in name or "Rapid" in name]


def test_how_a_place_was_found_is_read_from_the_geo_method():
    assert method_kind("no place in the sentence: the story's dateline") == "dateline"
    assert method_kind("no place in the sentence: last event place of the paragraph") == (
        "paragraph"
    )
    assert method_kind("'in' phrase; town; p=0.91") == "phrase"
    assert method_kind(None) == "none"


def test_confidence_is_a_probability_higher_for_an_event_placed_on_its_trigger():
    direct = _event()
    borrowed = _event(
        event_id="y", geo_method="no place in the sentence: last event place of the paragraph",
        actor1=None, fatalities=None,
        extra={"class": "attack", "sentence": 6, "link_score": 0.2, "date_cue": None},
    )  # fmt: skip
    out = calibrate([direct, borrowed])
    assert all(0.0 < e.confidence < 1.0 for e in out)
    assert out[0].confidence > out[1].confidence


def test_unknown_features_weigh_nothing():
    assert probability({"bias": 0.0, "never-seen": 5.0}, {"bias": 1.0}) == 0.5


def test_the_shipped_model_records_its_leave_one_batch_out_validation():
    path = resources.files("geomap").joinpath("data", "events", "confidence_model.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    report = data["validation_leave_one_batch_out"]
    # calibrated: better than the hand-set score it replaced, and than a constant
    assert report["brier"]["learned"] < report["brier"]["hand_set"]
    assert report["brier"]["learned"] <= report["brier"]["constant"]
    assert set(load_model()) == set(data["weights"])
