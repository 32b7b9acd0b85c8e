"""Files of the npm packages geomap installs (``make setup`` runs ``npm ci``).

The offline map's scripts and the Natural Earth outlines come from npm
packages pinned in the checkout's ``package.json``. A package is looked for
in ``$GEOMAP_NODE_MODULES``, then the checkout's ``node_modules``, then the
current directory's; its version is checked against the one the caller
needs. Nothing is ever downloaded at run time.

>>> from gazetteer.npm import package_file
>>> package_file("world-atlas", "countries-50m.json", version="2.0.2")  # doctest: +SKIP
PosixPath('.../node_modules/world-atlas/countries-50m.json')
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from gazetteer.errors import GazetteerError

ENV_VAR = "GEOMAP_NODE_MODULES"
SETUP_HINT = "run `make setup` (or `npm ci`) in the geomap checkout, or set $GEOMAP_NODE_MODULES"


def folders() -> list[Path]:
    """Return the ``node_modules`` folders to look in, first choice first."""
    found = [Path(os.environ[ENV_VAR])] if os.environ.get(ENV_VAR) else []
    found.append(Path(__file__).resolve().parents[1] / "node_modules")
    found.append(Path.cwd() / "node_modules")
    return found


def package_file(package: str, path: str, *, version: str | None = None) -> Path:
    """Return the path of ``path`` inside the installed npm ``package``.

    Parameters
    ----------
    package : str
        npm package name (``"leaflet"``, ``"@fortawesome/fontawesome-free"``).
    path : str
        File inside the package (``"dist/leaflet.js"``).
    version : str, optional
        The exact version required; any version when None.

    Raises
    ------
    GazetteerError
        When the package is not installed in any of :func:`folders`, has
        another version, or lacks the file; the message says how to install it.
    """
    searched = folders()
    root = next((f / package for f in searched if (f / package / "package.json").is_file()), None)
    if root is None:
        tried = ", ".join(str(f) for f in searched)
        raise GazetteerError(
            f"npm package {package!r} is not installed (looked in {tried}); {SETUP_HINT}"
        )
    if version is not None:
        found = json.loads((root / "package.json").read_text(encoding="utf-8")).get("version")
        if found != version:
            raise GazetteerError(
                f"npm package {package!r} is version {found}, geomap needs {version}; {SETUP_HINT}"
            )
    target = root / path
    if not target.is_file():
        raise GazetteerError(f"{package}@{version or '?'} has no file {path!r}; {SETUP_HINT}")
    return target


__all__ = ["ENV_VAR", "SETUP_HINT", "folders", "package_file"]
