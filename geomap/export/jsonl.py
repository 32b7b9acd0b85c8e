"""JSON Lines export: one object per record, every column, every row kept.

Rows are streamed. Text is written as UTF-8, not ``\\u`` escapes, except the
line and paragraph separators U+2028/U+2029, escaped so that no reader
splitting on Unicode line breaks cuts a record in two.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from geomap.export.frame import Row
from geomap.export.schema import Schema


def dumps(row: Row) -> str:
    """Return one JSON line (without its newline)."""
    text = json.dumps(row, ensure_ascii=False, allow_nan=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def write(rows: Iterable[Row], schema: Schema, path: Path) -> tuple[int, int]:
    """Write every row to ``path``; return (written, 0)."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        for row in rows:
            stream.write(dumps({name: row[name] for name in schema.names}))
            stream.write("\n")
            count += 1
    return count, 0
