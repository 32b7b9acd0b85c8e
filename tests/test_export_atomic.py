"""A failed export leaves the previous file untouched and no temporary file behind."""

from __future__ import annotations

import dataclasses

import pyogrio
import pytest
from pyogrio.errors import DataSourceError

from geomap.errors import OutputError
from geomap.export import read_events, write_events

try:  # tests/ as a package (tests/__init__.py) or as a plain folder on sys.path
    from tests.test_export_samples import sample_events
except ModuleNotFoundError:
    from test_export_samples import sample_events

SUFFIXES = [".geojson", ".gpkg", ".csv", ".parquet", ".jsonl"]
OLD = b"previous export, must survive\n"


class Interrupted(Exception):
    """Raised by the test's event stream half-way."""


def failing_stream(events, after):
    """Yield ``after`` events, then fail like an extractor crashing mid-corpus."""
    for number, event in enumerate(events):
        if number == after:
            raise Interrupted("extractor crashed")
        yield event


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_stream_failing_half_way_keeps_old_file_and_leaves_no_temp(tmp_path, suffix):
    path = tmp_path / f"events{suffix}"
    path.write_bytes(OLD)
    with pytest.raises(Interrupted):
        write_events(failing_stream(sample_events(), after=3), path)
    assert path.read_bytes() == OLD
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_untypable_value_in_a_late_event_keeps_old_file(tmp_path, suffix):
    path = tmp_path / f"events{suffix}"
    path.write_bytes(OLD)
    events = sample_events()
    events[-1] = dataclasses.replace(events[-1], year="last spring")
    with pytest.raises(OutputError, match=r"MLI-1.*year"):
        write_events(events, path)
    assert path.read_bytes() == OLD
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg"])
def test_gdal_failing_mid_write_is_an_output_error_and_keeps_old_file(
    tmp_path, monkeypatch, suffix
):
    real_write = pyogrio.write_dataframe

    def write_then_fail(frame, target, **options):
        real_write(frame.iloc[:1], target, **options)  # a partial file exists on disk
        raise DataSourceError("No space left on device")

    monkeypatch.setattr(pyogrio, "write_dataframe", write_then_fail)
    path = tmp_path / f"events{suffix}"
    path.write_bytes(OLD)
    with pytest.raises(OutputError, match="No space left") as info:
        write_events(sample_events(), path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == OLD
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_successful_write_replaces_the_old_file(tmp_path, suffix):
    path = tmp_path / "out" / f"events{suffix}"
    path.parent.mkdir()
    path.write_bytes(OLD)
    write_events(sample_events(), path)
    assert path.read_bytes() != OLD
    assert read_events(path)
    assert list(path.parent.iterdir()) == [path]


def test_unwritable_folder_is_an_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OutputError, match="cannot create folder"):
        write_events(sample_events(), blocker / "events.csv")


def test_destination_that_is_a_folder_is_an_output_error_and_leaves_no_temp(tmp_path):
    folder = tmp_path / "events.csv"
    folder.mkdir()
    with pytest.raises(OutputError, match="cannot replace"):
        write_events(sample_events(), folder)
    assert list(tmp_path.iterdir()) == [folder]
    assert list(folder.iterdir()) == []
