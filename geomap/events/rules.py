"""Document-level rules: back-references, transfers of territory without a fight, named targets."""

from __future__ import annotations

import re
from dataclasses import replace

from gazetteer.distance import km
from geomap.events.actors import is_predator
from geomap.events.coding import (
    ARMED_TYPES,
    DISORDER,
    INSTRUMENT_TYPES,
    PREDATOR_SPEAKERS,
    instrument,
)
from geomap.events.lexicon import coding_cues, phrase_pattern
from geomap.events.places import REGION_KM
from geomap.records import Event

TERRITORY_SUBTYPES = frozenset(
    ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"]
)


def fold_reference(events: list[Event], event: Event, *, own_place: bool = False) -> bool:
    """Count "the attack" as one more mention of the event it refers back to.

    The latest earlier event of the same type is the antecedent, else the
    latest act of political violence for a violent back-reference. A
    back-reference with a place of its own (``own_place``: "In Baniyas,
    monitors documented the killing of dozens") refers to an event at that
    place only.
    """
    placed = own_place and event.latitude is not None
    candidates = [
        index
        for index in range(len(events) - 1, -1, -1)
        if _may_refer(events[index], event, placed)
    ]
    violent = event.disorder_type == "Political violence"
    same_type = [i for i in candidates if events[i].event_type == event.event_type]
    related = [i for i in candidates if violent and events[i].disorder_type == "Political violence"]
    for index in same_type[:1] or related[:1]:
        earlier = events[index]
        updates = {"mentions": earlier.mentions + 1}
        if earlier.actor1 is None and event.actor1 is not None:
            updates.update(actor1=event.actor1, actor1_type=event.actor1_type)
        events[index] = replace(earlier, **updates)
        return True
    return False


#: The fields that place an event (what borrowing or refining a place copies).
PLACE_FIELDS = (
    "location", "location_raw", "geonameid", "admin1", "country", "iso3", "latitude",
    "longitude", "geo_precision",
)  # fmt: skip


def refine_reference(events: list[Event], event: Event) -> int | None:
    """The event told only at a region that a back-reference names the site of.

    "Aircraft struck targets across the Gaza Strip ... The strikes killed
    eleven in a school in Nuseirat": the strikes are the ones told before,
    and the later account says where they fell. Returns the index of that
    earlier event (the latest of the same type placed at region level in the
    same country, with the same modality, and no event of that type told at
    the same town since) when ``event`` is placed at a town or part of one;
    else None. An earlier event placed only by the story's dateline is
    refined by any place, a district too ("PESHAWAR - Militants attacked a
    checkpoint ... The attack took place in the Lakki Marwat district").
    """
    if event.latitude is None or event.geo_precision not in (1, 2, 3):
        return None
    for index in range(len(events) - 1, -1, -1):
        earlier = events[index]
        if earlier.event_type != event.event_type or earlier.latitude is None:
            continue
        if not _may_refer(earlier, event, False):
            continue
        # an event placed only by the story's dateline ("PESHAWAR - Militants attacked a
        # checkpoint in the northwest ... The attack took place in the Lakki Marwat
        # district") is vaguer than any place the text gives it
        by_dateline = "dateline" in (earlier.geo_method or "")
        if event.geo_precision == 3 and not by_dateline:
            return None
        if earlier.geo_precision != 3 and not by_dateline:
            if _near(earlier, event):
                return None  # told again at its own town: one more mention of it
            continue  # an event at another town is not the one whose site this names
        inside = earlier.iso3 == event.iso3 and (
            earlier.admin1 in (None, event.admin1)
            or km(earlier.latitude, earlier.longitude, event.latitude, event.longitude) <= REGION_KM
        )
        return index if inside and earlier.modality == event.modality else None
    return None


def _near(a: Event, b: Event) -> bool:
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return km(a.latitude, a.longitude, b.latitude, b.longitude) <= 10


def refined(earlier: Event, event: Event) -> Event:
    """``earlier`` moved to the site ``event`` names, counted as one more mention."""
    updates = {name: getattr(event, name) for name in (*PLACE_FIELDS, "geo_method")}
    for name in ("actor1", "actor2"):
        if getattr(earlier, name) is None and getattr(event, name) is not None:
            updates.update(
                {name: getattr(event, name), f"{name}_type": getattr(event, f"{name}_type")}
            )
    if earlier.fatalities is None and event.fatalities is not None:
        updates["fatalities"] = event.fatalities
    return replace(earlier, **updates, mentions=earlier.mentions + 1)


