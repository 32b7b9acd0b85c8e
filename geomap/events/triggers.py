"""Find event triggers (verbs and nouns of the lexicon) in a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geomap.events.lexicon import TriggerEntry, pattern_triggers, pattern_union, trigger_matcher

_NEXT_WORD = re.compile(r"\s*([\w'-]+)")
_MONTH_CONTEXT = re.compile(r"^\s*\d")
# "the fall of the government", "after the fall of Assad": a ruler falls, not a town
_RULER_FALLS = re.compile(
    r"\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:government|regime|"
    r"cabinet|president|prime\s+minister|junta|dictatorship|coalition|monarchy|ruling\s+party)\b",
    re.I,
)
# "attack drones", "air raid alerts": the trigger only names a kind of thing
_MODIFIER_OF = re.compile(
    r"^\s+(?:drones?|helicopters?|aircraft|jets?|planes?|dogs?|submarines?|boats?|alerts?|"
    r"sirens?|warnings?|shelters?|capabilit(?:y|ies)|rifles?|weapons?|units?|squads?|bands?|"
    r"talks|negotiations|negotiators|proposals?|mediators?|efforts|footage|films?|scenes|"
    r"videos?|photos|pictures|ranges?|galler(?:y|ies)|cent(?:re|er)s?|commands?|headquarters|"
    r"rooms?)\b",
    re.I,
)
_RIOT_FORCE = re.compile(
    r"\s+(?:police|policemen|officers|troops|units?|squads?|gear|shields?|control)\b", re.I
)
SECONDARY = frozenset(
    ["kill", "withdrawal", "disrupted"]
)  # dropped when a main trigger shares the sentence
DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:(?!(?:the|this|that|these|those)\s)[\w'\u2019-]+\s+){0,2}$"
    # "after Wednesday's strike", "last week's attack": the one told, named by its day
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"(?:last|this)\s+(?:week|weekend|night|month))['\u2019]s\s+(?:[\w'\u2019-]+\s+){0,2}$"
    r"|\bany\s+such\s+$",  # "the police say any such march will be stopped"
    re.I,
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger in a sentence; offsets are relative to the sentence text."""

    start: int
    end: int
    text: str
    entry: TriggerEntry


def find_triggers(text: str) -> list[Trigger]:
    """Return the lexical trigger matches of ``text`` in order (a fresh list).

    Sentences are scanned once: the matches are cached (they are immutable).

    This is the cheap prefilter: no parse is needed. Part-of-speech checks
    happen later, on the sentences that are parsed.

    Examples
    --------
    >>> [t.entry.lemma for t in find_triggers("Rebels stormed the town; clashes went on.")]
    ['storm', 'clash']
    """
    return list(_scan(text))


def _inflected_capital(surface: str, entry) -> bool:
    """An inflected form capitalised at a sentence's start ("Marches", "Marched"): a word,
    while the bare capitalised lemma ("March") may be a name."""
    return surface[:1].isupper() and surface[1:].islower() and surface.lower() != entry.lemma


@lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[Trigger, ...]:
    found = []
    patterns = pattern_triggers() if pattern_union().search(text.lower()) else ()
    for pattern, entry in patterns:  # the lexicon's order decides overlaps
        for match in pattern.finditer(text):
            if not any(t.start < match.end() and match.start() < t.end for t in found):
                found.append(Trigger(match.start(), match.end(), match.group(), entry))
    for start, end, entry in trigger_matcher().find(text):
        surface = text[start:end]
        if (
            entry.lowercase_only
            and not surface.islower()
            and not _inflected_capital(surface, entry)
        ):
            continue  # "March" the month; not "Marches in Mombasa were peaceful"
        if entry.requires_next:
            nxt = _NEXT_WORD.match(text, end)
            if nxt is None or nxt.group(1).lower() not in entry.requires_next:
                continue
            if entry.trigger_class == "territory" and _RULER_FALLS.match(text, end):
                continue
        if entry.lemma == "march" and _MONTH_CONTEXT.match(text[end:]):
            continue
        if "NOUN" in entry.pos and _MODIFIER_OF.match(text[end:]):
            continue
        if entry.lemma == "riot" and _RIOT_FORCE.match(text, end):
            continue  # "riot police pushed demonstrators back": a force, not a riot
        if any(t.start <= start < t.end for t in found):
            continue
        found.append(Trigger(start, end, surface, entry))
    found.sort(key=lambda t: t.start)
    return tuple(found)


