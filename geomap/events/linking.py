"""Link an event trigger to the place where the event happened.

Among the places of the trigger's sentence, each candidate gets a score
from its relation to the trigger: the preposition that introduces it ("in",
"at", "near", "outside" count for it; "from" and "via" make it the origin
of a movement), its dependency distance to the trigger, whether it is the
trigger's object ("captured Palmyra"), whether it hangs off a reporting
verb rather than the event's clause ("a spokesman in Beirut said") and how
fine the place is. Words around the mention set ACLED geo-precision:
"east Aleppo" and "the outskirts of X" are 2, "the Homs countryside" or a
province 3.

The function works with a spaCy parse of the sentence and, more roughly,
without one (word distance and the preceding preposition).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from geomap.records import Place

LOCATIVE_PREPS = frozenset(
    "in at near on outside inside into around across throughout within over onto "
    "towards toward beside along off upon nearby through".split()
)
DIRECTIONAL_PREPS = frozenset("to".split())
ORIGIN_PREPS = frozenset("from via".split())
BAD_PREPS = frozenset("for with about against by like than".split())
REPORTING = frozenset(
    "say tell add report claim state announce confirm assert insist note explain respond reply "
    "conclude allege accuse quote cite write tweet post acknowledge admit argue declare speak "
    "ask interview call describe praise condemn denounce welcome hail defend criticise criticize "
    "blame promise vow pledge threaten warn deny urge demand appeal announce".split()
)
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
FINE_FEATURES = {"city": 0.1, "admin2": 0.0, "admin1": -0.05, "region": -0.1, "country": -0.6}
THRESHOLD = 0.35
PERSON_NAME_MAX_POPULATION = 50_000
_WORD = re.compile(r"[\w'\u2019.-]+")


@dataclass(frozen=True, slots=True)
class LinkResult:
    """The place chosen for an event, why, and where a movement came from."""

    place: Place | None
    precision: int | None = None
    method: str = "none"
    score: float = 0.0
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
    parsed : spacy.tokens.Doc, optional
        The spaCy parse of ``sentence``; without it word distance is used.
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

    Returns
    -------
    LinkResult
        ``place`` None when no candidate is reliable.
    """
    candidates = [
        p
        for p in places
        if (p.lat is not None or p.geonameid is not None) and not _is_date_word(sentence, p, offset)
    ]
    scored = []
    origin = None
    origin_score = -1.0
    for place in candidates:
        start, end = place.start - offset, place.end - offset
        if start < 0 or end > len(sentence):
            continue
        if parsed is not None:
            score, role, direct = _score_parsed(parsed, trigger, (start, end), place)
        else:
            score, role, direct = _score_lexical(sentence, trigger, (start, end), place)
        if role == "origin" and taken_from:
            role = "'from' phrase"
            score += 0.6
        if role == "origin":
            if score > origin_score:
                origin, origin_score = place, score
            continue
        if _contained_in_previous(sentence, place, candidates, offset):
            score -= 0.5
        scored.append((score, -abs(start - trigger[0]), place, role, direct))
    anaphor = _anaphor_after(sentence, trigger)
    if anaphor is not None:
        framed = {id(s[2]) for s in scored if s[3] == "reporting clause"}
        facility = ANAPHORA.match(sentence, anaphor)
        town_noun = facility is None or facility.group().split()[-1].lower() in _TOWN_NOUNS
        usable = [p for p in candidates if (town_noun and not contested) or id(p) not in framed]
        antecedent = _antecedent(
            sentence, anaphor, usable, offset, previous, event_places, document
        )
        if antecedent is not None:
            scored.append((1.0 + THRESHOLD, 0, antecedent, "anaphora", True))
    if not scored:
        return LinkResult(None, origin=origin)
    score, _, place, role, direct = max(scored, key=lambda s: (s[0], s[1]))
    if score < THRESHOLD and parsed is not None:
        framed_ok = not _reported(parsed, trigger)
        backoff = _lexical_backoff(sentence, trigger, [s[2] for s in scored], offset, framed_ok)
        if backoff is not None:
            score, place, role, direct = backoff
    if score < THRESHOLD:
        return LinkResult(None, score=score, origin=origin)
    start, end = place.start - offset, place.end - offset
    if role == "anaphora" or not 0 <= start < end <= len(sentence):
        precision, why = (1 if (place.feature or "city") == "city" else 3), "the place named before"
    else:
        precision, why = geo_precision(sentence, start, end, place)
    listed = [s[2] for s in scored if s[3] not in ("reporting clause", "acting subject")]
    also = tuple(_joined(sentence, place, listed, offset))
    return LinkResult(
        place,
        precision,
        f"{role}; {why}",
        score,
        origin if origin is not place else None,
        also,
        direct,
    )


