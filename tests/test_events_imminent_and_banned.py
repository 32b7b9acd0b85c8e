"""What is imminent, what is banned, and a town that fell.

Every sentence here was written for its test, with invented towns built by
hand (the geoparser plays no part). Each test states one mechanism: a force
"poised to enter", "on the verge of capturing" or "gearing up for an
assault" has not acted yet; a ban on demonstrations is no demonstration; a
town that "fell" or "has fallen to" a group is the place it took, and the
group is the side that took it.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "text",
    [
        "The rebels are poised to enter Dunmore, local officials said.",
        "Government troops were on the verge of capturing Kessler, a military source said.",
        "The town of Ostin is on the brink of falling to the rebels.",
        "The militants were gearing up for an assault on Dunmore.",
        "The rebels appeared set to capture Kessler.",
    ],
)
def test_what_is_imminent_has_not_happened(text):
    found = kinds(_events(text))
    assert found, text
    assert all(modality == "hypothetical" for _, modality, _ in found), found


def test_what_happened_after_being_poised_is_asserted():
    text = "The rebels, poised for weeks outside the town, entered Dunmore on Monday."
    assert ("Battles", "asserted", "Dunmore") in kinds(_events(text))


@pytest.mark.parametrize(
    "text",
    [
        "The government banned all demonstrations in Dunmore.",
        "Rallies were prohibited in Kessler ahead of the vote.",
    ],
)
def test_a_ban_on_protests_is_no_protest(text):
    assert not any(e.event_type in ("Protests", "Riots") for e in _events(text))


def test_protesters_who_defy_a_ban_protest():
    text = "Thousands defied the ban on demonstrations and marched in Ostin."
    assert ("Protests", "asserted", "Ostin") in kinds(_events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore fell to the rebels.",
        "Dunmore has fallen to the rebels, officials said.",
        "Dunmore has now fallen to the rebels.",
    ],
)
def test_a_town_that_fell_is_where_it_was_taken(text):
    events = [e for e in _events(text) if e.event_type == "Battles"]
    assert [(e.location, e.modality) for e in events] == [("Dunmore", "asserted")]
    assert events[0].actor1 is not None and "Armed Group" in events[0].actor1
    assert events[0].sub_event_type == "Non-state actor overtakes territory"


def test_a_town_that_has_not_fallen_is_negated():
    text = "Contrary to earlier reports, Dunmore has not fallen to the rebels."
    assert ("Battles", "negated", "Dunmore") in kinds(_events(text))
