"""Events a vow answers, and reports found false.

Every sentence here was written for its test, with invented towns built by
hand (the geoparser plays no part). Each test states one mechanism: what a
side vows to retaliate for, respond to or avenge has happened (the answer
is still to come); reports of an attack that "proved false" or "turned out
to be false" deny it.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import INVENTED_TOWNS, kinds
from tests.event_fixtures import invented_events as _events


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The militia promised to retaliate against the army for the bombing of Dunmore.",
            "Explosions/Remote violence",
        ),
        (
            "The movement said it would respond to the assassination in Kessler.",
            "Violence against civilians",
        ),
        ("The rebels vowed revenge for the air strike on Ostin.", "Explosions/Remote violence"),
    ],
)
def test_what_a_vow_answers_has_happened(text, kind):
    found = kinds(_events(text))
    place = next(town for town in INVENTED_TOWNS if town in text)
    assert (kind, "asserted", place) in found, found
    assert (kind, "hypothetical", place) not in found, found


def test_the_answer_itself_is_still_to_come():
    text = "The rebels vowed to retaliate for the air strike on Ostin by attacking Dunmore."
    found = kinds(_events(text))
    assert {(m, place) for _, m, place in found} == {
        ("hypothetical", "Dunmore"),
        ("asserted", "Ostin"),
    }
    assert ("Explosions/Remote violence", "asserted", "Ostin") in found, found


def test_a_vow_to_respond_to_any_attack_is_a_threat():
    found = kinds(_events("The army said it would respond to any attack on Kessler."))
    assert ("Battles", "hypothetical", "Kessler") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Reports of an attack on Dunmore proved false.",
        "Reports of an attack on Dunmore turned out to be false.",
        "Reports of an attack on Dunmore were later found to be false.",
        "Reports of an attack on Dunmore have been proven false.",
    ],
)
def test_reports_found_false_deny_the_attack(text):
    # its kind (an attack by no one named on a town) is told in test_events_denied_attacks
    assert {(m, place) for _, m, place in kinds(_events(text))} == {("negated", "Dunmore")}
