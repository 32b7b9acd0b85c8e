"""Features of (trigger, candidate place) pairs for the learned linker, on sentences of our own."""

from __future__ import annotations

import pytest

from geomap.events.link_features import (
    SPEAKER_PLACE,
    candidate_features,
    candidate_mentions,
    governing_preposition,
    locative_on_trigger,
    none_features,
    role_of,
)
from geomap.events.nlp import load_nlp
from geomap.records import Place

KINDS = {"North Kivu": "admin1", "Mali": "country", "DR Congo": "country"}
POPULATION = {"Goma": 670_000, "Sake": 70_000, "Gao": 87_000, "Kinshasa": 17_000_000}


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _places(sentence: str, names: list[str]) -> list[Place]:
    places = []
    for gid, name in enumerate(names, start=1):
        start = sentence.index(name)
        feature = KINDS.get(name, "city")
        places.append(
            Place(start, start + len(name), name, name=name, geonameid=gid, feature=feature,
                  lat=1.0, lon=1.0, population=POPULATION.get(name, 20_000))
        )  # fmt: skip
    return places


def _features(sentence: str, verb: str, names: list[str], nlp=None) -> dict[str, dict]:
    """Features of every named place, by name."""
    mentions = candidate_mentions(sentence, _places(sentence, names))
    start = sentence.index(verb)
    parsed = nlp(sentence) if nlp is not None else None
    trigger = (start, start + len(verb))
    return {
        m.place.text: candidate_features(sentence, trigger, mentions, i, parsed)
        for i, m in enumerate(mentions)
    }


def test_the_preposition_and_what_it_hangs_on(nlp):
    gao = _features("Fighting erupted near Gao on Sunday.", "erupted", ["Gao"], nlp)["Gao"]
    assert governing_preposition(gao) == "near"
    assert "attach=trigger" in gao
    assert locative_on_trigger(gao)
    assert role_of(gao) == "'near' phrase"
    s = "Militants attacked a checkpoint near Gao on Sunday."
    gao = _features(s, "attacked", ["Gao"], nlp)["Gao"]
    assert "attach=trigger_np" in gao  # on the trigger's object
    assert not locative_on_trigger(gao)


def test_the_object_of_the_trigger(nlp):
    feats = _features("Rebels captured Sake after heavy fighting.", "captured", ["Sake"], nlp)
    assert "role=dobj*attach=trigger" in feats["Sake"]
    assert role_of(feats["Sake"]) == "object of the trigger"


def test_a_place_naming_people_is_marked(nlp):
    feats = _features("Goma officials said the road was reopened.", "reopened", ["Goma"], nlp)
    assert "modifies_class=people" in feats["Goma"]
    feats = _features("Mali's army shelled the hills.", "shelled", ["Mali"], nlp)
    assert "modifies_class=people" in feats["Mali"]
    assert "modifies_class=people*dep=poss" in feats["Mali"]


def test_a_qualifier_after_a_comma_and_the_place_it_qualifies(nlp):
    s = "Fighting broke out in Sake, North Kivu, on Monday."
    feats = _features(s, "Fighting", ["Sake", "North Kivu"], nlp)
    assert "qualified_by_next" in feats["Sake"]
    assert "qualifies_prev" in feats["North Kivu"]
    assert "finer_other" in feats["North Kivu"]
    assert "finer_other" not in feats["Sake"]


def test_a_city_that_only_names_the_container_of_a_suburb(nlp):
    s = "Rebels shelled the Goma suburb of Sake overnight."
    feats = _features(s, "shelled", ["Goma", "Sake"], nlp)
    assert "names_container_of_next" in feats["Goma"]
    assert "named_inside_prev" in feats["Sake"]


def test_a_town_in_its_province(nlp):
    s = "Gunmen killed nine villagers in Sake in North Kivu."
    feats = _features(s, "killed", ["Sake", "North Kivu"], nlp)
    assert "inside_next" in feats["Sake"]
    assert "contains_prev" in feats["North Kivu"]


def test_a_dateline_opens_the_sentence(nlp):
    s = "GOMA (Example Wire) - Rebels shelled Sake on Monday."
    feats = _features(s, "shelled", ["GOMA", "Sake"], nlp)
    assert "dateline" in feats["GOMA"]
    assert "dateline" not in feats["Sake"]


def test_the_city_a_spokesman_speaks_from(nlp):
    s = "A spokesman in Kinshasa said rebels had shelled Sake overnight."
    feats = _features(s, "shelled", ["Kinshasa", "Sake"], nlp)
    assert SPEAKER_PLACE in feats["Kinshasa"]
    assert SPEAKER_PLACE not in feats["Sake"]


def test_residents_speak_from_where_they_live(nlp):
    s = "Residents of Gao said the militants had attacked a convoy."
    assert SPEAKER_PLACE not in _features(s, "attacked", ["Gao"], nlp)["Gao"]


def test_a_capitalised_preposition_read_as_part_of_the_name(nlp):
    s = "Near Gao, gunmen shot dead twelve men on Friday."
    gao = _features(s, "shot", ["Gao"], nlp)["Gao"]
    assert governing_preposition(gao) == "near"
    assert "dep=pobj" in gao


def test_a_movement_origin_is_read_as_from(nlp):
    s = "Fighters who came from Gao attacked an army post in Kidal."
    feats = _features(s, "attacked", ["Gao", "Kidal"], nlp)
    assert governing_preposition(feats["Gao"]) == "from"
    assert governing_preposition(feats["Kidal"]) == "in"


def test_lexical_features_without_a_parse():
    s = "Militants attacked a checkpoint near Gao on Sunday."
    gao = _features(s, "attacked", ["Gao"])["Gao"]
    assert governing_preposition(gao) == "near"
    assert "after" in gao
    assert not any(k.startswith(("dep=", "path=", "attach=")) for k in gao)


@pytest.mark.parametrize(
    ("sentence", "verb", "names"),
    [
        ("Rebels shelled the Goma suburb of Sake overnight.", "shelled", ["Goma", "Sake"]),
        ("A spokesman in Kinshasa said rebels had shelled Sake.", "shelled", ["Kinshasa", "Sake"]),
        ("Mali's army said it killed 20 militants near Gao.", "killed", ["Mali", "Gao"]),
    ],
)
def test_no_feature_holds_a_place_name(nlp, sentence, verb, names):
    for parsed in (nlp, None):
        feats = _features(sentence, verb, names, parsed)
        keys = " ".join(k for f in feats.values() for k in f).lower()
        assert not any(name.lower() in keys for name in names)
        mentions = candidate_mentions(sentence, _places(sentence, names))
        start = sentence.index(verb)
        doc = parsed(sentence) if parsed is not None else None
        none = " ".join(none_features(sentence, (start, start + len(verb)), mentions, doc))
        assert not any(name.lower() in none.lower() for name in names)


def test_candidates_skip_month_abbreviations_and_other_sentences():
    s = "Soldiers shot a driver on Nov. 17 in Gao."
    places = _places(s, ["Nov", "Gao"]) + [Place(200, 205, "Sake", geonameid=9, feature="city")]
    assert [m.place.text for m in candidate_mentions(s, places)] == ["Gao"]


def test_candidates_take_document_offsets():
    s = "Rebels shelled Sake."
    place = Place(100 + s.index("Sake"), 100 + s.index("Sake") + 4, "Sake", feature="city")
    [mention] = candidate_mentions(s, [place], offset=100)
    assert s[mention.start : mention.end] == "Sake"
