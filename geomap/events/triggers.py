"""Find event triggers (verbs and nouns of the lexicon) in a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.events.lexicon import TriggerEntry, pattern_triggers, trigger_matcher

_NEXT_WORD = re.compile(r"\s*([\w'-]+)")
_MONTH_CONTEXT = re.compile(r"^\s*\d")
# "attack drones", "air raid alerts": the trigger only names a kind of thing
_MODIFIER_OF = re.compile(
    r"^\s+(?:drones?|helicopters?|aircraft|jets?|planes?|dogs?|submarines?|boats?|alerts?|"
    r"sirens?|warnings?|shelters?|capabilit(?:y|ies)|rifles?|weapons?|units?|squads?)\b",
    re.I,
)
SECONDARY = frozenset(
    ["kill", "withdrawal", "disrupted"]
)  # dropped when a main trigger shares the sentence
DEFINITE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w'\u2019-]+\s+){0,2}$", re.I)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger in a sentence; offsets are relative to the sentence text."""

    start: int
    end: int
    text: str
    entry: TriggerEntry


def find_triggers(text: str) -> list[Trigger]:
    """Return the lexical trigger matches of ``text`` in order.

    This is the cheap prefilter: no parse is needed. Part-of-speech checks
    happen later, on the sentences that are parsed.

    Examples
    --------
    >>> [t.entry.lemma for t in find_triggers("Rebels stormed the town; clashes went on.")]
    ['storm', 'clash']
    """
    found = []
    for pattern, entry in pattern_triggers():
        for match in pattern.finditer(text):
            found.append(Trigger(match.start(), match.end(), match.group(), entry))
    for start, end, entry in trigger_matcher().find(text):
        surface = text[start:end]
        if entry.lowercase_only and not surface.islower():
            continue
        if entry.requires_next:
            nxt = _NEXT_WORD.match(text, end)
            if nxt is None or nxt.group(1).lower() not in entry.requires_next:
                continue
        if entry.lemma == "march" and _MONTH_CONTEXT.match(text[end:]):
            continue
        if "NOUN" in entry.pos and _MODIFIER_OF.match(text[end:]):
            continue
        if any(t.start <= start < t.end for t in found):
            continue
        found.append(Trigger(start, end, surface, entry))
    found.sort(key=lambda t: t.start)
    return found


def main_triggers(triggers: list[Trigger]) -> list[Trigger]:
    """Drop secondary triggers ("killing", "withdrew") told with a main one.

    "An air strike hit the market, killing 12" is one event; the killing
    gives its fatalities, not a second event.
    """
    main = [t for t in triggers if t.entry.trigger_class not in SECONDARY]
    if not main:
        return triggers
    return main


_SUBJECT_GAP = re.compile(r"^[\s\w'\u2019-]{0,30}$")


def drop_restatements(sentence: str, triggers: list[Trigger]) -> list[Trigger]:
    """Drop a verb trigger whose subject is a trigger noun ("an air strike hit the bus")."""
    out: list[Trigger] = []
    for trigger in triggers:
        if "VERB" in trigger.entry.pos and out:
            prev = out[-1]
            gap = sentence[prev.end : trigger.start]
            if "NOUN" in prev.entry.pos and _SUBJECT_GAP.match(gap) and len(gap.split()) <= 3:
                continue
        out.append(trigger)
    return out


def is_definite(sentence: str, trigger: Trigger) -> bool:
    """Whether a noun trigger is a definite back-reference ("the attack", "this offensive")."""
    if "NOUN" not in trigger.entry.pos:
        return False
    return DEFINITE.search(sentence[: trigger.start]) is not None


def has_trigger(text: str) -> bool:
    """Tell whether ``text`` holds any trigger form (fast prefilter)."""
    return bool(trigger_matcher().find(text)) or any(p.search(text) for p, _ in pattern_triggers())
