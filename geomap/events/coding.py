"""Refine a trigger's default ACLED coding from actors, instruments and targets.

The lexicon gives each trigger a class with a default event type and
sub-type. These rules sharpen it: taking territory is "Government regains
territory" for a state's forces in their own country and "Non-state actor
overtakes territory" otherwise, or a "Non-violent transfer of territory"
when the sentence says there was no fight; an attack with warplanes is an
air strike, with artillery shelling; an attack on civilians is violence
against civilians; a protest broken up with tear gas is a "Protest with
intervention".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from geomap.events.actors import ActorMention, demonym_table, is_predator
from geomap.events.lexicon import FOUGHT_OFF, TriggerEntry, coding_cues, phrase_pattern
from geomap.events.triggers import PEOPLE_OF

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
INSTRUMENT_TYPES = {
    "chemical": "Chemical weapon",
    "suicide": "Suicide bomb",
    "grenade": "Grenade",
    "ied": "Remote explosive/landmine/IED",
    "airstrike": "Air/drone strike",
    "shelling": "Shelling/artillery/missile attack",
}
_CONFLICT_CLASSES = frozenset(["attack", "kill", "explosion", "bombard"])
ARMED_TYPES = frozenset(
    [
        "State forces",
        "Rebel group",
        "Political militia",
        "Identity militia",
        "External/Other forces",
    ]
)


@dataclass(frozen=True, slots=True)
class Coding:
    """ACLED event type, sub-type, disorder type and civilian targeting."""

    event_type: str
    sub_event_type: str
    disorder_type: str
    civilian_targeting: bool = False


def _has(sentence: str, key: str) -> re.Match | None:
    pattern = phrase_pattern(tuple(coding_cues()[key]))
    if key != "civilian_targets":
        return pattern.search(sentence)
    # "armoured vehicles", "army trucks", "police cars": the forces' own, not civilians'
    return next(
        (m for m in pattern.finditer(sentence) if not _FORCES_OWN.search(sentence, 0, m.start())),
        None,
    )


_FORCES_OWN = re.compile(
    r"\b(?:armou?red|military|army|police|troop|enemy|security\s+forces['\u2019]?)\s+$", re.I
)


def instrument(sentence: str) -> str | None:
    """The weapon class named in ``sentence`` (chemical, suicide, ..., shelling), if any.

    The head of a hyphenated compound counts ("a sea-drone attack"), not after "anti-"
    ("anti-aircraft fire" is fired from the ground).
    """
    for kind, words in coding_cues()["instruments"].items():
        for match in _instrument_pattern(tuple(words)).finditer(sentence):
            if not sentence[max(0, match.start() - 5) : match.start()].lower().endswith("anti-"):
                return kind
    return None


@cache
def _instrument_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    # "a guided-bomb attack", "car-bomb": a hyphen joins a weapon's words as a space does
    body = "|".join(
        re.escape(w).replace(r"\ ", r"[\s-]") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w])(?:{body})(?:s|es)?(?![\w-])", re.IGNORECASE)


def is_state_actor_at_home(actor: ActorMention | None, event_country: str | None) -> bool:
    """Whether ``actor`` is the government's forces of the country the event is in."""
    if actor is None or not actor.government:
        return False
    return actor.country is None or event_country is None or actor.country == event_country


#: Sites only weapons reach, as what was "targeted" ("hideouts will be targeted",
#: "targeted militant hideouts"): the targeting is a strike.
_SITES_STRUCK_BEFORE = re.compile(
    r"\b(?:hideouts|launch\s+pads|launch\s+sites|training\s+camps)\s+(?:[\w']+\s+){0,4}$", re.I
)
_SITES_STRUCK_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|its|their|militant|terrorist|rebel|enemy|suspected)\s+){0,3}"
    r"(?:hideouts?|launch\s+pads?|launch\s+sites?|training\s+camps?)\b",
    re.I,
)


# fire aimed at a place by name: "firing at Kiryat Shmona", "fired anything towards Israel"
_FIRED_AT_A_TOWN = re.compile(
    r"\s+(?:anything\s+|something\s+)?(?:at|towards?|into)\s+(?:northern\s+|southern\s+|"
    r"eastern\s+|western\s+)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?"
    r"(?!\s+(?:positions?|posts?|troops|soldiers|forces|patrols?|bases?|checkpoints?|"
    r"convoys?|units?|fighters|police|army)\b)(?=[\s,.;:]|$)",
    re.I,
)


