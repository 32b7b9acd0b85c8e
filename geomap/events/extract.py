"""The extraction pipeline of one document (see :func:`extract_events`)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from geomap.events.actors import (
    ActorMention,
    country_name,
    definite_references,
    demonym_table,
    find_actors,
    is_predator,
    organisation_spans,
    with_country,
)
from geomap.events.capitals import capital_places
from geomap.events.coding import (
    ARMED_TYPES,
    ASSAILANTS,
    DISORDER,
    NOBODY_HIT,
    FatalityFigure,
    armed_victims,
    code_event,
    crowd_just_before,
    fatalities,
    fatality_figures,
    foiled_bombing,
    instrument,
    trigger_clause,
)
from geomap.events.confidence import calibrate
from geomap.events.dates import resolve_date
from geomap.events.dedupe import dedupe_events, object_phrase, rejects_claim
from geomap.events.filters import (
    ARRIVALS,
    SUBJECT_GAP,
    anaphor_prep_after,
    borrows_no_place,
    heads_own_clause,
    in_relative_clause,
    is_background,
    is_nominal,
    is_summary,
    reading,
    spread_over_a_country,
    trigger_ok,
)
from geomap.events.genre import off_topic
from geomap.events.linking import ANAPHORA, INSIDE, LinkResult, link_location, main_place
from geomap.events.modality import (
    classify_modality,
    has_cue,
    paragraph_speaker,
    refuted_hearsay,
)
from geomap.events.nlp import load_nlp
from geomap.events.places import (
    AT_PLACE,
    PREPOSITION_BEFORE,
    country_fields,
    is_dateline,
    recurring_mentions,
    road_end,
    section_datelines,
    sentence_region,
    speaker_places,
    speaks_from,
    usable_places,
    within_region,
)
from geomap.events.roles import assign_roles
from geomap.events.rules import (
    PLACE_FIELDS,
    attack_by_its_toll,
    denials_of_the_storys_kind,
    denied_entries,
    fold_reference,
    named_targets,
    refine_reference,
    refined,
    transfers_without_fighting,
    withdrawals_in_battles,
)
from geomap.events.sentences import Sentence, split_sentences
from geomap.events.triggers import (
    PASSIVE_BEFORE,
    SECONDARY,
    Trigger,
    drop_restatements,
    find_triggers,
    is_definite,
    main_triggers,
    without_restated_reasons,
)
from geomap.mentions import TIME_STAMP
from geomap.records import Document, Event, Place

_EVIDENCE_CHARS = 400
# classes whose word names the actors too ("lynchings"): no actor needed to borrow a place
SELF_EVIDENT = frozenset(["mob", "massacre", "sexual", "protest", "riot", "clash", "disrupted"])
# what is yet to come: its day and weekday are the next ones, not the last
_AHEAD = frozenset(["plan", "future", "threat", "vow"])
#: modality details of events a sentence mentions without telling them: rumours, fears,
#: questions, prevented or unrealised ones, charged plots, calls to stop what goes on
_UNTOLD = frozenset(["fear", "inquiry", "prevented", "unrealised", "intent", "call to stop"])
# "threatened to widen the strikes to Beirut": the strikes told before, at a new place
_WIDENED = re.compile(
    r"\b(?:widen|widens|widened|widening|extend|extends|extended|extending|expand|expands|"
    r"expanded|expanding|broaden|broadens|broadened|broadening)\s+(?:the|its|their|these)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
# what someone spoke or wrote about: "had reported on the attack", "a story about the raid"
_SPOKEN_OF = re.compile(
    r"\b(?:report(?:ed|ing|s)?|wrote|writ(?:es|ing)|written|cover(?:ed|ing|s)?|comment(?:ed|ing|s)?|"
    r"spoke|speak(?:s|ing)?|talk(?:ed|ing|s)?|posts?|posted|footage|stor(?:y|ies)|articles?)\s+"
    r"(?:on|about)\s+(?:the|that|this|these|those)\s+(?:[\w-]+\s+)?$",
    re.I,
)
# "more such attacks", "similar strikes": the anaphoric word ties them to what was told;
# "more attacks on towns" alone does not say of which kind
_MORE_BEFORE = re.compile(
    r"\b(?:(?:more|further|fresh|renewed|new|another|continue|continued|continuing|keep\s+up|"
    r"step\s+up|intensify|expand|resume)\s+(?:(?:the|its|their|his|of\s+(?:its|their))\s+)*"
    r"(?:such|similar)|similar|the\s+same)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_CONTINUE_AFTER = re.compile(
    r"(?:\s+[\w'\u2019\"\u201c\u201d,-]+){0,6}?\s+(?:will|would|shall|to)\s+(?:\w+\s+)?"
    r"(?:continue|go\s+on|resume|follow|intensify|expand)\b"
    r"|[\"\u201d']?\s+again\b",  # "the plant 'will be visited again'", "would attack again"
    re.I,
)
_TIME_BEFORE_PLACE = re.compile(r"\b(?:after|before|since|until|following)\s+$", re.I)
_STANDING_DENIAL = re.compile(
    r"\b(?:repeatedly|consistently|always|long|routinely|regularly|previously)\s+"
    r"(?:denied|denies|deny|rejected|rejects)\s+(?:[\w'-]+\s+){0,3}$",
    re.I,
)
# "vowed to continue (its) military operations", "would keep up the strikes"
_GO_ON_WITH = re.compile(
    r"\b(?:continu\w*|keep\s+up|kept\s+up|press\s+on\s+with)\s+"
    r"(?:(?:its|their|the|our|his|her)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_HABITUAL_NEGATION = re.compile(r"\b(?:do|does)\s+not\s+$|\b(?:don't|doesn't|never)\s+$", re.I)


def _habitual_negation(before: str, trigger: Trigger, parsed) -> bool:
    """Whether the trigger is denied as a habit: "our forces do not target civilians".

    "Never" before a verb in the past tells one act that did not happen ("the rebels
    never entered the town"), not a creed.
    """
    found = _HABITUAL_NEGATION.search(before[-20:])
    if found is None or not found.group().lower().startswith("never") or parsed is None:
        return found is not None
    span = parsed.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return span is None or not len(span) or span[0].tag_ != "VBD"


GENERIC_BASES = frozenset(
    ["Military Forces", "Police Forces", "Government", "Civilians", "Protesters", "Rioters",
     "Unidentified Armed Group", "Unidentified Militia"]
)  # fmt: skip


def extract_events(
    doc: Document,
    places: Sequence[Place],
    *,
    nlp=None,
    parse: bool = True,
    keep_unlocated: bool = False,
) -> list[Event]:
    """Return the conflict events reported in ``doc``.

    Parameters
    ----------
    doc : Document
        The article.
    places : sequence of Place
        Its resolved place mentions (from :func:`geomap.places.find_places`).
    nlp : spacy.Language, optional
        Pipeline used to parse event sentences; loaded once when omitted.
    parse : bool
        Parse the sentences that hold a trigger and a place (default). When
        false only lexical rules are used (faster, less precise).
    keep_unlocated : bool
        Also return events whose place could not be found reliably
        (no coordinates, ``geo_method`` saying why).

    Returns
    -------
    list of Event
        One event per distinct event, repeated mentions merged, each with a
        calibrated ``confidence`` (:mod:`geomap.events.confidence`).
    """
    if off_topic(doc.text, doc.title):
        return []  # a match report or a film review: the words of war, no events
    text = doc.text
    sentences = split_sentences(text)
    orgs = organisation_spans(text)
    located = usable_places(recurring_mentions(text, places), orgs, demonym_table())
    capitals = capital_places(text, located, demonym_table())
    if capitals:  # "in the Libyan capital": the capital, told by its role
        located = sorted([*located, *capitals], key=lambda p: p.start)
    if parse and nlp is None and any(_quick_candidates(s, located) for s in sentences):
        nlp = load_nlp()
    speakers = _paragraph_speakers(sentences)
    speakers_at = speaker_places(text, located)
    lead = next((s.index for s in sentences if len(s.text.split()) > 8), 0)
    sections = section_datelines(text, located)
    adjacent = [  # consecutive sentences of one paragraph
        (a, b) for a, b in zip(sentences, sentences[1:], strict=False) if a.paragraph == b.paragraph
    ]
    following = {a.index: b.text for a, b in adjacent}
    preceding = {b.index: a.text for a, b in adjacent}
    answers = _answers_to_questions(sentences)
    parses = _parse_all(nlp, sentences, located) if parse and nlp is not None else {}
    paragraphs: dict[int, tuple[int, int]] = {}
    for one in sentences:
        first, last = paragraphs.get(one.paragraph, (one.start, one.end))
        paragraphs[one.paragraph] = (min(first, one.start), max(last, one.end))
    events: list[Event] = []
    event_places: list[Place] = []
    last_by_paragraph: dict[int, Event] = {}
    previous_sentence = ""
    named_actors: list[ActorMention] = []  # the story's named actors so far, latest last
    for sentence in sentences:
        own_actors = find_actors(sentence.text)
        # "the dissidents" after "FARC dissidents": the actor named before, by its last word
        actors = sorted(
            [
                *own_actors,
                *(
                    r
                    for r in definite_references(sentence.text, named_actors)
                    if not any(a.start < r.end and r.start < a.end for a in own_actors)
                ),
            ],
            key=lambda a: a.start,
        )
        named_actors.extend(a for a in own_actors if a.named)
        triggers = without_restated_reasons(find_triggers(sentence.text), sentence.text)
        context = previous_sentence + " " + sentence.text
        # the weapon of "strikes levelled several buildings" may be named anywhere before,
        # or in the next sentence ("the projectile had been fired by a tank")
        wide = text[: sentence.end] + " " + following.get(sentence.index, "")
        previous_sentence = sentence.text
        if not triggers:
            continue
        in_sentence = [
            p
            for p in located
            if sentence.start <= p.start
            and p.end <= sentence.end
            and not is_dateline(text, p)
            and (p.start not in speakers_at or _own_town_told(sentence, p))
        ]
        parsed = parses.get(sentence.index)
        triggers = [reading(t, parsed, sentence.text) for t in triggers]
        triggers = [
            t
            for t in triggers
            if trigger_ok(
                t,
                sentence,
                in_sentence,
                parsed,
                wide if t.entry.trigger_class == "strike" else context,
            )
        ]
        independent = frozenset(
            t.start
            for t in triggers
            if t.entry.trigger_class in SECONDARY
            and heads_own_clause(t, parsed, _place_under(in_sentence, sentence.start))
        )
        descriptive = frozenset(t.start for t in triggers if in_relative_clause(t, parsed))
        triggers = main_triggers(
            triggers, independent=independent, sentence=sentence.text, descriptive=descriptive
        )
        triggers = drop_restatements(sentence.text, triggers, parsed)
        previous = [p for p in located if p.end <= sentence.start]
        built = [
            (trigger, *_build_event(
                doc, sentence, trigger, in_sentence, previous, actors, parsed, speakers,
                event_places, following.get(sentence.index, ""),
            ))
            for trigger in triggers
        ]  # fmt: skip
        for one_account in _ONE_ACCOUNT:  # what one sentence tells as one event, in order
            built = one_account(built)
        built = _damage_of_violence(built, sentence.text)
        for one_account in _ONE_ACCOUNT_AFTER_DAMAGE:
            built = one_account(built)
        built = _arson_that_hurt_people(built, sentence.text)
        built = _homes_burned_by_a_militia(built, sentence.text)
        built = _bombings_planned_with_explosives(
            built, sentence.text, preceding.get(sentence.index, "")
        )
        built = _stones_thrown_by_a_militia(built)
        built = _stopped_in_flight(built, sentence.text)
        built = _tolls_of_their_own_events(built, sentence.text)
        around = (
            f"{preceding.get(sentence.index, '')} {following.get(sentence.index, '')} "
            f"{answers.get(sentence.index, '')}"
        )  # "Q: There were reports that the hospital was shelled. A: It isn't true."
        for trigger, event, direct, extras in built:
            if event.modality == "asserted" and refuted_hearsay(sentence.text, around):
                # "Messages on WhatsApp said the gang had attacked Kaura Namoda. The police
                # said this is false": only a rumour asserted it, and it is denied
                event = replace(event, modality="negated", modality_detail="denial")
            event = _date_of_paragraph(
                event, last_by_paragraph.get(sentence.paragraph), sentence.text[: trigger.start]
            )
            if is_background(event, doc.date):
                continue
            if event.modality != "hypothetical" and is_summary(
                trigger, sentence.text, _mention_start(event, sentence), _feature(event, located)
            ):
                continue
            if (
                trigger.entry.trigger_class == "protest"
                and event.event_type == "Protests"
                and event.actor1_type in ARMED_TYPES
                and not is_nominal(trigger, parsed, sentence.text)
                # but "the group's leader called on supporters to take to the streets"
                and not crowd_just_before(sentence.text[: trigger.start])
            ):
                if trigger.entry.lemma != "block roads" or event.modality != "hypothetical":
                    continue  # "soldiers filmed themselves chanting": armed men do not protest
                # "Fano would blockade the highway to Bahir Dar": an armed group's threatened
                # blockade (one told as done is most often part of an attack: "gunmen
                # blocked the highway and abducted 30 passengers")
                event = _as_development(event, "Other")
            if trigger.entry.trigger_class == "withdrawal" and event.actor1_type == "Civilians":
                continue  # "residents abandoned the town as the fighting neared": they fled
            if trigger.entry.lemma == "leave" and (
                event.actor1_type not in ARMED_TYPES
                or _LEFT_IN_A_STATE.match(sentence.text, trigger.end)
                or _LEFT_THE_TOWN_TOLD.match(sentence.text, trigger.end)
            ):
                continue  # "the rebels left Kessler overnight", not "the family left Kessler"
                # nor "the army left Kessler in ruins"; "the gunmen had left the town" after
                # an attack told before ends the raid, it gives up no ground
            before = sentence.text[: trigger.start]
            if event.modality == "negated" and (
                _habitual_negation(before, trigger, parsed) or _STANDING_DENIAL.search(before[-60:])
            ):
                continue  # "our forces do not target civilian facilities", "the army has
                # repeatedly denied targeting civilians": a creed, not an event
            if event.modality == "negated" and _contrasted(trigger, parsed):
                continue  # "they did not attack residents but looted shops": what they did
                # instead is told, the negation only qualifies it
            if _damage_by_the_attackers(trigger, sentence.text, events):
                continue  # "The attackers set fire to the governor's office": the attack's damage
            if _burned_in_it(trigger, sentence.text, last_by_paragraph.get(sentence.paragraph)):
                continue  # "seven soldiers were killed and 12 tankers were set on fire": the toll
            protest = last_by_paragraph.get(sentence.paragraph)
            opening = paragraphs.get(sentence.paragraph, (sentence.start, sentence.end))[0]
            if protest is None and not _placed(event) and not _STAMPED.match(text, opening):
                # "Police fired tear gas to break up a crowd in Garoua. || Witnesses said ...
                # at least 15 were detained": the paragraph goes on with the protest told last
                protest = last_by_paragraph.get(sentence.paragraph - 1)
            if _held_at_the_protest(trigger, protest) and (
                not _placed(event) or _same_site(event, protest)
            ):
                # the protest as it now stands among the events (a trigger told with it, "a
                # flare-up of the protests", may have updated it since)
                at = next((i for i, e in enumerate(events) if e.event_id == protest.event_id), None)
                if at is not None:
                    protest = events[at]
                    # "Police said 11 people were detained": the protest's intervention, told
                    # again
                    sub = _INTERVENED if protest.sub_event_type == "Peaceful protest" else None
                    events[at] = last_by_paragraph[sentence.paragraph] = replace(
                        protest,
                        sub_event_type=sub or protest.sub_event_type,
                        mentions=protest.mentions + 1,
                    )
                    continue
            if _recent(events, sentence, paragraphs) and _spoils_of_the_fight(
                trigger, sentence.text, events[-1]
            ):
                continue  # "Two rifles and explosives were recovered": found after the gunfight
            if (
                trigger.entry.trigger_class == "kill"
                and event.modality == "negated"
                and NOBODY_HIT.search(sentence.text, 0, trigger.start)
            ):
                continue  # "Nobody was killed there": a toll of none, no event
            if _pursuit_of_the_perpetrators(trigger, event):
                continue  # "troops were pursuing the attackers": the attack's aftermath
            if _justice_sought(trigger, event, sentence.text):
                continue  # "calling on security agencies to arrest the killers"
            if trigger.entry.planned_only and event.modality != "hypothetical":
                if not (event.modality == "negated" and trigger.entry.lemma in ARRIVALS):
                    continue  # "troops reached the outskirts": a move, an event only as a
                    # goal; but "the gunmen had not reached the town" denies an arrival
            if event.modality_detail in _UNTOLD:
                continue  # "rumours of an imminent raid", "Has the town been hit?", "accused
                # of plotting to bomb a church": not told
            if event.modality_detail == "feared" and _feared_from_afar(event, sentence, trigger):
                continue  # "partners in Goma fear a new offensive": where they sit, not
                # where it would strike
            if (
                trigger.entry.trigger_class == "agreement"
                and event.modality != "asserted"
                and not (
                    trigger.entry.lemma == "sign agreement"
                    and event.modality_detail in ("future", "plan")
                )
            ):
                continue  # talks "aimed at a ceasefire" are not an agreement; "will sign a
                # peace agreement in Luanda" is one to come
            if (
                event.modality == "asserted"
                and _BY_THE_PERPETRATORS.match(sentence.text)
                and _recent(events, sentence, paragraphs)
                and (events[-1].event_date == event.event_date or not event.extra.get("date_cue"))
                and fold_reference(events, event, own_place=False)
            ):
                continue  # "The attackers fired grenades at two trucks ...": the ambush told
            anaphoric = (event.geo_method or "").startswith("anaphora")
            back_reference = (
                trigger.entry.trigger_class != "target"
                and is_definite(sentence.text, trigger, parsed)
                and not (
                    event.modality == "hypothetical"
                    and _WIDENED.search(sentence.text, 0, trigger.start)
                )
                # "the attacks had spread to checkpoints around Latakia": told at new places
                and not (_placed(event) and _SPREAD_TO.match(sentence.text, trigger.end))
            )
            if back_reference and _SPOKEN_OF.search(sentence.text, 0, trigger.start):
                # "police arrested a journalist who had reported on the attack": the attack
                # told before, named as what someone spoke or wrote about
                fold_reference(events, event, own_place=False)
                continue
            if back_reference and not (_placed(event) and direct and not anaphoric):
                at = None if anaphoric else refine_reference(events, event)
                if at is not None:
                    # "Aircraft struck targets across Gaza. ... The strikes killed eleven in
                    # Nuseirat, nine in Jabalia": the sites of the strikes told before
                    events[at] = refined(events[at], event)
                    events.extend(e for e in extras if _placed(e))
                    last_by_paragraph[sentence.paragraph] = events[at]
                    event_places.append(_event_place(events[at], located))
                    continue
                fresh = sentence.paragraph not in last_by_paragraph and _told_afresh(
                    events, sentence, located, paragraphs, text
                )
                if not fresh and fold_reference(events, event, own_place=_frames(event, sentence)):
                    continue
            # the frame of "In Benghazi, a spokesman warned ..." is where the speaker is
            framed = event.modality != "hypothetical"
            frame = _framing_place(sentence, in_sentence) if framed else None
            if frame is not None:
                # "In Georgia, crowds gathered ... in Tbilisi": the town of the country tells
                frame = _town_inside(frame, in_sentence) or frame
            if not _placed(event) and frame is not None:
                why = "no place on the trigger: the sentence's frame"
                coarse = (frame.feature or "city") not in ("city", "admin2", "neighbourhood")
                event = replace(event, **_place_fields(frame, 3 if coarse else 1, why))
            if not _placed(event) and event.modality == "hypothetical":
                target = _threatened_town(sentence, in_sentence, text, trigger)
                if target is not None:
                    why = "the one town the threat names"
                    event = replace(event, **_place_fields(target, 1, why))
            if not _placed(event):
                fallback = last_by_paragraph.get(sentence.paragraph)
                line = text.rfind("\n", 0, sentence.start) + 1
                if fallback is None or (fallback.char_start or 0) < line:
                    # "REPORTER (Masaka): ... Here a crowd burned tyres": the turn's own town
                    fallback = _label_place(text, line, located) or fallback
                if fallback is None:
                    fallback = _heading_place(sentences, sentence, located)
                if fallback is None and event.modality != "hypothetical":
                    fallback = _scene_place(sentences, sentence, located, speakers_at)
                if fallback is None:
                    fallback = _section_place(sections, sentence.start, text)
                if fallback is None and not _STAMPED.match(sentence.text):
                    prior = last_by_paragraph.get(sentence.paragraph - 1)
                    fallback = _told_just_before(prior, event)
                if fallback is None and event_places:
                    fallback = _event_at(events, main_place(event_places))
                if fallback is None:
                    fallback = _story_place(located)
                if fallback is None and event.modality != "hypothetical":
                    # "...an operation in the general area of Mir Ali. || During the
                    # operation, troops engaged ...": the scene the last paragraph set
                    fallback = _scene_place(
                        sentences, sentence, located, speakers_at, across_paragraphs=True
                    )
                if fallback is None:
                    fallback = _dateline_place(text, located)
                region = sentence_region(sentence.text, sentence.start, in_sentence)
                own_region = region is not None and not within_region(fallback, region)
                if own_region:  # "a jet bombed a village school in Myanmar's Sagaing region"
                    fallback = _stand_in(region, 3, REGION_METHOD)
                usable = (
                    _may_borrow(trigger, event)
                    and not _unsited_attack(trigger, event, fallback, sentence.text)
                    and (
                        own_region
                        or event.actor1 is not None
                        or event.actor2 is not None
                        or (sentence.index <= lead and not events)  # the lead of the story
                        or trigger.entry.trigger_class in SELF_EVIDENT
                        # "four suspects had been arrested": made by the security forces,
                        # where the attack was; "nobody has been arrested" is no event
                        or (
                            trigger.entry.trigger_class == "arrest" and event.modality == "asserted"
                        )
                        or instrument(trigger_clause(sentence.text, (trigger.start, trigger.end)))
                        or event.modality_detail in ("threat", "vow", "plan", "question")
                        or _fight_against_a_claim(trigger, sentence.text)
                    )
                    and not borrows_no_place(trigger, sentence.text)
                    # "vows to continue military operations": to go on with what the story
                    # told names no new site
                    and not (
                        event.modality == "hypothetical"
                        and _GO_ON_WITH.search(
                            sentence.text, max(0, trigger.start - 40), trigger.start
                        )
                    )
                )
                country = _nationwide_stand_in(event, trigger, sentence.text, fallback, located)
                if country is not None:
                    # "organisers called for nationwide marches on 25 June": the country
                    event = replace(_with_place_of(event, country), geo_method=country.geo_method)
                elif fallback is not None and usable:
                    event = _with_place_of(event, fallback)
                    own = {p.geonameid for p in in_sentence} | {p.name for p in in_sentence}
                    if (
                        fallback is not last_by_paragraph.get(sentence.paragraph)
                        and fallback.geonameid not in own
                        and fallback.location not in own
                    ):
                        event = _at_sea(event, sentence, located, paragraphs)
                elif not keep_unlocated:
                    prior = last_by_paragraph.get(sentence.paragraph)
                    if prior is not None and _stopped_after_launch(
                        _with_place_of(event, prior), prior, trigger, sentence.text
                    ):
                        # "... launched a drone at Haifa. The military said the drone had
                        # been shot down before it reached the city": stopped in flight
                        recoded = _as_development(prior, "Disrupted weapons use")
                    else:
                        recoded = attack_by_its_toll(prior, event)
                    if recoded is not None and prior in events:
                        events[events.index(prior)] = last_by_paragraph[sentence.paragraph] = (
                            recoded
                        )
                    continue
            if _nothing_reported(event, sentence.text, in_sentence):
                continue
            if rejects_claim(sentence.text) or rejects_claim(preceding.get(sentence.index, "")):
                # "Kyiv dismissed the claim. Its units, he said, beat back four assaults": the
                # other side's account, an event apart from the takeover it answers
                event = replace(event, extra={**event.extra, "rejects_claim": True})
            if _country_wide(event, sentence.text):
                # kept until the end, so that "the attack" told next folds into it
                event = replace(event, extra={**event.extra, "country_wide": True})
            prior = last_by_paragraph.get(sentence.paragraph)
            if _stopped_after_launch(event, prior, trigger, sentence.text) and prior in events:
                # "The Houthis fired a missile at Eilat. Israel said it was intercepted":
                # the launch and its interception are one disrupted attack at the target
                recoded = _as_development(prior, "Disrupted weapons use")
                events[events.index(prior)] = last_by_paragraph[sentence.paragraph] = recoded
                continue
            struck = _toll_target(event, prior, trigger, events)
            if struck is not None:
                # "Jets struck Damascus. Three people were killed in the capital."; "...
                # struck the ports of Salif and Hodeidah. One worker was killed in Hodeidah."
                if struck.fatalities is None and event.fatalities is not None and struck in events:
                    merged = replace(struck, fatalities=event.fatalities)
                    events[events.index(struck)] = merged
                    if struck is prior:
                        last_by_paragraph[sentence.paragraph] = merged
                continue
            events.append(event)
            # "The raid on Ibo, a town in the Quirimbas": one event; but "the heaviest fighting
            # around Udachne and Kotlyne" told afresh is fighting at both
            if not back_reference or _joined_by_and(text, event, extras):
                events.extend(e for e in extras if _placed(e))
            if _placed(event):
                last_by_paragraph[sentence.paragraph] = event
                event_places.append(_event_place(event, located))
    events = [e for e in events if not e.extra.get("country_wide")]
    events = _arson_hurt_people_next(events, sentences)
    events = named_targets(
        withdrawals_in_battles(denied_entries(transfers_without_fighting(events)))
    )
    events = denials_of_the_storys_kind(events)
    return calibrate(dedupe_events(events))


# people of the town itself, not a ministry or a command that sits there
_LOCAL_SPEAKERS = re.compile(
    r"\b(?:local\s+|town\s+|city\s+)?(?:officials|residents|police|authorities|elders|"
    r"witnesses|locals|sources|activists|medics|doctors|the\s+mayor|councillors)\s+(?:in|of)\s+$",
    re.I,
)
_TOWN_ANAPHOR = re.compile(INSIDE + r"(?:the|this)\s+(?:city|town)\b", re.I)


def _own_town_told(sentence: Sentence, place: Place) -> bool:
    """Whether speakers in a town tell of what happened "in the city" later in their sentence.

    "Officials in Bahir Dar said no clashes had taken place in the city": the
    town they speak from is the town they speak of, so it stays a candidate
    (not in "officials in Kessler said the army would recover the town", nor for
    "the interior ministry in Kessler", which speaks for the country).
    """
    if (place.feature or "city") != "city":
        return False
    start = place.start - sentence.start
    if not _LOCAL_SPEAKERS.search(sentence.text, max(0, start - 40), start):
        return False  # "the interior ministry in Kessler denied ... in the city": a seat
    return _TOWN_ANAPHOR.search(sentence.text, place.end - sentence.start) is not None


def _nothing_reported(event: Event, sentence: str, in_sentence: Sequence[Place]) -> bool:
    """Whether a negated event only says how the event told before went.

    "... after al-Shabaab pulled out. No fighting was reported.": not a denial;
    one that names its own place is ("No fighting was reported in Bahri").
    """
    return (
        event.modality == "negated"
        and event.modality_detail != "denial"
        and _ABSENCE.match(sentence) is not None
        and not any(p.geonameid == event.geonameid for p in in_sentence)
    )


# "the gunmen had left the town": the town of an attack told before, which a raid ends
_LEFT_THE_TOWN_TOLD = re.compile(r"\s+(?:the\s+(?:town|city|village|area)\b(?!\s+of\b)|it\b)", re.I)
# "left the town in ruins", "left Kessler without power": what an act did to a place (but
# "left Kessler without a fight" is a withdrawal)
_LEFT_IN_A_STATE = re.compile(
    r"\s+(?:(?:the\s+)?(?:[\w'-]+\s+){0,3}?)?(?:in\s+(?:ruins|shock|darkness|mourning|tatters|"
    r"flames|rubble|chaos|fear)"
    r"|without(?!\s+(?:a\s+|any\s+)?(?:fight|resistance|shot|firing|fighting))"
    r"|devastated|destroyed|reeling|shattered|deserted|empty|cut\s+off)\b",
    re.I,
)
# a sentence that only reports that nothing of a kind was reported
_ABSENCE = re.compile(
    r"\W*(?:[\d:.]+\s*[-\u2013\u2014]\s*)?no\s+(?:[\w-]+\s+){0,4}?(?:was|were|has\s+been|"
    r"have\s+been|had\s+been)\s+(?:reported|recorded)\b",
    re.I,
)
# "the attacks had spread to checkpoints around Latakia": a back-reference told at new places
_SPREAD_TO = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+|then\s+|quickly\s+|soon\s+)*(?:spread|spreads|spreading"
    r"|extended|spilled\s+over)\s+(?:\w+\s+){0,2}?(?:to|into)\b",
    re.I,
)
# a sentence opening with the doers of the event just told ("The attackers then ...")
_BY_THE_PERPETRATORS = re.compile(
    r"\W*(?:[^,.;]{0,50}?\b(?:said|say|says|told|recalled)\s+(?:that\s+)?)?"  # "Survivors said"
    r"(?:the|these)\s+(?:attackers?|assailants?|raiders|bombers?|kidnappers|abductors)\b",
    re.I,
)


def _recent(
    events: Sequence[Event], sentence: Sentence, paragraphs: Mapping[int, tuple[int, int]]
) -> bool:
    """Whether the latest event was told in this paragraph or the one before."""
    if not events:
        return False
    first = paragraphs.get(sentence.paragraph - 1, paragraphs.get(sentence.paragraph))
    return first is not None and events[-1].char_start >= first[0]


def _contrasted(trigger: Trigger, parsed) -> bool:
    """Whether a negated verb trigger is joined by "but" to what its subject did instead."""
    if parsed is None:
        return False
    span = parsed.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.pos_ != "VERB":
        return False
    verb = span.root
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children) and any(
        not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in joined
    )


def _may_borrow(trigger: Trigger, event: Event) -> bool:
    """Whether a trigger without a place may take the place of the events around it.

    A killing told after an attack is most often its toll ("Five people were
    killed"), and a withdrawal the other side of a capture: they borrow no
    place. A weapon shot down or defused is an event of its own, and so is a
    threat to kill.
    """
    cls = trigger.entry.trigger_class
    if cls not in SECONDARY:
        return True
    if cls == "disrupted":
        return event.modality == "asserted"  # not "no means of intercepting missiles"
    return cls == "kill" and event.modality == "hypothetical"


def _unsited_attack(trigger: Trigger, event: Event, fallback: Event | None, text: str) -> bool:
    """An attack told without a place does not take the place of an event told before.

    "opened fire", "attacked", "targeted" with no place of their own are most
    often the event just told, told again by another side, denied in general
    terms or summed up ("the group has not claimed any attack", "officers came
    under attack"), seldom a new event at the same place. Fire on a crowd (a
    protest or a riot), threats ("will attack any convoy") and attacks whose
    place is "the town" still borrow it.
    """
    return (
        fallback is not None
        and fallback.geo_method not in _STAND_IN_METHODS
        and trigger.entry.trigger_class == "attack"
        and event.modality != "hypothetical"
        and event.event_type not in ("Protests", "Riots")
        and not ANAPHORA.search(text, trigger.end)
        and not _fight_against_a_claim(trigger, text)
    )


def _fight_against_a_claim(trigger: Trigger, text: str) -> bool:
    """ "Kyiv dismissed the claim, saying its units still held the village and had beaten
    off eight assaults": the fight the side rejecting a capture tells, at that place."""
    return rejects_claim(text) and ANAPHORA.search(text, 0, trigger.start) is not None


_SHIP = re.compile(
    r"\b(?:ships?|shipping|vessels?|tankers?|freighters?|(?:bulk|cargo|container)\s+carriers?|"
    r"cargo\s+boats?|warships?|destroyers?|frigates?|merchant\s+(?:ships?|vessels?))\b",
    re.I,
)


# "about 10 km off Chornomorsk", "60 nautical miles west of Hodeidah": the ship's place is
# given from a town, near which the event is coded
_OFF_TOWN = re.compile(
    r"\b(?:miles?|km|kilomet(?:re|er)s?)\s+(?:[\w-]+\s+){0,2}(?:off|of|from)\s+(?:the\s+)?[A-Z]"
)


def _at_sea(
    event: Event,
    sentence: Sentence,
    located: Sequence[Place],
    paragraphs: Mapping[int, tuple[int, int]],
) -> Event:
    """A sea named in the story, rather than a town borrowed for an attack on ships.

    "The Houthis warned they would strike any vessel ...": an attack on ships
    whose place is borrowed from another paragraph's town (one its own
    sentence does not name) happened at sea rather than at the story's main
    town; the sea named in its paragraph (else the first sea of the story)
    is its place. A sentence that gives the ship's place from a town ("10 km
    off X") keeps the event near that town.
    """
    if not _placed(event) or not _SHIP.search(sentence.text) or _OFF_TOWN.search(sentence.text):
        return event
    seas = [p for p in located if p.feature == "sea" and p.lat is not None]
    if not seas or any(event.location == p.name for p in seas):
        return event
    first, last = paragraphs.get(sentence.paragraph, (sentence.start, sentence.end))
    near = [p for p in seas if first <= p.start and p.end <= last]
    sea = (near or seas)[0]
    method = f"{event.geo_method}; at sea: an attack on ships"
    return replace(event, **_place_fields(sea, 3, method))


REGION_METHOD = "the region the sentence names"
SECTION_METHOD = "the dateline of the story's section"
SCENE_METHOD = "the place the paragraph's previous sentence sets the scene at"
_STAND_IN_METHODS = (
    "the town the story is about", "the story's dateline", REGION_METHOD, SECTION_METHOD,
    SCENE_METHOD,
)  # fmt: skip


def _nationwide_stand_in(
    event: Event,
    trigger: Trigger,
    sentence: str,
    fallback: Event | None,
    located: Sequence[Place],
) -> Event | None:
    """The country of the story, for a protest spread over it.

    "Organisers have called for nationwide marches on 25 June": no town of
    the story is the event's place, but the country is (ACLED geo-precision
    3). A violent event told as country-wide is a campaign, not placed so, and
    protests "around the world" have no one country.
    """
    if fallback is None or fallback.country is None or event.event_type != "Protests":
        return None
    if not spread_over_a_country(trigger, sentence):
        return None
    country = next(
        (p for p in located if p.feature == "country" and p.name == fallback.country), None
    )
    return _stand_in(country, 3, "nationwide: the story's country") if country else None


_AND_TOWN = re.compile(r"\w\s+and\s+(?:in\s+|around\s+|near\s+)?[A-Z]")


def _joined_by_and(text: str, event: Event, extras: Sequence[Event]) -> bool:
    """Whether the places of ``extras`` are listed with the event's by "and" ("around
    Udachne and Kotlyne"), not set beside it as where it lies."""
    sentence_end = text.find(".", event.char_start or 0)
    span = text[event.char_start or 0 : sentence_end if sentence_end > 0 else len(text)]
    return bool(extras) and _AND_TOWN.search(span) is not None


def _stand_in(place: Place, precision: int, method: str) -> Event:
    """An empty event at ``place``, to lend its place to an event without one."""
    return replace(Event("", "", "", "", ""), **_place_fields(place, precision, method))


def _dateline_place(text: str, located: Sequence[Place]) -> Event | None:
    """The town of the story's dateline ("MOSCOW - ..."), as a last stand-in for borrowing.

    A dateline says where the story was filed: it is the event's site only
    when the story names no other place for it, and then a coarse one
    (ACLED geo-precision 2).
    """
    place = next((p for p in located if is_dateline(text, p)), None)
    if place is None or (place.feature or "city") not in ("city", "admin2"):
        return None
    return _stand_in(place, 2, "the story's dateline")


# "in the general area of Datta Khel", "near the village of X", "outside Y": a site
_SCENE_BEFORE = re.compile(
    r"\b(?:in|near|around|outside|at)\s+(?:the\s+)?(?:(?:general\s+)?(?:area|vicinity|"
    r"outskirts|village|town|city|district)\s+of\s+)?$",
    re.I,
)


def _scene_place(
    sentences: Sequence[Sentence],
    sentence: Sentence,
    located: Sequence[Place],
    speakers_at: set[int],
    *,
    across_paragraphs: bool = False,
) -> Event | None:
    """The town where the previous sentence of the paragraph sets the scene, as a stand-in.

    "Security forces conducted an operation in the general area of Datta Khel.
    Troops engaged the militants' location ...": a sentence that tells the
    action without a place continues the scene the sentence before it set,
    when that sentence puts one town (and no other place) after "in", "near"
    or "outside" (not where a speaker is: "a spokeswoman in Nairobi said").
    Threats are not continued: they name their own targets. A coarse place
    (ACLED geo-precision 2). With ``across_paragraphs`` (a last resort before
    the dateline), the last sentence of the paragraph before sets it for the
    first sentence of the next.
    """
    if sentence.index == 0:
        return None
    before = sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph and not (
        across_paragraphs and before.paragraph == sentence.paragraph - 1
    ):
        return None
    named = [p for p in located if before.start <= p.start and p.end <= before.end]
    sites = [
        p
        for p in named
        if (p.feature or "city") == "city"
        and p.lat is not None
        and p.start not in speakers_at
        and _SCENE_BEFORE.search(before.text, 0, p.start - before.start)
    ]
    if len({p.geonameid or p.name for p in sites}) != 1:
        return None
    return _stand_in(sites[0], 2, SCENE_METHOD)


_STAMPED = re.compile(rf"\s*(?:[\u2022*\u2013\u2014-]\s*)?{TIME_STAMP}")  # a live blog's new entry


HEADING_METHOD = "the place heading the paragraph"
_HEADING_LEFTOVER = re.compile(r"[\W_]*")


def _heading_place(
    sentences: Sequence[Sentence], sentence: Sentence, located: Sequence[Place]
) -> Event | None:
    """The place a paragraph opens with as a sentence of its own, as a stand-in.

    "Buenos Aires. Police used pepper spray on pensioners who marched to
    Congress ...", "Russia. Allies of Navalny called a silent protest ...": a
    roundup heads each paragraph with where its news is from. A town stands
    in as a town, a province or country at its own coarse precision.
    """
    first = next(s for s in sentences if s.paragraph == sentence.paragraph)
    if first is sentence:
        return None
    named = [p for p in located if first.start <= p.start and p.end <= first.end]
    if not named or named[0].lat is None:
        return None
    rest = first.text
    for place in reversed(named):
        start = place.start - first.start
        rest = rest[:start] + rest[start + len(place.text) :]
    if not _HEADING_LEFTOVER.fullmatch(rest):
        return None
    town = (named[0].feature or "city") in ("city", "admin2")
    return _stand_in(named[0], 1 if town else 3, HEADING_METHOD)


def _told_just_before(prior: Event | None, event: Event) -> Event | None:
    """The last event of the paragraph before, when it is of the same kind as ``event``.

    "PRESENTER: And finally, Abuja, where workers marched yesterday.
    CORRESPONDENT: Several thousand members of the unions marched to the
    National Assembly ...": a paragraph that opens on an event without a
    place goes on with the one the paragraph before just told (not a live
    blog's new entry, "14:20 - ...").
    """
    if prior is None or prior.event_type != event.event_type or prior.modality != event.modality:
        return None
    return prior


# a transcript's speaker label that says where the speaker is: "REPORTER (Masaka): Here ..."
_LABEL_BEFORE = re.compile(r"[A-Z][A-Z .'-]{1,30}\(\s*$")
_LABEL_AFTER = re.compile(r"\s*\)\s*:")


def _label_place(text: str, opening: int, located: Sequence[Place]) -> Event | None:
    """A stand-in at the place of the speaker label opening a transcript's paragraph.

    "REPORTER (Masaka): Here a crowd burned tyres and blocked the highway": a
    reporter's turn tells what happened where the label puts the reporter.
    """
    for place in located:
        if (
            opening < place.start <= opening + 40
            and place.lat is not None
            and _LABEL_BEFORE.fullmatch(text, opening, place.start)
            and _LABEL_AFTER.match(text, place.end)
        ):
            return _stand_in(place, 1, "no place in the sentence: the speaker label's town")
    return None


def _section_place(sections: Sequence[Place], offset: int, text: str) -> Event | None:
    """A stand-in at the dateline of the section holding ``offset``, if the story has sections.

    A section opens at its dateline's line, time stamp included ("13:20 KATHMANDU — ...").
    """
    before = [p for p in sections if text.rfind("\n", 0, p.start) + 1 <= offset]
    return _stand_in(before[-1], 2, SECTION_METHOD) if before else None


def _told_afresh(
    events: Sequence[Event],
    sentence: Sentence,
    located: Sequence[Place],
    paragraphs: dict,
    text: str,
) -> bool:
    """Whether a back-reference ("the rally") opens the events of a live blog's entry that
    names towns of its own, none of them where an event was told before.

    "12:30 - Georgia: thousands gathered again in Tbilisi last night. The rally
    passed without incident": the rally is the gathering just told, not an earlier
    item's march in Belgrade. Call only for a paragraph with no event yet.
    """
    begin = paragraphs.get(sentence.paragraph, (sentence.start, sentence.end))[0]
    if _STAMPED.match(text, begin) is None:
        return False  # an article's paragraph goes on with the story told before
    here = {
        p.geonameid
        for p in located
        if begin <= p.start < sentence.start and p.geonameid is not None and p.feature == "city"
    }
    return bool(here) and not any(e.geonameid in here for e in events)


def _frames(event: Event, sentence: Sentence) -> bool:
    """Whether the event's place opens its sentence, framing all of it ("In Baniyas, ...")."""
    start = _mention_start(event, sentence)
    return _placed(event) and start is not None and " " not in sentence.text[:start].strip()


_FRAME = re.compile(
    r"\W*(?:(?:and|but|meanwhile,?|separately,?|elsewhere,?"
    # "Further south, in Krasnohorivka, ...": the report moves on along the front
    r"|(?:further|farther)\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|afield|along)?,?)\s+)?"
    r"(?:in|at|near|outside|around)\s+(?:the\s+)?"
    # "In neighbouring Bubanza province, ..."
    r"(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central)\s+)?"
    # "And in Sanaa, ...", "In the south-western city of Taiz, ...",
    # "In the border town of Kurmuk, ..."
    r"(?:(?:[\w-]+\s+){0,2}?(?:city|town|village|port|capital|district|province|region)\s+of\s+)?$",
    re.I,
)


_FRAME_END = re.compile(  # "In Timbuktu,", "In the Tenenkou area,", "Near Douentza Town,"
    r"(?:\s+[A-Z][\w'-]*)*(?:\s+(?:area|region|district|province|countryside|state|county|"
    r"governorate|sector|locality|neighbourhood|neighborhood))?"
    # "In Petion-Ville on Wednesday,", "In Goma last night,": the frame's time
    r"(?i:\s+(?:on|last|early\s+on|late\s+on|this)\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|night|week|morning|evening|afternoon)(?:\s+(?:night|morning|"
    r"evening|afternoon))?)?\s*,"
)


def _town_inside(frame: Place, places: Sequence[Place]) -> Place | None:
    """The first town or division of the framing country the sentence names, if the
    frame is a country ("Pakistan: officials in Punjab say ...": Punjab)."""
    if frame.feature != "country":
        return None
    towns = [
        p
        for p in places
        if (p.feature or "city") in ("city", "admin2", "admin1")
        and p.country_code == frame.country_code
        and p.lat is not None
    ]
    return towns[0] if towns else None


def _framing_place(sentence: Sentence, places: Sequence[Place]) -> Place | None:
    """The place that opens the sentence and frames all it tells ("In Timbuktu, ...")."""
    # a live blog's entry may open with its time stamp ("07:40 - In Sevastopol, ...")
    lead = _ENTRY_HEAD.match(sentence.text).end()
    for place in places:
        start = place.start - sentence.start
        rest = sentence.text[start + len(place.text) : start + len(place.text) + 40]
        if _FRAME.fullmatch(sentence.text[:start]) or (
            0 < lead <= start and _FRAME.fullmatch(sentence.text, lead, start)
        ):
            return place if _FRAME_END.match(rest) else None
        if _ENTRY_HEAD.fullmatch(sentence.text[:start]) and _HEADING_END.match(rest):
            return place  # "14:05 — Hasakah: ...", "Negros: Troops ...": an entry's heading
    return None


# what may come before a heading: a bullet, a time stamp ("14:05 —", "0910 GMT:")
_ENTRY_HEAD = re.compile(rf"\s*(?:[\u2022*\u2013\u2014-]\s*)?(?:{TIME_STAMP}\s*)?")
_HEADING_END = re.compile(r"(?:\s+(?:countryside|province|region|state|district|city))?\s*:\s")


def _story_place(located: Sequence[Place]) -> Event | None:
    """The town the story is about (most often named), as a stand-in event for borrowing."""
    towns = [p for p in located if (p.feature or "city") == "city" and p.geonameid is not None]
    if not towns:
        return None
    counts: dict = {}
    for place in towns:
        counts[place.geonameid] = counts.get(place.geonameid, 0) + 1
    best = max(counts.values())
    if best < 2:
        return None
    place = next(p for p in towns if counts[p.geonameid] == best)
    return _stand_in(place, 1, "the town the story is about")


# what keeps a town from being the target of a threat the sentence tells
_CLAUSE_BREAK = re.compile(
    r"\b(?:until|unless|because|after|before|while|since|as long as|in response to|solidarity)\b",
    re.I,
)  # "... would continue until the aggression against Gaza stops": another clause
_NOT_TARGET_BEFORE = re.compile(r"\b(?:against|until|with|from)\s+(?:the\s+)?$", re.I)
# "until Bastar is free of Maoists", "until the town of Sittwe is liberated": the town the
# vow is about, not another clause
_UNTIL_BEFORE = re.compile(
    r"\buntil\s+(?:the\s+(?:town|city|village|district|region|province|state)\s+of\s+)?$", re.I
)
_FREED_AFTER = re.compile(
    r"(?:'s\s+\w+)?\s+(?:is|are|has\s+been|have\s+been|was)\s+(?:(?:fully|completely|entirely)\s+)?"
    r"(?:free|freed|liberated|cleared|retaken|recaptured|back\s+in)\b",
    re.I,
)
_SUBJECT_AFTER = re.compile(
    r"(?:'s)?\s+(?:would|will|has|had|is|was|said|says|could|may|might|must|shall|should"
    r"|warned|threatened|vowed|accused|denied)\b"
)  # "Ankara would launch a ground operation": a government, not a target


def _threatened_town(
    sentence: Sentence, places: Sequence[Place], text: str, trigger: Trigger
) -> Place | None:
    """The one town a threat, vow or plan names, when the link found no place on the trigger.

    "Convoys bound for Mopti would be attacked", "ships calling at Odesa
    will be sunk": the threatened event is at the only town of the sentence,
    unless that town is the speaker's ("said in Bamako"), the subject
    ("Ankara would launch ..."), what the action is against or comes from,
    or sits in another clause ("until the siege of Gaza is lifted").
    """
    offset = sentence.start
    towns = []
    for place in places:
        if place.lat is None or (place.feature or "city") not in ("city", "district", "admin2"):
            continue
        low, high = sorted((trigger.end, place.start - offset))
        if _UNTIL_BEFORE.search(text, max(0, place.start - 40), place.start) and _FREED_AFTER.match(
            text, place.end
        ):
            towns.append(place)  # "operations will continue until Bastar is free": at stake
            continue
        if (
            speaks_from(text, place)
            or _CLAUSE_BREAK.search(sentence.text, low, high)
            or _NOT_TARGET_BEFORE.search(text, max(0, place.start - 30), place.start)
            or (
                _SUBJECT_AFTER.match(text, place.end)
                and not PREPOSITION_BEFORE.search(text, max(0, place.start - 30), place.start)
            )
        ):
            continue
        towns.append(place)
    return towns[0] if len({p.geonameid or p.name for p in towns}) == 1 else None


def _placed(event: Event) -> bool:
    """Whether the event has a place on the map (a town, a region, or a sea without an id)."""
    return event.latitude is not None and event.longitude is not None


# a future or a vow in the trigger's clause: "will not give up", "vowed never to abandon"
_VOWED = re.compile(
    r"\b(?:will|would|shall|won't|never|vow\w*|pledg\w*|promis\w*|swore|swear\w*)\b[^.;]*$"
    r"|'ll\b[^.;]*$",
    re.I,
)
_DAYS_AFTER = re.compile(
    r"\b(?:the\s+(?:next|following)\s+day|the\s+day\s+after|(?P<count>a|one|two|three|four|"
    r"five|\d)\s+days?\s+later)\b",
    re.I,
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _date_of_paragraph(event: Event, last: Event | None, before: str = "") -> Event:
    """An event whose sentence gives no date happened when the paragraph's last event did.

    "Residents marched on Friday. Police opened fire, killing one": the
    shooting is Friday's, not the article's date. "The next day" or "two
    days later" before the trigger count on from that date.
    """
    if last is None or event.extra.get("date_cue") or last.event_date is None:
        return event
    day, precision = last.event_date, last.time_precision
    later = _DAYS_AFTER.search(before)
    if later is not None and precision == 1:
        count = later.group("count")
        days = 1 if count is None else int(_COUNTS.get(count.lower(), count))
        day = (date.fromisoformat(day) + timedelta(days=days)).isoformat()
        extra = {**event.extra, "date_cue": later.group()}
        return replace(
            event, event_date=day, year=int(day[:4]), time_precision=precision, extra=extra
        )
    return replace(event, event_date=day, year=last.year, time_precision=precision)


_HARMFUL_TYPES = frozenset(["Battles", "Explosions/Remote violence", "Violence against civilians"])


def _country_wide(event: Event, sentence: str) -> bool:
    """Whether ``event`` is a fight or strike told only as somewhere in a whole country.

    "Russia launched 60 drones at Ukraine overnight", "warplanes struck targets
    across Yemen": a volley or a campaign, whose events are the strikes told
    where they hit. As ACLED does, a violent event that cannot be placed below
    the country is not recorded; threats and plans against a country are.
    """
    if not (
        event.modality == "asserted"
        and event.event_type in _HARMFUL_TYPES
        and event.country is not None
        and event.location == event.country
        and event.admin1 is None
        and event.location_raw
    ):
        return False
    # "a drone attack killed three soldiers at a base in Jordan" is placed: a site
    # in the country; "60 drones at Ukraine", "targets across Yemen" are not
    return any(
        _AT_A_COUNTRY.search(sentence, 0, m.start())
        for m in re.finditer(re.escape(event.location_raw), sentence)
    )


_AT_A_COUNTRY = re.compile(
    r"\b(?:at|across|throughout|against|all\s+over|inside)\s+$"
    # "drones attacked southern Russia", "a drone attack on southern and western Russia"
    r"|\b(?:on|attacked|struck|hit)\s+(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
    r"|central)\s+(?:and\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)\s+)?)?$",
    re.I,
)


def _toll_target(
    event: Event, prior: Event | None, trigger: Trigger, events: Sequence[Event]
) -> Event | None:
    """The event whose toll ``event`` tells: the paragraph's last event, or another event
    of its sentence, such as a place listed with it ("struck the ports of Salif and
    Hodeidah")."""
    if prior is None:
        return None
    told = prior.extra.get("sentence")
    same = [e for e in events if e is not prior and e.extra.get("sentence") == told]
    for candidate in (prior, *same):
        if _toll_of(event, candidate, trigger):
            return candidate
    return None


def _toll_of(event: Event, prior: Event | None, trigger: Trigger) -> bool:
    """Whether a killing by nobody named is the toll of the paragraph's last event.

    "Israeli jets struck the headquarters in Damascus. Three people were
    killed in the capital": the deaths told right after a strike, a battle
    or an attack at the same place are its toll, not a second event.
    """
    if prior is None or trigger.entry.trigger_class != "kill" or event.actor1 is not None:
        return False
    if prior.event_type not in _HARMFUL_TYPES or prior.modality != event.modality:
        return False
    if event.extra.get("sentence", -1) - prior.extra.get("sentence", -9) != 1:
        return False
    if event.extra.get("date_cue") and event.event_date != prior.event_date:
        return False  # "... clashes on 12 October. The next day, eight men were shot": later
    return event.geonameid is not None and event.geonameid == prior.geonameid


def _damage_of_violence(built: list[tuple], sentence: str) -> list[tuple]:
    """Fire, looting or destruction told with an attack in its sentence is the attack's damage.

    ACLED codes property destruction that is part of a larger event as that
    event: "a drone hit the airport in Kassala and set a fuel tank on fire"
    is one air strike, "gunmen opened fire on worshippers, then set houses
    alight" one attack, "students threw rocks at police and set fire to a
    police post" one riot. Damage told first, at another town than a killing told after
    it, is an event of its own ("shops were burned in X, and three people were
    shot dead in Y").
    """
    harmful = [b for b in built if b[1].event_type in (*_HARMFUL_TYPES, "Riots")]
    if not harmful:
        return built
    return [
        b
        for b in built
        if not (
            b[0].entry.trigger_class == "looting"
            and b[1].event_type == "Strategic developments"  # a mob's arson is its riot
            and any(
                h[1].modality == b[1].modality
                # "burned houses in a village after a clash with ...": a later act of its own
                and not (
                    h[0].start > b[0].start and _AFTER_AN_EVENT.search(sentence, 0, h[0].start)
                )
                and (
                    h[0].start < b[0].start
                    or h[0].entry.trigger_class != "kill"
                    or _same_or_unknown_place(h[1], b[1])
                )
                for h in harmful
            )
        )
    ]


_AFTER_AN_EVENT = re.compile(
    r"\bafter\s+(?:an?|the|heavy|fierce|hours\s+of)\s+(?:[\w'-]+\s+){0,2}$", re.I
)


def _same_or_unknown_place(one: Event, other: Event) -> bool:
    """Whether two events of a sentence may be at one place: the same, or either unknown."""
    if not _placed(one) or not _placed(other):
        return True
    return (one.geonameid or one.location) == (other.geonameid or other.location)


def _arson_that_hurt_people(built: list[tuple], sentence: str) -> list[tuple]:
    """Arson or looting whose sentence tells people hurt is an attack on civilians.

    "Settlers set fire to two homes and a car, injuring seven": people were
    attacked and the arson is part of it; with nobody hurt it is property
    destruction. Run after the damage of other violence has been folded.
    """
    if not _PEOPLE_HURT.search(sentence) or _NOBODY_HURT.search(sentence):
        return built
    return [
        (b[0], _as_attack_on_civilians(b[1]), *b[2:])
        if b[1].sub_event_type == "Looting/property destruction"  # "attacked X, setting fire"
        and b[1].actor1_type not in ("Rioters", "Protesters")
        else b
        for b in built
    ]


def _arson_hurt_people_next(events: list[Event], sentences: Sequence[Sentence]) -> list[Event]:
    """Arson or looting followed by a sentence that only tells people hurt is an attack.

    "Settlers attacked the village, setting fire to two cars and a barn. Three
    villagers were injured.": the people hurt are the arson's victims, told in a
    sentence of their own; armed men hurt ("Two soldiers were wounded") are not.
    """
    told = {s.index: s for s in sentences}
    out = []
    for event in events:
        here = told.get(event.extra.get("sentence", -1))
        after = told.get(here.index + 1) if here is not None else None
        if (
            event.sub_event_type == "Looting/property destruction"
            and event.modality == "asserted"
            and event.actor1_type not in ("Rioters", "Protesters")
            and after is not None
            and after.paragraph == here.paragraph
            and (hurt := _HURT_TOLL.match(after.text)) is not None
            and not _NOBODY_HURT.search(after.text)
            and not armed_victims(after.text[: hurt.start("verb")])
            and not find_triggers(after.text)
        ):
            event = _as_attack_on_civilians(event)
        out.append(event)
    return out


# a sentence that counts people hurt: "Three Palestinians were injured."
_HURT_TOLL = re.compile(
    r"\W*(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"dozens\s+of|many|a|an)\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+(?:also\s+)?"
    r"(?P<verb>injured|wounded|hurt|beaten)\b",
    re.I,
)


# what bombers carry: "seized two explosive belts and improvised explosive devices"
_EXPLOSIVES = re.compile(
    r"\b(?:explosive\s+(?:belts?|vests?|devices?)|suicide\s+(?:belts?|vests?)|explosives|IEDs?|"
    r"car\s+bombs?|bomb-making|detonators?)\b",
    re.I,
)
_SUICIDE_GEAR = re.compile(r"\b(?:explosive|suicide)\s+(?:belts?|vests?)\b", re.I)


def _bombings_planned_with_explosives(
    built: list[tuple], sentence: str, before: str
) -> list[tuple]:
    """A planned attack that names no weapon, told where its planners' explosives were found,
    is a planned bombing ("seized explosive belts ... The cell had been planning attacks on
    churches"): ACLED's explosions, a suicide bomb where belts or vests were found."""
    told = f"{before} {sentence}"
    if not _EXPLOSIVES.search(told):
        return built
    sub = "Suicide bomb" if _SUICIDE_GEAR.search(told) else "Remote explosive/landmine/IED"
    fields = {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": sub,
        "disorder_type": DISORDER["Explosions/Remote violence"],
    }
    out = []
    for trigger, event, direct, extras in built:
        if (
            event.modality == "hypothetical"
            and event.modality_detail in ("plan", "plot")
            and event.event_type in ("Violence against civilians", "Battles")
            and (event.extra.get("generic") or event.extra.get("class") == "target")
            and instrument(trigger_clause(sentence, (trigger.start, trigger.end))) is None
        ):
            event = replace(event, **fields)
            extras = [replace(e, **fields) for e in extras]
        out.append((trigger, event, direct, extras))
    return out


def _homes_burned_by_a_militia(built: list[tuple], sentence: str) -> list[tuple]:
    """A militia's arson of people's homes is an attack on civilians.

    "Settlers set fire to two homes and a car in Duma": a militia that burns
    the houses of a village attacks the people who live there; cars, barns or
    a mosque burned, or houses left empty ("after their owners fled"), are
    property destroyed. Rebels and state forces that burn houses are coded
    by what else the sentence tells, and so are gangs (:func:`predator_names`)
    and armed men the text does not name, whose arson reads as plunder.
    """
    if not _HOMES_BURNED.search(sentence) or _HOMES_EMPTY.search(sentence):
        return built
    return [
        (b[0], _as_attack_on_civilians(b[1]), *b[2:])
        if b[1].sub_event_type == "Looting/property destruction"
        and b[1].actor1_type in _MILITIAS
        and _named_militia(b[1].actor1)
        and b[0].entry.lemma in _ARSON_LEMMAS
        else b
        for b in built
    ]


def _stones_thrown_by_a_militia(built: list[tuple]) -> list[tuple]:
    """Stones a named militia throws at people are an attack on them, not a riot.

    "Settlers set fire to two cars and threw stones at residents": a crowd
    throwing stones riots; an armed group that raids a village and stones its
    people attacks civilians (gangs and unnamed armed men as in
    :func:`_homes_burned_by_a_militia`).
    """
    return [
        (b[0], _as_attack_on_civilians(b[1]), *b[2:])
        if b[0].entry.trigger_class == "riot"
        and b[1].event_type == "Riots"
        and b[1].actor1_type in _MILITIAS
        and _named_militia(b[1].actor1)
        else b
        for b in built
    ]


def _named_militia(actor: str | None) -> bool:
    if actor is None or actor.startswith("Unidentified"):
        return False
    return not is_predator(actor)


_MILITIAS = ("Political militia", "Identity militia")
_ARSON_LEMMAS = frozenset(["set fire", "torch", "burn", "set ablaze", "arson"])
_HOMES_BURNED = re.compile(
    r"\b(?:homes?|houses?|farmhouses?|dwellings?)\b(?!\s+of\s+(?:worship|parliament))", re.I
)
_HOMES_EMPTY = re.compile(
    r"\b(?:empty|abandoned|deserted|unoccupied|vacant)\b|\bafter\s+(?:their\s+)?"
    r"(?:residents|owners|occupants|families|villagers|inhabitants)\s+(?:had\s+)?fled\b",
    re.I,
)


def _as_attack_on_civilians(event: Event) -> Event:
    return replace(
        event,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        disorder_type="Political violence",
        civilian_targeting=True,
    )


_PEOPLE_HURT = re.compile(
    r"\b(?:injur(?:ed|ing)|wounding|hurt|treated\s+for|hospitali[sz]ed)\b"
    # "beat three of them", "were beaten"; not "beat back an assault"
    r"|\bbeat(?:en|ing)?\b(?!\s+(?:back|off|a\s+retreat)\b)"
    r"|\b(?:was|were|been)\s+(?:\w+\s+)?wounded\b",
    re.I,
)
_NOBODY_HURT = re.compile(
    r"\b(?:nobody|no\s+one|none)\s+(?:was|were)\s+(?:injured|hurt|wounded)\b|"
    r"\bno\s+(?:injuries|casualties)\b",
    re.I,
)


def _one_assault_on_civilians(built: list[tuple]) -> list[tuple]:
    """Shooting told with an attack on civilians in its sentence is that attack.

    "Gunmen burst into a bar and opened fire, killing seven people": the
    shots are the attack on the bar's customers, not a clash with no one
    named to fight back.
    """
    return _absorbed(
        built,
        account=lambda b: (
            b[1].event_type == "Violence against civilians" and b[1].sub_event_type == "Attack"
        ),
        part=lambda b: (
            b[1].event_type == "Battles"
            and b[1].sub_event_type == "Armed clash"
            and b[1].actor2 is None
            and b[0].entry.trigger_class in ("attack", "kill")
        ),
    )


def _suicide_bombing_then_assault(built: list[tuple]) -> list[tuple]:
    """A suicide bombing and the assault that came with it, in one sentence, are one attack.

    "A bomber rammed an explosives-laden vehicle into the camp's wall before
    gunmen tried to storm it": a complex attack, coded (as ACLED does) by the
    bombing that opened it; the storming is not a second event.
    """
    return _absorbed(
        built,
        account=lambda b: b[1].sub_event_type == "Suicide bomb",
        part=lambda b: (
            b[1].event_type == "Battles"
            and b[0].entry.trigger_class in ("territory", "attack", "clash")
        ),
    )


def _absorbed(built: list[tuple], *, account, part) -> list[tuple]:
    """``built`` without the events ``part`` picks that share their modality and place
    with an event ``account`` picks: one sentence's parts of a single event."""
    scenes = {_scene(b[1]) for b in built if account(b)}
    if not scenes:
        return built
    return [b for b in built if not (part(b) and _scene(b[1]) in scenes)]


def _scene(event: Event) -> tuple:
    return event.modality, event.geonameid, event.location


_THE_ATTACKERS = re.compile(rf"\b(?:the|these|those)\s+(?:[\w-]+\s+)?{ASSAILANTS}\b[^.;]*$", re.I)


def _damage_by_the_attackers(trigger: Trigger, sentence: str, events: list[Event]) -> bool:
    """Destruction by "the attackers" of an attack told before is that attack's damage.

    "Gunmen stormed Djibo ... The attackers freed prisoners and set fire to the
    governor's office": ACLED codes the arson as part of the attack, and so
    military hardware burned or destroyed in the battle just told ("burned two
    armoured vehicles").
    """
    if trigger.entry.trigger_class != "looting":
        return False
    if not any(e.event_type in _HARMFUL_TYPES and e.modality == "asserted" for e in events):
        return False
    fight = events[-1].event_type == "Battles" and events[-1].modality == "asserted"
    if fight and _WAR_MATERIEL.search(sentence[trigger.start : trigger.end + 50]):
        return True  # "claimed it had burned two armoured vehicles": hardware lost in the fight
    return _THE_ATTACKERS.search(sentence[max(0, trigger.start - 80) : trigger.start]) is not None


_RECOVERED = re.compile(r"\b(?:found|discovered|recovered|seized)\b", re.I)


def _spoils_of_the_fight(trigger: Trigger, sentence: str, prior: Event | None) -> bool:
    """Arms found after a fight or an arrest just told are part of it, not an event.

    "Three insurgents were killed in a gunfight ... Two rifles and a stock of
    explosives were recovered", "arrested six men ... explosives were found
    with them": ACLED codes the gunfight or the arrest; explosives defused or
    drones shot down stay events of their own.
    """
    return (
        trigger.entry.trigger_class == "disrupted"
        and prior is not None
        and (prior.event_type == "Battles" or prior.sub_event_type == "Arrests")
        and prior.modality == "asserted"
        and _RECOVERED.search(sentence, trigger.start, trigger.end) is not None
    )


# "pursuing the attackers", "chased the gunmen": the perpetrators of an event told before
_PURSUIT_OF_PERPETRATORS = re.compile(
    r"(?:pursu|chas|hunt)\w*\s+the\s+(?:attackers|assailants|gunmen|perpetrators|raiders|kidnappers)",
    re.I,
)


def _pursuit_of_the_perpetrators(trigger: Trigger, event: Event) -> bool:
    """Troops who pursue "the attackers" follow up the attack told, no event of its own.

    "The army said it was pursuing the attackers towards the border": ACLED
    codes the attack; a pursuit only threatened or planned ("will pursue the
    militants into Somalia") stays an event.
    """
    return (
        event.modality == "asserted"
        and trigger.entry.trigger_class == "clash"
        and _PURSUIT_OF_PERPETRATORS.fullmatch(trigger.text) is not None
    )


# "to arrest the killers", "demand the arrest of those responsible", "more arrests would
# follow": justice sought for an event told, or arrests still to come after one
_ARREST_OF_PERPETRATORS = re.compile(
    r"\s+(?:of\s+)?(?:the|those|all\s+the)\s+(?:(?:[\w-]+\s+){0,2}(?:killers|attackers|assailants|"
    r"perpetrators|culprits|murderers|gunmen|kidnappers|abductors)|responsible|behind)\b"
    r"|\s+(?:would|will|could|may)\s+follow\b",
    re.I,
)


def _justice_sought(trigger: Trigger, event: Event, text: str) -> bool:
    """Arrests only sought or expected for an event told are not a threatened arrest.

    "calling on security agencies to arrest the killers", "demand the arrest of
    those responsible", "more arrests would follow": ACLED codes the attack or
    the arrests made; a threat to arrest whoever does something ("anyone found
    with weapons will be arrested") stays an event.
    """
    return (
        event.modality == "hypothetical"
        and event.sub_event_type == "Arrests"
        and _ARREST_OF_PERPETRATORS.match(text, trigger.end) is not None
    )


_INTERVENED = "Protest with intervention"


def _held_at_the_protest(trigger: Trigger, prior: Event | None) -> bool:
    """Arrests told after a protest or riot in the paragraph, without a place or at its
    own, are part of it.

    "Riot police pushed demonstrators off the avenue ... Police said 14 officers
    were hurt and 11 people were detained": ACLED codes the protest's intervention.
    """
    return (
        trigger.entry.trigger_class == "arrest"
        and prior is not None
        and prior.modality == "asserted"
        and prior.event_type in ("Protests", "Riots")
    )


def _same_site(event: Event, other: Event) -> bool:
    """Whether two events are placed at the same point."""
    return _placed(event) and (event.latitude, event.longitude) == (
        other.latitude,
        other.longitude,
    )


def _burned_in_it(trigger: Trigger, sentence: str, prior: Event | None) -> bool:
    """Property burned, with no one named who burned it, in the paragraph of a violent
    event just told is that event's damage ("JNIM ambushed a convoy ... The army said
    seven soldiers were killed and 12 tankers were set on fire")."""
    return (
        trigger.entry.trigger_class == "looting"
        and prior is not None
        and prior.modality == "asserted"
        and prior.event_type in _HARMFUL_TYPES
        and PASSIVE_BEFORE.search(sentence, 0, trigger.start) is not None
        and not _BY_SOMEONE.match(sentence, trigger.end)
    )


_BY_SOMEONE = re.compile(r"[^,;.]{0,40}?\bby\b", re.I)
_WAR_MATERIEL = re.compile(
    r"^\S+(?:\s+\S+)?\s+(?:(?:an?|the|two|three|four|five|several|\d+|its|their|his|of\s+the|"
    r"some)\s+)*(?:[\w-]+\s+)?(?:armou?red\s+(?:vehicles?|personnel\s+carriers?|cars?)|tanks|tank|"
    r"military\s+(?:vehicles?|trucks?)|army\s+(?:vehicles?|trucks?)|gun\s+trucks?|technicals|"
    r"APCs?)\b",
    re.I,
)


def _protest_arrests(built: list[tuple]) -> list[tuple]:
    """Arrests told with a protest or riot are its intervention, not an event of their own.

    "Police detained 150 protesters in Yerevan as supporters blocked streets
    across the capital", "police arrested 35 people after a crowd set fire to
    a toll booth": the protest takes the arrests' place when it names none
    itself.
    """
    protests = [
        b
        for b in built
        if (b[0].entry.trigger_class == "protest" or b[1].event_type == "Riots")
        # "troops raided Tubas, detaining 14 and blocking the roads": armed men's roadblocks
        # are no protest for the arrests to be part of
        and not (b[0].entry.lemma == "block roads" and b[1].actor1_type in ARMED_TYPES)
    ]
    arrests = [
        b
        for b in built
        if b[0].entry.trigger_class == "arrest"
        # a riot takes the arrests of its crowd, not "protesters angered by the arrest of a
        # local leader clashed with police", an arrest of its own
        and (
            b[1].event_type == "Protests"
            or any(p[0].entry.trigger_class == "protest" for p in protests)
        )
    ]
    if not protests or not arrests:
        return built
    placed = next((b for b in arrests if _placed(b[1])), None)
    sites = {b[1].geonameid for b in protests if _placed(b[1])}
    out = []
    for item in built:
        trigger, event, direct, extras = item
        elsewhere = _placed(event) and sites and event.geonameid not in sites
        if item in arrests and not elsewhere:
            continue  # "marched in Ramallah, and troops arrested 15 near Jenin": two events
        if item in protests and not _placed(event) and placed:
            event = replace(event, **{f: getattr(placed[1], f) for f in _PLACE_FIELDS})
        out.append((trigger, event, direct, extras))
    return out


def _rounded_up_and_killed(built: list[tuple]) -> list[tuple]:
    """Men rounded up and killed in one sentence were killed, not arrested.

    "Gunmen rounded up men in the village square and shot them", "soldiers
    executed eight men rounded up at the market": one attack on civilians.
    """
    killed = {b[1].modality for b in built if b[0].entry.trigger_class in ("kill", "attack")}
    return [b for b in built if not (b[0].entry.lemma == "round up" and b[1].modality in killed)]


_INTERCEPTED = re.compile(
    r"\b(?:was|were|had\s+been|have\s+been)\s+(?:[\w-]+\s+)?(?:intercepted|shot\s+down|downed|"
    r"destroyed\s+in\s+(?:the\s+)?(?:air|flight))\b"
    # "fired a missile at an airbase, which the military said it intercepted"
    r"|,\s+which\s+(?:[\w'-]+\s+){1,6}?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:intercepted|shot\s+down|downed)\b",
    re.I,
)
_GOT_THROUGH = re.compile(
    r"\b(?:hit|struck|landed|killed|killing|wounded|wounding|injured|injuring|damaged|"
    r"damaging|exploded|fell\s+(?:on|in|near)|hurt|casualties)\b"
    r"|\b(?:most|some|several|many|part|all\s+but\s+\w+|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+(?:of\s+(?:them|it|the\s+\w+)\s+)?"
    r"(?:[\w-]+\s+)?"
    r"(?:were|was|had\s+been)\s+(?:[\w-]+\s+)?(?:intercepted|shot\s+down|downed)\b",
    re.I,
)


def _tolls_of_their_own_events(built: list[tuple], sentence: str) -> list[tuple]:
    """Each fatality figure of a sentence that tells events at several places counts
    for the place of the trigger nearest it ("a car bomb exploded in Beledweyne,
    killing seven people, and in Mogadishu gunmen shot dead five guests": seven and
    five, not five for both). Triggers at one place tell one event and share its
    figures; strategic developments count no dead; a place no figure is nearest to
    keeps none.
    """
    violent = [i for i, item in enumerate(built) if item[1].fatalities is not None]
    if len({_site(built[i][1]) for i in violent}) < 2:
        return built
    tolls: dict[object, list[int]] = {}
    for figure in fatality_figures(sentence):
        gaps = {i: _gap_to_figure(built[i][0], figure, sentence) for i in violent}
        nearest = min(gaps.values())
        if nearest == float("inf"):
            continue
        for site in {_site(built[i][1]) for i in violent if gaps[i] == nearest}:
            tolls.setdefault(site, []).append(figure.value)
    out = []
    for trigger, event, *rest in built:
        if event.fatalities is not None:
            values = tolls.get(_site(event))
            event = replace(event, fatalities=min(values) if values else None)
        out.append((trigger, event, *rest))
    return out


def _gap_to_figure(trigger: Trigger, figure: FatalityFigure, sentence: str) -> float:
    """How far a fatality figure lies from a trigger, in characters (inf: not its toll).

    "..., killing seven people": a figure told after its verb is the toll of the
    event told before it; "seven people were killed when ...", of the nearest
    either way. The figure's own verb ("gunmen shot dead five guests") is at
    distance 0, but not a participle that tells the toll of the event before it
    ("set a building ablaze, killing three").
    """
    if trigger.start < figure.end and figure.start < trigger.end:
        participle = trigger.text.lower().endswith("ing")
        if participle and _AFTER_COMMA.search(sentence, 0, trigger.start):
            return float("inf")
        return 0
    if trigger.end <= figure.start:
        return figure.start - trigger.end
    return trigger.start - figure.end if figure.number_first else float("inf")


_AFTER_COMMA = re.compile(r",\s*$")


def _site(event: Event) -> object:
    """Where an event is placed, as a key: its id, else its point, else its name."""
    if event.geonameid is not None:
        return event.geonameid
    if event.latitude is not None:
        return (round(event.latitude, 3), round(event.longitude, 3))
    return event.location


def _stopped_in_flight(built: list[tuple], sentence: str) -> list[tuple]:
    """A missile or drone fired at a place and intercepted, in one sentence, is a
    disrupted weapon use there ("fired a ballistic missile at Eilat; the military said
    the missile was intercepted before it reached the city"), unless it got through.
    Of several launches, the interception told after the last is that launch's
    ("claimed the attack and said they had also fired a missile at an airbase,
    which the military said it intercepted"). A launch told as the object of the
    interception is stopped too ("intercepted a missile fired from Yemen towards
    Eilat")."""
    launches = [
        b
        for b in built
        if b[1].event_type == "Explosions/Remote violence" and b[1].modality == "asserted"
    ]
    if not launches:
        return built
    launch = max(launches, key=lambda b: b[0].start)
    trigger = launch[0]
    stopped = _INTERCEPTED.search(sentence, trigger.end) or _INTERCEPTED_BEFORE.search(
        sentence[: trigger.start]
    )
    if not stopped or _GOT_THROUGH.search(sentence, trigger.end):
        return built
    out = []
    for item in built:
        told, event, direct, extras = item
        if told.entry.trigger_class == "disrupted" and event.event_type == "Strategic developments":
            continue  # the interception is the launch's outcome, told once
        if item is launch:
            event = _as_development(event, "Disrupted weapons use")
        out.append((told, event, direct, extras))
    return out


_INTERCEPTED_BEFORE = re.compile(
    r"\b(?:intercepted|shot\s+down|downed)\s+(?:(?:a|an|the|one|two|three|four|five|six|\d+)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|rockets?|projectiles?|UAVs?)\s+"
    r"(?:that\s+(?:was|were|had\s+been)\s+)?$",
    re.I,
)
_LAUNCHES = frozenset(["Shelling/artillery/missile attack", "Air/drone strike"])
_LAUNCHED = re.compile(r"(?:fired|firing|launched|launching)\b", re.I)  # not "a fire"


def _stopped_after_launch(
    event: Event, prior: Event | None, trigger: Trigger, sentence: str
) -> bool:
    """Whether ``event`` is the interception of the missile or drone launch told just before.

    "The group had fired a ballistic missile at Eilat. The Israeli military
    said the missile was intercepted before it reached Israeli territory":
    one attack, stopped in flight (a disrupted weapon use at its target),
    unless the second sentence says it got through.
    """
    if prior is None or trigger.entry.trigger_class != "disrupted":
        return False
    if event.modality != "asserted" or prior.modality != "asserted":
        return False
    if prior.event_type != "Explosions/Remote violence" or prior.sub_event_type not in _LAUNCHES:
        return False
    if not _LAUNCHED.match(prior.trigger or ""):
        return False  # "drones hit the air base. Several others were shot down": it got through
    same_place = (event.geonameid, event.location) == (prior.geonameid, prior.location)
    return same_place and not _GOT_THROUGH.search(sentence)


def _as_development(event: Event, sub_event_type: str) -> Event:
    """``event`` recoded as a strategic development of ``sub_event_type``."""
    return replace(
        event,
        event_type="Strategic developments",
        sub_event_type=sub_event_type,
        disorder_type=DISORDER["Strategic developments"],
        civilian_targeting=False,
    )


def _raid_arrests(built: list[tuple]) -> list[tuple]:
    """A raid, an entry or a weapons find told with the arrests it made is that arrest operation.

    "Police raided the offices of opposition parties and arrested their
    leader": one arrest, not an armed clash, unless someone died; "troops
    entered the village before dawn, searched homes and detained three young
    men": an incursion that took no ground but people, one arrest; "arrested
    four men and seized rifles and a grenade launcher": one arrest.
    """
    if not any(b[0].entry.trigger_class == "arrest" for b in built):
        return built
    folded = [
        b
        for b in built
        if (b[0].entry.lemma in _RAIDS and not b[1].fatalities) or b[0].entry.lemma in _FINDS
    ]  # "arrested two men and seized a launcher"
    site = next((b[1] for b in folded if _placed(b[1])), None)
    out = []
    for trigger, event, direct, extras in built:
        if any(trigger is b[0] for b in folded):
            continue
        if trigger.entry.trigger_class == "arrest" and not _placed(event) and site is not None:
            # "raided the Kessler refugee camp, arresting 15": made where the raid was
            event = replace(event, **{f: getattr(site, f) for f in _PLACE_FIELDS})
        out.append((trigger, event, direct, extras))
    return out


_RAIDS = frozenset(["raid", "enter", "incursion", "move into", "walk into", "roll into", "storm"])
_FINDS = frozenset(["weapons found", "weapons disabled"])


def _arrests_that_disappeared(built: list[tuple]) -> list[tuple]:
    """An arrest told with the disappearance of those arrested is that abduction.

    "Partners documented the arrest and disappearance of 17 young men": people
    taken and not seen again (ACLED's forced disappearance), one event.
    """
    if not any(b[0].entry.lemma == "disappearance" for b in built):
        return built
    return [b for b in built if b[0].entry.trigger_class != "arrest"]


_PLACE_FIELDS = (
    "location", "location_raw", "geonameid", "admin1", "country", "iso3", "latitude",
    "longitude", "geo_precision", "geo_method",
)  # fmt: skip


def _place_under(places: Sequence[Place], offset: int):
    """A test of whether a parse token's subtree holds one of ``places``."""

    def test(token) -> bool:
        start = token.left_edge.idx
        end = token.right_edge.idx + len(token.right_edge)
        return any(start <= p.start - offset and p.end - offset <= end for p in places)

    return test


# the people of a place, who fear for it: "community leaders in Kornoi fear a new assault"
_LOCALS = re.compile(
    r"\b(?:residents?|villagers?|communit(?:y|ies)|elders?|people|families|locals|"
    r"inhabitants|farmers|traders)\b[^.;]*$",
    re.I,
)


def _feared_from_afar(event: Event, sentence: Sentence, trigger: Trigger) -> bool:
    """Whether a feared event's only place is where those who fear it sit.

    "Partners in Goma and Kinshasa fear a new offensive": the place before
    the fear, not named by its people ("residents of X fear an attack"), is
    no place of the feared event.
    """
    at = _mention_start(event, sentence)
    if at is None or at > trigger.start:
        return False
    return not _LOCALS.search(sentence.text, 0, at)


def _mention_start(event: Event, sentence: Sentence) -> int | None:
    """Offset in the sentence of the place mention the event was linked to."""
    if not event.location_raw:
        return None
    found = sentence.text.find(event.location_raw)
    return found if found >= 0 else None


def _feature(event: Event, located: Sequence[Place]) -> str | None:
    return next((p.feature for p in located if p.geonameid == event.geonameid), None)


def _event_at(events: list[Event], place: Place | None) -> Event | None:
    """The latest event at ``place``."""
    if place is None:
        return None
    return next((e for e in reversed(events) if e.geonameid == place.geonameid), None)


def _event_place(event: Event, located: Sequence[Place]) -> Place:
    for place in located:
        if (place.geonameid, place.lat, place.lon) == (
            event.geonameid,
            event.latitude,
            event.longitude,
        ) or (place.geonameid is not None and place.geonameid == event.geonameid):
            return place
    return Place(0, 0, event.location or "", name=event.location, geonameid=event.geonameid,
                 feature="city", lat=event.latitude, lon=event.longitude)  # fmt: skip


def _parse_all(nlp, sentences: list[Sentence], places: Sequence[Place]) -> dict:
    """Parse, in one batch, the sentences that hold a trigger and a place."""
    wanted = [s for s in sentences if _quick_candidates(s, places)]
    if not wanted:
        return {}
    texts = [s.text for s in wanted]
    parsed = list(nlp.pipe(texts)) if hasattr(nlp, "pipe") else [nlp(t) for t in texts]
    return {s.index: doc for s, doc in zip(wanted, parsed, strict=True)}


def _quick_candidates(sentence: Sentence, places: Sequence[Place]) -> bool:
    """Whether a sentence is worth parsing: it holds a trigger, and a place or a clause cue.

    A sentence without a place is parsed when it has a condition, negation
    or intent word: its event may borrow the paragraph's place, and telling
    "if the navy kept shelling" from a shelling needs the parse.
    """
    starts = [p.start - sentence.start for p in places if sentence.start <= p.start < sentence.end]
    if not starts and not has_cue(sentence.text):
        return False
    return any(_may_hold(t, sentence.text, starts) for t in find_triggers(sentence.text))


_PASSIVE_BE = re.compile(r"\b(?:be|been|was|were|is|are)\s+[\"'\u201c\u2018]?(?:\w+ly\s+)?$", re.I)


def _may_hold(trigger: Trigger, text: str, starts: list[int]) -> bool:
    """A cheap look at what a trigger's entry requires ("took place in" is no capture)."""
    entry = trigger.entry
    if entry.requires_place_object and _PASSIVE_BE.search(text, 0, trigger.start):
        # "Mirebalais would be 'taken again'": the place is the passive's subject
        return any(trigger.start - 45 <= s <= trigger.end + 45 for s in starts)
    if entry.requires_place_prep and anaphor_prep_after(text, trigger.end):
        return bool(starts)  # "In Khan Younis, tanks advanced into the eastern part of the city"
    if entry.requires_place_object or entry.requires_place_prep:
        return any(trigger.end <= s <= trigger.end + 45 for s in starts)
    if entry.requires_instrument:
        return bool(starts) or instrument(text) is not None
    return True


_QUESTION = re.compile(r"^\W*(?:Q|Question)\s*[:.\u2013\u2014-]\s", re.I)
_ANSWER = re.compile(r"^\W*(?:A|Answer)\s*[:.\u2013\u2014-]\s", re.I)


def _answers_to_questions(sentences: list[Sentence]) -> dict[int, str]:
    """The opening of the answer to each sentence of an interviewer's question.

    In a transcript ("Q: There were reports that ... A: I saw those posts. It isn't
    true.") the answer, in the next paragraph, is what replies to the question's
    sentences; its first two sentences are kept.
    """
    out: dict[int, str] = {}
    for i, sentence in enumerate(sentences):
        if not _QUESTION.match(sentence.text):
            continue
        asked = [s for s in sentences[i:] if s.paragraph == sentence.paragraph]
        rest = sentences[i + len(asked) :]
        if not rest or not _ANSWER.match(rest[0].text):
            continue
        reply = " ".join(s.text for s in rest[:2] if s.paragraph == rest[0].paragraph)
        for one in asked:
            out[one.index] = reply
    return out


def _paragraph_speakers(sentences: list[Sentence]) -> dict[int, str | None]:
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    return {n: paragraph_speaker(" ".join(texts)) for n, texts in paragraphs.items()}


_CROWDS = {"Protests": "Protesters", "Riots": "Rioters"}
_UNARMED_CROWDS = frozenset({"Protesters", "Rioters", "Civilians"})
# acts of violence: who tells of one the text leaves unattributed did not commit it
_VIOLENT_CLASSES = frozenset(
    "attack clash kill strike shelling airstrike bombard explosion ied grenade massacre".split()
)


def _crowd_actors(
    event_type: str, trigger: Trigger, actor1, actor2, country: str | None, crowd: bool = False
):
    """The actors of a protest or riot in ACLED's order: the crowd first, by kind and country.

    "Police fired tear gas at people who gathered ...": the protesters, then
    the force that intervened; "Hundreds of students marched": "Protesters
    (Country)"; rioting "youths": "Rioters (Country)". ``crowd``: the crowd is
    named just before the trigger ("Fano supporters marched"): an armed group
    named with it is whom the crowd backs, not who marched.
    """
    if (
        event_type == "Protests"
        and (trigger.entry.trigger_class != "protest" or crowd)
        and actor1 is not None
        and actor1.actor_type in ARMED_TYPES
    ):
        # the force that intervened is the second actor; the group a crowd backs is none;
        # "police opened fire on protesters": the protesters are the crowd of actor1's slot
        if not crowd and (actor2 is None or actor2.actor_type in _UNARMED_CROWDS):
            actor1, actor2 = None, actor1
        else:
            actor1, actor2 = None, actor2 or (None if crowd else actor1)
    if event_type in _CROWDS and (
        actor1 is None or actor1.name.startswith(("Civilians", "Protesters", "Rioters"))
    ):
        kind = _CROWDS[event_type]
        name = f"{kind} ({country_name(country)})" if country else kind
        actor1 = ActorMention(0, 0, "", name, kind)
    return actor1, actor2


def _build_event(
    doc, sentence, trigger, places, previous, actors, parsed, speakers, event_places, following=""
) -> tuple[Event, bool, list[Event]]:
    """The event of one trigger, whether its place hangs on the trigger, and the
    copies of it at the places listed with that place ("in Kidal and Tessalit")."""
    span = (trigger.start, trigger.end)
    link: LinkResult = link_location(
        sentence.text,
        span,
        places,
        parsed=parsed,
        offset=sentence.start,
        previous=previous,
        event_places=event_places,
        document=doc.text,
        contested=trigger.entry.trigger_class in ("territory", "victory", "clash"),
        taken_from=trigger.entry.trigger_class in ("abduction", "looting"),
        harms_people=trigger.entry.trigger_class in ("kill", "attack", "stabbing", "sexual"),
    )
    if (
        link.place is None
        and link.origin is not None
        and trigger.entry.trigger_class == "withdrawal"
    ):
        link = replace(link, place=link.origin, origin=None, precision=1, method="withdrew from")
    if trigger.entry.trigger_class == "withdrawal" and link.method.startswith(_DESTINATION):
        # "withdrew their officers to Croix-des-Bouquets", "withdrew towards the river": where
        # they went is not the ground they gave up
        link = replace(link, place=None, also=())
    if trigger.entry.trigger_class == "target":
        link = _named_as_targets(link, places, sentence, span)
    if link.place is None and trigger.entry.trigger_class == "disrupted":
        link = _aimed_at(link, places, sentence, span)
    link = _one_sea(link)
    if trigger.entry.subject_is_place and (
        link.place is None or trigger.entry.requires_place_subject
    ):  # "if Chasiv Yar falls, artillery will hit Kramatorsk": the town that would fall
        link = _place_as_subject(link, places, sentence, span)
    if link.place is None and (
        subject := _subject_place(places, sentence, span, _DESCRIBED_PASSIVE)
    ):
        # "Kessler, a town of 40,000 people on the main road, was overrun": the town the
        # passive tells of, past the words that describe it
        link = replace(link, place=subject, also=(), precision=1, method="the passive's subject")
    if link.place is not None and _TIME_BEFORE_PLACE.search(
        doc.text, max(0, link.place.start - 12), link.place.start
    ):
        link = replace(link, place=None, also=())  # "operations after Aleppo": a time
    if link.place is not None and road_end(doc.text, link.place):
        # "In Baidoa, a bomber struck a checkpoint on the Mogadishu road", "ambushed a convoy
        # on the road between Kayes and Bamako, ... near Diema": the road leads to that
        # town; a place the sentence sets the event at, or its frame, says where it was
        near = next(
            (
                p
                for p in places
                if p is not link.place
                and sentence.start <= p.start < sentence.end
                and not road_end(doc.text, p)
                and AT_PLACE.search(doc.text, max(0, p.start - 12), p.start)
            ),
            None,
        )
        if near is not None:
            link = replace(link, place=near, also=(), precision=2, method="the place by the road")
        elif (frame := _framing_place(sentence, places)) is not None and frame is not link.place:
            link = replace(link, place=frame, also=(), precision=1, method="the sentence's frame")
    town = _town_in_the_framing_region(link.place, places, sentence, doc.text)
    if town is not None:
        link = replace(link, place=town, also=(), precision=2, method=REGION_FRAME_METHOD)
    place = _narrower(link.place, places)
    country = place.country_code if place is not None else None
    place_spans = [
        (p.start - sentence.start, p.end - sentence.start)
        for p in places
        if sentence.start <= p.start < sentence.end
    ]
    roles = assign_roles(
        sentence.text, span, actors, parsed=parsed, place_spans=place_spans,
        speaker_may_act=trigger.entry.trigger_class not in _VIOLENT_CLASSES,
    )  # fmt: skip
    actor1 = _finish_actor(roles.actor1, country)
    actor2 = _finish_actor(roles.actor2, country)
    modality = classify_modality(
        sentence.text, span, parsed=parsed, default_attribution=speakers.get(sentence.paragraph)
    )
    if (
        trigger.entry.vow_in_negation
        and modality.modality == "negated"
        and _VOWED.search(sentence.text[: trigger.start] + trigger.text)
    ):
        # "we will not give up Orikhiv": a vow to fight for it, not a denial
        modality = replace(modality, modality="hypothetical", detail="vow")
    if trigger.entry.threat_in_negation and modality.modality == "negated":
        # "Bamako will not be safe": a threat, not a denial
        modality = replace(modality, modality="hypothetical", detail="threat")
    if (
        trigger.entry.trigger_class == "protest"
        and modality.modality == "asserted"
        and _PROTEST_CALLED.search(sentence.text, max(0, trigger.start - 90), trigger.start)
    ):
        # "the union announced a general strike and a march in Buenos Aires for 5 March":
        # a protest announced or called is planned
        modality = replace(modality, modality="hypothetical", detail="plan")
    coding = code_event(
        trigger.entry, sentence.text, span, actor1, actor2, country, following=following,
        told=modality.modality == "asserted", denied=modality.modality == "negated",
    )  # fmt: skip
    if (
        coding.sub_event_type == "Disrupted weapons use"
        and modality.modality == "negated"
        and foiled_bombing(sentence.text, span)
    ):
        # "the attack was foiled": the disruption happened; only the blast is denied
        modality = replace(modality, modality="asserted", detail=None)
    crowd = crowd_just_before(sentence.text[: trigger.start])
    actor1, actor2 = _crowd_actors(coding.event_type, trigger, actor1, actor2, country, crowd)
    when = resolve_date(
        _mask(sentence.text, actors),
        doc.date,
        anchor=trigger.start,
        ahead=modality.modality == "hypothetical" and modality.detail in _AHEAD,
    )
    doc_start = sentence.start + trigger.start
    event_id = hashlib.sha1(
        f"{doc.id}|{sentence.start}|{trigger.start}|{trigger.text.lower()}".encode()
    ).hexdigest()[:16]
    event = Event(
        event_id=event_id,
        doc_id=doc.id,
        event_type=coding.event_type,
        sub_event_type=coding.sub_event_type,
        disorder_type=coding.disorder_type,
        event_date=when.date,
        year=int(when.date[:4]) if when.date else None,
        time_precision=when.precision,
        actor1=actor1.name if actor1 else None,
        actor1_type=actor1.actor_type if actor1 else None,
        actor2=actor2.name if actor2 else None,
        actor2_type=actor2.actor_type if actor2 else None,
        civilian_targeting=coding.civilian_targeting,
        fatalities=fatalities(sentence.text)
        if coding.disorder_type != "Strategic developments"
        else None,
        modality=modality.modality,
        modality_detail=modality.detail,
        attributed_to=modality.attributed_to,
        trigger=trigger.text,
        source=doc.source,
        source_url=doc.url,
        evidence=_evidence(sentence.text, trigger.start),
        char_start=doc_start,
        char_end=doc_start + len(trigger.text),
        geo_method=link.method if place is not None else "no reliable place in the sentence",
        extra={
            "lemma": trigger.entry.lemma,
            "class": trigger.entry.trigger_class,
            "sentence": sentence.index,
            "link_score": round(link.score, 3),
            "date_cue": when.cue,
            "date_of_statement": when.of_statement,  # "said on Sunday that ..."
            # "overran a barracks" ... "seized the barracks": what the trigger acted on
            "object": object_phrase(sentence.text[span[1] : span[1] + 80]),
            # "they attacked a camp": a bare attack verb, which an account of the
            # same event with its weapon ("jets bombed a village") can absorb
            "generic": (
                trigger.entry.trigger_class in ("attack", "strike")
                and instrument(trigger_clause(sentence.text, span)) is None
            )
            or trigger.entry.generic,  # "denied harming civilians"
            # "more such attacks would follow", "the strikes will continue": more of the same
            "continues": bool(
                _MORE_BEFORE.search(sentence.text[max(0, trigger.start - 40) : trigger.start])
                or _CONTINUE_AFTER.match(sentence.text, trigger.end)
            ),
        },
    )
    if place is not None:
        event = replace(event, **_place_fields(place, link.precision, link.method))
        # how big the place is: "the Homs countryside" is a province, "the Datta Khel area"
        # a corner of one (dedupe)
        event.extra["place_population"] = place.population or 0
    # A movement's origin is drawn as a line: only a town or a district is a
    # meaningful start; "support came from the United States" is not.
    if link.origin is not None and link.origin.feature not in ("country", "continent", "region"):
        event = replace(
            event,
            origin_location=link.origin.name or link.origin.text,
            origin_latitude=link.origin.lat,
            origin_longitude=link.origin.lon,
        )
    extras = []
    listed = link.also
    if event.sub_event_type in _ONE_SWEEP and event.modality == "asserted":
        # "detained 14 in overnight raids in Tubas and the nearby town of Tammun": one sweep
        # of arrests, one decree, told over the towns it covered, is one event at the first;
        # "14 in Hebron and nine in Nablus", "in the capital and in Hilla" are each their own
        listed = tuple(
            other
            for other in link.also
            if _SEPARATE_SITES.search(
                doc.text, min(place.end, other.end), max(place.start, other.start)
            )
        )
    for number, other in enumerate(listed, start=1):
        fields = _place_fields(other, link.precision, link.method + "; listed with " + (place.text))
        extras.append(replace(event, event_id=f"{event_id}-{number}", **fields))
    return event, link.direct, extras


# what one order or one sweep does over several towns: arrests, a decree (ACLED's "other")
_ONE_SWEEP = frozenset(["Arrests", "Other"])
# between two listed towns: a count for each, or a preposition told again for each
_SEPARATE_SITES = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|others?|more)\b"
    r"|\b(?:and|or)\s+(?:in|at|near|from|on)\b|\bor\b",
    re.I,
)


