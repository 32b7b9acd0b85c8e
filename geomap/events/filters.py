"""Which triggers make events: part of speech, required context, background, conditions.

Each check is a small pure function of the sentence (and its parse when
there is one); :func:`trigger_ok` applies them all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geomap.events.coding import (
    ACCUSED_OF,
    IN_ANSWER_TO,
    instrument,
    no_shots_at_crowd,
    ships_attacked,
    trigger_clause,
)
from geomap.events.dates import blank_asides
from geomap.events.lexicon import coding_cues, trigger_readings
from geomap.events.sentences import Sentence
from geomap.events.triggers import Trigger, is_definite
from geomap.records import Event, Place

# "the state capital, Sittwe": a town's role, then its name
_APPOSED_TOWN = (
    r"(?:(?:state|provincial|regional|district|county|national)\s+)?(?:city|town|capital|port),\s+"
)
_PLACE_PREP = re.compile(
    # "push deeper into", "push next towards Sabiid": an adverb of the move before its place
    r"^[\s,]*(?:(?:north|south|east|west|deeper|further|farther|back|next|ahead|forward|onward)"
    r"\w*\s+)?"
    r"(?:in|at|on|into|toward|towards|over|near|for|of|around|inside|outside|against)\b"
    # "advancing on the state capital, Sittwe": the town in apposition
    r"(?:[\w\s'\u2019-]{0,30}|\s+the\s+" + _APPOSED_TOWN + ")$",
    re.I,
)
_ANAPHOR_OBJECT = re.compile(
    r"\s*(?:the|this|that)\s+(?:city|town|village|port|camp|capital|base|garrison|airport|"
    r"district|neighbou?rhood|area|region|province|settlement|locality)\b",
    re.I,
)
_TOWN_PRONOUN_OBJECT = re.compile(r"\s+it\s+back\b", re.I)
_TO_OR_MODAL = re.compile(r"\b(?:to|will|would|shall|could|can)\s+$|'ll\s+$", re.I)


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


def _proper_noun(trigger: Trigger, text: str) -> bool:
    """A one-word trigger capitalised inside a sentence is a name ("a Shell gas station")."""
    word = trigger.text
    if " " in word or not word[:1].isupper() or word.isupper() or trigger.start == 0:
        return False
    before = text[: trigger.start].rstrip()
    return bool(before) and before[-1] not in ".:;!?\"'\u201c\u2018(-\u2013\u2014"


def is_nominal(trigger: Trigger, parsed, text: str) -> bool:
    """Whether the trigger names a thing rather than telling what its subject did.

    A noun ("broke up a vigil") or a participle describing a noun ("fired at
    supporters protesting against taxes").
    """
    if parsed is not None:
        span = parsed.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if span is not None and len(span):
            root = span.root
            return root.pos_ in ("NOUN", "PROPN") or root.dep_ in ("acl", "amod")
    before = text[max(0, trigger.start - 30) : trigger.start]
    return _DETERMINER_BEFORE.search(before) is not None


_END_TO = re.compile(
    r"\b(?:an?|the)\s+(?:immediate\s+|swift\s+|permanent\s+)?(?:end|halt|stop)\s+to\s+"
    r"(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


_READY_TO = re.compile(  # the weapon is ready, not "the army was ready to retake Goma"
    r"\b(?:rockets?|launchers?|missiles?|mortars?|drones?|shells?|rounds|platforms?|devices?)\b"
    r"[^.;]{0,40}?\b(?:ready|primed|prepared|poised|rigged|set\s+up)\s+(?:to|for)\s+$",
    re.I,
)
_DEMANDED = re.compile(  # "called on Israel to withdraw", "needed Israel to withdraw from"
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
    r"press(?:es|ed|ing)?|pressure\s+on|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to)\b"
    r"[^.;]{0,60}?\bto\s+(?:fully\s+|immediately\s+|completely\s+)?$"
    # "needed Israel to withdraw", not "needed three days to withdraw"
    r"|\b(?:need(?:s|ed)?|want(?:s|ed)?)\s+(?:(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?|"
    r"(?:the|its|their)\s+(?:army|troops|forces|military|soldiers|enemy|occupation|rebels|"
    r"militias?|fighters))\s+to\s+$",
    re.I,
)
_THREAT_MODALS = frozenset({"will", "would", "shall", "'ll"})


_SOUGHT_DEAL = re.compile(
    r"\b(?:deadline|talks|negotiations|hopes?|push|efforts?|calls?|proposals?|drafts?|bid|"
    r"framework)\s+(?:for|on|towards|toward)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: what is done to mines and bombs that have not gone off
_HANDLED_NOT_EXPLODED = frozenset(
    ["clear", "remove", "lay", "plant", "find", "discover", "seize", "recover", "defuse",
     "dismantle", "collect", "mark", "detect", "neutralise", "neutralize", "destroy", "disarm",
     "sweep", "store", "stockpile", "smuggle", "transport", "make", "manufacture"]
)  # fmt: skip


_MADE_SAFE_BY_BLAST = frozenset(["detonate", "explode", "blow"])


def _head_verb(token):
    """The verb whose object ``token`` is, through a list ("cleared mines and shells")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.head


#: "would return home to X": fighters coming home, not back to attack
_HOME_AFTER = re.compile(r"\s+(?:safely\s+)?home\b", re.I)
#: "... before withdrawing", "before pulling out": the end of a raid the sentence tells
_BEFORE_LEAVING = re.compile(r"\bbefore\s+$", re.I)
_NO_SHOT = re.compile(r"\bwithout\s+(?:a\s+)?(?:single\s+)?shots?\s+(?:being\s+)?$", re.I)
_ARMED_STRIKE = re.compile(r"\barmed\s+(?:strike|stoppage)$", re.I)
# a strike told as done and justified: "calling it a legitimate target", "called them targets"
# what an evacuation warning threatens: "leave before an imminent assault", "warning that it
# would act with great force", "saying drones would strike"
_THREATENED_ACT = re.compile(
    r"\b(?:assaults?|attack\w*|offensive|strik(?:e|es|ing)|bomb\w*|shell\w*|storm\w*|push|"
    r"operations?|act|action|force|target\w*|raids?|fire|destroy\w*|hit|clear(?:ed|ing)?)\b",
    re.I,
)
# a campaign summed up by what it does: "has stepped up its campaign since August, hitting"
_CAMPAIGN_BEFORE = re.compile(
    r"\b(?:campaign|stepped\s+up|intensified|escalated|ramped\s+up)\b[^.;:]{0,80},\s*$", re.I
)
# a gathering as the setting of another act: its victims' ("attending a vigil", "on their way
# to join a sit-in") or a speaker's ("told supporters at a rally in Bukavu that ...")
_GATHERING_AS_SETTING = re.compile(
    r"(?:\b(?:attending|attend|attended|join|joining|gathered\s+for|heading\s+(?:to|for)|"
    r"travell?ing\s+to|on\s+(?:their|the|its|his|her)\s+way\s+to)\s+(?:a|an|the|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}"
    r"|\b(?:said|says|told(?:\s+[\w'-]+){1,3}|speaking|spoke|addressing|addressed|announced)"
    r"\s+(?:[\w'-]+\s+){0,3}?at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2})$",
    re.I,
)
# people led away on foot: "marched the traders into the bush", "marched them to a camp"
_MARCHED_PEOPLE = re.compile(
    r"\s+(?:them|him|her|(?:the|some|all|\d+|[a-z]+ty|two|three|four|five|six|seven|eight|nine|"
    r"ten|dozens\s+of|hundreds\s+of)\s+(?:[\w-]+\s+){0,2}?(?:traders|villagers|hostages|captives|"
    r"prisoners|detainees|men|women|children|passengers|farmers|students|workers|residents|"
    r"civilians|people))\s+(?:into|to|towards?|away|off|through|out)\b",
    re.I,
)
_ADVICE = re.compile(r"urg(?:e|es|ed|ing)\b", re.I)
_AFTER_ORDERS = re.compile(r"\b(?:after|following)\s+(?:[\w'-]+\s+){0,2}$", re.I)
_CALLED_IT = re.compile(
    r"\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|label(?:s|led|ling))\s+(?:it|them|both|all|the\s+\w+)\s+"
    r"(?:as\s+)?[\"\u201c\u2018']?(?:an?\s+)?[\"\u201c\u2018']?(?:[\w-]+\s+){0,2}$",
    re.I,
)


_STANDING_ADVERBS = frozenset({"now", "henceforth", "still", "all"})
_QUANTIFIERS = frozenset({"any", "every", "all", "each"})
_RESTATED_SUBJECTS = frozenset({"it", "this", "that", "them", "they", "which"})

# the struck target justified: "said it was a legitimate target"
_IT_WAS = re.compile(
    r"\b(?:it|this|that)\s+(?:was|had\s+been)\s+(?:an?\s+)?[\"\u201c\u2018']?(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _declared_target(copula) -> bool:
    """Whether "X is a target" declares targets to come, not a strike's justification.

    "Fuel trucks bound for Kayes are now legitimate targets", "every refinery is a
    legitimate target": a standing declaration (present tense, "now", or any of a
    kind) of people or things, a threat. "It was a legitimate target", "the depot
    it hit was a target": a struck target justified.
    """
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.lower_ in _RESTATED_SUBJECTS or any(c.dep_ == "relcl" for c in subject.children):
        return False
    return (
        copula.tag_ in ("VBZ", "VBP")
        or any(c.dep_ == "advmod" and c.lower_ in _STANDING_ADVERBS for c in copula.children)
        or any(c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in subject.children)
        # "the group said army bases in Kessler were legitimate targets": a declaration told
        # in the past of reported speech, of a kind of things (not "the depot was a target")
        or (
            copula.tag_ == "VBD"
            and copula.dep_ == "ccomp"
            and subject.tag_ in ("NNS", "NNPS")
            and not any(c.dep_ in ("det", "poss") for c in subject.children)
        )
    )


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
    if trigger.text.isupper() and len(trigger.text) > 3:
        return False  # "BATTLE, England": a dateline or headline word
    if _proper_noun(trigger, sentence.text):
        return False  # "a Shell gas station", "Battle Creek": a name, not an event
    clause_before = sentence.text[max(0, trigger.start - 80) : trigger.start]
    if entry.lemma == "return" and _HOME_AFTER.match(sentence.text, trigger.end):
        return False  # "the fighters would return home to Ostin": a homecoming, not a raid
    if entry.trigger_class == "withdrawal" and _BEFORE_LEAVING.search(clause_before):
        return False  # "occupied the police station before withdrawing": how the raid ended
    if _READY_TO.search(clause_before):
        return False  # "four rockets ready to fire", "launchers primed for firing": a state
    if _END_TO.search(clause_before):
        return False  # "to demand an end to military operations": what is asked to stop
    if entry.trigger_class in _HAZARD_CLASSES and (
        # not "a bomb hidden in a gas cylinder exploded": the weapon told in the hazard
        (_HAZARD.search(clause_before) and not _WEAPON_IN_HAZARD.search(clause_before))
        or _HAZARD_AFTER.match(sentence.text, trigger.end)
        or _CAUSED_BY_MISHAP.match(sentence.text, trigger.end)
    ):
        return False  # "a tornado tore through the town, killing two", "killed in a crash"
    span = None
    if (
        parsed is None
        and "NOUN" not in entry.pos
        and " " not in trigger.text  # a phrase ("bomb ... went off") tells its own part
        and not trigger.text.lower().endswith("ing")  # "the shelling" is the verb's noun
        and _DETERMINER_BEFORE.search(clause_before)
    ):
        return False  # "collapsed during the storm": the verb's word, used as another noun
    if parsed is not None:
        span = parsed.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if span is not None and len(span):
            pos = {"NOUN" if t.pos_ == "PROPN" else t.pos_ for t in span}
            if (
                not pos & set(entry.pos)
                and not _mistagged_verb(span, entry)
                and not _false_auxiliary(span)
            ):
                return False
            root = span.root
            mistagged = not pos & set(entry.pos)
            if entry.trigger_class == "clash" and _manner_of_withdrawal(root):
                return False  # "withdrew from the town without fighting": how they left (not
                # "left without harming residents", a denied attack)
            if "NOUN" in pos and root.dep_ == "compound" and len(span) == 1 and not mistagged:
                return False  # "attack helicopters", "strike group"
            if entry.trigger_class == "ied" and "NOUN" in pos and root.dep_ in ("dobj", "conj"):
                handled = _head_verb(root).lemma_.lower()
                if handled in _HANDLED_NOT_EXPLODED or (
                    # "a bomb disposal team detonated an unexploded shell": made safe
                    entry.lemma == "unexploded ordnance" and handled in _MADE_SAFE_BY_BLAST
                ):
                    return False  # "deminers cleared landmines", "laid mines": none went off
            if entry.lemma == "occupy" and root.dep_ == "amod":
                return False  # "outside occupied Melitopol": a state, not a taking
            if (
                "NOUN" in pos
                and not mistagged  # "Kessler, a town on the road, was overrun": a verb
                and root.dep_ == "attr"
                and root.head.lemma_ == "be"
                # "any convoy would be a legitimate target": a threat, not a restatement
                # and "Kessler was the next objective": a target still to be hit
                and not (
                    entry.trigger_class == "target"
                    and (
                        any(
                            c.dep_ == "aux" and c.lower_ in _THREAT_MODALS
                            for c in root.head.children
                        )
                        or "next" in trigger.text.lower().split()
                        or _declared_target(root.head)
                    )
                )
                and not any(c.dep_ == "expl" for c in root.head.children)  # "there was fighting"
            ):
                return False  # "the strike had been a legitimate military operation": a restatement
    if _NO_SHOT.search(clause_before) and entry.lemma in ("fire", "shoot", "open fire"):
        return False  # "arrested a cartel boss without a shot fired": nothing was fired
    if entry.lemma == "strike" and _ARMED_STRIKE.search(sentence.text, 0, trigger.end):
        return False  # "an armed strike in Arauca from Monday": a stoppage enforced by threat
    if entry.trigger_class == "agreement" and _SOUGHT_DEAL.search(clause_before):
        return False  # "a deadline for a final peace agreement passed": no deal was made
    if entry.trigger_class == "target" and (
        _CALLED_IT.search(clause_before) or _IT_WAS.search(clause_before)
    ):
        return False  # "confirms it hit the Orsk plant, calling it a legitimate target", "said
        # it was a legitimate target": the struck target justified
    if (
        entry.requires_threatened_act
        and (_ADVICE.match(trigger.text) or _AFTER_ORDERS.search(clause_before))
        and not _THREATENED_ACT.search(sentence.text)
    ):
        return False  # "urged families to leave while buses were still running", "families
        # left after new evacuation orders": advice and displacement, no threat
    if entry.trigger_class == "withdrawal" and (
        _WORDS_WITHDRAWN.search(sentence.text[max(0, trigger.start - 90) : trigger.start])
        or _WITHDRAWS_WORDS.match(sentence.text, trigger.end)
    ):
        return False  # "reports of a rocket were later withdrawn", "withdrew its support"
    if entry.trigger_class == "withdrawal" and _DEMANDED.search(
        sentence.text[max(0, trigger.start - 80) : trigger.start]
    ):
        return False  # "called for pressure on Israel to withdraw": a demand, no move
    if entry.trigger_class == "withdrawal" and (
        (span is not None and len(span) and span.root.dep_ == "relcl")
        or _RELATIVE_BEFORE.search(sentence.text[max(0, trigger.start - 40) : trigger.start])
    ):
        return False  # "a battalion that pulled out of the town last week": who, not what
    if (
        entry.trigger_class == "clash"
        and span is not None
        and len(span)
        and span.root.dep_ == "relcl"
        and span.root.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in span.root.children)
    ):
        return False  # "the dissident bloc that has fought the state for control of X": who
        # the group is, not a fight on a day
    if span is not None and len(span) and _held_state(span.root, entry.trigger_class):
        return False  # "relatives of detained officers": who they are, not an arrest
    if span is not None and len(span) == 1 and _damaged_state(span.root, entry.lemma):
        return False  # "near their destroyed homes": what the homes are, not a strike
    if span is not None and len(span) and _aspectual_reference(span.root, sentence.text, trigger):
        return False  # "the fighting in Amhara began in August": the conflict, not an event
    if span is not None and len(span):
        subject = _clause_subject(span.root)
        if subject is not None and entry.trigger_class in _HAZARD_CLASSES:
            if _HAZARD.search(subject + " ") and not _WEAPON_IN_HAZARD.search(subject):
                return False  # "Cyclone Chido battered Mozambique ..., killing at least 34"
        if (
            subject is not None
            and entry.trigger_class == "withdrawal"
            and _VEHICLE_SUBJECT.search(subject)
        ):
            return False  # "the minibus had just pulled out of the market": traffic, not troops
        if subject is not None and entry.trigger_class == "strike" and _ECONOMIC.search(subject):
            return False  # "the closure of the border is hitting traders": a loss, not a strike
        if _told_by_a_work(span.root):
            return False  # "the film follows volunteers as fighters storm the buildings"
        if _habitual(span.root, sentence.text, trigger):
            return False  # "the ministry says it targets depots", "units that fight alongside"
    before = sentence.text[max(0, trigger.start - 50) : trigger.start]
    after = sentence.text[trigger.end : trigger.end + 40]
    if _CHARGE.search(before):
        return False  # "82 people were arrested for looting": the charge, told with the arrest
    if _ORDINAL_THING.search(before) and trigger.text.lower().endswith("ed"):
        return False  # "it was the fifth church attacked in Cabo Delgado this year": a tally
    if _SERIES_OF.search(before):
        return False  # "the latest in a string of attacks", "a wave of kidnappings": a summary
    if "NOUN" in entry.pos and (
        _PHENOMENON_BEFORE.search(before) or _PHENOMENON_AFTER.match(after)
    ):
        return False  # "the rising number of kidnappings", "kidnappings have become frequent"
    if "NOUN" in entry.pos and _IN_SUPPORT.search(before):
        return False  # "troops backed by air strikes retook the town": the assault's support
    if entry.lemma == "fight" and _ALONGSIDE.match(after):
        return False  # "Burundian troops, who have fought alongside the army": an alliance
    if entry.trigger_class == "clash" and (_STRUGGLE_TO.match(after) or _CAUSE_AFTER.match(after)):
        return False  # "workers were battling to restore power", "fighting to save the harvest",
        # "separatists fighting for an independent state": a cause, not a fight
    if entry.lemma == "strike" and _WORKERS_BEFORE.search(before):
        return False  # "a police strike left the capital without security": a walkout
    if _UNCLAIMED.search(before):
        return False  # "Hezbollah has not claimed any attack on Israel since the ceasefire":
        # no claim made, which says nothing of an attack
    if entry.lemma == "storm" and _NOT_ASSAULT_AFTER.match(after):
        return False  # "Liverpool stormed past Leverkusen", "stormed to victory"
    if "NOUN" in entry.pos and _SUMMING_APPOSITIVE.search(before):
        return False  # "..., killing more than 70 people, its most brazen strike in the capital"
    if entry.trigger_class in ("territory", "loss") and _NO_GROUND.match(after):
        return False  # "seized power in 2020", "lost control of up to 40% of the country"
    if entry.lemma == "take over" and _NOT_TERRITORY_OBJECT.match(after):
        return False  # "the army took over security", "took over the investigation"
    if entry.lemma == "expel" and _EXPELLED_ENVOYS.match(after):
        return False  # "after expelling French troops", "expelled the ambassador": no ground won
    if (
        (_BACKGROUND.search(before) and not _DISOWNED.search(before))
        or _SINCE_CLAUSE.search(before)
        or _is_prelude(before, span)
    ):
        return False  # "those responsible for missile attacks on ...", "weeks of attacks"
    if re.search(r"\b(?:than|like|such\s+as)\s+(?:a|an|one|the|any|another)?\s*$", before, re.I):
        return False  # "lives mattered more than one arrest": a comparison, not an event
    if _LONG_AGO.search(sentence.text[: trigger.start]):
        return False  # "nine months after troops had celebrated its liberation"
    if "VERB" in entry.pos and _REFUSED_TO.search(before):
        return False  # "have refused to hand over the prison": a stance, nothing done or denied
    if "NOUN" in entry.pos and _PROTECTED_FROM.search(before):
        return False  # "deployed to protect civilians from attacks": attacks in general
    if (
        "NOUN" in entry.pos
        and _TIME_REFERENCE.search(before)
        and not _HARMED_DURING.search(before)
        # not "fled after the rebels attacked the town": a clause of its own, with a subject
        # (but "a year after the group hijacked a train" is the story's background)
        and not (
            span is not None
            and len(span)
            and span.root.pos_ == "VERB"
            and not _YEARS_BEFORE_TIME_WORD.search(before)
        )
    ):
        return False  # "before the full-scale invasion", "hours after the capture": a time
    if entry.lemma == "take over" and re.match(r"\s+from\b", sentence.text[trigger.end :]):
        return False  # "the unit that took over from the Wagner Group": a succession
    if entry.trigger_class == "agreement" and (
        _STANDING_AGREEMENT.search(before)
        or _SOUGHT_AGREEMENT.search(before)
        or is_definite(sentence.text, trigger, parsed)
    ):
        return False  # "despite the ceasefire": an agreement already in force, not a new one
    if (
        parsed is not None
        and span is not None
        and len(span)
        and _past_perfect_relative(span.root)
        # "police fired tear gas at hundreds of people who had blocked the main road", "police
        # detained relatives who had gathered outside the ministry": the crowd the police
        # dispersed or held was protesting then
        and not (entry.trigger_class == "protest" and _dispersed_crowd(span.root))
    ):
        return False  # "the only regional capital Moscow had captured": background
    if parsed is not None and span is not None and len(span) and _describes_fighters(span.root):
        return False  # "fuel for Russian units fighting in Ukraine": who they are, no event
    if _BEFORE_IT_COULD.search(sentence.text, max(0, trigger.start - 60), trigger.start):
        return False  # "shot the bomber dead before he could detonate his vest": it never came
    if parsed is not None and span is not None and len(span) and _of_anyone_who(span.root):
        return False  # "would strike any forces that moved into Sweida": whoever might
    if (
        parsed is not None
        and span is not None
        and len(span)
        and _condition_clause(span.root, entry.event_type in _VIOLENT_TYPES)
    ):
        return False  # "...if drones kept attacking ships": the condition, not an event
    if entry.lemma == "intercept" and not _WEAPON_NEAR.search(
        sentence.text[max(0, trigger.start - 60) : trigger.end + 60]
    ):
        return False  # "intercepted a boat carrying 80 migrants"
    if entry.trigger_class == "strike" and _DEAL.match(sentence.text, trigger.end):
        return False  # "struck a deal", "hit the headlines"
    if entry.trigger_class == "strike" and _CROWD_CONTROL.search(
        sentence.text, trigger.end, trigger.end + 40
    ):
        return False  # "a journalist was hit by a rubber bullet": policing a crowd, no strike
    if (
        entry.lemma == "gather to protest"
        and _COMMEMORATION.search(trigger.text)
        and _DIGNITARIES.search(clause_before)
    ):
        return False  # "residents, diplomats and clergy gathered to mark three years since":
        # a memorial, not a protest
    unarmed = (entry.lemma == "strike" or entry.requires_instrument) and instrument(context) is None
    if (
        entry.lemma == "strike"
        and unarmed
        and _LABOUR.search(sentence.text, max(0, trigger.start - 80), trigger.start)
    ):
        return False  # "teachers will strike on Monday over unpaid wages": a walkout
    if entry.requires_instrument and unarmed:
        aimed_at_crowd = _CROWD_TARGET.search(sentence.text, trigger.end, trigger.end + 60) or (
            (
                _PEOPLE_FIRED_ON.match(sentence.text, trigger.end)
                or _FORCES_FIRED_ON.match(sentence.text, trigger.end)
            )
            and not _ANYONE_WHO.search(clause_before)  # "anyone who fired on civilians"
        )
        by_forces = "NOUN" in entry.pos and _FORCES_BEFORE.search(sentence.text[: trigger.start])
        if not (
            _place_after(trigger, sentence, places)
            or _place_before_passive(trigger, sentence, places)
            or aimed_at_crowd
            or by_forces
            # "reserves the right to strike hideouts across the border": what only weapons hit
            or _MILITARY_OBJECT.match(sentence.text, trigger.end)
            # "terrorist hideouts will be targeted wherever they are": the same, told passive
            or _MILITARY_SUBJECT.search(sentence.text, max(0, trigger.start - 80), trigger.start)
            # "would keep targeting American warships": missiles and drones at sea
            or ships_attacked(sentence.text, (trigger.start, trigger.end))
            # "where thousands rallied, police said no shots had been fired": at the crowd
            or no_shots_at_crowd(sentence.text, (trigger.start, trigger.end))
        ):
            return False
    if trigger.text.lower().endswith("ing") and _CAMPAIGN_BEFORE.search(
        sentence.text, 0, trigger.start
    ):
        return False  # "has stepped up its campaign since August, hitting refineries": a summary
    if (
        entry.trigger_class == "protest"
        and "NOUN" in entry.pos
        and _GATHERING_AS_SETTING.search(sentence.text, max(0, trigger.start - 80), trigger.start)
    ):
        return False  # "killed 22 people attending a funeral vigil", "told supporters at a
        # rally that ...": the gathering where something else happened
    if entry.lemma == "march" and _MARCHED_PEOPLE.match(sentence.text, trigger.end):
        return False  # "marched the traders into the bush": captives led away, no protest
    if entry.trigger_class == "protest" and _CELEBRATION.search(
        sentence.text, max(0, trigger.start - 100), trigger.end + 60
    ):
        return False  # "people poured into the streets to celebrate": joy, not a protest
    if entry.trigger_class == "protest" and _PASTIME_BEFORE.search(before):
        return False  # "a motorcycle rally from Springfield", "a charity march": a pastime
    if entry.trigger_class == "protest" and _ADDRESSED.search(before):
        return False  # "the prime minister told a rally in the capital": an audience, no protest
    if (
        entry.trigger_class == "protest"
        and parsed is not None
        and span is not None
        and len(span)
        and _banned_kind(span.root)
    ):
        return False  # "banned all demonstrations in Conakry": a ban, no protest
    if entry.lemma == "vigil" and _WORSHIP_BEFORE.search(before):
        return False  # "attacked a church during a night vigil": worship, not a protest
    if entry.lemma in ("fight", "battle") and _ABSTRACT_FOE.match(sentence.text, trigger.end):
        return False  # "promised to fight corruption", "battling cholera": no armed foe
    if _INTO_THE_AIR.match(sentence.text, trigger.end):
        return False  # "firing into the air": celebration or warning, not an attack
    if _REASON_BEFORE.search(sentence.text, max(0, trigger.start - 80), trigger.start) and not any(
        0 <= p.start - sentence.start - trigger.end <= 40 for p in places
    ):
        # "torched the market in reprisal for an ambush": the cause, told as such (not "in
        # response to Israeli strikes near Baalbek on Monday night", an event of its own)
        return False
    if trigger.text.lower() == "striking" and _ON_STRIKE.match(sentence.text, trigger.end):
        return False  # "fired tear gas at striking teachers": workers on strike, no air strike
    if _CASINGS.match(sentence.text, trigger.end):
        return False  # "80 shell casings were found at the scene": spent bullets, no shelling
    if (
        entry.trigger_class == "territory"
        and _PEOPLE_TAKEN.search(before)
        and not trigger.text.lower().endswith("ing")  # "fighters were advancing on Sittwe"
    ):
        return False  # "several hundred soldiers had been killed or captured": people, not land
    if entry.trigger_class == "territory" and (
        _GOODS_OBJECT.match(sentence.text, trigger.end)
        or _GOODS_SUBJECT.search(before)
        or (
            _GOODS_BEFORE.search(before)
            and span is not None
            and len(span)
            and span.root.pos_ == "NOUN"
        )
    ):
        return False  # "seized homemade guns", "captured large quantities of weapons", "a rifle
        # and the pickup were seized": goods, not land
    if entry.trigger_class == "territory" and _aid_moving(span, parsed):
        return False  # "240 aid trucks entered the Gaza Strip": relief, not an advance
    if entry.lemma == "push" and _PUSH_FOR.match(sentence.text, trigger.end):
        return False  # "diplomats are pushing for a ceasefire": a call, not an advance
    if entry.lemma in _SURRENDERS and not _FIGHTERS_SURRENDERED.search(
        sentence.text[: trigger.start]
    ):
        return False  # "14 cadres surrendered to the police", not "the garrison surrendered"
        # (a capture) nor "called on them to surrender" (an ultimatum)
    if entry.lemma in _PUNISHMENTS and not _ANYONE_PUNISHED.search(sentence.text):
        return False  # "vowed to punish those responsible": justice, not a threat to anyone
    if entry.lemma == "encounter armed men" and not _armed_encounter(span, parsed):
        return False  # "reporters encountered armed fighters at a checkpoint": no fight
    if entry.lemma in ARRIVALS and not _armed_arrival(span, parsed):
        return False  # "aid could reach the town", "trucks trying to reach it": no advance
    if entry.requires_place_subject and not _place_subject(trigger, sentence, places):
        return False  # "the documents fell into the hands of reporters": no place was taken
    if entry.requires_place_object or entry.requires_place_prep:
        if entry.requires_place_object and _ANAPHOR_OBJECT.match(sentence.text, trigger.end):
            return True
        if (
            entry.trigger_class == "territory"
            and _TOWN_PRONOUN_OBJECT.match(sentence.text, trigger.end)
            and _TO_OR_MODAL.search(sentence.text, 0, trigger.start)
        ):
            return True  # "vowed to take it back": the town told before, to be won back
        if entry.requires_place_object and span is not None and len(span):
            if _planned_for_antecedent(span.root, places, sentence.start):
                return True  # "Wad Madani, which our forces will enter soon"
        if entry.requires_place_prep and _ANAPHOR_PREP.match(sentence.text, trigger.end):
            return True  # "may attempt to push toward the town"
        for place in places:
            start = place.start - sentence.start
            if entry.requires_place_object and _passive_subject(sentence, trigger, place):
                return True  # "Mirebalais would be taken again": the place is what is taken
            gap = sentence.text[trigger.end : start]
            if start < trigger.end or len(gap) > 45:
                continue
            gap_pattern = _DIRECT_OBJECT_GAP if entry.lemma in _BARE_VERBS else _OBJECT_GAP
            if entry.requires_place_object and gap_pattern.fullmatch(gap):
                return True
            if entry.requires_place_prep and _PLACE_PREP.match(gap):
                return True
        return False
    return True


# what may stand between a subject and its verb: "Tillia had (already) fallen"
SUBJECT_GAP = (
    r"(?:\s+(?:had|has|have|was|were|is|are|would|could|may|might|will|not|never|also|already|"
    r"briefly|now|then|too|itself|finally|eventually|reportedly|effectively|been))*\s*"
    r"[\"\u201c\u2018']?"  # 'Bamako "will not be safe"': the quoted words of a threat
)
_SUBJECT_BEFORE = re.compile(
    r"\b(?:the|this|that)\s+(?:city|town|village|port|camp|capital|base|district|area)"
    + SUBJECT_GAP
    + "$",
    re.I,
)
_SUBJECT_GAP_ONLY = re.compile(SUBJECT_GAP, re.I)


def _place_subject(trigger: Trigger, sentence: Sentence, places: list[Place]) -> bool:
    """Whether a place (or "the town") is the trigger's subject, just before it."""
    text = sentence.text
    for place in places:
        end = place.end - sentence.start
        gap = text[end : trigger.start] if 0 <= end <= trigger.start else "."
        if _SUBJECT_GAP_ONLY.fullmatch(gap):
            return True
    return _SUBJECT_BEFORE.search(text, 0, trigger.start) is not None


def _passive_subject(sentence, trigger, place) -> bool:
    """Whether ``place`` is the subject of the passive ``trigger`` ("Mirebalais would be
    taken"), not a place inside the subject ("the meeting in X was taken as a sign")."""
    text = sentence.text
    start, end = place.start - sentence.start, place.end - sentence.start
    return (
        0 <= start < trigger.start
        and _PASSIVE_OF.fullmatch(text, end, trigger.start) is not None
        and not _PREPOSITION_BEFORE.search(text, 0, start)
        and not _AS_AFTER.match(text, trigger.end)
    )


# the place, subject of a passive, right before the participle: "Mirebalais would be taken"
_PASSIVE_OF = re.compile(
    r"\s+(?:(?:will|would|could|may|might|can|has|have|had)\s+)?(?:not\s+)?"
    r"(?:be|been|was|were|is|are)\s+(?:[a-z]+ly\s+)?[\"'\u201c\u2018]?"
)


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|of|from|near|to|into|on|for|by|around|outside|inside|with)\s+(?:the\s+)?$",
    re.I,
)
_AS_AFTER = re.compile(r"\s+(?:as|for|to\s+mean)\b")


