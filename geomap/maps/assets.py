"""Find the local copy of a map asset: Leaflet, plugins, fonts, Natural Earth data.

The JavaScript and CSS that folium links from CDNs are installed from the
npm registry at the same versions (``package.json`` at the repository root,
installed into ``node_modules/`` by ``make setup``); folium's own heat-map
script is read from the installed folium wheel. ``assets.json`` maps each
CDN URL to its local file; nothing is ever downloaded at run time.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from geomap.errors import GeomapError

ENV_VAR = "GEOMAP_NODE_MODULES"
SETUP_HINT = "run `make setup` (or `npm ci` in the repository root) to install the map assets"


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


def node_modules() -> Path:
    """Return the ``node_modules`` folder holding the npm-installed assets.

    Looks at ``$GEOMAP_NODE_MODULES``, then the repository root of this
    source tree, then the current directory.

    Raises
    ------
    AssetError
        When none of them exists.
    """
    candidates = []
    if os.environ.get(ENV_VAR):
        candidates.append(Path(os.environ[ENV_VAR]))
    candidates.append(Path(__file__).resolve().parents[2] / "node_modules")
    candidates.append(Path.cwd() / "node_modules")
    for candidate in candidates:
        if (candidate / "leaflet" / "package.json").is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise AssetError(f"map assets not found (looked in {tried}); {SETUP_HINT}")


def npm_file(package: str, path: str, *, version: str | None = None) -> Path:
    """Return the path of ``path`` inside the installed npm ``package``.

    Raises
    ------
    AssetError
        When the package is missing, has another version than ``version``,
        or lacks the file.
    """
    root = node_modules() / package
    manifest = root / "package.json"
    if not manifest.is_file():
        raise AssetError(f"npm package {package!r} is not installed; {SETUP_HINT}")
    if version is not None:
        found = json.loads(manifest.read_text(encoding="utf-8")).get("version")
        if found != version:
            raise AssetError(
                f"npm package {package!r} is version {found}, the map needs {version}; {SETUP_HINT}"
            )
    target = root / path
    if not target.is_file():
        raise AssetError(f"{package}@{version or '?'} has no file {path!r}")
    return target


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
