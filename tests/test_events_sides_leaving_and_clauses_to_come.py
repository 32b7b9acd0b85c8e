"""Armed sides that leave a town, time clauses whose present tells what is to come, attacks foiled.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: an armed side that
"left" a town, or handed its checkpoints or barracks to another, gave them up
(a non-violent transfer of territory), while families,
officials or a convoy leaving a town, and an act that "left the town in ruins",
are no such thing; in a time clause ("before it shells the town", "until the
army retakes it") the present tense tells an act still to come; and an attack
on an armed post that guards "foiled" was made and fought off (a fight), while
one on a church foiled was not made.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents said the rebels had left Kessler overnight.",
        "Militants left the town of Kessler after the army arrived.",
        "The rebels left Kessler without a fight.",
    ],
)
def test_an_armed_side_that_leaves_a_town_gives_it_up(sentence):
    events = _events(sentence)
    assert kinds(events) == {("Strategic developments", "asserted", "Kessler")}
    assert {e.sub_event_type for e in events} == {"Non-violent transfer of territory"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of families have left Kessler.",
        "The minister left Kessler on Monday.",
        "The convoy left Kessler at dawn.",
        "The army left Kessler in ruins.",
        "The army left the town of Kessler without power.",
    ],
)
def test_people_leaving_and_a_town_left_in_ruins_are_no_withdrawal(sentence):
    assert _events(sentence) == []


def test_a_withdrawal_promised_is_one_to_come():
    found = kinds(_events("The rebels will leave Kessler under the deal."))
    assert found == {("Strategic developments", "hypothetical", "Kessler")}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The army told civilians to leave Kessler before it shells the town.",
            "Explosions/Remote violence",
        ),
        ("The rebels will hold Kessler until the army retakes it.", "Battles"),
    ],
)
def test_the_present_of_a_time_clause_is_still_to_come(sentence, kind):
    assert kinds(_events(sentence)) == {(kind, "hypothetical", "Kessler")}


def test_a_past_time_clause_is_told():
    found = kinds(_events("Residents fled Kessler before the army shelled the town."))
    assert found == {("Explosions/Remote violence", "asserted", "Kessler")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Guards foiled an attack on the army base in Kessler, killing two attackers.",
        "An attack on a checkpoint near Kessler was thwarted; two attackers were killed.",
    ],
)
def test_an_attack_on_an_armed_post_foiled_was_fought_off(sentence):
    assert kinds(_events(sentence)) == {("Battles", "asserted", "Kessler")}


def test_an_attack_on_a_church_foiled_did_not_happen():
    found = kinds(_events("Police foiled an attack on a church in Kessler."))
    assert {modality for _, modality, _ in found} == {"negated"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia handed three checkpoints in Kessler to government forces on Monday.",
        "The rebels handed the barracks in Kessler to the army.",
    ],
)
def test_posts_handed_to_another_side_change_hands(sentence):
    events = _events(sentence)
    assert kinds(events) == {("Strategic developments", "asserted", "Kessler")}
    assert {e.sub_event_type for e in events} == {"Non-violent transfer of territory"}


def test_food_handed_out_is_no_transfer():
    assert _events("The army handed out food in Kessler.") == []


def test_a_police_station_is_an_armed_post_a_bus_station_is_not():
    police = kinds(_events("Guards foiled an attack on a police station in Kessler."))
    bus = kinds(_events("Police foiled an attack on a bus station in Kessler."))
    assert police == {("Battles", "asserted", "Kessler")}
    assert {modality for _, modality, _ in bus} == {"negated"}
