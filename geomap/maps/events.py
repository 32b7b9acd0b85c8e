"""The event layers: one per event type, plus negated and hypothetical events apart.

Asserted events get one toggleable layer per ACLED event type, shown by
default. Negated events (denials) and hypothetical ones (threats, vows,
plans) each get their own layer, hidden by default and drawn faded with a
dashed outline. Point events are clustered; region-level events are drawn
as areas (:mod:`geomap.maps.regions`).

All layers share one ``MarkerCluster`` (each layer is a sub-group of it),
so events of different types at the same place spiderfy together. Two
marker strategies: ``"markers"`` (folium ``Marker`` objects with icons and
full popups; for small sets) and ``"fast"`` (one compact data array per
layer turned into canvas circle markers in the browser, with a short
popup; for tens of thousands of events).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.plugins import FeatureGroupSubGroup, MarkerCluster
from folium.template import Template

from geomap.maps.popups import (
    actors_html,
    escape,
    event_title,
    popup_html,
    safe_url,
    tooltip_html,
)
from geomap.maps.regions import RegionIndex, is_region_event, region_shape
from geomap.maps.style import event_types, modality_style, type_style
from geomap.records import Event

SMALL_LIMIT = 2000
CLUSTER_COLOUR = "#34495e"
MODALITY_LAYER_NAMES = {
    "negated": "Denied / negated events",
    "hypothetical": "Threats & hypothetical events",
}


@dataclass(slots=True)
class EventLayer:
    """One toggleable layer of events and the folium objects inside it."""

    name: str
    modality: str
    event_type: str | None
    group: folium.FeatureGroup  # the overlay of the layer control; holds the region areas
    markers: folium.map.Layer  # sub-group of the shared cluster holding the point markers
    cluster: MarkerCluster  # the cluster shared by every event layer
    regions: folium.FeatureGroup
    event_ids: list[str] = field(default_factory=list)


def layer_key(event: Event) -> tuple[str, str | None]:
    """Return (modality, event type) of the layer ``event`` belongs to.

    Asserted events are split by type; negated and hypothetical events go
    to one layer each whatever their type.
    """
    modality = event.modality if event.modality in MODALITY_LAYER_NAMES else "asserted"
    if modality != "asserted":
        return modality, None
    return "asserted", type_style(event.event_type).event_type


def group_events(events: list[Event]) -> dict[tuple[str, str | None], list[Event]]:
    """Group mappable events (with coordinates) by layer, in legend order."""
    groups: dict[tuple[str, str | None], list[Event]] = defaultdict(list)
    for event in events:
        if event.latitude is None or event.longitude is None:
            continue
        groups[layer_key(event)].append(event)
    order = {name: i for i, name in enumerate([*event_types(), "Other"])}

    def rank(key: tuple[str, str | None]) -> tuple[int, int]:
        modality, kind = key
        modality_rank = ("asserted", "negated", "hypothetical").index(modality)
        return modality_rank, order.get(kind or "", len(order))

    return {key: groups[key] for key in sorted(groups, key=rank)}


def _cluster_icon(hex_colour: str) -> str:
    """Return the JS icon function of clusters: the number of events (merged points count)."""
    return (
        "function (cluster) { var n = 0; cluster.getAllChildMarkers().forEach("
        "function (m) { n += m.options.count || 1; });"
        " var size = n < 100 ? 34 : n < 10000 ? 42 : 50;"
        " return L.divIcon({html: '<div style=\"background:" + hex_colour + ";color:#fff;"
        "border-radius:50%;width:' + size + 'px;height:' + size + 'px;line-height:' + (size - 6)"
        " + 'px;text-align:center;font-weight:bold;font-size:12px;"
        "border:3px solid rgba(255,255,255,0.8);opacity:0.9\">' + n + '</div>',"
        " className: 'geomap-cluster', iconSize: new L.Point(size, size)}); }"
    )


class StringTable:
    """Deduplicated strings (escaped HTML) referenced by index from data rows."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self._index: dict[str, int] = {}
        self._raw: dict[object, int] = {}

    def add(self, html: str) -> int:
        """Return the index of ``html`` (already escaped), adding it when new."""
        index = self._index.get(html)
        if index is None:
            index = self._index[html] = len(self.strings)
            self.strings.append(html)
        return index

    def add_text(self, text: object) -> int:
        """Return the index of plain ``text``, escaping it only the first time it is seen."""
        index = self._raw.get(text)
        if index is None:
            index = self._raw[text] = self.add(escape(text))
        return index


FAST_COLUMNS = ("event_id", "title", "date", "place", "fatalities", "actors", "source", "url")
POPUP_LIST_LIMIT = 25