_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec".split())
_DAY_AFTER = re.compile(r"\.?\s*\d{1,2}\b")


def _is_date_word(sentence: str, place: Place, offset: int) -> bool:
    """A month abbreviation read as a town ("on Nov. 7"): the geoparser's slip, not a place."""
    if place.text.lower().rstrip(".") not in _MONTH_ABBREVIATIONS:
        return False
    end = place.end - offset
    return 0 <= end <= len(sentence) and _DAY_AFTER.match(sentence, end) is not None


_JOIN_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?")


_SITE_LIST_GAP = re.compile(  # "an air base in Sanaa and radar sites near Hodeidah"
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:an?\s+|the\s+|other\s+|several\s+|two\s+|three\s+)?"
    r"(?:[\w'-]+\s+){1,3}?(?:in|near|at|outside|around)\s+(?:the\s+)?"
    r"(?:town\s+of\s+|city\s+of\s+|port\s+of\s+)?",
    re.I,
)


def _joined(sentence: str, place: Place, candidates: list[Place], offset: int) -> list[Place]:
    """Places listed with ``place`` ("Kidal and Tessalit"), same kind, not its container."""
    chain = [place]
    for other in sorted(candidates, key=lambda p: p.start):
        last = chain[-1]
        if other.start <= last.start or other.geonameid == last.geonameid:
            continue
        gap = sentence[last.end - offset : other.start - offset]
        if not (_JOIN_GAP.fullmatch(gap) or _SITE_LIST_GAP.fullmatch(gap)):
            continue
        if (other.feature or "city") != (place.feature or "city"):
            continue
        chain.append(other)
    before = []
    first = place
    for other in sorted(candidates, key=lambda p: p.start, reverse=True):
        if other.end > first.start or other.geonameid == first.geonameid:
            continue
        gap = sentence[other.end - offset : first.start - offset]
        if (
            not _SITE_LIST_GAP.fullmatch(gap)
            or _LIST_OPENER.search(sentence[: other.start - offset]) is None
        ):
            break
        if (other.feature or "city") != (place.feature or "city"):
            break
        before.append(other)
        first = other
    return chain[1:] + before


# the site list must open with "including" or a locative word: "including a base in Sanaa and ..."
_LIST_OPENER = re.compile(
    r"\b(?:including|in|at|near|on)\s+(?:(?:an?|the|two|three|several)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:in|near|at|outside|around)\s+(?:the\s+)?$",
    re.I,
)


_UNIT_NOUN = (
    r"(?:village|town|township|commune|city|neighbou?rhood|district|area|quarter|junction|camp|suburb|county|"
    r"province|region|state|governorate|municipality|LGA|local\s+government\s+area)"
)
_CONTAINER_GAP = re.compile(
    rf"\s*(?:{_UNIT_NOUN}\s*)?(?:,\s*)?(?:\bin\b|\bof\b)?\s*(?:the\s+)?(?:[a-z-]+ern\s+|central\s+)?"
    r"(?:(?:north|south|east|west|centre|center|heart)\w*\s+of\s+)?"
    r"(?:(?:the\s+)?(?:province|city|town|district|region)\s+of\s+)?",
    re.I,
)
_POSSESSOR_GAP = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z][\w-]*\s+){0,2}", re.I)


_CONTAINS_NEXT = re.compile(
    r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|capital|port|district|province|"
    r"region|county|area|suburb|neighbourhood|neighborhood)\s+of\s+(?:the\s+)?",
    re.I,
)


