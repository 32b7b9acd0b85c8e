"""Vows to carry a war somewhere, threats that name their victims, and demands for justice.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: a vow to "take the campaign to" a town threatens a fight there; a
side that will "treat as enemies any driver" or "treat anyone who works with
the army as a military target" threatens civilians; a threat in a sentence
that names one district is placed in that district; arrests only demanded
for an attack ("calling on police to arrest the killers") are no threatened
arrest; and a relative aside about the actor ("who have tried in recent
months to unite") does not make the event background; and a communique that
"would like to inform the public" or "wishes to clarify" that there was no
fighting tells a denial, not a plan.
"""

from __future__ import annotations

from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places

_ATTACK = "Rebels attacked Kessler on Monday, killing four soldiers. "


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS, regions={"Velmar": (11.5, 22.0)})


def _events(text: str, places=_places, date: str = "2026-04-14") -> list[Event]:
    return events_of(text, places, date)


def _threats(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location) for e in events if e.modality == "hypothetical"]


def test_a_vow_to_take_the_campaign_to_a_town_threatens_a_fight_there():
    events = _events(_ATTACK + "Rebel commanders have vowed to take their campaign to Harrow.")
    assert _threats(events) == [("Battles", "Harrow")]


def test_a_vow_to_bring_the_war_to_a_town_threatens_a_fight_there():
    events = _events(_ATTACK + 'A rebel spokesman said his men would "bring the war" to Harrow.')
    assert _threats(events) == [("Battles", "Harrow")]


def test_an_aside_about_the_actor_does_not_make_a_vow_background():
    events = _events(
        _ATTACK + "Rebel commanders, who have tried in recent months to unite their "
        "factions under one leader, have vowed to take their campaign to Harrow."
    )
    assert _threats(events) == [("Battles", "Harrow")]


def test_an_aside_about_the_actor_does_not_make_an_attack_background():
    events = _events(
        "Rebel fighters, who have clashed with the army in recent months, stormed Harrow "
        "on Monday, killing three soldiers."
    )
    assert [(e.event_type, e.location, e.modality) for e in events] == [
        ("Battles", "Harrow", "asserted")
    ]


def test_attacks_over_recent_months_stay_background():
    events = _events("Rebels have stormed Harrow several times in recent months.")
    assert events == []


def test_treating_any_driver_as_an_enemy_threatens_civilians():
    events = _events(
        _ATTACK + "The rebels said they would treat as enemies any driver carrying fuel "
        "on the roads of Velmar."
    )
    assert _threats(events) == [("Violence against civilians", "Velmar")]


def test_a_that_inside_the_threatened_phrase_keeps_its_civilian_target():
    # "during that period", "schools that stay open": the "that" is part of who is
    # threatened, not the start of the threat
    for threat in (
        "anyone who opens a shop during that period in Harrow will be 'treated as an enemy'",
        "schools in Harrow that stay open would be 'treated as enemy targets'",
    ):
        events = _events(_ATTACK + f"The rebels have warned that {threat}.")
        assert _threats(events) == [("Violence against civilians", "Harrow")], threat


def test_treating_anyone_who_works_with_the_army_as_a_target_threatens_civilians():
    events = _events(
        _ATTACK + "The rebels have warned that they will treat anyone who works with the "
        "army in Harrow as a military target."
    )
    assert _threats(events) == [("Violence against civilians", "Harrow")]


def _with_district(text: str) -> list[Place]:
    """The invented towns, and Harrow as a second-level district (an LGA, a county)."""
    places = []
    for place in _places(text):
        if place.name == "Harrow":
            place = Place(
                place.start, place.end, place.text, name="Harrow", geonameid=place.geonameid,
                feature="admin2", country_code=place.country_code, lat=place.lat,
                lon=place.lon, population=0,
            )  # fmt: skip
        places.append(place)
    return places


def test_a_threat_in_a_sentence_that_names_one_district_is_placed_there():
    events = _events(
        _ATTACK + "There is worry in Harrow as well: a bandit leader sent voice notes to "
        "village heads, threatening to attack any community that refuses to pay.",
        places=_with_district,
    )
    assert [loc for _type, loc in _threats(events)] == ["Harrow"]


def test_a_call_to_arrest_the_killers_is_no_threatened_arrest():
    events = _events(
        "Gunmen killed five farmers near Harrow on Monday, the state government said, "
        "calling on security agencies to arrest the killers."
    )
    assert [e.sub_event_type for e in events if e.modality == "hypothetical"] == []
    assert [(e.event_type, e.location) for e in events] == [
        ("Violence against civilians", "Harrow")
    ]


def test_arrests_still_to_follow_are_no_threatened_arrest():
    events = _events(
        "Police said 40 people had been arrested in Harrow for looting and that more "
        "arrests would follow."
    )
    assert [(e.sub_event_type, e.modality) for e in events] == [("Arrests", "asserted")]


def test_a_threat_to_arrest_whoever_breaks_a_rule_stays_a_threat():
    events = _events(
        _ATTACK + "Anyone found carrying weapons in Harrow after Friday will be arrested, "
        "the governor said."
    )
    assert [(e.sub_event_type, e.location) for e in events if e.modality == "hypothetical"] == [
        ("Arrests", "Harrow")
    ]


def test_a_communique_that_would_like_to_inform_tells_a_denial():
    events = _events(
        "The army would like to inform the public that, contrary to rumours on social "
        "media, there was no fighting in Harrow on Sunday."
    )
    assert [(e.event_type, e.location, e.modality) for e in events] == [
        ("Battles", "Harrow", "negated")
    ]


def test_a_communique_that_wishes_to_clarify_tells_a_denial():
    events = _events("The army wishes to clarify that there was no fighting in Harrow on Sunday.")
    assert [(e.location, e.modality) for e in events] == [("Harrow", "negated")]


def test_a_wish_to_retake_a_town_stays_hypothetical():
    events = _events(_ATTACK + "The army said it would like to retake Harrow before the rains.")
    assert [(e.location, e.modality) for e in events if e.location == "Harrow"] == [
        ("Harrow", "hypothetical")
    ]


def test_a_town_that_fell_into_the_hands_of_rebels_was_taken():
    events = _events("The town of Harrow fell into the hands of the rebels on Sunday.")
    assert [(e.event_type, e.location, e.modality) for e in events] == [
        ("Battles", "Harrow", "asserted")
    ]


def test_a_denied_rumour_that_a_town_fell_into_rebel_hands_is_negated():
    events = _events(
        "The ministry firmly denies the rumours according to which the town of Harrow had "
        "fallen into the hands of the rebels."
    )
    assert [(e.location, e.modality) for e in events] == [("Harrow", "negated")]


def test_documents_that_fell_into_the_hands_of_reporters_tell_no_takeover():
    events = _events("In Harrow, the documents fell into the hands of reporters on Sunday.")
    assert events == []