def code_event(
    entry: TriggerEntry,
    sentence: str,
    trigger: tuple[int, int],
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    event_country: str | None,
    following: str = "",
    *,
    told: bool = True,
    denied: bool = False,
) -> Coding:
    """Return the ACLED coding of the event at ``trigger``.

    ``following`` is the next sentence of the paragraph: "... took over the
    mayor's office. No shots were fired." makes the takeover non-violent.
    ``told`` is false for an event only threatened, planned or denied: then a
    gang's attack on a town, with no armed target named, falls on its people.
    ``denied`` is true for an event denied: a denied attack by no one named, on
    no armed side, falls on the town's people too.

    Examples
    --------
    >>> from geomap.events.lexicon import trigger_table
    >>> from geomap.events.actors import find_actors
    >>> s = "Government forces recaptured the town."
    >>> a = find_actors(s)[0]
    >>> code_event(trigger_table()["recaptured"], s, (18, 28), a, None, "SY").sub_event_type
    'Government regains territory'
    """
    event_type, sub = entry.event_type, entry.sub_event_type
    refine = entry.refine
    bombing = entry.trigger_class in _BOMBINGS or (
        entry.trigger_class == "attack"
        and instrument(trigger_clause(sentence, trigger)) in _BOMBINGS
    )  # "a car bomb attack": the attack is the bombing
    if bombing and foiled_bombing(sentence, trigger):
        # "an attempted suicide attack on a police station was foiled": ACLED's disrupted
        # weapons use, a development, not the blast that never came
        return Coding(
            "Strategic developments",
            "Disrupted weapons use",
            DISORDER["Strategic developments"],
            False,
        )
    if _disposal(sentence, trigger):
        # "sappers detonated an unexploded shell found in a school yard": a munition made
        # safe, ACLED's disrupted weapons use
        return Coding(
            "Strategic developments",
            "Disrupted weapons use",
            DISORDER["Strategic developments"],
            False,
        )
    if (
        entry.lemma == "fire"
        and instrument(trigger_clause(sentence, trigger)) is None
        and _FIRED_AT_A_TOWN.match(sentence, trigger[1])
    ):
        # "denied firing at Kiryat Shmona", "had not fired anything towards Israel": fire
        # aimed at a town or a country, not at people or posts, comes by rocket or shell
        return Coding(
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            DISORDER["Explosions/Remote violence"],
            False,
        )
    if (
        entry.lemma == "target"
        and instrument(trigger_clause(sentence, trigger)) is None
        and (
            _SITES_STRUCK_BEFORE.search(sentence, max(0, trigger[0] - 80), trigger[0])
            # not "carried out an operation ..., targeting hideouts of the group": the
            # participle tells the aim of the operation it follows
            or (
                _SITES_STRUCK_AFTER.match(sentence, trigger[1])
                and not sentence[trigger[0] : trigger[1]].lower().endswith("ing")
            )
        )
    ):
        # "terrorist hideouts will be targeted wherever they are", "targeted militant
        # hideouts": sites hit from afar, as strikes are
        remote = "Explosions/Remote violence"
        return Coding(remote, "Air/drone strike", DISORDER[remote], False)
    if refine == "attack" and _REPELLED_BEFORE.search(
        sentence, max(0, trigger[0] - 60), trigger[0]
    ):
        # "beat back four assaults near the village": whoever held it fought back
        return Coding("Battles", "Armed clash", DISORDER["Battles"], False)
    after = sentence[trigger[1] : trigger[1] + 60]
    clause = trigger_clause(sentence, trigger)
    clause_after = clause[
        clause.find(sentence[trigger[0] : trigger[1]]) + trigger[1] - trigger[0] :
    ]
    # ", police said": who tells it is not who was hit
    clause_after = _TRAILING_ATTRIBUTION.sub("", clause_after)
    target_words = re.split(r"[,;:]", clause_after[:60])[0]
    # "attack Dunmore 'if the police keep coming'": a condition names no target
    target_words = _CONDITION_AFTER.split(target_words, maxsplit=1)[0]
    if _PASSIVE.search(sentence[: trigger[0]]):  # "traders were shot dead by militiamen"
        target_words = _BY_AGENT.sub("", target_words)  # the agent is not the target
    civilians = _civilian_target(target_words, actor2)
    if civilians is None and entry.trigger_class == "kill":
        # "neutralised terrorists": a pattern trigger holds who was hit after its verb
        victims = sentence[trigger[0] : trigger[1]].partition(" ")[2]
        civilians = _civilian_target(victims, None) if victims else None
    if entry.lemma == "come under fire":  # "a charity rescue ship came under fire": the subject
        # (who tells it is not it: "the army said Kessler had not come under attack")
        subject = _SPEECH_BEFORE.split(clause[: clause.find(sentence[trigger[0] : trigger[1]])])
        civilians = _civilian_target(subject[-1], None)
    if civilians is None and entry.trigger_class in ("kill", "attack"):
        civilians = _passive_victims(sentence[: trigger[0]])  # "one soldier was killed"
    if civilians is None and entry.subject_is_target:
        # "herders who come back will pay a heavy price": the subject is who is threatened
        subject = re.split(r"\b(?:that|said|warned|says|warns)\b", sentence[: trigger[0]])[-1]
        if _has(subject, "armed_targets"):
            civilians = False
        elif _has(subject, "civilian_targets"):
            civilians = True
    if civilians is None and _WARNED_THEY.search(sentence[: trigger[0]]):
        civilians = True  # "warned villagers that they would be attacked"
    if civilians is None and (threatened := _THREATENED_SUBJECT.search(sentence[: trigger[0]])):
        # "warning that any vehicle found on the roads would be attacked": who is threatened
        # is the subject of the passive
        subject = threatened.group("subject")
        armed_word = _has(subject, "armed_targets")
        civil_word = _has(subject, "civilian_targets") or re.search(r"\bvehicle\b", subject, re.I)
        if civil_word and (armed_word is None or civil_word.start() < armed_word.start()):
            civilians = True  # "anyone who joined the militias would be killed": anyone
        elif armed_word:
            civilians = False
    if (
        civilians is None
        and not told
        and refine == "attack"
        and _predators(actor1, sentence[: trigger[0]])
        and (actor2 is None or actor2.actor_type == "Civilians")
    ):
        civilians = True  # "reports that bandits attacked the outskirts of Gusau are false"
    if (
        civilians is None
        and denied
        and entry.lemma == "reach"
        and actor2 is None
        and actor1 is not None
        # men told only as armed ("gunmen", "assailants": the dictionary's unidentified
        # militia), or groups that prey on people; not "the rebels", who fight for a town
        and (
            (actor1.name.startswith("Unidentified") and actor1.actor_type == "Political militia")
            or _predators(actor1, sentence[: trigger[0]])
        )
    ):
        # "the gunmen had not reached the town": a raid on its people denied, not a fight
        civilians, refine = True, "attack"
    if (
        civilians is None
        and denied
        and entry.lemma in ("attack", "come under fire")
        and actor1 is None
        and actor2 is None
        and not _has(_SPEECH_BEFORE.split(sentence[: trigger[0]])[-1], "armed_targets")
        # "no Russian ground attack on Krasnohorivka": men on the ground against a front line
        and not _GROUND_ASSAULT.search(sentence, 0, trigger[0])
    ):
        # "no attack took place in the city", "said that Ostin had not been attacked", "had
        # not come under attack": a
        # rumoured raid by no one named, on no armed side, falls on the town's people
        civilians = True
    if civilians is None and entry.lemma in ("punish", "punishment"):
        civilians = True  # "informers will face the same punishment": a threat to people
    if civilians is None and _civilian_dead(clause):
        civilians = True  # "25 civilians were killed when gunmen attacked a convoy"
    if entry.trigger_class == "kill" and _IN_A_FIGHT.match(clause_after):
        civilians = False  # "killed four dissidents in a firefight": the dead fought back
    crowd = (
        actor1 is not None
        and (
            actor1.actor_type in ("Rioters", "Protesters")
            # "residents attacked a health team": people no side arms, a mob
            or (actor1.actor_type == "Civilians" and entry.trigger_class == "attack")
        )
        # "two protesters were shot dead in Kisumu": the crowd was shot at, it did not attack
        and not (
            entry.trigger_class in ("attack", "kill") and _protester_victim(sentence[: trigger[0]])
        )
    )
    if (
        entry.trigger_class == "looting"
        and (
            (actor1 is not None and actor1.actor_type == "Civilians")
            # "opposition supporters set fire to a police station": a crowd no actor names
            or (actor1 is None and crowd_just_before(sentence[: trigger[0]]))
        )
        # "set fire to the town hall", "set the municipal building on fire"
        and (
            _PUBLIC_BUILDING.match(clause_after)
            or _PUBLIC_BUILDING.search(sentence, trigger[0], trigger[1])
        )
    ):
        crowd = True  # "residents set fire to a police station": an angry crowd, a riot
    armed = actor1 is not None and actor1.actor_type in ARMED_TYPES
    if (
        entry.trigger_class == "arrest"
        and not _NOUN_ARREST.match(sentence, trigger[0])  # "angered by the arrest of X"
        and any(
            not PEOPLE_OF.search(sentence, 0, m.start())  # "the organisers of any protest"
            # "arrested 18 people accused of looting shops during the protests": a charge
            and not _ACCUSED_OF.search(sentence, trigger[1], m.start())
            for m in _ARRESTS_AT_PROTEST.finditer(sentence)
        )
    ):
        # "several protesters were detained", "detained twelve people when they cleared a
        # crowd": arrests at a protest are its intervention (ACLED), not a development (when
        # the sentence also tells the protest, extract._protest_arrests folds them into it)
        return Coding("Protests", "Protest with intervention", DISORDER["Protests"], False)
    if (
        refine == "protest"
        and armed
        and entry.lemma in _MARCH_ON
        and after.startswith(" on ")
        and not _intervention(sentence)  # "police fired tear gas to stop them marching on"
    ):
        refine = "territory"  # "its fighters would march on Bukavu"
        event_type, sub = "Battles", "Armed clash"
    if (
        refine == "territory"
        and entry.planned_only
        and (weapon := _remote_subject(clause, sentence, trigger))
    ):  # "will the drones come back to Khartoum tonight?": more strikes, not an assault
        refine = "remote"
        event_type, sub = "Explosions/Remote violence", INSTRUMENT_TYPES[weapon]
    if refine == "territory" and crowd and entry.lemma == "occupy":
        # "protesters occupied the main square": a sit-in, not an assault
        event_type, sub = "Protests", "Peaceful protest"
    elif refine == "territory" and crowd:  # "a crowd seized ...", "supporters stormed the embassy"
        event_type = "Riots"
        killed = re.search(r"\b(?:to\s+death|lynch\w*|killed|killing)\b", sentence, re.I)
        sub = "Mob violence" if killed else "Violent demonstration"
    elif refine == "territory" and (
        (_person_object(after) and entry.lemma not in _TAKEN_BACK)
        or (
            actor2 is not None
            and actor2.actor_type == "Civilians"
            and _BEFORE_PASSIVE.search(sentence[: trigger[0]])
        )
    ):  # "took 20 villagers", "the two men, both farmers, were seized by armed men"
        event_type, sub = "Violence against civilians", "Abduction/forced disappearance"
    elif (
        refine == "territory"
        and entry.lemma in _MOVEMENT
        and _PROTEST_SUBJECT.search(
            clause[: max(0, clause.find(sentence[trigger[0] : trigger[1]]))]
        )
        # not "M23 supporters have threatened to push on towards Pinga": an armed group's
        # supporters who push on are fighters, not marchers
        and (actor1 is None or actor1.actor_type in _UNARMED)
    ):
        event_type, sub = "Protests", "Peaceful protest"  # "tractors would roll into Munich"
    elif (
        entry.lemma in _ASSAULTS
        and not crowd
        and _weapon_before(sentence, trigger) is None
        and not _WITH_WEAPON.search(clause_after[:80])
        and not (actor2 is not None and actor2.actor_type in ARMED_TYPES)
        and not _has(_AGENT.sub("", clause_after[:60]), "armed_targets")
        and not ships_attacked(sentence, trigger)
        and (
            outcome := _assault_outcome(
                sentence,
                trigger,
                armed,
                civilians=actor1 is not None and actor1.actor_type == "Civilians",
            )
            or _outcome_told_next(following, armed)
        )
        is not None
    ):
        # what an assault did tells its kind: "stormed the village, shooting dead 40
        # residents" is an attack on civilians, "stormed the village and set fire to
        # homes" property destruction, "a man armed with a pistol stormed a bank" a riot
        event_type, sub = outcome
    elif entry.trigger_class in ("attack", "kill", "looting", "stabbing", "clash") and (
        crowd or (entry.trigger_class == "clash" and _has(sentence, "crowd_cues"))
    ):
        event_type = "Riots"
        person = civilians and _person_object(after)
        killing = entry.trigger_class in ("kill", "stabbing")
        sub = "Mob violence" if person or killing else "Violent demonstration"
    elif (
        refine in ("attack", "kill")
        and (
            entry.names_crowd  # "dispersed hundreds of protesters": the trigger names them
            or (actor2 is not None and actor2.actor_type == "Protesters")
            or _protester_victim(sentence[: trigger[0]])
            or (
                _has(after[:60], "protest_targets")
                and not _armed_assailants(actor1, sentence, trigger)
            )
            or (_is_state(actor1) and _has(sentence, "protest_targets"))
            or (_is_state(actor1) and _has(after[:60], "state_protest_targets"))
            or (  # "fired live rounds at supporters of the opposition candidate, killing two"
                _is_state(actor1)
                and _has(sentence, "excessive_force")
                and _has(sentence, "state_protest_targets")
            )
            # "police fired tear gas and used water cannon to disperse young men who had
            # blocked the road": what was fired is for crowds
            or CROWD_WEAPON_FIRED.match(after)
            or no_shots_at_crowd(sentence, trigger)
        )
    ):
        event_type, sub = "Protests", "Excessive force against protesters"
        if no_shots_at_crowd(sentence, trigger):
            pass  # the force denied is the shooting itself
        elif not _has(sentence, "excessive_force") and _has(sentence, "protest_intervention"):
            sub = "Protest with intervention"  # "fired tear gas at a march": no lethal force
        if _CROWD_ASSAULT.search(after[:90]) or _violent_crowd(after[:90]):
            # "opened fire on a crowd that had tried to storm a police post": a riot
            event_type, sub = "Riots", "Violent demonstration"
    elif (
        refine == "territory"
        and entry.lemma in _OCCUPY
        and _BASE_OBJECT.match(after)
        and not _has(sentence, "fighting_cues")
    ):
        event_type, sub = "Strategic developments", "Headquarters or base established"
    elif refine == "territory_loss":  # "government forces lost control of X": the other side won
        if actor1 is not None and is_state_actor_at_home(actor1, event_country):
            sub = "Non-state actor overtakes territory"
        elif actor1 is not None:
            sub = "Government regains territory"
    elif refine == "territory":
        # "there had been no fighting inside Sittwe ..., and said the AA would next move on
        # Gwa": a clause before the trigger's tells of another place
        told_from = sentence[_clause_start(sentence, trigger) :]
        if _has(told_from + " " + following, "nonviolent_transfer"):
            event_type, sub = "Strategic developments", "Non-violent transfer of territory"
        elif _TRIED_BEFORE.search(sentence, max(0, trigger[0] - 80), trigger[0]):
            pass  # "tried to take over Baidoa but were repelled": a fight, no ground changed
        elif actor1 is not None and actor1.actor_type not in ("Civilians", "Protesters", "Rioters"):
            if is_state_actor_at_home(actor1, event_country):
                sub = "Government regains territory"
            else:
                sub = "Non-state actor overtakes territory"
    elif entry.trigger_class == "looting" and (kind := _remote_subject(clause, sentence, trigger)):
        # "Ukrainian drones set fire to an oil refinery": the fire is the strike's damage
        event_type, sub = "Explosions/Remote violence", INSTRUMENT_TYPES[kind]
    elif entry.trigger_class == "disrupted" and _DEBRIS_DAMAGE.search(sentence):
        # "debris from a downed drone fell on an industrial site": the strike did harm
        kind = instrument(sentence)
        kind = kind if kind in ("airstrike", "shelling") else "airstrike"
        event_type, sub = "Explosions/Remote violence", INSTRUMENT_TYPES[kind]
    elif refine in _CONFLICT_CLASSES:
        kind = instrument(trigger_clause(sentence, trigger))
        ground = kind == "small_arms" and refine != "bombard"
        if kind == "small_arms":  # "machine-gun and mortar fire", "opened fire": a ground fight
            kind = None
        elif kind is None and refine == "attack" and ships_attacked(sentence, trigger):
            kind = "shelling"  # "attacks on shipping in the Red Sea": missiles and drones at sea
        elif (
            kind is None
            and refine == "attack"
            and actor1 is None
            and civilians is None
            and plant_attacked(sentence, trigger)
        ):
            kind = "airstrike"  # "an oil refinery was attacked overnight": by drone or missile
        if refine == "bombard" and kind is None:
            kind = "shelling" if entry.trigger_class == "shelling" else "airstrike"
        if entry.trigger_class == "strike" and kind is None and not ground:
            kind = "airstrike"  # "an Israeli strike on a house": a strike is remote violence
        if entry.trigger_class == "ied" and kind is None:
            kind = "ied"  # "explosions tore through three buses": a bomb, whoever was near
        if ground and civilians is None and refine != "kill":
            civilians = False
        if kind is not None and (refine != "kill" or kind != "shelling" or civilians is not False):
            event_type, sub = "Explosions/Remote violence", INSTRUMENT_TYPES[kind]
        elif civilians:
            event_type, sub = "Violence against civilians", "Attack"
        elif (
            (refine in ("attack", "kill") or ground)
            and civilians is False
            or (refine == "kill" and actor2 is not None and actor2.actor_type != "Civilians")
        ):
            event_type, sub = "Battles", "Armed clash"
    elif refine == "protest":
        if _has(sentence, "excessive_force"):
            sub = "Excessive force against protesters"
        elif _intervention(sentence):
            sub = "Protest with intervention"
        elif _violent_crowd(sentence):
            event_type, sub = "Riots", "Violent demonstration"
    elif refine == "riot" and re.search(r"\bmobs?\b", sentence, re.I):
        sub = "Mob violence"
    if (
        entry.lemma == "ambush"
        and civilians
        and (actor2 is None or actor2.actor_type == "Civilians")
        and not _has(clause_after, "armed_targets")
        and not _ESCORTED.search(sentence, trigger[1])  # "...; the army escort lost four"
    ):
        # "ambushed trucks carrying food": nobody armed was there to fight back
        event_type, sub = "Violence against civilians", "Attack"
    if (
        event_type == "Protests"
        and entry.refine not in ("protest", None)
        and entry.lemma != "occupy"  # "protesters occupied the square": their own act
        and sub == "Peaceful protest"
    ):
        sub = "Protest with intervention"
    disorder = DISORDER[event_type]
    if event_type == "Riots" and sub == "Mob violence":
        disorder = "Political violence"
    targeting = event_type == "Violence against civilians" or (
        event_type == "Explosions/Remote violence" and bool(civilians)
    )
    return Coding(event_type, sub, disorder, targeting)