def fast_row(event: Event, table: StringTable) -> list:
    """Return the compact row of one event for :class:`FastEvents` (see :data:`FAST_COLUMNS`).

    Text goes into ``table`` escaped; a fatality count or URL index of -1
    means not reported.
    """
    url = safe_url(event.source_url)
    actors = (event.actor1, event.actor1_type, event.actor2, event.actor2_type)
    actors_index = table._raw.get(actors)
    if actors_index is None:
        actors_index = table._raw[actors] = table.add(actors_html(event))
    return [
        escape(event.event_id),
        table.add_text(event_title(event)),
        table.add_text(event.event_date or "undated"),
        table.add_text(event.location or event.location_raw or ""),
        -1 if event.fatalities is None else int(event.fatalities),
        actors_index,
        table.add_text(event.source or event.doc_id),
        -1 if url is None else table.add_text(url),
    ]


def fast_points(
    events: list[Event], radius_of: Callable[[Event], float], table: StringTable
) -> tuple[list[list], list[list]]:
    """Return (points, rows) for :class:`FastEvents`.

    Events at the same point (geoparsed events sit on gazetteer coordinates,
    so a town's events share one) become one marker: each point is
    ``[lat, lon, radius_m, first_row, count]`` over rows sorted by point.
    """
    by_point: dict[tuple[float, float, int], list[Event]] = defaultdict(list)
    for event in events:
        key = (round(event.latitude, 5), round(event.longitude, 5), round(radius_of(event)))
        by_point[key].append(event)
    points, rows = [], []
    for (lat, lon, radius), members in by_point.items():
        points.append([lat, lon, radius, len(rows), len(members)])
        rows.extend(fast_row(event, table) for event in members)
    return points, rows


class FastEvents(JSCSSMixin, Layer):
    """Compact clustered canvas circle markers built in the browser from data arrays.

    ``points`` are ``[lat, lon, radius_m, first_row, count]``: one marker per
    distinct point, sized by its number of events; ``rows`` follow
    :data:`FAST_COLUMNS` with text as indices into a shared table of escaped
    strings, so repeated places, actors and sources are stored once. A
    positive radius draws an area (region-level event) instead of a point.
    The markers form a sub-group of the shared cluster
    (Leaflet.FeatureGroup.SubGroup); tooltips and popups are built on first
    hover or click.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function(){
                var style = {{ this.style|tojson }};
                var S = {{ this.strings|tojson }};
                var rows = {{ this.rows|tojson }};
                var points = {{ this.points|tojson }};
                var limit = {{ this.limit }};
                function summary(r) {
                    var place = S[r[3]] ? " &middot; " + S[r[3]] : "";
                    var killed = r[4] > 0 ? " &middot; " + r[4] + " killed" : "";
                    return S[r[2]] + " &middot; " + S[r[1]] + place + killed;
                }
                function source(r) {
                    if (r[7] < 0) return S[r[6]];
                    return '<a href="' + S[r[7]] + '" target="_blank" rel="noopener noreferrer">'
                        + S[r[6]] + "</a>";
                }
                function one(r) {
                    var killed = r[4] < 0 ? "not reported" : r[4];
                    return '<div data-event-id="' + r[0] + '"><h4>' + S[r[1]] + "</h4>"
                        + summary(r) + "<br>" + S[r[5]] + "<br>Fatalities: " + killed
                        + "<br>Source: " + source(r) + "</div>";
                }
                function popup(p) {
                    var html = '<div class="geomap-popup">';
                    if (p[4] > 1) html += "<b>" + p[4] + " events here</b><hr>";
                    var shown = Math.min(p[4], limit);
                    for (var k = 0; k < shown; k++) html += one(rows[p[3] + k]);
                    if (p[4] > shown) html += "<i>and " + (p[4] - shown) + " more</i>";
                    return html + "</div>";
                }
                function tooltip(p) {
                    var text = summary(rows[p[3]]);
                    return p[4] > 1 ? text + " (+" + (p[4] - 1) + " more here)" : text;
                }
                var markers = new Array(points.length);
                for (var i = 0; i < points.length; i++) {
                    var p = points[i];
                    var latlng = new L.LatLng(p[0], p[1]);
                    var size = Math.min(6 + 2 * Math.sqrt(p[4] - 1), 18);
                    var layer = p[2] > 0
                        ? L.circle(latlng, Object.assign({}, style.area, {radius: p[2]}))
                        : L.circleMarker(latlng, p[4] > 1
                            ? Object.assign({}, style.point, {radius: size}) : style.point);
                    layer.options.eventId = rows[p[3]][0];
                    layer.options.count = p[4];
                    layer._geomapPoint = p;
                    markers[i] = layer;
                }
                var group = L.featureGroup.subGroup({{ this.cluster.get_name() }}, markers);
                group.eventIds = function (layer) {
                    var p = layer._geomapPoint, ids = [];
                    for (var k = 0; k < p[4]; k++) ids.push(rows[p[3] + k][0]);
                    return ids;
                };
                group.on("mouseover", function (e) {
                    var layer = e.layer;
                    if (layer._geomapPoint && !layer.getTooltip()) {
                        layer.bindTooltip(tooltip(layer._geomapPoint)).openTooltip();
                    }
                });
                group.on("click", function (e) {
                    var layer = e.layer;
                    if (layer._geomapPoint && !layer.getPopup()) {
                        layer.bindPopup(popup(layer._geomapPoint), {maxWidth: 400}).openPopup();
                    }
                });
                return group;
            })();
        {% endmacro %}"""
    )

    default_js = [
        (
            "featuregroupsubgroup_js",
            "https://unpkg.com/leaflet.featuregroup.subgroup@1.0.2/dist/leaflet.featuregroup.subgroup.js",
        )
    ]

    def __init__(
        self,
        cluster: MarkerCluster,
        points: list[list],
        rows: list[list],
        strings: list[str],
        style: dict,
        *,
        show: bool = True,
    ):
        super().__init__(name=None, overlay=True, control=False, show=show)
        self._name = "FastEvents"
        self.cluster = cluster
        self.points = points
        self.rows = rows
        self.strings = strings
        self.style = style
        self.limit = POPUP_LIST_LIMIT