def main_triggers(
    triggers: list[Trigger],
    *,
    independent: frozenset[int] = frozenset(),
    sentence: str = "",
    descriptive: frozenset[int] = frozenset(),
) -> list[Trigger]:
    """Drop secondary triggers ("killing", "withdrew") told with a main one.

    "An air strike hit the market, killing 12" is one event; the killing
    gives its fatalities, not a second event. A secondary trigger that heads
    a clause of its own (its start in ``independent``: "..., and in Mogadishu
    gunmen shot dead five guests") stays, and so does one told with a main
    trigger that only describes a place or a group (its start in
    ``descriptive``: "In Taiz, which the Houthis have besieged since 2015, a
    sniper shot dead a child"). A disrupted-use trigger whose
    object is a weapon ("defused a roadside bomb", "intercepted two
    missiles") is the event, and the weapon is not another one.
    """
    triggers, disrupting = _disrupted_objects(triggers, sentence)
    triggers = _without_grievances(triggers, sentence)
    triggers = _without_settings(triggers, sentence)
    triggers = _without_people_named_by_it(triggers, sentence)
    triggers = _ultimatums(triggers)
    independent = independent | disrupting
    # "debris from a downed drone crashed onto a building, setting a flat alight": the
    # drone that did harm is the event (a strike), the fire its damage
    independent = independent | {
        t.start
        for t in triggers
        if t.entry.trigger_class == "disrupted" and _DEBRIS_OF.search(sentence, 0, t.start)
    }
    # "51 drones were shot down over Crimea ..., and that the fleet sank six boats": an
    # interception over a place of its own, told in a clause of its own beside another
    # event, is an event too (not "launched 40 drones, most of which were shot down")
    independent = independent | {
        t.start
        for t in triggers
        if t.entry.trigger_class == "disrupted"
        and _OVER_A_PLACE.match(sentence, t.end)
        and any(
            _COORDINATED.search(sentence, min(t.end, m.end), max(t.start, m.start))
            for m in triggers
            if m.entry.trigger_class not in SECONDARY
        )
    }
    if all(
        t.entry.trigger_class in _CUSTODY or t.entry.lemma in _BLOCKADES
        for t in triggers
        if t.entry.trigger_class not in SECONDARY
    ):
        # "rounded up and shot 11 men", "burned 40 houses and killed nine people", "blocked
        # the highway and shot dead six passengers": a killing done by the same hands is no
        # detail of an arrest, of arson or of a roadblock (the arson is then the killing's
        # damage); "four soldiers were killed" is the toll of something else
        independent = independent | {
            t.start
            for t in triggers
            if t.entry.trigger_class == "kill"
            and not PASSIVE_BEFORE.search(sentence[max(0, t.start - 12) : t.start])
        }
    main = [t for t in triggers if t.entry.trigger_class not in SECONDARY or t.start in independent]
    if not any(
        (t.entry.trigger_class not in SECONDARY and t.start not in descriptive)
        or t.start in disrupting
        for t in main
    ):
        return triggers
    return main


# "an air strike during a raid on the camp", "raped two women during a raid": what an
# event happened during is its setting
_DURING = re.compile(r"\bduring\s+(?:an?|the|its|their)\s+(?:[\w'-]+\s+){0,2}$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:and|but|while|as)\b|\.\s")
# "... during a gunfight in which troops killed ten militants": a setting told as an event
_TOLD_OF_ITSELF = re.compile(r"\s+(?:in\s+which|that|which|where)\b", re.I)


