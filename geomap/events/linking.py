"""Link an event trigger to the place where the event happened.

Among the places of the trigger's sentence, a model learned from labelled
sentences (:mod:`geomap.events.link_model`, trained by
``bench/train_linker.py`` on Halterman's 2019 event-location data) gives
each candidate, and the option that the sentence does not say, a
probability from general features of the parse and the text: the
preposition that introduces the place, the dependency path to the trigger,
clause boundaries, distance and order, whether the place only modifies a
noun naming people ("Kyiv officials"), qualifies another place ("Nablus,
West Bank") or opens the sentence as a dateline, and how fine it is.

Around the model stay what the labelled sentences cannot teach: "the city"
or "there" refers back to a place named earlier in the document; a place
introduced by "from" or "via" is the origin of a movement ("came from
Raqqa"), except when the event takes people or goods away ("abducted 40
villagers from X") or the place is measured from ("about 40 km from X":
near X, geo-precision 2); places listed with the chosen one ("in Kidal and
Tessalit", "24 over the Bryansk region and 11 over the Black Sea") are
returned with it; and when the model finds no place, the town whose
people tell the event ("residents of X said ...") is its place. Words
around the mention set ACLED geo-precision: "east Aleppo" and "the
outskirts of X" are 2, "the Homs countryside" or a province 3.

The function works with a spaCy parse of the sentence and, with a model of
lexical features only, without one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gazetteer.normalize import fold
from geomap.events.link_candidates import anchored, link_candidates
from geomap.events.link_features import (
    KIND_RANK,
    SPEAKER_PLACE,
    Mention,
    governing_preposition,
    hangs_on_trigger,
    role_of,
    sites_the_target,
)
from geomap.events.link_model import inside as _inside
from geomap.events.link_model import load_model
from geomap.events.link_syntax import (
    copula_subject,
    describes_town,
    finer_in_clause,
    home_of_the_actors,
    left_from,
    passive_subject,
    placed_at,
    relative_clause_site,
    route_only,
)
from geomap.events.places import SPEAKER_AFTER, road_end, speaks_from, stands_for_government
from geomap.places import ADMIN_WORDS
from geomap.records import Place

ORIGIN_PREPS = frozenset("from via".split())
REGION_WORDS = frozenset(
    "countryside province governorate region district county prefecture state oblast "
    "department area areas territory countrysides provinces regions".split()
)
NEAR_WORDS = frozenset(
    "east eastern west western north northern south southern central outskirts suburbs "
    "suburb outskirt edge edges near outside around northeast northwest southeast southwest "
    "north-east north-west south-east south-west northeastern northwestern southeastern "
    "southwestern downtown old".split()
)
REGION_ADJECTIVES = frozenset("rural".split())
ANAPHORA = re.compile(
    r"\b(?:the|this|that)\s+(?:city|town|village|area|neighbourhood|neighborhood|district|camp|"
    r"port|airport|capital|base|garrison|province|region|governorate)\b",
    re.I,
)
# "the city" wins over an in-sentence candidate the model is less sure of than this
ANAPHORA_OVERRIDE = 0.5
_WORD = re.compile(r"[\w'\u2019.-]+")
# "about 40 kilometres from Jilib", "a few miles from the town of X": a distance, not an origin
_BEARING_OF = re.compile(
    r"\b(?:in|on|at|near|around)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
# "in a village about 30 kilometres north of Dosso": a place given by a distance and a bearing
_DISTANCE_BEARING_OF = re.compile(
    r"\b(?:\d[\d.,]*|a\s+few|several|some|dozens\s+of|tens\s+of)[\s-]*"
    r"(?:km|kilomet(?:re|er)s?|miles?)\s+(?:to\s+the\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
# "a villager from X", "two farmers from the village of X": the people harmed, by their home
_PEOPLE_FROM = re.compile(
    r"\b(?:villagers?|residents?|farmers?|herders?|shepherds?|fishermen|traders?|teachers?|"
    r"youths?|boys?|girls?|men|man|women|woman|people|civilians?|worshippers|children)\s+from\s+"
    r"(?:the\s+(?:nearby\s+)?(?:village|town|hamlet)\s+of\s+)?$",
    re.I,
)
# people who live in a town and tell what happened there: "residents of X said", "police in
# X said", "villagers in a hamlet near X told"
_LOCALS = r"residents?|villagers?|inhabitants|locals|witness(?:es)?|survivors?|elders"
_LOCAL_WITNESS = re.compile(
    rf"\b(?P<who>{_LOCALS}|farmers|herders|"
    r"traders|community\s+leaders|police(?:men)?|local\s+(?:officials?|authorities|leaders|"
    r"sources|chiefs?))\s+(?:of|in|from|at)\s+"
    r"(?P<near>(?:an?|the)\s+(?:nearby\s+)?(?:village|town|hamlet|camp|settlement)s?\s+"
    r"(?:near|outside|close\s+to)\s+)?(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
# "Harrow residents said": the town's people named after it
_WITNESS_AFTER = re.compile(rf"\s+(?:{_LOCALS})\b", re.I)
# what the local people said: the event is told after a reporting verb that follows them
_TOLD_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:said|say|says|told|tell|reported|report|recounted|described|"
    r"recalled)\b",
    re.I,
)
# a town the event happened near: "near Diema", "just outside the town of X"
_NEAR_TOWN = re.compile(
    r"\b(?:near|outside|close\s+to)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I
)
# "a man who had entered the country near Al-Bukamal": the town of another verb's clause
_OTHER_VERB_BETWEEN = re.compile(r"\b(?:who|whom|whose|which|where|when|while|after|before)\b")
NEAR_FLOOR = 0.5  # the model's doubt a "near" town may overrule: half its "none"
_DISTANCE_FROM = re.compile(
    r"\b(?:\d[\d.,]*|a\s+few|several|some|dozens\s+of|tens\s+of)[\s-]*"
    r"(?:km|kilomet(?:re|er)s?|miles?)\s+(?:(?:north|south|east|west|[a-z]+ern)\s+)?from\s+"
    r"(?:the\s+)?(?:(?:town|city|village|port)\s+of\s+)?$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class LinkResult:
    """The place chosen for an event, why, and where a movement came from."""

    place: Place | None
    precision: int | None = None
    method: str = "none"
    score: float = 0.0  # the model's probability of the chosen place (or of none)
    origin: Place | None = None
    also: tuple[Place, ...] = ()  # places joined to ``place`` ("in Kidal and Tessalit")
    direct: bool = False  # the place hangs on the trigger itself


def geo_precision(sentence: str, start: int, end: int, place: Place) -> tuple[int, str]:
    """ACLED geo-precision of a place mention from the words around it.

    Parameters
    ----------
    sentence : str
        Text holding the mention.
    start, end : int
        The mention's offsets in ``sentence``.
    place : Place
        The resolved place (its ``feature`` sets the default).

    Returns
    -------
    (int, str)
        Precision (1 town, 2 near a town or part of it, 3 region) and a
        short reason.

    Examples
    --------
    >>> p = Place(0, 6, "Aleppo", feature="city")
    >>> geo_precision("victory in east Aleppo", 16, 22, p)
    (2, 'part of or near the town')
    """
    before = [w.lower() for w in _WORD.findall(sentence[max(0, start - 40) : start])][-3:]
    after = [w.lower().rstrip(".,") for w in _WORD.findall(sentence[end : end + 30])][:2]
    region_after = bool(after) and (
        after[0] in REGION_WORDS or after[0].rstrip("'s") in REGION_WORDS
    )
    region_before = len(before) >= 2 and before[-1] == "of" and before[-2] in REGION_WORDS
    if (place.feature or "city") not in ("city", "admin2") and place.feature != "neighbourhood":
        return 3, "region-level place"
    if region_after or region_before or (before and before[-1] in REGION_ADJECTIVES):
        return 3, "region around the town"
    near_before = bool(before) and before[-1] in NEAR_WORDS
    first = sentence[start:end].split(maxsplit=1)[0].lower() if end > start else ""
    if first in NEAR_WORDS and not (place.name or "").lower().startswith(first):
        near_before = True  # "West Baghdad": a compass word the mention took in
    if len(before) >= 2 and before[-1] == "of" and before[-2] in ("outskirts", "suburbs", "edge"):
        near_before = True
    if near_before or (after and after[0] in ("outskirts", "suburbs")):
        return 2, "part of or near the town"
    if (
        len(before) >= 2
        and before[-1] == "of"
        and before[-2] in NEAR_WORDS | {"km", "kilometres", "kilometers", "miles"}
    ):
        return 2, "part of or near the town"
    return 1, "town"


def link_location(
    sentence: str,
    trigger: tuple[int, int],
    places: Sequence[Place],
    *,
    parsed=None,
    offset: int = 0,
    previous: Sequence[Place] = (),
    event_places: Sequence[Place] = (),
    document: str | None = None,
    contested: bool = False,
    taken_from: bool = False,
    harms_people: bool = False,
) -> LinkResult:
    """Pick the place where the event of ``trigger`` happened.

    Parameters
    ----------
    sentence : str
        The sentence text.
    trigger : (int, int)
        The trigger's (verb or noun) offsets in ``sentence``.
    places : sequence of Place
        Candidate places; their offsets are document offsets, ``offset`` is
        the sentence's start in the document (0 when they are relative).
        Mentions the gazetteer could not place are candidates too: callers
        that need coordinates pass resolved places only.
    parsed : spacy.tokens.Doc, optional
        The spaCy parse of ``sentence``; without it the lexical model is used.
    offset : int
        Document offset of the sentence.
    previous : sequence of Place
        Places mentioned before the sentence (latest last), to resolve "the
        city" when the sentence names none.
    event_places : sequence of Place
        Places of the events already found in the document (latest last):
        the preferred antecedents of "the city".
    document : str, optional
        The whole text, to read what follows earlier mentions ("Hodeidah
        airport" is what "the airport" refers to).
    contested : bool
        The event is fighting over a place ("recover the city"): the town a
        speaker talks from is never what "the city" stands for.
    taken_from : bool
        The event takes people or goods away ("abducted 40 villagers from
        X", "looted shops from"): "from X" is where it happened, not an origin.
    harms_people : bool
        The event kills or hurts people ("killed a villager from X"): where
        the model finds no place, the home of the people it names is the
        event's place, not an origin.

    Returns
    -------
    LinkResult
        ``place`` None when the model finds no candidate more likely than none.
    """
    mentions = link_candidates(sentence, places, offset, parsed)
    story = _paragraph_heading(previous, document, offset) or main_place(event_places)
    model = load_model("parsed" if parsed is not None else "lexical")
    scored = model.read(sentence, trigger, mentions, parsed)
    best = scored.best
    origins = [
        i
        for i, features in enumerate(scored.features)
        if (governing_preposition(features) or "").split(">")[-1] in ORIGIN_PREPS
    ]
    measured = [i for i in origins if _DISTANCE_FROM.search(sentence, 0, mentions[i].start)]
    if measured:  # "fighters about 40 kilometres from Jilib": the place, measured from a town
        origins = [i for i in origins if i not in measured]
    if taken_from and origins and best is None:
        best = max(origins, key=scored.probabilities.__getitem__)  # "abducted 40 villagers from X"
    if harms_people and best is None:
        homes = [
            i
            for i in origins
            if mentions[i].start > trigger[1]
            and _PEOPLE_FROM.search(sentence, max(0, mentions[i].start - 40), mentions[i].start)
            and not _OTHER_VERB_BETWEEN.search(sentence, trigger[1], mentions[i].start)
        ]
        if len(homes) == 1:
            best = homes[0]  # "Maoists killed a villager from Bhairamgarh": where he lived
            origins = [i for i in origins if i != best]
    if best is not None and _past_deeds_between(sentence, trigger, mentions[best].start):
        # "targeted a commander responsible for rocket attacks on northern Israel": where
        # the target's past deeds were, not the strike
        best = scored.best_among(
            i
            for i in range(len(mentions))
            if not _past_deeds_between(sentence, trigger, mentions[i].start)
        )
    if best is not None and _held_at(sentence, mentions[best].start):
        # "will be arrested and brought before the special court in Cotonou", "taken to
        # hospital in Parakou": where people are tried, held or treated, not where it happened
        best = scored.best_among(
            i for i in range(len(mentions)) if not _held_at(sentence, mentions[i].start)
        )
    subject, why_parse = None, ""
    if parsed is not None:
        best, subject, why_parse = _read_parse(parsed, trigger, mentions, scored, best)
    if best is not None and _fled_toward(sentence, trigger, mentions[best].start):
        # "after three hours of fighting the attackers fled toward the Sobat river": where
        # another verb's movement was headed, not where the fighting was
        best, why_parse = None, ""
    origin_index = None
    if not taken_from:
        movable = [i for i in origins if i != best]
        if movable:
            origin_index = max(movable, key=scored.probabilities.__getitem__)
    origin = None
    if origin_index is not None:
        origin = anchored(mentions[origin_index], mentions, sentence, previous, story)

    anaphor = _anaphor_after(sentence, trigger)
    if anaphor is None and subject is not None:  # "the capital is their next target"
        anaphor = subject.left_edge.idx if ANAPHORA.match(sentence, subject.left_edge.idx) else None
    if anaphor is not None and _named_after(sentence, anaphor, mentions, offset):
        anaphor = None  # "the airport compound in Mogadishu": the town is named, not referred to
    if anaphor is not None and (
        best is None
        or scored.probabilities[best] < ANAPHORA_OVERRIDE
        or not hangs_on_trigger(scored.features[best])  # "crossed into Syria after rebels
        # entered the capital": the capital is where they entered
        or _describes_the_anaphor(
            sentence,
            anaphor,
            mentions[best].place.start - offset,
            region=_names_a_region(sentence, mentions[best].place, offset),
        )
    ):
        framed = {
            id(m.place)
            for m, features in zip(mentions, scored.features, strict=True)
            if SPEAKER_PLACE in features
        }
        facility = ANAPHORA.match(sentence, anaphor)
        town_noun = facility is None or _town_noun(facility)
        # "officials in Bahir Dar said no clashes had taken place in the city": fighting
        # told as in the city, not for it, may be in the town the speakers are in
        inside = _INSIDE_BEFORE.search(sentence, max(0, anaphor - 10), anaphor) is not None
        usable = [
            m.place
            for m in mentions
            if m.source == "geoparser"
            and ((town_noun and (not contested or inside)) or id(m.place) not in framed)
        ]
        antecedent = _antecedent(
            sentence, anaphor, usable, offset, previous, event_places, document
        )
        if antecedent is not None:
            precision = 1 if (antecedent.feature or "city") == "city" else 3
            return LinkResult(
                antecedent, precision, "anaphora; the place named before", 1.0, origin, (), True
            )
    if best is None:  # "pushed the militia out of Lalibela": the phrase's own object
        best = _phrase_object(sentence, trigger, mentions)
    if best is None:  # "In the state capital, Kaduna, hundreds marched": the opening's town
        best = _opening_apposition(sentence, trigger, mentions)
    if best is None and measured:  # the model doubts a place given by a distance from it
        best = max(measured, key=scored.probabilities.__getitem__)
    if best is None:  # "in the hills east of Baalbek": a place given by a bearing from a town
        bearing = [
            i
            for i, m in enumerate(mentions)
            if m.source == "geoparser"
            and (m.place.feature or "city") == "city"
            and (
                _BEARING_OF.search(sentence, max(0, m.start - 40), m.start)
                or (
                    _DISTANCE_BEARING_OF.search(sentence, max(0, m.start - 40), m.start)
                    # "the town, which lies 40 km north of Kaya": a town told by its distance
                    and not _OTHER_VERB_BETWEEN.search(
                        sentence, min(trigger[1], m.start), max(trigger[1], m.start)
                    )
                )
            )
        ]
        if len(bearing) == 1:
            best = bearing[0]
    if best is None:  # "ambushed a convoy on the road from Kayes to Bamako near Diema"
        near = [
            i
            for i, m in enumerate(mentions)
            if m.source == "geoparser"
            and (m.place.feature or "city") == "city"
            and _NEAR_TOWN.search(sentence, max(0, m.start - 30), m.start)
            and not _OTHER_VERB_BETWEEN.search(
                sentence, min(trigger[1], m.start), max(trigger[1], m.start)
            )
        ]
        if len(near) == 1 and scored.probabilities[near[0]] >= NEAR_FLOOR * scored.none:
            best = near[0]
    if best is None and (part := _part_of_anaphor(sentence, trigger)) is not None:
        # "killed seven people at a pool hall in the north of the city": the scene is
        # part of the town told before, when the model finds no place of its own
        usable = [m.place for m in mentions if m.source == "geoparser"]
        antecedent = _antecedent(sentence, part, usable, offset, previous, event_places, document)
        if antecedent is not None and (antecedent.feature or "city") == "city":
            return LinkResult(
                antecedent, 2, "anaphora; part of the town named before", 1.0, origin, (), True
            )
    if best is None:  # "police in Bannu said a roadside bomb struck a police van"
        witnessed = _witnessed_at(sentence, trigger, mentions)
        if witnessed is not None:
            index, precision = witnessed
            place = anchored(mentions[index], mentions, sentence, previous, story)
            why = "the town of the people who told it"
            return LinkResult(place, precision, why, scored.probabilities[index], origin)
    found = _where_anyone_found(sentence, trigger, mentions)
    if found is not None and (best is None or mentions[best].start > trigger[1]):
        # "anyone found holding weapons in Latakia will be arrested and tried in Damascus"
        place = anchored(mentions[found], mentions, sentence, previous, story)
        also = _joined(sentence, mentions[found].place, [m.place for m in mentions], offset)
        by_place = {id(m.place): m for m in mentions}
        return LinkResult(
            place,
            1,
            "where anyone the threat names is found",
            scored.probabilities[found],
            origin,
            tuple(anchored(by_place[id(p)], mentions, sentence, previous, story) for p in also),
        )
    if best is None:
        listed = _colon_list(sentence, trigger, mentions, offset)
        if listed:  # "shelled three towns overnight: Dunmore, Harrow and Kessler"
            first, *rest = listed
            why = "the towns listed after the colon"
            return LinkResult(first, 1, why, scored.none, origin, tuple(rest))
        return LinkResult(None, score=scored.none, origin=origin)
    if parsed is not None and describes_town(parsed, mentions[best]):
        before = [m.place for m in mentions[:best] if m.source == "geoparser"]
        towns = [p for p in [*previous, *before] if (p.feature or "city") == "city"]
        named = [p for p in before if (p.feature or "city") == "city"]
        town = named[-1] if named else story or (towns[-1] if towns else None)
        if town is not None:  # "an offensive on the Red Sea port city": the town told before
            return LinkResult(town, 1, "anaphora; the town the phrase describes", 1.0, origin)
    possessed = _possessed_finer(sentence, best, mentions)
    if possessed is not None:  # "in Plateau state's Bokkos local government area": Bokkos
        best = possessed
    narrowed = _included_town(sentence, best, mentions)
    if narrowed is not None:  # "rockets at army positions in northern Israel, including an
        best = narrowed  # air-defence base near Safed": the town the region is narrowed to
    best = _first_road_end(sentence, best, mentions, offset)
    chosen = mentions[best]
    features = scored.features[best]
    place = anchored(chosen, mentions, sentence, previous, story)
    precision, why = geo_precision(sentence, chosen.start, chosen.end, place)
    if best in measured and precision == 1:
        precision, why = 2, "near the town (a distance from it)"
    if chosen.source != "geoparser":
        precision, why = 2, "part of or near the town"
    role = why_parse or role_of(features)
    probability = scored.probabilities[best]
    listed = [m for i, m in enumerate(mentions) if i not in origins or i == best]
    also = _joined(sentence, chosen.place, [m.place for m in listed], offset)
    if why_parse.startswith("town of"):
        also = []  # "sirens in Kiryat Shmona and Safed": the first town named is the site
    by_place = {id(m.place): m for m in listed}
    return LinkResult(
        place,
        precision,
        f"{role}; {why}; p={probability:.2f}",
        probability,
        origin,
        tuple(anchored(by_place[id(p)], mentions, sentence, previous, story) for p in also),
        hangs_on_trigger(features) or sites_the_target(features),
    )


# the subject of a threat: "anyone found ...", "any person caught ...", "whoever ..."
_ANYONE = re.compile(
    r"\b(?:any(?:one|body)?|every(?:one|body)?|whoever|those)\b(?:\s+[\w'-]+){0,2}?\s+"
    r"(?:found|caught|seen|who|that|working|living|staying|trading|travell?ing|carrying|"
    r"holding|providing|helping|selling|supplying)\b[^.;:]*$",
    re.I,
)
_WITHIN_BEFORE = re.compile(r"\b(?:in|at|around|near|inside|within)\s+(?:the\s+)?$", re.I)
# what lies between the place of that subject and the threatened act: "in Alibori will be
# arrested", "in Latakia governorate or Tartus governorate will be arrested"
_WILL_BE_AFTER = re.compile(
    r"(?:\s+(?:governorate|province|region|district|county|state|town|city))?"
    r"(?:\s+(?:or|and)\s+[^.;,]{0,40}?)?\s+(?:will|would|shall|could)\s+(?:then\s+)?be\s+"
    r"(?:[\"\u201c]?\w+\s+){0,1}?$",
    re.I,
)


def _where_anyone_found(sentence: str, trigger: tuple[int, int], mentions) -> int | None:
    """The place where anyone a threat names would be found, arrested or killed.

    "Any person found providing such support in Alibori will be arrested": the
    arrests would be in Alibori, the subject's place, whatever the court.
    """
    for index, mention in enumerate(mentions):
        if mention.source != "geoparser" or mention.end > trigger[0]:
            continue
        if not _ANYONE.search(sentence, max(0, mention.start - 120), mention.start):
            continue
        if not _WITHIN_BEFORE.search(sentence, max(0, mention.start - 20), mention.start):
            continue  # "any convoy travelling from Ostin": where it comes from
        if _WILL_BE_AFTER.fullmatch(sentence, mention.end, trigger[0]):
            return index
    return None


_INCLUDING = re.compile(
    r"\bincluding\s+(?:[\w'\u2019-]+\s+){0,5}?(?:in|near|at|outside|around)\s+(?:the\s+)?$", re.I
)


def _included_town(sentence: str, best: int, mentions) -> int | None:
    """The one town a region-level place is narrowed to by "including ... near X"."""
    if (mentions[best].place.feature or "city") == "city":
        return None
    towns = [
        i
        for i, m in enumerate(mentions)
        if i != best
        and m.source == "geoparser"
        and m.start > mentions[best].end
        and (m.place.feature or "city") == "city"
        and _INCLUDING.search(sentence, max(0, m.start - 70), m.start)
    ]
    return towns[0] if len(towns) == 1 else None


_INSTITUTION_BEFORE = re.compile(
    r"\b(?:taken|brought|transferred|moved|rushed|evacuated|admitted|referred|sent|flown|"
    r"airlifted|driven|held|treated|detained|tried|jailed|remanded|arraigned|appeared|appear|"
    r"appears|taking|bringing)\b[^.;]{0,30}?\b(?:courts?|tribunal|prisons?|jails?|hospitals?|"
    r"morgue|clinic|detention\s+(?:cent(?:re|er)|facility|camp))\s+(?:in|at|of)\s+(?:the\s+)?$",
    re.I,
)


_FLED_TOWARD = re.compile(
    r"\b(?:fled|flee(?:ing)?|retreat(?:ed|ing)?|withdr[ae]w|withdrawing|escaped|headed|heading|"
    r"ran|running|pulled\s+back)\s+(?:back\s+)?towards?\s+(?:the\s+)?$"
    # "forcing thousands of residents to flee to the neighbouring town of Saint-Marc"
    r"|\b(?:fled|flee(?:ing)?|escaped|seek(?:ing)?\s+refuge)\s+(?:to|into|in)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:town|city|village|camp|capital)\s+(?:of\s+)?)?$",
    re.I,
)


def _witnessed_at(
    sentence: str, trigger: tuple[int, int], mentions: Sequence[Mention]
) -> tuple[int, int] | None:
    """The one town whose people tell the event, and the geo-precision it gives.

    "Residents of Niafunke said a drone strike hit the market": local people
    tell what happened where they live (precision 2 for "a village near X").
    Police and officials speak for a town unless it is a national capital,
    where ministries speak for the whole country.
    """
    found = []
    for index, mention in enumerate(mentions):
        if mention.source != "geoparser" or (mention.place.feature or "city") != "city":
            continue
        if mention.end > trigger[0]:
            continue
        local = _LOCAL_WITNESS.search(sentence, max(0, mention.start - 70), mention.start)
        if local is None and _WITNESS_AFTER.match(sentence, mention.end):
            # "Harrow residents reported heavy shelling": the town's people named after it
            if _TOLD_AFTER.match(sentence[mention.end : trigger[0]]):
                found.append((index, 1))
            continue
        if local is None or not _TOLD_AFTER.match(sentence[mention.end : trigger[0]]):
            continue
        official = re.match(r"police|local", local.group("who"), re.I) is not None
        if official and mention.place.feature_code == "PPLC":
            continue
        found.append((index, 2 if local.group("near") else 1))
    return found[0] if len(found) == 1 else None


def _fled_toward(sentence: str, trigger: tuple[int, int], start: int) -> bool:
    """Whether the place at ``start`` is where a movement after the trigger was headed."""
    found = _FLED_TOWARD.search(sentence, max(trigger[1], start - 60), start)
    return found is not None


_PAST_DEEDS = re.compile(
    r"\b(?:responsible|blamed)\s+for\b",
    re.I,
)


#: A trigger phrase that ends in its preposition ("pushed the militia out of").
_ENDS_IN_PREPOSITION = re.compile(r"\s(?:out\s+of|into|onto|on|in|at)$", re.I)
#: What may stand between such a phrase and its town: "the town of", "the city".
_TOWN_OF_GAP = re.compile(
    r"\s*(?:the\s+)?(?:(?:besieged|northern|southern|eastern|western|strategic|key)\s+)?"
    r"(?:(?:town|city|village|port|district)\s+(?:of\s+)?)?$",
    re.I,
)


def _phrase_object(sentence: str, trigger: tuple[int, int], mentions) -> int | None:
    """The town right after a trigger phrase that ends in its preposition ("drove the
    rebels out of Lalibela"), when the model found no place."""
    if not _ENDS_IN_PREPOSITION.search(sentence, trigger[0], trigger[1]):
        return None
    for index, mention in enumerate(mentions):
        if (
            mention.source == "geoparser"
            and mention.start >= trigger[1]
            and _TOWN_OF_GAP.fullmatch(sentence, trigger[1], mention.start)
        ):
            return index
    return None


#: An opening place phrase whose noun a name stands beside: "In the state capital, ".
_OPENING_NOUN = re.compile(
    r"\s*(?:In|At|Near|Outside|Inside)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:capital|city|town|port|village|district|province|region|state|county)\s*,\s*",
)


def _opening_apposition(sentence: str, trigger: tuple[int, int], mentions) -> int | None:
    """The town set beside the noun of a sentence's opening place phrase ("In the state
    capital, Kaduna, hundreds of people marched"), when the trigger comes after it."""
    opening = _OPENING_NOUN.match(sentence)
    if opening is None:
        return None
    for index, mention in enumerate(mentions):
        if (
            mention.source == "geoparser"
            and mention.start == opening.end()
            and mention.end < trigger[0]
            and sentence[mention.end : mention.end + 1] == ","
        ):
            return index
    return None


_POSSESSING_DIVISION = re.compile(
    r"(?:\s+(?:state|province|region|governorate|county|district|oblast))?['\u2019]s\s+"
)


def _possessed_finer(sentence: str, best: int, mentions) -> int | None:
    """The town a division's possessive names right after it ("Plateau state's Bokkos")."""
    division = mentions[best]
    if (division.place.feature or "city") not in ("admin1", "admin2", "region"):
        return None
    for index, mention in enumerate(mentions):
        if (
            mention.source == "geoparser"
            and (mention.place.feature or "city") in ("city", "admin2")
            and mention.start > division.end
            and _POSSESSING_DIVISION.fullmatch(sentence, division.end, mention.start)
            and mention.place is not division.place
        ):
            return index
    return None


def _past_deeds_between(sentence: str, trigger: tuple[int, int], start: int) -> bool:
    """Whether a description of someone's past deeds stands between the trigger and the
    place at ``start`` ("a commander responsible for attacks on X")."""
    return start > trigger[1] and _PAST_DEEDS.search(sentence, trigger[1], start) is not None


def _held_at(sentence: str, start: int) -> bool:
    """Whether the place at ``start`` is named as the seat of a court, prison or hospital."""
    return _INSTITUTION_BEFORE.search(sentence, max(0, start - 80), start) is not None


def _read_parse(parsed, trigger, mentions, scored, best):
    """The choice after the constructions the model reads poorly (:mod:`link_syntax`).

    Returns the chosen index (or None), for "the capital is their next
    target" the copula's subject token when it is a place noun, and the
    reason of an override ("" when the model's choice stands).
    """
    allowed = [i for i, f in enumerate(scored.features) if SPEAKER_PLACE not in f]
    why = ""

    if best is not None and route_only(parsed, trigger, mentions[best]):
        best = scored.best_among(
            i for i in allowed if i != best and not route_only(parsed, trigger, mentions[i])
        )
    if best is not None:
        start = left_from(parsed, trigger, mentions, best)
        if start is not None:
            best, why = start, "where the interrupted journey started"
    site = relative_clause_site(parsed, trigger, mentions)
    if site is not None and "qualifies_prev" in scored.features[site]:
        site -= 1  # "Mauthausen, Austria, where they were executed": Mauthausen
    on_trigger = best is not None and hangs_on_trigger(scored.features[best])
    if site is not None and best is not None and not on_trigger:
        # "in Kordofan, where the RSF took control of the town of El Nahud": the town the
        # trigger's own object names is finer than the region the clause describes
        on_trigger = (
            "attach=trigger_np" in scored.features[best]
            and (mentions[best].place.feature or "city") == "city"
            and (mentions[site].place.feature or "city") in ("admin1", "admin2", "region")
        )
    if site is not None and site in allowed and not on_trigger:
        best, why = site, "the place a relative clause describes"
    if best is None:
        target = passive_subject(parsed, trigger, mentions)
        if target is not None and target in allowed:
            best, why = target, "subject of the passive"
    if best is None:
        left = placed_at(parsed, trigger, mentions)
        if left is not None and left in allowed:
            best, why = left, "where the device had been left"
    if best is None:
        home = home_of_the_actors(parsed, trigger, mentions)
        if home is not None and home in allowed:
            best, why = home, "the town of the people who acted"
    subject = copula_subject(parsed, trigger, mentions)
    if isinstance(subject, int):
        if subject in allowed:
            return subject, None, "subject of the copula"
        return best, None, why
    if best is not None:
        towns = finer_in_clause(parsed, trigger, mentions, best)
        if towns:
            best, why = towns[0], "town of the place named in the same report"
    return best, subject, why


_JOIN_GAP = re.compile(
    r"(?:\s*\([^()]{1,30}\))?"
    r"(?:\s+(?:village|town|city|district|camp|area|province|governorate|region|county))?"
    r"\s*(?:,\s*|,?\s*(?:and|or|as\s+well\s+as)\s+(?:(?:then|later|also|finally)\s+)?"
    r"(?:(?:in|at|on|near|around|outside)\s+)?|/\s*)"
    r"(?:the\s+)?(?:(?:[a-z]+ern|east|west|north|south|nearby|neighbou?ring)\s+)?"
    # "Kfar Kila, Kfar Shouba and the outskirts of Marjayoun"
    r"(?:(?:outskirts|edges?|suburbs|hills|countryside|vicinity)\s+(?:of|around)\s+)?"
    # "near Metula and at the coastal city of Nahariya", "and the Kurdish town of X"
    r"(?:(?:(?!(?:of|the|and|or)\b)[A-Za-z][a-z]+\s+){0,2}(?:town|city|village|district|port)"
    r"\s+of\s+)?"
    r"[\u2018\u2019'\"\u201c]?"
)


_SITE_LIST_GAP = re.compile(  # "an air base in Sanaa and radar sites near Hodeidah"
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:an?\s+|the\s+|other\s+|several\s+|two\s+|three\s+)?"
    # not a verb phrase: "detained in Maiduguri and will be charged in Abuja"
    r"(?!(?:[\w'-]+\s+){0,2}?(?:will|would|shall|was|were|is|are|be|been|being|has|have|had|"
    r"could|can|may|might|then|later)\b)"
    # not where the first place lies: "near Datta Khel, also in North Waziristan"
    r"(?!(?:also|both|all|each)\s+(?:in|near|at)\b)"
    r"(?:[\w'-]+\s+){1,3}?(?:in|near|at|outside|around)\s+(?:the\s+)?"
    r"(?:town\s+of\s+|city\s+of\s+|port\s+of\s+)?",
    re.I,
)
_KIND_CLASS = {"country": 2, "admin1": 1, "region": 1, "sea": 1, "island": 1, "continent": 3}


def _same_class(a: Place, b: Place) -> bool:
    """Two places of one class: towns and districts (or unknown names), regions, countries."""
    return _KIND_CLASS.get(a.feature or "city", 0) == _KIND_CLASS.get(b.feature or "city", 0)


def _same_place(a: Place, b: Place) -> bool:
    return a is b or (a.geonameid is not None and a.geonameid == b.geonameid)


_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _colon_list(sentence: str, trigger: tuple[int, int], mentions, offset: int) -> list[Place]:
    """The towns of a list that ends the sentence after a colon following the trigger.

    "Artillery shelled three towns overnight: Dunmore, Harrow and Kessler.": each
    town listed is a site of what the clause before the colon tells.
    """
    colon = sentence.find(":", trigger[1])
    if colon < 0:
        return []
    towns = sorted(
        (m.place for m in mentions if m.source == "geoparser" and m.place.start - offset > colon),
        key=lambda p: p.start,
    )
    if len(towns) < 2 or any((p.feature or "city") not in ("city", "admin2") for p in towns):
        return []
    cursor = colon + 1
    for place in towns:
        gap = sentence[cursor : place.start - offset]
        if cursor > colon + 1 and not _LIST_SEPARATOR.fullmatch(gap):
            return []
        if cursor == colon + 1 and gap.strip():
            return []
        cursor = place.end - offset
    return towns if not sentence[cursor:].strip(" .;\n") else []


def _joined(sentence: str, place: Place, candidates: list[Place], offset: int) -> list[Place]:
    """Places listed with ``place`` ("Kidal and Tessalit"), of its class, not its container.

    The ends of a road ("on the road between Kayes and Bamako") are no list:
    one event on the road, placed at the end named first (:func:`_first_road_end`).
    """
    if _ROAD_BETWEEN.search(sentence, 0, max(0, place.start - offset)):
        return []
    chain = [place]
    last = place  # the latest place of the list, or the qualifier written after it
    ordered = sorted(candidates, key=lambda p: p.start)
    for n, other in enumerate(ordered):
        if other.start <= last.start or _same_place(other, last):
            continue
        gap = sentence[last.end - offset : other.start - offset]
        listed = _JOIN_GAP.fullmatch(gap) or _SITE_LIST_GAP.fullmatch(gap)
        tally = _TALLY_GAP.fullmatch(gap)
        if not (listed or tally):
            continue
        if not _JOIN_GAP.fullmatch(gap) and SPEAKER_AFTER.match(sentence, other.end - offset):
            continue  # "a bomb exploded in Dunmore, the police chief in Kessler said": a speaker
        if _DESCRIBED_GAP.match(gap):
            continue  # "Hawija, a town near Kirkuk": where the first place is
        if (
            last is chain[-1]
            and _COMMA.fullmatch(gap)
            and (other.feature or "city") in ("admin1", "admin2")
            and ADMIN_WORDS.match(sentence[other.end - offset :][:30])
        ):
            last = other  # "in Diapaga, Tapoa province": the town's province, not a second site
            continue
        worded = ADMIN_WORDS.match(gap)  # "in Rueso district, Narathiwat"
        address = _COMMA.fullmatch(gap[worded.end() :] if worded else gap)
        if last is chain[-1] and address and _division_of(other, last):
            ahead = ordered[n + 1] if n + 1 < len(ordered) else None
            if ahead is None or not _AND_GAP.search(
                sentence[other.end - offset : ahead.start - offset]
            ):
                # "in the hills above Himamaylan, Negros Occidental", "in Rueso district,
                # Narathiwat": the division the town lies in, named as its address
                last = other
                continue
        # "24 over the Bryansk region and 11 over the Black Sea": a tally counts places of
        # any kind
        if not tally and not _same_class(other, place):
            comma = last is chain[-1] and _COMMA.fullmatch(gap) is not None
            if comma and _coarser(other, last) and _inside(last, other):
                last = other  # "Buffalo, N.Y., Winnipeg, Manitoba": the list goes on past N.Y.
                continue
            ahead = ordered[n + 1] if n + 1 < len(ordered) else None
            goes_on = ahead is not None and _AND_GAP.search(
                sentence[other.end - offset : ahead.start - offset]
            )
            if not (_local(other, place) and (_AND_GAP.search(gap) or goes_on)):
                continue  # "Rafah, Deir al-Balah and Gaza City": towns and a province listed
        chain.append(other)
        last = other
    before = []
    first = place
    for other in sorted(candidates, key=lambda p: p.start, reverse=True):
        if other.end > first.start or _same_place(other, first):
            continue
        gap = sentence[other.end - offset : first.start - offset]
        plain = _JOIN_GAP.fullmatch(gap) is not None
        tally = _TALLY_GAP.fullmatch(gap) is not None  # "23 over Rostov and 17 over X"
        if (
            not plain
            and not tally
            and (
                not _SITE_LIST_GAP.fullmatch(gap)
                or _LIST_OPENER.search(sentence[: other.start - offset]) is None
            )
        ):
            break
        # "In Nakuru and Nyeri, ...": a county and a town joined by "and" are listed too
        mixed = plain and _AND_GAP.search(gap) is not None and _local(other, place)
        if not tally and not _same_class(other, place) and not mixed:
            break
        before.append(other)
        first = other
    return chain[1:] + before


def _first_road_end(sentence: str, best: int, mentions, offset: int) -> int:
    """The road's end named first when ``best`` is its other end.

    "ambushed a convoy on the road between Diema and Kayes": one event on the
    road, placed, as annotators of ACLED-style data do, at the end named first.
    """
    end = mentions[best].place
    for index, mention in enumerate(mentions):
        other = mention.place
        if other.end > end.start or index == best:
            continue
        gap = sentence[other.end - offset : end.start - offset]
        if _ROAD_END_GAP.fullmatch(gap) and _ROAD_BETWEEN.search(
            sentence, 0, max(0, other.start - offset)
        ):
            return index
    return best


_ROAD_END_GAP = re.compile(r"\s+and\s+(?:the\s+(?:town|village|city|port)\s+of\s+)?")
# "on the road between", "the highway linking the town of": the ends of a road follow;
# "ambushed a convoy between Djibo and Arbinda", "in the hills between": whatever lies
# between two towns is one stretch, placed at the first
_ROAD_BETWEEN = re.compile(
    r"\b(?:(?:road|roads|highway|route|axis|stretch)\s+(?:linking|connecting)|between)\s+"
    r"(?:the\s+(?:town|village|city|port)s?\s+of\s+)?$",
    re.I,
)
_DESCRIBED_GAP = re.compile(  # "Pehapan, a village near ...": an apposition, not a list
    r"\s*,\s*(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:town|village|city|capital|district|"
    r"area|suburb|neighbou?rhood|region|province|hub|stronghold|fief)\s+(?:in|near|outside|of|at)\s",
    re.I,
)
# "6,000 marched in Sydney, 2,000 in Brisbane and 500 in the Queensland city of Ipswich",
# "destroyed 64 drones, 22 over the Bryansk region and 15 over the Kaluga region"
_TALLY_GAP = re.compile(
    r"(?:\s+(?:[a-z]+\s+){0,3}?(?:province|district|governorate|region|city|town|capital))?"
    r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(?:another\s+|at\s+least\s+)?(?:[\d,]+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:more\s+|others?\s+|people\s+)?"
    r"(?:in|at|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:town|city|village|province|district)\s+of\s+)?",
    re.I,
)
_COMMA = re.compile(r"\s*,\s*")


def _coarser(other: Place, last: Place) -> bool:
    """Whether ``other`` is a province or country after ``last`` (a state after its town)."""
    rank = Mention(other, 0, 0).rank
    return rank >= KIND_RANK["admin1"] and rank > Mention(last, 0, 0).rank


_AND_GAP = re.compile(r"\b(?:and|or)\b")


def _division_of(other: Place, place: Place) -> bool:
    """Whether ``other`` is the division ``place`` lies in: a district of its province, or
    the province's capital named like it ("Narathiwat" after a district of Narathiwat)."""
    if (
        other.admin1 is None
        or other.admin1 != place.admin1
        or other.country_code != place.country_code
    ):
        return False
    if (other.feature or "city") == "admin2":
        return (place.feature or "city") == "city"
    return (other.feature or "city") == "city" and fold(other.text) == fold(other.admin1)


_LOCAL_KINDS = frozenset(["city", "admin2", "admin1"])


def _local(a: Place, b: Place) -> bool:
    """Towns and divisions, which a list joined by "and" mixes ("Daraa, Sweida and Quneitra")."""
    return (a.feature or "city") in _LOCAL_KINDS and (b.feature or "city") in _LOCAL_KINDS


# the site list must open with "including" or a locative word: "including a base in Sanaa and ..."
_LIST_OPENER = re.compile(
    r"\b(?:including|in|at|near|on)\s+(?:(?:an?|the|two|three|several)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:in|near|at|outside|around)\s+(?:the\s+)?$",
    re.I,
)


_PASSIVE_GAP = re.compile(
    r"(?:\s+(?:was|were|had|has|have|been|being|is|are|not|never|also|again|repeatedly|"
    r"heavily|reportedly|n't))*\s*",
    re.I,
)


_TOWN_NOUNS = frozenset(["city", "town", "village", "area", "capital", "district"])
_REGION_ANAPHORS = frozenset(["province", "region", "governorate"])
#: told as inside a place: "no clashes had taken place in the city"
INSIDE = r"\b(?:in|inside|within)\s+"
_INSIDE_BEFORE = re.compile(INSIDE + "$", re.I)
_PP_GAP = re.compile(
    # "no clashes had taken place in the city"
    r"\s*(?:(?:had|has|have|was|were)\s+(?:taken\s+place|occurred|been\s+reported)\s+"
    r"|(?:[\w'-]+\s+){0,2}?)(?:in|at|on|near|inside|outside|around|into|across|"
    r"approaching|towards?)\s+"
    r"(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:of\s+)?",
    re.I,
)
_PART_OF = re.compile(
    r"\b(?:in|on|at|to)\s+the\s+(?:(?:far|northern|southern|eastern|western)\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|"
    r"outskirts|edge|heart|suburbs)\s+(?:(?:part|side|end)\s+)?of\s+$",
    re.I,
)
_CLAUSE_GAP = re.compile(
    r"[,;:()\u2013\u2014\"]|\b(?:who|which|where|when|while|after|before|as)\b", re.I
)
# "an offensive there", "shelled a bakery there"; not "if there is no deal", "from there"
_THERE = re.compile(
    r"\s+(?:(?!from\b|if\b|unless\b|and\b|but\b)[\w-]+\s+){0,4}?there\b"
    r"(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|must|seems?|appears?)\b)",
    re.I,
)


_PLACE_OF_THE_NOUN = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:in|at|near|outside|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.I
)


def _named_after(sentence: str, anaphor: int, mentions, offset: int) -> bool:
    """Whether the noun at ``anaphor`` is followed by the place it belongs to
    ("the airport compound in Mogadishu", "the port of Hodeidah")."""
    match = ANAPHORA.match(sentence, anaphor)
    if match is None:
        return False
    after = [
        m.place
        for m in mentions
        if m.source == "geoparser" and m.place.start - offset > match.end()
    ]
    if not after:
        return False
    first = min(after, key=lambda p: p.start)
    if _town_noun(match) and _names_a_region(sentence, first, offset):
        return False  # "entered the town in South Gondar zone": a town of the zone, told before
    return _PLACE_OF_THE_NOUN.fullmatch(sentence, match.end(), first.start - offset) is not None


# "the town, the administrative centre of the South Gondar zone": a description of the town
_ANAPHOR_DESCRIBED = re.compile(
    r"\s*,\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,4}?(?:of|in)\s+(?:the\s+)?", re.I
)


def _describes_the_anaphor(
    sentence: str, anaphor: int, start: int, *, region: bool = False
) -> bool:
    """Whether the place at ``start`` sits in a description of "the town" at ``anaphor``
    ("the attack on the town, the administrative centre of the South Gondar zone"): it says
    where the town lies, the town is the one named before. A ``region`` right after "the
    town in" says so too ("entered the town in South Gondar zone")."""
    match = ANAPHORA.match(sentence, anaphor)
    if match is None:
        return False
    gap = _ANAPHOR_DESCRIBED.match(sentence, match.end())
    if gap is not None and gap.end() == start:
        return True
    if region and _town_noun(match):
        gap = _TOWN_IN_REGION.match(sentence, match.end())
        # the place's name may hold the bearing ("South Gondar") or not ("Gondar")
        return gap is not None and start in (gap.end("the"), gap.end())
    return False


_TOWN_IN_REGION = re.compile(
    r"\s+in\s+(?P<the>(?:the\s+)?)(?:(?:north|south|east|west|central|upper|lower)(?:ern)?\s+)?",
    re.I,
)


def _town_noun(anaphor: re.Match) -> bool:
    """Whether the noun of an anaphor names a settlement ("the town"), not a facility."""
    return anaphor.group().split()[-1].lower() in _TOWN_NOUNS


def _names_a_region(sentence: str, place, offset: int) -> bool:
    """Whether ``place`` is a region, or written as one ("South Gondar zone")."""
    if (place.feature or "city") not in ("city", "neighbourhood"):
        return True
    return ADMIN_WORDS.match(sentence[place.end - offset :][:30]) is not None


def _anaphor_after(sentence: str, trigger: tuple[int, int]) -> int | None:
    """Offset of "the city"/"the town" as the trigger's object or possessor, if any.

    Also its passive subject ("the city had not been targeted"), and "there"
    just after the trigger ("an offensive there").
    """
    there = _THERE.match(sentence, trigger[1])
    if there is not None:
        return there.end() - len("there")
    for match in ANAPHORA.finditer(sentence):
        rest = sentence[match.end() : match.end() + 4]
        if rest.startswith(" of"):
            continue
        gap_after = sentence[trigger[1] : match.start()]
        if match.start() >= trigger[1] and (len(gap_after) <= 12 or _PP_GAP.fullmatch(gap_after)):
            return match.start()
        gap_before = sentence[match.end() : trigger[0]]
        if match.end() <= trigger[0] and (
            gap_before.strip() in ("'s", "\u2019s") or _PASSIVE_GAP.fullmatch(gap_before)
        ):
            return match.start()
    return None


def _part_of_anaphor(sentence: str, trigger: tuple[int, int]) -> int | None:
    """Offset of "the city" in "in the north of the city" after the trigger, in its clause."""
    for match in ANAPHORA.finditer(sentence, trigger[1]):
        gap = sentence[trigger[1] : match.start()]
        if _PART_OF.search(gap) and not _CLAUSE_GAP.search(gap):
            return match.start()
    return None


def _antecedent(sentence, anaphor, candidates, offset, previous, event_places, document=None):
    """The place "the city" (camp, port...) stands for.

    A mention followed by the same noun wins ("Hodeidah airport" ... "the
    airport"), then the latest event place, then the latest town named.
    """
    match = ANAPHORA.match(sentence, anaphor)
    noun = match.group().split()[-1].lower() if match else "there"
    if noun in ("city", "town", "capital") and document:
        # "the Abu Shouk camp outside El Fasher ... east of the city": a camp is no city
        candidates = [p for p in candidates if not _told_as_camp(document, p)]
        previous = [p for p in previous if not _told_as_camp(document, p)]
        event_places = [p for p in event_places if not _told_as_camp(document, p)]
    in_sentence = [
        p
        for p in candidates
        if p.end - offset <= anaphor
        and not _QUALIFIER_BEFORE.search(sentence, 0, p.start - offset)
        # "convoys from Misrata and Zawiya were seen entering the city": where they came from
        and not (
            noun in ("city", "town", "capital")
            and (
                _FROM_BEFORE.search(sentence, 0, p.start - offset)
                # "thousands fled Kessler for Dunmore after the rebels attacked the town":
                # where they fled to is their refuge, not the town attacked
                or _REFUGE_BEFORE.search(sentence, 0, p.start - offset)
            )
        )
    ]
    pool = sorted([*previous, *in_sentence], key=lambda p: p.start)
    if noun == "there":
        named = list(ANAPHORA.finditer(sentence, 0, anaphor))
        if named:  # "the village had been contested ... beat back two assaults there": the
            noun = named[-1].group().split()[-1].lower()  # place the sentence called so
        else:
            towns = [p for p in in_sentence if (p.feature or "city") != "country"]
            if towns:
                return towns[-1]
    if noun in _REGION_ANAPHORS:  # "an offensive in the province": the province most named
        regions = [p for p in pool if (p.feature or "city") in ("admin1", "admin2", "region")]
        if not regions:
            return None
        if document:  # "drones attacked a depot in the Bryansk region ... 22 drones were
            # destroyed over the region": the region its own paragraph named last, not as
            # an origin
            opening = document.rfind("\n\n", 0, offset + anaphor)
            own = [
                p
                for p in regions
                if p.start > opening
                # "missiles fired from the Astrakhan region": where they came from
                and not _FROM_BEFORE.search(document, max(0, p.start - 40), p.start)
            ]
            if own:
                return own[-1]
        counts: dict = {}
        for place in regions:
            counts[place.geonameid] = counts.get(place.geonameid, 0) + 1
        best = max(counts.values())
        return next(p for p in regions if counts[p.geonameid] == best)  # ties: the first named
    if noun not in ("city", "town", "village", "area", "capital"):
        for place in reversed(pool):  # "Hodeidah airport" ... "the airport"
            if (place.feature or "city") != "city":
                continue
            follow = place.end - offset
            if 0 <= follow <= len(sentence):
                after = sentence[follow : follow + 30]
            else:
                after = document[place.end : place.end + 30] if document else ""
            if re.match(rf"^(?:\s+[\w-]+)?\s+{noun}s?\b", after, re.I):
                return place
    if noun == "capital":  # "rebels entered the capital": the national capital named before
        capital = _capital(in_sentence, pool)
        if capital is not None:
            return capital
    for place in reversed(in_sentence):
        if (place.feature or "city") == "city":
            return place
    described = _described_village(pool, offset + anaphor, document) if noun == "village" else None
    if described is not None:  # "Tavilzhanka, a village north-east of Kupiansk. ... near
        return described  # the village": the place the story called a village
    # "... still present in Um Baru. An assault on the town would ...": the town
    # named just before, in the sentence before
    last = next(
        (
            p
            for p in reversed(pool)
            if (p.feature or "city") == "city"
            # "... showed that Moscow was answering diplomacy with drones": a government
            and not (document and stands_for_government(document, p))
            # "Kessler, the door to Harrow and Ostin. If the town fell": where it leads
            and not (document and _leads_to(document, p))
        ),
        None,
    )
    if (
        last is not None
        and 0 <= offset + anaphor - last.end <= _JUST_BEFORE
        and not (document and speaks_from(document, last))
    ):
        return last
    main = main_place(event_places)
    if main is not None:
        return main
    for place in reversed(pool):
        if (place.feature or "city") == "city":
            return place
    return None


_CAMP_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?camps?\b", re.I)


# "the door to Kramatorsk and Sloviansk": where a town leads (roads: road_end)
_GATEWAY_BEFORE = re.compile(
    r"\b(?:door|gateway|gate|key|approaches)\s+to\s+"
    r"(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?(?:,\s*|\s+and\s+|\s+or\s+))?$"
)


def _leads_to(document: str, place) -> bool:
    """Whether the mention is where another town or a road leads ("the door to Harrow")."""
    return 0 <= place.start <= len(document) and (
        road_end(document, place)
        or _GATEWAY_BEFORE.search(document, max(0, place.start - 60), place.start) is not None
    )


def _told_as_camp(document: str, place) -> bool:
    """Whether the story names the place as a camp ("the Abu Shouk displacement camp")."""
    return 0 <= place.end <= len(document) and bool(
        _CAMP_AFTER.match(document, place.end, place.end + 40)
    )


_JUST_BEFORE = 160  # characters from a town to "the town" that stands for it
_DESCRIBED_WITHIN = 400  # characters from "X, a village" to "the village"
_CALLED_A_VILLAGE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,3}?village\b|\s+village\b", re.I
)
_VILLAGE_OF = re.compile(r"\bvillage\s+of\s+$", re.I)


