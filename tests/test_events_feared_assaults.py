"""An assault people fear is a threatened event where it would strike.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. "Partners fear an assault on
Harrow" tells of a threat to Harrow (hypothetical, detail "feared"); a rumour
("rumours of a raid") is still no event; and the place where those who fear
it sit ("partners in Ostin fear a new offensive") is not where it would
strike, unless they are its own people ("residents of Harrow fear ...").
"""

from __future__ import annotations

from geomap.records import Event
from tests.event_fixtures import invented_events

_LEAD = "Rebels attacked an army post near Kessler on Monday, killing four soldiers. "


def _hypothetical(text: str) -> list[tuple[str, str | None, str | None]]:
    events: list[Event] = invented_events(_LEAD + text)
    return [
        (e.event_type, e.location, e.modality_detail)
        for e in events
        if e.modality == "hypothetical"
    ]


def test_an_assault_feared_on_a_town_is_a_threat_there():
    found = _hypothetical("Aid agencies fear an assault on Harrow in the coming weeks.")
    assert found == [("Battles", "Harrow", "feared")]


def test_the_people_of_a_town_fear_for_their_own_town():
    found = _hypothetical(
        "Community leaders in Harrow fear a new rebel assault in the coming days."
    )
    assert found == [("Battles", "Harrow", "feared")]


def test_where_those_who_fear_an_offensive_sit_is_not_where_it_would_strike():
    found = _hypothetical(
        "Aid partners in Ostin fear a new offensive would displace thousands more people."
    )
    assert found == []


def test_a_rumoured_raid_is_still_no_event():
    assert _hypothetical("There were rumours of a raid on Harrow overnight.") == []
