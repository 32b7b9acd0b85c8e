"""Mechanisms that carry extraction to phrasings and wars the first articles lacked.

Every sentence here was written for its test; places are built by hand, so
the geoparser plays no part. Each test states one mechanism: named next
targets, ground fights and civilian dead in the coding, forces named by a
possessive or a unit noun, background told by "since", by an old year or
as a series, fears that are nobody's plan, restatements by the other side,
bulleted lists, places without a GeoNames id.
"""

from __future__ import annotations

from geomap.events import extract_events
from geomap.events.actors import find_actors
from geomap.events.coding import code_event
from geomap.events.dates import resolve_date
from geomap.events.dedupe import dedupe_events
from geomap.events.filters import is_background
from geomap.events.lexicon import trigger_table
from geomap.events.modality import classify_modality
from geomap.events.nlp import load_nlp
from geomap.events.rules import named_targets
from geomap.events.sentences import split_sentences
from geomap.events.triggers import drop_restatements, find_triggers
from geomap.records import Document, Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds, located_battle, span

TOWNS = INVENTED_TOWNS
SEAS = {"Gulf of Sarn": (13.0, 47.0)}


def _places(text: str) -> list[Place]:
    return hand_places(text, TOWNS, seas=SEAS)


def _events(text: str, date: str = "2025-03-14") -> list[Event]:
    return events_of(text, _places, date)


_kinds = kinds
_span = span
_event = located_battle

# ------------------------------------------------------------------ targets


def test_a_town_named_as_the_next_target_is_a_hypothetical_event_of_the_article_kind():
    events = _events(
        "Drones struck the fuel depot of Dunmore on Tuesday, witnesses said.\n\n"
        "An adviser to the militia commander named Harrow as a possible next target."
    )
    assert ("Explosions/Remote violence", "hypothetical", "Harrow") in _kinds(events)


def test_named_targets_take_the_lead_event_type_and_are_never_asserted():
    lead = _event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    target = _event(event_id="t", location="Harrow", geonameid=3, extra={"class": "target"})
    out = named_targets([lead, target])
    assert out[1].event_type == "Explosions/Remote violence"
    assert out[1].modality == "hypothetical" and out[1].modality_detail == "plan"


def test_the_main_target_of_a_past_attack_is_no_trigger():
    assert not [t for t in find_triggers("The main target of the attack was the grid.")
                if t.entry.trigger_class == "target"]  # fmt: skip


# ------------------------------------------------------------------ coding


def test_small_arms_make_a_ground_fight_not_shelling():
    sentence = "Heavy machine-gun and mortar fire echoed across the seafront until dawn."
    coding = code_event(
        trigger_table()["fire"], sentence, _span(sentence, "fire"), None, None, "LY"
    )
    assert coding.event_type == "Battles"


def test_civilians_counted_among_the_dead_make_an_attack_on_civilians():
    sentence = "At least 25 civilians were killed when gunmen attacked a convoy of buses."
    (gunmen,) = [a for a in find_actors(sentence) if "gunmen" in a.text]
    coding = code_event(
        trigger_table()["attacked"], sentence, _span(sentence, "attacked"), gunmen, None, "ML"
    )
    assert coding.event_type == "Violence against civilians"


def test_soldiers_killed_are_a_battle_toll_not_civilians():
    sentence = "An official said one soldier was killed and eleven were wounded."
    coding = code_event(
        trigger_table()["killed"], sentence, _span(sentence, "killed"), None, None, "PK"
    )
    assert coding.event_type == "Battles"


def test_a_takeover_followed_by_no_shots_fired_is_a_non_violent_transfer():
    sentence = "Commanders loyal to the chairman took over the mayor's office in Dunmore."
    coding = code_event(
        trigger_table()["took over"],
        sentence,
        _span(sentence, "took over"),
        None,
        None,
        "ET",
        following="No shots were fired, residents said.",
    )
    assert coding.sub_event_type == "Non-violent transfer of territory"


# ------------------------------------------------------------------ actors


def test_possessive_country_and_unit_nouns_name_state_forces():
    names = [a.name for a in find_actors("Israel's military and Ukrainian units moved in.")]
    assert names[0].endswith("Israel") or "Israel" in names[0]
    assert names[1] == "Military Forces of Ukraine"


def test_the_subject_of_a_second_clause_is_not_the_first_clause_actor():
    (event,) = [
        e
        for e in _events(
            "Police detained 150 protesters in Dunmore on Monday as supporters of the "
            "archbishop blocked streets across the capital."
        )
        if e.event_type == "Protests"
    ]
    assert event.location == "Dunmore"
    assert event.actor1 is None or "Police" not in event.actor1


# ------------------------------------------------------------------ background


def test_a_count_since_a_time_long_past_is_a_summary():
    event = _event(
        trigger="attacks",
        evidence="Since November the militia has launched scores of attacks on ships.",
        event_date="2025-03-14",
    )
    assert is_background(event, "2025-03-14")


def test_a_recent_since_is_not_background():
    event = _event(
        trigger="attacks",
        evidence="Since Tuesday the militia has launched three attacks on Dunmore.",
        event_date="2025-03-14",
    )
    assert not is_background(event, "2025-03-14")


def test_an_old_year_near_the_trigger_is_background():
    event = _event(
        trigger="peace accord",
        evidence="The town was covered by a peace accord signed in 2015.",
        event_date="2025-03-14",
    )
    assert is_background(event, "2025-03-14")


def test_a_month_alone_dates_the_event_to_that_month():
    when = resolve_date("The northern command in Harrow fell in August.", "2024-12-22")
    assert when.date == "2024-08-15" and when.precision == 3


