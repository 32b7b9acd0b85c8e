"""Find the local copy of a map asset: Leaflet, plugins, fonts, Natural Earth data.

The JavaScript and CSS that folium links from CDNs are installed from the
npm registry at the same versions (``package.json`` at the repository root,
installed into ``node_modules/`` by ``make setup``, found and version-checked
by :mod:`gazetteer.npm`, which also serves the gazetteer's Natural Earth
outlines); folium's own heat-map script is read from the installed folium
wheel. ``assets.json`` maps each CDN URL to its local file; nothing is ever
downloaded at run time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from gazetteer.errors import GazetteerError
from gazetteer.npm import package_file
from geomap.errors import GeomapError


class AssetError(GeomapError, LookupError):
    """A map asset (script, style sheet, font, outline data) is not available locally."""


@dataclass(frozen=True, slots=True)
class Asset:
    """One CDN URL and the local file that replaces it."""

    url: str
    path: Path
    substitute: str | None = None


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    path = files("geomap") / "data" / "maps" / "assets.json"
    return json.loads(path.read_text(encoding="utf-8"))


def not_needed() -> dict[str, str]:
    """Return the CDN URLs geomap removes from its maps, with the reason."""
    return dict(_table()["not_needed"])


@contextmanager
def asset_errors() -> Iterator[None]:
    """Raise the gazetteer's errors about npm packages as :class:`AssetError`.

    The npm packages are located and version-checked by :mod:`gazetteer.npm`
    (the gazetteer reads its Natural Earth outlines from them too); inside
    this block its :class:`~gazetteer.GazetteerError` becomes the map's error.
    """
    try:
        yield
    except GazetteerError as err:
        raise AssetError(str(err)) from err


def npm_file(package: str, path: str, *, version: str | None = None) -> Path:
    """Return the path of ``path`` inside the installed npm ``package``.

    See :func:`gazetteer.npm.package_file` for where packages are looked for.

    Raises
    ------
    AssetError
        When the package is missing, has another version than ``version``,
        or lacks the file.
    """
    with asset_errors():
        return package_file(package, path, version=version)


def _python_file(package: str, path: str) -> Path:
    target = Path(str(files(package) / path))
    if not target.is_file():
        raise AssetError(f"installed Python package {package!r} has no file {path!r}")
    return target


def normalize_url(url: str) -> str:
    """Return ``url`` with a scheme and without query or fragment.

    Examples
    --------
    >>> normalize_url("//cdn.example.org/f.eot?#iefix")
    'https://cdn.example.org/f.eot'
    """
    if url.startswith("//"):
        url = "https:" + url
    for mark in ("?", "#"):
        url = url.split(mark, 1)[0]
    return url


def resolve(url: str) -> Asset:
    """Return the local :class:`Asset` that replaces the CDN ``url``.

    Raises
    ------
    AssetError
        When ``url`` is not in the asset table or its file is missing; the
        message names the URL so the table can be extended.
    """
    key = normalize_url(url)
    entry = _table()["urls"].get(key)
    if entry is None:
        raise AssetError(
            f"no local copy known for {url}; add it to geomap/data/maps/assets.json "
            "with the npm or Python package that ships it"
        )
    if "npm" in entry:
        path = npm_file(entry["npm"], entry["path"], version=entry.get("version"))
    else:
        path = _python_file(entry["python"], entry["path"])
    return Asset(url=url, path=path, substitute=entry.get("substitute"))


def known_urls() -> list[str]:
    """Return every CDN URL the table can replace."""
    return list(_table()["urls"])


def available() -> bool:
    """Return True when every asset of the table is installed (``make setup``)."""
    try:
        for url in known_urls():
            resolve(url)
    except AssetError:
        return False
    return True
