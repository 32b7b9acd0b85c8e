"""Acts stopped before they happened, or a side's promise to stop, are no events.

Texts written for these tests, run through the geoparser and the extractor.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import geoparsed_events


def _events(gaz, text: str):
    return geoparsed_events(gaz, text)


def test_weapons_destroyed_before_they_could_be_fired_are_one_event(gaz):
    text = (
        "The US military said its aircraft had destroyed four drones at a launch site near "
        "Saada on Friday before they could be fired."
    )
    # the destruction happened; the launch it stopped is no threatened strike
    assert [e.modality for e in _events(gaz, text)] == ["asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "The militia has said it will stop firing at Sderot only when the siege ends.",
        "The rebels said on Sunday that they had ceased shelling Kassala for the holiday.",
    ],
)
def test_stopping_an_act_is_no_event(gaz, text):
    assert _events(gaz, text) == []


def test_shelling_that_goes_on_is_an_event(gaz):
    text = "The rebels said on Sunday that they had shelled Kassala for the holiday."
    (event,) = _events(gaz, text)
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_threat_to_arrest_the_organisers_of_a_protest_is_no_protest(gaz):
    text = "The group warned that it would detain the organisers of any new protest in Azaz."
    (event,) = _events(gaz, text)
    assert (event.sub_event_type, event.modality) == ("Arrests", "hypothetical")


def test_a_protest_its_organisers_called_is_one(gaz):
    text = "The organisers of the march said 3,000 people protested in Azaz on Friday."
    (event,) = _events(gaz, text)
    assert (event.event_type, event.modality) == ("Protests", "asserted")
