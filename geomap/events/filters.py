"""Which triggers make events: part of speech, required context, background, conditions.

Each check is a small pure function of the sentence (and its parse when
there is one); :func:`trigger_ok` applies them all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geomap.events.coding import instrument
from geomap.events.lexicon import trigger_readings
from geomap.events.sentences import Sentence
from geomap.events.triggers import Trigger, is_definite
from geomap.records import Event, Place

_PLACE_PREP = re.compile(
    r"^[\s,]*(?:(?:north|south|east|west|deeper|further|farther|back)\w*\s+)?"
    r"(?:in|at|on|into|toward|towards|over|near|for|of|around|inside|outside)\b"
    r"[\w\s'\u2019-]{0,30}$",
    re.I,
)
_ANAPHOR_OBJECT = re.compile(
    r"\s*(?:the|this|that)\s+(?:city|town|village|port|camp|capital)\b", re.I
)


_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|its|their|his|her|of|new|latest|deadly|twin|suicide|recent)\s+"
    r"(?:[\w'-]+\s+)?$",
    re.I,
)


def reading(trigger: Trigger, parsed, text: str) -> Trigger:
    """The lexicon entry whose part of speech fits the parse ("the shelling" is a noun)."""
    readings = trigger_readings().get(" ".join(trigger.text.lower().replace("-", " ").split()), ())
    if len(readings) < 2:
        return trigger
    if parsed is None:  # without a parse: a determiner before makes it a noun
        before = text[max(0, trigger.start - 30) : trigger.start]
        pos = "NOUN" if _DETERMINER_BEFORE.search(before) else "VERB"
    else:
        span = parsed.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            return trigger
        pos = "NOUN" if span.root.pos_ in ("NOUN", "PROPN") else span.root.pos_
    for entry in readings:
        if pos in entry.pos:
            return replace(trigger, entry=entry)
    return trigger


def trigger_ok(
    trigger: Trigger, sentence: Sentence, places: list[Place], parsed, context: str
) -> bool:
    """Whether ``trigger`` can make an event in ``sentence``.

    Rejects a wrong part of speech ("offensive remarks"), a noun that only
    qualifies another ("attack helicopters"), background ("those responsible
    for the attacks", "the town Moscow had captured"), conditions ("if drones
    kept attacking"), agreements already in force ("despite the ceasefire"),
    arrests of protesters (the protest's intervention), and triggers missing
    what their entry requires: a weapon for "struck" (``context`` is the
    sentence with the one before), a place after "entered" or "advanced on".
    """
    entry = trigger.entry
    span = None
    if parsed is not None:
        span = parsed.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if span is not None and len(span):
            pos = {"NOUN" if t.pos_ == "PROPN" else t.pos_ for t in span}
            if not pos & set(entry.pos):
                return False
            root = span.root
            if "NOUN" in pos and root.dep_ == "compound" and len(span) == 1:
                return False  # "attack helicopters", "strike group"
    before = sentence.text[max(0, trigger.start - 50) : trigger.start]
    if _BACKGROUND.search(before) or _SINCE_CLAUSE.search(before):
        return False  # "those responsible for missile attacks on ..."
    if entry.trigger_class == "agreement" and (
        _STANDING_AGREEMENT.search(before) or is_definite(sentence.text, trigger)
    ):
        return False  # "despite the ceasefire": an agreement already in force, not a new one
    if parsed is not None and span is not None and len(span) and _past_perfect_relative(span.root):
        return False  # "the only regional capital Moscow had captured": background
    if parsed is not None and span is not None and len(span) and _condition_clause(span.root):
        return False  # "...if drones kept attacking ships": the condition, not an event
    if entry.requires_instrument and instrument(context) is None:
        aimed_at_crowd = _CROWD_TARGET.search(sentence.text, trigger.end, trigger.end + 60)
        by_forces = "NOUN" in entry.pos and _FORCES_BEFORE.search(sentence.text[: trigger.start])
        if not (_place_after(trigger, sentence, places) or aimed_at_crowd or by_forces):
            return False
    if entry.requires_place_object or entry.requires_place_prep:
        if entry.requires_place_object and _ANAPHOR_OBJECT.match(sentence.text, trigger.end):
            return True
        for place in places:
            start = place.start - sentence.start
            gap = sentence.text[trigger.end : start]
            if start < trigger.end or len(gap) > 45:
                continue
            if entry.requires_place_object and _OBJECT_GAP.fullmatch(gap):
                return True
            if entry.requires_place_prep and _PLACE_PREP.match(gap):
                return True
        return False
    return True


_SINCE_CLAUSE = re.compile(r"\b[Ss]ince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,4}$")
_BACKGROUND = re.compile(
    r"\b(?:responsible|blamed|blame|blaming|accused|accusing|accuse|retaliation|revenge|avenge|"
    r"punish\w*|anniversary|memory|memorial)\s+(?:for|of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[\w'-]+\s+){0,3}$",
    re.I,
)


_FORCES_BEFORE = re.compile(  # "an Israeli strike", "Russian strikes", "coalition strikes"
    r"\b(?:(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|One|Another)\b)[A-Z][\w-]+|"
    r"coalition|army|military|government|regime)\s+$"
)
_CROWD_TARGET = re.compile(
    r"\b(?:at|on|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:protesters|protestors|demonstrators|"
    r"crowds?|marchers|mourners|students|strikers)\b",
    re.I,
)
_STANDING_AGREEMENT = re.compile(
    r"\b(?:despite|violat\w*|breach\w*|under|during|since|broke|break\w*|collapse\w*|"
    r"end\w*|extend\w*|renew\w*|observ\w*|respect\w*|flout\w*|fragile|existing)\s+"
    r"(?:of\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}$",
    re.I,
)


BACKGROUND_DAYS = 45
_SUMMARY = re.compile(
    r"\b(?:war|conflict|fighting|violence|insurgency|crisis|campaign|unrest)\b[^.;]{0,40}?"
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:killed|displaced|claimed)\b",
    re.I,
)


_PERIOD = re.compile(
    r"\b(?:in|over|during|throughout)\s+(?:the\s+)?(?:recent|past|last|previous)\s+(?:few\s+)?"
    r"(?:\w+\s+)?(?:months|weeks|years|decades)\b|\bsince\s+the\s+(?:war|conflict)\s+began\b",
    re.I,
)


def is_background(event: Event, article_date: str | None) -> bool:
    """Events told as background: long before the article, over past months, a war's toll."""
    if event.evidence and _PERIOD.search(event.evidence):
        return True
    if event.evidence and event.trigger and _SUMMARY.search(event.evidence):
        summary = _SUMMARY.search(event.evidence)
        if summary.start() <= event.evidence.find(event.trigger) <= summary.end():
            return True
    if not article_date or not event.event_date:
        return False
    from datetime import date

    try:
        gap = date.fromisoformat(article_date[:10]) - date.fromisoformat(event.event_date)
    except ValueError:
        return False
    return gap.days > BACKGROUND_DAYS


def _condition_clause(token) -> bool:
    """Whether ``token`` sits in an if/unless clause attached to a hypothetical main clause."""
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
            return token.dep_ == "advcl"
        if token.head.i == token.i or token.dep_ not in (
            "xcomp",
            "conj",
            "dobj",
            "pobj",
            "prep",
            "pcomp",
        ):
            return False
        token = token.head
    return False


def _past_perfect_relative(token) -> bool:
    if token.dep_ != "relcl":
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)


def _place_after(trigger: Trigger, sentence: Sentence, places: list[Place]) -> bool:
    """Whether a place (or "the city") is the trigger's object: "struck the port of Odesa"."""
    if _ANAPHOR_OBJECT.match(sentence.text, trigger.end):
        return True
    for place in places:
        start = place.start - sentence.start
        if start >= trigger.end and _OBJECT_GAP.fullmatch(sentence.text[trigger.end : start]):
            return True
    return False


_OBJECT_GAP = re.compile(
    r"\s*(?:(?:the|a)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:city|town|village|port|capital|camp|district|"
    r"area|base|region|province|neighbourhood|neighborhood)\s+of\s+)?",
    re.I,
)