def _contained_in_previous(sentence: str, place: Place, candidates, offset: int) -> bool:
    """Whether ``place`` only locates another place of the phrase.

    "Palmyra in Homs": Homs locates Palmyra; "Pakistan's northwestern city of
    Peshawar": Pakistan locates Peshawar.
    """
    for other in candidates:
        if other is place or not _plausibly_inside(other, place):
            continue
        if other.end <= place.start:
            gap = sentence[other.end - offset : place.start - offset]
            if gap and _CONTAINER_GAP.fullmatch(gap) and re.search(r"[,\w]", gap):
                return True
        elif other.start >= place.end:
            gap = sentence[place.end - offset : other.start - offset]
            if gap and (_CONTAINS_NEXT.fullmatch(gap) or _POSSESSOR_GAP.fullmatch(gap)):
                return True
    return False


_INSIDE_KM = {"city": 60.0, "admin2": 150.0, "admin1": 600.0}


def _plausibly_inside(inner: Place, outer: Place) -> bool:
    """Whether ``inner`` can lie in ``outer`` ("Karrada in Baghdad"), so ``outer`` only locates it.

    A neighbourhood the gazetteer put in another country, or a town far
    from the city said to hold it, is a wrong reading: the container stays.
    """
    if inner.country_code and outer.country_code and inner.country_code != outer.country_code:
        return False
    limit = _INSIDE_KM.get(outer.feature or "city")
    if limit is None or None in (inner.lat, inner.lon, outer.lat, outer.lon):
        return True
    return _km(inner.lat, inner.lon, outer.lat, outer.lon) <= limit


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    import math

    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


_PASSIVE_GAP = re.compile(
    r"(?:\s+(?:was|were|had|has|have|been|being|is|are|not|never|also|again|repeatedly|"
    r"heavily|reportedly|n't))*\s*",
    re.I,
)


_FRAME = re.compile(
    r"^\W*(?:in|near|at|outside|around|inside)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?$", re.I
)


def _reported(parsed, trigger) -> bool:
    """Whether the trigger hangs under a reporting verb told before it.

    "In Port Sudan, a spokesman promised that the army would retake X": the
    opening place is where the words were spoken. A closing attribution
    ("Near Dori, gunmen shot 23 men, police said") leaves the frame to the event.
    """
    token = _span_root(parsed, *trigger)
    if token is None:
        return True
    return any(
        t.lemma_ in REPORTING and t.pos_ in ("VERB", "AUX") and t.i < token.i
        for t in _ancestors(token)[1:]
    )


def _lexical_backoff(sentence, trigger, candidates, offset, frame_ok=True):
    """When the parse links nothing, a place right after the trigger in a locative phrase,
    or the place that opens the sentence ("Near Musakhel, gunmen ... shot dead 23 men")."""
    best = None
    for place in candidates:
        start, end = place.start - offset, place.end - offset
        if frame_ok and 0 <= start < trigger[0] and _FRAME.match(sentence[:start]):
            frame = sentence[end : end + 2].startswith(",")
            if frame and (best is None or best[0] < THRESHOLD + 0.1):
                best = (THRESHOLD + 0.1, place, "'in' phrase (sentence frame)", False)
        if start < trigger[1] or end > len(sentence):
            continue
        score, role, direct = _score_lexical(sentence, trigger, (start, end), place)
        if direct and role.startswith("'") and score >= THRESHOLD + 0.5:
            if best is None or score > best[0]:
                best = (score, place, role + " (parse missed it)", direct)
    return best


_TOWN_NOUNS = frozenset(["city", "town", "village", "area", "capital"])
_REGION_ANAPHORS = frozenset(["province", "region", "governorate"])
_PP_GAP = re.compile(
    r"\s*(?:[\w'-]+\s+){0,2}?(?:in|at|on|near|inside|outside|around|into|across)\s+"
    r"(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:of\s+)?",
    re.I,
)
_THERE = re.compile(r"^\s+(?:(?:[\w-]+\s+){0,2}?)there\b", re.I)


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


