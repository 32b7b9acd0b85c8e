"""The pipeline is a pure function of a document: serial and parallel agree."""

from __future__ import annotations

from conftest import REPO

from geomap.pipeline import process_document, process_documents
from geomap.readers import read_documents


def test_parallel_workers_give_the_serial_results(gaz):
    docs = list(read_documents([REPO / "examples/articles.jsonl"]))[:6]
    serial = [process_document(d, gaz, fast=True) for d in docs]
    parallel = list(process_documents(docs, gaz, workers=2, fast=True, chunksize=1))
    assert [r.doc.id for r in parallel] == [d.id for d in docs]
    assert [r.places for r in parallel] == [r.places for r in serial]
    assert [[e.event_id for e in r.events] for r in parallel] == [
        [e.event_id for e in r.events] for r in serial
    ]
    assert sum(len(r.events) for r in serial) > 0
