"""The offline map in a real browser: clean console, no request, markers, popups, layers, XSS."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geomap.maps import assets
from tests.map_fixtures import HOSTILE, make_event, sample_events, sample_places

ROOT = Path(__file__).resolve().parents[2]

COUNTS_JS = "() => geomap.eventCounts()"

# Bring one event's layer into view and return where to click it (markers), or open it
# through Leaflet (areas, which have no single clickable point).
SHOW_JS = """async (id) => {
    const item = geomap.eventLayers().find(x => x.id === id);
    if (!item) return null;
    const map = geomap.map;
    map.closePopup();
    // a fan left open by an earlier popup does not take markers added since
    if (item.entry.cluster && item.entry.cluster.unspiderfy) item.entry.cluster.unspiderfy();
    if (!map.hasLayer(item.entry.group)) map.addLayer(item.entry.group);
    if (item.layer instanceof L.Marker) {
        map.setView(item.layer.getLatLng(), map.getZoom(), {animate: false});
        await new Promise(done => {
            item.entry.cluster.zoomToShowLayer(item.layer, done);
            setTimeout(done, 3000);  // never hang the test if the callback is not called
        });
        await new Promise(done => setTimeout(done, 400));  // spiderfy animation
        if (!item.layer._icon && item.layer.__parent) {
            // markers at one point stay clustered at the last zoom: fan them out,
            // as a click on the cluster does for a user
            item.layer.__parent.spiderfy();
            await new Promise(done => setTimeout(done, 400));
        }
        if (!item.layer._icon) return null;
        const box = item.layer._icon.getBoundingClientRect();
        const x = box.left + box.width / 2, y = box.top + box.height / 2 - 8;
        if (item.layer._icon.contains(document.elementFromPoint(x, y))) {
            return {kind: "marker", x, y};
        }
        item.layer.openPopup();  // another marker of the fan lies on top of it
        return {kind: "opened"};
    }
    const inner = item.layer.getLayers ? item.layer.getLayers()[0] : item.layer;
    map.fitBounds(inner.getBounds(), {animate: false});
    inner.fire("click", {latlng: inner.getBounds().getCenter()}, true);
    return {kind: "area"};
}"""


def _assets_or_skip():
    if not assets.available():
        pytest.skip("npm assets not installed (make setup runs npm ci)")


def _open_popup(loaded, event_id: str) -> str:
    page = loaded.page
    where = page.evaluate(SHOW_JS, event_id)
    assert where is not None, f"no layer for event {event_id}"
    if where["kind"] == "marker":
        page.mouse.click(where["x"], where["y"])
    page.wait_for_selector(f'.leaflet-popup-content [data-event-id="{event_id}"]', timeout=5000)
    return page.inner_text(".leaflet-popup-content")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def fixture_map(tmp_path_factory):
    _assets_or_skip()
    from geomap.maps import render_map, save_map

    path = tmp_path_factory.mktemp("map") / "fixture.html"
    save_map(render_map(sample_events(), sample_places(), offline=True), path, offline=True)
    return path


@pytest.fixture(scope="module")
def example_events(tmp_path_factory):
    """The events of examples/articles.jsonl (pipeline) written as GeoJSON."""
    _assets_or_skip()
    pytest.importorskip("geomap.pipeline", reason="the events pipeline has not landed yet")
    from geomap.eventset import EventSet
    from geomap.maps.inputs import process_articles
    from geomap.readers import read_documents

    articles = ROOT / "examples" / "articles.jsonl"
    if not articles.is_file():
        pytest.skip("examples/articles.jsonl is missing")
    found = process_articles(read_documents([articles]))
    geojson = tmp_path_factory.mktemp("example") / "events.geojson"
    EventSet(found.events).to_file(geojson)
    features = json.loads(geojson.read_text(encoding="utf-8"))["features"]
    if not features:
        pytest.skip("the pipeline found no located event in the examples")
    return articles, geojson, features


def _run_map(*args: str) -> None:
    from typer.testing import CliRunner

    import geomap.cli  # noqa: F401
    from geomap.cli.app import app

    result = CliRunner().invoke(app, ["map", *args, "--offline"])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def example_map(example_events):
    """The offline map drawn from the events GeoJSON, and its features."""
    _, geojson, features = example_events
    html = geojson.with_name("map.html")
    _run_map(str(geojson), "-o", str(html))
    return html, features


@pytest.fixture(scope="module")
def fast_map(tmp_path_factory):
    """The same events drawn with the large-set strategy (canvas markers, merged points)."""
    _assets_or_skip()
    from geomap.maps import render_map, save_map

    events = sample_events() + [
        make_event(f"e-aleppo-{i}", event_date=f"2024-05-{10 + i}") for i in range(3)
    ]
    path = tmp_path_factory.mktemp("fast") / "fast.html"
    save_map(render_map(events, offline=True, strategy="fast"), path, offline=True)
    return path, events


def test_fast_map_counts_merged_points_and_opens_their_popup(open_map, fast_map):
    path, events = fast_map
    loaded = open_map(path)
    assert loaded.console_errors == [] and loaded.page_errors == []
    assert loaded.external_requests(path.resolve().as_uri()) == []
    located = sorted(e.event_id for e in events if e.latitude is not None)
    assert sum(loaded.page.evaluate(COUNTS_JS).values()) == len(located)
    assert sorted(loaded.page.evaluate("geomap.eventLayers().map(x => x.id)")) == located
    page = loaded.page
    page.evaluate(
        """() => { const item = geomap.eventLayers().find(x => x.id === "e-aleppo-0");
        geomap.map.setView(item.layer.getLatLng(), 18, {animate: false});
        item.entry.markers.fire("click", {layer: item.layer, latlng: item.layer.getLatLng()}); }"""
    )
    page.wait_for_selector('.leaflet-popup-content [data-event-id="e-aleppo-0"]', timeout=5000)
    text = page.inner_text(".leaflet-popup-content")
    assert "4 events here" in text  # e-battle-1 and the three e-aleppo events share a point
    assert loaded.dialogs == []


def test_fixture_map_loads_cleanly_offline(open_map, fixture_map):
    loaded = open_map(fixture_map)
    assert loaded.console_errors == [] and loaded.page_errors == []
    assert loaded.external_requests(fixture_map.resolve().as_uri()) == []


def test_fixture_map_has_one_marker_per_located_event(open_map, fixture_map):
    loaded = open_map(fixture_map)
    counts = loaded.page.evaluate(COUNTS_JS)
    ids = sorted(loaded.page.evaluate("geomap.eventLayers().map(x => x.id)"))
    located = sorted(e.event_id for e in sample_events() if e.latitude is not None)
    assert sum(counts.values()) == len(located)
    assert ids == located


def test_clicking_a_marker_opens_its_popup(open_map, fixture_map):
    loaded = open_map(fixture_map)
    text = _open_popup(loaded, "e-battle-2")
    for expected in ("Battles: Armed clash", "2024-05-02", "Homs", "Military Forces of Syria"):
        assert expected in text
    assert "Raqqa" not in text


def test_region_event_popup_and_area(open_map, fixture_map):
    loaded = open_map(fixture_map)
    text = _open_popup(loaded, "e-strike")
    assert "An airstrike hit Raqqa province." in _squash(text)
    assert "precision 3: region" in text


def test_toggling_a_layer_hides_its_markers(open_map, fixture_map):
    loaded = open_map(fixture_map)
    page = loaded.page
    name = page.evaluate("geomap.layers.find(e => e.eventType === 'Battles').name")
    state = """(name) => { const e = geomap.layers.find(x => x.name === name);
        return {on: geomap.map.hasLayer(e.group),
                icons: e.markers.getLayers().filter(m => m._icon).length
                     + document.querySelectorAll('.geomap-cluster').length}; }"""
    page.evaluate("geomap.map.fitBounds(geomap.map.getBounds())")
    before = page.evaluate(state, name)
    assert before["on"] and before["icons"] > 0
    page.locator(".leaflet-control-layers-overlays label", has_text=name).click()
    after = page.evaluate(state, name)
    assert not after["on"]
    assert (
        page.evaluate(
            "(name) => geomap.layers.find(x => x.name === name).markers.getLayers()"
            ".filter(m => m._icon).length",
            name,
        )
        == 0
    )
    page.locator(".leaflet-control-layers-overlays label", has_text=name).click()
    assert page.evaluate(state, name)["on"]


def test_negated_and_hypothetical_layers_are_off_by_default(open_map, fixture_map):
    loaded = open_map(fixture_map)
    shown = loaded.page.evaluate(
        "geomap.layers.map(e => [e.modality, geomap.map.hasLayer(e.group)])"
    )
    assert {m: on for m, on in shown} == {"asserted": True, "negated": False, "hypothetical": False}


def test_hostile_text_is_shown_as_text_and_runs_nothing(open_map, fixture_map):
    loaded = open_map(fixture_map)
    page = loaded.page
    text = _open_popup(loaded, "e-hostile")
    assert HOSTILE.split(" ")[0] in text  # "<img" shown literally
    assert "<script>window.__xss=3</script>" in text
    assert page.evaluate("document.querySelectorAll('.leaflet-popup-content img').length") == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert loaded.dialogs == [] and loaded.page_errors == []


def test_time_heat_and_places_layers_switch_on_without_errors(open_map, fixture_map):
    loaded = open_map(fixture_map)
    page = loaded.page
    for prefix in ("Timeline", "Heat map", "Places mentioned"):
        page.locator(".leaflet-control-layers-overlays label", has_text=prefix).click()
    page.wait_for_selector(".leaflet-bar-timecontrol", timeout=5000)
    page.wait_for_timeout(300)
    assert loaded.console_errors == [] and loaded.page_errors == []
    assert loaded.external_requests(fixture_map.resolve().as_uri()) == []


def test_example_map_offline_clean_and_complete(open_map, example_map):
    html, features = example_map
    loaded = open_map(html)
    assert loaded.console_errors == [] and loaded.page_errors == []
    assert loaded.external_requests(html.resolve().as_uri()) == []
    counts = loaded.page.evaluate(COUNTS_JS)
    assert sum(counts.values()) == len(features)


def test_map_from_articles_matches_the_geojson(open_map, example_events):
    articles, geojson, features = example_events
    html = geojson.with_name("from_articles.html")
    _run_map(str(articles), "-o", str(html))
    loaded = open_map(html)
    assert loaded.console_errors == [] and loaded.page_errors == []
    assert sum(loaded.page.evaluate(COUNTS_JS).values()) == len(features)
    assert loaded.external_requests(html.resolve().as_uri()) == []


def test_example_popups_show_their_evidence(open_map, example_map):
    html, features = example_map
    loaded = open_map(html)
    for feature in features[:5]:
        props = feature["properties"]
        event_id = props.get("event_id") or feature.get("id")
        text = _squash(_open_popup(loaded, event_id))
        evidence = props.get("notes") or props.get("evidence")
        if evidence:
            assert _squash(evidence)[:60] in text


def test_example_hostile_article_runs_nothing(open_map, example_map):
    html, features = example_map
    loaded = open_map(html)
    hostile = [f for f in features if f["properties"].get("doc_id") == "hostile-markup"]
    for feature in hostile:
        event_id = feature["properties"].get("event_id") or feature.get("id")
        _open_popup(loaded, event_id)
        count = "document.querySelectorAll('.leaflet-popup-content img').length"
        assert loaded.page.evaluate(count) == 0
    assert loaded.dialogs == [] and loaded.page_errors == []


def _cdn_file(url: str) -> Path | None:
    """The local copy of a CDN URL: a known asset, or a file beside one (fonts, images)."""
    from geomap.maps.assets import AssetError, known_urls, normalize_url, resolve

    url = normalize_url(url)
    try:
        return resolve(url).path
    except AssetError:
        pass
    for known in known_urls():
        for up in (1, 2):  # the style sheet's folder, then the one above it
            folder = known.rsplit("/", up)[0]
            if url.startswith(folder + "/"):
                local = resolve(known).path.parents[up - 1] / url[len(folder) + 1 :]
                if local.is_file():
                    return local
    return None


def test_online_map_runs_when_the_cdn_serves_the_pinned_files(browser, tmp_path):
    """The online map, with CDN requests answered from the same local files (no network)."""
    _assets_or_skip()
    from geomap.maps import render_map, save_map

    path = save_map(
        render_map(sample_events(), offline=False), tmp_path / "online.html", offline=False
    )
    served, tiles, unknown = [], [], []
    blank_png = bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
        "0000000d4944415478da63f8ffff3f0005fe02fea7d6a4bd0000000049454e44ae426082"
    )

    def handle(route):
        url = route.request.url
        if url.startswith("file:"):
            return route.continue_()
        if "{" not in url and ("/tile/" in url or url.endswith(".png")):
            tiles.append(url)
            return route.fulfill(status=200, body=blank_png, content_type="image/png")
        local = _cdn_file(url)
        if local is None:
            unknown.append(url)
            return route.abort()
        served.append(url)
        return route.fulfill(status=200, path=str(local))

    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.route("**/*", handle)
    page.goto(path.resolve().as_uri(), wait_until="load")
    page.wait_for_function("window.geomap && window.geomap.layers !== undefined")
    counts = page.evaluate("geomap.eventCounts()")
    context.close()
    assert errors == [] and unknown == []
    assert served and tiles  # scripts came from the CDN URLs, tiles were requested
    assert sum(counts.values()) == sum(1 for e in sample_events() if e.latitude is not None)