# an attack its targets fought off: "beat back four assaults", "repelled an attack by"
_REPELLED_BEFORE = re.compile(
    rf"\b{FOUGHT_OFF}\s+(?:[\w'-]+\s+){{0,3}}$"
    r"|\b(?:repel(?:s|led|ling)?|repuls(?:e|ed|es|ing))\s+(?:[\w'-]+\s+){0,3}$",
    re.I,
)
# "attack Dunmore 'if the police keep coming'": what follows a condition is no target
_CONDITION_AFTER = re.compile(
    r"[\"'\u201c\u2018]?\b(?:if|unless|until|as\s+long\s+as|once)\b", re.I
)
# what comes after the last word of speech is the clause of the act told
_SPEECH_BEFORE = re.compile(
    r"\b(?:that|said|says|say|denied|denies|deny|dismissed|rejected|"
    r"(?:reports?|rumou?rs?|claims?)\s+of)\b",
    re.I,
)
# who threatens, when the parse gives the attack no named subject: "gang leaders warned
# that Hinche 'is next'", "a gang boss warned that his men will attack"
PREDATOR_SPEAKERS = re.compile(r"\b(?:gang|bandit)s?(?:\s+(?:leaders?|bosses|members))?\b", re.I)


def _predators(actor1: ActorMention | None, before: str) -> bool:
    """Whether groups that prey on people (gangs, bandits; :func:`predator_names`) do what
    the trigger tells: named, or the ones who speak of "their men" or of no one. Their
    threatened or rumoured attack on a place with no armed target named falls on its
    people."""
    if actor1 is not None and not actor1.name.startswith("Unidentified"):
        return is_predator(actor1.name)
    return PREDATOR_SPEAKERS.search(before) is not None