def _antecedent(sentence, anaphor, candidates, offset, previous, event_places, document=None):
    """The place "the city" (camp, port...) stands for.

    A mention followed by the same noun wins ("Hodeidah airport" ... "the
    airport"), then the latest event place, then the latest town named.
    """
    match = ANAPHORA.match(sentence, anaphor)
    noun = match.group().split()[-1].lower() if match else "there"
    in_sentence = [p for p in candidates if p.end - offset <= anaphor]
    pool = sorted([*previous, *in_sentence], key=lambda p: p.start)
    if noun == "there" and in_sentence:
        return in_sentence[-1]
    if noun in _REGION_ANAPHORS:  # "an offensive in the province": the province most named
        regions = [p for p in pool if (p.feature or "city") in ("admin1", "admin2", "region")]
        if not regions:
            return None
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
    for place in reversed(in_sentence):
        if (place.feature or "city") == "city":
            return place
    main = main_place(event_places)
    if main is not None:
        return main
    for place in reversed(pool):
        if (place.feature or "city") == "city":
            return place
    return None


def main_place(event_places: Sequence[Place]) -> Place | None:
    """The town most events of the document happened in so far (ties: the first told)."""
    towns = [p for p in event_places if (p.feature or "city") == "city"]
    if not towns:
        return None
    counts: dict = {}
    for place in towns:
        counts[place.geonameid] = counts.get(place.geonameid, 0) + 1
    best = max(counts.values())
    return next(p for p in towns if counts[p.geonameid] == best)  # ties: the lead event


# ---------------------------------------------------------------- parsed scoring


def _span_root(parsed, start: int, end: int):
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _ancestors(token) -> list:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


_CONTEST = frozenset("fight battle struggle offensive assault push race war siege".split())
_FACILITY = frozenset(
    "airport city town village port camp gate market outskirts centre center district province "
    "border suburbs countryside neighbourhood neighborhood base area capital region "
    "governorate home house residence street streets road hospital school mosque church "
    "embassy prison station terminal office headquarters compound square bridge checkpoint "
    "stronghold garrison frontline front hotel university building district sector zone "
    "restaurant municipality settlement courthouse venue perimeter apartment complex theater "
    "theatre yard waterway hideout subway metro crossing slum plateau farmland parliament "
    "cantonment barracks outpost palace stadium mall bazaar consulate ministry township".split()
)


def _nominal_head(token):
    """Climb from a place token through compounds and appositions to its phrase head."""
    head = _nominal_head_once(token)
    while head.dep_ == "poss" and (head.head.pos_ == "PROPN" or head.head.lemma_ in _FACILITY):
        head = _nominal_head_once(head.head)
    return head


def _nominal_head_once(token):
    while (
        token.dep_ in ("compound", "amod", "nmod", "appos", "conj", "npadvmod")
        and token.head.i != token.i
    ):
        if token.dep_ == "conj" and token.head.pos_ not in ("PROPN", "NOUN"):
            break
        token = token.head
    return token


_PRONOUNS = frozenset(["they", "it", "he", "she", "we"])


_PLACE_PREPS_STRICT = frozenset("in at near outside inside into around towards toward".split())


