"""The places layer: every resolved place mention, to check the geoparser.

Mentions are grouped by resolved place (GeoNames id, else coordinates) so
a city named a thousand times is one dot whose tooltip gives the count and
the spellings found. Hidden by default.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import folium

from geomap.maps.popups import place_tooltip
from geomap.maps.style import places_style
from geomap.records import Place


@dataclass(slots=True)
class PlaceGroup:
    """All mentions resolved to one place."""

    place: Place
    mentions: int = 0
    variants: set[str] = field(default_factory=set)


def group_places(places: Iterable[Place]) -> list[PlaceGroup]:
    """Group resolved mentions by place; unresolved mentions (no point) are left out."""
    groups: dict[object, PlaceGroup] = {}
    for place in places:
        if place.lat is None or place.lon is None:
            continue
        key = place.geonameid or (round(place.lat, 4), round(place.lon, 4))
        group = groups.setdefault(key, PlaceGroup(place))
        group.mentions += 1
        group.variants.add(place.text)
    return list(groups.values())


def places_layer(places: Iterable[Place], *, show: bool = False) -> folium.FeatureGroup | None:
    """Return the places layer (one dot per resolved place), or None when empty."""
    groups = group_places(places)
    if not groups:
        return None
    style = places_style()
    total = sum(g.mentions for g in groups)
    features = [
        {
            "type": "Feature",
            "geometry": {
                "type": "Point",
                "coordinates": [round(g.place.lon, 5), round(g.place.lat, 5)],
            },
            "properties": {"label": place_tooltip(g.place, g.mentions, g.variants)},
        }
        for g in groups
    ]
    group = folium.FeatureGroup(
        name=f"Places mentioned ({len(groups)} places, {total} mentions)", show=show
    )
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        marker=folium.CircleMarker(
            radius=style["radius"],
            color=style["hex"],
            weight=1,
            fill=True,
            fill_color="#ffffff",
            fill_opacity=0.9,
        ),
        tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
        control=False,
    ).add_to(group)
    return group
