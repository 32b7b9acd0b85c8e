"""Movement lines: from where the text says a force came from to the event's place."""

from __future__ import annotations

import folium

from geomap.maps.popups import escape
from geomap.maps.style import movement_style, type_style
from geomap.records import Event


def movements(events: list[Event]) -> list[Event]:
    """Return the located events that also carry an origin point."""
    return [
        e
        for e in events
        if e.latitude is not None
        and e.longitude is not None
        and e.origin_latitude is not None
        and e.origin_longitude is not None
        and (e.origin_latitude, e.origin_longitude) != (e.latitude, e.longitude)
    ]


def movement_features(events: list[Event]) -> list[dict]:
    """Return GeoJSON features: one line (origin to place) and one origin point per movement."""
    features = []
    for event in movements(events):
        colour = type_style(event.event_type).hex
        origin = [round(event.origin_longitude, 5), round(event.origin_latitude, 5)]
        place = [round(event.longitude, 5), round(event.latitude, 5)]
        label = escape(
            f"{event.origin_location or 'origin'} → {event.location or event.location_raw or ''}"
            f" ({event.event_type})"
        )
        props = {"colour": colour, "label": label, "event_id": event.event_id}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": [origin, place]},
                "properties": props,
            }
        )
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": origin},
                "properties": props,
            }
        )
    return features


def movement_layer(events: list[Event], *, show: bool = True) -> folium.FeatureGroup | None:
    """Return a layer of origin-to-place lines, or None when no event has an origin."""
    features = movement_features(events)
    if not features:
        return None
    style = movement_style()
    group = folium.FeatureGroup(name=f"Movements ({len(features) // 2})", show=show)
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        style_function=lambda f: {
            "color": f["properties"]["colour"],
            "fillColor": f["properties"]["colour"],
            "weight": style["weight"],
            "dashArray": style["dash"],
            "opacity": 0.8,
            "fillOpacity": 1.0,
        },
        marker=folium.CircleMarker(radius=3, fill=True),
        tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
        highlight_function=None,
        control=False,
    ).add_to(group)
    return group
