"""Interactive maps of conflict events (Folium/Leaflet), online or fully offline.

``render_map(events, places)`` builds the map from one module per layer kind
(:mod:`~geomap.maps.events`, :mod:`~geomap.maps.heat`,
:mod:`~geomap.maps.timeline`, :mod:`~geomap.maps.movement`,
:mod:`~geomap.maps.regions`, :mod:`~geomap.maps.places`,
:mod:`~geomap.maps.basemaps`); ``save_map`` writes it, inlining every asset
(:mod:`~geomap.maps.offline`) when the map must work without a network.
"""

from geomap.maps.filters import EventFilter, filter_events
from geomap.maps.render import render_map, save_map

__all__ = ["EventFilter", "filter_events", "render_map", "save_map"]