# "... a legitimate target until the aggression on Gaza stops": Gaza is not the target
_OTHER_CLAUSE = re.compile(
    r"\b(?:until|unless|if|because|since|as\s+long\s+as|while|whereas)\b", re.I
)


_DESTINATION = ("'to' phrase", "'towards' phrase", "'toward' phrase")
_ROUTE_TO = re.compile(r"\s+(?:for|to|towards)\s+(?:the\s+)?", re.I)


# "Pokrovsk could fall", "Kidal has now fallen", "Kupiansk, the railway hub, may fall"
_SUBJECT_GAP = re.compile(r"(?:\s*,\s*[^,]{1,60},)?" + SUBJECT_GAP, re.I)


def _place_as_subject(
    link: LinkResult, places: Sequence[Place], sentence: Sentence, span: tuple[int, int]
) -> LinkResult:
    """The town a trigger tells of as its subject ("Pokrovsk could fall within weeks",
    "Kupiansk, the railway hub, may fall soon"): the place at stake."""
    place = _subject_place(places, sentence, span, _SUBJECT_GAP)
    if place is None:
        return link
    return replace(link, place=place, also=(), precision=1, method="the place at stake")


# a town, what it is, and the passive that tells what happened to it
_DESCRIBED_PASSIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[^,;:.]|(?<=\d)[,.](?=\d)){1,80}?,\s+(?:(?:has|had|have)\s+)?(?:been|was|were|is|are)\s+"
    r"(?:\w+ly\s+)?$",
    re.I,
)


