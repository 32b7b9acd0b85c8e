"""How an account is read: who an attack is blamed on, what a bare "attack" announced,
tallies over several regions, what was burned, vows to go back, arrests at a protest.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "an attack blamed on armed herders": the herders did it, they are not its target;
- "there has been another deadly attack" followed by the account ("gunmen killed
  nine villagers") is one event, of the kind the account tells;
- "22 drones over the Kessler region and 15 over the Harrow region": one event in each;
- burning "a small chapel and about 20 houses" or "two motorcycles" is destruction;
- "we will go back into Dunmore" is a vow; "will flush the bandits out" a planned fight;
- "their destroyed homes" says what the homes are, it tells no strike;
- people detained after a protest, with no place of their own, are its intervention;
- men "rounded up and shot" were killed, not arrested; gunmen firing on a bar's
  customers attack civilians;
- "terrorists" the army says it "neutralised" fought back (so the claim folds into
  the drone strike it answers); kidnappings that "have become frequent" are no event;
- a denial answers a claim about its own town, not a fight at a village the index
  lacks that was given that town's point;
- "In Balochistan, gunmen stopped a bus near Zhob": the town inside the framing region,
  not one named after a semicolon ("...; the diocese of Pemba said");
- artillery "pounded" a town (shelling), rain did not; a birthday party is civilian;
- "the airport compound in Mogadishu" names its town: it refers to no town told before;
- a missile fired at a town and intercepted, in one sentence, is a disrupted weapon use
  there, unless part of the salvo got through.
"""

from __future__ import annotations

from dataclasses import replace

from geomap.events.coding import code_event
from geomap.events.dedupe import same_event
from geomap.events.triggers import find_triggers
from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds, located_battle

VAC = "Violence against civilians"
SD = "Strategic developments"


def _places(text: str) -> list[Place]:
    regions = {"Kessler region": (10.7, 20.5), "Harrow region": (13.0, 23.6)}
    towns = {k: v for k, v in INVENTED_TOWNS.items() if k not in ("Kessler", "Harrow")}
    if "region" not in text:
        towns = INVENTED_TOWNS
        regions = {}
    return hand_places(text, towns, regions=regions)


def _events(text: str, date: str = "2025-05-12") -> list[Event]:
    return events_of(text, _places, date)


def test_an_attack_blamed_on_armed_men_is_theirs_against_villagers():
    events = _events(
        "Eleven villagers were killed in an attack blamed on armed herders in Dunmore on "
        "Sunday, the council chairman said."
    )
    assert kinds(events) == {(VAC, "asserted", "Dunmore")}, [
        (e.event_type, e.actor1, e.actor2) for e in events
    ]
    assert events[0].actor1 is not None and events[0].actor2 is None


def test_a_bare_attack_announcing_the_account_is_that_event():
    events = _events(
        "And in Dunmore there has been another deadly attack. Yes. Gunmen killed nine "
        "villagers in Dunmore on Saturday night, the council chairman said."
    )
    assert kinds(events) == {(VAC, "asserted", "Dunmore")}, [
        (e.event_type, e.trigger) for e in events
    ]


def test_an_attack_with_a_named_side_is_not_folded_into_the_next_account():
    events = _events(
        "Rebels attacked an army post in Dunmore on Saturday. Gunmen killed nine villagers "
        "in Dunmore the same night, the council chairman said."
    )
    assert {e.event_type for e in events} == {"Battles", VAC}, [
        (e.event_type, e.trigger) for e in events
    ]


def test_a_tally_of_drones_over_two_regions_is_an_event_in_each():
    events = _events(
        "The defence ministry says its air defences destroyed 40 drones overnight, "
        "including 22 over the Kessler region and 15 over the Harrow region."
    )
    assert {(e.sub_event_type, e.location) for e in events} == {
        ("Disrupted weapons use", "Kessler region"),
        ("Disrupted weapons use", "Harrow region"),
    }, [(e.sub_event_type, e.location) for e in events]