def test_a_month_after_since_is_a_period_not_the_event_date():
    when = resolve_date("Gangs have pushed into villages since late January.", "2025-04-03")
    assert when.date != "2025-01-15"


def test_hazards_make_no_conflict_event():
    assert not _events("A tornado tore through Dunmore late on Wednesday, killing two people.")


def test_a_dateline_word_in_capitals_is_no_trigger():
    assert not _events("ASSAULT, Sarn (Weekly) - Thousands visited the annual fair in Dunmore.")


# ------------------------------------------------------------------ modality


def test_rumours_and_fears_of_an_attack_are_not_events():
    text = (
        "Gunmen attacked Dunmore on Tuesday. Rumours of an imminent raid on Kessler sent "
        "hundreds fleeing, and residents said they were afraid of being arrested in Harrow."
    )
    assert _kinds(_events(text)) == {("Battles", "asserted", "Dunmore")}


def test_no_reports_of_shelling_negate_it():
    sentence = "Residents said it had been a quiet day and there were no reports of shelling."
    parsed = load_nlp()(sentence)
    modality = classify_modality(sentence, _span(sentence, "shelling"), parsed=parsed)
    assert modality.modality == "negated"


def test_due_to_set_up_a_base_is_a_plan():
    sentence = "Russian instructors are due to set up a base in Harrow in the coming months."
    parsed = load_nlp()(sentence)
    modality = classify_modality(sentence, _span(sentence, "set up a base"), parsed=parsed)
    assert modality.modality == "hypothetical"


def test_missiles_stored_for_further_strikes_are_a_plan():
    sentence = "The enemy keeps storing missiles for further massed strikes on the capital."
    modality = classify_modality(sentence, _span(sentence, "strikes"))
    assert modality.modality == "hypothetical"


# ------------------------------------------------------------------ dedupe


def test_a_strike_told_by_each_side_with_its_own_weapon_is_one_event():
    missile = _event(
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Military Forces of Russia",
    )
    claim = _event(
        event_id="y",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor1="Government of Russia",
    )
    assert len(dedupe_events([missile, claim])) == 1


def test_each_side_threat_stays_its_own_event():
    vow = _event(modality="hypothetical", actor1="Rapid Support Forces")
    plan = _event(event_id="y", modality="hypothetical", actor1="Military Forces of Sudan")
    assert len(dedupe_events([vow, plan])) == 2


def test_a_bare_attack_retelling_a_strike_merges_into_it():
    strike = _event(
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        extra={"sentence": 4},
    )
    retold = _event(
        event_id="y",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        disorder_type="Political violence",
        extra={"sentence": 6, "generic": True},
    )
    (one,) = dedupe_events([strike, retold])
    assert one.event_type == "Explosions/Remote violence" and one.mentions == 2


# ------------------------------------------------------------------ text and places


def test_a_noun_trigger_is_kept_with_a_later_verb_that_is_not_its_predicate():
    sentence = "Leaders who organised the sit-in said they would return to the road."
    triggers = find_triggers(sentence)
    kept = drop_restatements(sentence, triggers, load_nlp()(sentence))
    assert [t.text for t in kept] == ["sit-in", "return to the road"]


def test_bullets_are_sentences_of_their_own():
    texts = [
        s.text for s in split_sentences("Highlights\n- Rebels took the camp\n- Shelling went on")
    ]
    assert texts == ["Highlights", "- Rebels took the camp", "- Shelling went on"]


def test_an_event_at_sea_keeps_its_place_without_a_geonames_id():
    (event,) = _events(
        "Houthi forces claimed a missile attack on a merchant ship in the Gulf of Sarn."
    )
    assert event.location == "Gulf of Sarn" and event.geonameid is None
    assert event.latitude == 13.0


def test_blocked_roads_and_returning_to_the_streets_are_protests():
    classes = [t.entry.trigger_class for t in find_triggers(
        "Residents blocked the highway for hours and vowed to return to the streets."
    )]  # fmt: skip
    assert classes == ["protest", "protest"]


def test_armed_men_chanting_are_not_protesters():
    events = _events("In Dunmore, soldiers filmed themselves chanting in the palace courtyard.")
    assert all(e.event_type != "Protests" for e in events)


# ------------------------------------------------------------------ where, not who


def test_a_speaker_city_is_not_the_event_site():
    events = _events(
        "Gunmen attacked Dunmore on Tuesday. The interior ministry in Kessler denied that "
        "soldiers had fired on civilians in the city."
    )
    assert all(e.location != "Kessler" for e in events)


def test_the_dateline_is_not_the_site_of_the_lead_event():
    events = _events("OSTIN, Sarn (Example Wire) - Drones struck a fuel depot in Harrow on Monday.")
    assert _kinds(events) == {("Explosions/Remote violence", "asserted", "Harrow")}


def test_a_sentence_opening_with_a_place_frames_its_events():
    events = _events(
        "Drones struck Dunmore on Monday.\n\nIn Harrow, which rebels have blockaded since "
        "August, residents said a boat was attacked last week, killing dozens of passengers."
    )
    assert ("Violence against civilians", "asserted", "Harrow") in _kinds(events)


def test_a_town_name_the_geoparser_skipped_once_keeps_its_place():
    text = "Rebels recaptured Dunmore on Sunday. The army said it would retake Dunmore soon."
    places = [p for p in _places(text) if p.start < 40]  # the second mention is missed
    events = extract_events(Document(id="t", text=text, date="2025-03-14"), places)
    assert ("Battles", "hypothetical", "Dunmore") in _kinds(events)
