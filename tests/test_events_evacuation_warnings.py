"""Evacuation warnings: a threat only when they name what is threatened.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism: an order to leave that names the act to come ("saying they would
launch an assault on the town") is a threatened event, a ground assault when
an assault is named; advice to leave that names no act ("urged families to
leave while buses were still running") and a report of families who left
after evacuation orders are no threat; and a side that confirms its strikes,
"calling both legitimate targets", threatens nothing more.
"""

from __future__ import annotations

from geomap.records import Event, Place
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places

_SHELLING = "Rebels shelled Kessler on Monday, killing four civilians. "


def _places(text: str) -> list[Place]:
    return hand_places(text, INVENTED_TOWNS)


def _events(text: str, date: str = "2026-04-14") -> list[Event]:
    return events_of(text, _places, date)


def _threats(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location) for e in events if e.modality == "hypothetical"]


def test_an_order_to_leave_before_an_assault_threatens_a_ground_assault():
    events = _events(
        _SHELLING + "The rebels told residents of Harrow to leave, saying they would launch "
        "an assault on the town within days."
    )
    assert _threats(events) == [("Battles", "Harrow")]


def test_an_order_to_leave_before_strikes_threatens_what_the_story_told():
    events = _events(
        _SHELLING + "The rebels told residents of Harrow to leave, warning that they would "
        "act with great force there."
    )
    assert _threats(events) == [("Explosions/Remote violence", "Harrow")]


def test_advice_to_leave_that_names_no_act_is_no_threat():
    events = _events(
        _SHELLING + "On Tuesday the governor urged families in villages around Harrow to "
        "leave while buses were still running."
    )
    assert _threats(events) == []


def test_families_who_left_after_evacuation_orders_tell_no_threat():
    events = _events(
        _SHELLING + "About 300 families left the eastern quarters of Harrow after new "
        "evacuation orders, aid agencies said."
    )
    assert _threats(events) == []


def test_strikes_confirmed_and_called_legitimate_targets_threaten_nothing_more():
    events = _events(
        "The army confirmed that its drones had struck the fuel depot in Kessler and the "
        "bridge in Harrow on Sunday, calling both legitimate military targets."
    )
    assert _threats(events) == []


def test_an_order_to_leave_before_strikes_threatens_strikes():
    # no earlier event to follow: the act the warning names gives its kind
    for text, sub in (
        (
            "The army ordered residents of Harrow to evacuate ahead of strikes.",
            "Air/drone strike",
        ),
        (
            "The army told residents of Harrow to evacuate, saying it was about to strike a "
            "building.",
            "Air/drone strike",
        ),
    ):
        threats = [e for e in _events(text) if e.modality == "hypothetical"]
        assert [(e.event_type, e.sub_event_type, e.location) for e in threats] == [
            ("Explosions/Remote violence", sub, "Harrow")
        ], text
