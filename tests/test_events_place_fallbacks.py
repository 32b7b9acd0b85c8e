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


SCENE = (
    "HARROW - Security forces carried out a search operation in the general area of Kessler "
    "on Tuesday after reports that militants had gathered there. During the operation, troops "
    "engaged the militants' hideout and killed six of them after an intense exchange of fire, "
    "the army said."
)
SPEAKER = (
    "OSTIN - A health ministry spokesman in Dunmore said on Wednesday that the toll had risen. "
    "Gunmen opened fire on a bus carrying farm workers on Tuesday night, killing four "
    "passengers, he said."
)


def test_an_action_without_a_place_continues_the_scene_of_the_sentence_before():
    events = events_of(SCENE, _towns, "2025-03-12")
    # the operation's area, not the dateline's town
    assert [(e.event_type, e.location, e.geo_precision) for e in events] == [
        ("Battles", "Kessler", 2)
    ], [(e.event_type, e.location, e.geo_method) for e in events]


def test_where_a_speaker_is_sets_no_scene():
    events = events_of(SPEAKER, _towns, "2025-03-12")
    assert all(e.location != "Dunmore" for e in events), [
        (e.location, e.geo_method) for e in events
    ]


TRANSCRIPT = (
    "PRESENTER: Good morning. We start in Dunmore, where the army says it repelled an attack.\n\n"
    "CORRESPONDENT: Rebel fighters attacked the army barracks in Dunmore late on Sunday. The "
    "army says the assault was repelled after three hours of fighting in Dunmore.\n\n"
    "PRESENTER: And finally, Ostin, where traders protested yesterday.\n\n"
    "CORRESPONDENT: Several hundred market traders marched to the governor's office to protest "
    "against the new taxes. It was peaceful."
)


def test_a_paragraph_without_a_place_goes_on_with_the_event_told_just_before():
    events = events_of(TRANSCRIPT, _towns, "2025-03-12")
    protests = [(e.location, e.mentions) for e in events if e.event_type == "Protests"]
    # the presenter's line and the correspondent's report are one protest, at Ostin,
    # not at Dunmore, the town the story names most
    assert protests == [("Ostin", 2)], [(e.event_type, e.location, e.geo_method) for e in events]


RESIDENTS = (
    "DUNMORE - Rebels attacked an army post in Dunmore on Saturday, and fighting went on in "
    "Dunmore until dawn.\n\n"
    "Residents of a farming village near Kessler said gunmen on motorcycles rode in on Sunday "
    "afternoon and abducted 18 people working on their farms."
)


def test_residents_of_a_village_near_a_town_tell_where_it_happened():
    events = events_of(RESIDENTS, _towns, "2025-03-12")
    abductions = [e.location for e in events if e.event_type == "Violence against civilians"]
    assert abductions == ["Kessler"], [(e.event_type, e.location, e.geo_method) for e in events]