def _subject_place(
    places: Sequence[Place], sentence: Sentence, span: tuple[int, int], gap: re.Pattern[str]
) -> Place | None:
    """The last place before the trigger when only ``gap`` stands between them."""
    for place in reversed(places):
        end = place.end - sentence.start
        if end <= span[0]:
            return place if gap.fullmatch(sentence.text, end, span[0]) else None
    return None


def _named_as_targets(
    link: LinkResult, places: Sequence[Place], sentence: Sentence, span: tuple[int, int]
) -> LinkResult:
    """The towns a sentence names as next targets ("naming Kassala and Atbara as possible
    next targets", "Eilat, Israel's southern port, would be among the primary targets");
    not the town that frames the sentence ("In Baghdad, the spokesman said ...")."""
    frame = _framing_place(sentence, places)
    towns = [
        p
        for p in places
        if (p.feature or "city") in ("city", "admin2")
        and span[0] - 70 <= p.start - sentence.start <= span[1] + 50
        and p is not frame
        and not _OTHER_CLAUSE.search(sentence.text, span[1], max(span[1], p.start - sentence.start))
    ]
    towns = [  # "any convoy leaving Kayes for Bamako": where the route starts
        p
        for previous, p in zip([None, *towns], towns, strict=False)
        if previous is None
        or not _ROUTE_TO.fullmatch(
            sentence.text, previous.end - sentence.start, p.start - sentence.start
        )
    ]
    if not towns:
        if link.place is not None and _OTHER_CLAUSE.search(
            sentence.text, span[1], max(span[1], link.place.start - sentence.start)
        ):
            return replace(link, place=None, also=())  # the town of the condition
        return link
    return replace(
        link, place=towns[0], also=tuple(towns[1:]), precision=1, method="named as a target"
    )


