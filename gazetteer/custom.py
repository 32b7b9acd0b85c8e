"""User gazetteer files: villages, neighbourhoods, checkpoints the index lacks.

A CSV with a header; columns ``name``, ``lat``, ``lon`` are required,
``country`` (ISO 3166-1 alpha-2), ``admin1`` and ``alternate_names``
(separated by ``|`` or ``;``) are optional. Rows win over GeoNames places of
the same name.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from pathlib import Path

from gazetteer.errors import GazetteerDataError
from gazetteer.index import Gazetteer


def read_places(path: str | Path) -> list[dict]:
    """Read and validate one user gazetteer CSV.

    Raises
    ------
    GazetteerDataError
        Naming the file and line of the first bad row.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise GazetteerDataError(f"{path}: cannot read gazetteer file ({err})") from err
    reader = csv.DictReader(text.splitlines())
    missing = {"name", "lat", "lon"} - set(reader.fieldnames or ())
    if missing:
        raise GazetteerDataError(f"{path}:1: missing column(s) {', '.join(sorted(missing))}")
    rows = []
    for row in reader:
        line = reader.line_num
        name = (row.get("name") or "").strip()
        if not name:
            raise GazetteerDataError(f"{path}:{line}: empty name")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (TypeError, ValueError) as err:
            raise GazetteerDataError(f"{path}:{line}: lat/lon must be numbers") from err
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat + lon):
            raise GazetteerDataError(f"{path}:{line}: coordinates out of range ({lat}, {lon})")
        alternates = (row.get("alternate_names") or "").replace(";", "|").split("|")
        rows.append(
            {
                "name": name,
                "lat": lat,
                "lon": lon,
                "country": (row.get("country") or "").strip().upper(),
                "admin1": (row.get("admin1") or "").strip(),
                "alternate_names": [a.strip() for a in alternates if a.strip()],
            }
        )
    return rows


def extend_with_files(gaz: Gazetteer, paths: Iterable[str | Path]) -> Gazetteer:
    """Return ``gaz`` extended with the places of every CSV in ``paths``."""
    rows: list[dict] = []
    for path in paths:
        rows.extend(read_places(path))
    return gaz.extend(rows) if rows else gaz
