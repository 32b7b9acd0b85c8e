"""Retellings, statements and side remarks: when two mentions are one event, and when a
mention tells no event at all.

Every article here is invented (Kessler, Harrow, Dunmore and Ostin stand in for
towns of any war); the facts are general shapes of wire copy, not any story.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from geomap.events.dates import resolve_date
from geomap.events.dedupe import dedupe_events
from geomap.events.linking import link_location
from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places
from tests.test_events_dedupe import event as dedupe_event


def extract_from(text: str, date: str) -> list[Event]:
    return events_of(text, lambda t: hand_places(t, INVENTED_TOWNS), date)


def event(**kw) -> Event:
    """A battle at Gao (the dedupe tests' record) with Gao's point."""
    return dedupe_event(**{"latitude": 16.27, "longitude": -0.04, **kw})


def test_a_date_after_said_dates_the_statement_not_the_event():
    said = "The army said on Sunday that it had recaptured the town of Leer."
    told = "The army recaptured Leer on Sunday, a spokesman said on Monday."
    assert resolve_date(said, "2026-03-16", anchor=said.index("recaptured")).of_statement
    assert not resolve_date(told, "2026-03-16", anchor=told.index("recaptured")).of_statement


def test_a_capture_announced_one_day_and_dated_the_day_before_is_one_event():
    # "said on Sunday that it had recaptured Leer ... troops had entered Leer on Saturday"
    regained = "Government regains territory"
    announced = event(
        event_id="a",
        sub_event_type=regained,
        event_date="2026-03-15",
        extra={"date_cue": "on Sunday", "date_of_statement": True},
    )
    entered = event(
        event_id="b",
        sub_event_type=regained,
        event_date="2026-03-14",
        extra={"date_cue": "on Saturday"},
    )
    assert len(dedupe_events([announced, entered])) == 1
    # an ambush on Thursday and a recapture announced on Saturday stay two events
    ambush = event(event_id="c", event_date="2026-03-12", extra={"date_cue": "on Thursday"})
    assert len(dedupe_events([ambush, announced])) == 2


def test_two_kinds_of_strategic_development_at_one_town_are_two_events():
    arson = event(
        event_id="a",
        event_type="Strategic developments",
        sub_event_type="Looting/property destruction",
        disorder_type="Strategic developments",
    )
    arrests = event(
        event_id="b",
        event_type="Strategic developments",
        sub_event_type="Arrests",
        disorder_type="Strategic developments",
    )
    assert len(dedupe_events([arson, arrests])) == 2
    assert len(dedupe_events([arson, event(**{**arson.to_dict(), "event_id": "c"})])) == 1


def test_a_village_coded_at_a_town_is_that_town_for_retellings():
    # a headline "Settlers burn cars near Harrow" and its story "... in Ostinbury", a
    # village the index lacks, coded at Harrow's point
    town = event(event_id="a", geonameid=7, location="Harrow", latitude=51.58, longitude=-0.34)
    village = event(
        event_id="b", geonameid=None, location="Ostinbury", latitude=51.58, longitude=-0.34
    )
    elsewhere = event(
        event_id="c", geonameid=None, location="Dunmore", latitude=52.1, longitude=-1.0
    )
    assert len(dedupe_events([town, village])) == 1
    assert len(dedupe_events([town, elsewhere])) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies in Kessler have drawn up contingency plans in case of a ground assault "
        "on the town.",
        "Shopkeepers in Kessler stocked up on flour in the event of an attack on the town.",
    ],
)
def test_a_precaution_against_an_attack_is_no_attack(text):
    events = extract_from(text, date="2026-03-15")
    assert events, "the feared attack is still a hypothetical event"
    assert all(e.modality == "hypothetical" for e in events)
    assert {e.modality_detail for e in events} == {"conditional"}


def test_the_intent_claimed_of_a_strike_target_is_no_planned_attack():
    text = (
        'The military said it had struck a militant in Harrow who was "planning an imminent '
        'attack" on troops.'
    )
    events = extract_from(text, date="2026-03-15")
    assert [e.modality for e in events] == ["asserted"]
    assert events[0].event_type == "Explosions/Remote violence"


def test_a_detained_leader_named_in_passing_is_no_arrest():
    text = (
        "The army said it had recaptured the town of Harrow from opposition forces loyal to "
        "detained First Vice President Riek Machar after two days of fighting."
    )
    events = extract_from(text, date="2026-03-15")
    assert [e.event_type for e in events] == ["Battles"]
    arrest = extract_from(
        "Police said they had detained Ahmed Musa in Dunmore on Friday.", date="2026-03-15"
    )
    assert [e.sub_event_type for e in arrest] == ["Arrests"]


def test_arrests_at_a_protest_are_its_intervention_not_a_development():
    text = (
        "In Kessler, police fired into the air and used batons to break up a protest by "
        "hundreds of residents against power cuts. Several protesters were detained."
    )
    events = extract_from(text, date="2026-04-15")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Protests", "Protest with intervention")
    ]
    assert events[0].mentions == 2  # the arrests fold into the protest they ended
    # the arrest a protest is about stays an arrest, told before the protest
    about = extract_from(
        "Police arrested a local leader in Harrow on Monday. On Tuesday, protesters angered "
        "by the arrest of the leader marched in Harrow.",
        date="2026-04-15",
    )
    assert ("Strategic developments", "Arrests") in {
        (e.event_type, e.sub_event_type) for e in about
    }


def test_a_tally_of_the_year_is_no_event():
    tally = (
        "The air force has conducted dozens of air strikes near Harrow this year, most of them "
        "against the rebels."
    )
    assert extract_from(tally, date="2026-04-15") == []
    one = "A drone strike killed 12 people in Harrow on Monday, the deadliest this year."
    assert [e.event_type for e in extract_from(one, date="2026-04-15")] == [
        "Explosions/Remote violence"
    ]


def test_the_condition_of_a_threat_is_no_event():
    text = (
        'The general staff promised that "the refineries of Harrow will keep burning" as long as '
        "the army kept attacking the power grid in Kessler."
    )
    assert all(e.modality != "asserted" for e in extract_from(text, date="2026-04-15"))
    told = "The army kept attacking the power grid in Kessler on Monday."
    assert [e.modality for e in extract_from(told, date="2026-04-15")] == ["asserted"]


def test_an_attack_someone_reported_on_is_the_attack_told_before():
    text = (
        "Gunmen attacked a village near Kessler on Monday, killing five people. In Harrow, "
        "police arrested a radio journalist who had reported on the attack."
    )
    events = extract_from(text, date="2026-04-15")
    assert [(e.event_type, e.location) for e in events] == [
        ("Violence against civilians", "Kessler"),
        ("Strategic developments", "Harrow"),
    ]


def test_a_town_spared_for_years_and_a_trend_are_no_events():
    history = (
        "A rebel commander threatened to carry the fight to Harrow, which has not seen a major "
        "attack for years."
    )
    assert [e.modality for e in extract_from(history, date="2026-04-15")] == ["hypothetical"]
    weeks = "There has been no attack on Harrow in recent weeks, police said."
    assert [e.modality for e in extract_from(weeks, date="2026-04-15")] == ["negated"]
    trend = "Hit-and-run attacks on checkpoints east of Harrow have become more frequent."
    assert extract_from(trend, date="2026-04-15") == []


@pytest.mark.parametrize(
    "text",
    [
        "On 13 May, messages circulating on social media reported an attack on Harrow. Local "
        "authorities confirmed that no incident had taken place in Harrow.",
        "Messages on WhatsApp this morning said the same gang had also attacked Harrow. The "
        "police said that this is false.",
    ],
)
def test_a_rumour_that_is_denied_is_a_negated_event(text):
    events = extract_from(text, date="2026-05-15")
    assert events and {(e.modality, e.location) for e in events} == {("negated", "Harrow")}


def test_a_claim_on_social_media_nobody_denies_stays_asserted():
    text = "Videos posted on social media showed gunmen attacking Harrow on Monday."
    assert [e.modality for e in extract_from(text, date="2026-05-15")] == ["asserted"]


def test_a_killing_the_army_claims_after_a_strike_is_what_the_strike_did():
    text = (
        "A drone struck a car near Harrow on Monday. The military said it had killed a rebel "
        "commander in the Harrow area."
    )
    events = extract_from(text, date="2026-05-15")
    assert [(e.event_type, e.mentions) for e in events] == [("Explosions/Remote violence", 2)]
    apart = "A drone struck a car near Harrow on Monday. Gunmen killed three farmers in Harrow."
    assert len(extract_from(apart, date="2026-05-15")) == 2


def test_a_warning_of_a_new_strike_is_a_threat():
    events = extract_from(
        "Officials read the statement as a warning of a new missile strike on Harrow.",
        date="2026-05-15",
    )
    assert [(e.modality, e.modality_detail) for e in events] == [("hypothetical", "threat")]


def test_a_habit_since_months_ago_is_background():
    habit = (
        "JNIM has been trying since September to choke off fuel imports, attacking tanker "
        "convoys on the roads to Harrow."
    )
    assert extract_from(habit, date="2026-05-15") == []
    recent = "JNIM has been attacking army convoys near Harrow since Monday."
    assert [e.event_type for e in extract_from(recent, date="2026-05-15")] == ["Battles"]


def test_where_the_attackers_fled_is_not_where_they_fought():
    fled = "After three hours of fighting the attackers were defeated and fled toward Gao."
    start = fled.index("fighting")
    gao = fled.index("Gao")
    town = Place(gao, gao + 3, "Gao", name="Gao", geonameid=1, feature="city", lat=16.3, lon=0.0)
    assert link_location(fled, (start, start + 8), [town]).place is None  # without a parse
    fought = "Fighting raged for three hours in Gao before the attackers fled toward Kidal."
    kidal_at = fought.index("Kidal")
    places = [
        replace(town, start=fought.index("Gao"), end=fought.index("Gao") + 3),
        Place(kidal_at, kidal_at + 5, "Kidal", name="Kidal", geonameid=2, feature="city",
              lat=18.4, lon=1.4),
    ]  # fmt: skip
    assert link_location(fought, (0, 8), places).place.text == "Gao"


def test_a_town_named_by_its_kind_frames_the_sentence():
    text = (
        "Jets struck the port of Kessler on Friday, killing three workers. In the south-western "
        "city of Harrow, officials said rebel shelling of a residential area on Thursday killed "
        "a boy."
    )
    kinds = {(e.event_type, e.location) for e in extract_from(text, date="2026-05-15")}
    assert ("Explosions/Remote violence", "Harrow") in kinds


def test_units_fighting_somewhere_describe_who_they_are():
    text = "The refinery supplies fuel to Russian units fighting in Harrow."
    assert extract_from(text, date="2026-05-15") == []
    told = "Russian units were fighting in Harrow on Monday."
    assert [e.event_type for e in extract_from(told, date="2026-05-15")] == ["Battles"]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Rebels shelled Kessler on Monday, killing three civilians. On Tuesday the rebels "
            "attacked an army convoy on the road north of the town, killing four soldiers.",
            "Armed clash",
        ),
        (
            "Militia fighters stormed Harrow on Monday. In the evening the army has taken full "
            "control of the villages around it.",
            "Government regains territory",
        ),
    ],
)
def test_a_verb_after_a_definite_subject_tells_a_new_event(text, second):
    # "the rebels attacked": the article is the subject's, the verb is no back-reference
    # to the event before (as "The attack was condemned" is)
    events = extract_from(text, "2026-03-18")
    assert len(events) == 2 and events[1].sub_event_type == second
    assert [e.mentions for e in events] == [1, 1]


def test_a_definite_noun_after_an_event_still_refers_back_to_it():
    text = (
        "Rebels shelled Kessler on Monday, killing three civilians. "
        "The attack was condemned by the governor."
    )
    events = extract_from(text, "2026-03-18")
    assert len(events) == 1 and events[0].mentions == 2


def test_what_the_attackers_did_next_is_the_attack_told_before():
    # "The attackers fired grenades at trucks between X and Y": the ambush just told,
    # not new events at the two towns of the road
    text = (
        "Militants ambushed an army convoy on the highway east of Kessler on Wednesday, "
        "killing six soldiers.\n\n"
        "The attackers fired grenades at two trucks carrying troops between Harrow and "
        "Ostin, then fought the escort for an hour before withdrawing into the desert."
    )
    found = extract_from(text, "2026-07-09")
    assert [(e.event_type, e.location) for e in found] == [("Battles", "Kessler")]
    assert found[0].mentions >= 2


def test_what_survivors_say_the_attackers_did_is_the_attack_told_before():
    text = (
        "Gunmen attacked Kessler overnight, killing 11 people, police said.\n\n"
        "Survivors said the attackers arrived shortly after midnight from the direction of "
        "Harrow and went from house to house, shooting those who did not manage to flee."
    )
    found = extract_from(text, "2026-07-09")
    assert [(e.event_type, e.location) for e in found] == [
        ("Violence against civilians", "Kessler")
    ]


def test_hardware_burned_in_a_battle_is_part_of_it():
    # "claimed it had burned two armoured vehicles": lost in the fight told just before
    fight = (
        "Insurgents attacked an army base in Kessler on Sunday, and soldiers fought them "
        "for hours. The group later put out photos claiming it had burned two armoured "
        "vehicles."
    )
    assert [e.event_type for e in extract_from(fight, "2026-07-09")] == ["Battles"]
    # saboteurs torching a truck with no fight around it is property destruction
    sabotage = "Partisans claimed to have torched a military truck parked in a courtyard in Harrow."
    assert [e.sub_event_type for e in extract_from(sabotage, "2026-07-09")] == [
        "Looting/property destruction"
    ]


def test_a_strike_named_by_its_day_is_the_strike_told_before():
    # "left for Harrow and Ostin after Wednesday's strike": the strike on Kessler
    text = (
        "A drone struck a car near Kessler on Wednesday, killing two men. "
        "Several families had left for Harrow and Ostin after Wednesday's strike."
    )
    found = extract_from(text, "2026-10-16")
    assert [(e.event_type, e.location) for e in found] == [
        ("Explosions/Remote violence", "Kessler")
    ]


def test_goods_seized_are_no_town_taken():
    text = (
        "Police arrested four men in Kessler on Monday. They seized a rifle and the pickup. "
        "Two pistols were seized as well. Soldiers also seized three rocket launchers."
    )
    assert [e.event_type for e in extract_from(text, "2026-10-16")] == ["Strategic developments"]
    taken = "Rebels seized the town of Harrow on Monday."
    assert [e.event_type for e in extract_from(taken, "2026-10-16")] == ["Battles"]


def test_operations_that_go_on_are_those_told_nearby():
    # "Our operations will continue until the desert is cleared": the ambush told in that
    # desert goes on, not a car bomb in a distant town told last
    text = (
        "Militants ambushed an army convoy near Kessler on Wednesday, killing six soldiers.\n\n"
        "On Thursday a car bomb exploded near the market in Harrow, killing four people.\n\n"
        '"Our operations around Dunmore will continue," the minister said.'
    )
    found = extract_from(text, "2026-07-09")
    threats = [e for e in found if e.modality == "hypothetical"]
    assert [(e.event_type, e.location) for e in threats] == [("Battles", "Dunmore")]


def test_an_attack_overnight_and_late_on_sunday_is_one_attack():
    text = (
        "PRESENTER: To Kessler now, where the army says it fought off an attack overnight.\n\n"
        "CORRESPONDENT: Rebel fighters attacked the army base in Kessler late on Sunday. The "
        "army says the attack was repelled after three hours."
    )
    battles = [e for e in extract_from(text, "2025-03-11") if e.event_type == "Battles"]
    # a Tuesday's "overnight" and "late on Sunday" can be one night: dates a day apart
    assert [e.location for e in battles] == ["Kessler"] and battles[0].mentions >= 2, [
        (e.location, e.event_date, e.evidence[:40]) for e in battles
    ]


def test_a_withdrawal_that_ends_an_operation_is_part_of_the_fighting():
    text = (
        "HARROW - Government forces withdrew from Kessler late on Tuesday, ending a two-day "
        "operation against rebel fighters in the town. Troops fought gunmen in the narrow "
        "streets, and drones struck several houses."
    )
    kinds_of = sorted(e.event_type for e in extract_from(text, "2025-03-20"))
    # the fight and the strikes; leaving the town is how the operation ended
    assert kinds_of == ["Battles", "Explosions/Remote violence"], kinds_of


def test_a_rumoured_entry_into_a_town_that_is_denied_is_a_denied_takeover():
    text = (
        "HARROW - Rumours spread on social media on Tuesday that the militants had entered the "
        "town of Kessler. The governor said there had been no fighting and the reports were "
        "baseless."
    )
    events = [e for e in extract_from(text, "2025-03-12") if e.location == "Kessler"]
    # nothing happened, so no fighting is told: that says nothing of a quiet handover
    assert [(e.event_type, e.modality) for e in events] == [("Battles", "negated")], [
        (e.event_type, e.sub_event_type, e.modality) for e in events
    ]


def _strikes_story(sites: str) -> list[Event]:
    text = (
        "Aircraft struck targets across the Merrow region on Sunday, the army said."
        "\n\nThe civil defence said the strikes killed at least 20 people"
        f"{sites}. The army said it had hit weapons stores."
    )
    regions = {"Merrow region": (11.0, 21.0)}
    return events_of(text, lambda t: hand_places(t, INVENTED_TOWNS, regions=regions), "2026-03-16")


def test_the_strikes_told_again_at_named_towns_are_placed_there():
    # strikes told at a region, then "the strikes killed ...: twelve in Dunmore and eight in
    # Ostin": the retelling names where they fell; the region point goes
    sites = ": twelve in a school in Dunmore and eight in a house in Ostin"
    strikes = {e.location for e in _strikes_story(sites) if e.event_type.startswith("Explosions")}
    assert strikes == {"Dunmore", "Ostin"}
    # told without sites, the strikes stay at the region
    strikes = {e.location for e in _strikes_story("") if e.event_type.startswith("Explosions")}
    assert strikes == {"Merrow region"}


def test_a_killing_told_the_next_day_is_no_toll_of_the_fight_before():
    # killings told right after a fight at the same town are its toll, unless the sentence
    # moves on in time: "the next day" dates them one day after the fight
    text = (
        "On 12 October, heavy fighting broke out in Dunmore between army units and clan "
        "gunmen. The next day, footage showed the public shooting of eight blindfolded men "
        "in Dunmore."
    )
    found = {
        (e.event_type, e.event_date)
        for e in extract_from(text, "2026-10-20")
        if e.location == "Dunmore"
    }
    assert found == {
        ("Battles", "2026-10-12"),
        ("Violence against civilians", "2026-10-13"),
    }
