"""Build ``gold.jsonl`` from the hand annotations in this folder.

Offsets are never counted by hand: ``annotations.json`` names each toponym
by its surface form and a key into ``places.json``; this script finds every
whole-word occurrence in the article text, checks that ``text[start:end]``
is the name, and refuses to write when a known place name or demonym is
left unannotated somewhere in the set.

Run from anywhere::

    python tests/data/events_dev/build_gold.py [NAME ...]

Inputs (all in this folder): ``articles.jsonl``, ``annotations.json``,
``places.json`` for the main set, and for every further batch ``NAME`` the
trio ``articles_NAME.jsonl``, ``annotations_NAME.json``,
``places_NAME.json``. Output: ``gold.jsonl`` (and its ``gold_dev.jsonl``
and ``gold_test.jsonl`` halves) and ``gold_NAME.jsonl`` per batch, each
record carrying its ``split``, in the shape read by the project's
event scorer (``id``, ``toponyms``, ``ignore``, ``events``) plus ``split``
and ``traps`` (spans inside organisation names that must not be taken for
places).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def find_all(text: str, name: str) -> list[tuple[int, int]]:
    """Return the spans of every whole-word occurrence of ``name``."""
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Tell whether ``span`` overlaps any span in ``taken``."""
    return any(span[0] < end and start < span[1] for start, end in taken)


def build_doc(article: dict, note: dict, places: dict) -> dict:
    """Return the gold record of one article."""
    text = article["text"]
    traps = []
    for phrase, name in note.get("traps", []):
        for start, _ in find_all(text, phrase):
            offset = text.index(name, start)
            traps.append({"start": offset, "end": offset + len(name), "name": name})
    if note.get("traps") and not traps:
        raise ValueError(f"{article['id']}: trap phrase not found")
    taken = [(t["start"], t["end"]) for t in traps]
    toponyms = []
    for name in sorted(note["toponyms"], key=len, reverse=True):
        place = places[note["toponyms"][name]]
        spans = [s for s in find_all(text, name) if not overlaps(s, taken)]
        if not spans:
            raise ValueError(f"{article['id']}: toponym {name!r} not in text")
        for start, end in spans:
            assert text[start:end] == name
            taken.append((start, end))
            toponyms.append(
                {
                    "start": start,
                    "end": end,
                    "name": name,
                    "geonameid": place["geonameid"],
                    "alt_ids": place["alt_ids"],
                    "lat": place["lat"],
                    "lon": place["lon"],
                    "feature": place["feature"],
                    "country_code": place["country_code"],
                }
            )
    ignore = []
    for name in sorted(note.get("ignore", []), key=len, reverse=True):
        spans = [s for s in find_all(text, name) if not overlaps(s, taken)]
        if not spans:
            raise ValueError(f"{article['id']}: ignore name {name!r} not in text")
        taken += spans
        ignore += [{"start": s, "end": e, "name": name} for s, e in spans]
    toponyms.sort(key=lambda t: t["start"])
    ignore.sort(key=lambda t: t["start"])
    names_by_key = {key: name for name, key in note["toponyms"].items()}
    events = []
    for event in note["events"]:
        key = event["place"]
        place = places[key]
        record = {k: v for k, v in event.items() if k != "place"}
        record.update(
            location=names_by_key.get(key) or place.get("gn_name"),
            loc=place["geonameid"],
            lat=place["lat"],
            lon=place["lon"],
        )
        events.append(record)
    return {
        "id": article["id"],
        "split": note["split"],
        "toponyms": toponyms,
        "ignore": ignore,
        "traps": traps,
        "events": events,
    }