_PUBLIC_BUILDING = re.compile(
    r"[^,;.]{0,25}?\b(?:police\s+(?:stations?|posts?|station|post|vehicles?|cars?)|"
    r"gendarmerie|town\s+hall|city\s+hall|courthouse|court|governor'?s\s+office|"
    r"government\s+(?:offices?|buildings?)|party\s+(?:offices?|headquarters)|"
    r"(?:local|district|county)\s+(?:offices?|administration)|municipal\s+(?:buildings?|offices?|"
    r"council|headquarters)|municipality|mayor'?s\s+office|prefecture|parliament)\b",
    re.I,
)
_IN_A_FIGHT = re.compile(
    r"[^,;.]{0,50}?\b(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:firefights?|"
    r"gunfights?|gun\s+battles?|shoot-?outs?|exchanges?\s+of\s+fire|clash(?:es)?|"
    r"skirmish(?:es)?|fighting|encounters?)\b",
    re.I,
)
_NOUN_ARREST = re.compile(r"arrests?\b(?!\s+(?:them|him|her|people|protesters))", re.I)
_ARRESTS_AT_PROTEST = re.compile(
    r"\b(?:protesters?|protestors?|demonstrators?|marchers|crowds?|rall(?:y|ies)|protests?|"
    r"demonstrations?|sit-ins?)\b",
    re.I,
)
#: What people are held for: "accused of looting", "charged with rioting".
ACCUSED_OF = r"(?:accused|suspected|charged|convicted)\s+(?:of|with)"
_ACCUSED_OF = re.compile(rf"\b{ACCUSED_OF}\b", re.I)
CROWD_WEAPON_FIRED = re.compile(
    r"\s+(?:(?:volleys?|rounds?|canisters?)\s+of\s+)?(?:tear\s*gas|teargas|water\s+cannons?|"
    r"rubber\s+bullets|rubber-coated\s+bullets|stun\s+grenades|pepper\s+spray|pellets)\b",
    re.I,
)
_SHIPPING_TARGET = re.compile(
    r"\s+(?:on|against)\s+(?:(?:a|an|the|two|three|several|commercial|merchant|foreign|"
    r"international|western|israeli|american|british|us|u\.s\.|any|[\w]+-(?:flagged|owned|"
    r"operated|bound))\s+){0,3}"
    r"(?:shipping|ships?|vessels?|tankers?|freighters?|cargo\s+ships?|bulk\s+carriers?|"
    r"container\s+ships?|warships?)\b",
    re.I,
)


def ships_attacked(sentence: str, trigger: tuple[int, int]) -> bool:
    """Whether the attack at ``trigger`` is on ships: "attacks on shipping", "keep
    attacking any ship", "vessels linked to Israel would again be targeted".

    With no weapon named, an attack on ships at sea is made with missiles and
    drones (remote violence), not by gunmen on the ground.
    """
    return _target_of_attack(
        sentence, trigger, (_SHIPPING_TARGET, _SHIP_OBJECT), _SHIP_SUBJECT_PASSIVE
    )


def _target_of_attack(
    sentence: str,
    trigger: tuple[int, int],
    objects: tuple[re.Pattern[str], ...],
    passive_subject: re.Pattern[str],
) -> bool:
    """Whether the trigger's clause names its target right after it (one of ``objects``)
    or as the subject of its passive (``passive_subject``, ending at the trigger)."""
    clause = trigger_clause(sentence, trigger)
    start = clause.find(sentence[trigger[0] : trigger[1]])
    after = clause[start + trigger[1] - trigger[0] :]
    if any(pattern.match(after) for pattern in objects):
        return True
    return passive_subject.search(clause[: max(0, start)]) is not None


def _passive_subject_of(nouns: str) -> re.Pattern[str]:
    """The nouns as the subject of a passive that ends where the trigger starts."""
    return re.compile(
        rf"\b{nouns}\b[^.;]{{0,50}}?\b(?:be|been|being|are|is|were|was)\s+(?:again\s+|also\s+)?$",
        re.I,
    )


#: Plants, depots and ports: what attacks by no one named, with no weapon named, reach
#: from afar ("an industrial site in Novokuibyshevsk was attacked", "another night of
#: attacks on the ports of the Odesa region").
_PLANTS = (
    r"(?:(?:oil|fuel|gas|petrol|chemical|industrial|energy|power)\s+(?:refinery|refineries|"
    r"depots?|terminals?|plants?|facility|facilities|sites?|enterprises?|infrastructure|"
    r"stations?|storage|zones?)|refinery|refineries|substations?|power\s+grid|ports?|"
    r"port\s+infrastructure|factory|factories)"
)
_PLANT_OBJECT = re.compile(
    r"\s+(?:on|against)?\s*(?:(?:a|an|the|two|three|several|major|large|key|big)\s+){0,2}"
    rf"(?:[\w'-]+\s+)?{_PLANTS}\b",
    re.I,
)
_PLANT_SUBJECT_PASSIVE = _passive_subject_of(_PLANTS)


def plant_attacked(sentence: str, trigger: tuple[int, int]) -> bool:
    """Whether the attack at ``trigger`` is on a plant, a depot or a port.

    Told with no attacker and no weapon, such an attack came by drone or
    missile ("the refinery was attacked again", "attacks on the ports"):
    a strike, not a ground fight with no second side.
    """
    return _target_of_attack(sentence, trigger, (_PLANT_OBJECT,), _PLANT_SUBJECT_PASSIVE)


_SHIPS = (
    r"(?:shipping|ships?|vessels?|tankers?|freighters?|cargo\s+ships?|bulk\s+carriers?|"
    r"container\s+ships?|warships?)"
)
_SHIP_OBJECT = re.compile(
    r"\s+[\"\u201c\u2018']?(?:(?:a|an|the|any|all|every|more|two|three|several|commercial|"
    r"merchant|foreign|international|western|israeli|american|british|us|u\.s\.|[\w]+-"
    rf"(?:flagged|owned|operated|bound|linked))\s+){{0,3}}{_SHIPS}\b",
    re.I,
)
_SHIP_SUBJECT_PASSIVE = _passive_subject_of(_SHIPS)
_DEBRIS_DAMAGE = re.compile(
    r"\b(?:debris|fragments|wreckage)\b.{0,80}?\b(?:fell|hit|struck|damaged|injured|wounded|"
    r"killed|killing|wounding|injuring|damaging|sparked|started|set\s+fire|tore|smashed|"
    r"caused)\b",
    re.I,
)


