"""Munitions seized or made safe, and control handed over.

Every sentence here was written for its test, with invented towns built by
hand (the geoparser plays no part). Each test states one mechanism: a truck
of explosives intercepted is disrupted weapons use (a boat of migrants is
not); sappers who detonate an unexploded shell make it safe (one that
explodes among children is an explosion); "handed control of X to" is a
non-violent transfer, unless it is what a side demands before it lays down
its arms.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events


def _coded(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(e.event_type, e.sub_event_type, e.modality, e.location) for e in _events(text)]


def test_explosives_intercepted_are_disrupted_weapons_use():
    assert _coded("Police intercepted a truck carrying explosives near Dunmore.") == [
        ("Strategic developments", "Disrupted weapons use", "asserted", "Dunmore")
    ]
    assert _events("The navy intercepted a boat carrying 80 migrants near Dunmore.") == []


def test_a_munition_made_safe_is_disrupted_weapons_use():
    for text in (
        "A bomb disposal team detonated an unexploded shell found in a school in Kessler.",
        "Sappers destroyed an unexploded missile in Kessler.",
    ):
        assert _coded(text) == [
            ("Strategic developments", "Disrupted weapons use", "asserted", "Kessler")
        ], text
    exploded = _events("An unexploded shell exploded in Kessler, killing two children.")
    assert [e.event_type for e in exploded] == ["Explosions/Remote violence"]


def test_control_handed_over_is_a_non_violent_transfer():
    assert _coded("The militia handed control of Ostin to government forces on Sunday.") == [
        ("Strategic developments", "Non-violent transfer of territory", "asserted", "Ostin")
    ]
    # demanded before arms are laid down: a condition, no event
    text = "The tribes would not lay down their weapons until the militia handed control of Ostin."
    assert _events(text) == []
