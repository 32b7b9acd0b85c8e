"""CSV export: ACLED columns first, UTF-8, every row kept.

Rows are streamed, so a large corpus is never held in memory. Rows without
a point keep empty ``latitude``/``longitude`` cells. Missing values are
empty cells, flags are ``true``/``false``. GDAL reads the points with
``-oo X_POSSIBLE_NAMES=longitude -oo Y_POSSIBLE_NAMES=latitude``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geomap.export.frame import Row
from geomap.export.schema import Schema


def cell(value: Any) -> str:
    """Return the CSV text of one exported value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write(rows: Iterable[Row], schema: Schema, path: Path) -> tuple[int, int]:
    """Write every row to ``path``; return (written, 0)."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(schema.names)
        for row in rows:
            writer.writerow([cell(row[name]) for name in schema.names])
            count += 1
    return count, 0
