"""A planned attack told where its planners' explosives were found is a planned bombing.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. "Police seized explosive
belts. The cell had been planning attacks on churches in Harrow" tells of
bombings planned (ACLED's explosions/remote violence, a suicide bomb where
belts or vests were found), not of an attack on civilians by other means;
without explosives found, the planned attack keeps its coding.
"""

from __future__ import annotations

from geomap.records import Event
from tests.event_fixtures import invented_events


def _planned(text: str) -> list[tuple[str, str, str | None]]:
    events: list[Event] = invented_events(text)
    return [
        (e.event_type, e.sub_event_type, e.location) for e in events if e.modality == "hypothetical"
    ]


def test_attacks_planned_by_a_cell_found_with_explosive_belts_are_suicide_bombings():
    text = (
        "Police arrested five members of a cell in a raid on Monday and seized two "
        "explosive belts and a rifle. The cell had been planning attacks on churches in "
        "Harrow during the festival, police said."
    )
    assert _planned(text) == [("Explosions/Remote violence", "Suicide bomb", "Harrow")]


def test_a_target_planned_where_explosive_devices_were_found_is_a_bomb_attack():
    text = (
        "Police seized improvised explosive devices and detonators at a farm near Kessler "
        "on Monday. Investigators said the cell was preparing to target a market in Harrow."
    )
    assert _planned(text) == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Harrow")
    ]


def test_without_explosives_found_a_planned_attack_keeps_its_coding():
    text = (
        "Police arrested five members of a cell in a raid on Monday and seized rifles. "
        "The cell had been planning attacks on churches in Harrow during the festival."
    )
    assert [kind for kind, _, _ in _planned(text)] == ["Violence against civilians"]
