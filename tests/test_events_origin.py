"""Movement origins: a town the fighters came from, never a whole country."""

from __future__ import annotations

from conftest import REPO

import geomap
from geomap.readers import read_documents
from geomap.records import Document


def test_origin_of_a_movement_is_the_town_it_came_from(gaz):
    text = "Islamic State fighters who came from Raqqa attacked Palmyra on Sunday."
    [event] = geomap.extract([Document(id="m", text=text, date="2016-12-12")], gazetteer=gaz)
    assert (event.location, event.origin_location) == ("Tadmur", "Ar Raqqah")
    assert event.origin_latitude is not None


def test_no_example_event_draws_a_line_from_a_country(gaz):
    events = geomap.extract(read_documents([REPO / "examples/articles.jsonl"]), gazetteer=gaz)
    origins = [e.origin_location for e in events if e.origin_location]
    for origin in origins:
        assert all(entry.feature != "country" for entry in gaz.lookup(origin)[:1])