def _described_village(pool, at: int, document: str | None):
    """The latest place of ``pool`` the story called a village, shortly before ``at``.

    "Tavilzhanka, a village on the Oskil river", "the village of Sinjil",
    "Kafr Malik village": the place "the village" refers back to, even when
    another town was named after it.
    """
    if not document:
        return None
    for place in reversed(pool):
        if (place.feature or "city") != "city" or not 0 <= at - place.end <= _DESCRIBED_WITHIN:
            continue
        if _CALLED_A_VILLAGE.match(document, place.end) or _VILLAGE_OF.search(
            document, max(0, place.start - 20), place.start
        ):
            return place
    return None


# "Kafr Malik, north-east of Ramallah": Ramallah only says where Kafr Malik is
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*(?:\s*,\s*|\s+and\s+))*$"
)
_REFUGE_BEFORE = re.compile(
    r"\b(?:fled|flee|flees|fleeing|escaped|escaping)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:to|for|towards|into)\s+(?:the\s+)?$",
    re.I,
)
_QUALIFIER_BEFORE = re.compile(
    r",\s*(?:(?:about|some)\s+)?(?:\d[\d.,]*\s*(?:km|kilometres|kilometers|miles)\s+)?"
    # a bearing or "just", not people: "residents of Niafunke" are no qualifier
    r"(?:(?:just|right|north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
    r"[a-z]+ern|[a-z]+wards?)\s+)?(?:of|from|near|outside)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$"
)