_NOT_FORCES = (
    r"(?:reports?|claims?|statements?|charges?|bills?|offers?|requests?|applications?|"
    r"nominations?|support|ambassadors?|envoys?|licen[cs]es?|accreditations?|candidacy|"
    r"complaints?|lawsuits?|objections?|funding|aid|recognition|invitations?)"
)
_WORDS_WITHDRAWN = re.compile(
    rf"\b{_NOT_FORCES}\b[^.;,]{{0,70}}\b(?:was|were|had\s+been|has\s+been|have\s+been|be|being)"
    r"\s+(?:later\s+|quickly\s+|since\s+|subsequently\s+)?$",
    re.I,
)
_WITHDRAWS_WORDS = re.compile(
    rf"\s+(?:(?:its|their|his|her|the|a|an|all)\s+)?(?:[\w-]+\s+)?{_NOT_FORCES}\b", re.I
)
# a thing counted by its rank, then a participle: "the fifth church attacked this year"
_ORDINAL_THING = re.compile(
    r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){1,2}$",
    re.I,
)
_SERIES_OF = re.compile(
    r"\b(?:a|an|the|another|latest|new)\s+(?:[\w-]+\s+)?(?:string|wave|spate|spree|rash|litany|"
    r"catalogue|catalog|pattern|cycle|succession|history)\s+of\s+(?:[\w'-]+\s+){0,3}$",
    re.I,
)
# a kind of violence spoken of as a plague, not one event: "the rising number of
# kidnappings", "abductions for ransom plague the roads", "continue to report sexual violence"
_PHENOMENON_BEFORE = re.compile(
    r"\b(?:rising|growing|increasing|high|mounting)\s+"
    r"(?:number|numbers|rate|rates|incidence)\s+of\s+$|\bcontinues?\s+to\s+report\s+$"
    # "a civil society group that monitors the unrest", "a platform monitoring the unrest",
    # "today we are following protests": what a watchdog or a live blog watches
    r"|(?:\b(?:that|which|who)\s+(?:monitors?|tracks?|documents?|records?|studies|study)"
    r"|\b(?:monitoring|tracking|documenting)|\bwe\s+(?:are|were|'re|\u2019re)\s+"
    r"(?:following|tracking|monitoring|watching))\s+(?:the\s+|such\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_PHENOMENON_AFTER = re.compile(
    r"(?:\s+for\s+ransom)?\s+(?:(?:have|has)\s+become\s+(?:[\w-]+\s+)?(?:frequent|common|"
    r"routine|rife|widespread)|(?:plague|plagues|haunt|haunts)\b|(?:are|remain)\s+"
    r"(?:frequent|common|routine|rife|widespread))",
    re.I,
)
_IN_SUPPORT = re.compile(
    r"\b(?:(?:backed|supported|covered|aided|assisted|helped)\s+by|with\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:support|help|cover|backing)\s+of|under\s+(?:the\s+)?cover\s+of)\s+"
    r"(?:[\w'-]+\s+){0,3}$",
    re.I,
)
_NOT_ASSAULT_AFTER = re.compile(
    r"\s+(?:past|to\s+(?:victory|a\s+\w+\s+(?:win|victory)|the\s+title|power)|into\s+the\s+"
    r"(?:lead|final|semi-finals?|semifinals?|quarter-finals?|charts?))\b",
    re.I,
)
_STRUGGLE_TO = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|their\b|its\b|his\b|her\b)[a-z]+\b")
_CAUSE_AFTER = re.compile(
    r"\s+for\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w'\u2019\"\u201c-]+\s+){0,2}?"
    r"(?:independen\w*|separate\s+state|self-rule|self-determination|secession|autonomy|"
    r"freedom|liberation|homeland|statehood|rights|cause|caliphate)\b",
    re.I,
)
#: Who a government sends home: envoys, or foreign troops with no place they are driven from.
_EXPELLED_ENVOYS = re.compile(
    r"\s+(?:(?:the|its|their|all|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:ambassadors?|diplomats?|"
    r"envoys?|attach[eé]s?|mission|peacekeepers|journalists|correspondents|aid\s+workers|"
    r"(?:troops|soldiers|forces|contingent)(?![^.;]*\b(?:from|out\s+of)\b))\b",
    re.I,
)
#: An appositive that ranks the event just told: ", its most brazen strike", ", the
#: deadliest attack on the army this year".
_SUMMING_APPOSITIVE = re.compile(
    r",\s*(?:its|their|his|her|the(?:\s+[\w-]+['\u2019]s)?)\s+"
    r"(?:(?:most|least)\s+[\w-]+|[a-z]+est|worst|biggest|largest|latest)\s+(?:[\w-]+\s+)?$",
    re.I,
)
#: What a territory verb takes that is no place: power in a coup, a share of a country.
_NO_GROUND = re.compile(
    r"\s+(?:(?:state\s+|political\s+)?power\b"
    r"|(?:(?:of\s+)?(?:up\s+to|about|around|nearly|more\s+than|almost|over|some)\s+)?"
    r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\b)",
    re.I,
)
_NOT_TERRITORY_OBJECT = re.compile(
    r"\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w'\u2019-]+\s+)?(?:security|investigation|inquiry|probe|"
    r"case|responsibility|responsibilities|duties|command|leadership|presidency|chairmanship|"
    r"management|running|operations\s+of|portfolio|role|post|job|talks|negotiations|mediation|"
    r"coordination|administration\s+of\s+the\s+\w+\s+ministry)\b",
    re.I,
)
_WORKS = frozenset(
    ["film", "documentary", "movie", "book", "novel", "memoir", "play", "series", "episode",
     "exhibition", "show", "opera", "painting", "game", "story", "poem", "song", "album"]
)  # fmt: skip


