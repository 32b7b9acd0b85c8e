"""Offline maps: every asset inlined from installed packages, nothing fetched."""

from __future__ import annotations

import re

import pytest

from geomap.maps import render_map, save_map
from geomap.maps.assets import AssetError, available, normalize_url, npm_file, resolve
from geomap.maps.offline import check_self_contained, external_references, inline_css
from tests.map_fixtures import sample_events, sample_places

needs_assets = pytest.mark.skipif(
    not available(), reason="npm assets not installed (make setup runs npm ci)"
)


def test_missing_npm_package_is_an_asset_error_saying_how_to_install():
    with pytest.raises(AssetError, match="make setup") as raised:
        npm_file("no-such-package", "dist/index.js", version="1.0.0")
    assert "'no-such-package' is not installed" in str(raised.value)


def test_missing_outlines_stop_an_offline_map_but_not_region_circles(monkeypatch):
    from gazetteer import GazetteerError
    from geomap.maps import outlines
    from geomap.maps.regions import FALLBACK_RADIUS_M, region_index, region_shape

    def missing(*_args, **_kwargs):
        raise GazetteerError("npm package 'world-atlas' is not installed; run `make setup`")

    for name in ("countries", "divisions", "outline"):
        monkeypatch.setattr(outlines.shapes, name, missing)
    events = sample_events()
    assert region_index(events) is None  # region events fall back to circles
    strike = next(e for e in events if e.event_id == "e-strike")
    assert region_shape(strike, None).radius_m == FALLBACK_RADIUS_M
    with pytest.raises(AssetError, match="make setup"):
        render_map(events, offline=True)


def test_unknown_cdn_url_fails_loudly_naming_it():
    with pytest.raises(AssetError, match="cdn.example.org/lib.js"):
        resolve("https://cdn.example.org/lib.js")


def test_normalize_url_adds_scheme_and_drops_query():
    assert normalize_url("//a.org/f.woff?v=1#x") == "https://a.org/f.woff"


def test_external_references_lists_resources_but_not_plain_links():
    html = (
        '<script src="https://cdn.example.org/a.js"></script>'
        '<link rel="stylesheet" href="//cdn.example.org/b.css"/>'
        '<a href="https://example.org/article">source</a>'
        "<style>.x{background:url(https://cdn.example.org/c.png)}</style>"
        "<script>L.tileLayer('https://tile.example.org/{z}/{x}/{y}.png')</script>"
    )
    found = external_references(html)
    assert "https://cdn.example.org/a.js" in found
    assert "//cdn.example.org/b.css" in found
    assert "https://cdn.example.org/c.png" in found
    assert any("tileLayer" in f for f in found)
    assert "https://example.org/article" not in found
    with pytest.raises(AssetError, match="would still fetch"):
        check_self_contained(html)


def test_inline_css_keeps_data_uris_and_fragments(tmp_path):
    css = ".a{background:url(data:image/png;base64,AAAA)} .b{behavior:url(#default#VML)}"
    assert inline_css(css, None) == css


def test_inline_css_embeds_relative_images_and_keeps_the_best_font(tmp_path):
    (tmp_path / "img.png").write_bytes(b"\x89PNG fake")
    (tmp_path / "f.woff2").write_bytes(b"woff2 bytes")
    (tmp_path / "f.ttf").write_bytes(b"ttf bytes")
    sheet = tmp_path / "s.css"
    css = (
        "@font-face{font-family:x;src:url(f.ttf) format('truetype'),url(f.woff2) format('woff2')}"
        ".i{background:url('img.png')}"
    )
    out = inline_css(css, sheet)
    assert "data:font/woff2;base64," in out and "font/ttf" not in out
    assert "data:image/png;base64," in out
    assert "url(f." not in out and "img.png" not in out


def test_inline_css_fails_on_missing_relative_file(tmp_path):
    with pytest.raises(AssetError, match="missing.png"):
        inline_css(".a{background:url(missing.png)}", tmp_path / "s.css")


@needs_assets
def test_every_known_asset_resolves_to_an_installed_file():
    from geomap.maps.assets import known_urls

    for url in known_urls():
        assert resolve(url).path.is_file(), url


@needs_assets
def test_offline_map_is_self_contained(tmp_path):
    m = render_map(sample_events(), sample_places(), offline=True)
    path = save_map(m, tmp_path / "map.html", offline=True)
    html = path.read_text(encoding="utf-8")
    assert external_references(html) == []
    assert "<script src=" not in html and 'rel="stylesheet"' not in html
    assert "Natural Earth outlines (offline)" in html
    assert "L.Control.TimeDimension" in html and "L.Control.MiniMap" in html
    assert path.stat().st_size < 8_000_000


@needs_assets
def test_failed_offline_save_leaves_no_file(tmp_path, monkeypatch):
    import folium

    m = render_map(sample_events()[:1], offline=True)
    folium.TileLayer("OpenStreetMap").add_to(m)  # tiles cannot be inlined
    target = tmp_path / "map.html"
    with pytest.raises(AssetError, match="tileLayer"):
        save_map(m, target, offline=True)
    assert list(tmp_path.iterdir()) == []


@needs_assets
def test_map_without_located_events_still_renders(tmp_path):
    from tests.map_fixtures import make_event

    events = [make_event("nowhere", latitude=None, longitude=None)]
    path = save_map(render_map(events, offline=True), tmp_path / "empty.html", offline=True)
    html = path.read_text(encoding="utf-8")
    assert re.search(r"window\.geomap\.layers = \[\s*\];", html)
    assert external_references(html) == []
