"""The time layer: dated events replayed with a time slider (Leaflet.TimeDimension).

An equivalent of folium's ``TimestampedGeoJson`` that is a real layer of
the layer control: its slider appears when the layer is switched on and
goes away when it is switched off. It loads only the TimeDimension script
and style sheet (no jQuery UI, moment or highlight.js). Events accumulate
as the slider moves forward. Large sets are aggregated per period and grid
cell so the slider stays responsive.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template

from geomap.maps.popups import escape, summary
from geomap.maps.style import type_style
from geomap.records import Event

AGGREGATE_ABOVE = 5000
# Coarser and coarser (period, grid cell in degrees) until the features fit.
LEVELS = (
    ("day", 0.25),
    ("week", 0.5),
    ("week", 1.0),
    ("month", 1.0),
    ("month", 2.5),
    ("month", 5.0),
)


def _day(event: Event) -> date | None:
    if not event.event_date:
        return None
    try:
        return date.fromisoformat(event.event_date[:10])
    except ValueError:
        return None


def _period_start(day: date, period: str) -> date:
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day


def _aggregate(dated: list[tuple[date, Event]], period: str, cell: float) -> dict:
    cells: dict[tuple[date, int, int], int] = defaultdict(int)
    for day, e in dated:
        cells[(_period_start(day, period), int(e.latitude // cell), int(e.longitude // cell))] += 1
    return cells


def timeline_features(events: list[Event], *, aggregate_above: int = AGGREGATE_ABOVE) -> list[dict]:
    """Return timestamped GeoJSON point features of the dated, asserted, located events.

    Up to ``aggregate_above`` events give one feature each (tooltip: the
    event's summary). Beyond, events are counted per period and grid cell,
    coarsening through :data:`LEVELS` until at most ``aggregate_above``
    features remain, so the slider stays responsive with 100,000 events.
    """
    dated = [
        (day, e)
        for e in events
        if (day := _day(e))
        and e.latitude is not None
        and e.longitude is not None
        and (e.modality or "asserted") == "asserted"
    ]
    if len(dated) <= aggregate_above:
        return [
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(e.longitude, 5), round(e.latitude, 5)],
                },
                "properties": {
                    "time": day.isoformat(),
                    "color": type_style(e.event_type).hex,
                    "radius": 7,
                    "label": escape(summary(e)),
                },
            }
            for day, e in dated
        ]
    for period, cell in LEVELS:
        cells = _aggregate(dated, period, cell)
        if len(cells) <= aggregate_above:
            break
    features = []
    for (start, row, col), count in cells.items():
        lat, lon = (row + 0.5) * cell, (col + 0.5) * cell
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [round(lon, 3), round(lat, 3)]},
                "properties": {
                    "time": start.isoformat(),
                    "color": "#b03a2e",
                    "radius": round(min(4 + 2 * count**0.5, 30), 1),
                    "label": f"{period} of {start.isoformat()}: {count} events",
                },
            }
        )
    return features


class TimeSliderLayer(JSCSSMixin, Layer):
    """A toggleable layer of timestamped points with a TimeDimension slider."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.timeDimension = L.timeDimension({period: "P1D"});
            var {{ this.get_name() }}_control = new L.Control.TimeDimension({
                timeDimension: {{ this._parent.get_name() }}.timeDimension,
                position: "bottomleft", autoPlay: false, loopButton: true,
                timeSliderDragUpdate: true,
                playerOptions: {transitionTime: 400, loop: false}
            });
            var {{ this.get_name() }} = L.timeDimension.layer.geoJson(
                L.geoJson({{ this.data|tojson }}, {
                    pointToLayer: function (feature, latlng) {
                        var p = feature.properties;
                        return L.circleMarker(latlng, {radius: p.radius, color: "#333",
                            weight: 1, fillColor: p.color, fillOpacity: 0.85});
                    },
                    onEachFeature: function (feature, layer) {
                        layer.bindTooltip(feature.properties.label);
                    }
                }),
                {timeDimension: {{ this._parent.get_name() }}.timeDimension,
                 updateTimeDimension: true, updateTimeDimensionMode: "replace",
                 addlastPoint: false}
            );
            {{ this._parent.get_name() }}.on("overlayadd", function (e) {
                if (e.layer === {{ this.get_name() }}) {
                    {{ this.get_name() }}_control.addTo({{ this._parent.get_name() }});
                }
            });
            {{ this._parent.get_name() }}.on("overlayremove", function (e) {
                if (e.layer === {{ this.get_name() }}) {
                    {{ this.get_name() }}_control.remove();
                }
            });
            {%- if this.show %}
            {{ this.get_name() }}_control.addTo({{ this._parent.get_name() }});
            {%- endif %}
        {% endmacro %}
        """
    )

    default_js = [
        ("iso8601", "https://cdn.jsdelivr.net/npm/iso8601-js-period@0.2.1/iso8601.min.js"),
        (
            "leaflet.timedimension",
            "https://cdn.jsdelivr.net/npm/leaflet-timedimension@1.1.1/dist/leaflet.timedimension.min.js",
        ),
    ]
    default_css = [
        (
            "leaflet.timedimension_css",
            "https://cdn.jsdelivr.net/npm/leaflet-timedimension@1.1.1/dist/leaflet.timedimension.control.css",
        ),
    ]

    def __init__(self, features: list[dict], *, name: str, show: bool = False):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "TimeSlider"
        self.data = {"type": "FeatureCollection", "features": features}


def timeline_layer(events: list[Event], *, show: bool = False) -> TimeSliderLayer | None:
    """Return the time-slider layer, or None when no asserted located event is dated."""
    features = timeline_features(events)
    if not features:
        return None
    days = sorted({f["properties"]["time"] for f in features})
    name = f"Timeline {days[0]} to {days[-1]} (time slider)"
    return TimeSliderLayer(features, name=name, show=show)