def _may_refer(earlier: Event, event: Event, placed: bool) -> bool:
    if placed and earlier.latitude is not None:
        if (earlier.geonameid, earlier.latitude) != (event.geonameid, event.latitude):
            return False
    # "the attacks would continue": more of them, not the ones told
    if event.modality_detail in ("future", "conditional") and earlier.modality != event.modality:
        return False
    # "diplomats warned that the clashes could resume": a new round, not the one told
    return not (
        event.modality == "hypothetical"
        and earlier.modality != event.modality
        and _RESUMED.search(event.evidence or "")
    )


_RESUMED = re.compile(
    r"\b(?:could|would|may|might|will|to)\s+(?:\w+\s+)?(?:resume|restart|flare\s+up|flare"
    r"|break\s+out)\b",
    re.I,
)


def transfers_without_fighting(events: list[Event]) -> list[Event]:
    """Recode a capture as a non-violent transfer when the article denies fighting there."""
    quiet = {
        e.geonameid
        for e in events
        if e.modality == "negated" and e.extra.get("class") == "clash" and e.geonameid is not None
    }
    out = []
    for event in events:
        if (
            event.geonameid in quiet
            and event.modality == "asserted"
            and event.sub_event_type in TERRITORY_SUBTYPES
            and event.extra.get("class") in ("territory", "victory", "withdrawal")
        ):
            event = replace(
                event,
                event_type="Strategic developments",
                sub_event_type="Non-violent transfer of territory",
                disorder_type="Strategic developments",
            )
        out.append(event)
    return out


def denied_entries(events: list[Event]) -> list[Event]:
    """A denied or rumoured entry into a town is a denied takeover, not a quiet handover.

    "Rumours that the militants had entered Wanlaweyn are baseless": no
    fighting is told because nothing happened, so the absence of fighting
    says nothing of how the town would have changed hands.
    """
    out = []
    for event in events:
        if (
            event.modality == "negated"
            and event.sub_event_type == "Non-violent transfer of territory"
            and event.extra.get("class") == "territory"
        ):
            state = event.actor1_type == "State forces"
            event = replace(
                event,
                event_type="Battles",
                sub_event_type="Government regains territory"
                if state
                else "Non-state actor overtakes territory",
                disorder_type="Political violence",
            )
        out.append(event)
    return out