def _weapon_before(sentence: str, trigger: tuple[int, int]) -> str | None:
    """The remote weapon that names the trigger's kind ("a guided-bomb attack"), if any.

    The three words before the trigger: "a drone attack on the market" is a
    strike whatever it killed, not an assault by men on the ground.
    """
    words = re.findall(r"[\w-]+", sentence[max(0, trigger[0] - 40) : trigger[0]])
    kind = instrument(" ".join(words[-3:]))
    return kind if kind in _REMOTE_KINDS else None


# "attacked a bulk carrier with explosive-laden boats and missiles": a strike, not an assault
_WITH_WEAPON = re.compile(
    r"\bwith\s+(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|drones?|mortars?|artillery|shells|"
    r"bombs?|air\s*strikes?|warplanes|jets|explosive-laden\s+boats?|sea\s+drones?)\b",
    re.I,
)
_REMOTE_KINDS = frozenset(["airstrike", "shelling", "ied", "suicide", "grenade", "chemical"])


def _remote_subject(clause: str, sentence: str, trigger: tuple[int, int]) -> str | None:
    """The remote weapon that is the subject of a damage verb ("drones set fire to"), if any."""
    word = sentence[trigger[0] : trigger[1]]
    if word.split()[0].lower().endswith("ing"):
        return None  # "..., setting it on fire": the damage of the strike told before
    before = clause[: max(0, clause.find(word))]
    kind = instrument(before)
    if kind is None and _FALLING_DEBRIS.search(before):
        return "airstrike"  # "falling debris set fire to an industrial site": a downed drone's
    if kind is None and (tool := _WITH_A_WEAPON.search(clause, max(0, clause.find(word)))):
        kind = instrument(tool.group("tool"))  # "they burned a shop in X with a drone"
    return kind if kind in ("airstrike", "shelling") else None


#: the weapon a damage verb was done with: "burned a shop with a drone", "using shells",
#: "set ablaze by a wave of air raids"
_WITH_A_WEAPON = re.compile(
    r"\b(?:with|using|by)\s+(?:(?:an?|the)\s+(?:wave|series|barrage|volley|salvo|hail)\s+of\s+)?"
    r"(?P<tool>(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}[\w-]+)",
    re.I,
)


_FALLING_DEBRIS = re.compile(r"\b(?:debris|fragments|wreckage)\b", re.I)


_ESCORTED = re.compile(r"\b(?:escort\w*|guard\w*|protected\s+by)\b", re.I)
_MARCH_ON = frozenset(["march"])
_MOVEMENT = frozenset(
    ["roll into", "move into", "enter", "walk into", "sweep into", "advance", "push", "march"]
)
_UNARMED = frozenset(["Protesters", "Rioters", "Civilians"])
_PROTEST_SUBJECT = re.compile(
    r"\b(?:tractors|farmers|protesters|protestors|demonstrators|marchers|crowds?|supporters|"
    r"workers|students|strikers|pensioners|teachers|drivers|truckers|lorries)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}$",
    re.I,
)


def crowd_just_before(text: str) -> bool:
    """Whether a crowd ("supporters", "students", "farmers") is named in the last words of
    ``text``: the people who do what follows ("called on supporters to take to the streets")."""
    return bool(_PROTEST_SUBJECT.search(text))


