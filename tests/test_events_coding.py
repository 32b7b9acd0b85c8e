"""Triggers, ACLED coding rules and fatality counts."""

from __future__ import annotations

import pytest

from geomap.events.actors import find_actors
from geomap.events.coding import code_event, fatalities
from geomap.events.sentences import split_sentences
from geomap.events.triggers import find_triggers, main_triggers


def _code(sentence: str, word: str, country: str = "SY"):
    (trigger,) = [t for t in find_triggers(sentence) if t.text == word]
    actors = find_actors(sentence)
    before = [a for a in actors if a.end <= trigger.start]
    after = [a for a in actors if a.start >= trigger.end]
    actor1 = before[-1] if before else None
    actor2 = after[0] if after else None
    return code_event(
        trigger.entry, sentence, (trigger.start, trigger.end), actor1, actor2, country
    )


@pytest.mark.parametrize(
    ("sentence", "word", "event_type", "sub_event_type"),
    [
        (
            "Government forces recaptured the town.",
            "recaptured",
            "Battles",
            "Government regains territory",
        ),
        (
            "The Houthis captured the district.",
            "captured",
            "Battles",
            "Non-state actor overtakes territory",
        ),
        (
            "Russian forces captured the village.",
            "captured",
            "Battles",
            "Non-state actor overtakes territory",
        ),
        (
            "Rebels took control of the town without a fight.",
            "took control",
            "Strategic developments",
            "Non-violent transfer of territory",
        ),
        (
            "Gunmen seized him at a checkpoint.",
            "seized",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        ("Jets attacked the market.", "attacked", "Explosions/Remote violence", "Air/drone strike"),
        (
            "Militants attacked the village, killing farmers.",
            "attacked",
            "Violence against civilians",
            "Attack",
        ),
        ("Militants attacked an army base.", "attacked", "Battles", "Armed clash"),
        (
            "A car bomb exploded near the port.",
            "car bomb",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        ("Hundreds protested in the capital.", "protested", "Protests", "Peaceful protest"),
        (
            "Police fired tear gas at demonstrators who protested outside parliament.",
            "protested",
            "Protests",
            "Protest with intervention",
        ),
        ("Rioters looted shops.", "looted", "Riots", "Violent demonstration"),
        ("A mob beat a man to death.", "beat a man to death", "Riots", "Mob violence"),
        (
            "Troops opened fire on protesters.",
            "opened fire",
            "Protests",
            "Excessive force against protesters",
        ),
        (
            "The army set up a new base near the river.",
            "set up a new base",
            "Strategic developments",
            "Headquarters or base established",
        ),
    ],
)
def test_coding(sentence, word, event_type, sub_event_type):
    coding = _code(sentence, word)
    assert (coding.event_type, coding.sub_event_type) == (event_type, sub_event_type)


def test_disorder_types():
    assert (
        _code("Hundreds protested in the capital.", "protested").disorder_type == "Demonstrations"
    )
    assert _code("Jets attacked the market.", "attacked").disorder_type == "Political violence"
    assert _code("Police arrested ten men.", "arrested").disorder_type == "Strategic developments"


def test_civilian_targeting_flag():
    assert _code("Militants attacked the village, killing farmers.", "attacked").civilian_targeting
    assert not _code("Militants attacked an army base.", "attacked").civilian_targeting


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("At least 12 civilians were killed and 30 wounded.", 12),
        ("Dozens of fighters died in the battle.", 12),
        ("The strike killed between 8 and 10 people.", 8),
        ("The death toll rose to 45.", 45),
        ("The blast left five dead.", 5),
        ("Hundreds of people were killed.", 100),
        ("Nobody was hurt.", None),
        # a number inside a name is no count of the dead
        ("M23 fighters killed civilians in the market.", None),
        ("The M23 rebels killed 7 civilians.", 7),
        ("Gunmen of the 4th Brigade left 3 dead.", 3),
        # verbs that tell killing other than "killed", and bodies found
        ("Soldiers executed five civilians accused of helping the rebels.", 5),
        ("Unknown assailants hacked to death three farmers.", 3),
        ("The bodies of 12 men with gunshot wounds were found.", 12),
        ("Police executed a search warrant at the house.", None),
    ],
)
def test_fatalities_lowest_figure(sentence, count):
    assert fatalities(sentence) == count


def test_verb_and_noun_triggers_and_modifiers():
    lemmas = [
        t.entry.lemma for t in find_triggers("Clashes followed the army's capture of the hill.")
    ]
    assert lemmas == ["clash", "capture"]
    assert find_triggers("Attack helicopters flew over the city.") == []
    assert [t.entry.lemma for t in find_triggers("They drove the militants out of the town.")] == [
        "drive out"
    ]


def test_killing_told_with_an_attack_is_not_a_second_event():
    triggers = main_triggers(find_triggers("An air strike hit the market, killing 12 people."))
    assert [t.entry.lemma for t in triggers] == ["air strike", "hit"]


def test_sentences_keep_offsets_and_paragraphs():
    text = "Gen. Musa spoke in the U.S. capital. Troops left.\n\nA new paragraph."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Gen. Musa spoke in the U.S. capital.",
        "Troops left.",
        "A new paragraph.",
    ]
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # what is fired tells a crowd, even when the crowd is not named as protesters
        ("Police fired tear gas and used water cannon to disperse young men.", "Protests"),
        ("Police fired rubber bullets to clear the young men from the road.", "Protests"),
        ("Soldiers fired mortars at the hills.", "Explosions/Remote violence"),
    ],
)
def test_crowd_weapons_fired_make_a_protest_intervention(sentence, event_type):
    assert _code(sentence, "fired").event_type == event_type


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Rival political supporters fought with machetes in the market.", "fought"),
        ("Opposition supporters clashed with police near the stadium.", "clashed"),
    ],
)
def test_party_supporters_who_fight_riot(sentence, word):
    assert _code(sentence, word, "KE").event_type == "Riots"