def test_burning_a_chapel_and_houses_or_vehicles_is_destruction():
    for text in (
        "On Wednesday, insurgents burned a small chapel and about 20 houses in Dunmore.",
        "Armed men burned two motorcycles and a truck near Dunmore on Saturday.",
    ):
        events = _events(text)
        assert kinds(events) == {(SD, "asserted", "Dunmore")}, (text, kinds(events))
        assert events[0].sub_event_type == "Looting/property destruction"


def test_a_vow_to_go_back_into_a_lost_town_is_hypothetical():
    events = _events("Our unit left Dunmore in the winter. But we will go back into Dunmore.")
    assert ("Battles", "hypothetical", "Dunmore") in kinds(events), kinds(events)
    assert not [e for e in events if e.modality == "asserted"]


def test_troops_who_will_flush_bandits_out_plan_a_fight():
    events = _events(
        "The governor says troops will flush the bandits out of the forests around Dunmore "
        "within two weeks."
    )
    assert kinds(events) == {("Battles", "hypothetical", "Dunmore")}, kinds(events)


def test_destroyed_homes_describe_the_homes_and_tell_no_strike():
    events = _events(
        "Relatives said the men were gathering firewood near their destroyed homes in "
        "Dunmore when they were arrested by soldiers."
    )
    assert all(e.event_type != "Explosions/Remote violence" for e in events), [
        (e.event_type, e.trigger) for e in events
    ]


def test_people_detained_after_a_protest_are_its_intervention():
    events = _events(
        "Thousands of students marched in Dunmore on Saturday against the new tax. Police "
        "said 14 officers were hurt and 11 people were detained."
    )
    assert [(e.event_type, e.sub_event_type, e.location) for e in events] == [
        ("Protests", "Protest with intervention", "Dunmore")
    ]


def test_arrests_with_a_place_of_their_own_stay_an_event():
    events = _events(
        "Thousands of students marched in Dunmore on Saturday against the new tax. Police "
        "detained 11 people in Kessler the same day."
    )
    assert (SD, "asserted", "Kessler") in kinds(events), kinds(events)


def test_men_rounded_up_and_shot_were_killed_not_arrested():
    events = _events(
        "Gunmen on motorcycles rounded up men in the square of Dunmore and shot them, "
        "accusing them of cooperating with the army."
    )
    assert kinds(events) == {(VAC, "asserted", "Dunmore")}, [
        (e.event_type, e.trigger) for e in events
    ]


def test_gunmen_firing_on_customers_of_a_bar_attack_civilians():
    events = _events(
        "Gunmen burst into a bar in Dunmore late on Wednesday and opened fire on customers, "
        "killing six people."
    )
    assert kinds(events) == {(VAC, "asserted", "Dunmore")}, [
        (e.event_type, e.trigger) for e in events
    ]


def test_terrorists_the_army_says_it_neutralised_fought_back():
    sentence = 'The army said in a statement that it had "neutralised terrorists" in the area.'
    (trigger,) = [t for t in find_triggers(sentence) if t.text.startswith("neutralised")]
    coding = code_event(trigger.entry, sentence, (trigger.start, trigger.end), None, None, "ML")
    # a battle, so that it folds into the drone strike the army tells this way
    assert coding.event_type == "Battles", coding


def test_kidnappings_spoken_of_as_a_plague_are_no_event():
    for text in (
        "Kidnappings for ransom have become frequent along the main highway north of Dunmore.",
        "Students marched in Dunmore against the rising number of kidnappings in the region.",
    ):
        events = _events(text)
        assert all(e.event_type != VAC for e in events), (text, kinds(events))


def test_the_unrest_a_watchdog_monitors_is_no_riot():
    text = (
        "Police fired tear gas at protesters in Dunmore on Monday, according to the Dunmore "
        "Peace Project, a group that monitors the unrest."
    )
    events = _events(text)
    assert [e.event_type for e in events] == ["Protests"], kinds(events)


def test_what_a_platform_or_a_live_blog_follows_is_no_event():
    for text in (
        "Police fired tear gas at marchers in Dunmore, a civil society platform monitoring "
        "the unrest said.",
        "Today we are following protests and unrest in Kessler and Harrow.",
    ):
        events = _events(text)
        assert all(e.event_type != "Riots" for e in events), (text, kinds(events))
        assert all(e.location != "Kessler" for e in events), (text, kinds(events))


