"""A district the gazetteer lacks, told after a paragraph about another town.

Sentences written for these tests, resolved with the real gazetteer.
"""

from __future__ import annotations

from geomap.places import find_places


def _district(gaz, text: str, name: str):
    return next(p for p in find_places(text, gaz) if p.text == name)


def test_a_district_belongs_to_the_town_the_paragraph_before_tells_not_the_dateline(gaz):
    text = (
        "KYIV (AP) - Russian forces struck the city of Odesa with drones on Friday, "
        "wounding six people.\n\n"
        "One drone hit a warehouse in the Brovarivskyi district, officials said."
    )
    district = _district(gaz, text, "Brovarivskyi")
    odesa = _district(gaz, text, "Odesa")
    assert district.geonameid is None
    assert (district.lat, district.lon) == (odesa.lat, odesa.lon)


def test_a_district_in_a_story_about_the_dateline_town_stays_there(gaz):
    text = (
        "ODESA (AP) - An uneasy calm settled over the port on Thursday.\n\n"
        "Gunmen raided the Brovarivskyi district overnight, residents said."
    )
    district = _district(gaz, text, "Brovarivskyi")
    odesa = _district(gaz, text, "ODESA")
    assert (district.lat, district.lon) == (odesa.lat, odesa.lon)
