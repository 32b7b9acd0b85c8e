"""``geomap events INPUT... -o FILE`` end to end, through the Typer app."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from geomap.cli import app

ARTICLE = {
    "id": "sahel-1",
    "date": "2023-11-15",
    "text": (
        "Malian troops took control of Kidal on Tuesday after days of fighting with "
        "separatist rebels, the army said. Rebels vowed to retake Kidal."
    ),
}


def _write_input(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n{not json\n", encoding="utf-8")
    return path


def test_events_command_writes_geojson(tmp_path):
    out = tmp_path / "events.geojson"
    result = CliRunner().invoke(
        app, ["events", str(_write_input(tmp_path)), "--skip-bad", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    kinds = {(f["properties"]["event_type"], f["properties"]["modality"]) for f in features}
    assert ("Battles", "asserted") in kinds and ("Battles", "hypothetical") in kinds
    asserted = next(f for f in features if f["properties"]["modality"] == "asserted")
    assert asserted["properties"]["sub_event_type"] == "Government regains territory"
    assert asserted["properties"]["event_date"] == "2023-11-14"


def test_events_command_fails_on_bad_record_without_skip(tmp_path):
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(app, ["events", str(_write_input(tmp_path)), "-o", str(out)])
    assert result.exit_code != 0
    assert not out.exists()


def test_events_command_fast_mode_writes_csv(tmp_path):
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(
        app, ["events", str(_write_input(tmp_path)), "--skip-bad", "--fast", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    header, *rows = out.read_text(encoding="utf-8").splitlines()
    assert "event_type" in header and rows