_ASSAULTS = frozenset(
    ["storm", "raid", "attack", "assault", "ground assault", "force way into", "invade", "enter"]
)
_VICTIMS_AFTER = re.compile(
    r"\b(?:killing|killed|kills|shooting\s+dead|shot\s+dead|gunning\s+down|gunned\s+down|"
    r"massacring|executing|murdering|slaughtering|hacking\s+to\s+death)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|up\s+to\s+|over\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:civilians?|villagers|residents|fishermen|farmers|herders|traders|"
    r"worshippers|passengers|children|women|students|people|men|shepherds|pilgrims|"
    r"displaced\s+people|famil(?:y|ies)|inhabitants|locals|mourners|guests)\b"
    # "leaving 14 people dead": the toll told as what the attackers left
    r"|\bleaving\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|over\s+)?"
    r"(?:[\w-]+\s+)(?:civilians|villagers|residents|people|worshippers|passengers|farmers|"
    r"children|women|men|inhabitants)\s+(?:dead|killed)\b",
    re.I,
)
# "at least 20 villagers were killed when gunmen stormed the town": the victims told first
_VICTIMS_BEFORE = re.compile(
    r"\b(?:civilians?|villagers|residents|fishermen|farmers|herders|traders|worshippers|"
    r"passengers|children|women|students|people|men|shepherds|pilgrims|inhabitants|locals|"
    r"mourners|guests)\s+(?:were|had\s+been|have\s+been|was)\s+(?:[\w-]+\s+)?"
    r"(?:killed|shot\s+dead|gunned\s+down|massacred|executed|slaughtered|hacked\s+to\s+death|"
    r"dead)\b[^.;]{0,40}?\b(?:when|as|after)\s+(?:[\w'-]+\s+){0,6}$"
    r"|\b(?:civilians?|villagers|residents|worshippers|passengers|children|women|people|"
    r"inhabitants)\s+(?:died|perished|lost\s+their\s+lives)\b[^.;]{0,40}?\b(?:when|as|after)\s+"
    r"(?:[\w'-]+\s+){0,6}$"
    # "villagers buried 23 people killed in an overnight attack by gunmen"
    r"|\b(?:civilians?|villagers|residents|worshippers|passengers|children|women|people|"
    r"inhabitants|farmers|traders)\s+(?:(?:were|had\s+been|have\s+been)\s+)?"
    r"(?:killed|shot\s+dead|massacred|slaughtered)\s+(?:in|during)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # "gunmen killed at least 26 people in an overnight raid on the village"
    r"|\b(?:killed|shot\s+dead|gunned\s+down|massacred|slaughtered|executed)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|up\s+to\s+|over\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:civilians?|villagers|residents|worshippers|passengers|children|"
    r"women|people|inhabitants|farmers|traders|herders|fishermen)"
    # "killed at least 70 people, including women and children, in an attack on the town"
    r"(?:,\s*(?:including|among\s+them|many\s+of\s+them|most\s+of\s+them)\b[^,;.]{0,40},)?"
    r"\s+(?:in|during)\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# "an attack by gunmen": who attacked, not what was attacked
_TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:[\w'-]+\s+){0,4}?(?:said|says|say|told|reported|added|claimed|stated)\b[^,;]*$"
    r"|,\s*according\s+to\b.*$",
    re.I,
)
_GROUND_ASSAULT = re.compile(r"\b(?:ground|infantry|armou?red|mechani[sz]ed)\s+$", re.I)
_BY_AGENT = re.compile(r"\bby\b.*", re.I)
_AGENT = re.compile(
    r"^\s+by\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?=\s+(?:on|in|at|near|against)\b|[,.;]|$)"
)
_CIVIL_BUILDING = re.compile(
    r"^\s+(?:(?:a|an|the|its|their|his|her|every|several|two|three)\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:banks?|branch(?:es)?|parliament|office|offices|ministry|embassy|consulate|courthouse|"
    r"court|town\s+hall|city\s+hall|building|shop|shops|stores?|supermarket|hotel|"
    r"restaurant|studio|headquarters\s+of\s+the\s+\w+\s+party|council)\b",
    re.I,
)


#: "Nobody was killed there", "but no one had been hurt": the toll of what was told, none
NOBODY_HIT = re.compile(
    r"(?:^|[,;:]\s*|\band\s+|\bbut\s+)[\"\u201c]?(?:nobody|no\s+one|no-one|none)\s+"
    r"(?:[\w'-]+\s+){0,3}$",
    re.I,
)


def _assault_outcome(
    sentence: str, trigger: tuple[int, int], armed: bool, *, civilians: bool = False
) -> tuple[str, str] | None:
    """The kind of an assault told by what followed it in its sentence, if any.

    ``civilians``: the assault is by people no side arms ("angry residents").
    """
    rest = sentence[trigger[1] :]
    if _VICTIMS_AFTER.search(rest) or _VICTIMS_BEFORE.search(sentence[: trigger[0]]):
        return "Violence against civilians", "Attack"
    from geomap.events.triggers import find_triggers

    later = [t for t in find_triggers(sentence) if t.start >= trigger[1]]
    if any(
        t.entry.trigger_class in ("kill", "massacre")
        and not _has(sentence[t.end : t.end + 40], "armed_targets")
        and _passive_victims(sentence[: t.start]) is not False  # "eight soldiers were killed"
        and not NOBODY_HIT.search(sentence, 0, t.start)  # "but no one was killed"
        for t in later
    ):  # "attacked the hamlet, burning houses and killing four", "killing 23 and
        # abducting dozens": the killing tells it
        return "Violence against civilians", "Attack"
    if any(
        t.entry.trigger_class == "abduction" and not _THE_BEFORE.search(sentence, 0, t.start)
        for t in later
    ):  # not "freeing two of the abducted teachers": those taken before, now set free
        return "Violence against civilians", "Abduction/forced disappearance"
    if _passive_victims(sentence[: trigger[0]]):
        # "a television crew was attacked by settlers ... their equipment was smashed":
        # people were attacked; the damage is part of it
        return "Violence against civilians", "Attack"
    if civilians and _CIVIL_BUILDING.match(rest):
        # "angry residents stormed the town hall and set part of it on fire": a crowd's
        # violence, whatever it burned or took
        return "Riots", "Violent demonstration"
    if any(
        t.entry.trigger_class == "looting"
        # "stormed the town, torching the police station": an armed post burned is no
        # property destruction; the assault on the town tells the event
        and not _has(_OBJECT_PHRASE.match(sentence, t.end).group(), "armed_targets")
        for t in later
    ):
        return "Strategic developments", "Looting/property destruction"
    if not armed and _CIVIL_BUILDING.match(rest):
        return "Riots", "Violent demonstration"
    return None


def _outcome_told_next(following: str, armed: bool) -> tuple[str, str] | None:
    """The kind of an assault told by the next sentence, when the assailants are its subject.

    "Gunmen stormed Kessler on Monday night. They killed 14 villagers and
    abducted six women": people killed or taken next tell an attack on
    civilians (what they looted or burned next stays part of the assault).
    """
    opening = _ASSAILANTS_NEXT.match(following)
    if opening is None:
        return None
    outcome = _assault_outcome(following, (opening.end(), opening.end()), armed)
    if outcome is None or outcome[0] != "Violence against civilians":
        return None  # "They looted the offices": damage told after a takeover is part of it
    return outcome


# what is taken back is land ("before retaking them": the hills), never people
_TAKEN_BACK = frozenset(["retake", "recapture", "regain", "reclaim"])
_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
# the words a verb takes as its object, up to the next clause ("looted food stores" of
# "looted food stores and fought troops")
_OBJECT_PHRASE = re.compile(r"(?:(?!\s+(?:and|or|but|while|before|after)\b)[^,;.:])*")
_CROWD_ASSAULT = re.compile(
    r"\b(?:tried|trying|attempted|attempting)\s+to\s+(?:storm|break\s+into|overrun|set\s+fire)\b"
    r"|\b(?:stormed|storming|attacked|attacking)\s+(?:a|the)\b",
    re.I,
)
# "tried to take over", "an attempt by gang members to seize", "in a bid to capture"
_TRIED_BEFORE = re.compile(
    r"\b(?:tried|trying|tries|try|attempted|attempting|attempts?|bids?|sought|seeking|"
    r"failed|failing|fails)\s+(?:by\s+(?:[\w'\u2019-]+\s+){1,5}?)?to\s+$",
    re.I,
)
_HELD_PERSONS = re.compile(
    r"\b(?:of|for|the|their|his|her|its|our)\s+(?:arrested|detained|jailed)\s+[a-z]", re.I
)


def _violent_crowd(clause: str) -> bool:
    """Whether the protest's clause tells violence by the crowd ("threw stones"), not a
    grievance ("to demand compensation for burned vehicles")."""
    for match in phrase_pattern(tuple(coding_cues()["riot_violence"])).finditer(clause):
        if not _TOPIC_BEFORE.search(clause[max(0, match.start() - 30) : match.start()]):
            return True
    return False


_TOPIC_BEFORE = re.compile(r"\b(?:for|over|against|about|of)\s+(?:[\w'-]+\s+){0,2}$", re.I)


def _intervention(sentence: str) -> bool:
    """Whether the protest met an intervention (tear gas, arrests...).

    "Relatives of detained officers gathered": an adjective "detained"
    names who the protest is about, not an arrest at the protest.
    """
    pattern = phrase_pattern(tuple(coding_cues()["protest_intervention"]))
    for match in pattern.finditer(sentence):
        start = max(0, match.start() - 8)
        held = _HELD_PERSONS.search(sentence, start, match.end() + 3)
        if held is None or held.start() > match.start():
            return True
    return False


_OCCUPY = frozenset(
    ["take over", "takeover", "move into", "enter", "walk into", "roll into", "occupy"]
)
_BASE_OBJECT = re.compile(
    r"^\s*(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:camps?|bases?|garrisons?|headquarters|barracks|outposts?)\b",
    re.I,
)


#: What an act answers: "in response to Israeli strikes", "in reprisal for an ambush".
IN_ANSWER_TO = r"\bin\s+(?:response|retaliation|reply|revenge|reprisal)\s+(?:to|for)\s+"
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|while|whereas)\s+|;\s*"
    # "fired rockets at a base, in response to Israeli strikes near Baalbek": what is
    # answered is another event, with its own weapon
    r"|,?\s+"
    + IN_ANSWER_TO
    # "threatened to attack Petion-Ville 'if the drones do not stop'": the condition's
    # weapon is not the threat's
    + r"|\s+[\"'\u201c\u2018]?(?:if|unless|until|while|whereas|as\s+long\s+as)\s+",
    re.I,
)


def _clause_start(sentence: str, trigger: tuple[int, int]) -> int:
    """Where the clause holding the trigger begins (see ``trigger_clause``)."""
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, trigger[0]):
        if match.end() <= trigger[0]:
            start = match.end()
    return start


_NO_SHOTS_BEFORE = re.compile(
    r"\bno\s+(?:shots?|bullets?|live\s+rounds)\s+(?:had\s+|have\s+)?(?:been|were|was)\s+$", re.I
)
_CROWD_TOLD = re.compile(
    r"\b(?:rall(?:y|ied|ies)|march(?:ed|es)?|protest\w*|demonstrat\w*|sit-ins?)\b", re.I
)


def no_shots_at_crowd(sentence: str, trigger: tuple[int, int]) -> bool:
    """Whether "no shots had been fired" is told of a crowd the sentence names ("in Butwal,
    where thousands rallied, police said no shots had been fired"): force against it denied.
    A crowd that is no protest ("crowds of refugees heading home") is not enough."""
    before = sentence[max(0, trigger[0] - 30) : trigger[0]]
    return bool(_NO_SHOTS_BEFORE.search(before) and _CROWD_TOLD.search(sentence))


_BOMBINGS = frozenset({"suicide", "ied", "grenade"})
_ATTEMPTED_BEFORE = re.compile(
    r"\b(?:attempted|foiled|thwarted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I
)
_FOILED_AFTER = re.compile(
    r"^(?:\s+[\w,-]+){0,6}?\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:foiled|thwarted|averted|prevented)\b",
    re.I,
)

# the bomber stopped first: "before he could detonate his vest", "before it exploded"
_STOPPED_BEFORE_BLAST = re.compile(
    r"\bbefore\s+(?:he|she|they|it|the\s+(?:[\w-]+\s+)?(?:bomber|device|bomb|vehicle|car))\s+"
    r"(?:could\s+|was\s+able\s+to\s+|were\s+able\s+to\s+|managed\s+to\s+|had\s+a\s+chance\s+to\s+)?"
    r"(?:detonate[sd]?|set\s+off|blow\s+(?:himself|herself|themselves|it)\s+up|explode[sd]?|"
    r"went\s+off|go\s+off|reach\w*)\b",
    re.I,
)