def _without_settings(triggers: list[Trigger], sentence: str) -> list[Trigger]:
    """Drop a trigger that names the setting of an event told before it in its clause:
    "a drone strike during a raid on Nur Shams killed three" is one strike, the raid
    only its occasion."""
    return [
        t
        for t in triggers
        if not _DURING.search(sentence, 0, t.start)
        or _TOLD_OF_ITSELF.match(sentence, t.end)
        or not any(
            m.end <= t.start and not _CLAUSE_BREAK.search(sentence, m.end, t.start)
            for m in triggers
        )
    ]


# "..., saying no shot was fired": what a speaker adds about the act just told
_SAYING = re.compile(r",\s*(?:saying|adding|insisting|stressing)\b", re.I)


def without_restated_reasons(triggers: list[Trigger], sentence: str) -> list[Trigger]:
    """Drop a trigger of the kind told earlier in the sentence when it lies in the
    speaker's added words: "The army denied that troops had fired on the protesters,
    saying no shot was fired" tells one denied act, not two.

    Run on the sentence's matches as found, before any is filtered out: the act
    the added words restate may be dropped later (as hearsay), never replaced by them.
    """
    return [
        t
        for t in triggers
        if not any(
            m.end <= t.start
            and m.entry.trigger_class == t.entry.trigger_class
            and _SAYING.search(sentence, m.end, t.start)
            for m in triggers
        )
    ]


def _ultimatums(triggers: list[Trigger]) -> list[Trigger]:
    """One threat for an ultimatum: "warned residents to leave or 'face the sword'" is
    told by what it threatens, not also by the order to leave."""
    alternatives = [t.start for t in triggers if t.entry.lemma == "leave or face the sword"]
    return [
        t
        for t in triggers
        if t.entry.lemma != "evacuation warning" or not any(a > t.start for a in alternatives)
    ]


_GRIEVANCE = re.compile(
    r"^\s+(?:(?:against|over|about|at)\s+)?(?:(?:the|a|an|their|his|her|its|last\s+week's|"
    # one word may qualify the grievance ("protesting police killings"), but a conjunction
    # starts the next thing the crowd did ("blocked the highway and took control of Surab")
    r"recent|alleged)\s+)*(?:(?!(?:and|or|but|then|before|after|while)\s)[\w-]+\s+){0,1}?$",
    re.I,
)


def _without_grievances(triggers: list[Trigger], sentence: str) -> list[Trigger]:
    """Drop the violence a protest is about ("crowds protesting the abduction of two
    farmers set fire to vehicles"): told as the protest's grievance, it happened elsewhere
    or before, and an account of its own places it."""
    protests = [t for t in triggers if t.entry.trigger_class == "protest"]
    if not protests or len(protests) == len(triggers):
        return triggers
    return [
        t
        for t in triggers
        if t.entry.trigger_class == "protest"
        or not any(
            p.end <= t.start and _GRIEVANCE.match(sentence[p.end : t.start]) for p in protests
        )
    ]


# "the organisers of any further protest": people named by an event, not the event
PEOPLE_OF = re.compile(
    r"\b(?:organi[sz]ers?|leaders?|participants?|instigators?|ringleaders?)\s+of\s+"
    r"(?:an?|the|any|all|such)?\s*(?:(?:further|new|future|more|other|similar)\s+)?$",
    re.I,
)


def _without_people_named_by_it(triggers: list[Trigger], sentence: str) -> list[Trigger]:
    """Drop a protest that only names whom an arrest targets: "warned that it would arrest
    the organisers of any further protest in Idlib" threatens arrests, not a protest."""
    return [
        t
        for t in triggers
        if not (
            t.entry.trigger_class == "protest"
            and PEOPLE_OF.search(sentence, 0, t.start)
            and any(m.entry.trigger_class == "arrest" and m.end <= t.start for m in triggers)
        )
    ]