def _capital(in_sentence: Sequence[Place], pool: Sequence[Place]) -> Place | None:
    """The national capital named last, of the country the sentence names if it names one."""
    capitals = [p for p in pool if p.feature_code == "PPLC"]
    countries = {p.country_code for p in in_sentence if p.feature == "country"}
    own = [p for p in capitals if p.country_code in countries]
    return (own or capitals or [None])[-1]


def _paragraph_heading(
    previous: Sequence[Place], document: str | None, offset: int
) -> Place | None:
    """The town heading the sentence's paragraph ("Tel Aviv. Police fired water cannon at
    protesters who blocked Begin Road"): what an added name there lies in, before the
    town of the story's other events."""
    if document is None:
        return None
    begin = document.rfind("\n", 0, offset) + 1
    return next(
        (
            p
            for p in previous
            if p.start >= begin
            and p.lat is not None
            and (p.feature or "city") == "city"
            and not document[begin : p.start].strip()
            and _HEADING_STOP.match(document, p.end)
        ),
        None,
    )


_HEADING_STOP = re.compile(r"\s*[.:]\s")


def main_place(event_places: Sequence[Place]) -> Place | None:
    """The town most events of the document happened in so far (ties: the first told)."""
    towns = [p for p in event_places if (p.feature or "city") in ("city", "admin2")]
    if not towns:
        return None
    counts: dict = {}
    for place in towns:
        counts[place.geonameid] = counts.get(place.geonameid, 0) + 1
    best = max(counts.values())
    return next(p for p in towns if counts[p.geonameid] == best)  # ties: the lead event
