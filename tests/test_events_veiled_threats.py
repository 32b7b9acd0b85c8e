"""Threats told by a euphemism in quotation marks, and threats of more of the same.

Every sentence here was written for its test, with invented towns built by
hand (the geoparser plays no part). Each test states one mechanism: a
"visit" in quotation marks ("his men would 'visit' the town", "missiles
would 'soon pay a visit'") is a threatened attack, a visit without them is
none; a threat to do it "again" is a threat of what the story told before.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "text",
    [
        'The gang leader said in a video that his men would "visit" Dunmore "very soon".',
        'The deputy said missiles would "soon pay a visit" to the power plants of Dunmore.',
    ],
)
def test_a_visit_in_quotation_marks_is_a_threat(text):
    found = kinds(_events(text))
    assert found and all(m == "hypothetical" and p == "Dunmore" for _, m, p in found), found


def test_a_visit_without_quotation_marks_is_none():
    assert _events("The president will visit Dunmore next week, his office said.") == []


def test_a_threat_to_do_it_again_follows_the_story():
    text = (
        "Drones struck the oil refinery in Kessler on Monday night, starting a large fire. "
        'The plant "will be visited again" if it resumes production, an official warned.'
    )
    found = kinds(_events(text))
    assert ("Explosions/Remote violence", "hypothetical", "Kessler") in found, found
    assert ("Battles", "hypothetical", "Kessler") not in found, found
