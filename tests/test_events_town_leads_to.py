"""'The town' is not the town another one leads to.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanism: a town named as where
a road or another town leads ("the door to Harrow and Ostin", "on the road to
Harrow") is not what "the town" of the next sentence stands for; the town the
sentence was about is.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events


def test_the_town_is_not_the_one_its_neighbour_is_the_door_to():
    events = _events(
        "They will keep coming at Kessler, because it is the door to Harrow and Ostin. "
        "If the town fell, their next objective would be Harrow."
    )
    assert "Ostin" not in {e.location for e in events}
    assert "Kessler" in {e.location for e in events}


def test_the_town_is_not_the_one_a_road_leads_to():
    events = _events(
        "The rebels attacked Kessler, which sits on the road to Harrow, on Monday. "
        "The town was shelled all night."
    )
    shelled = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert [e.location for e in shelled] == ["Kessler"]
