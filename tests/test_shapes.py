"""Country and first-level division outlines by GeoNames id (``gazetteer.shapes``)."""

from __future__ import annotations

import pytest
import shapely

from gazetteer import shapes

pytestmark = pytest.mark.skipif(
    not shapes.available(), reason="Natural Earth npm packages not installed (make setup)"
)


def _place(gaz, name, kind):
    return next(e for e in gaz.lookup(name) if e.kind.label == kind)


def test_country_outline_holds_its_towns_and_not_its_neighbours(gaz):
    syria = gaz.polygon(_place(gaz, "Syria", "country").geonameid)
    assert isinstance(syria, shapely.MultiPolygon | shapely.Polygon) and syria.is_valid
    aleppo, beirut = _place(gaz, "Aleppo", "city"), _place(gaz, "Beirut", "city")
    assert syria.contains(shapely.Point(aleppo.lon, aleppo.lat))
    assert not syria.contains(shapely.Point(beirut.lon, beirut.lat))


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


def test_towns_and_unknown_ids_have_no_outline(gaz):
    assert gaz.polygon(_place(gaz, "Aleppo", "city").geonameid) is None
    assert shapes.polygon(1) is None


def test_most_divisions_have_an_outline(gaz):
    from gazetteer import Kind

    ids = gaz._geonameid[gaz._kind == Kind.ADMIN1].tolist()
    with_outline = sum(1 for g in ids if g > 0 and shapes.polygon(g) is not None)
    assert with_outline / len(ids) > 0.7
