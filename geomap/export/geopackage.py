"""GeoPackage export: one point layer named after the schema (``events``).

Written as GeoPackage 1.2, which older readers (QGIS 3.x, GDAL 2.x/3.x)
open; rows without a point are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from geomap.export._gdal import located, write_frame
from geomap.export.frame import Row, frame_from_rows
from geomap.export.schema import Schema

DATASET_OPTIONS = {"VERSION": "1.2"}
LAYER_OPTIONS = {"SPATIAL_INDEX": "YES"}


def write(rows: Iterable[Row], schema: Schema, path: Path) -> tuple[int, int]:
    """Write the located rows to ``path``; return (written, left out without a point)."""
    frame = frame_from_rows(rows, schema)
    points = located(frame)
    write_frame(
        points,
        path,
        driver="GPKG",
        layer=schema.layer,
        dataset_options=DATASET_OPTIONS,
        layer_options=LAYER_OPTIONS,
    )
    return len(points), len(frame) - len(points)