# who makes munitions safe, and how: "a bomb disposal team", "sappers", "a controlled blast"
_DISPOSERS = re.compile(
    r"\b(?:bomb\s+disposal|explosive\s+ordnance\s+disposal|sappers?|de-?miners?|demining|"
    r"controlled\s+(?:explosion|detonation|blast))\b",
    re.I,
)
_MADE_SAFE = re.compile(r"^(?:detonat|destroy|destroyed|blew\s+up|blow\s+up|neutrali[sz])", re.I)
_UNEXPLODED = re.compile(r"\bunexploded\b", re.I)


def _disposal(sentence: str, trigger: tuple[int, int]) -> bool:
    """Whether the trigger tells a munition made safe: by those who dispose of them ("a bomb
    disposal team detonated ..."), or an unexploded one detonated or destroyed."""
    clause = trigger_clause(sentence, trigger)
    told = sentence[trigger[0] : trigger[1]]
    if not _MADE_SAFE.match(told) and not _DISPOSERS.search(told):
        return False
    return bool(_DISPOSERS.search(clause) or _UNEXPLODED.search(clause))


def foiled_bombing(sentence: str, trigger: tuple[int, int]) -> bool:
    """Whether a bombing is told as attempted and stopped ("an attempted suicide attack
    ... was foiled", "a foiled car bomb attack"), so no bomb went off."""
    before = sentence[max(0, trigger[0] - 30) : trigger[0]]
    if _ATTEMPTED_BEFORE.search(before):
        return True
    if _STOPPED_BEFORE_BLAST.search(sentence, trigger[1]):
        return True  # "arrested a suicide bomber before he could detonate his vest"
    return _FOILED_AFTER.match(sentence[trigger[1] : trigger[1] + 90]) is not None


def trigger_clause(sentence: str, trigger: tuple[int, int]) -> str:
    """The clause of ``sentence`` that holds the trigger (cut at ", and", ";", "if"...).

    "A car bomb exploded in X, and in Y gunmen shot dead five guests": the
    shooting's weapon is not the car bomb.
    """
    start, end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= trigger[0]:
            start = match.end()
        elif match.start() >= trigger[1]:
            end = match.start()
            break
    return sentence[start:end]


#: armed men told by what they did, not who they are ("the attackers", "gunmen")
ASSAILANTS = (
    r"(?:attackers|assailants|raiders|gunmen|militants|fighters|insurgents|jihadists|bandits)"
)
_ASSAILANTS_BEFORE = re.compile(rf"\b{ASSAILANTS}\b[^.;]*$", re.I)
# the assailants, as the next sentence's subject: "They killed 14 villagers"
_ASSAILANTS_NEXT = re.compile(
    rf"^(?:They|The\s+(?:{ASSAILANTS}|men))\s+"
    r"(?:then\s+|also\s+|later\s+)?(?=\w+ed\b|shot\b|took\b|burnt\b)"
)


def _armed_assailants(actor: ActorMention | None, sentence: str, trigger: tuple[int, int]) -> bool:
    """Whether armed men who are no state force did it ("ADF fighters opened fire on
    mourners", "the attackers opened fire on a crowd"): an attack, not a crackdown."""
    if actor is not None:
        return actor.actor_type in ARMED_TYPES and actor.actor_type != "State forces"
    return _ASSAILANTS_BEFORE.search(sentence[max(0, trigger[0] - 80) : trigger[0]]) is not None


def _is_state(actor: ActorMention | None) -> bool:
    return actor is not None and actor.actor_type == "State forces"


_QUANTIFIER = re.compile(
    r"^\s*(?:at\s+least|more\s+than|up\s+to|about|around|nearly|some|over)\s+", re.I
)


_COUNT = re.compile(
    r"^\s*(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|"
    r"hundreds|several|some|the|a|an|its|their|his|her|of)\s+)+",
    re.I,
)


def _person_object(after: str) -> bool:
    """Whether the words after a trigger name people ("seized him", "took 20 villagers")."""
    after = _QUANTIFIER.sub("", after)  # "seized at least 20 people"
    after = _COUNT.sub("", after)  # "took 20 villagers", "seized two of the men"
    words = after.split()
    pattern = phrase_pattern(tuple(coding_cues()["person_objects"]))
    match = pattern.match(" ".join(words[:3]).lower())  # not "took Manbij from them"
    if match is None and len(words) > 1 and re.fullmatch(r"[A-Za-z-]+", words[0]):
        # "seized three grain traders", "took two Chinese engineers": a word that says which
        match = pattern.match(" ".join(words[1:3]).lower())
        return match is not None and match.group().endswith("s")
    return match is not None


_CIVILIAN_DEAD = re.compile(
    r"\b(?:civilians?|villagers?|residents?|passengers?|worshippers|children|child|women|woman|"
    r"farmers?|shepherds?|herders?|traders?|pilgrims|bystanders?|displaced people|aid workers?|"
    r"journalists?|fishermen|fisherman)\s+"
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:[\w-]+\s+)?"
    r"(?:killed|dead|died|massacred|executed|shot\s+dead|wounded|injured|perished|"
    r"lost\s+their\s+lives)\b"
    r"|\b(?:killing|killed|kills|wounding|wounded)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|"
    r"some\s+)?(?:\d+|[a-z-]+)\s+(?:[\w-]+\s+)?(?:civilians|villagers|passengers|worshippers|"
    r"children|fishermen|farmers|residents)\b"
    # "left 30 dead, most of them civilians": the dead were mostly people, not fighters (not
    # "seven dead, including two civilians hit by stray bullets", bystanders of a fight)
    r"|\b(?:dead|killed|people|victims)\s*,?\s+(?:most|mostly|all|the\s+majority)"
    r"\s+(?:of\s+(?:them|whom)\s+)?(?:civilians|women|children|villagers|"
    r"residents|worshippers|passengers)\b",
    re.I,
)


# a threat to the people warned: "told residents that they would be killed if ..."
_WARNED_THEY = re.compile(
    r"\b(?:warned|warning|warns|told|telling|threatened|threatening)\s+(?:the\s+|local\s+)?"
    r"(?:villagers|residents|civilians|inhabitants|farmers|traders|people|families|"
    r"communities|worshippers|passengers|transporters|drivers)\b[^.;]{0,40}?\bthey\s+"
    r"(?:would|will|could|might|may)\s+(?:also\s+|all\s+)?be\s+$",
    re.I,
)
# the subject of a threatened passive: "warning that any vehicle ... would be attacked"
_THREATENED_SUBJECT = re.compile(
    r"\b(?:that|warning|warned|warns|threatening|threatened)\s+(?P<subject>[^,;.]{3,80}?)\s+"
    r"(?:would|will|could|might|shall)\s+(?:also\s+)?be\s+$",
    re.I,
)
_PASSIVE = re.compile(
    r"(?:(?P<prev>\w+)\s+)?(?P<who>\w+)(?:\s+of\s+(?:them|its|their|his|the)\s+(?P<whose>\w+))?\s+(?:were|was|"
    r"had\s+been|have\s+been|has\s+been|are|is)\s+(?:\w+\s+)?$",
    re.I,
)


_BEFORE_PASSIVE = re.compile(r"\b(?:was|were|been)\s+(?:\w+\s+)?$", re.I)


def _passive_victims(before: str) -> bool | None:
    """Who was killed in "one soldier was killed": False for armed men, True for civilians."""
    # "17 soldiers, among them a commanding officer and two majors, were killed": the
    # counted subject, not the words that single some of them out
    before = _SINGLED_OUT.sub(" ", before)
    match = _PASSIVE.search(before)
    if match is None:
        return None
    who = (match.group("whose") or match.group("who")).lower()  # "two of its soldiers"
    pair = f"{match.group('prev') or ''} {who}".strip().lower()  # "a television crew"
    cues = coding_cues()
    if who in cues["armed_targets"] or pair in cues["armed_targets"]:
        return False
    if who in cues["civilian_targets"] or pair in cues["civilian_targets"]:
        return True
    # "Two militants trying to cross the Line of Control were killed": the counted
    # subject, before the words that describe it
    for counted in _COUNTED_NOUN.finditer(before):
        noun = counted.group("noun").lower()
        if noun in cues["armed_targets"]:
            return False
        if noun in cues["civilian_targets"]:
            return True
    return None


