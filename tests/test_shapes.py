"""Natural Earth outlines by GeoNames id (``gazetteer.shapes``) and the npm files they come from."""

from __future__ import annotations

import json

import pytest
import shapely

from gazetteer import GazetteerError, npm, shapes

needs_outlines = pytest.mark.skipif(
    not shapes.available(), reason="Natural Earth npm packages not installed (make setup)"
)


def _place(gaz, name, kind):
    return next(e for e in gaz.lookup(name) if e.kind.label == kind)


@needs_outlines
def test_country_outline_holds_its_towns_and_not_its_neighbours(gaz):
    syria = gaz.polygon(_place(gaz, "Syria", "country").geonameid)
    assert isinstance(syria, shapely.MultiPolygon | shapely.Polygon) and syria.is_valid
    aleppo, beirut = _place(gaz, "Aleppo", "city"), _place(gaz, "Beirut", "city")
    assert syria.contains(shapely.Point(aleppo.lon, aleppo.lat))
    assert not syria.contains(shapely.Point(beirut.lon, beirut.lat))


@needs_outlines
def test_division_outline_holds_its_towns(gaz):
    homs = gaz.polygon(_place(gaz, "Homs Governorate", "admin1").geonameid)
    palmyra = next(e for e in gaz.lookup("Palmyra") if e.country_code == "SY")
    qusayr = next(e for e in gaz.lookup("Qusayr") if e.country_code == "SY")
    raqqa = next(e for e in gaz.lookup("Raqqa") if e.kind.label == "city")
    assert homs.contains(shapely.Point(palmyra.lon, palmyra.lat))
    assert homs.contains(shapely.Point(qusayr.lon, qusayr.lat))
    assert not homs.contains(shapely.Point(raqqa.lon, raqqa.lat))
    new_york = gaz.polygon(_place(gaz, "New York", "admin1").geonameid)
    palmyra_ny = next(e for e in gaz.lookup("Palmyra") if e.admin1_code == "NY")
    assert new_york.contains(shapely.Point(palmyra_ny.lon, palmyra_ny.lat))


@needs_outlines
def test_towns_and_unknown_ids_have_no_outline(gaz):
    assert gaz.polygon(_place(gaz, "Aleppo", "city").geonameid) is None
    assert shapes.polygon(1) is None


@needs_outlines
def test_most_divisions_have_an_outline(gaz):
    from gazetteer import Kind

    ids = gaz._geonameid[gaz._kind == Kind.ADMIN1].tolist()
    with_outline = sum(1 for g in ids if g > 0 and shapes.polygon(g) is not None)
    assert with_outline / len(ids) > 0.7


@needs_outlines
def test_outlines_carry_codes_levels_and_names_for_matching(gaz):
    syria = shapes.outline(_place(gaz, "Syria", "country").geonameid)
    assert (syria.country_code, syria.level) == ("SY", "country")
    homs = shapes.outline(_place(gaz, "Homs Governorate", "admin1").geonameid)
    assert (homs.country_code, homs.level) == ("SY", "admin1")
    assert "Homs" in homs.names and homs.names[0] == homs.name
    syrian = shapes.divisions({"sy"})
    assert homs in syrian and all(d.country_code == "SY" for d in syrian)
    assert len(shapes.countries("110m")) < len(shapes.countries("50m"))


@needs_outlines
def test_country_crossing_the_antimeridian_is_no_band_around_the_world(gaz):
    russia = gaz.polygon(_place(gaz, "Russia", "country").geonameid)
    assert russia.contains(shapely.Point(37.62, 55.75))  # Moscow
    assert russia.contains(shapely.Point(175.0, 67.0))  # Chukotka
    assert not russia.contains(shapely.Point(0.0, 66.5))  # the Norwegian Sea
    assert all(p.bounds[2] - p.bounds[0] <= 180 for p in russia.geoms)


def test_fix_antimeridian_splits_a_ring_that_jumps_across_180():
    # An island straddling 180 degrees, written as GDAL reads it: one ring jumping -180/+180.
    jumping = shapely.Polygon([(179, -17), (-179, -17), (-179, -16), (179, -16)])
    fixed = shapes.fix_antimeridian(jumping)
    assert fixed.area == pytest.approx(2.0)  # not a 358-degree band
    assert fixed.bounds[0] == pytest.approx(-180) and fixed.bounds[2] == pytest.approx(180)
    polar = shapely.Polygon([(-180, -90), (180, -90), (180, -70), (-180, -70)])
    assert shapes.fix_antimeridian(polar).equals(polar)


@pytest.fixture
def fake_node_modules(tmp_path, monkeypatch):
    package = tmp_path / "node_modules" / "fake-outlines"
    (package / "data").mkdir(parents=True)
    (package / "package.json").write_text(json.dumps({"version": "1.2.3"}), encoding="utf-8")
    (package / "data" / "shapes.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv(npm.ENV_VAR, str(tmp_path / "node_modules"))
    return package


def test_npm_package_file_is_found_in_the_folder_the_variable_names(fake_node_modules):
    found = npm.package_file("fake-outlines", "data/shapes.json", version="1.2.3")
    assert found == fake_node_modules / "data" / "shapes.json"
    assert npm.package_file("fake-outlines", "data/shapes.json") == found  # any version


@pytest.mark.parametrize(
    ("package", "path", "version", "message"),
    [
        ("fake-outlines", "data/shapes.json", "2.0.0", "is version 1.2.3, geomap needs 2.0.0"),
        ("fake-outlines", "data/missing.json", "1.2.3", "has no file 'data/missing.json'"),
        ("no-such-package", "index.js", None, "'no-such-package' is not installed"),
    ],
)
def test_npm_errors_say_what_is_wrong_and_how_to_install(
    fake_node_modules, package, path, version, message
):
    with pytest.raises(GazetteerError, match="make setup") as raised:
        npm.package_file(package, path, version=version)
    assert message in str(raised.value)


@needs_outlines
def test_outlines_are_cached_once_and_read_back_unchanged(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path))
    read = shapes._outlines.__wrapped__  # bypass the in-process cache
    source = (*shapes.WORLD_ATLAS, "countries-110m.json", shapes._country_rows)
    built = read(*source)
    (cached,) = tmp_path.iterdir()
    assert cached.name == f"outlines{shapes.FORMAT}-world-atlas-2.0.2-countries-110m.pkl"
    written = cached.stat().st_mtime_ns
    again = read(*source)
    assert cached.stat().st_mtime_ns == written  # read back, not rebuilt
    assert [(o.geonameid, o.name) for o in again] == [(o.geonameid, o.name) for o in built]
    assert all(a.geometry.equals_exact(b.geometry, 0) for a, b in zip(again, built, strict=True))