_PROTEST_CALLED = re.compile(
    r"\b(?:announced|announces|announce|called|calls|scheduled|schedules|planned|plans|"
    r"planning)(?!\s+off\b)\s+(?:for\s+)?(?:(?:a|an|another|new|more|further|fresh|"
    r"nationwide|national|the|its|their)\s+)*(?:[\w-]+\s+){0,2}?(?:and\s+(?:an?\s+)?)?$",
    re.I,
)


def _one_sea(link: LinkResult) -> LinkResult:
    """One event for the seas a sentence lists ("ships will be targeted in the Red Sea
    and the Gulf of Aden"): the waters of one campaign, coded at the first sea named."""
    seas = [link.place, *link.also]
    if link.place is None or not link.also or any(p.feature != "sea" for p in seas):
        return link
    return replace(link, place=min(seas, key=lambda p: p.start), also=())


def _aimed_at(
    link: LinkResult, places: Sequence[Place], sentence: Sentence, span: tuple[int, int]
) -> LinkResult:
    """The town a weapon stopped in flight was headed for ("intercepted a missile
    launched from Yemen towards Eilat"), when the sentence names no other place of
    the interception: where it would have struck."""
    for place in places:
        start = place.start - sentence.start
        if start < span[1] or (place.feature or "city") not in ("city", "admin2"):
            continue
        between = sentence.text[span[1] : start]
        if _WEAPON.search(between) and _HEADED_FOR.search(between) and len(between) <= 90:
            return replace(link, place=place, also=(), precision=1, method="where it was aimed")
    return link


