"""Colours, icons and the legend of the event map.

The style table is data (``geomap/data/maps/styles.json``): one entry per
ACLED event type with a Leaflet.awesome-markers colour, the matching hex
colour and a Font Awesome icon. Event types missing from the table share
the ``other`` style, so a new type never breaks a map.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from branca.element import MacroElement
from folium.template import Template

MODALITIES = ("asserted", "negated", "hypothetical")


@dataclass(frozen=True, slots=True)
class TypeStyle:
    """How events of one type are drawn.

    Parameters
    ----------
    event_type : str
        ACLED event type, or ``"Other"``.
    marker : str
        Leaflet.awesome-markers colour name (``red``, ``orange``, ...).
    hex : str
        The same colour as ``#rrggbb`` for circles, lines and the legend.
    icon : str
        Font Awesome 6 free solid icon name, without the ``fa-`` prefix.
    """

    event_type: str
    marker: str
    hex: str
    icon: str


@dataclass(frozen=True, slots=True)
class ModalityStyle:
    """How negated and hypothetical events differ from asserted ones."""

    modality: str
    label: str
    marker: str | None
    opacity: float
    dash: str | None


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    path = files("geomap") / "data" / "maps" / "styles.json"
    return json.loads(path.read_text(encoding="utf-8"))


def event_types() -> list[str]:
    """Return the event types of the style table, in legend order."""
    return list(_table()["event_types"])


def type_style(event_type: str | None) -> TypeStyle:
    """Return the style of ``event_type``; unknown or missing types get ``Other``.

    Examples
    --------
    >>> type_style("Battles").icon
    'crosshairs'
    >>> type_style("Something new").event_type
    'Other'
    """
    entry = _table()["event_types"].get(event_type or "")
    if entry is None:
        return TypeStyle("Other", **_table()["other"])
    return TypeStyle(event_type, **entry)


def modality_style(modality: str | None) -> ModalityStyle:
    """Return the style of a modality; anything unknown is drawn as asserted."""
    table = _table()["modalities"]
    key = modality if modality in table else "asserted"
    return ModalityStyle(key, **table[key])


def precision_label(geo_precision: int | None) -> str:
    """Describe an ACLED ``geo_precision`` code in words."""
    if geo_precision is None:
        return "unknown precision"
    label = _table()["geo_precision"].get(str(geo_precision))
    return f"{geo_precision}: {label}" if label else str(geo_precision)


def places_style() -> dict[str, Any]:
    """Return the colour and radius of the places (geoparser check) layer."""
    return dict(_table()["places"])


def movement_style() -> dict[str, Any]:
    """Return the line weight and dash pattern of movement lines."""
    return dict(_table()["movement"])


def legend_html(types: list[str], *, modalities: list[str], regions: bool) -> str:
    """Build the legend's HTML from the style table.

    Parameters
    ----------
    types : list of str
        Event types present on the map, in the order to list them.
    modalities : list of str
        Non-asserted modalities present (``negated``, ``hypothetical``).
    regions : bool
        Whether region-level events are drawn as areas.
    """
    rows = []
    for name in types:
        style = type_style(name)
        rows.append(
            '<div class="geomap-legend-row">'
            f'<span class="geomap-swatch" style="background:{style.hex}">'
            f'<i class="fa fa-{style.icon}"></i></span>{html.escape(style.event_type)}</div>'
        )
    for modality in modalities:
        style = modality_style(modality)
        rows.append(
            '<div class="geomap-legend-row">'
            f'<span class="geomap-swatch geomap-swatch-{style.modality}"></span>'
            f"{html.escape(style.label)} (own layer, off by default)</div>"
        )
    if regions:
        rows.append(
            '<div class="geomap-legend-row"><span class="geomap-swatch geomap-swatch-region">'
            "</span>Region-level event (area, not a point)</div>"
        )
    return '<div class="geomap-legend-title">Event types</div>' + "".join(rows)


LEGEND_CSS = """
.geomap-legend { background: rgba(255,255,255,0.92); padding: 6px 9px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.35); font: 12px/1.45 sans-serif; max-width: 320px; }
.geomap-legend-title { font-weight: bold; margin-bottom: 3px; }
.geomap-legend-row { white-space: normal; padding-left: 24px; text-indent: -24px; }
.geomap-swatch { display: inline-block; width: 18px; height: 18px; margin-right: 6px;
  border-radius: 50%; vertical-align: middle; text-align: center; color: #fff;
  font-size: 10px; line-height: 18px; text-indent: 0; }
.geomap-swatch-negated { background: #d3d3d3; border: 2px dotted #555; }
.geomap-swatch-hypothetical { background: #fff; border: 2px dashed #555; }
.geomap-swatch-region { border-radius: 2px; background: rgba(120,120,120,0.25);
  border: 2px solid #777; }
.geomap-popup { font: 12px/1.4 sans-serif; max-width: 360px; }
.geomap-popup h4 { font-size: 14px; margin: 0 0 4px 0; }
.geomap-popup table { border-collapse: collapse; margin-bottom: 4px; }
.geomap-popup th { text-align: left; padding-right: 6px; vertical-align: top; color: #555;
  font-weight: normal; white-space: nowrap; }
.geomap-popup blockquote { margin: 4px 0; padding: 3px 6px; border-left: 3px solid #bbb;
  background: #f7f7f7; }
.geomap-popup mark.geomap-place { background: #cde8ff; padding: 0 1px; }
.geomap-popup mark.geomap-trigger { background: #ffe08a; padding: 0 1px; }
"""


class Legend(MacroElement):
    """The legend as a Leaflet control, stacked with the other controls of its corner.

    Its HTML comes from :func:`legend_html` (built from the style table,
    never from article text).
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
            {{ this.get_name() }}.onAdd = function () {
                var div = L.DomUtil.create("div", "geomap-legend");
                div.innerHTML = {{ this.body|tojson }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, body: str, *, position: str = "bottomleft", css: str = LEGEND_CSS):
        super().__init__()
        self._name = "GeomapLegend"
        self.body = body
        self.position = position
        self.css = css