def _clause_subject(token) -> str | None:
    """The text of the subject of the clause the trigger belongs to (climbing heads)."""
    for _ in range(8):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return " ".join(t.text for t in child.subtree)
        if token.head.i == token.i or token.dep_ not in ("advcl", "conj", "xcomp", "acl"):
            return None
        token = token.head
    return None


# a vehicle that leaves a place on its route: "the minibus pulled out of the market"
_VEHICLE_SUBJECT = re.compile(
    r"^(?!.*\b(?:army|military|troops?|armou?red|police|rebels?|militia|navy|naval)\b)"
    r"(?:the|a|an|our|their|his|her|its|that|this)?\s*(?:[\w-]+\s+){0,2}?(?:bus(?:es)?|"
    r"minibus(?:es)?|cars?|taxis?|trains?|ferr(?:y|ies)|boats?|ships?|planes?|flights?|"
    r"ambulances?|lorr(?:y|ies)|trucks?)$",
    re.I,
)


ARRIVALS = frozenset(["reach", "be in", "set foot"])
_SURRENDERS = frozenset(["surrender", "lay down arms"])
_PUSH_FOR = re.compile(
    r"\s+(?:hard\s+)?for\b(?!\s+(?:[\w-]+\s+){0,2}?(?:days?|weeks?|hours?|months?|nights?)\b)", re.I
)
# fighters who give themselves up, counted: "14 cadres, among them a commander, surrendered"
_FIGHTERS_SURRENDERED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
    r"thirty|forty|fifty|dozens|hundreds|several|a\s+group\s+of)\s+(?:[\w-]+\s+){0,3}?(?:cadres|"
    r"members|fighters|militants|rebels|insurgents|maoists|naxal(?:ite)?s|combatants|guerrillas|"
    r"gunmen|bandits|militiamen|jihadists)\b(?![^.;]*\bto\s+$)[^.;]{0,90}$",
    re.I,
)
_PUNISHMENTS = frozenset(["punish", "deal with"])
# a threat to whoever does something ("would punish anyone who opened a shop"), not to
# the authors of an attack ("anyone responsible for the killings will be punished")
_ANYONE_PUNISHED = re.compile(
    r"\b(?:anyone|anybody|whoever|everyone)\b(?!\s+(?:responsible|behind|involved|found\s+guilty))"
    # "teachers who reopen the schools will be punished": people who do something
    r"|\b(?:those|teachers|traders|farmers|residents|villagers|herders|drivers|transporters|"
    r"civilians|people|families|workers|labou?rers|shopkeepers|parents|students|women|men)\s+"
    r"who\b(?!\s+(?:were\s+|are\s+)?(?:responsible|behind|involved|carried|committed|killed|"
    r"attacked|planned))"
    # "any teacher who keeps teaching", "punish contractors working on the road", "other
    # informers would face the same punishment": people for what they do, not culprits
    r"|\bany\s+(?:[\w-]+\s+){1,2}?who\b"
    r"|\b(?:contractors|informers|informants|collaborators|spies|teachers|traders|villagers|"
    r"transporters|shopkeepers|civil\s+servants)\b"
    r"(?![\"\u201d'\u2019]?\s+(?:who\s+)?(?:were\s+|are\s+)?(?:responsible|behind|involved))",
    re.I,
)
_ARMED_SUBJECT = re.compile(
    r"\b(?:troops|forces|fighters?|men|army|militants?|rebels?|insurgents?|jihadists?|gangs?|"
    r"gunmen|soldiers?|units|militias?|paramilitaries|brigades|columns?|tanks)\b",
    re.I,
)