def armed_victims(before: str) -> bool:
    """Whether the subject of a passive ("Two soldiers were ...") is armed men."""
    return _passive_victims(before) is False


_SINGLED_OUT = re.compile(
    r",\s*(?:among\s+them|among\s+whom|including|most\s+of\s+them)\b[^,;.]{0,80},\s*"
    r"(?=(?:were|was|had\s+been|have\s+been)\b[^,;.]*$)",
    re.I,
)
_COUNTED_NOUN = re.compile(
    r"^(?:[A-Z][A-Z\s,.'-]+(?:\([^)]*\)\s*)?[-\u2013\u2014]\s+)?\W*(?:\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|"
    r"[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ss]everal|[Dd]ozens\s+of)\s+"
    r"(?:[\w-]+\s+)??(?P<noun>\w+)\b",
)


def _protester_victim(before: str) -> bool:
    """Whether a passive trigger's victims are protesters ("one protester was shot dead")."""
    match = _PASSIVE.search(before)
    if match is None:
        return False
    who = (match.group("whose") or match.group("who")).lower()
    return who in coding_cues()["protest_targets"]


def _civilian_dead(sentence: str) -> bool:
    """Whether the sentence counts civilians among the dead ("25 civilians were killed")."""
    return _CIVILIAN_DEAD.search(sentence) is not None


_FORMER = re.compile(r"\b(?:former|ex-|retired|demobili[sz]ed|off-duty)\s*[\w-]+", re.I)
# a camp of armed men is a base, not a camp of displaced people
_ARMED_CAMP = re.compile(
    r"\b(?:separatist|rebel|militant|insurgent|terrorist|jihadist|training|army|military|"
    r"guerrilla|bandit|militia|police)\s+camps?\b",
    re.I,
)


def _civilian_target(after: str, actor2: ActorMention | None) -> bool | None:
    """True when the target is civilian, False when armed, None when unknown."""
    if _KIN_OF.match(after):
        return True  # "to kill the relatives of police officers": not the officers
    if actor2 is not None:
        if actor2.actor_type == "Civilians":
            return True
        if actor2.actor_type is not None and actor2.actor_type not in ("Rioters", "Protesters"):
            return False  # a crowd is no armed side: what it was doing tells who it was
    after = _FORMER.sub(" civilian", after)  # "shot dead a former rebel": no longer armed
    after = _ARMED_CAMP.sub("base", after)  # "raided a separatist camp"
    after = _WHERE_PHRASE.sub(" ", after)  # "an ambush near the village of Tera": where, not whom
    armed = _has(after, "armed_targets")
    civil = _has(after, "civilian_targets")
    if civil and (not armed or civil.start() < armed.start()):
        return True
    if armed:
        return False
    if _nationals(after):
        return True  # "killed at least 31 Palestinians": people named by nationality alone
    return None


#: A place told as a village or town after a locative preposition: where it was, not a target.
_WHERE_PHRASE = re.compile(
    r"\b(?:near|in|at|outside|around|close\s+to|between)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:village|town|hamlet|locality|commune|settlement)s?\s+of\b",
    re.I,
)
_KIN_OF = re.compile(
    r"\W*(?:the\s+|their\s+|his\s+|her\s+)?(?:relatives|families|family\s+members|wives|"
    r"children|parents|sons|daughters)\s+of\b",
    re.I,
)
_COUNT_WORD = re.compile(
    r"\d[\d,]*|at|least|more|than|about|around|nearly|some|over|up|to|the|of|dozens|scores|"
    r"hundreds|several|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?",
)


def _nationals(after: str) -> bool:
    """Whether the words after a trigger count people by nationality ("two Ukrainians")."""
    words = after.split()
    while words and _COUNT_WORD.fullmatch(words[0].lower()):
        words = words[1:]  # "at least thirty-one", "more than 300", "the"
    if not words:
        return False
    word = words[0].strip(",.;:").lower()
    plural = word.endswith("s") and word[:-1] in demonym_table()
    return plural or (word in demonym_table() and (len(words) == 1 or words[1][:1] in ",.;"))


# ------------------------------------------------------------------ fatalities


def fatalities(sentence: str) -> int | None:
    """The lowest fatality figure reported in ``sentence`` ("dozens" = 12), or None.

    Examples
    --------
    >>> fatalities("At least 12 civilians were killed and 30 wounded.")
    12
    >>> fatalities("Dozens of fighters died.")
    12
    >>> fatalities("The strike killed between 8 and 10 people.")
    8
    >>> fatalities("M23 fighters killed civilians in Goma.") is None
    True
    """
    found = [figure.value for figure in fatality_figures(sentence)]
    return min(found) if found else None


class FatalityFigure(NamedTuple):
    """A fatality figure and the span of its phrase in the sentence.

    ``number_first``: the phrase opens with the figure ("seven people were
    killed"), rather than with the verb ("..., killing seven people").
    """

    start: int
    end: int
    value: int
    number_first: bool


def fatality_figures(sentence: str) -> list[FatalityFigure]:
    """Every fatality figure of ``sentence``, in order.

    Examples
    --------
    >>> [f.value for f in fatality_figures("A bomb killed 7 people; gunmen shot dead 5 guests.")]
    [7, 5]
    """
    words = coding_cues()["number_words"]
    found = []
    for pattern in _fatality_patterns():
        for match in pattern.finditer(sentence):
            value = _number(match.group("n"), words)
            if value is not None:
                first = match.start("n") == match.start()
                found.append(FatalityFigure(match.start(), match.end(), value, first))
    return sorted(found)


@cache
def _fatality_patterns() -> tuple[re.Pattern[str], ...]:
    cues = coding_cues()
    words = cues["number_words"]
    nouns = "|".join(re.escape(n) for n in cues["fatality_nouns"])
    verbs = "|".join(re.escape(v) for v in cues["fatality_verbs"])
    tens = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    number = rf"(?:\d[\d,]*|(?:{tens})(?:[\s-](?:{tens}))?)"
    patterns = [
        # a figure is a word of its own: not the "23" of "M23 fighters killed"
        rf"(?<!\w)(?P<n>{number})(?:\s+(?:to|and|or)\s+{number})?\s+(?:of\s+the\s+|of\s+)?"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{nouns})\s+(?:\w+\s+){{0,3}}?(?:{verbs})\b",
        # not "leaving hundreds of vehicles stranded": "leaving 12 dead" is the last pattern's
        rf"\b(?:killed|killing|kills|kill|shot\s+dead|shooting\s+dead|executed|executing"
        rf"|massacred|massacring|beheaded|beheading|gunned\s+down|(?:hacked|stabbed|burned|burnt"
        rf"|beaten|beat|stoned)\s+to\s+death)\s+(?:at\s+least\s+|more\s+than\s+|"
        rf"some\s+|about\s+|around\s+|nearly\s+|between\s+|up\s+to\s+)?(?P<n>{number})\b",
        rf"\b(?:left|leaving)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|around\s+|"
        rf"nearly\s+|up\s+to\s+)?(?P<n>{number})\s+(?:[\w-]+\s+){{0,3}}?dead\b",
        rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}?(?:to|at|of)\s+(?:at\s+least\s+)?(?P<n>{number})\b",
        rf"(?<!\w)(?P<n>{number})\s+(?:people\s+)?(?:dead|deaths|fatalities|bodies)\b",
        # "the bodies of 12 men were found"
        rf"\bbodies\s+of\s+(?:at\s+least\s+)?(?P<n>{number})\s+(?:[\w-]+\s+)?(?:{nouns})\b",
    ]
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _number(text: str, words: dict[str, int]) -> int | None:
    text = text.lower().strip()
    if text[0].isdigit():
        try:
            return int(text.replace(",", ""))
        except ValueError:
            return None
    if text in words:
        return words[text]
    parts = re.split(r"[\s-]", text)
    if len(parts) == 2 and parts[0] in words and parts[1] in words:
        return words[parts[0]] + words[parts[1]]
    if parts[0] in words and (len(parts) == 1 or parts[1] == "of"):
        return words[parts[0]]
    return None
