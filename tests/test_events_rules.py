"""Document-level rules of the extractor: restatements, back-references, background, conditions."""

from __future__ import annotations

import re

from geomap.events import extract_events
from geomap.records import Document, Place

TOWNS = {"Dori": (14.03, -0.03), "Djibo": (14.1, -1.63), "Kaya": (13.09, -1.08)}


def _doc(text: str, date: str = "2024-03-09") -> tuple[Document, list[Place]]:
    places = []
    for gid, (name, (lat, lon)) in enumerate(TOWNS.items(), start=1):
        for match in re.finditer(name, text):
            places.append(
                Place(match.start(), match.end(), name, name=name, geonameid=gid, feature="city",
                      country_code="BF", admin1="Sahel", lat=lat, lon=lon)
            )  # fmt: skip
    return Document(id="bf", text=text, date=date), sorted(places, key=lambda p: p.start)


def _events(text: str, **kw):
    doc, places = _doc(text, **kw)
    return extract_events(doc, places)


def test_a_strike_and_its_killing_are_one_event():
    (event,) = _events("An air strike hit the market in Dori on Friday, killing 12 civilians.")
    assert event.event_type == "Explosions/Remote violence"
    assert event.fatalities == 12


def test_definite_reference_counts_as_a_mention_not_a_new_event():
    text = (
        "Militants attacked an army post in Djibo on Friday. "
        "No group has claimed the attack, officials said."
    )
    (event,) = _events(text)
    assert event.modality == "asserted" and event.mentions == 2


def test_old_events_and_tolls_to_date_are_background():
    text = (
        "Militants attacked an army post in Djibo on Friday. "
        "The same post was attacked in Djibo on 3 March 2022. "
        "The insurgency has killed thousands in Kaya since 2015."
    )
    events = _events(text)
    assert [e.geonameid for e in events] == [2]
    assert events[0].event_date == "2024-03-08"


def test_condition_is_not_an_event():
    text = "The junta said it would bomb Djibo if militants attacked Kaya again."
    events = _events(text)
    assert [(e.location, e.modality) for e in events] == [("Djibo", "hypothetical")]


def test_standing_ceasefire_is_not_a_new_agreement():
    assert _events("Militants attacked Dori despite the ceasefire.")[0].event_type != (
        "Strategic developments"
    )
    assert not [
        e for e in _events("Shooting was heard in Kaya despite a truce.")
        if e.sub_event_type == "Agreement"
    ]  # fmt: skip


def test_no_fighting_turns_a_capture_into_a_peaceful_transfer():
    text = (
        "Government troops entered Kaya on Friday. "
        "Residents said there had been no fighting in the town."
    )
    kinds = {(e.event_type, e.modality) for e in _events(text)}
    assert ("Strategic developments", "asserted") in kinds
    assert ("Battles", "negated") in kinds
    assert ("Battles", "asserted") not in kinds


def test_places_listed_together_each_get_the_event():
    events = _events("Jihadists attacked Dori and Djibo on Friday.")
    assert sorted(e.location for e in events) == ["Djibo", "Dori"]


def test_noun_reading_of_a_verb_form_is_kept():
    # "shelling" is both a form of the verb "shell" and a noun of the lexicon
    (event,) = _events("No shelling was reported in Kaya on Friday.")
    assert (event.event_type, event.modality) == ("Explosions/Remote violence", "negated")


def test_a_strike_by_named_forces_needs_no_weapon_word():
    (event,) = _events("A Burkinabe strike on a house in Dori killed five people.")
    assert event.event_type == "Explosions/Remote violence"


def test_losing_a_town_is_the_other_side_taking_it():
    (event,) = _events("Government forces lost control of Djibo after heavy fighting.")
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_calls_for_protests_are_plans():
    (event,) = _events("Opposition leaders called for protests in Kaya on Saturday.")
    assert (event.modality, event.modality_detail) == ("hypothetical", "plan")


def test_events_of_past_years_and_since_clauses_are_background():
    assert _events("The group was driven out of Djibo in 2017.") == []
    assert _events("Since the army withdrew from Kaya, the town has been calm.") == []
    # a year used as a comparison does not date the event
    (event,) = _events("Jihadists attacked Dori on Friday, the deadliest raid since 2019.")
    assert event.event_date == "2024-03-08"


def test_who_fears_a_target_is_not_the_target():
    events = _events(
        "Rebels captured Djibo on Monday after two days of fighting. "
        "Residents fear Kaya will be the next target."
    )
    threats = [e for e in events if e.modality == "hypothetical"]
    assert [(e.event_type, e.location) for e in threats] == [("Battles", "Kaya")]