def named_targets(events: list[Event]) -> list[Event]:
    """Code "X is their next target" as a hypothetical event of the article's own kind.

    A place named as a side's next target or objective is threatened with
    more of what the article reports: the type and sub-type come from its
    lead event (the first asserted act of political violence), else an
    armed clash. Such an event is always hypothetical. A bare attack or
    operation promised to go on ("more such attacks would follow", "it
    would continue operations in northern Iraq") is more of what was just
    told: it takes the type of the latest act of political violence before it.
    In an article whose lead is an attack on civilians, a threatened attack by
    a non-state side that names no armed target ("the insurgents could attack
    Macomia again during the harvest") is a threatened attack on civilians.
    """
    out = []
    lead = _violence(events)
    for index, event in enumerate(events):
        before = _nearby(events[index - 1 :: -1], event) if index else []
        if event.extra.get("class") == "continuation" and _OPERATIONS.search(event.trigger or ""):
            # "operations in the forests would be intensified": forces' operations go on with
            # their fighting or strikes, not with a killing of villagers, a roadside bomb or a
            # town's fall told before
            before = [e for e in before if e.sub_event_type in _OPERATIONS_GO_ON_WITH]
        latest = _violence(before)
        if (
            latest is not None
            and event.modality == "hypothetical"
            and event.event_type == "Battles"  # "attacks on ships would resume": coded already
            and (
                (event.extra.get("continues") and event.extra.get("generic"))
                or event.extra.get("class") == "continuation"
                # "the port will be targeted": a threat of more of what was just told
                or (event.extra.get("lemma") == "target" and event.extra.get("generic"))
            )
        ):  # "more such attacks would follow": more of what was just reported
            event = replace(
                event,
                event_type=latest.event_type,
                sub_event_type=latest.sub_event_type,
                disorder_type=latest.disorder_type,
            )
        # a digest's lead tells of another country: the story's own is its first in the
        # threat's country
        own_lead = _violence([e for e in events if e.country == event.country]) or lead
        if (
            own_lead is not None
            and own_lead.event_type == "Violence against civilians"
            and event.modality == "hypothetical"
            and (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
            and event.extra.get("class") == "attack"
            and event.actor1_type != "State forces"
            and not _names_armed_target(_after_trigger(event)[:70])
        ):
            # "the insurgents will come back to attack anyone who works with the army",
            # in an article whose lead is an attack on civilians: more of the same; not
            # "threatened to attack the police station"
            event = replace(event, **_ATTACK_ON_CIVILIANS)
        if _threatened_return_on_people(event):
            # "the bandits warned that they will return to Faskari if the ransom is not
            # paid", "promised to come back to the district to punish those who help the
            # soldiers": a raid on the place's people, not a fight for it
            event = replace(event, **_ATTACK_ON_CIVILIANS)
        if event.extra.get("class") == "target":
            detail = event.modality_detail if event.modality == "hypothetical" else "plan"
            updates = {"modality": "hypothetical", "modality_detail": detail}
            if _CIVILIANS_TARGETED.search(
                _target_clause(_before_trigger(event))
            ) or _CIVILIANS_NAMED_AFTER.match(_after_trigger(event)):
                # "any transporter delivering fuel to Bamako will be treated as a target",
                # "would treat as enemies any driver carrying fuel"
                updates.update(_ATTACK_ON_CIVILIANS)
            elif _by_predators(event) and not _names_armed_target(_after_trigger(event)):
                # "gang leaders have warned that Hinche 'is next'": gangs prey on people
                # (not "... 'next' if the police did not withdraw": a fight with the police)
                updates.update(_ATTACK_ON_CIVILIANS)
            elif _GROUND_ASSAULT.search(_after_trigger(event)):
                # "told residents to leave, saying it would launch an assault on the town"
                updates.update(
                    event_type="Battles",
                    sub_event_type="Armed clash",
                    disorder_type=DISORDER["Battles"],
                )
            elif event.extra.get("lemma") == "evacuation warning" and (
                sub := _remote_act_named(_after_trigger(event))
            ):
                # "ordered residents to evacuate ahead of strikes", "saying it was about to
                # strike a building", "before shelling the area": the act the warning names
                updates.update(
                    event_type="Explosions/Remote violence",
                    sub_event_type=sub,
                    disorder_type=DISORDER["Explosions/Remote violence"],
                )
            elif lead is not None:
                updates.update(
                    event_type=lead.event_type,
                    sub_event_type=lead.sub_event_type,
                    disorder_type=lead.disorder_type,
                )
            event = replace(event, **updates)
        out.append(event)
    return out


_CIVILIAN_TARGETS = (
    r"(?:transporters?|drivers?|truckers?|collaborators?|civilians?|residents?|villagers?|"
    r"traders?|merchants?|journalists?|aid\s+workers?|informants?|anyone|anybody|whoever|"
    r"teachers?|farmers?|families|convoys?|vehicles?|buses|passengers|migrants?|workers?|"
    r"(?:fuel\s+)?tankers?|trucks?|lorry|lorries|"
    r"labou?rers|polling\s+stations?|voters?|candidates?|schools?|markets?|churches|mosques|"
    r"christians|muslims|believers|worshippers)\b"
)
_CIVILIANS_TARGETED = re.compile(r"\b" + _CIVILIAN_TARGETS + r"[^.;]{0,80}$", re.I)
# "would treat as enemies any driver carrying fuel": who is targeted, after the trigger
_CIVILIANS_NAMED_AFTER = re.compile(
    r"\s+(?:(?:any|all|every)\s+(?:[\w-]+\s+)?)?" + _CIVILIAN_TARGETS, re.I
)


# the speaker's part of "residents fear (that) the town will be the next target"
_SPEAKER_VERB = re.compile(
    r"^.*\b(?:fears?|feared|say|says|said|warn|warns|warned|warning|believe|believes|believed|"
    r"threaten|threatens|threatened|threatening)\b(?:\s+that\b)?",
    re.I | re.S,
)
_THAT = re.compile(r"^.*\bthat\b", re.I | re.S)


def _target_clause(before: str) -> str:
    """The words before "target" after the last verb of speech or fear: what is targeted.

    Without such a verb, the words after the last "that" ("a statement that
    the port would be targeted"); a "that" after the verb belongs to the
    target ("warned that schools that stay open would be treated as
    targets", "anyone who opens a shop during that period").
    """
    if _SPEAKER_VERB.match(before):
        return _SPEAKER_VERB.sub("", before, count=1)
    return _THAT.sub("", before, count=1)


# a strike a warning names after it ("ahead of strikes", "was about to strike a building")
_STRIKE_WORD = re.compile(r"\b(?:strikes?|striking|struck|bomb|bombs|bombing|bombard\w*)\b", re.I)


def _remote_act_named(after: str) -> str | None:
    """The sub-event type of a strike, a shelling or a bombing named in ``after``, if any."""
    kind = instrument(after)
    if kind == "small_arms":
        return None
    if kind is None and _STRIKE_WORD.search(after):
        kind = "airstrike"
    return INSTRUMENT_TYPES.get(kind) if kind else None


# a ground assault a threat names after its trigger: "an imminent assault", "a final
# offensive", "would storm the town"
_GROUND_ASSAULT = re.compile(
    r"\b(?:assault|offensive|storm(?:s|ed|ing)?|ground\s+(?:operation|attack|incursion)|"
    r"incursion|push\s+(?:on|into|towards?))\b",
    re.I,
)


def _after_trigger(event: Event) -> str:
    evidence = event.evidence or ""
    position = evidence.find(event.trigger or "\0")
    return evidence[position + len(event.trigger or "") :] if position >= 0 else ""


def _before_trigger(event: Event) -> str:
    evidence = event.evidence or ""
    position = evidence.find(event.trigger or "\0")
    return evidence[: max(0, position)]


_OPERATIONS = re.compile(r"\boperations?\b", re.I)
_OPERATIONS_GO_ON_WITH = frozenset(
    {
        "Armed clash",
        "Government regains territory",
        "Air/drone strike",
        "Shelling/artillery/missile attack",
    }
)

#: how near an earlier event must be to be what "operations will continue" goes on with
NEARBY_KM = 161


def _nearby(events: list[Event], event: Event) -> list[Event]:
    """``events`` with those near ``event``'s place first (order kept within each group).

    "Our operations will continue until the Badia is cleared": what goes on
    is what was told in that desert, not a car bomb in a distant town.
    """
    if event.latitude is None or event.longitude is None or event.location == event.country:
        return events  # a whole country ("operations in northern Iraq") is near nothing
    near = [
        e
        for e in events
        if e.latitude is not None
        and e.longitude is not None
        and km(e.latitude, e.longitude, event.latitude, event.longitude) <= NEARBY_KM
    ]
    return near + [e for e in events if e not in near]


_ATTACK_ON_CIVILIANS = {
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
    "disorder_type": "Political violence",
    "civilian_targeting": True,
}


_RETURNS = frozenset({"return", "come back"})
# a ransom or a levy demanded: kidnappers and extortionists, whoever they are
_RANSOM = re.compile(
    r"\bransoms?\b|\b(?:money|payment|levy|levies|taxes)\s+(?:is|are|was|were)\s+not\s+paid\b",
    re.I,
)


def _threatened_return_on_people(event: Event) -> bool:
    """Whether ``event`` threatens a non-state side's return to a place to prey on its people.

    A threatened return ("will come back", "would return to") by gangs or
    bandits, or with a ransom demanded, or to punish or kill people named
    after it, that names no armed target, falls on civilians.
    """
    if (
        event.modality != "hypothetical"
        or event.extra.get("lemma") not in _RETURNS
        or event.event_type != "Battles"
        or event.actor1_type == "State forces"
    ):
        return False
    after = _after_trigger(event)
    if _names_armed_target(after):
        return False
    civilians = phrase_pattern(tuple(coding_cues()["civilian_targets"])).search(after)
    return _by_predators(event) or bool(_RANSOM.search(event.evidence or "")) or bool(civilians)


def _by_predators(event: Event) -> bool:
    """Whether gangs or bandits (:func:`predator_names`) make the threat of ``event``."""
    if event.actor1 is not None and not event.actor1.startswith("Unidentified"):
        return is_predator(event.actor1)
    return PREDATOR_SPEAKERS.search(_before_trigger(event)) is not None


def _names_armed_target(text: str) -> bool:
    """Whether the words after a trigger name an armed target, up to a relative clause
    ("attack the police station"; not "attack anyone who works with the army")."""
    target = re.split(r"\b(?:who|whom|that|which)\b", text, maxsplit=1)[0]
    return phrase_pattern(tuple(coding_cues()["armed_targets"])).search(target) is not None


def _violence(events: list[Event]) -> Event | None:
    """The article's lead event: its first asserted act of political violence."""
    return next(
        (
            e
            for e in events
            if e.modality == "asserted"
            and e.disorder_type == "Political violence"
            and e.extra.get("class") != "target"
        ),
        None,
    )


def withdrawals_in_battles(events: list[Event]) -> list[Event]:
    """Drop a withdrawal from a town whose capture the article tells as a battle.

    "Islamic State militants recaptured Palmyra on Sunday ... the army
    withdrew to the south": one side's retreat is the other side's capture.
    """
    taken = {
        (e.geonameid or e.location, e.modality)
        for e in events
        if (e.geonameid is not None or e.location)
        and (
            e.sub_event_type in _CAPTURES
            # "troops liberated Bariire after al-Shabaab withdrew": a fight for the town
            or (e.event_type == "Battles" and e.extra.get("class") in ("territory", "victory"))
        )
    }
    return [
        e
        for e in events
        if not (
            e.extra.get("class") == "withdrawal"
            and (e.geonameid or e.location, e.modality) in taken
        )
    ]


_CAPTURES = frozenset(["Non-state actor overtakes territory", "Government regains territory"])


def attack_by_its_toll(attack: Event | None, toll: Event) -> Event | None:
    """Code "Gunmen attacked the village. Nine people were killed." as an attack on civilians.

    The toll told in the sentence after a bare attack (no armed target, no
    armed second actor) names the victims: civilians or "people" killed make
    the attack violence against civilians (soldiers killed leave it a
    battle). ``toll`` is the placeless killing the extractor drops as the
    attack's toll; returns the recoded attack, or None when nothing changes.
    """
    if attack is None or toll.event_type != "Violence against civilians":
        return None
    if toll.sub_event_type != "Attack" or toll.modality != "asserted":
        return None
    if attack.event_type != "Battles" or attack.modality != "asserted":
        return None
    if attack.extra.get("class") != "attack" or attack.actor2_type in ARMED_TYPES:
        return None
    if toll.extra.get("sentence", -1) - attack.extra.get("sentence", -9) not in (0, 1):
        return None
    evidence = attack.evidence or ""
    after = evidence[evidence.find(attack.trigger or "\0") :][:80] if attack.trigger else evidence
    if phrase_pattern(tuple(coding_cues()["armed_targets"])).search(after):
        return None  # "attacked an army post. Four people were killed."
    return replace(
        attack,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        disorder_type="Political violence",
        civilian_targeting=True,
    )


#: The kinds of violence a bare denied "attack", "clashes" or "shooting" may be, with
#: each kind's plain sub-type.
_STORY_KINDS = {
    "Battles": "Armed clash",
    "Violence against civilians": "Attack",
    "Riots": "Violent demonstration",
}
_BARE_CLASSES = frozenset(["attack"])


def denials_of_the_storys_kind(events: list[Event]) -> list[Event]:
    """A denied act of violence that names no one is of the kind the story tells.

    "Police in the port city say there have been no clashes today" in a story
    of riots denies a riot; "a rumoured attack on Mueda was found to be
    false" in a story of attacks on villagers denies such an attack. When
    the asserted events of the story are of one kind (of battles, attacks on
    civilians and riots) by a strict majority, a negated bare "attack" (or
    "shooting") with no actor named is coded as that kind; "no fighting" and
    "no civilian was killed" say their kind themselves.
    """
    counts: dict[str, int] = {}
    for event in events:
        if event.modality == "asserted" and event.event_type in _STORY_KINDS:
            counts[event.event_type] = counts.get(event.event_type, 0) + 1
    if not counts:
        return events
    kind = max(counts, key=counts.__getitem__)
    if 2 * counts[kind] <= sum(counts.values()):
        return events
    out = []
    for event in events:
        if (
            event.modality == "negated"
            and event.event_type in _STORY_KINDS
            and event.event_type != kind
            and event.actor1 is None
            and event.actor2 is None
            and event.extra.get("class") in _BARE_CLASSES
        ):
            event = replace(
                event,
                event_type=kind,
                sub_event_type=_STORY_KINDS[kind],
                disorder_type=DISORDER[kind],
                civilian_targeting=kind == "Violence against civilians",
            )
        out.append(event)
    return out