def check_complete(articles: list[dict], gold: list[dict], notes: dict) -> list[str]:
    """List occurrences of any annotated name that some document left unannotated."""
    names = set()
    for note in notes.values():
        names |= set(note["toponyms"]) | set(note.get("ignore", []))
    problems = []
    for article, record in zip(articles, gold, strict=True):
        covered = [(t["start"], t["end"]) for t in record["toponyms"] + record["ignore"]]
        covered += [(t["start"], t["end"]) for t in record["traps"]]
        for name in sorted(names):
            for span in find_all(article["text"], name):
                if not overlaps(span, covered):
                    problems.append(f"{article['id']}: {name!r} at {span[0]} is not annotated")
    return problems


def read_jsonl(path: Path) -> list[dict]:
    """Read a JSON Lines file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def read_json(path: Path) -> dict:
    """Read a JSON file."""
    return json.loads(path.read_text(encoding="utf-8"))


def batch_names() -> list[str]:
    """Names of the annotated batches besides the main set, in file-name order.

    A batch ``NAME`` is the trio ``articles_NAME.jsonl``,
    ``annotations_NAME.json`` and ``places_NAME.json``; its gold goes to
    ``gold_NAME.jsonl``. Every article of a batch carries its own ``split``.
    """
    return sorted(p.stem.removeprefix("articles_") for p in HERE.glob("articles_*.jsonl"))


def all_places() -> dict:
    """The place keys of the main set and of every batch (a key means one place)."""
    places = read_json(HERE / "places.json")
    for name in batch_names():
        path = HERE / f"places_{name}.json"
        for key, value in (read_json(path) if path.is_file() else {}).items():
            if key in places and places[key] != value:
                raise ValueError(f"{path.name}: place key {key!r} differs from an earlier file")
            places[key] = value
    return places


def all_notes() -> dict:
    """The annotations of the main set and of every batch, by document id."""
    notes = dict(read_json(HERE / "annotations.json"))
    for name in batch_names():
        batch = read_json(HERE / f"annotations_{name}.json")
        if set(batch) & set(notes):
            raise ValueError(f"annotations_{name}.json reuses a document id of another set")
        notes.update(batch)
    return notes


def build_batch(name: str, notes: dict, places: dict) -> tuple[list[dict], list[dict]]:
    """Build the gold records of batch ``name`` (``""`` for the main set).

    ``notes`` and ``places`` are those of every set (:func:`all_notes`,
    :func:`all_places`), so a batch may use a place key another set defined.
    """
    suffix = f"_{name}" if name else ""
    articles = read_jsonl(HERE / f"articles{suffix}.jsonl")
    own = read_json(HERE / f"annotations{suffix}.json")
    if [a["id"] for a in articles] != list(own):
        raise ValueError(f"articles{suffix}.jsonl and annotations{suffix}.json list different ids")
    return articles, [build_doc(a, notes[a["id"]], places) for a in articles]


def main(argv: list[str] | None = None) -> None:
    """Read the annotations, build every gold record and write the gold files.

    ``python build_gold.py [NAME ...]`` rebuilds only the named batches
    (``main`` for the main set); with no name, every set.
    """
    import sys

    wanted = (sys.argv[1:] if argv is None else argv) or ["main", *batch_names()]
    notes = all_notes()
    places = all_places()
    problems = []
    built = {}
    for name in wanted:
        articles, gold = build_batch("" if name == "main" else name, notes, places)
        problems += check_complete(articles, gold, notes)
        built[name] = gold
    if problems:
        raise SystemExit("\n".join(problems))
    for name, gold in built.items():
        if name == "main":
            write_jsonl(HERE / "gold.jsonl", gold)
            for split in ("dev", "test"):
                part = [g for g in gold if g["split"] == split]
                write_jsonl(HERE / f"gold_{split}.jsonl", part)
        else:
            write_jsonl(HERE / f"gold_{name}.jsonl", gold)
        splits = sorted({g["split"] for g in gold})
        print(f"{name}: wrote {len(gold)} documents ({', '.join(splits)})")


def write_jsonl(path: Path, records: list[dict]) -> None:
    """Write ``records`` as JSON Lines."""
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