def _inside_longer_name(tok, span: tuple[int, int]) -> bool:
    """Whether the place is only part of a longer PERSON entity."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ == "PERSON":
            return ent.start_char < span[0] or ent.end_char > span[1]
    return False


def _told_as_place(tok) -> bool:
    """Whether the words around a PERSON-tagged name make it a place.

    "the town of Raga", "fighting in Raga", "near Lafia": a person is not
    found in a town or after a locative preposition.
    """
    settled = _TOWN_NOUNS | {"province", "region", "settlement", "district"}
    if tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in settled:
        return True  # "Shaffa and Shindiffu villages", "Kot Khadak area"
    doc = tok.doc
    after = doc[tok.i + 1 : tok.i + 4]
    if (
        len(after) >= 2
        and after[0].lower_ in ("in", "near")
        and any(t.pos_ == "PROPN" for t in after[1:])
    ):
        return True  # "storming Qabasin in northern Aleppo": placed in another place
    head = _nominal_head_once(tok)
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in _PLACE_PREPS_STRICT:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in settled


def _in_condition(tok, path) -> bool:
    """Whether the place sits in an if/unless clause that does not hold the trigger."""
    return any(
        t.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children)
        for t in path
    )


_CLAUSE_DEPS = frozenset(["conj", "advcl", "parataxis"])


def _in_other_clause(path) -> bool:
    """Whether the place sits in a coordinated clause that has a subject of its own."""
    return any(
        t.pos_ in ("VERB", "AUX")
        and t.dep_ in _CLAUSE_DEPS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in path
    )


_RESIDENTS = frozenset(
    "resident villager inhabitant local people family witness survivor farmer trader".split()
)


def _residents_of(tok) -> bool:
    """Whether the place names where the speakers live ("residents of Koro", "people in X")."""
    head = _nominal_head_once(tok)
    if head.dep_ != "pobj" or head.head.lower_ not in ("of", "in"):
        return False
    return head.head.head.lemma_.lower() in _RESIDENTS


def _outside_reported_clause(trig, tok, up_t, steps_t) -> bool:
    """Whether the place hangs on a reporting verb outside the clause it reports.

    "Speaking in Ankara, the president said troops had shelled X": Ankara is
    where the words were said, not where the shelling happened. When the
    reported clause's subject is a pronoun ("police in Kaduna said they had
    arrested..."), the speaker is the actor and the place counts.
    """
    if _residents_of(tok):
        return False  # "residents of Koro said militants would attack": they speak from there
    for index in range(1, len(up_t)):
        verb = up_t[index]
        if verb.lemma_ not in REPORTING or verb.pos_ not in ("VERB", "AUX"):
            continue
        clause = up_t[index - 1]
        if clause.dep_ not in ("ccomp", "parataxis", "xcomp", "advcl", "dobj", "conj"):
            continue
        if clause.left_edge.i <= tok.i <= clause.right_edge.i:
            return False
        return not any(c.dep_ == "nsubj" and c.lower_ in _PRONOUNS for c in trig.children)
    return False


def _score_parsed(parsed, trigger, span, place) -> tuple[float, str]:
    trig = _span_root(parsed, *trigger)
    tok = _span_root(parsed, *span)
    if trig is None or tok is None:
        return 0.0, "unparsed", False
    small = place.population is not None and place.population < PERSON_NAME_MAX_POPULATION
    if tok.ent_type_ == "PERSON" and (small or _inside_longer_name(tok, span)):
        if not _told_as_place(tok):  # "Rice was shot", "captured Hermagoras Gonzalez Polanco"
            return -1.0, "a person's name", False
    up_t = _ancestors(trig)
    up_p = _ancestors(tok)
    index_t = {t.i: n for n, t in enumerate(up_t)}
    lca_steps = next(((n, index_t[t.i]) for n, t in enumerate(up_p) if t.i in index_t), None)
    if lca_steps is None:
        return 0.0, "unconnected", False
    steps_p, steps_t = lca_steps
    distance = steps_p + steps_t
    score = 1.0 - 0.12 * max(0, distance - 1)
    role = "syntax"
    head = _nominal_head(tok)
    if (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_ in _FACILITY | REGION_WORDS | NEAR_WORDS
    ):
        head = _nominal_head(head.head.head)  # "the port of Odesa", "the town of Saraqib"
    prep = head.head if head.dep_ == "pobj" else None
    prep_word = prep.lower_ if prep is not None else None
    direct = head.head.i == trig.i or (prep is not None and prep.head.i == trig.i)
    if prep_word in ORIGIN_PREPS:
        return score, "origin", direct
    if prep_word in LOCATIVE_PREPS:
        score += 0.6
        role = f"'{prep_word}' phrase"
    elif prep_word in DIRECTIONAL_PREPS:
        score += 0.35
        role = f"'{prep_word}' phrase"
    elif prep_word == "of":
        if prep.head.i == trig.i:
            score += 0.6
        elif prep.head.lemma_ in REGION_WORDS | NEAR_WORDS:
            score += 0.3
        else:
            score += 0.05
        role = "'of' phrase"
    elif prep_word == "for" and prep.head.lemma_ in _CONTEST:
        score += 0.4  # "the fight for Sharqat"
        role = "'for' phrase"
    elif prep_word in BAD_PREPS:
        score -= 0.5
    if head.head.i == trig.i and head.dep_ in ("dobj", "nsubjpass", "obj", "attr"):
        score += 0.6
        role = "object of the trigger"
    elif head.dep_ == "nsubj" and any(head.head.i == t.i for t in up_t):
        transitive = head.head.dep_ == "relcl" or any(
            c.dep_ in ("dobj", "obj") for c in head.head.children
        )
        if transitive or place.feature == "country":
            score -= 0.8
            role = "acting subject"
        elif head.head.i == trig.i:
            score += 0.2
            role = "subject of the trigger"
    elif head.dep_ == "poss":
        score -= 0.3
    if tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
        noun = tok.head.lemma_.lower()
        if tok.head.pos_ == "NOUN" and noun not in _FACILITY | REGION_WORDS | NEAR_WORDS:
            score -= 0.6  # "U.S. soldiers", "the Bangladesh authorities": not a location
            role = "modifier of a non-place noun"
    if _in_condition(tok, up_p[:steps_p]):
        score -= 0.6  # "...if drones kept attacking ships in Crimea": the condition's place
    if (
        tok.dep_ == "compound"
        and tok.head.lemma_ in _TOWN_NOUNS | {"port"}
        and ((place.feature or "city") != "city")
    ):
        score -= 0.8  # "the Red Sea port city": a descriptor of another town
    if _outside_reported_clause(trig, tok, up_t, steps_t):
        score -= 3.0
        role = "reporting clause"
    if any(t.dep_ == "relcl" for t in up_p[:steps_p]) and steps_p > 1:
        score -= 0.2
    if _in_other_clause(up_p[:steps_p]):
        score -= 0.6  # "a bomb exploded in X, and in Y gunmen shot ...": Y is the shooting's
    score += FINE_FEATURES.get(place.feature or "city", -0.3)
    return score, role, direct


# ---------------------------------------------------------------- lexical scoring

_REPORT_WORDS = re.compile(
    r"\b(?:said|says|told|according|added|stated|claimed|reported|announced|spokesman|spokeswoman|"
    r"spokesperson|interview|speaking)\b",
    re.I,
)
_SKIP_BEFORE = frozenset(
    "the a an of city town village province governorate region district capital "
    "eastern western northern southern central east west north south besieged rebel-held "
    "government-held northeastern northwestern southeastern southwestern nearby key strategic "
    "outskirts suburbs".split()
)


def _score_lexical(sentence, trigger, span, place) -> tuple[float, str, bool]:
    start, end = span
    lo, hi = (trigger[1], start) if start >= trigger[1] else (end, trigger[0])
    between = sentence[lo:hi]
    words_between = len(_WORD.findall(between))
    score = 1.0 - 0.06 * max(0, words_between - 1)
    before = [w.lower() for w in _WORD.findall(sentence[max(0, start - 60) : start])]
    prep_word = None
    for word in reversed(before[-6:]):
        if word in _SKIP_BEFORE:
            continue
        prep_word = word
        break
    role = "nearby"
    direct = words_between <= 3
    if prep_word in ORIGIN_PREPS:
        return score, "origin", direct
    if prep_word in LOCATIVE_PREPS:
        score += 0.6
        role = f"'{prep_word}' phrase"
    elif prep_word in DIRECTIONAL_PREPS:
        score += 0.3
        role = f"'{prep_word}' phrase"
    elif prep_word in BAD_PREPS:
        score -= 0.5
    elif start >= trigger[1] and words_between <= 2:
        score += 0.4
        role = "object of the trigger"
    if _REPORT_WORDS.search(between) or re.search(r"[;\u201d\u201c\"]", between):
        score -= 1.5
        role = "reporting clause"
    score += FINE_FEATURES.get(place.feature or "city", -0.3)
    return score, role, direct
