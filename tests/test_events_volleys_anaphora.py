"""A weapon that names an attack, volleys at a whole country, "the town" told next.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: "a guided-bomb attack that killed two people" is a strike, not an
assault by men on the ground, even when the dead are civilians; drones fired
"at" a whole country are a volley told where its strikes hit, not an event
at the country (a strike on a base "in" the country stays); "an assault on
the town" means the town named just before it, unless that town is only
where someone spoke; a denial of another side's claim ("rejects the rebels'
claim that ...") or one that answers a strike told just before ("denies
targeting civilians") leaves the event asserted, as only events nobody
asserts are negated.
"""

from __future__ import annotations

import pytest

from geomap.events.coding import instrument
from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds

REMOTE = "Explosions/Remote violence"


def _places(text: str) -> list[Place]:
    towns = hand_places(text, INVENTED_TOWNS)
    country = [
        Place(i, i + len("Sudan"), "Sudan", name="Sudan", geonameid=366755, feature="country",
              country_code="SD", lat=15.0, lon=30.0, population=40_000_000)
        for i in range(len(text))
        if text.startswith("Sudan", i)
    ]  # fmt: skip
    return sorted([*towns, *country], key=lambda p: p.start)


def _events(text: str, date: str = "2025-03-14") -> list[Event]:
    return events_of(text, _places, date)


def test_an_attack_named_by_its_weapon_is_a_strike_whoever_it_killed():
    events = _events(
        "Rebels pressed their offensive on Monday, with a guided-bomb attack on Kessler that "
        "killed three people, officials said."
    )
    assert (REMOTE, "asserted", "Kessler") in kinds(events)
    assert ("Violence against civilians", "asserted", "Kessler") not in kinds(events)


def test_a_hyphen_joins_the_words_of_a_weapon():
    assert instrument("a guided-bomb attack on the market") == "airstrike"
    assert instrument("a roadside-bomb blast") == "ied"
    assert instrument("an anti-aircraft gun") is None


def test_gunmen_attacking_a_village_and_killing_residents_stay_an_attack_on_civilians():
    events = _events("Gunmen attacked Kessler on Monday, killing six residents, officials said.")
    assert ("Violence against civilians", "asserted", "Kessler") in kinds(events)


def test_a_volley_at_a_whole_country_is_not_an_event_at_the_country():
    events = _events(
        "Overnight the rebels fired 45 drones at Sudan, the army said; 38 were shot down. "
        "Most of the attack targeted Harrow, where a drone hit a fuel depot."
    )
    assert not any(e.location == "Sudan" and e.modality == "asserted" for e in events)
    assert (REMOTE, "asserted", "Harrow") in kinds(events)
    assert not any(e.location == "Harrow" and e.modality == "hypothetical" for e in events)


@pytest.mark.parametrize(
    "volley",
    [
        "Rebel drones attacked eastern Sudan overnight, the army said.",
        "Reports are coming in of a large drone attack on northern and central Sudan overnight.",
    ],
)
def test_a_volley_on_part_of_a_country_is_not_an_event_at_the_country(volley):
    events = _events(f"{volley} In Harrow, a drone hit a fuel depot.")
    assert not any(e.location == "Sudan" and e.modality == "asserted" for e in events)
    assert (REMOTE, "asserted", "Harrow") in kinds(events)


def test_a_strike_on_a_site_in_a_country_stays_at_the_country():
    events = _events("Two days ago a drone attack killed three soldiers at a remote base in Sudan.")
    assert (REMOTE, "asserted", "Sudan") in kinds(events)


def test_a_threat_against_a_whole_country_stays():
    events = _events("The rebel leader vowed to fire missiles at Sudan if the blockade went on.")
    assert any(e.location == "Sudan" and e.modality == "hypothetical" for e in events)


def test_the_town_is_the_town_named_just_before():
    events = _events(
        "Rebels shelled the market in Kessler on Sunday, killing four traders. The army still "
        "holds a garrison in Harrow. Aid agencies warn that an assault on the town would cut "
        "the last road out of the valley."
    )
    threats = [e for e in events if e.modality == "hypothetical"]
    assert [e.location for e in threats] == ["Harrow"]


def test_the_town_is_not_the_town_where_a_minister_spoke():
    events = _events(
        "Armed youths overran an army base in Kessler on Monday after a day of fighting. The "
        "defence minister told reporters in Harrow that several officers were missing. He said "
        "the army hoped to retake the town within days."
    )
    threats = [e for e in events if e.modality == "hypothetical"]
    assert [e.location for e in threats] == ["Kessler"]


def test_rejecting_another_sides_claim_leaves_the_claim_asserted():
    events = _events(
        "The army rejects the rebels' claim that soldiers fired on a farm hut in Kessler on "
        "Monday and killed a farmer."
    )
    assert any(e.location == "Kessler" and e.modality == "asserted" for e in events)
    assert not any(e.modality == "negated" for e in events)


def test_a_denial_replying_to_a_strike_is_that_strike_told_by_the_other_side():
    events = _events(
        "The rebels say an army drone hit a house in Kessler on Monday, killing a woman and "
        "her son. The defence ministry denies targeting civilians and says it struck a "
        "mortar position."
    )
    assert [(e.event_type, e.modality) for e in events] == [(REMOTE, "asserted")]


def test_a_denial_of_a_different_outcome_stays_negated():
    events = _events(
        "Jihadist fighters attacked Kessler on Saturday, the rebels said in a statement. The "
        "army denied that Kessler had fallen to the attackers."
    )
    assert any(e.location == "Kessler" and e.modality == "negated" for e in events)


def test_a_live_blog_entrys_heading_places_its_events():
    events = _events(
        "09:35 — Rebels say an army drone hit a house in Kessler, killing a woman.\n\n"
        "14:05 — Harrow: security forces raided a house in the city and detained a man they "
        "describe as a rebel commander."
    )
    arrests = [e for e in events if e.event_type == "Strategic developments"]
    assert [e.location for e in arrests] == ["Harrow"]


def test_a_denial_of_any_strike_after_residents_tell_of_one_is_one_asserted_strike():
    events = _events(
        "Residents of Kessler said a drone strike on a house on Sunday had killed four "
        "children. The army denied carrying out any strike in the area and blamed a mortar "
        "round fired by rebels."
    )
    assert [(e.event_type, e.modality) for e in events] == [(REMOTE, "asserted")]


def test_an_attack_on_a_flagged_ship_with_missiles_is_remote_violence():
    events = _events(
        "Rebel fighters attacked a Liberian-flagged bulk carrier with explosive-laden boats "
        "and missiles off the port of Kessler on Monday, killing two sailors."
    )
    assert [e.event_type for e in events] == [REMOTE]


def test_a_threat_to_attack_engineers_is_a_threat_to_civilians():
    events = _events(
        "In a statement the rebels said they would attack foreign engineers working in Kessler."
    )
    assert [(e.event_type, e.modality) for e in events] == [
        ("Violence against civilians", "hypothetical")
    ]


def test_live_rounds_fired_at_a_candidates_supporters_are_excessive_force():
    events = _events(
        "Security forces fired live rounds at supporters of the opposition candidate in "
        "Kessler on Monday, killing two people, rights groups said."
    )
    assert {(e.event_type, e.sub_event_type) for e in events} == {
        ("Protests", "Excessive force against protesters")
    }


def test_demanding_an_end_to_operations_tells_no_operation():
    events = _events(
        "Several hundred lawyers marched in Kessler on Wednesday to demand an end to military "
        "operations in Harrow."
    )
    assert [(e.event_type, e.location) for e in events] == [("Protests", "Kessler")]
