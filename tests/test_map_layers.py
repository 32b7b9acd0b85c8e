"""Layer building: event layers per type and modality, regions, heat, time, movement, places."""

from __future__ import annotations

import folium
import pytest
import shapely
from folium.plugins import MarkerCluster

from gazetteer import shapes
from geomap.maps.events import FastEvents, build_event_layers, group_events, layer_key
from geomap.maps.heat import heat_points
from geomap.maps.movement import movements
from geomap.maps.places import group_places
from geomap.maps.regions import FALLBACK_RADIUS_M, fold, region_index, region_shape
from geomap.maps.render import data_bounds, render_map
from geomap.maps.style import modality_style, type_style
from geomap.maps.timeline import timeline_features
from tests.map_fixtures import make_event, sample_events, sample_places


def _markers(layer):
    return [c for c in layer.markers._children.values() if isinstance(c, folium.Marker)]


def test_layer_key_splits_asserted_by_type_and_others_by_modality():
    assert layer_key(make_event("a")) == ("asserted", "Battles")
    assert layer_key(make_event("b", event_type="Made up")) == ("asserted", "Other")
    assert layer_key(make_event("c", modality="negated")) == ("negated", None)
    assert layer_key(make_event("d", modality="hypothetical")) == ("hypothetical", None)


def test_group_events_skips_unlocated_and_orders_asserted_first():
    groups = group_events(sample_events())
    keys = list(groups)
    assert keys[-2:] == [("negated", None), ("hypothetical", None)]
    assert sum(len(v) for v in groups.values()) == 7  # the unlocated event is left out


def test_marker_layers_hold_every_located_event_once():
    events = sample_events()
    layers = build_event_layers(events, strategy="markers")
    ids = [i for layer in layers for i in layer.event_ids]
    located = [e.event_id for e in events if e.latitude is not None]
    assert sorted(ids) == sorted(located)
    assert len({id(layer.cluster) for layer in layers}) == 1  # one shared cluster
    for layer in layers:
        assert isinstance(layer.cluster, MarkerCluster)
        drawn = len(_markers(layer)) + len(layer.regions._children)
        assert drawn == len(layer.event_ids)


def test_only_asserted_layers_are_shown_by_default():
    layers = build_event_layers(sample_events(), strategy="markers")
    shown = {layer.modality: layer.group.show for layer in layers}
    assert shown == {"asserted": True, "negated": False, "hypothetical": False}


def test_region_event_is_an_area_not_a_pin():
    layers = build_event_layers(sample_events(), strategy="markers")
    strike = next(layer for layer in layers if layer.event_type == "Explosions/Remote violence")
    assert _markers(strike) == []
    assert len(strike.regions._children) == 1


def test_negated_markers_are_drawn_differently():
    layers = build_event_layers(sample_events(), strategy="markers")
    denied = next(layer for layer in layers if layer.modality == "negated")
    marker = _markers(denied)[0]
    icon = next(c for c in marker._children.values() if isinstance(c, folium.Icon))
    assert icon.options["marker_color"] == modality_style("negated").marker
    assert marker.options["opacity"] < 1


def test_fast_strategy_rows_carry_escaped_text_and_region_radius():
    layers = build_event_layers(sample_events(), strategy="fast")
    assert all(isinstance(layer.markers, FastEvents) for layer in layers)
    found = {}
    for layer in layers:
        for _lat, _lon, radius, first, count in layer.markers.points:
            for row in layer.markers.rows[first : first + count]:
                found[row[0]] = (radius, row, layer.markers.strings)
    assert found["e-strike"][0] > 0  # region: drawn as a circle with a radius in metres
    assert found["e-battle-1"][0] == 0
    _, row, strings = found["e-hostile"]
    text = " ".join(strings[i] for i in (row[1], row[2], row[3], row[5], row[6]))
    assert "&lt;img" in text and "javascript:" not in text
    assert "<img" not in text and "<script" not in text and "`" not in text


def test_fast_markers_merge_events_at_the_same_point_and_share_strings():
    events = [make_event(f"e{i}") for i in range(50)] + [make_event("far", latitude=10.0)]
    (layer,) = build_event_layers(events, strategy="fast")
    assert sorted(p[4] for p in layer.markers.points) == [1, 50]
    assert len(layer.markers.rows) == 51
    assert len(layer.markers.strings) < 10


def test_auto_strategy_switches_to_fast_for_large_sets():
    events = [make_event(f"e{i}", latitude=30 + i * 1e-4) for i in range(2001)]
    (layer,) = build_event_layers(events)
    assert isinstance(layer.markers, FastEvents)
    assert len(layer.markers.rows) == len(layer.markers.points) == 2001


def test_region_without_outline_gets_the_fallback_circle():
    event = make_event("r", geo_precision=3, location="Nowhere Province")
    shape = region_shape(event, None)
    assert shape.geometry is None and shape.radius_m == FALLBACK_RADIUS_M


needs_outlines = pytest.mark.skipif(
    not shapes.available(), reason="Natural Earth npm packages not installed (make setup)"
)
HOMS_GOVERNORATE, SYRIA, RAQQA_CITY = 169575, 163843, 172955


