"""``geomap places`` end to end: inputs, output contract, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import REPO, SHARED

from geomap.errors import InputError
from geomap.readers import read_documents


def _run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "geomap.cli", "places", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        timeout=300,
    )


def test_jsonl_output_contract_on_the_example_articles(tmp_path):
    out = tmp_path / "places.jsonl"
    result = _run("examples/articles.jsonl", "--fast", "-o", str(out))
    assert result.returncode == 0, result.stderr
    docs = {d.id: d.text for d in read_documents([REPO / "examples/articles.jsonl"])}
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == list(docs)
    keys = {
        "start",
        "end",
        "text",
        "name",
        "geonameid",
        "feature",
        "feature_code",
        "country_code",
        "admin1",
        "lat",
        "lon",
        "population",
        "score",
    }
    for line in lines:
        for place in line["places"]:
            assert keys <= set(place)
            assert docs[line["id"]][place["start"] : place["end"]] == place["text"]
    assert any(p["country_code"] == "SY" for line in lines for p in line["places"])


def test_stdin_text_and_geojson_output():
    result = _run("-", "--fast", "--format", "geojson", stdin=b"Shelling hit Aleppo and Homs.")
    assert result.returncode == 0, result.stderr
    collection = json.loads(result.stdout)
    names = [f["properties"]["text"] for f in collection["features"]]
    assert names == ["Aleppo", "Homs"]
    lon, lat = collection["features"][0]["geometry"]["coordinates"]
    assert 36 < lat < 37 and 37 < lon < 38  # GeoJSON order: lon, lat


def test_malformed_line_is_one_line_error_naming_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "a", "text": "Fighting in Homs."}\n{"id": "b", "text": \n', encoding="utf-8"
    )
    result = _run(str(bad), "--fast")
    assert result.returncode != 0
    errors = [x for x in result.stderr.decode().splitlines() if "error" in x]
    assert len(errors) == 1 and f"{bad}:2" in errors[0]
    assert result.stdout == b""


def test_skip_bad_reports_and_keeps_good_records(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Fighting in Homs."}\n{"id": "b"}\n', encoding="utf-8")
    result = _run(str(bad), "--fast", "--skip-bad")
    assert result.returncode == 0
    assert f"{bad}:2" in result.stderr.decode()
    assert [json.loads(x)["id"] for x in result.stdout.decode().splitlines()] == ["a"]


def test_reader_errors(tmp_path):
    latin1 = tmp_path / "old.txt"
    latin1.write_bytes("Caf\xe9 in Homs".encode("latin-1"))
    with pytest.raises(InputError, match="invalid UTF-8"):
        list(read_documents([latin1]))
    with pytest.raises(InputError, match="no such file"):
        list(read_documents([tmp_path / "missing.jsonl"]))
    table = tmp_path / "articles.csv"
    table.write_text('id,text,date\nx,"Shelling in Homs, Syria.",2016-12-10\n', encoding="utf-8")
    [doc] = read_documents([table])
    assert (doc.id, doc.date) == ("x", "2016-12-10")
    nodate = tmp_path / "nodate.csv"
    nodate.write_text("id,text,date\nx,Homs,last Tuesday\n", encoding="utf-8")
    with pytest.raises(InputError, match="nodate.csv:2"):
        list(read_documents([nodate]))


def test_directory_is_read_recursively():
    ids = {d.id for d in read_documents([REPO / "examples"])}
    assert len(ids) >= 10


@pytest.mark.skipif(not (SHARED / "seed").exists(), reason="../shared/seed is absent")
def test_seed_article_through_the_cli(tmp_path):
    out = tmp_path / "seed.jsonl"
    assert _run(str(SHARED / "seed/article.jsonl"), "-o", str(out)).returncode == 0
    score = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval/score.py"),
            "places",
            str(SHARED / "seed/gold.jsonl"),
            str(out),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(score.stdout.strip().splitlines()[-1])
    assert result["precision"] == 1.0 and result["end_to_end"] == 1.0


def test_org_names_flag_reports_places_inside_organisation_names():
    text = b"Soldiers of the Kenya Defence Forces patrolled Garissa on Monday.\n"
    default = json.loads(_run("-", "--fast", stdin=text).stdout)
    flagged = json.loads(_run("-", "--fast", "--org-names", stdin=text).stdout)
    assert [p["text"] for p in default["places"]] == ["Garissa"]
    assert [p["text"] for p in flagged["places"]] == ["Kenya", "Garissa"]
    assert flagged["places"][0]["country_code"] == "KE"