_ARMED_SPEAKER = re.compile(
    r"\b(?:commanders?|fighters?|rebels?|militants?|insurgents?|warlords?|gang\s+leaders?|"
    r"militia\s+leaders?|generals?)\b",
    re.I,
)
_AID_SUBJECT = re.compile(
    r"\b(?:aid|relief|humanitarian|food|medical|medicine|supplies|supply|fuel|trucks?|lorries|"
    r"lorry|convoys?\s+of\s+(?:aid|food|fuel|supplies)|trains?|freight|cargo|goods|grain|"
    r"copper|buses|passengers|pilgrims|tourists|merchant\s+ships?)\b",
    re.I,
)


def _aid_moving(span, parsed) -> bool:
    """Whether the subject of a move is aid, goods or travellers, not armed men ("aid
    trucks entered the Gaza Strip", "a convoy of food reached the town", "the first trains
    loaded with copper rolled into the port")."""
    if parsed is None or span is None or not len(span):
        return False
    subject = _clause_subject(span.root)
    if subject is None and span.root.dep_ == "acl":  # "aid lorries entering Gaza": the noun
        subject = " ".join(t.text for t in span.root.head.lefts) + " " + span.root.head.text
    return (
        subject is not None
        and _AID_SUBJECT.search(subject) is not None
        and _ARMED_SUBJECT.search(subject) is None
        and not re.search(r"\b(?:military|army|armou?red)\b", subject, re.I)
    )


def _armed_encounter(span, parsed) -> bool:
    """Whether those who "encountered armed men" were a force or a patrol ("troops on
    patrol encountered about ten armed rebels"), not reporters or travellers."""
    if parsed is None or span is None or not len(span):
        return True
    subject = _clause_subject(span.root)
    return subject is None or bool(
        _ARMED_SUBJECT.search(subject) or _PATROL_SUBJECT.search(subject)
    )


# who meets armed men on duty, beyond the armed nouns: "the patrol", "police", "security"
_PATROL_SUBJECT = re.compile(r"\b(?:patrols?|police|military|security|operatives)\b", re.I)


_ATTEMPTS = frozenset(["attempt", "bid", "push", "drive", "effort", "offensive"])


def _armed_arrival(span, parsed) -> bool:
    """Whether "reach X" tells armed men coming to a place, in a plan or threat.

    The subject must be a force ("Russian troops could reach the city", "his men
    would reach Sennar"), and the verb not a past ("when the rebels reached
    Damascus" is a time, not a threat) unless the past is denied ("the gunmen had
    not reached the town").
    """
    if parsed is None or span is None or not len(span):
        return False
    root = span.root
    denied = any(child.dep_ == "neg" for child in root.children) or any(
        child.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
        for child in root.children
    )  # "the gunmen had not reached the town", "no rebel had set foot in the town"
    if root.tag_ in ("VBD", "VBN") and not denied:
        return False  # but "the gunmen had not reached the town": an arrival denied
    subject = _clause_subject(root)
    if subject is None and root.dep_ == "acl" and root.head.lemma_ in _ATTEMPTS:
        # "massing troops for another attempt to reach Kupiansk": the attempt's clause
        # names who makes it
        clause = root.head.head
        while clause.dep_ in ("prep", "pobj", "dobj") and clause.head.i != clause.i:
            clause = clause.head
        words = root.doc[clause.left_edge.i : root.i].text
        return _ARMED_SUBJECT.search(words) is not None
    if subject is not None and subject.lower() in ("we", "they"):
        # "RSF commanders said that they would be back in Sinja": who "they" are is the
        # speaker of the clause
        speaker = _speaker(root)
        if speaker is not None and (
            _ARMED_SUBJECT.search(speaker) or _ARMED_SPEAKER.search(speaker)
        ):
            return True
        # "'We will be in Gondar before the rains,' the commander said": an armed speaker
        return subject.lower() == "we" and _ARMED_SPEAKER.search(root.doc.text) is not None
    return subject is not None and _ARMED_SUBJECT.search(subject) is not None


def _speaker(token) -> str | None:
    """The subject of the verb of speech a reported clause hangs on ("RSF commanders" of
    "RSF commanders said that they would ..."), if any."""
    while token.dep_ in ("ccomp", "conj") and token.head.i != token.i:
        token = token.head
    if token.pos_ != "VERB":
        return None
    for child in token.children:
        if child.dep_ == "nsubj":
            return " ".join(t.text for t in child.subtree)
    return None


def _told_by_a_work(token) -> bool:
    """Whether the trigger is what a film, book or show depicts ("the film follows ... as
    fighters storm the buildings"), not something that happened."""
    for _ in range(10):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in _WORKS:
                after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
                if after is None or after.text != ":":  # "Our first story: bandits ...": a
                    return True  # bulletin's headline, not a work that depicts

        if token.head.i == token.i:
            return False
        token = token.head
    return False


_IN_THE_PAST = re.compile(r"\s+(?:[\w'-]+\s+){0,6}?in\s+the\s+past\s*(?:[,;.]|$)", re.I)
_SAME_IN_PAST = frozenset(  # "when shells hit homes": a past tense the tagger reads as present
    ["hit", "set", "cut", "put", "shut", "burst", "spread", "beat", "shed", "cast", "let", "hurt"]
)


def _habitual(token, text: str, trigger: Trigger) -> bool:
    """Whether the trigger verb states a habit or a general fact, not an event: a bare
    simple present reported in the present ("the ministry says it targets depots") or in a
    relative clause ("volunteers who fight alongside the army"), or a perfect "in the
    past" ("rebels have attacked the garrison in the past"). A present in a main clause stays an
    event ("Glide bomb kills two": a live-blog heading)."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() == "be":
        return False
    if _IN_THE_PAST.match(text, trigger.end):
        return True
    if token.tag_ not in ("VBZ", "VBP") or token.text.lower() in _SAME_IN_PAST:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in token.children):
        return False
    if token.dep_ == "relcl":
        return True
    return token.dep_ == "ccomp" and token.head.tag_ in ("VBZ", "VBP")


_FINITE_VERB_TAGS = frozenset(["VBD", "VBZ", "VBP"])
_UNCLAIMED = re.compile(
    r"\b(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?claim(?:ed)?\s+(?:responsibility\s+for\s+)?"
    r"(?:any|a|an)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_DURATION = re.compile(  # "after weeks of fighting", "an earlier kidnapping": background
    r"(?:\b(?:days|weeks|months|years|decades|a\s+(?:day|week|month|year|decade))\s+of\s+"
    r"(?:[\w'-]+\s+){0,2}"
    r"|\b(?:(?:an?|the|their|its)\s+)?(?:earlier|previous|prior|past)\s+"
    r"|\bone\s+of\s+the\s+(?:most\s+\w+|\w+est)\s+(?:[\w'-]+\s+)?)$",
    re.I,
)
_COUNTED = re.compile(
    r"(?:^|\W)(?:(?P<lead>after|following|despite|amid|ending|ended|ends)\s+)?"
    r"(?:(?:the|its|their)\s+)?(?:(?:first|last|past)\s+)?"
    r"(?P<count>\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|a\s+couple\s+of)\s+"
    r"(?:days|weeks|months)\s+of\s+(?:[\w'-]+\s+){0,2}$",
    re.I,
)


def _is_prelude(before: str, span=None) -> bool:
    """Whether the words before a trigger make it background ("after weeks of fighting").

    A counted span with no "after" is the event's own length: "two days of
    unrest in Juba" is the unrest. A finite verb after the span is no noun of it:
    in "residents angry over weeks of power cuts stormed the building" the weeks
    are the grievance's, while "days of fighting that killed 900" tells what the
    fighting did.
    """
    if not _DURATION.search(before):
        return False
    if (
        span is not None
        and len(span)
        and span.root.tag_ in _FINITE_VERB_TAGS
        and not _RELATIVE_BEFORE.search(before)
    ):
        return False
    counted = _COUNTED.search(before)
    return counted is None or counted.group("lead") is not None


_HELD_CLASSES = frozenset(["arrest", "abduction"])
_ASPECTUAL = frozenset(["begin", "start", "erupt", "continue", "rage", "escalate", "intensify"])


_AUXILIARIES = frozenset(["had", "has", "have", "having", "was", "were", "been", "be", "is", "are"])


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her)\s+$", re.I)


def _mistagged_verb(span, entry) -> bool:
    """A verb the tagger took for a noun: "it had overrun two bases", "gunmen shot dead"."""
    if "VERB" not in entry.pos:
        return False
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].is_quote:
        start -= 1  # 'it would "clear Kajo-Keji of rebels"': the quoted verb
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before in _AUXILIARIES or before in _AUX_LEMMAS or after == "dead":
        return True
    if before == "to" and span[0].pos_ == "ADJ":
        return True  # "used batons to clear protesters": an infinitive, not an adjective
    root = span.root
    if root.dep_ in ("advcl", "ccomp", "relcl") and any(c.dep_ == "nsubj" for c in root.children):
        return True  # "if Kessler falls, ...": a clause's verb with its subject, not a name
    return _past_between_subject_and_object(span)


#: Past tenses that are no nouns ("the army retook Wad Madani": not "army retook" as a name).
_PAST_TENSE = re.compile(r"(?:[a-z]+ed|(?:re)?took|overran|fought|withdrew|struck|sank|slew)$")


def _past_between_subject_and_object(span) -> bool:
    """A past tense the tagger read as part of a name ("The Sudanese army retook Wad
    Madani"): a noun before it, a name or determiner after it."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or span.end >= len(doc):
        return False
    word = span[0]
    if word.tag_ != "NN" or not _PAST_TENSE.match(word.lower_):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    return before.pos_ in ("NOUN", "PROPN") and after.pos_ in ("PROPN", "DET", "NUM")


def _false_auxiliary(span) -> bool:
    """A trigger the tagger took for an auxiliary ("Ukrainian shelling damaged houses"):
    no trigger word is one, so the tag says nothing about its part of speech."""
    return all(token.pos_ == "AUX" for token in span) and span.root.lemma_ not in _AUX_LEMMAS


_AUX_LEMMAS = frozenset("be have do will would shall should can could may might must".split())
_DAMAGE_LEMMAS = frozenset(["destroy", "damage", "burn", "loot"])


def _damaged_state(token, lemma: str) -> bool:
    """A participle that describes a thing ("their destroyed homes", "looted shops",
    "rebuilding homes destroyed in the war")."""
    if lemma not in _DAMAGE_LEMMAS or token.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "aux") for c in token.children):
        return False  # "accusations that its soldiers had looted shops": a clause of its own
    return token.dep_ == "amod" or (token.dep_ == "acl" and token.head.pos_ == "NOUN")


