"""Write outputs through a temporary file and an atomic rename.

A failure half-way never leaves a truncated map, GeoJSON or CSV behind: the
destination either keeps its old content or receives the complete new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from geomap.errors import OutputError


@contextlib.contextmanager
def atomic_path(destination: str | Path, *, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``destination``; rename it over on success.

    Parameters
    ----------
    destination : str or Path
        The final file. Its folder is created when missing.
    suffix : str, optional
        Suffix of the temporary file (drivers such as GDAL pick the format
        from it); defaults to the destination's own suffix.

    Raises
    ------
    OutputError
        When the folder cannot be created or the rename fails. Any exception
        raised inside the block removes the temporary file and propagates.
    """
    destination = Path(destination)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{destination.parent}: cannot create folder: {err.strerror}") from err
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=suffix or destination.suffix, dir=destination.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # drivers that refuse to overwrite get a fresh name
    try:
        yield tmp
        os.replace(tmp, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def atomic_text(destination: str | Path, *, encoding: str = "utf-8") -> Iterator:
    """Open a text stream whose content replaces ``destination`` on success."""
    with atomic_path(destination) as tmp, open(tmp, "w", encoding=encoding, newline="") as stream:
        yield stream
