"""Base layers: web tiles online, Natural Earth outlines offline, and the minimap.

Online maps offer OpenStreetMap, a light CARTO map and Esri satellite
imagery, chosen in the layer control (recent xyzservices list CARTO with an
API key: set ``$GEOMAP_CARTO_KEY`` to use one; without it the public URL is
used). Offline maps cannot fetch tiles:
their base layer is drawn from Natural Earth country outlines (1:50m) and,
for the countries the events are in, province outlines (1:10m, simplified).
"""

from __future__ import annotations

import os

import folium
import xyzservices.providers as xyz
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from geomap.maps import outlines

WORLD_TOLERANCE = 0.02
ADMIN1_TOLERANCE = 0.01
MINIMAP_TOLERANCE = 0.2
CARTO_KEY_VAR = "GEOMAP_CARTO_KEY"
CARTO_LIGHT_URL = "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png"
OFFLINE_CSS = "html body .leaflet-container { background: #c9dfea; }"


def add_online_base_layers(m: folium.Map) -> None:
    """Add the OpenStreetMap, light CARTO and satellite tile layers (OSM shown first)."""
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap", max_zoom=19).add_to(m)
    carto = xyz.CartoDB.Positron
    key = os.environ.get(CARTO_KEY_VAR)
    folium.TileLayer(
        carto.build_url(apikey=key) if key else CARTO_LIGHT_URL,
        attr=carto.html_attribution,
        name="Light (CARTO)",
        max_zoom=carto.max_zoom,
        subdomains=carto.subdomains,
    ).add_to(m)
    folium.TileLayer(xyz.Esri.WorldImagery, name="Satellite (Esri World Imagery)").add_to(m)


def world_outlines(tolerance: float = WORLD_TOLERANCE, scale: str = "50m") -> dict:
    """Return Natural Earth countries (1:50m or 1:110m) as GeoJSON (name property only)."""
    return outlines.to_feature_collection(outlines.countries(scale), ["name"], tolerance=tolerance)


def province_outlines(country_codes: set[str], tolerance: float = ADMIN1_TOLERANCE) -> dict:
    """Return Natural Earth first-level divisions of ``country_codes`` as GeoJSON."""
    divisions = outlines.admin1(country_codes)
    return outlines.to_feature_collection(divisions, ["name"], tolerance=tolerance)


def add_offline_base_layer(m: folium.Map, country_codes: set[str]) -> folium.FeatureGroup:
    """Add the offline base layer of country and province outlines.

    Parameters
    ----------
    m : folium.Map
        The map, created with ``tiles=None``.
    country_codes : set of str
        ISO alpha-2 codes of the countries whose provinces to outline.
    """
    base = folium.FeatureGroup(name="Natural Earth outlines (offline)", overlay=False)
    folium.GeoJson(
        world_outlines(),
        style_function=lambda _f: {
            "color": "#8a8a8a",
            "weight": 1,
            "fillColor": "#f4f1ea",
            "fillOpacity": 1.0,
        },
        tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False),
        highlight_function=None,
        control=False,
        smooth_factor=1.5,
    ).add_to(base)
    if country_codes:
        folium.GeoJson(
            province_outlines(country_codes),
            style_function=lambda _f: {
                "color": "#a08f7a",
                "weight": 0.8,
                "dashArray": "3 3",
                "fillOpacity": 0.0,
            },
            tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False),
            control=False,
        ).add_to(base)
    base.add_to(m)
    m.get_root().header.add_child(folium.Element(f"<style>{OFFLINE_CSS}</style>"))
    return base


class OutlineMiniMap(JSCSSMixin, MacroElement):
    """Leaflet-MiniMap showing Natural Earth outlines instead of tiles (offline maps)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }}_layer = L.geoJson({{ this.data|tojson }}, {
                style: function () { return {color: "#888", weight: 0.6,
                    fillColor: "#f4f1ea", fillOpacity: 1}; }
            });
            var {{ this.get_name() }} = new L.Control.MiniMap({{ this.get_name() }}_layer, {
                toggleDisplay: true, position: "bottomright", zoomLevelOffset: -5,
                width: 160, height: 120
            }).addTo({{ this._parent.get_name() }});
            {{ this.get_name() }}._miniMap.getContainer().style.background = "#c9dfea";
        {% endmacro %}
        """
    )
    default_js = [
        (
            "Control_MiniMap_js",
            "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.js",
        )
    ]
    default_css = [
        (
            "Control_MiniMap_css",
            "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.css",
        )
    ]

    def __init__(self, data: dict):
        super().__init__()
        self._name = "OutlineMiniMap"
        self.data = data


def add_minimap(m: folium.Map, *, offline: bool) -> None:
    """Add a toggleable minimap: tiles online, Natural Earth outlines offline."""
    if offline:
        OutlineMiniMap(world_outlines(MINIMAP_TOLERANCE, scale="110m")).add_to(m)
    else:
        from folium.plugins import MiniMap

        MiniMap(toggle_display=True, position="bottomright", zoom_level_offset=-5).add_to(m)
