"""The one place GIS writers call pyogrio, turning its errors into OutputError."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import geopandas as gpd
import pyogrio
from pyogrio.errors import DataLayerError, DataSourceError

from geomap.errors import OutputError


def write_frame(frame: gpd.GeoDataFrame, path: Path | Any, *, driver: str, **options: Any) -> None:
    """Write ``frame`` with pyogrio/GDAL, raising :class:`OutputError` on failure.

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
    path : Path or binary file object
    driver : str
        GDAL driver name ("GeoJSON", "GPKG").
    **options
        Passed to :func:`pyogrio.write_dataframe` (``layer``,
        ``layer_options``, ``dataset_options``).
    """
    try:
        pyogrio.write_dataframe(frame, path, driver=driver, **options)
    except (DataSourceError, DataLayerError) as err:
        raise OutputError(f"GDAL cannot write {driver}: {err}") from err


def located(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return the rows of ``frame`` that have a point, with a fresh index."""
    return frame[frame.geometry.notna()].reset_index(drop=True)
