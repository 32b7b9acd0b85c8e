"""People of a town named after it ("Harrow residents said") tell what happened there.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanism: "Kessler residents
reported heavy shelling" places the shelling in Kessler, as "residents of
Kessler reported" does.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessler residents reported heavy shelling overnight.",
        "Residents of Kessler reported heavy shelling overnight.",
    ],
)
def test_residents_named_with_their_town_tell_where_it_happened(sentence):
    assert kinds(_events(sentence)) == {("Explosions/Remote violence", "asserted", "Kessler")}


def test_villagers_named_with_their_town_tell_a_killing_there():
    found = kinds(_events("Kessler villagers told reporters that gunmen had killed four men."))
    assert found == {("Violence against civilians", "asserted", "Kessler")}
