"""Who did it, when and where, read from the clause that tells it.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: the subject of a relative clause is the noun it hangs on; a date
inside a clause about another noun does not date the event, and a plan's day
is the next one of that name; a back-reference that refers to nothing told
before takes its sentence's frame; a place given by a distance and a bearing,
or as part of the town named before, is the event's place, and so, when
nothing else places it, is the home of the people it killed; shots fired at
people, and strikes on hideouts in a town, need no weapon named; "would not
hesitate to strike" is a threat, whose condition's weapon ("until the drones
stop") does not type it, and "dismissed as invention" a denial; people
marched into the bush are abducted.
"""

from __future__ import annotations

from geomap.events.dates import resolve_date
from geomap.events.triggers import find_triggers
from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds

_REGIONS = {"Velmar": (11.5, 21.5)}


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS, regions=_REGIONS)


def _events(text: str, date: str = "2026-05-17") -> list[Event]:
    return events_of(text, _places, date)


# ------------------------------------------------------------ relative clauses


def test_marchers_named_by_a_relative_clause_are_the_crowd_not_the_police_before_them():
    events = _events(
        "In Dunmore, police used water cannon against university students who were "
        "marching towards the governor's office. Several students were detained."
    )
    protests = [e for e in events if e.event_type == "Protests" and e.location == "Dunmore"]
    assert protests, kinds(events)
    assert protests[0].actor1 is not None and protests[0].actor1.startswith("Protesters")


def test_supporters_who_marched_through_a_town_under_tear_gas_protested_there():
    events = _events(
        "In Kessler, police fired tear gas at supporters of the former governor who "
        "marched through the town on Friday. Several people were hurt."
    )
    assert ("Protests", "asserted", "Kessler") in kinds(events)


# ------------------------------------------------------------ dates of other clauses


def test_a_date_in_a_clause_about_another_noun_does_not_date_the_event():
    sentence = (
        "Protesters gathered again on the main avenue of Dunmore for another evening of "
        "the daily rallies against the council that began in November 2024."
    )
    when = resolve_date(sentence, "2026-05-17", anchor=0)
    assert when.date == "2026-05-17"


def test_a_date_in_the_clause_right_after_the_trigger_is_the_events_own():
    sentence = "The clashes that broke out in March 2024 killed forty people in Dunmore."
    when = resolve_date(sentence, "2026-05-17", anchor=4)
    assert when.date == "2024-03-15"


def test_todays_rally_is_not_background_for_the_year_its_movement_began():
    events = _events(
        "Protesters gathered again on the main avenue of Dunmore for another evening of "
        "the daily rallies against the council that began in November 2024. Numbers were "
        "small and the rally was peaceful."
    )
    assert ("Protests", "asserted", "Dunmore") in kinds(events)


def test_a_planned_march_is_dated_on_the_next_day_and_weekday_it_names():
    events = _events(
        "The opposition said it would hold a march in Dunmore on 26 May. Students will "
        "rally in Kessler on Tuesday."
    )
    dates = {e.location: e.event_date for e in events if e.modality == "hypothetical"}
    assert dates == {"Dunmore": "2026-05-26", "Kessler": "2026-05-19"}


def test_a_threat_keeps_the_past_weekday_it_calls_last():
    when = resolve_date(
        "They would attack Dunmore again, as they did last Tuesday.",
        "2026-05-17",
        anchor=11,
        ahead=True,
    )
    assert when.date == "2026-05-12"


def test_a_march_told_as_done_keeps_the_last_weekday_it_names():
    events = _events("Students rallied in Kessler on Tuesday.")
    assert [e.event_date for e in events] == ["2026-05-12"]


# ------------------------------------------------------------ back-references with a frame


def test_a_back_reference_told_of_nothing_before_takes_its_sentences_frame():
    events = _events(
        "18:30 - Thousands are marching through central Dunmore for the tenth night of "
        "protests against the council. The march has been peaceful so far.\n\n"
        "19:05 - Velmar: Police say 46 people are being held over last Sunday's riot at "
        "the provincial court, when supporters of the jailed governor smashed windows."
    )
    riots = [e for e in events if e.event_type == "Riots"]
    assert riots, kinds(events)
    assert {e.location for e in riots} == {"Velmar"}


# ------------------------------------------------------------ distance and bearing


def test_a_village_given_by_distance_and_bearing_from_a_town_is_placed_near_it():
    events = _events(
        "Suspected jihadists killed seven villagers in a hamlet about 40 kilometres west "
        "of Dunmore on Sunday."
    )
    attacks = [e for e in events if e.event_type == "Violence against civilians"]
    assert [e.location for e in attacks] == ["Dunmore"]
    assert attacks[0].geo_precision == 2


def test_a_town_described_by_its_distance_from_another_is_not_that_other_town():
    events = _events(
        "Fighters arrived on motorbikes and opened fire on men digging a trench on the "
        "edge of Ostin, which lies about 40 kilometres north of Kessler."
    )
    assert "Kessler" not in {e.location for e in events}


