"""Where an event goes when its sentence gives its place only indirectly.

Articles written for these tests: about invented towns
(:data:`tests.event_fixtures.INVENTED_TOWNS`, places built by hand), or
about real regions with the geoparser's places.
"""

from __future__ import annotations

from event_fixtures import INVENTED_TOWNS, events_of, hand_places

from geomap.events import extract_events
from geomap.records import Document

DISTANCE = (
    "HARROW - Government troops retook Dunmore on Sunday after a week of fighting, the army "
    "said.\n\n"
    "Separately, the air force said it had carried out an air strike against rebel fighters "
    "about 40 kilometres from Kessler on Monday."
)


def _towns(text):
    return hand_places(text, INVENTED_TOWNS)


def test_a_distance_from_a_town_places_the_event_near_it():
    events = events_of(DISTANCE, _towns, "2025-03-12")
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert [(e.location, e.geo_precision) for e in strikes] == [("Kessler", 2)], [
        (e.event_type, e.location, e.geo_method) for e in events
    ]


REGION = (
    "MANDALAY - A military jet dropped two bombs on a monastery in Myanmar's Magway region on "
    "Friday, killing at least 14 people, according to residents and a local official."
)


def test_an_event_without_a_town_goes_to_the_region_its_sentence_names():
    import gazetteer
    from geomap.places import find_places

    doc = Document(id="t", text=REGION, date="2025-03-12")
    events = extract_events(doc, find_places(doc, gazetteer.load()))
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence"]
    # the region the sentence sets it in, not the dateline's town
    assert [(e.location, e.geo_precision) for e in strikes] == [("Magway", 3)], [
        (e.event_type, e.location, e.geo_method) for e in events
    ]


def _with_region(text):
    return hand_places(text, INVENTED_TOWNS, regions={"Velmora": (10.4, 20.3)})


def test_a_region_inside_a_movement_name_sets_no_event():
    from geomap.events.places import sentence_region

    text = "Leaders of the Velmora for the Homeland movement marched with supporters."
    assert sentence_region(text, 0, _with_region(text)) is None
    text = "Fighting raged in northern Velmora."
    assert sentence_region(text, 0, _with_region(text)).name == "Velmora"