def _fast_style(hex_colour: str, modality: str) -> dict:
    mstyle = modality_style(modality)
    fill = 0.8 if modality == "asserted" else 0.25
    point = {
        "radius": 6,
        "color": "#333" if modality == "asserted" else hex_colour,
        "weight": 1 if modality == "asserted" else 2,
        "fillColor": hex_colour,
        "fillOpacity": fill,
        "dashArray": mstyle.dash,
    }
    area = {
        "color": hex_colour,
        "weight": 2,
        "fillColor": hex_colour,
        "fillOpacity": 0.12,
        "dashArray": mstyle.dash or "4 3",
    }
    return {"point": point, "area": area}


def _region_layer(event: Event, index: RegionIndex | None, hex_colour: str, dash: str | None):
    shape = region_shape(event, index)
    popup = folium.Popup(popup_html(event), parse_html=False, max_width=400)
    tooltip = folium.Tooltip(
        tooltip_html(event) + f" &middot; area: {escape(shape.name)} ({escape(shape.source)})"
    )
    style = {
        "color": hex_colour,
        "weight": 2,
        "fillColor": hex_colour,
        "fillOpacity": 0.12,
        "dashArray": dash or "4 3",
    }
    if shape.geometry is not None:
        feature = {
            "type": "Feature",
            "properties": {"event_id": event.event_id},
            "geometry": shape.geometry,
        }
        layer = folium.GeoJson(
            feature, style_function=lambda _feature, s=style: s, highlight_function=None
        )
    else:
        layer = folium.Circle(
            [event.latitude, event.longitude],
            radius=shape.radius_m,
            event_id=event.event_id,
            **style,
        )
    layer.add_child(popup)
    layer.add_child(tooltip)
    return layer


def _marker(event: Event, modality: str):
    style = type_style(event.event_type)
    mstyle = modality_style(modality)
    icon = folium.Icon(
        color=mstyle.marker or style.marker,
        icon=style.icon,
        prefix="fa",
        icon_color="#ffffff" if modality == "asserted" else style.hex,
    )
    return folium.Marker(
        [event.latitude, event.longitude],
        icon=icon,
        popup=folium.Popup(popup_html(event), parse_html=False, max_width=400),
        tooltip=folium.Tooltip(tooltip_html(event)),
        opacity=mstyle.opacity,
        event_id=event.event_id,
    )