_WEAPON = re.compile(r"\b(?:missiles?|drones?|rockets?|projectiles?|UAVs?)\b", re.I)
_HEADED_FOR = re.compile(
    r"\b(?:towards?|heading\s+(?:for|to)|aimed\s+at|on\s+(?:its|their)\s+way\s+to|"
    r"(?:launched|fired)\s+at|as\s+(?:it|they)\s+approached|approaching)\s+"
    r"(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|port\s+of\s+|"
    # "as it approached Ben Gurion airport near Tel Aviv": the town by the site aimed at
    r"(?:[\w'-]+\s+){0,3}?(?:airport|air\s+base|base|port|harbour)\s+(?:near|outside|of)\s+)?$",
    re.I,
)


REGION_FRAME_METHOD = "the town named inside the region that frames the sentence"
_FRAME_OPENING = re.compile(
    r"\W*(?:[\d:.]+\s*[-\u2013\u2014]\s*)?(?:in|across)\s+(?:the\s+)?", re.I
)


def _town_in_the_framing_region(
    place: Place | None, places: Sequence[Place], sentence: Sentence, text: str
) -> Place | None:
    """The one known town a sentence names inside the region that opens it.

    "In Balochistan, gunmen stopped a bus near Zhob and shot three men": the
    region sets the scene, the town says where it happened.
    """
    if place is None or place.feature not in ("admin1", "admin2", "region"):
        return None
    opening = _FRAME_OPENING.fullmatch(text, sentence.start, place.start)
    if opening is None or text[place.end : place.end + 1] != ",":
        return None
    towns = [
        p
        for p in places
        if place.end < p.start < sentence.end
        and ";" not in text[place.end : p.start]  # "...; the diocese of Pemba said": another clause
        and p.feature == "city"
        and p.geonameid is not None
        and p.country_code == place.country_code
        and p.admin1 is not None
        and p.admin1 in (place.admin1, place.name)
    ]
    return towns[0] if len({t.geonameid for t in towns}) == 1 else None


