"""The hand-written relation score of a candidate place to an event trigger.

Geomap's first linker, kept as one feature of the learned one
(:mod:`geomap.events.link_model` adds ``rule_weight`` times this score to
each candidate's logit, and the same times ``THRESHOLD`` to the "none"
option). It encodes what the labelled sentences teach poorly: the
preposition that introduces the place ("in", "at", "near", "outside" count
for it), its dependency distance to the trigger, whether it is the
trigger's object ("captured Palmyra"), whether it hangs off a reporting verb
rather than the event's clause ("a spokesman in Beirut said"), whether it
only locates another place of the phrase ("Palmyra in Homs"), and how fine
the place is. :func:`rule_score` works with a spaCy parse and, more roughly,
with word distance alone.
"""

from __future__ import annotations

import re

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
FINE_FEATURES = {"city": 0.1, "admin2": 0.0, "admin1": -0.05, "region": -0.1, "country": -0.6}
THRESHOLD = 0.35
PERSON_NAME_MAX_POPULATION = 50_000
_WORD = re.compile(r"[\w'\u2019.-]+")


def rule_score(
    sentence: str,
    trigger: tuple[int, int],
    span: tuple[int, int],
    place: Place,
    others: list[Place],
    parsed=None,
) -> float:
    """The rule score of the place at ``span`` (sentence offsets) for ``trigger``.

    ``others`` are the sentence's candidate places with sentence offsets.
    Around 1 and above for a place in a locative phrase on the trigger,
    below ``THRESHOLD`` for a place the rules would not link.
    """
    if parsed is not None:
        score, _role, _direct = _score_parsed(parsed, trigger, span, place)
    else:
        score, _role, _direct = _score_lexical(sentence, trigger, span, place)
    if _contained_in_previous(sentence, place, others, 0):
        score -= 0.5
    return max(-3.0, min(3.0, score))


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


_TOWN_NOUNS = frozenset(["city", "town", "village", "area", "capital"])
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
    if prep.lower_ in ("of", "for") and prep.head.lemma_.lower() in _TAKEN:
        return True  # "the capture of Sudzha", "the battle for Bakhmut": no person is captured so
    if prep.lower_ == "on" and prep.head.lemma_.lower() in _ASSAULTS:
        return True  # "an assault on Sudzha"
    return prep.lower_ == "of" and prep.head.lemma_.lower() in settled


_TAKEN = frozenset(
    "capture fall siege liberation recapture control battle fight defence defense encirclement "
    "storming occupation seizure".split()
)
_ASSAULTS = frozenset("assault attack offensive advance push strike raid".split())


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
    if head.dep_ != "pobj" or head.head.lower_ not in ("of", "in", "from"):
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