#: two clauses told side by side: "..., and that the fleet sank ..."
_COORDINATED = re.compile(r",\s+and\s+(?:that\s+)?")
#: where an interception happened: "shot down over Crimea"
_OVER_A_PLACE = re.compile(r"\s+(?:over|above)\s+(?:the\s+)?[A-Z]")
_DEBRIS_OF = re.compile(
    r"\b(?:debris|fragments|wreckage|shrapnel)\s+(?:of|from)\s+(?:(?:an?|the|two|three|"
    r"several|\d+)\s+)?$",
    re.I,
)
_CUSTODY = frozenset(["arrest", "looting"])
_BLOCKADES = frozenset(["block roads"])
# a passive auxiliary right before a participle: "were set on fire", "had been seized"
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.I)
_WEAPON_CLASSES = frozenset(["airstrike", "shelling", "ied", "suicide", "grenade", "strike"])
_OBJECT_WORDS = re.compile(r"^\s+(?:(?:a|an|the|two|three|several|\d+)\s+)?(?:[\w-]+\s+){0,2}$")
# what was brought down, named without a trigger word: "shot down a US MQ-9 Reaper drone"
_CRAFT_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|dozens|\d+|of)\s+)*"
    r"(?:[\w-]+\s+){0,4}?(?:drones?|missiles?|rockets?|UAVs?|aircraft|jets?|warplanes?|"
    r"helicopters?|planes?|projectiles?)\b",
    re.I,
)


def _disrupted_objects(triggers: list[Trigger], sentence: str) -> tuple[list[Trigger], frozenset]:
    """Drop the weapons that a disrupted-use trigger takes as object; list those triggers."""
    if not sentence:
        return triggers, frozenset()
    objects, disrupting = set(), set()
    for trigger in triggers:
        if trigger.entry.trigger_class != "disrupted":
            continue
        for other in triggers:
            if other.start < trigger.end or other.entry.trigger_class not in _WEAPON_CLASSES:
                continue
            if _OBJECT_WORDS.match(sentence[trigger.end : other.start]):
                objects.add(other.start)
                disrupting.add(trigger.start)
            break
        if _CRAFT_OBJECT.match(sentence, trigger.end):
            disrupting.add(trigger.start)  # "it had shot down a US drone over Marib, while ..."
    return [t for t in triggers if t.start not in objects], frozenset(disrupting)


_SUBJECT_GAP = re.compile(r"^[\s\w'\u2019-]{0,30}$")


def drop_restatements(sentence: str, triggers: list[Trigger], parsed=None) -> list[Trigger]:
    """Drop a verb trigger whose subject is a trigger noun ("an air strike hit the bus"),
    or whose object is a definite one ("repelled the attack": the attack told before).

    With a parse the noun must be the verb's subject ("the sit-in ... said they
    would return to the road" keeps both); without one, at most three words
    may stand between them.
    """
    out: list[Trigger] = []
    for index, trigger in enumerate(triggers):
        if "VERB" in trigger.entry.pos and out and trigger.entry.trigger_class != "target":
            # (not "the raids will be answered": what a threat answers is another event)
            prev = out[-1]
            gap = sentence[prev.end : trigger.start]
            if "NOUN" in prev.entry.pos and _SUBJECT_GAP.match(gap) and len(gap.split()) <= 3:
                if parsed is None or _has_role(parsed, prev, trigger, _SUBJECT):
                    continue
        following = triggers[index + 1] if index + 1 < len(triggers) else None
        if "VERB" in trigger.entry.pos and following is not None and "NOUN" in following.entry.pos:
            gap = sentence[trigger.end : following.start]
            if _DEFINITE_OBJECT_GAP.match(gap) and (
                parsed is None or _has_role(parsed, following, trigger, _OBJECT)
            ):
                continue  # "the army said it repelled the attack": the attack told before
        out.append(trigger)
    return out


_DEFINITE_OBJECT_GAP = re.compile(r"^\s+(?:the|this|that)\s+(?:[\w'-]+\s+)?$", re.I)


def _has_role(parsed, noun: Trigger, verb: Trigger, roles: tuple[str, ...]) -> bool:
    """Whether the noun trigger fills one of ``roles`` (dependency labels) of the verb trigger.

    Without a usable alignment of either span the answer is yes, as without a parse.
    """
    noun_span = parsed.char_span(noun.start, noun.end, alignment_mode="expand")
    verb_span = parsed.char_span(verb.start, verb.end, alignment_mode="expand")
    if noun_span is None or verb_span is None or not len(noun_span) or not len(verb_span):
        return True
    head = noun_span.root
    return head.dep_ in roles and head.head.i == verb_span.root.i


