"""Denied or rumoured attacks that name no attacker: who speaks of them did not act, and
a raid on a town by no one named falls on its people.

Texts written for these tests.
"""

from __future__ import annotations

from geomap.events.actors import find_actors
from geomap.events.nlp import load_nlp
from geomap.events.roles import assign_roles
from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds, span

VAC = "Violence against civilians"


def _roles(sentence: str, trigger: str, *, violent: bool = True):
    return assign_roles(
        sentence,
        span(sentence, trigger),
        find_actors(sentence),
        parsed=load_nlp()(sentence),
        speaker_may_act=not violent,
    )


def test_police_who_dismiss_reports_of_an_attack_did_not_attack():
    roles = _roles(
        "The state police command has rejected reports of an attack on Dunmore as false.",
        "attack",
    )
    assert roles.actor1 is None


def test_authorities_who_deny_that_an_attack_took_place_did_not_attack():
    roles = _roles("The governor denied that any attack had happened around Dunmore.", "attack")
    assert roles.actor1 is None


def test_a_spokesman_who_says_a_town_was_not_attacked_did_not_attack():
    roles = _roles("An army spokesman said that Dunmore had not been attacked.", "attacked")
    assert roles.actor1 is None


def test_the_speaker_who_denies_its_own_act_is_still_its_actor():
    roles = _roles("The army denied carrying out any strike near Dunmore.", "strike")
    assert roles.actor1 is not None and "Military" in roles.actor1.name
    roles = _roles("The army said it had shelled rebel positions near Dunmore.", "shelled")
    assert roles.actor1 is not None and "Military" in roles.actor1.name


def test_who_declares_a_ceasefire_is_its_actor():
    roles = _roles("The government declared a unilateral ceasefire in Dunmore.", "ceasefire")
    assert roles.actor1 is not None and roles.actor1.name.startswith("Government")


def test_police_who_say_no_arrests_were_made_are_who_would_arrest():
    sentence = "Police said no arrests had been made in Dunmore by Friday."
    assert _roles(sentence, "arrests", violent=False).actor1 is not None
    assert _roles(sentence, "arrests").actor1 is None  # were it an act of violence


def test_a_denied_attack_on_a_town_by_no_one_named_is_violence_against_its_people():
    events = _events(
        "The state police command has rejected reports of an attack on Dunmore as false, "
        "adding that the town was calm."
    )
    assert kinds(events) == {(VAC, "negated", "Dunmore")}, kinds(events)
    events = _events("The governor denied that any attack had happened around Kessler.")
    assert kinds(events) == {(VAC, "negated", "Kessler")}, kinds(events)


def test_a_denied_attack_on_a_police_post_stays_a_battle():
    events = _events(
        "Officers said none of the police posts around Dunmore was attacked during the night."
    )
    assert kinds(events) == {("Battles", "negated", "Dunmore")}, kinds(events)


def test_no_rocket_or_drone_launched_denies_a_strike():
    events = _events("On Friday the army said no rocket or drone had been launched at Kessler.")
    assert kinds(events) == {("Explosions/Remote violence", "negated", "Kessler")}


def test_an_attack_nobody_claimed_is_neither_told_nor_denied():
    assert not _events(
        "The rebels have not claimed any attack on Kessler since the ceasefire took effect."
    )


def test_the_attack_nobody_claimed_still_happened():
    events = _events("No group has claimed the attack on Kessler.")
    assert {(e.modality, e.location) for e in events} == {("asserted", "Kessler")}


def test_not_a_single_shot_fired_denies_the_fire():
    events = _events("Not a single shot was fired in Kessler on Sunday, the mayor said.")
    assert {m for _, m, _ in kinds(events)} == {"negated"}


def test_not_one_civilian_killed_denies_the_killing():
    events = _events("Not one civilian was killed in Kessler, the army said.")
    assert kinds(events) == {(VAC, "negated", "Kessler")}
