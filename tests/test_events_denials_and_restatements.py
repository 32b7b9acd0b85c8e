"""A denial, an interception or a speaker's added words retell an event just told.

Texts written for these tests, run through the geoparser and the extractor.
"""

from __future__ import annotations

from tests.event_fixtures import geoparsed_events


def _events(gaz, text: str):
    return geoparsed_events(gaz, text)


def test_a_denial_of_firing_on_the_crowd_is_the_attack_told_by_the_other_side(gaz):
    text = (
        "People queuing for flour near a bakery in Deir al-Balah came under fire on Monday. "
        "At least 12 people were killed, the health ministry said. The Israeli military said "
        "its soldiers had not fired at the crowd."
    )
    (event,) = _events(gaz, text)
    assert (event.event_type, event.sub_event_type, event.modality) == (
        "Violence against civilians",
        "Attack",
        "asserted",
    )
    assert "Israel" in (event.actor1 or "")
    assert event.attributed_to != "The Israeli military"  # the denier reports nothing


def test_a_drone_shot_down_before_it_reached_the_city_is_a_launch_stopped(gaz):
    text = (
        "An Iraqi armed group said it had launched a drone at Eilat. The Israeli military said "
        "the drone had been shot down before it reached the city."
    )
    (event,) = _events(gaz, text)
    assert (event.sub_event_type, event.location) == ("Disrupted weapons use", "Eilat")


def test_a_drone_that_reached_the_city_stays_a_strike(gaz):
    text = "An Iraqi armed group said it had launched a drone at Eilat on Sunday night."
    (event,) = _events(gaz, text)
    assert event.sub_event_type == "Air/drone strike"


def test_words_a_speaker_adds_are_no_second_event(gaz):
    text = (
        "Hundreds of farmers rallied in Quetta on Monday. The police denied reports that "
        "officers had fired on the protesters, saying no shot was fired."
    )
    kinds = sorted((e.event_type, e.sub_event_type, e.modality) for e in _events(gaz, text))
    assert kinds == [
        ("Protests", "Excessive force against protesters", "negated"),
        ("Protests", "Peaceful protest", "asserted"),
    ]


def test_added_words_do_not_stand_in_for_an_act_told_as_hearsay(gaz):
    text = (
        "Hundreds of farmers rallied in Quetta on Monday. The police denied reports on social "
        "media that officers had fired on the protesters, saying no shot was fired."
    )
    kinds = {(e.event_type, e.sub_event_type) for e in _events(gaz, text)}
    assert ("Riots", "Violent demonstration") not in kinds
    assert ("Protests", "Peaceful protest") in kinds
