"""GeoParquet export through geopandas (WKB points, WGS84 in the metadata).

Rows without a point are left out, as in the other map formats. Debian's
GDAL 3.6 and the pyogrio wheels cannot read GeoParquet; geopandas, DuckDB
and recent QGIS can.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyarrow

from geomap.errors import OutputError
from geomap.export._gdal import located
from geomap.export.frame import Row, frame_from_rows
from geomap.export.schema import Schema


def write(rows: Iterable[Row], schema: Schema, path: Path) -> tuple[int, int]:
    """Write the located rows to ``path``; return (written, left out without a point)."""
    frame = frame_from_rows(rows, schema)
    points = located(frame)
    try:
        points.to_parquet(path, index=False)
    except pyarrow.ArrowException as err:
        raise OutputError(f"cannot write GeoParquet: {err}") from err
    return len(points), len(frame) - len(points)