def _held_state(token, trigger_class: str) -> bool:
    """A participle that describes people ("detained officers", "abducted girls",
    "executed 11 captured soldiers")."""
    if (
        trigger_class == "territory"
        and token.tag_ == "VBN"
        and token.dep_ == "amod"
        and token.head.lower_ in coding_cues()["fatality_nouns"]
    ):
        return True  # a town is taken; people "captured" are prisoners, not ground won (the
        # people a toll counts: soldiers, fighters, civilians...)
    if trigger_class not in _HELD_CLASSES or token.tag_ != "VBN":
        return False
    if token.dep_ == "amod":
        return True
    # "loyal to detained First Vice President Riek Machar": parsed as the preposition's
    # complement, but a name follows the participle and no auxiliary comes before it
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.dep_ == "pcomp"
        and after is not None
        and after.pos_ == "PROPN"
        and before is not None
        and before.pos_ in ("ADP", "DET")
    )


def _aspectual_reference(token, text: str, trigger: Trigger) -> bool:
    """A definite noun trigger that is the subject of "began", "continued"...

    "The fighting in Amhara began in early August" talks about the conflict
    as a whole; "Fighting began in Goma on Monday" (no article) is an event.
    """
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if token.head.lemma_.lower() not in _ASPECTUAL:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.head.children):
        return False  # "the strikes on Yemen will continue": more are threatened
    return (
        re.search(r"\b(?:the|this|that)\s+$", text[max(0, trigger.start - 6) : trigger.start], re.I)
        is not None
    )


_MODALS = frozenset(["will", "would", "shall", "could", "may", "might", "'ll", "wo"])
_GOODS = (
    r"(?:weapons?|arms|rifles?|guns?|pistols?|ammunition|munitions|rounds|explosives?|"
    r"(?:rocket\s+)?launchers?|"
    r"explosive\s+belts?|(?:improvised\s+)?explosive\s+devices|IEDs?|grenades?|mines|drugs|"
    r"cocaine|heroin|methamphetamine|cannabis|cash|money|vehicles?|pickups?|cars?|trucks?|"
    r"motorcycles?|motorbikes?|boats?|phones?|documents|equipment|materials?|caches?|goods|fuel|"
    r"cargo|shipments?|contraband|livestock|cattle|farmland|farms|plots|propert(?:y|ies)|"
    # land as goods, not "swathes of land" won in a war
    r"(?<!areas\sof\s)(?<!swathes\sof\s)(?<!stretches\sof\s)(?<!tracts\sof\s)land|"
    r"assets)"
)
# "seized homemade guns", "seized a rifle and the pickup"
_GOODS_OBJECT = re.compile(r"\s+(?:(?!and\b|or\b)[\w'-]+\s+){0,3}?" + _GOODS + r"\b", re.I)
# "land seizures", "weapons seizures": the goods named before the noun
_GOODS_BEFORE = re.compile(r"\b" + _GOODS + r"\s+$", re.I)
# "A rifle and the pickup were seized"; "40 soldiers had been killed and weapons seized" (the
# auxiliary of the first verb serves the second)
_GOODS_SUBJECT = re.compile(
    r"\b" + _GOODS + r"\s+(?:(?:and|or)\s+(?:the\s+|a\s+)?[\w-]+\s+)?"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+$"
    # "Two pistols, a hand grenade and extortion notes were seized": goods first in a list
    r"|\b" + _GOODS + r"\s*,\s*[^.;:]{0,50}?\b(?:and|or)\s+[^.;:]{0,30}?\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+$"
    r"|\b(?:were|was|been)\s+[a-z]+ed\s+and\s+(?:their\s+|its\s+|the\s+)?" + _GOODS + r"\s+$",
    re.I,
)
# what an arrest or a trial is for: "arrested in the capital for looting", "jailed over rioting"
_CHARGE = re.compile(
    r"\b(?:arrested|detained|held|charged|jailed|convicted|sentenced|prosecuted|fined|"
    rf"indicted|arrests?|detentions?)\b[^.;:]{{0,40}}?\b(?:for|over|on\s+charges?\s+of|{ACCUSED_OF})"
    r"\s+(?:allegedly\s+|their\s+role\s+in\s+|taking\s+part\s+in\s+|involvement\s+in\s+)?"
    # "sentenced three men to death for the bombing": the charge names an event told elsewhere
    r"(?:the\s+|last\s+year's\s+|(?:a|an)\s+)?"
    r"[\"\u201c]?(?:[a-z]+(?:\s+and|\s+or|,)\s+)?$",
    re.I,
)
# an economic subject of "hit": "the closure of the border is hitting traders"
_ECONOMIC = re.compile(
    r"\b(?:closures?|prices?|sanctions|inflation|shortages?|tariffs?|recession|downturn|"
    r"devaluation|cuts|ban|restrictions|lockdown|crisis|drought|unemployment)\b(?!-)",
    re.I,
)
_HAZARD_CLASSES = frozenset(["kill", "looting", "ied", "strike", "shelling"])
_HAZARD_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:in|by)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?:accident|crash|"
    r"collision|fire|blaze|flood|storm|tornado|landslide|avalanche|earthquake)\b",
    re.I,
)
_WEAPON_IN_HAZARD = re.compile(
    r"(?<!\bnot\sa\s)(?<!\bnot\san\s)\b(?:bombs?|ieds?|explosives?|explosive\s+devices?|"
    r"grenades?)\s+(?:hidden|planted|placed|concealed|packed|rigged|fitted)\b",
    re.I,
)
# "the blasts near X were a controlled detonation", "the explosion was caused by a gas leak":
# what made the noise tells it was no attack
_CAUSED_BY_MISHAP = re.compile(
    r"\s+(?:[\w'-]+\s+){0,5}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:caused\s+by\s+|due\s+to\s+|the\s+result\s+of\s+)?"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:controlled\s+(?:detonations?|explosions?|blasts?)|"
    r"gas\s+leaks?|gas\s+(?:cylinders?|canisters?|bottles?|tanks?)|boilers?|"
    r"electrical\s+faults?|short[\s-]circuits?|accident|technical\s+"
    r"(?:faults?|failures?|malfunctions?)|training\s+exercises?|(?:military\s+)?drills?)\b",
    re.I,
)
_HAZARD = re.compile(
    r"\b(?:tornado|twister|storm|hurricane|cyclone|typhoon|earthquake|quake|floods?|floodwaters|"
    r"(?:house|basement|forest|bush|apartment)\s+fire|winds|hail|blizzard|rains?|downpours?|"
    r"flash\s+flood|landslide|mudslide|avalanche|wildfire|bushfire|lightning|heatwave|"
    r"crash|collision|accident|derailment|stampede|outbreak|epidemic|"
    # "a gas cylinder had exploded in a kitchen": a household accident, not a bomb
    r"gas\s+(?:cylinders?|canisters?|bottles?|tanks?|leaks?)|boilers?|short[\s-]circuits?|"
    r"electrical\s+faults?)\b[^.;]{0,60}$",
    re.I,
)
_LONG_AGO = re.compile(
    r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|"
    r"a\s+few)\s+(?:months|years|decades)|(?:[5-9]|\d\d|five|six|seven|eight|nine|ten)\s+weeks)"
    r"\s+(?:after|since|ago|earlier|before)\b[^.;]*$",
    re.I,
)
# what a force is to guard people from, in general (not "defended the town against an
# assault" or "defended Kessler against rebel attacks on Monday": a fight told)
_PROTECTED_FROM = re.compile(
    r"\b(?:protect|defend|shield|safeguard|guard)(?:s|ing)?\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:from|against)\s+(?:further\s+|more\s+|future\s+|possible\s+|new\s+)?"
    r"(?!(?:an?|the|this|that|these|those|their|its|his|her|our|last|\d+)\s)(?:[a-z-]+\s+)?$",
    re.I,
)
_YEARS_BEFORE_TIME_WORD = re.compile(
    r"\b(?:months?|years?|decades?)\s+(?:after|before|since)\s+(?:the|its|their|this|that)\s+"
    r"(?:[\w'-]+\s+){0,2}$",
    re.I,
)
_TIME_REFERENCE = re.compile(
    r"\b(?:before|after|until|till|during|ahead\s+of|prior\s+to|since|over|following)\s+"
    r"(?:the|its|their|this|that)\s+"
    r"(?:[\w'-]+\s+){0,2}$",
    re.I,
)
# "civilians died during the bombardment": the harm the event did, not a time for another one
_HARMED_DURING = re.compile(
    r"\b(?:died|killed|wounded|injured|hurt|maimed)\s+(?:[\w'-]+\s+){0,2}?during\s+"
    r"(?:the|its|their|this|that)\s+(?:[\w'-]+\s+){0,2}$",
    re.I,
)
_WEAPON_NEAR = re.compile(
    r"\b(?:missiles?|drones?|rockets?|projectiles?|shells?|bombs?|munitions?|shahed|uavs?|"
    r"explosives?|ieds?|weapons|arms|ammunition|grenades?)\b",
    re.I,
)
_DEAL = re.compile(
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+)?(?:deal|agreement|accord|bargain|balance|"
    r"chord|note|tone|pose|headlines?|target\s+of|record|rock\s+bottom|back\s+at)\b",
    re.I,
)
_CROWD_CONTROL = re.compile(
    r"\b(?:rubber|plastic)\s+bullets?|\btear[\s-]?gas\b|\bwater\s+cannons?\b|\bbatons?\b|"
    r"\bstun\s+grenades?\b|\bpellets?\b",
    re.I,
)
_PEOPLE_TAKEN = re.compile(
    r"\b(?:soldiers|troops|fighters|militants|rebels|officers|men|people|civilians|hostages|"
    r"prisoners|members|others|servicemen|insurgents|commander|leader|chief|soldier|fighter|"
    r"militant|officer|pilot|spokesman)\s+(?:had\s+been|have\s+been|has\s+been|"
    r"were|was|being)\s+(?:(?:killed|wounded|injured)\s+(?:or|and)\s+)?$",
    re.I,
)
_RELATIVE_BEFORE = re.compile(
    r"\b(?:which|who|that|whose\s+[\w-]+)\s+(?:had\s+|has\s+|have\s+)?(?:already\s+)?$", re.I
)
_WORSHIP_BEFORE = re.compile(
    r"\b(?:night|prayer|overnight|all-night|easter|christmas|religious|church|mass)\s+$", re.I
)
_PASTIME_BEFORE = re.compile(
    r"\b(?:motorcycle|motorbike|biker|car|classic[\s-]car|vintage|rally[\s-]car|cycling|bike|"
    r"charity|fun|carnival|dakar)\s+$",
    re.I,
)
_CELEBRATION = re.compile(r"\bcelebrat\w*|\bjubilant\b|\bfestivities\b", re.I)
# a rally someone spoke to is the audience of a speech
_ADDRESSED = re.compile(
    r"\b(?:told|tells|telling|addressed|addresses|addressing|spoke\s+(?:to|at|before)|"
    r"speaking\s+(?:to|at|before)|speech\s+(?:to|at|before)|remarks\s+(?:to|at))\s+"
    r"(?:an?|the|his|her|their|a\s+large|a\s+campaign|an\s+election)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_CASINGS = re.compile(r"\s+(?:casings?|cases)\b", re.I)
# what an act answers: "in reprisal for an ambush", "in retaliation for last week's raids"
_REASON_BEFORE = re.compile(
    IN_ANSWER_TO
    + r"(?:(?:a|an|the|its|their|recent|earlier|previous|last\s+\w+'s|this\s+\w+'s)\s+)*"
    r"(?:[\w'-]+\s+){0,2}$",
    re.I,
)
# what a campaign, not a war, is waged on: "to fight corruption", "battling a cholera outbreak"
_ABSTRACT_FOE = re.compile(
    r"\s+(?:against\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:corruption|poverty|hunger|"
    r"disease|inflation|fraud|impunity|disinformation|misinformation|graft|malaria|cholera|"
    r"measles|ebola|covid|illiteracy|unemployment|drug\s+abuse|fires?|wildfires?|floods?|"
    r"climate\s+change|hate\s+speech)\b",
    re.I,
)
_INTO_THE_AIR = re.compile(
    r"\s+(?:(?:warning\s+|celebratory\s+)?(?:shots|rounds|bullets|guns|weapons)\s+)?"
    r"(?:in|into)\s+the\s+air\b",
    re.I,
)
_SINCE_CLAUSE = re.compile(r"\b[Ss]ince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,4}$")
_BACKGROUND = re.compile(
    r"\b(?:responsible|blamed|blame|blaming|accused|accusing|accuse|"
    r"punish\w*|anniversary|memory|memorial|known|notorious|infamous)\s+(?:for|of)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}$"
    # "have long used the forest to launch raids on villages": a habit, no event
    r"|\b(?:long|often|regularly|repeatedly|frequently|routinely)\s+(?:used|use|uses)\b"
    r"[^.;]{0,60}?\bto\s+(?:launch|carry\s+out|stage|mount|conduct)\s+(?:[\w'-]+\s+){0,2}$",
    re.I,
)

_ALONGSIDE = re.compile(r"\s+(?:side\s+by\s+side\s+with|alongside)\b", re.I)
_REFUSED_TO = re.compile(r"\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\s+$", re.I)
#: "said it was not responsible for the bombing": the blame is denied, the bombing is told.
_DISOWNED = re.compile(
    r"\b(?:not|never)\s+(?:been\s+)?responsible\s+for\s+the\s+(?:[\w'-]+\s+){0,3}$", re.I
)


#: Who walks out or what kind of walkout, before "strike": a labour strike, not an attack.
_WORKERS_BEFORE = re.compile(
    r"\b(?:police|policemen|doctors?|nurses?|teachers?|workers?|miners?|drivers?|transport"
    r"|dockers?|unions?|staff|employees?|general|hunger|nationwide|national|indefinite"
    r"|sit-down|labou?r|civil\s+servants?|judges?|lawyers?|students?|traders?)['\u2019]?\s+$",
    re.I,
)
_FORCES_BEFORE = re.compile(  # "an Israeli strike", "Russian strikes", "coalition strikes"
    r"\b(?:(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|One|Another)\b)[A-Z][\w-]+|"
    r"coalition|army|military|government|regime)\s+$"
)
_CROWD_TARGET = re.compile(
    # "at thousands of Indigenous marchers": a count and a kind before the crowd's word
    r"\b(?:at|on|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:protesters|protestors|demonstrators|"
    r"crowds?|marchers|mourners|students|strikers)\b"
    # "fired rubber bullets at striking miners": workers on strike
    r"|\b(?:at|on|into)\s+(?:[\w-]+\s+){0,2}?striking\b"
    # "fired tear gas at a few hundred people who gathered to demand ...": a crowd told by
    # what it was doing
    r"|\b(?:at|on|into)\s+(?:[\w-]+\s+){0,4}?(?:people|residents|youths|supporters|activists|"
    r"villagers|women|men|workers|traders)\s+(?:who|that)\s+(?:had\s+)?(?:gathered|marched|"
    r"rallied|protested|demonstrated|assembled|massed)\b",
    re.I,
)
# "gunmen fired on farmers working in paddy fields": shots at people or their vehicles
_PEOPLE_FIRED_ON = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:on|at|upon)\s+(?:(?:a|an|the|two|three|four|five|several|dozens\s+of|a\s+group\s+of)"
    r"\s+)?(?:[\w-]+\s+){0,2}?(?:farmers|villagers|civilians|residents|passengers|worshippers|"
    r"herders|fishermen|travell?ers|motorists|pedestrians|shoppers|families|traders|miners|"
    r"workers|pupils|children|women|men|people|shepherds|nomads|pastoralists|peasants|"
    r"labou?rers|harvesters|hunters|students|patients|journalists|reporters|drivers|mourners|"
    r"refugees|migrants|returnees|displaced|passers-?by|(?:cars?|vehicles?|bus(?:es)?|minibus(?:es)?|"
    r"trucks?|lorr(?:y|ies)|convoys?|boats?)"
    # "fired on a polling station", "opened fire on a wedding party": places where people are
    r"|polling\s+stations?|schools?|hospitals?|clinics?|churche?s?|mosques?|markets?|shops?|"
    r"restaurants?|bars?|hotels?|homes?|houses?|weddings?|wedding\s+part(?:y|ies)|funerals?)\b",
    re.I,
)
# who strikes by walking out: "teachers will strike on Monday", "the union said it would strike"
_LABOUR = re.compile(
    r"\b(?:workers|teachers|doctors|nurses|unions?|drivers|employees|staff|miners|dockers|"
    r"lecturers|civil\s+servants|transporters|truckers|pilots|railway\s?men|labou?rers)\b",
    re.I,
)
# workers on strike: "striking miners", "striking health workers"
_ON_STRIKE = re.compile(r"\s+(?:[\w-]+\s+)?" + _LABOUR.pattern, re.I)
# armed men fired on: "fired on army posts", "opened fire at a police checkpoint"
_FORCES_FIRED_ON = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:on|at|upon)\s+(?:(?:a|an|the|two|three|four|five|several|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:posts?|outposts?|positions?|bases?|patrols?|checkpoints?|"
    r"barracks|garrisons?|troops|soldiers|policemen|police\s+officers|guards)\b",
    re.I,
)
_ANYONE_WHO = re.compile(r"\b(?:anyone|anybody|whoever|those|any\s+\w+)\s+who\s+$", re.I)
_SOUGHT_AGREEMENT = re.compile(  # "met in Cairo to discuss a truce": talks, not a truce
    r"\b(?:discuss\w*|negotiat\w*|propos\w*|seek\w*|sought|push\w*\s+for|call\w*\s+for|"
    r"talks?\s+(?:on|about|over|for)|plans?\s+for|broker(?:s|ing)?|mediat(?:e|es|ing)|reach(?:es|ing)?|"
    r"agree\s+on|work(?:s|ed|ing)?\s+(?:on|towards?))\s+"
    r"(?:a\s+|an\s+|the\s+|new\s+|possible\s+|lasting\s+|permanent\s+|draft\s+)*(?:[\w-]+\s+)?$",
    re.I,
)
_STANDING_AGREEMENT = re.compile(
    r"\b(?:despite|violat\w*|breach\w*|under|during|since|broke|break\w*|collapse\w*|"
    r"end\w*|extend\w*|renew\w*|observ\w*|respect\w*|flout\w*|fragile|existing)\s+"
    r"(?:of\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}$",
    re.I,
)


BACKGROUND_DAYS = 45
_PAST_PERFECT_TOLL = re.compile(r"\bhad\s+(?:\w+\s+)?(?:killed|claimed)\b", re.I)
_REPORTED_JUST_BEFORE = re.compile(
    r"\b(?:said|says|reported|claimed|told\s+\w+|added|announced|confirmed)\s+(?:that\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}$",
    re.I,
)
_SUMMARY = re.compile(
    r"\b(?:war|conflict|fighting|violence|insurgency|crisis|campaign|unrest|attacks|raids|"
    r"strikes|clashes|bombings|killings|ambushes)\b"
    # "The war between the army and the RSF, which began in 2023, has killed ...": an aside
    r"(?:[^.;]{0,40}?|[^.;,]{0,40},[^.;]{1,80}?,\s*)"
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:killed|displaced|claimed)\b",
    re.I,
)