def _narrower(place: Place | None, places: Sequence[Place]) -> Place | None:
    """The region named right after a country ("in Niger's western Tillaberi region")."""
    if place is None or place.feature != "country":
        return place
    for other in places:
        gap = other.start - place.end
        if (
            0 <= gap <= 30
            and other.feature in ("admin1", "admin2", "region")
            and other.country_code == place.country_code
        ):
            return other
    return place


def _finish_actor(actor: ActorMention | None, country: str | None) -> ActorMention | None:
    if actor is None:
        return None
    actor = with_country(actor, country)
    if actor.government and actor.country and country and actor.country != country:
        actor = replace(actor, actor_type="External/Other forces")
    return actor


def _place_fields(place: Place, precision: int | None, method: str) -> dict:
    fields = {
        "location": place.name or place.text,
        "location_raw": place.text,
        "geonameid": place.geonameid,
        "admin1": place.admin1 if place.feature != "admin1" else (place.name or place.text),
        "latitude": place.lat,
        "longitude": place.lon,
        "geo_precision": precision,
        "geo_method": method,
    }
    fields.update(country_fields(place.country_code))
    return fields


def _with_place_of(event: Event, source: Event) -> Event:
    updates = {f: getattr(source, f) for f in PLACE_FIELDS}
    for name in ("actor1", "actor2"):  # generic actors take the borrowed place's country
        actor = getattr(event, name)
        if actor in GENERIC_BASES and source.country:
            joiner = " of " if actor.endswith(("Forces", "Government")) else " "
            country = source.country if joiner == " of " else f"({source.country})"
            updates[name] = f"{actor}{joiner}{country}"
    updates["geo_method"] = "no place in the sentence: " + (
        source.geo_method
        if source.geo_method in _STAND_IN_METHODS
        else "last event place of the paragraph"
    )
    return replace(event, **updates)


def _mask(text: str, actors: list[ActorMention]) -> str:
    """Blank out named actors, so "March 23 Movement" is not read as a date."""
    for actor in actors:
        if actor.named:
            text = text[: actor.start] + " " * (actor.end - actor.start) + text[actor.end :]
    return text


def _evidence(sentence: str, anchor: int) -> str:
    if len(sentence) <= _EVIDENCE_CHARS:
        return sentence
    start = max(0, min(anchor - _EVIDENCE_CHARS // 2, len(sentence) - _EVIDENCE_CHARS))
    return (
        ("\u2026" if start else "") + sentence[start : start + _EVIDENCE_CHARS].strip() + "\u2026"
    )


#: the folds of the events one sentence builds into the events it tells, in order: "rounded
#: up and shot" is a killing, arrests at a protest are its intervention, an arrest and
#: disappearance an abduction, a raid, entry or weapons find with arrests the arrest, damage
#: with violence that violence, shots with an attack on civilians that attack
_ONE_ACCOUNT = (
    _rounded_up_and_killed,
    _protest_arrests,
    _arrests_that_disappeared,
    _raid_arrests,
)
_ONE_ACCOUNT_AFTER_DAMAGE = (_one_assault_on_civilians, _suicide_bombing_then_assault)
