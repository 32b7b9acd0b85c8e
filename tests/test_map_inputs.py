"""Telling events files from articles by content."""

from __future__ import annotations

import json

import pytest

from geomap.errors import InputError
from geomap.eventset import EventSet
from geomap.maps.inputs import ARTICLES, EVENTS, input_kind
from tests.map_fixtures import sample_events


def test_articles_by_content(tmp_path):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(json.dumps({"id": "x", "text": "Shelling in Homs."}) + "\n")
    csv = tmp_path / "a.csv"
    csv.write_text("id,text\nx,Shelling in Homs.\n")
    txt = tmp_path / "a.txt"
    txt.write_text("event_type,latitude\n")  # a .txt is always an article
    assert input_kind(jsonl) == ARTICLES
    assert input_kind(csv) == ARTICLES
    assert input_kind(txt) == ARTICLES
    assert input_kind(tmp_path) == ARTICLES
    assert input_kind("-") == ARTICLES


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv", ".jsonl"])
def test_events_files_written_by_geomap(tmp_path, suffix):
    path = tmp_path / f"events{suffix}"
    EventSet(sample_events()).to_file(path)
    assert input_kind(path) == EVENTS
    back = list(EventSet.from_file(path))
    assert {e.event_id for e in back} >= {"e-battle-1", "e-strike"}


def test_unrecognised_content_and_missing_files_raise(tmp_path):
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="neither articles"):
        input_kind(odd)
    with pytest.raises(InputError, match="no such file"):
        input_kind(tmp_path / "missing.geojson")