def test_a_denial_does_not_fold_into_a_fight_at_a_village_given_the_towns_point():
    # Yuai, a village the index lacks, was given the point of Malakal, a town named in
    # the next paragraph; "reports that its forces entered Malakal" are denied
    village = located_battle(
        event_id="1", geonameid=None, location="Yuai", extra={"class": "territory", "sentence": 2}
    )
    denied = located_battle(
        event_id="2",
        sub_event_type="Non-state actor overtakes territory",
        modality="negated",
        modality_detail="denial",
        extra={"class": "territory", "sentence": 4},
    )
    assert not same_event(village, denied)
    assert same_event(replace(village, geonameid=1, location="Dunmore"), denied)


def _with_region(text: str) -> list[Place]:
    """Dunmore and Kessler lie in the Merrow region; Harrow does not."""
    places = hand_places(text, INVENTED_TOWNS, regions={"Merrow region": (11.0, 21.0)})
    inside = ("Merrow region", "Dunmore", "Kessler")
    return [
        replace(p, admin1="Merrow region" if p.name in inside else "Harrow region") for p in places
    ]


def test_a_town_named_inside_the_region_that_opens_the_sentence_is_the_place():
    text = (
        "In Merrow region, gunmen stopped a passenger bus on the highway near Dunmore and shot "
        "dead three men after checking their identity cards, officials said."
    )
    events = events_of(text, _with_region, "2025-05-12")
    assert [(e.event_type, e.location) for e in events] == [(VAC, "Dunmore")]


def test_a_town_of_another_region_does_not_replace_the_frame():
    text = (
        "In Merrow region, gunmen stopped a passenger bus on the highway near Harrow and shot "
        "dead three men after checking their identity cards, officials said."
    )
    events = events_of(text, _with_region, "2025-05-12")
    assert [(e.event_type, e.location) for e in events] == [(VAC, "Merrow region")]


def test_a_town_of_another_clause_does_not_replace_the_frame():
    text = (
        "In Merrow region, a chapel was burned down on Thursday night; the diocese of "
        "Dunmore said it was the worst attack on a church this year."
    )
    events = events_of(text, _with_region, "2025-05-12")
    assert [(e.event_type, e.location) for e in events] == [(SD, "Merrow region")]


def test_artillery_pounding_a_town_is_shelling_and_rain_pounding_it_is_weather():
    events = _events("Russian artillery pounded Dunmore for several hours overnight.")
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Dunmore")}
    assert _events("Heavy rain pounded Dunmore through the night, flooding roads.") == []


def test_gunmen_firing_on_a_birthday_party_attack_civilians():
    events = _events(
        "Gunmen opened fire on a birthday party in Dunmore on Saturday night, the prosecutor said."
    )
    assert kinds(events) == {(VAC, "asserted", "Dunmore")}, kinds(events)


def test_the_airport_of_a_town_named_after_it_is_no_anaphor():
    events = _events(
        "Rebels attacked an army base in Dunmore on Tuesday, killing 12 soldiers. Late on "
        "Wednesday, two mortar rounds landed near the airport compound in Kessler, wounding "
        "a security guard, police said."
    )
    shelling = [e.location for e in events if e.event_type == "Explosions/Remote violence"]
    assert shelling == ["Kessler"], [(e.event_type, e.location, e.geo_method) for e in events]


def test_a_missile_fired_at_a_town_and_intercepted_is_a_disrupted_weapon_use():
    events = _events(
        "The rebels said they had fired a ballistic missile at Dunmore; the military said "
        "the missile was intercepted before it reached the city."
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Disrupted weapons use", "Dunmore")
    ], [(e.sub_event_type, e.location) for e in events]


def test_rockets_partly_intercepted_or_that_hurt_people_are_still_a_strike():
    for text in (
        "The rebels said they had fired a barrage of rockets at Dunmore; the military said "
        "most of them were intercepted and that two people were lightly hurt.",
        "Overnight the rebels launched 60 drones at Dunmore, the army says; 48 drones were "
        "shot down.",
    ):
        events = _events(text)
        assert ("Explosions/Remote violence", "asserted", "Dunmore") in kinds(events), (
            text,
            kinds(events),
        )
