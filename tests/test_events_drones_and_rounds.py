"""Drones that go after people, damage or release bombs; rounds that land after a long aside.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "a drone went after a man riding his bicycle", "the drone damaged a transformer",
  "a small drone released a mortar bomb over the post": a drone strike, told by what
  the drone did;
- a question about drones ("Do the drones go after you too?") is no strike;
- "a mortar round apparently aimed at the airport zone landed in a camp": a round
  that landed is shelling even when a few words tell where it was aimed first.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events

DRONE = ("Air/drone strike", "asserted", "Kessler")


def _kinds(events):
    return {(e.sub_event_type, e.modality, e.location) for e in events}


def test_a_drone_that_went_after_a_cyclist_struck():
    events = _events(
        "On Sunday morning a drone went after a man riding his bicycle to the market in Kessler."
    )
    assert _kinds(events) == {DRONE}


def test_a_drone_that_damaged_a_transformer_struck():
    events = _events(
        "In Kessler, the drone damaged a transformer on Sunday and cut electricity to much "
        "of the town, but nobody was hurt."
    )
    assert _kinds(events) == {DRONE}


def test_a_drone_that_released_a_mortar_bomb_struck():
    events = _events(
        "Two guards were hurt in Kessler on Sunday when a small drone released a mortar bomb "
        "over their post."
    )
    assert _kinds(events) == {DRONE}


def test_a_question_about_drones_is_no_strike():
    assert not _events("HOST: Do the drones go after you too in Kessler?")


def test_a_round_aimed_somewhere_that_landed_in_a_camp_is_shelling():
    events = _events(
        "In Kessler, a mortar round apparently aimed at the airport zone landed in a camp "
        "for displaced people late on Sunday, wounding three children."
    )
    assert _kinds(events) == {("Shelling/artillery/missile attack", "asserted", "Kessler")}
