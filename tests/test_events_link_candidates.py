"""Names the linker weighs beyond the geoparser's places: what may and may not be a site."""

from __future__ import annotations

import pytest

from geomap.events.link_candidates import link_candidates


def _names(sentence: str) -> list[str]:
    return [m.place.text for m in link_candidates(sentence, [])]


@pytest.mark.parametrize(
    "sentence, site, not_site",
    [
        # an armed group's name in a place's position is the group, not a site
        (
            "Government troops struck deep inside the Islamic State heartland near Ouandago.",
            "Ouandago",
            "Islamic State",
        ),
        # a day or a month after a cue word is a date
        ("Fighters attacked Tuesdays market in Kabo.", "Kabo", "Tuesdays"),
    ],
)
def test_groups_and_dates_are_no_candidate_sites(sentence, site, not_site):
    names = _names(sentence)
    assert site in names and not_site not in names


def test_names_in_place_positions_stay_candidates():
    assert _names("Rebels stormed Ouandago and Kabo, residents said.") == ["Ouandago", "Kabo"]


@pytest.mark.parametrize(
    "sentence, site",
    [
        # a title that also opens place names, where only a place fits
        ("The army renewed its offensive at Sheikh Tarif, attacking the town's flanks.",
         "Sheikh Tarif"),
        # a capitalised preposition opening the sentence is no part of the name
        ("In Kel Ai Dong district, insurgents detonated a bomb under a patrol car.",
         "Kel Ai Dong"),
        ("Around Wadi Sura, a roadside bomb was detonated under a convoy.", "Wadi Sura"),
    ],
)  # fmt: skip
def test_names_in_place_positions_are_candidates_without_their_opening_words(sentence, site):
    assert site in _names(sentence)


def test_a_titled_person_is_no_candidate_site():
    assert _names("Sheikh Tarif told reporters the army had shelled the town.") == []
