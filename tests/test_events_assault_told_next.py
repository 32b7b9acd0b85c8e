"""An assault whose next sentence tells what the assailants did.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanism: "Gunmen stormed
Kessler. They killed 14 villagers" is one attack on civilians, as it is when
both are told in one sentence; a raid followed by "They abducted 30 students"
an abduction. Soldiers killed next keep the assault a battle, and what the
assailants looted or said next does not change its kind.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        (
            "Gunmen stormed Kessler on Monday night. They killed 14 villagers and abducted six "
            "women, residents said.",
            "Attack",
        ),
        (
            "Gunmen raided Kessler on Monday night. They abducted 30 students from a school.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_people_harmed_next_tell_an_attack_on_civilians(text, sub_event):
    events = _events(text)
    assert kinds(events) == {("Violence against civilians", "asserted", "Kessler")}
    assert {e.sub_event_type for e in events} == {sub_event}


@pytest.mark.parametrize(
    "text",
    [
        "Militants stormed an army base in Kessler on Monday. They killed 12 soldiers before "
        "withdrawing.",
        "Rebels entered Kessler on Monday. They said the town was now under their control.",
        "Rebels stormed Kessler on Monday. They looted the offices of the district.",
    ],
)
def test_soldiers_killed_or_offices_looted_next_keep_a_battle(text):
    assert ("Battles", "asserted", "Kessler") in kinds(_events(text))
    assert ("Violence against civilians", "asserted", "Kessler") not in kinds(_events(text))
