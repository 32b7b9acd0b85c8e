"""Great-circle distances on a sphere of the Earth's mean radius."""

from __future__ import annotations

import math

import numpy as np

#: The Earth's mean diameter in kilometres (twice the 6,371 km mean radius).
EARTH_DIAMETER_KM = 12742.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance between two points, in kilometres.

    Examples
    --------
    >>> round(km(36.2, 37.16, 34.55, 38.27))  # Aleppo to Palmyra
    209
    """
    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(min(1.0, h)))


def km_matrix(lat: np.ndarray, lon: np.ndarray, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Distances from each point of ``lat, lon`` to each of ``lats, lons``, in kilometres.

    Returns
    -------
    numpy.ndarray
        Shape ``(len(lat), len(lats))``.
    """
    p = math.pi / 180
    lat, lon = lat[:, None] * p, lon[:, None] * p
    lats, lons = lats[None, :] * p, lons[None, :] * p
    h = np.sin((lats - lat) / 2) ** 2 + np.cos(lat) * np.cos(lats) * np.sin((lons - lon) / 2) ** 2
    return EARTH_DIAMETER_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
