"""Compose the event map from its layers and write it to disk.

:func:`render_map` builds a :class:`folium.Map` from events (and
optionally the place mentions they came from): base layers, one layer per
event type, negated and hypothetical events apart, region areas, heat map,
time slider, movements, places, legend, layer control, fullscreen, minimap
and scale. :func:`save_map` renders it to one HTML file, inlining every
asset for offline use, written atomically.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import folium
from branca.element import MacroElement
from folium.plugins import Fullscreen
from folium.template import Template

from geomap.atomic import atomic_text
from geomap.maps import basemaps
from geomap.maps.assets import not_needed
from geomap.maps.events import SMALL_LIMIT, EventRegistry, add_event_layers, build_event_layers
from geomap.maps.heat import heat_layer
from geomap.maps.movement import movement_layer
from geomap.maps.offline import inline_assets
from geomap.maps.places import places_layer
from geomap.maps.popups import escape
from geomap.maps.regions import country_code, is_region_event, region_index
from geomap.maps.style import Legend, legend_html
from geomap.maps.timeline import timeline_layer
from geomap.records import Event, Place

MAX_ZOOM = 18
FIT_MAX_ZOOM = 10
MAX_OUTLINE_COUNTRIES = 12


def data_countries(events: list[Event], places: list[Place], limit: int) -> set[str]:
    """Return the ISO alpha-2 codes of the ``limit`` countries most present in the data."""
    counts: Counter[str] = Counter()
    for event in events:
        code = country_code(event)
        if code:
            counts[code] += 1
    for place in places:
        if place.country_code and place.lat is not None:
            counts[place.country_code.upper()] += 1
    return {code for code, _ in counts.most_common(limit)}


def data_bounds(events: list[Event], places: list[Place]) -> list[list[float]] | None:
    """Return ``[[south, west], [north, east]]`` of the events (else the places), or None."""
    points = [(e.latitude, e.longitude) for e in events if e.latitude is not None]
    points += [
        (e.origin_latitude, e.origin_longitude) for e in events if e.origin_latitude is not None
    ]
    points = [p for p in points if p[1] is not None]
    if not points:
        points = [(p.lat, p.lon) for p in places if p.lat is not None and p.lon is not None]
    if not points:
        return None
    lats, lons = zip(*points, strict=True)
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


class FitData(MacroElement):
    """Fit the map to the data at once, without animation, before any layer is added.

    Leaflet.markercluster 1.1.0 fails ("reading 'lat'") when a zoom
    animation ends while chunked loading is still clustering markers, as
    folium's ``fit_bounds`` (added after the layers, animated) triggers on
    large maps.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.fitBounds({{ this.bounds|tojson }},
                {maxZoom: {{ this.max_zoom }}, padding: [30, 30], animate: false});
        {% endmacro %}
        """
    )

    def __init__(self, bounds: list[list[float]], *, max_zoom: int):
        super().__init__()
        self._name = "FitData"
        self.bounds = bounds
        self.max_zoom = max_zoom


def render_map(
    events: Iterable[Event],
    places: Iterable[Place] | None = None,
    *,
    offline: bool = False,
    title: str = "geomap: conflict events",
    strategy: str = "auto",
    heat: bool = True,
    timeline: bool = True,
) -> folium.Map:
    """Build the interactive event map.

    Parameters
    ----------
    events : iterable of Event
        Events to draw; those without coordinates are left off the map.
    places : iterable of Place, optional
        Every place mention, for the places layer (checking the geoparser).
    offline : bool
        Use Natural Earth outlines instead of web tiles, so that
        :func:`save_map` can write a file that makes no request at all.
    title : str
        The page title.
    strategy : {"auto", "markers", "fast"}
        Marker strategy (see :func:`geomap.maps.events.build_event_layers`).
    heat, timeline : bool
        Add the heat-map layer and the time-slider layer.

    Returns
    -------
    folium.Map
    """
    events = list(events)
    places = list(places or [])
    located = [e for e in events if e.latitude is not None and e.longitude is not None]
    large = len(located) > SMALL_LIMIT
    m = folium.Map(
        tiles=None,
        control_scale=True,
        prefer_canvas=large,
        zoom_start=2,
        location=[20, 0],
        maxZoom=MAX_ZOOM,
        worldCopyJump=True,
    )
    dropped = set(not_needed())
    m.default_css = [(name, url) for name, url in m.default_css if url not in dropped]
    m.get_root().header.add_child(folium.Element(f"<title>{escape(title)}</title>"))

    if offline:
        basemaps.add_offline_base_layer(m, data_countries(events, places, MAX_OUTLINE_COUNTRIES))
    else:
        basemaps.add_online_base_layers(m)

    bounds = data_bounds(located, places)
    if bounds is not None:
        FitData(bounds, max_zoom=FIT_MAX_ZOOM).add_to(m)  # before the layers: see FitData

    regions = region_index(located)
    layers = build_event_layers(located, strategy=strategy, regions=regions)
    add_event_layers(m, layers)
    extra = [
        movement_layer(located),
        heat_layer(located) if heat else None,
        timeline_layer(located) if timeline else None,
        places_layer(places),
    ]
    for layer in extra:
        if layer is not None:
            layer.add_to(m)

    types = [layer.event_type for layer in layers if layer.event_type]
    modalities = [layer.modality for layer in layers if layer.modality != "asserted"]
    Legend(
        legend_html(types, modalities=modalities, regions=any(map(is_region_event, located)))
    ).add_to(m)
    folium.LayerControl(collapsed=len(layers) > 8, position="topright").add_to(m)
    Fullscreen(position="topleft").add_to(m)
    basemaps.add_minimap(m, offline=offline)
    EventRegistry(layers).add_to(m)
    return m


def map_html(m: folium.Map, *, offline: bool) -> str:
    """Render ``m`` to a complete HTML page; inline every asset when ``offline``."""
    html = m.get_root().render()
    return inline_assets(html) if offline else html


def save_map(m: folium.Map, path: str | Path, *, offline: bool) -> Path:
    """Write ``m`` to ``path`` as one HTML file, atomically.

    Parameters
    ----------
    m : folium.Map
        A map from :func:`render_map` (built with the same ``offline``).
    path : str or Path
        Destination ``.html`` file; its folder is created when missing.
    offline : bool
        Inline Leaflet, the plugins, fonts and images so the file makes no
        network request.

    Raises
    ------
    geomap.maps.assets.AssetError
        When ``offline`` and an asset has no local copy (nothing is written).
    geomap.errors.OutputError
        When the file cannot be written.
    """
    html = map_html(m, offline=offline)
    path = Path(path)
    with atomic_text(path) as stream:
        stream.write(html)
    return path
