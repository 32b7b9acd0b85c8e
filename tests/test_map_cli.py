"""`geomap map` end to end on an events file (no pipeline needed)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

import geomap.cli  # noqa: F401  (registers the commands)
from geomap.cli.app import app
from geomap.eventset import EventSet
from geomap.maps.assets import available
from tests.map_fixtures import sample_events


def _expected_counts(html: str) -> list[int]:
    return [int(n) for n in re.findall(r"expected: (\d+)\}", html)]


@pytest.fixture
def events_file(tmp_path):
    path = tmp_path / "events.geojson"
    EventSet(sample_events()).to_file(path)
    return path


def test_map_from_events_file_with_filters(tmp_path, events_file):
    out = tmp_path / "map.html"
    result = CliRunner().invoke(
        app, ["map", str(events_file), "-o", str(out), "--type", "Battles", "--since", "2024-05-02"]
    )
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert sum(_expected_counts(html)) == 1  # e-battle-2 is the only Battles event from 05-02
    assert "e-battle-2" in html and "e-battle-1" not in html


def test_map_counts_every_located_event(tmp_path, events_file):
    out = tmp_path / "map.html"
    result = CliRunner().invoke(app, ["map", str(events_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    located = sum(1 for e in sample_events() if e.latitude is not None)
    assert sum(_expected_counts(out.read_text(encoding="utf-8"))) == located


def test_bad_options_fail_cleanly(tmp_path, events_file):
    runner = CliRunner()
    bad_modality = runner.invoke(app, ["map", str(events_file), "--modality", "maybe"])
    assert bad_modality.exit_code == 2 and "--modality" in bad_modality.output
    bad_date = runner.invoke(app, ["map", str(events_file), "--since", "yesterday"])
    assert bad_date.exit_code == 2 and "ISO date" in bad_date.output
    assert not (tmp_path / "outputs").exists()


def test_offline_flag_writes_a_self_contained_file(tmp_path, events_file):
    if not available():
        pytest.skip("npm assets not installed (make setup runs npm ci)")
    out = tmp_path / "map.html"
    result = CliRunner().invoke(app, ["map", str(events_file), "-o", str(out), "--offline"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<script src=" not in html and "offline" in result.output