def test_a_scene_in_the_north_of_the_city_is_part_of_the_town_named_before():
    events = _events(
        "Police in Dunmore say gunmen killed seven people and wounded three at a pool hall "
        "in the north of the city on Saturday night."
    )
    attacks = [e for e in events if e.event_type == "Violence against civilians"]
    assert [(e.location, e.geo_precision) for e in attacks] == [("Dunmore", 2)]


def test_a_villager_killed_is_placed_at_his_village_when_nothing_else_places_it():
    events = _events(
        "Soldiers repelled an attack on an army base in Harrow on Monday.\n\nIn a separate "
        "incident, fighters killed a villager from Ostin on the night of 19 August, accusing "
        "him of being an army informer.",
        date="2026-08-25",
    )
    assert ("Violence against civilians", "asserted", "Ostin") in kinds(events)


def test_the_home_of_the_victims_does_not_outrank_the_scene_named():
    events = _events(
        "Gunmen shot dead two traders from Kessler who were travelling to the market in Dunmore.",
        date="2026-08-25",
    )
    attacks = [e for e in events if e.event_type == "Violence against civilians"]
    assert [e.location for e in attacks] == ["Dunmore"]


# ------------------------------------------------------------ shots at people


def test_shots_fired_on_farmers_are_an_attack_without_a_weapon_named():
    events = _events(
        "In Velmar, unidentified gunmen fired on farmers working in paddy fields near "
        "Ostin on Tuesday afternoon. Nobody was hurt, a police statement said."
    )
    assert ("Violence against civilians", "asserted", "Ostin") in kinds(events)


def test_anyone_who_fired_on_civilians_is_no_attack():
    events = _events("Anyone who fired on civilians in Harrow will be arrested, the minister said.")
    assert not [e for e in events if e.event_type == "Violence against civilians"]


# ------------------------------------------------------------ threats


def test_would_not_hesitate_to_strike_is_a_threat_not_a_denial():
    events = _events(
        "The defence minister said the army would not hesitate to strike militant "
        "hideouts in Harrow again."
    )
    assert ("Explosions/Remote violence", "hypothetical", "Harrow") in kinds(events)


def test_a_strike_on_hideouts_in_a_town_needs_no_weapon_named():
    events = _events("The army said it had struck militant hideouts in Kessler on Monday.")
    assert ("Explosions/Remote violence", "asserted", "Kessler") in kinds(events)


def test_a_threat_to_target_a_base_of_a_named_owner_in_a_town_needs_no_weapon_named():
    events = _events(
        "The militants also threatened to target the Peace Mission's main base in Kessler."
    )
    assert ("Battles", "hypothetical", "Kessler") in kinds(events)


def test_workers_who_strike_at_factories_are_no_air_strike():
    events = _events("Workers will strike at two factories in Dunmore next week.")
    assert not [e for e in events if e.event_type == "Explosions/Remote violence"]


def test_hideouts_targeted_are_struck_from_afar():
    events = _events(
        "The minister said terrorist hideouts will be targeted wherever they are, including "
        "in Kessler."
    )
    assert ("Explosions/Remote violence", "hypothetical", "Kessler") in kinds(events)
    events = _events("The army targeted militant hideouts near Dunmore overnight.")
    assert ("Explosions/Remote violence", "asserted", "Dunmore") in kinds(events)
    # the participle after an operation tells its aim: a ground operation
    events = _events(
        "The army carried out an operation in the outskirts of Dunmore, targeting hideouts "
        "of the rebels; 27 rebels were killed."
    )
    assert ("Explosions/Remote violence", "asserted", "Dunmore") not in kinds(events)


def test_a_walkout_named_strike_is_no_attack():
    events = _events(
        "Looters ransacked shops in Dunmore after a police strike left Kessler without power."
    )
    assert not [e for e in events if e.event_type == "Explosions/Remote violence"]
    events = _events("The army strike on Dunmore killed five.")
    assert ("Explosions/Remote violence", "asserted", "Dunmore") in kinds(events)


def test_the_weapon_of_a_threats_condition_does_not_type_the_threat():
    events = _events(
        "In an audio message, the rebel deputy promised attacks on army garrisons across "
        'Kessler "until the drones stop".'
    )
    assert kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_rumours_dismissed_as_invention_are_a_denial():
    events = _events(
        'The government dismissed as "pure invention" rumours that jihadists had entered '
        "Kessler this week, saying life in the town was normal."
    )
    assert [(e.location, e.modality) for e in events] == [("Kessler", "negated")]


# ------------------------------------------------------------ abductions


def test_worshippers_marched_into_the_bush_were_abducted():
    text = (
        "Gunmen on motorbikes surrounded a mosque in Dunmore during Friday prayers and "
        "marched at least 20 worshippers into the bush."
    )
    assert any(t.entry.trigger_class == "abduction" for t in find_triggers(text))
    assert (
        "Violence against civilians",
        "asserted",
        "Dunmore",
    ) in kinds(_events(text))
