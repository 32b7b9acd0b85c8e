"""The actor dictionary: aliases, acronyms, nationality forces, generic actors, organisations."""

from __future__ import annotations

from geomap.events.actors import find_actors, organisation_spans, with_country


def _names(text: str) -> list[str]:
    return [a.name for a in find_actors(text)]


def test_aliases_of_one_actor_share_its_name():
    for text in ("ISIS", "ISIL", "Daesh", "the Islamic State", "Islamic State of Iraq and al-Sham"):
        assert _names(f"Units of {text} advanced.") == ["Islamic State"], text


def test_acronyms_are_case_sensitive():
    assert _names("The SDF and HTS clashed.") == [
        "Syrian Democratic Forces",
        "Hayat Tahrir al-Sham",
    ]
    assert "Islamic State" not in _names("This is what it is.")


def test_nationality_forces_use_the_country():
    actors = find_actors("Iraqi troops and Kenyan police met Nigerian officials.")
    assert [(a.name, a.country) for a in actors][:2] == [
        ("Military Forces of Iraq", "IQ"),
        ("Police Forces of Kenya", "KE"),
    ]


def test_named_state_forces_win_over_nationality_pattern():
    assert _names("Russian warplanes struck the town.") == ["Military Forces of Russia"]


def test_generic_actors_take_the_event_country():
    gunmen, police = find_actors("Gunmen fought government forces.")
    assert with_country(gunmen, "NG").name == "Unidentified Armed Group (Nigeria)"
    filled = with_country(police, "SY")
    assert filled.name == "Syrian Arab Army" and filled.actor_type == "State forces"
    assert with_country(gunmen, None).name == "Unidentified Armed Group"


def test_description_after_a_name_joins_it():
    (actor,) = find_actors("Houthi rebels fired a missile.")
    assert actor.name == "Houthis" and actor.text == "Houthi rebels"


def test_organisation_spans_cover_country_names_inside_organisations():
    text = "Forces of the Islamic State of Iraq and Syria withdrew; Syria's army advanced."
    spans = organisation_spans(text)
    assert any(text[s:e] == "Islamic State of Iraq and Syria" for s, e in spans)
    # the second "Syria" is a place, not inside any organisation
    second = text.rindex("Syria")
    assert not any(s <= second < e for s, e in spans)