def build_event_layers(
    events: list[Event],
    *,
    strategy: str = "auto",
    regions: RegionIndex | None = None,
) -> list[EventLayer]:
    """Build one :class:`EventLayer` per event type and per non-asserted modality.

    Parameters
    ----------
    events : list of Event
        Events to draw; those without coordinates are skipped.
    strategy : {"auto", "markers", "fast"}
        Marker strategy; ``"auto"`` picks ``"markers"`` up to
        :data:`SMALL_LIMIT` events, else ``"fast"``.
    regions : RegionIndex, optional
        Polygons of region-level events.
    """
    if strategy not in ("auto", "markers", "fast"):
        raise ValueError(f"unknown marker strategy {strategy!r}")
    mappable = [e for e in events if e.latitude is not None and e.longitude is not None]
    if strategy == "auto":
        strategy = "markers" if len(mappable) <= SMALL_LIMIT else "fast"
    cluster = MarkerCluster(
        control=False,
        icon_create_function=_cluster_icon(CLUSTER_COLOUR),
        chunked_loading=strategy == "fast",
    )
    layers = []
    for (modality, kind), members in group_events(mappable).items():
        style = type_style(kind) if kind else None
        hex_colour = style.hex if style else "#777777"
        label = style.event_type if style else MODALITY_LAYER_NAMES[modality]
        name = f"{label} ({len(members)})"
        show = modality == "asserted"
        group = folium.FeatureGroup(name=name, show=show)
        region_group = folium.FeatureGroup(name=f"{name} areas", control=False)
        dash = modality_style(modality).dash
        ids = [e.event_id for e in members]
        if strategy == "markers":
            markers = FeatureGroupSubGroup(
                cluster, name=f"{name} markers", control=False, show=show
            )
            for event in members:
                colour = type_style(event.event_type).hex
                if is_region_event(event):
                    _region_layer(event, regions, colour, dash).add_to(region_group)
                else:
                    _marker(event, modality).add_to(markers)
        else:
            table = StringTable()

            def radius_of(event: Event) -> float:
                return region_shape(event, regions).radius_m if is_region_event(event) else 0

            points, rows = fast_points(members, radius_of, table)
            style_map = _fast_style(hex_colour, modality)
            markers = FastEvents(cluster, points, rows, table.strings, style_map, show=show)
        region_group.add_to(group)
        layers.append(EventLayer(name, modality, kind, group, markers, cluster, region_group, ids))
    return layers


class LinkedToggle(MacroElement):
    """Add and remove a companion layer whenever the overlay it belongs to is toggled."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this.overlay.get_name() }}.on("add", function () {
                {{ this._parent.get_name() }}.addLayer({{ this.companion.get_name() }});
            });
            {{ this.overlay.get_name() }}.on("remove", function () {
                {{ this._parent.get_name() }}.removeLayer({{ this.companion.get_name() }});
            });
        {% endmacro %}
        """
    )

    def __init__(self, overlay: folium.map.Layer, companion: folium.map.Layer):
        super().__init__()
        self._name = "LinkedToggle"
        self.overlay = overlay
        self.companion = companion


def add_event_layers(m: folium.Map, layers: list[EventLayer]) -> None:
    """Add the shared cluster, then each layer's overlay and markers, toggled together.

    One cluster holds the markers of every layer, so events of different
    types at the same place spiderfy together instead of hiding each other.
    """
    if not layers:
        return
    layers[0].cluster.add_to(m)
    for layer in layers:
        layer.group.add_to(m)
        layer.markers.add_to(m)
        LinkedToggle(layer.group, layer.markers).add_to(m)


class EventRegistry(MacroElement):
    """Expose the event layers to scripts and tests as ``window.geomap``.

    ``geomap.layers`` lists ``{name, modality, eventType, group, cluster,
    markers, regions, expected}``; ``geomap.eventLayers()`` returns every event's
    Leaflet layer with its id, whether its layer is on the map or not.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            window.geomap = window.geomap || {};
            window.geomap.map = {{ this._parent.get_name() }};
            window.geomap.layers = [
            {%- for layer in this.layers %}
                {name: {{ layer.name|tojson }}, modality: {{ layer.modality|tojson }},
                 eventType: {{ layer.event_type|tojson }},
                 group: {{ layer.group.get_name() }}, cluster: {{ layer.cluster.get_name() }},
                 markers: {{ layer.markers.get_name() }}, regions: {{ layer.regions.get_name() }},
                 expected: {{ layer.event_ids|length }}},
            {%- endfor %}
            ];
            window.geomap.eventCounts = function () {
                var counts = {};
                window.geomap.layers.forEach(function (entry) {
                    var n = entry.regions.getLayers().length;
                    entry.markers.getLayers().forEach(function (layer) {
                        n += layer.options.count || 1;
                    });
                    counts[entry.name] = n;
                });
                return counts;
            };
            window.geomap.eventLayers = function () {
                var out = [];
                window.geomap.layers.forEach(function (entry) {
                    entry.markers.getLayers().forEach(function (layer) {
                        var ids = layer.options.count > 1 && entry.markers.eventIds
                            ? entry.markers.eventIds(layer) : [layer.options.eventId];
                        ids.forEach(function (id) {
                            out.push({id: id, layer: layer, entry: entry});
                        });
                    });
                    entry.regions.getLayers().forEach(function (layer) {
                        var id = layer.options.eventId;
                        if (id === undefined && layer.getLayers) {
                            var inner = layer.getLayers()[0];
                            id = inner && inner.feature && inner.feature.properties.event_id;
                        }
                        out.push({id: id, layer: layer, entry: entry});
                    });
                });
                return out;
            };
        {% endmacro %}
        """
    )

    def __init__(self, layers: list[EventLayer]):
        super().__init__()
        self._name = "GeomapRegistry"
        self.layers = layers