# a trend told of a kind of event, not one event
_TREND_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:have|has|had)\s+(?:become|grown|been)\s+(?:more|less|increasingly|"
    r"far\s+more|much\s+more)\s+(?:frequent|common|regular|rare)\b",
    re.I,
)
# more of them over a time, a trend rather than one event: "has stepped up air strikes",
# "have intensified their raids on army bases", "repeated strikes on markets"
_TREND_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:[\w'-]+\s+)?(?:stepped\s+up|intensified|escalated|increased|"
    r"ramped\s+up|multiplied)\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w'-]+\s+){0,3}?$"
    r"|\b(?:repeated|frequent|recurrent|recurring|numerous|countless|persistent|regular)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
_FOR_YEARS = re.compile(
    r"[^,;.]{0,40}?\b(?:for|in)\s+(?:many\s+|several\s+|two\s+|three\s+|\d+\s+)?"
    r"(?:years|decades)\b",
    re.I,
)
_PERIOD = re.compile(
    r"\b(?:in|over|during|throughout)\s+(?:the\s+)?(?:recent|past|last|previous)\s+(?:few\s+)?"
    r"(?:\w+\s+)?(?:months|weeks|years?|decades?)\b(?!['\u2019]s\b)"  # not "last year's X"
    r"|\bsince\s+the\s+(?:war|conflict)\s+began\b"
    r"|\b(?:in|during|throughout)\s+the\s+(?:\d{4}(?:-\d{2,4})?\s+|last\s+|previous\s+|civil\s+)?"
    r"(?:war|conflict)\b(?!\s+(?:in|on|against|with|between)\b)",
    re.I,
)


# ", who have tried in recent months to unite their factions,": what describes the actor
# ", who ... ," or a closing ", which have returned in recent weeks."
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\s+[^,;]+(?:,|[.!?]?\s*$)")


def _without_asides(event: Event) -> str:
    """The evidence without relative asides that do not hold the trigger.

    "Fano commanders, who have tried in recent months to unite, have vowed to
    take their campaign to Bahir Dar": the months tell who the commanders are,
    not when the vow's event happens.
    """
    evidence = event.evidence or ""
    trigger = event.trigger or ""
    return _RELATIVE_ASIDE.sub(
        lambda m: m.group(0) if trigger and trigger in m.group(0) else ",", evidence
    )


def is_background(event: Event, article_date: str | None) -> bool:
    """Events told as background: long before the article, over past months, a war's toll.

    A denial over a period ("there has been no shooting near Batken in recent
    weeks", "none of its aircraft has struck a settlement since the operation
    began") says nothing happened up to now: it is not background.
    """
    over_period = event.modality == "negated"
    if event.evidence and not over_period and _PERIOD.search(_without_asides(event)):
        return True
    summary = _SUMMARY.search(event.evidence or "") if event.trigger else None
    if (
        summary
        and _PAST_PERFECT_TOLL.search(summary.group())
        and _REPORTED_JUST_BEFORE.search(event.evidence, 0, summary.start())
    ):
        summary = None  # "Hamas said Israeli strikes on Khan Younis had killed 20 people": the
        # past perfect of reported speech tells one event's toll, not a war's
    if (
        summary
        and summary.start() <= event.evidence.find(event.trigger) <= summary.end()
        and not (event.extra.get("date_cue") and _RECENT.search(event.evidence))
    ):
        return True  # "raids attributed to the ADF have killed more than 150 people"
    if event.evidence and event.trigger:
        position = event.evidence.find(event.trigger)
        after = position + len(event.trigger)
        plural = event.trigger.lower().endswith("s")
        if position >= 0 and plural and _TREND_AFTER.match(event.evidence, after):
            return True  # "hit-and-run attacks on checkpoints have become more frequent"
        if (
            position > 0
            and plural
            and _TREND_BEFORE.search(event.evidence[max(0, position - 60) : position])
        ):
            return True  # "has stepped up air raids since the elections", "repeated strikes"
        if position >= 0 and over_period and _FOR_YEARS.match(event.evidence, after):
            return True  # "Maiduguri, which has not seen a major attack for years": history
        if (
            position > 0
            and not over_period
            and _since_long_ago(event.evidence[:position], article_date)
        ):
            return True
        if (
            position >= 0
            and not over_period
            and _perfect_since_long_ago(event.evidence, position, article_date)
        ):
            return True
        if position >= 0 and not event.extra.get("date_cue") and article_date:
            end = position + len(event.trigger)
            clause = trigger_clause(event.evidence, (position, end))
            start = clause.find(event.trigger)
            # "In Komanda, where an attack killed dozens in July 2025, traders shut their
            # shops", "In Goma, which the M23 has held since January 2025, ...": the year of
            # an aside about the place is not the event's
            near = blank_asides(clause, start)[max(0, start - 60) : start + len(event.trigger) + 20]
            years = [int(y) for y in _YEAR.findall(near)]
            later = _YEAR_AFTER.search(clause, start + len(event.trigger))
            if (
                later is not None
                and later.start() - start < 100
                and not _ASIDE.search(clause, start + len(event.trigger), later.start())
            ):
                years.append(int(later.group("year")))  # "killed ... in the spring of 2022"
            era = _ERA_AFTER.search(clause, start + len(event.trigger))
            if (
                era is not None
                and era.start() - start < 100
                and not _ASIDE.search(clause, start + len(event.trigger), era.start())
                and event.modality != "hypothetical"
            ):
                return True  # "destroyed in the first days of the invasion"
            frame = _YEAR_FRAME.match(event.evidence)
            if frame is not None and frame.end() <= position:
                years.append(int(frame.group("year")))  # "In 2024 several farmers were killed"
            if years and max(years) < int(article_date[:4]) and event.modality != "hypothetical":
                return True  # "As in 1066, the army was overrun", "the 2016 peace agreement"
        if (
            position > 0
            and event.trigger.lower().endswith("ing")
            and event.modality == "asserted"
            and _DESCRIBED_ACTIVITY.search(event.evidence[max(0, position - 40) : position])
        ):
            return True  # "The ELN, which has been fighting dissidents in Arauca, ...": what
            # an actor does, not an event
        if position >= 0 and _ONGOING.search(event.evidence[max(0, position - 30) : position]):
            if _FOR_LONG.match(event.evidence, position + len(event.trigger)):
                return True  # "the OLA, which has fought the government for years"
        if position > 0 and _HABIT_FOR_LONG.search(event.evidence[:position]):
            return True  # "jets have struck PKK positions for decades, often hitting ..."
        habit = _HABIT_SINCE.search(event.evidence[:position]) if position > 0 else None
        if habit is not None and _since_long_ago(f"since {habit['when']} have ", article_date):
            return True  # "JNIM has been trying since September to choke off ..., attacking"
        if (
            position > 0
            and _COUNT_BEFORE.search(event.evidence[max(0, position - 40) : position])
            and _THIS_YEAR.search(event.evidence[position : position + 100])
        ):
            return True  # "has conducted dozens of strikes in Somalia this year": a tally
    if event.modality == "hypothetical":
        return False  # a threat told with the date of an old attack ("which they bombed in July")
    if not article_date or not event.event_date:
        return False
    from datetime import date

    try:
        gap = date.fromisoformat(article_date[:10]) - date.fromisoformat(event.event_date)
    except ValueError:
        return False
    return gap.days > BACKGROUND_DAYS


_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
# a tally of a year's events: "dozens of strikes ... this year", "40 attacks so far this year"
_COUNT_BEFORE = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|(?:more|fewer)\s+than\s+[\w,]+|at\s+least\s+[\w,]+|"
    r"\d[\d,]*)\s+(?:of\s+)?(?:[a-z-]+\s+)?$",
    re.I,
)
_THIS_YEAR = re.compile(
    r"^[^.;]*?\b(?:(?:so\s+far\s+)?this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+"
    r"the\s+year|in\s+the\s+past\s+year|over\s+the\s+past\s+year)\b",
    re.I,
)
# a year that opens the sentence frames all of it: "In 2024 several farmers were killed ..."
_YEAR_FRAME = re.compile(
    r"\W*(?:in|during|by)\s+(?:(?:early|late|mid-?|the\s+\w+\s+of)\s+)?"
    r"(?P<year>1[0-9]{3}|20[0-9]{2})\b",
    re.I,
)
_YEAR_AFTER = re.compile(
    r"\b(?:in|of|during|from|between)\s+(?:(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:of\s+)?)?(?P<year>1[0-9]{3}|20[0-9]{2})\b"
)
_ERA_AFTER = re.compile(
    r"\b(?:in|during)\s+the\s+(?:first|early|opening|final|last)\s+(?:days|weeks|months|hours)\s+"
    r"of\s+the\s+(?:war|invasion|conflict|occupation|uprising|revolution)\b",
    re.I,
)
_ASIDE = re.compile(r"[,;(\u2013\u2014]|\b(?:where|which|who|whose|that|when)\b", re.I)
_DESCRIBED_ACTIVITY = re.compile(
    r"\b(?:which|who|that)\s+(?:has|have|had)\s+(?:[a-z]+\s+)?been\s+$", re.I
)
_ONGOING = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_FOR_LONG = re.compile(
    r"[^,;.]{0,60}?\bfor\s+(?:(?:many|several|two|three|four|five|ten|the\s+past|the\s+last)\s+)?"
    r"(?:years|decades|a\s+decade|generations)\b"
    r"|[^;.]{0,80}?\bsince\s+(?:1[0-9]{3}|20[0-9]{2})\b",  # "which has fought ... since 2021"
    re.I,
)
# a habit of years told before a participle that goes on with it
_HABIT_FOR_LONG = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+)?[a-z]+\b[^,;.]{0,80}?\bfor\s+"
    r"(?:(?:many|several|two|three|four|five|ten|the\s+past|the\s+last)\s+)?"
    r"(?:years|decades|a\s+decade|generations)\b,\s+(?:often\s+|regularly\s+|sometimes\s+)?$",
    re.I,
)
# a habit since a time long past told before a participle that goes on with it
_HABIT_SINCE = re.compile(
    r"\b(?:has|have|had)\s+been\s+[a-z]+ing\b[^,;.]{0,40}?\bsince\s+(?P<when>[^,;.]{1,30}?)"
    r"(?:\s+[^,;.]{0,80}?)?,\s+(?:often\s+|regularly\s+|mostly\s+)?$",
    re.I,
)
_SINCE_PERFECT = re.compile(
    r"\bsince\s+(?P<when>[^,;]{1,60}?)(?:,\s*|\s+)(?:[^,;.]{0,80}?\s)?"
    r"(?:has|have)\s+(?:been\s+)?(?:[\w'-]+\s+){0,4}$",
    re.I,
)
_RECENT = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|weekend|"
    r"(?:this|last)\s+week|overnight|dawn|morning|afternoon|evening|night|hours?)\b",
    re.I,
)


