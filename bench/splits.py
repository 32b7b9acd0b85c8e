"""Benchmark corpora, their deterministic dev/test split, and the shared scorer.

The evaluation data lives outside the repository, in ``../shared/`` next to
the repository root; nothing from it is copied here. Every corpus is cut into
a *dev* part (used for tuning and error analysis) and a *test* part (used for
reporting) by a hash of each document id, so the split is the same on every
machine, needs no stored list, and does not change when documents are added.

Run ``python bench/splits.py`` to print the size of every part.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"
GEOPARSING_DIR = SHARED_DIR / "benchmarks" / "geoparsing"
SCORER_PATH = SHARED_DIR / "eval" / "score.py"

CORPORA: dict[str, str] = {
    "geovirus": "geovirus.jsonl",
    "lgl": "lgl.jsonl",
    "trnews": "trnews.jsonl",
    "geowebnews": "geowebnews.jsonl",
}
#: Corpora whose annotation counts nationality words ("American", "Syrian")
#: as toponyms of their country (from the corpora's guidelines and README).
DEMONYMS_ANNOTATED: frozenset[str] = frozenset({"lgl", "trnews", "geowebnews"})
#: Corpora whose annotation counts a place name inside an organisation's name
#: ("Athens Police Department", "University of Georgia") as a toponym. GeoVirus
#: and geomap's own conflict articles do not ("Kenya Defence Forces").
ORG_NAMES_ANNOTATED: frozenset[str] = frozenset({"lgl", "trnews", "geowebnews"})
SPLITS = ("dev", "test", "all")
_SALT = "geomap-split-v1:"


def split_of(doc_id: str) -> str:
    """Return ``"dev"`` or ``"test"`` for a document id.

    Parameters
    ----------
    doc_id : str
        The document's identifier within its corpus.

    Returns
    -------
    str
        ``"dev"`` when the low bit of the salted SHA-256 of the id is 0,
        else ``"test"``: about half of any corpus each.

    Examples
    --------
    >>> split_of("any-id") in ("dev", "test")
    True
    >>> split_of("any-id") == split_of("any-id")
    True
    """
    digest = hashlib.sha256((_SALT + str(doc_id)).encode("utf-8")).digest()
    return "dev" if digest[-1] % 2 == 0 else "test"


def select(docs: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    """Keep the documents of one split (``"dev"``, ``"test"`` or ``"all"``)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    if split == "all":
        return list(docs)
    return [doc for doc in docs if split_of(doc["id"]) == split]


def demonyms_for(corpus: str, mode: str = "auto") -> bool:
    """Whether nationality words should be reported as places for ``corpus``.

    ``mode`` is ``"auto"`` (follow the corpus's annotation convention),
    ``"on"`` or ``"off"``.
    """
    if mode not in ("auto", "on", "off"):
        raise ValueError(f"unknown demonyms mode {mode!r}; expected auto, on or off")
    return corpus in DEMONYMS_ANNOTATED if mode == "auto" else mode == "on"


def org_names_for(corpus: str) -> bool:
    """Whether place names inside organisation names are toponyms in ``corpus``."""
    return corpus in ORG_NAMES_ANNOTATED


def available() -> bool:
    """Return True when the shared geoparsing corpora and scorer are present."""
    return GEOPARSING_DIR.is_dir() and SCORER_PATH.is_file()


def corpus_path(name: str) -> Path:
    """Return the path of a corpus file, by short name (``"lgl"``, ...)."""
    if name not in CORPORA:
        raise ValueError(f"unknown corpus {name!r}; expected one of {', '.join(CORPORA)}")
    return GEOPARSING_DIR / CORPORA[name]


def load_corpus(name: str, split: str = "all", limit: int | None = None) -> list[dict[str, Any]]:
    """Read one corpus, keep one split, and optionally its first ``limit`` documents.

    Parameters
    ----------
    name : str
        Short corpus name, a key of :data:`CORPORA`.
    split : str
        ``"dev"``, ``"test"`` or ``"all"``.
    limit : int, optional
        Keep at most this many documents (after splitting), in file order.

    Returns
    -------
    list of dict
        The gold records (``id``, ``text``, ``toponyms``, ...).
    """
    with corpus_path(name).open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle if line.strip()]
    docs = select(docs, split)
    return docs[:limit] if limit is not None else docs


def load_scorer() -> ModuleType:
    """Import ``../shared/eval/score.py`` by path and return it as a module."""
    name = "geomap_shared_score"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SCORER_PATH)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import the scorer at {SCORER_PATH}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules[name] = module
    return module


def main() -> int:
    """Print documents, toponyms and megabytes of text per corpus and split."""
    if not available():
        print(f"benchmark data not found under {SHARED_DIR}")
        return 1
    print(f"{'corpus':<12}{'split':<6}{'docs':>6}{'toponyms':>10}{'MB':>8}")
    for name in CORPORA:
        docs = load_corpus(name)
        for split in SPLITS:
            part = select(docs, split)
            toponyms = sum(len(doc["toponyms"]) for doc in part)
            mb = sum(len(doc["text"].encode("utf-8")) for doc in part) / 1e6
            print(f"{name:<12}{split:<6}{len(part):>6}{toponyms:>10}{mb:>8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