_OBJECT = ("dobj",)
_SUBJECT = ("nsubj", "nsubjpass")


def is_definite(sentence: str, trigger: Trigger, parsed=None) -> bool:
    """Whether a noun trigger is a definite back-reference ("the attack", "this offensive").

    A lemma used as noun and verb ("attack") is a back-reference only where
    it is a noun: in "The gunmen attacked a convoy" the article is the
    subject's. ``parsed`` (the sentence's spaCy doc) decides; without it a
    verb form (an auxiliary before it, a past tense) does.
    """
    if "NOUN" not in trigger.entry.pos:
        return False
    if trigger.text.lower().endswith("s") and _ACCUSED_OF.search(sentence[: trigger.start]):
        return True  # "accused the militias of staging kidnappings": who did the ones told
    match = DEFINITE.search(sentence[: trigger.start])
    if match is None or _used_as_verb(sentence, trigger, match.group(0), parsed):
        return False
    if _SPEECH_BETWEEN.search(match.group(0)):
        return False  # "the army says fighting is going on": the article is the speaker's
    if _SECOND_CLAUSE.search(sentence, 0, trigger.start):
        return False  # "... and that a new operation may be needed": a clause of what was said
    if _COMING.search(match.group(0)):
        return False  # "the next large protest": one still to come, not one told
    if _COUNTED.search(trigger.text):
        return False  # "the bodies of six men were found": the count tells them anew
    return not _COMPLEMENTIZER.search(sentence[: match.start() + 5])


_COUNTED = re.compile(
    r"\bof\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
    r"several)\s",
    re.I,
)
# "that" before an indefinite article opens a further clause of what was said
_SECOND_CLAUSE = re.compile(
    r"\b(?:and|but)\s+that\s+(?:an?|another)\s+(?:[\w'\u2019-]+\s+)?$", re.I
)
_COMING = re.compile(r"\b(?:next|upcoming|forthcoming)\b", re.I)
_SPEECH_BETWEEN = re.compile(
    r"\s(?:says|said|say|reports|reported|claims|claimed|adds|added|warns|warned|insists"
    r"|insisted|confirms|confirmed|denies|denied|believes|believed)\s",
    re.I,
)


def _used_as_verb(sentence: str, trigger: Trigger, between: str, parsed) -> bool:
    """The trigger tells what its subject did ("The army has taken full control of")."""
    if "VERB" not in trigger.entry.pos:
        return False
    if parsed is not None:
        span = parsed.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if span is not None and len(span):
            return span[0].pos_ in ("VERB", "AUX")
    first = trigger.text.split()[0].lower()
    return bool(_AUXILIARY.search(between)) or first.endswith("ed") or first in _IRREGULAR_PAST


_AUXILIARY = re.compile(
    r"\b(?:has|have|had|is|are|was|were|be|been|will|would|could|can|may|might|must|should"
    r"|did|do|does)\s",
    re.I,
)
_IRREGULAR_PAST = frozenset("took taken fought fell fallen hit struck shot threw thrown".split())


# an accusation names who did what the story told, in bare plurals
_ACCUSED_OF = re.compile(
    r"\b(?:accus\w+|blam\w+)\s+(?:[\w'\u2019-]+\s+){1,5}?(?:of|for)\s+"
    r"(?:(?:staging|carrying\s+out|committing|orchestrating|conducting|being\s+behind)\s+)?$",
    re.I,
)

# "warned that more lynchings would follow": "that" opens a clause, it does not point back
_COMPLEMENTIZER = re.compile(
    r"\b[\w'-]+(?:ed|s|id)\s+that\s$|\b(?:say|warn|claim|fear|add)\s+that\s$", re.I
)


def has_trigger(text: str) -> bool:
    """Tell whether ``text`` holds any trigger form (fast prefilter)."""
    return bool(trigger_matcher().find(text)) or any(p.search(text) for p, _ in pattern_triggers())