def _since_long_ago(before: str, article_date: str | None) -> bool:
    """A perfect-tense count "since" a time long past ("Since November the Houthis have
    launched scores of attacks"): a summary of the war, not an event."""
    match = _SINCE_PERFECT.search(before)
    if match is None:
        return False
    when = match.group("when")
    if _RECENT.search(when):
        return False
    from geomap.events.dates import resolve_date

    resolved = resolve_date(when, article_date)
    if resolved.cue is None or not article_date or resolved.date is None:
        # "since the start of the war", "since 2022"; not "since the rebels arrived"
        told = match.group(0)
        return _YEAR.search(told) is not None or _ERA.search(told) is not None
    from datetime import date

    gap = date.fromisoformat(article_date[:10]) - date.fromisoformat(resolved.date)
    return gap.days > BACKGROUND_DAYS


_ERA = re.compile(
    r"\b(?:war|conflict|insurgency|invasion|revolution|uprising|independence|coup|crisis|"
    r"occupation|start|beginning|outbreak|year|decade|century|era|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|spring|summer|autumn|"
    r"winter)\b",
    re.I,
)
_PERFECT_AFTER = re.compile(
    r"[^,;.]{0,80}?\b(?:has|have)\s+(?:[\w'-]+\s+){0,3}?since\s+(?P<when>[^,;.]{1,60})", re.I
)


#: "has been attacked", "has been under attack" (a state since then)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:under\s+)?$", re.I)
_SINCE_AFTER = re.compile(r"[^,;.]{0,60}?\bsince\s+(?P<when>[^,;.]{1,60})", re.I)


def _perfect_since_long_ago(text: str, position: int, article_date: str | None) -> bool:
    """A trend told since a time long past ("attacks on its forces have risen sharply since
    the Taliban returned to power in 2021"): not an event."""
    match = _PERFECT_AFTER.match(text, position)
    if match is None and _PERFECT_BEFORE.search(text[max(0, position - 30) : position]):
        match = _SINCE_AFTER.match(text, position)  # "has been attacked several times since"
    if match is None:
        return False
    return _since_long_ago(f"since {match.group('when')} have ", article_date)


_FIGHTER_NOUNS = frozenset(
    ["unit", "troop", "force", "fighter", "soldier", "mercenary", "militia", "volunteer", "man",
     "battalion", "brigade", "regiment", "group", "gang", "cartel", "faction"]
)  # fmt: skip


# "before he could detonate his vest", "destroyed the drones before they could be launched"
_BEFORE_IT_COULD = re.compile(
    r"\bbefore\s+(?:he|she|they|it|(?:the|any|its|their)\s+[\w-]+)\s+(?:could|was\s+able\s+to|"
    r"were\s+able\s+to|had\s+a\s+chance\s+to)\s+(?:be\s+)?$",
    re.I,
)


def _of_anyone_who(token) -> bool:
    """A verb of a relative clause on "any ..." ("any force that tries to enter the city",
    "any unit that moved into the province"): a kind of act that may come, no event."""
    for _ in range(3):
        if token.dep_ == "relcl":
            return any(c.dep_ == "det" and c.lower_ == "any" for c in token.head.children)
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return False


_BANNING = frozenset(["ban", "prohibit", "outlaw", "forbid"])


def _banned_kind(token) -> bool:
    """A protest noun in the plural (or with "all", "any") that a ban is about ("banned
    all demonstrations", "rallies were prohibited"): a kind of gathering forbidden, not
    one held ("banned Friday's march" is one, still to come)."""
    banned = token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_ in _BANNING
    kind = token.tag_ == "NNS" or any(
        c.dep_ == "det" and c.lower_ in ("all", "any") for c in token.children
    )
    planned = any(c.dep_ == "acl" for c in token.children)  # "rallies planned for Monday"
    return token.pos_ == "NOUN" and banned and kind and not planned


def _describes_fighters(token) -> bool:
    """A participle that says what armed men do ("units fighting in Ukraine")."""
    return (
        token.tag_ == "VBG"
        and token.dep_ == "acl"
        and token.lemma_ in ("fight", "battle", "serve", "operate")
        and token.head.lemma_.lower() in _FIGHTER_NOUNS
    )


_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
# verbs of a condition that goes on: "if drones kept attacking ships", "as long as the
# shelling continues"
_GOING_ON = frozenset({"keep", "continue", "persist", "go", "carry"})


def _condition_clause(token, violent: bool) -> bool:
    """Whether ``token`` sits in a condition (if, unless, as long as) of a main clause
    that tells what is going on ("if drones kept attacking ships").

    A condition naming a new violent act (``violent``: "if the rebels take
    Kessler, they will shell Dunmore") is an event of its own, conditional; a
    demand ("if the police do not withdraw") is not.
    """
    generic = any(c.dep_ == "det" and c.lower_ == "any" for c in token.children)
    for _ in range(6):
        if any(
            c.dep_ == "mark"
            and (
                c.lower_ in ("if", "unless")
                or (c.lower_ == "as" and token.head.lower_ == "long")
                # "would not lay down their weapons until the SDF handed control of the
                # province to its inhabitants": a demand, as a condition is
                or (c.lower_ == "until" and not violent)
            )
            for c in token.children
        ):  # "will keep burning as long as Russia kept attacking the grid"
            return token.dep_ == "advcl" and (
                token.lemma_ in _GOING_ON
                or any(c.lower_ in ("still", "again") or c.dep_ == "neg" for c in token.children)
                or token.head.lower_ == "long"
                or not violent
                or generic  # "if Washington took part in any attack on Iran"
            )
        going_on_subject = token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in _GOING_ON
        if token.head.i == token.i or (
            token.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep", "pcomp")
            and not going_on_subject  # "if drone strikes continue": the strikes go on
        ):
            return False
        if (
            token.dep_ == "conj"
            and any(c.dep_ == "aux" for c in token.children)
            and not any(c.dep_ == "aux" for c in token.head.children)
        ):
            # 'will "respond" if drone strikes continue and has threatened to advance on
            # Uvira': a verb with its own auxiliary goes back to the main clause's subject
            return False
        token = token.head
    return False


def _planned_for_antecedent(token, places: list[Place], offset: int) -> bool:
    """Whether ``token`` heads a modal relative clause whose object is a place before it.

    "Wad Madani, which our forces will enter soon": the relative pronoun
    stands for the place, and the modal makes the clause a plan or threat,
    not a description of the place (a past relative clause is one).
    """
    if token.dep_ != "relcl" or not any(c.lower_ in _MODALS for c in token.children):
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in token.children):
        return False
    head = token.head
    return any(p.start - offset <= head.idx < p.end - offset for p in places)


def _relative_clause(token) -> bool:
    """The token heads a relative clause, not a "that" clause the small model labels so.

    In "fake news that bandits had taken over the town" the clause tells what
    the news said: "that" is its mark, not its subject or object.
    """
    return token.dep_ == "relcl" and not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children
    )


_COMMEMORATION = re.compile(r"\bto\s+mark\b", re.I)
_DIGNITARIES = re.compile(
    r"\b(?:diplomats?|clergy|dignitaries|officials|ministers?|ambassadors?|bishops?|priests?|"
    r"imams?|president|prime\s+minister|mayor|governor|veterans)\b",
    re.I,
)


def _dispersed_crowd(token) -> bool:
    """Whether the noun a relative clause hangs on is the crowd that tear gas, water
    cannon or a dispersal in the main clause was aimed at."""
    noun = token.head
    before = noun.doc.text[max(0, noun.idx - 90) : noun.idx]
    return _CROWD_CONTROL_BEFORE.search(before) is not None


_CROWD_CONTROL_BEFORE = re.compile(
    r"\b(?:tear\s*gas|water\s+cannons?|rubber\s+bullets|batons|dispers\w+|arrest\w*|"
    r"detain\w*|rounded\s+up)\b[^.;]{0,70}$",
    re.I,
)


def _past_perfect_relative(token) -> bool:
    if not _relative_clause(token):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)


_ANAPHOR_PREP = re.compile(
    r"\s*(?:toward|towards|into|on|at|against)\s+the\s+"
    # "advanced into the eastern part of the city": a part of the town named before
    r"(?:(?:[a-z-]+\s+)?(?:part|parts|outskirts|cent(?:re|er)|edge|heart|suburbs|side)\s+of\s+the\s+)?"
    r"(?:city|town|village|capital|port)\b",
    re.I,
)


def anaphor_prep_after(text: str, end: int) -> bool:
    """Whether "into the city", "into the eastern part of the town" follows ``end``."""
    return _ANAPHOR_PREP.match(text, end) is not None


_PASSIVE_AFTER_PLACE = re.compile(  # "Beirut's southern suburbs would be flattened"
    r"(?:['\u2019]s)?(?:\s+[\w'\u2019-]+){0,3}?\s+"
    r"(?:will|would|could|might|may|shall|was|were|is|are|has|have|had)\s+"
    r"(?:not\s+)?(?:be\s+|been\s+|being\s+)?",
    re.I,
)


