"""Document-level event placement: where an event without a place of its own goes.

Short texts written for these tests; the geoparser's places are used.
"""

from __future__ import annotations

import pytest

from geomap.events import extract_events
from geomap.records import Document


@pytest.fixture(scope="module")
def run():
    import gazetteer
    from geomap.places import find_places

    gaz = gazetteer.load()

    def extract(text: str) -> list:
        doc = Document(id="t", text=text, date="2024-03-02")
        return extract_events(doc, find_places(doc, gaz))

    return extract


SHIPS = (
    "A cargo ship was hit by a drone boat in the Red Sea on Friday, the maritime agency said. "
    "Its crew was taken off by a passing warship.\n\n"
    "On Thursday, US aircraft struck a radar site near Hodeidah. Officials in Hodeidah said "
    "the strike killed two guards.\n\n"
    "The rebels warned that they would strike any vessel linked to the coalition."
)


def test_threat_to_ships_goes_to_the_sea_not_the_port(run):
    events = run(SHIPS)
    threats = [e for e in events if e.modality == "hypothetical"]
    assert threats, [(e.event_type, e.modality, e.location) for e in events]
    assert all(e.location == "Red Sea" for e in threats)
    assert "at sea" in (threats[0].geo_method or "")


def test_ship_placed_from_a_town_stays_at_the_town(run):
    text = (
        "Russian missiles struck Odesa's port on Tuesday, killing two workers, officials said. "
        "Odesa has been hit often this winter.\n\n"
        "A missile struck a cargo vessel about 10 km off Chornomorsk overnight, the navy said. "
        "It was the third ship hit in the Black Sea this month."
    )
    events = run(text)
    assert not any("at sea" in (e.geo_method or "") for e in events), [
        (e.event_type, e.location, e.geo_method) for e in events
    ]
