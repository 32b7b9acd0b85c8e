"""The heat-map layer: density of asserted events, hidden by default."""

from __future__ import annotations

import folium
from folium.plugins import HeatMap

from geomap.records import Event


def heat_points(events: list[Event]) -> list[list[float]]:
    """Return ``[lat, lon]`` rows (4 decimals, about 10 m) of asserted, located events.

    Negated and hypothetical events did not happen (or not yet) and are
    left out of the density.
    """
    return [
        [round(e.latitude, 4), round(e.longitude, 4)]
        for e in events
        if e.latitude is not None
        and e.longitude is not None
        and (e.modality or "asserted") == "asserted"
    ]


def heat_layer(events: list[Event], *, show: bool = False) -> folium.FeatureGroup | None:
    """Return a toggleable heat-map layer, or None when no asserted event is located."""
    points = heat_points(events)
    if not points:
        return None
    group = folium.FeatureGroup(name=f"Heat map ({len(points)} events)", show=show)
    HeatMap(points, radius=18, blur=14, min_opacity=0.3, control=False).add_to(group)
    return group
