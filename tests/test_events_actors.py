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


def test_a_states_named_forces_are_its_government_and_their_foes_are_not():
    # the SSPDF is South Sudan's army; the SPLA-IO and the White Army fight it
    sspdf, splaio, white = find_actors(
        "The SSPDF said SPLA-IO fighters and the White Army attacked Nasir."
    )
    assert (sspdf.name, sspdf.government, sspdf.country) == (
        "South Sudan People's Defence Forces",
        True,
        "SS",
    )
    assert not splaio.government and splaio.actor_type == "Rebel group"
    assert not white.government and white.name == "White Army"


def test_a_name_that_tells_a_struggle_is_an_armed_group_not_a_states_army():
    for name in ("Kosovo Liberation Army", "Zomi Revolutionary Army",
                 "People's Liberation Army of Manipur"):  # fmt: skip
        actors = find_actors(f"The {name} claimed the ambush.")
        assert [(a.name, a.actor_type, a.government) for a in actors] == [
            (name, "Rebel group", False)
        ]


def test_a_countrys_national_army_stays_state_forces():
    (actor,) = find_actors("The Somali National Army retook the town.")
    assert actor.government and actor.actor_type == "State forces"


def test_indian_police_forces_are_police_and_the_army_is_the_army():
    assert _names("A CRPF jawan and DRG personnel were hurt.")[0] == "Police Forces of India"
    assert _names("Indian troops moved in.") == ["Military Forces of India"]


def test_its_troops_are_the_forces_of_the_state_body_named_before():
    # "its troops" after "Russia's Defence Ministry": Russia's, whatever country the event is in
    names = _names("Russia's Defence Ministry said its troops had taken the village.")
    assert names == ["Government of Russia", "Military Forces of Russia"]
    # with no state body before it, the generic slot stays for the event's country
    assert _names("The village said its troops had left.") == ["Military Forces of {country}"]


def test_people_who_write_about_a_force_are_not_the_force():
    for text in (
        "Russian military bloggers said the town had fallen.",
        "Pro-Kremlin military bloggers said the town had fallen.",
        "Army analysts said the town had fallen.",
    ):
        assert _names(text) == [], text
    assert _names("The Russian military said the town had fallen.") == ["Military Forces of Russia"]