def _area(event):
    shape = region_shape(event, region_index([event]))
    assert shape.geometry is not None, shape
    return shape, shapely.geometry.shape(shape.geometry)


@needs_outlines
def test_region_event_takes_the_gazetteer_outline_of_its_geonameid():
    # the id decides, whatever the name says
    event = make_event("r", geo_precision=3, geonameid=HOMS_GOVERNORATE, location="Aleppo")
    shape, area = _area(event)
    assert shape.source == "Natural Earth admin-1" and "Homs" in shape.name
    assert area.contains(shapely.Point(38.28, 34.56))  # Palmyra
    assert not area.contains(shapely.Point(37.16, 36.2))  # Aleppo
    assert shape.radius_m > FALLBACK_RADIUS_M
    country = make_event("c", geo_precision=3, geonameid=SYRIA, location="the north")
    shape, area = _area(country)
    assert (shape.source, shape.name) == ("Natural Earth admin-0", "Syria")
    assert area.contains(shapely.Point(37.16, 36.2))


@needs_outlines
def test_region_event_without_a_country_still_finds_its_outline_by_id():
    event = make_event(
        "r", geo_precision=3, geonameid=HOMS_GOVERNORATE, country=None, iso3=None, location=None
    )
    shape, _ = _area(event)
    assert "Homs" in shape.name


@needs_outlines
def test_region_event_falls_back_to_names_when_no_outline_has_its_id():
    # a town's id (no outline): the division is found by name within the country
    town = make_event("t", geo_precision=3, geonameid=RAQQA_CITY, location="Ar-Raqqah")
    shape, area = _area(town)
    assert shape.source == "Natural Earth admin-1"
    assert area.contains(shapely.Point(39.01, 35.95))
    named = make_event("n", geo_precision=3, location="Homs Governorate")  # no id at all
    assert "Homs" in _area(named)[0].name
    country = make_event("s", geo_precision=3, location="Syria")
    assert _area(country)[0].source == "Natural Earth admin-0"


def test_fold_ignores_case_accents_and_punctuation():
    assert fold("Ar-Raqqah") == fold("ar raqqah") == "ar raqqah"
    assert fold("Ḥamāh") == "hamah"
    assert fold(float("nan")) == ""


def test_heat_uses_asserted_located_events_only():
    points = heat_points(sample_events())
    assert len(points) == 5  # 7 located minus the negated and the hypothetical one


def test_movements_need_an_origin_distinct_from_the_place():
    same = make_event("s", origin_latitude=36.2, origin_longitude=37.16)
    assert [e.event_id for e in movements([*sample_events(), same])] == ["e-move"]


def test_places_are_grouped_by_place_with_counts_and_spellings():
    groups = {g.place.name: g for g in group_places(sample_places())}
    assert set(groups) == {"Aleppo", "Homs"}  # the unresolved mention has no point
    assert groups["Aleppo"].mentions == 2 and groups["Aleppo"].variants == {"Aleppo", "Halab"}


def test_timeline_features_one_per_dated_asserted_event():
    features = timeline_features(sample_events())
    times = sorted(f["properties"]["time"] for f in features)
    assert times == ["2024-05-01", "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04"]


def test_timeline_aggregates_large_sets_per_day_and_cell():
    events = [make_event(f"e{i}", event_date=f"2024-05-0{1 + i % 2}") for i in range(30)]
    features = timeline_features(events, aggregate_above=10)
    assert len(features) == 2
    assert sorted(f["properties"]["label"] for f in features) == [
        "day of 2024-05-01: 15 events",
        "day of 2024-05-02: 15 events",
    ]


def test_timeline_coarsens_until_features_fit():
    events = [
        make_event(f"e{i}", event_date=f"2024-05-{1 + i % 28:02d}", latitude=30 + (i % 40))
        for i in range(400)
    ]
    features = timeline_features(events, aggregate_above=50)
    assert 0 < len(features) <= 50
    assert sum(int(f["properties"]["label"].split(": ")[1].split()[0]) for f in features) == 400


def test_type_style_falls_back_for_unknown_types():
    assert type_style("Battles").marker == "red"
    assert type_style(None).event_type == "Other"


def test_data_bounds_cover_events_and_movement_origins():
    bounds = data_bounds(sample_events(), [])
    assert bounds[0][0] == pytest.approx(34.56) and bounds[1][1] == pytest.approx(40.14)
    assert data_bounds([], sample_places()) == [[34.73, 36.71], [36.2, 37.16]]
    assert data_bounds([], []) is None


def test_online_map_has_three_base_layers_and_escaped_content():
    m = render_map(sample_events(), sample_places(), offline=False)
    html = m.get_root().render()
    for name in ("OpenStreetMap", "Light (CARTO)", "Satellite (Esri World Imagery)"):
        assert name in html
    assert "window.__xss" not in html.replace("window.__xss=", "")  # only inside escaped text
    assert "<img src=x" not in html
    assert "bootstrap-glyphicons.css" not in html