def _place_before_passive(trigger: Trigger, sentence: Sentence, places: list[Place]) -> bool:
    """Whether a place is the trigger's passive subject: "the Dahiyeh in Beirut will be hit"."""
    for place in places:
        end = place.end - sentence.start
        gap = sentence.text[end : trigger.start]
        if end <= trigger.start and _PASSIVE_AFTER_PLACE.fullmatch(gap):
            return True
    return False


def _place_after(trigger: Trigger, sentence: Sentence, places: list[Place]) -> bool:
    """Whether a place (or "the city") is the trigger's object: "struck the port of Odesa"."""
    if _ANAPHOR_OBJECT.match(sentence.text, trigger.end):
        return True
    for place in places:
        start = place.start - sentence.start
        if start >= trigger.end and _TARGET_GAP.fullmatch(sentence.text[trigger.end : start]):
            return True
    return False


# "will take the state capital, Sittwe": the town named after its role
_TARGET_GAP = re.compile(  # "struck the port of Odesa", "fired in Ghadames", "hit homes in X"
    r"\s*(?:(?:the|a)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:city|town|village|port|capital|camp|district|"
    r"area|base|region|province|neighbourhood|neighborhood)\s+of\s+)?(?:" + _APPOSED_TOWN + ")?"
    # "strike terrorist hideouts in Paktika": a military target, then where it is
    # "target the African Union mission's base in Baidoa": an owner among the modifiers
    r"|\s*(?:(?:the|its|their|enemy|militant|terrorist|rebel|insurgent|[A-Z][\w-]+"
    r"|[\w-]+['\u2019]s)\s+){0,4}"
    r"(?:hideouts?|positions?|targets?|bases?|camps?|depots?|strongholds?|bunkers?|launch\s+sites?|"
    r"training\s+camps?"
    # "hit a gathering of extremist fighters in Jiga": armed men massed somewhere
    r"|[\"'\u201c]?(?:an?\s+)?(?:gathering|meeting|concentration|column|convoy|group)s?\s+of\s+(?:[\w-]+\s+)?"
    r"(?:fighters|militants|rebels|insurgents|terrorists|gunmen|extremists|jihadists|militiamen)[\"'\u201d]?)"
    r"\s+(?:in|near|around|across|at|outside)\s+(?:the\s+)?"
    # "strikes on the outskirts of Sanaa", "shelling in the eastern part of the city of X"
    r"|\s*(?:on|in|at|near|around|across)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|"
    r"north-eastern|north-western|south-eastern|south-western)\s+)?(?:outskirts|edges?|cent(?:re|er)|"
    r"heart|suburbs|part|side|districts|neighbou?rhoods|(?:north|south|east|west)(?:-?(?:east|west))?)"
    r"\s+of\s+(?:the\s+(?:city|town|village|port|capital)\s+of\s+)?",
    re.I,
)


_BARE_VERBS = frozenset(["take", "clear"])  # too common to allow words between verb and place
# "took Maungdaw", "took the (fishing) town of X", not "taken to X"
_DIRECT_OBJECT_GAP = re.compile(
    r"[\s'\"\u2019\u201d\u201c]*(?:(?:the|a|every|each|all\s+the|the\s+(?:whole|entire))\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|port|capital|"
    r"camp|district|area|base|region|province|neighbourhood|neighborhood|streets?|"
    r"neighbou?rhoods|districts|quarters?)[\"'\u201d\u2019]?\s+of\s+"
    # "clear the countryside around Finote Selam": the land about the town
    r"|(?:countryside|outskirts|surroundings|hills|villages|areas?|roads?|routes?|forests?)\s+"
    r"(?:around|near|outside)\s+"
    r")?(?:(?<=the\s)" + _APPOSED_TOWN + ")?",
    re.I,
)
_OBJECT_GAP = re.compile(
    r"\s*(?:(?:the|a)\s+)?(?:(?!(?:from|in|at|by|with|for|via|through|across|after|before|near|"
    r"outside)\b)[\w-]+\s+){0,2}?(?:(?:city|town|village|port|capital|camp|district|"
    r"area|base|region|province|neighbourhood|neighborhood|"
    # "pray in the grand mosque of El Fasher", "reach the heart of the city"
    r"mosque|square|centre|center|heart|streets)\s+of\s+)?(?:" + _APPOSED_TOWN + ")?",
    re.I,
)


# ------------------------------------------------------------------ clauses

_PRONOUN_SUBJECTS = frozenset(["it", "they", "he", "she", "which", "that", "who", "this"])


def in_relative_clause(trigger: Trigger, parsed) -> bool:
    """Whether the trigger's verb sits in a relative clause ("Taiz, which they have besieged")."""
    if parsed is None:
        return False
    span = parsed.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _relative_clause(span.root)


# a military object right after the verb: "strike hideouts", "hit a weapons facility"
_MILITARY_SUBJECT = re.compile(
    r"\b(?:hideouts|launch\s+pads|strongholds|bases|camps|positions|depots)\s+"
    r"(?:(?:will|would|shall|could|can|may|might|must|should)\s+(?:also\s+)?be"
    r"|(?:were|was|are|is|have\s+been|has\s+been|had\s+been))\s+(?:repeatedly\s+|again\s+)?$",
    re.I,
)
_MILITARY_OBJECT = re.compile(
    r"\s+[\"'\u201c]?(?:(?:the|a|an|its|their|his|militant|terrorist|rebel|enemy|"
    r"hezbollah|hamas|military|weapons?|arms|ammunition|command|training)\s+){0,3}"
    r"(?:hideouts?|launch\s+pads?|facilit(?:y|ies)|depots?|strongholds?|bases?|camps?)\b"
    # "would strike Saudi oil facilities", "will continue to strike Hezbollah targets"
    r"|\s+(?:[A-Z][\w-]+\s+)(?:(?!and\b|or\b)[a-z-]+\s+)?"
    r"(?:facilit(?:y|ies)|depots?|targets|installations|infrastructure)\b"
    # "would strike any government forces that moved into the province"
    r"|\s+any\s+(?:[\w-]+\s+)?(?:forces|troops|fighters|units|positions)\b"
    # "will hit Pakistani posts near Torkham": a named side's posts or positions
    r"|\s+(?:the\s+|its\s+|their\s+)?(?:army|military|police|government|enemy|rebel|[A-Z][a-z]+)\s+"
    r"(?:posts|positions|outposts|checkpoints|barracks|garrisons?)\b",
    re.I,
)


def _manner_of_withdrawal(token) -> bool:
    """Whether a trigger word tells how forces left ("withdrew without fighting",
    "pulled out without a fight"): no fight, and no fight denied."""
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ != "without":
        return False
    return token.head.head.lemma_.lower() in _WITHDRAWAL_VERBS


_WITHDRAWAL_VERBS = frozenset(["withdraw", "retreat", "pull", "leave", "abandon", "evacuate"])


def heads_own_clause(trigger: Trigger, parsed, places_in_clause) -> bool:
    """Whether a verb trigger heads a clause of its own with its own actor and place.

    "A car bomb exploded in Beledweyne, and in Mogadishu gunmen shot dead
    five guests": the shooting has its subject and its place, so it is an
    event and not the fatalities of the bombing. ``places_in_clause`` tells,
    for a token, whether a place lies in its subtree.
    """
    if parsed is None:
        return False
    span = parsed.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span.root
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ == "advcl" and trigger.entry.trigger_class == "kill":
        return _earlier_event_clause(verb)  # "..., hours after a gunman shot dead two brothers"
    if verb.dep_ == "relcl" and trigger.entry.trigger_class == "kill":
        return _dated_clause(verb)  # "to mourn the mayor, who was shot dead on Saturday night"
    if verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj" and trigger.entry.lemma in _MANNERS_OF_KILLING:
        # "Shops were burned in X, and three people were shot dead in Y": a killing of its
        # own kind, told in a clause of its own
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].lower_ in _PRONOUN_SUBJECTS:
        return False
    if subjects[0].lower_ in trigger_readings() or subjects[0].lemma_.lower() in trigger_readings():
        return False  # "a strike on a house killed five": the strike's toll
    return places_in_clause(verb)


_MANNERS_OF_KILLING = frozenset(["shoot", "stab", "hack", "behead", "lynch", "execute"])
_SEQUENCE_MARKS = frozenset(["after", "before"])
_OWN_TIME = re.compile(
    r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\byesterday\b|\blast\s+(?:night|week|month)\b|\bthe\s+day\s+before\b",
    re.I,
)


def _dated_clause(verb) -> bool:
    """Whether a relative clause tells when its killing happened ("who was shot dead on
    Saturday night"): a killing with its own time is an event, not the main event's toll."""
    clause = " ".join(t.text for t in verb.subtree)
    return _OWN_TIME.search(clause) is not None


def _earlier_event_clause(verb) -> bool:
    """Whether ``verb`` heads an "after"/"before" clause with a subject of its own.

    Such a clause tells another event in sequence with the main one ("a day
    after a bus driver was shot dead"), not the main event's toll ("...,
    killing 12" has no subject and no marker).
    """
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not marks & _SEQUENCE_MARKS or not subjects:
        return False
    subject = subjects[0]
    if subject.lower_ in _PRONOUN_SUBJECTS:
        return False
    readings = trigger_readings()
    return subject.lower_ not in readings and subject.lemma_.lower() not in readings


_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?:[\w-]+\s+)?$", re.I)
_INTENT_BEFORE = re.compile(
    r"\b(?:would|will|going|vowed|vows?|vowing|threatened|threatens?|threatening|plans?|planned|"
    r"planning|tried|tries|try|trying|attempted|attempting|sought|seeks?|seeking|wants?|wanted|"
    r"intends?|intended|intending|began|begun|started|continued|managed|failed|pledged|pledging|"
    r"promised|promising|prepared|preparing|ready|set|about|hopes?|hoped|hoping|expects?|"
    r"expected|able|decided|ordered|urged|called\s+on\s+\w+)\s+to\s+",
    re.I,
)
_NATIONWIDE = re.compile(
    r"\b(?:(?:out\s+of|across|throughout|all\s+over|around)\s+(?:the|this|their|its)\s+"
    r"(?:whole\s+|entire\s+)?(?:country|nation|region|state|world|globe|continent)\b|"
    r"nationwide|countrywide|worldwide"
    # "shot down 71 drones over eleven regions", "launched against several regions", "unrest
    # overnight in several towns"
    r"|(?:over|across|against|in)\s+(?:(?:several|many|various|multiple|a\s+dozen|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)(?:[\w-]+\s+)?"
    r"(?:regions|provinces|oblasts|governorates|states|districts|towns|cities|villages)\b)",
    re.I,
)
#: The narrower scope of one whole country ("nationwide", "across the country"), not
#: "around the world" or "over eleven regions".
_COUNTRY_WIDE = re.compile(
    r"\b(?:nationwide|countrywide|(?:across|throughout|all\s+over)\s+the\s+(?:whole\s+|entire\s+)?"
    r"(?:country|nation))\b",
    re.I,
)
_PERFECT_PROGRESSIVE = re.compile(r"\b(?:has|have|had)\s+(?:[\w-]+\s+)?been\s+$", re.I)


def spread_over_a_country(trigger: Trigger, sentence: str) -> bool:
    """Whether the words around a trigger spread it over one whole country
    ("called for nationwide marches", "protests across the country")."""
    return bool(_COUNTRY_WIDE.search(sentence, max(0, trigger.start - 60), trigger.end + 40))


def borrows_no_place(trigger: Trigger, sentence: str) -> bool:
    """Whether a trigger without a place of its own must not take the last event's place.

    An infinitive of purpose ("merged into an alliance to fight the police",
    "forcing men to fight for it") and an ongoing activity ("has been
    fighting local groups for control") tell what a group does in general,
    not an event at the place last mentioned.
    """
    before = sentence[max(0, trigger.start - 40) : trigger.start]
    if _NATIONWIDE.search(sentence, max(0, trigger.start - 60), trigger.end + 40):
        return True  # "drive them out of the country", "across the country, X stepped up attacks"
    if "VERB" in trigger.entry.pos and _INFINITIVE_BEFORE.search(before):
        return not _INTENT_BEFORE.search(before)
    # "has been fighting local groups", not the passive "two suspects had been arrested"
    progressive = trigger.text.split()[0].lower().endswith("ing")
    return progressive and bool(_PERFECT_PROGRESSIVE.search(before))


_SPREAD = re.compile(r"\b(?:across|throughout)\s+(?:the\s+)?[\w'-]*\s*$", re.I)


def is_summary(
    trigger: Trigger, sentence: str, place_start: int | None, feature: str | None
) -> bool:
    """A plural noun spread over a region ("attacks across Balochistan", "raids across the region").

    Such a phrase sums up the events told one by one, or gives the setting
    of another event ("arrested 17 in raids across the North-West").
    """
    if "NOUN" not in trigger.entry.pos or place_start is None or place_start < trigger.end:
        return False
    if (feature or "city") in ("city", "admin2", "neighbourhood"):
        return False
    if not trigger.text.lower().endswith("s"):
        return False
    gap = sentence[trigger.end : place_start]
    return len(gap) <= 40 and _SPREAD.search(gap) is not None
