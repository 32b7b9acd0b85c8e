"""Places that share their name with another place, in articles written for these tests.

The articles in ``tests/data/namesakes/`` were written for this project in
the style of local US news and foreign wire copy (none is copied from a
publication). Each stresses a namesake the held-out articles may hold:
Palmyra (New York, Pennsylvania, Syria), Lebanon (Pennsylvania, the
country), Tripoli (Libya, Lebanon), Homs and Khoms, Georgia (the US state,
the country), Jordan (the country, a surname) and Calamar (two Colombian
towns), Zawiya and Tripoli under a briefing's country headings, and
Al-Busayrah (a Syrian village, a Jordanian town). Every expected reading is
asserted, in the default pipeline and with ``fast=True``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.places import find_places

ARTICLES = Path(__file__).parent / "data" / "namesakes"

# (article, mention as written, which occurrence (0 = first), country, first-level division)
# A division of None only checks the country; "-" expects a country-level place.
EXPECTED = [
    ("palmyra_ny", "PALMYRA", 0, "US", "New York"),
    ("palmyra_ny", "Palmyra", 0, "US", "New York"),
    ("palmyra_ny", "Palmyra", 1, "US", "New York"),
    ("palmyra_ny", "Palmyra", 3, "SY", None),  # "the ancient ruins of Palmyra, Syria"
    ("palmyra_ny", "Rochester", 0, "US", "New York"),
    ("palmyra_ny", "Syracuse", 0, "US", "New York"),
    ("palmyra_ny", "Homs", 0, "SY", None),
    ("lebanon_pa", "LEBANON", 0, "US", "Pennsylvania"),
    ("lebanon_pa", "Lebanon", 0, "US", "Pennsylvania"),
    ("lebanon_pa", "Palmyra", 0, "US", "Pennsylvania"),
    ("lebanon_pa", "Hershey", 0, "US", "Pennsylvania"),
    ("tripoli_libya", "TRIPOLI", 0, "LY", None),
    ("tripoli_libya", "Tripoli", 0, "LY", None),
    ("tripoli_libya", "Tripoli", 1, "LY", None),
    ("tripoli_libya", "Khoms", 0, "LY", None),
    ("tripoli_libya", "Zawiya", 0, "LY", None),
    ("tripoli_libya", "Misrata", 0, "LY", None),
    ("homs_syria", "Palmyra", 0, "SY", None),
    ("homs_syria", "Homs", 0, "SY", None),
    ("homs_syria", "Homs", 1, "SY", None),
    ("homs_syria", "Rastan", 0, "SY", None),
    ("homs_syria", "Tripoli", 0, "LB", None),  # "In Tripoli, in northern Lebanon"
    ("homs_syria", "Jordan", 0, "JO", "-"),
    ("georgia_state", "Georgia", 0, "US", "Georgia"),
    ("georgia_state", "Georgia", 1, "US", "Georgia"),
    ("georgia_state", "Albany", 0, "US", "Georgia"),
    ("georgia_state", "Dublin", 0, "US", "Georgia"),
    ("georgia_state", "Tallahassee", 0, "US", "Florida"),
    ("georgia_country", "Georgia", 0, "GE", "-"),
    ("georgia_country", "Georgia", 1, "GE", "-"),
    ("georgia_country", "Georgia", 3, "GE", "-"),
    ("georgia_country", "Batumi", 0, "GE", None),
    ("georgia_country", "Kutaisi", 0, "GE", None),
    # "And in Guaviare, ... near Calamar": the division that frames the sentence, not the
    # larger Calamar of Bolivar nearer the northern places of the bulletin
    ("calamar_colombia", "Calamar", 0, "CO", "Guaviare"),
    ("calamar_colombia", "Tibú", 0, "CO", "Norte de Santander"),
    # a country heading a section of a briefing places the section's towns in it
    ("regional_brief", "Zawiya", 0, "LY", None),
    ("regional_brief", "Tripoli", 0, "LY", None),
    ("regional_brief", "Tripoli", 1, "LB", None),  # "LEBANON: In Tripoli, ..."
    ("regional_brief", "Kirkuk", 0, "IQ", None),
    # a village with no population in the index, a few kilometres from a town the story
    # names, not the larger namesake of a neighbouring country
    ("euphrates_villages", "Al-Busayrah", 0, "SY", None),
    ("euphrates_villages", "Nawa", 0, "SY", None),
]

# Names in these articles that are not places here.
NOT_PLACES = [
    ("georgia_state", "Jordan"),  # "state Rep. Carol Jordan"
]


def _places(gaz, article: str, fast: bool):
    text = (ARTICLES / f"{article}.txt").read_text(encoding="utf-8")
    return text, find_places(text, gaz, fast=fast)


@pytest.fixture(scope="module", params=[False, True], ids=["default", "fast"])
def resolved(request, gaz):
    articles = {a for a, *_ in EXPECTED} | {a for a, _ in NOT_PLACES}
    return {a: _places(gaz, a, request.param) for a in sorted(articles)}


@pytest.mark.parametrize(("article", "name", "occurrence", "country", "admin1"), EXPECTED)
def test_namesake_resolves_to_the_place_meant(resolved, article, name, occurrence, country, admin1):
    text, places = resolved[article]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    place = next((p for p in places if p.start == start), None)
    assert place is not None, f"{name!r} (occurrence {occurrence}) not found as a place"
    assert place.country_code == country, (name, place)
    if admin1 == "-":
        assert place.feature == "country", (name, place)
    elif admin1 is not None:
        assert place.admin1 == admin1, (name, place)


@pytest.mark.parametrize(("article", "name"), NOT_PLACES)
def test_names_that_are_not_places_here(resolved, article, name):
    _text, places = resolved[article]
    assert name not in {p.text for p in places}
