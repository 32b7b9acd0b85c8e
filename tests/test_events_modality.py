"""Modality and attribution of event mentions, with and without a parse."""

from __future__ import annotations

import pytest

from geomap.events.modality import classify_modality
from geomap.events.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _at(sentence: str, word: str) -> tuple[int, int]:
    start = sentence.index(word)
    return start, start + len(word)


CASES = [
    ("Militia fighters shelled the market in Kadugli on Monday.", "shelled", "asserted", None),
    ("The ministry denied that its troops had shelled the market.", "shelled", "negated", "denial"),
    ("Army units did not attack the village, officials said.", "attack", "negated", None),
    ("No clashes were reported in the border town overnight.", "clashes", "negated", None),
    (
        "The minister said he had instructed the army to seize the town within weeks.",
        "seize",
        "hypothetical",
        "plan",
    ),
    ("The rebels threatened to shell the airport.", "shell", "hypothetical", "threat"),
    ("The commander vowed to recapture the town within days.", "recapture", "hypothetical", "vow"),
    ("The army is preparing to storm the old quarter.", "storm", "hypothetical", "plan"),
    ("Government troops will attack the camp at dawn.", "attack", "hypothetical", "future"),
    ("If talks fail, the militia could raid the depot.", "raid", "hypothetical", "conditional"),
    ("Will the army attack the northern suburbs?", "attack", "hypothetical", "question"),
    # a relative clause keeps its own, asserted, modality
    (
        "The governor pledged to defeat the gunmen who stormed the prison last week.",
        "stormed",
        "asserted",
        None,
    ),
    # negation on a verb that only frames the trigger does not negate it
    ("Retaking the port doesn't end with retaking its docks.", "retaking its", "asserted", None),
    # a right claimed to act, and preparations made, tell no act
    (
        "The ministry said it reserves the right to strike the depots.",
        "strike",
        "hypothetical",
        "threat",
    ),
    (
        "Newspapers reported that preparations for an offensive on the town were complete.",
        "offensive",
        "hypothetical",
        "plan",
    ),
    # a caveat after a semicolon is its own clause, even where the parser hangs the report on it
    (
        "The army said a drone strike had killed four gang members; the claim could not be "
        "verified.",
        "drone strike",
        "asserted",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "word", "modality", "detail"), CASES)
def test_modality_with_parse(nlp, sentence, word, modality, detail):
    result = classify_modality(sentence, _at(sentence, word), parsed=nlp(sentence))
    assert (result.modality, result.detail) == (modality, detail)


@pytest.mark.parametrize(("sentence", "word", "modality", "detail"), CASES[:9])
def test_modality_without_parse(sentence, word, modality, detail):
    result = classify_modality(sentence, _at(sentence, word))
    assert result.modality == modality


def test_attribution_from_according_to_and_said(nlp):
    s = "Gunmen attacked a checkpoint near Gao, according to the regional governor."
    assert classify_modality(s, _at(s, "attacked"), parsed=nlp(s)).attributed_to == (
        "the regional governor"
    )
    s = "Gunmen attacked a checkpoint near Gao, the interior ministry said."
    assert classify_modality(s, _at(s, "attacked")).attributed_to == "the interior ministry"


@pytest.mark.parametrize("parsed", [True, False])
def test_a_dateline_is_no_speaker(nlp, parsed):
    s = "KESSLER, May 12 - The rebel movement said on Sunday it would shell the airport."
    doc = nlp(s) if parsed else None
    result = classify_modality(s, _at(s, "shell"), parsed=doc)
    assert result.attributed_to == "The rebel movement"


def test_attribution_defaults_to_the_quoted_speaker():
    s = "We shelled their positions all night."
    result = classify_modality(s, _at(s, "shelled"), default_attribution="A militia commander")
    assert result.attributed_to == "A militia commander"


@pytest.mark.parametrize(
    ("sentence", "word", "inquiry"),
    [
        ("A reader asks whether Hezbollah has fired at Israel since the truce.", "fired", True),
        ("Residents asked whether the rebels would attack the suburb next.", "attack", False),
        ("Channels debated whether air strikes on the camps were imminent.", "strikes", False),
    ],
)
def test_whether_asks_about_a_fact_or_about_what_may_come(nlp, sentence, word, inquiry):
    result = classify_modality(sentence, _at(sentence, word), parsed=nlp(sentence))
    assert result.modality == "hypothetical"
    assert (result.detail == "inquiry") is inquiry


@pytest.mark.parametrize(
    ("sentence", "word", "modality"),
    [
        # a joined verb without a subject of its own shares the first verb's "no" subject
        ("No house was damaged or set on fire in the village.", "set on fire", "negated"),
        ("Nobody was arrested or killed in the town.", "killed", "negated"),
        # one with its own subject does not
        ("No shots were fired, and the rebels captured the town.", "captured", "asserted"),
        # the passive subject of a cancelling verb did not take place
        ("The march in the capital was cancelled at the last minute.", "march", "negated"),
        ("The protest outside parliament was postponed to next week.", "protest", "negated"),
        ("The sit-in at the university was called off on Sunday.", "sit-in", "negated"),
        # an offensive that was halted had begun
        ("The offensive on the city was halted by heavy rain.", "offensive", "asserted"),
        # what is likely, scheduled or planned, and what is awaited "ahead of", is still to come
        (
            "The governor said the militia was likely to strike the town again.",
            "strike",
            "hypothetical",
        ),
        ("A mass rally is scheduled for Saturday in the capital.", "rally", "hypothetical"),
        ("The police banned a march planned for Monday by the unions.", "march", "hypothetical"),
        (
            "Families were told to leave ahead of a ground assault.",
            "ground assault",
            "hypothetical",
        ),
        # a guess at who did what was done is no prediction
        ("The attack was likely carried out by the rebels.", "attack", "asserted"),
        # a bare plural with a participle names a kind of thing, not a plan
        ("The report listed attacks planned on foreign soil.", "attacks", "asserted"),
        # a part in an event denied: the event took place
        ("The rebels denied any involvement in the attack on the convoy.", "attack", "asserted"),
        ("The group denied responsibility for the bombing of the market.", "bombing", "asserted"),
        # the event itself denied
        ("The rebels denied that they had attacked the convoy.", "attacked", "negated"),
    ],
)
def test_whether_an_event_took_place_is_read_from_its_clause(nlp, sentence, word, modality):
    result = classify_modality(sentence, _at(sentence, word), parsed=nlp(sentence))
    assert result.modality == modality


def test_the_aim_of_a_planned_offensive_is_a_plan(nlp):
    s = "Officials spoke of the planned offensive to take the northern districts."
    result = classify_modality(s, _at(s, "take"), parsed=nlp(s))
    assert (result.modality, result.detail) == ("hypothetical", "plan")
    s = "The army launched an offensive to take the northern districts on Monday."
    assert classify_modality(s, _at(s, "take"), parsed=nlp(s)).modality == "asserted"
