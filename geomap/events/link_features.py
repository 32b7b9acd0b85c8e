"""Features of (event trigger, candidate place) pairs, for the learned linker.

Each candidate place of a sentence gets a sparse feature dict (name ->
value) describing how it relates to the trigger: the preposition that
governs it, the dependency path between them, clause boundaries and other
verbs in between, linear distance and order, whether it only modifies a
noun naming people or organisations ("Kyiv officials", "Syria's army"),
qualifies another place ("Nablus, West Bank"; "the West Bank city of
Nablus"), opens the sentence as a dateline, its kind (country, province,
town...) and whether a finer place is also named. The "none" decision gets
sentence-level features of its own (:func:`none_features`).

No feature holds a place name: only prepositions, dependency labels,
parts of speech, the trigger's lemma and the lemma of a noun the place
modifies. The same function gives lexical features (word distance, the
preceding preposition) when there is no parse; the parsed model uses both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from geomap.records import Place

Features = dict[str, float]
SPEAKER_PLACE = "speaker_place"  # the place hangs on a reporting verb, outside the reported clause

KIND_RANK = {"city": 0, "neighbourhood": 0, "admin2": 1, "admin1": 2, "region": 3, "sea": 3}
KIND_RANK_DEFAULT = 2  # islands, seas and other regions
COUNTRY_RANK = 4
LOCATIVE = frozenset(
    "in at near on outside inside into around across throughout within over onto towards "
    "toward beside along off upon nearby through between".split()
)
REPORTING = frozenset(
    "say tell add report claim state announce confirm assert insist note explain respond reply "
    "conclude allege accuse quote cite write tweet post acknowledge admit argue declare speak "
    "ask interview call describe praise condemn denounce welcome hail defend criticise criticize "
    "blame promise vow pledge threaten warn deny urge demand appeal".split()
)
NOUN_CLASSES = (
    (
        "geo",
        frozenset(
            "city town village capital port province region district county governorate state "
            "area countryside suburb outskirts border neighbourhood neighborhood territory part "
            "edge north south east west centre center heart desert mountain valley river island "
            "coast sea gulf strait highway road street camp zone front frontline municipality "
            "settlement enclave plain hill plateau lake delta corridor crossing commune township "
            "locality quarter".split()
        ),
    ),
    (
        "site",
        frozenset(
            "airport base airbase home house residence hospital school mosque church embassy "
            "prison station office headquarters compound square bridge checkpoint market hotel "
            "university building restaurant stadium palace parliament ministry consulate barracks "
            "outpost post garrison factory plant field farm mall bazaar courthouse jail airfield "
            "harbour harbor subway temple shrine club cafe shop store".split()
        ),
    ),
    (
        "residents",
        frozenset("resident villager inhabitant local family witness survivor".split()),
    ),
    (
        "people",
        frozenset(
            "official authority government army military force troop police soldier "
            "people citizen leader president minister spokesman spokeswoman spokesperson "
            "commander governor ambassador delegation team player national man woman journalist "
            "reporter agency medium newspaper television radio company firm party group militia "
            "rebel militant fighter insurgent student worker farmer family native born "
            "counterpart representative envoy diplomat source community population tribe clan "
            "diaspora".split()
        ),
    ),
    (
        "event",
        frozenset(
            "attack clash fighting fight battle raid offensive operation bombing strike airstrike "
            "shelling explosion blast violence war conflict protest demonstration rally march "
            "ambush assault siege campaign incident killing massacre unrest riot uprising "
            "crackdown invasion occupation incursion".split()
        ),
    ),
)
CLAUSE_DEPS = frozenset("advcl ccomp xcomp relcl acl conj parataxis pcomp csubj".split())
SKIP_BEFORE = frozenset(
    "the a an of city town village province governorate region district capital eastern "
    "western northern southern central east west north south northeastern northwestern "
    "southeastern southwestern besieged rebel-held government-held nearby key strategic "
    "outskirts suburbs restive troubled border northeast northwest southeast southwest".split()
)
REPORT_WORDS = re.compile(
    r"\b(?:said|says|told|according|added|stated|claimed|reported|announced|spokesman|"
    r"spokeswoman|spokesperson|interview|speaking)\b",
    re.I,
)
_WORD = re.compile(r"[\w'\u2019.-]+")
_FRAME_OPENER = re.compile(r"^\W*(?:in|near|at|outside|around|inside)\s", re.I)
_DATELINE_AFTER = re.compile(
    r"^(?:,?\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\(|--|\u2014|\u2013|-\s|,\s*[A-Z][a-z]+\.?\s+\d)"
)


_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec".split())
_DAY_AFTER = re.compile(r"\.?\s*\d{1,2}\b")


@dataclass(frozen=True, slots=True)
class Mention:
    """A candidate place with its offsets relative to the sentence."""

    place: Place
    start: int
    end: int
    source: str = "geoparser"  # or where a linking-only candidate came from (link_candidates)

    @property
    def rank(self) -> int:
        """How coarse the place is: 0 town ... 4 country."""
        feature = self.place.feature
        if feature == "country":
            return COUNTRY_RANK
        if feature is None:
            return 0  # unresolved names are mostly villages and neighbourhoods
        return KIND_RANK.get(feature, KIND_RANK_DEFAULT)


def candidate_mentions(sentence: str, places: Sequence[Place], offset: int = 0) -> list[Mention]:
    """The places of ``sentence`` that can be an event's site, in text order.

    Drops places outside the sentence and month abbreviations read as towns
    ("on Nov. 7"). ``offset`` is the sentence's start in the document
    (places carry document offsets).
    """
    out = []
    for place in places:
        start, end = place.start - offset, place.end - offset
        if start < 0 or end > len(sentence) or start >= end:
            continue
        if place.text.lower().rstrip(".") in _MONTH_ABBREVIATIONS and _DAY_AFTER.match(
            sentence, end
        ):
            continue
        out.append(Mention(place, start, end))
    return sorted(out, key=lambda m: m.start)


def role_of(features: Features) -> str:
    """A short reading of how a candidate relates to the trigger, from its features."""
    for key in features:
        if key.startswith("prep=") and key.endswith("*attach=trigger") and key.count("*") == 1:
            word = key[len("prep=") : -len("*attach=trigger")]
            if word in LOCATIVE or word in ("to", "of", "for", "from", "via"):
                return f"'{word}' phrase"
    if any(k.startswith("role=dobj*attach=trigger") for k in features):
        return "object of the trigger"
    if any(k.startswith("role=nsubjpass*attach=trigger") for k in features):
        return "object of the trigger"
    for key in features:
        if key.startswith("lex_prep=") and "*" not in key:
            word = key[len("lex_prep=") :]
            if word in LOCATIVE:
                return f"'{word}' phrase"
    return "context"


def governing_preposition(features: Features) -> str | None:
    """The preposition that introduces a candidate (from the parse, else the words before)."""
    lexical = None
    for key in features:
        if key.startswith("prep=") and "*" not in key:
            return key[len("prep=") :]
        if key.startswith("lex_prep=") and "*" not in key:
            lexical = key[len("lex_prep=") :]
    return lexical


_OWN_CLAUSE = ("trigger", "subject_verb", "subject_verb_np")


def locative_on_trigger(features: Features) -> bool:
    """Whether the candidate is in a locative phrase on the trigger itself ("shot ... in X").

    Or on the verb a nominal trigger is the subject of ("an airstrike hit a
    bus at a market in X").
    """
    for key in features:
        if key.startswith("prep=") and key.count("*") == 1 and "*attach=" in key:
            word, attach = key[len("prep=") :].split("*attach=")
            if attach in _OWN_CLAUSE:
                return word in LOCATIVE
    return False


def through_other_verb(features: Features) -> bool:
    """Whether the candidate reaches the trigger only through another verb's clause."""
    return "joined_at_other_verb" in features


def hangs_on_trigger(features: Features) -> bool:
    """Whether the candidate's phrase hangs on the trigger itself (or, unparsed, is next to it)."""
    if "attach=trigger" in features:
        return True
    if any(k.startswith("attach=") for k in features):
        return False
    return any(features.get(f"{side}:words={n}") for side in ("after", "before") for n in "0123")


def sites_the_target(features: Features) -> bool:
    """Whether the candidate is where the trigger's own object was: "the bombing of a
    market in Kadugli", "the attack on a convoy near Mandera"."""
    return any(
        key.startswith("prep=")
        and key.endswith("*attach=trigger_np")
        and key.count("*") == 1
        and key[len("prep=") : -len("*attach=trigger_np")] in LOCATIVE
        for key in features
    )


def candidate_features(
    sentence: str,
    trigger: tuple[int, int],
    mentions: Sequence[Mention],
    index: int,
    parsed=None,
) -> Features:
    """Features of ``mentions[index]`` as the place of the event of ``trigger``.

    Parameters
    ----------
    sentence : str
        The sentence text.
    trigger : (int, int)
        The trigger's offsets in ``sentence``.
    mentions : sequence of Mention
        Every candidate place of the sentence, in text order.
    index : int
        Which candidate to describe.
    parsed : spacy.tokens.Doc, optional
        The parse of ``sentence``; without it only lexical features are given.

    Returns
    -------
    dict
        Sparse features (binary indicators and a few small counts).
    """
    feats: Features = {"bias": 1.0}
    feats.update(_lexical(sentence, trigger, mentions, index))
    if parsed is not None:
        feats.update(_syntactic(parsed, trigger, mentions, index))
    return feats


def none_features(
    sentence: str, trigger: tuple[int, int], mentions: Sequence[Mention], parsed=None
) -> Features:
    """Features of the decision that the sentence does not say where the event was."""
    feats: Features = {"none:bias": 1.0, f"none:n={min(len(mentions), 4)}": 1.0}
    word = sentence[trigger[0] : trigger[1]].lower()
    if not mentions:
        return feats
    feats["none:all_countries"] = float(all(m.rank == COUNTRY_RANK for m in mentions))
    if parsed is None:
        feats[f"none:word={word}"] = 1.0
        return feats
    trig = _root(parsed, *trigger)
    if trig is None:
        feats["none:unparsed"] = 1.0
        return feats
    feats[f"none:lemma={trig.lemma_.lower()}"] = 1.0
    feats[f"none:pos={trig.pos_}"] = 1.0
    feats[f"none:dep={trig.dep_}"] = 1.0
    children = {c.dep_ for c in trig.children}
    if "auxpass" in children or "nsubjpass" in children:
        feats["none:passive"] = 1.0
    if "neg" in children:
        feats["none:negated"] = 1.0
    if any(t.lemma_ in REPORTING and t.pos_ in ("VERB", "AUX") for t in _ancestors(trig)[1:]):
        feats["none:reported"] = 1.0
    tense = trig.morph.get("Tense")
    if tense:
        feats[f"none:tense={tense[0]}"] = 1.0
    if any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may") for c in trig.children
    ):
        feats["none:modal"] = 1.0
    for child in trig.children:
        if child.dep_ in ("dobj", "prt", "nsubj", "nsubjpass", "prep", "npadvmod", "advmod"):
            feats[f"none:child_{child.dep_}={_word(child, mentions)}"] = 1.0
    feats[f"none:head={_word(trig.head, mentions)}"] = 1.0
    return feats


# ---------------------------------------------------------------- lexical


def _lexical(
    sentence: str, trigger: tuple[int, int], mentions: Sequence[Mention], index: int
) -> Features:
    m = mentions[index]
    feats: Features = {}
    kind = m.place.feature or "unresolved"
    feats[f"kind={kind}"] = 1.0
    if m.place.lat is None and m.place.geonameid is None:
        feats["unresolved"] = 1.0
    if m.source != "geoparser":
        feats[f"source={m.source}"] = 1.0
    finer = [o for o in mentions if o.rank < m.rank]
    if finer:
        feats["finer_other"] = 1.0
        feats[f"finer_other*kind={kind}"] = 1.0
    if sum(o.rank == m.rank for o in mentions) == 1:
        feats["finest_unique"] = float(not finer)
    after = m.start >= trigger[1]
    lo, hi = (trigger[1], m.start) if after else (m.end, trigger[0])
    between = sentence[lo:hi] if lo <= hi else ""
    words = len(_WORD.findall(between))
    side = "after" if after else "before"
    feats[side] = 1.0
    feats[f"{side}:words={_bucket(words)}"] = 1.0
    others_between = sum(
        1 for o in mentions if o is not m and lo <= o.start and o.end <= hi and lo < hi
    )
    feats[f"cands_between={min(others_between, 2)}"] = 1.0
    by_distance = sorted(mentions, key=lambda o: _gap(o, trigger))
    rank = by_distance.index(m)
    feats[f"nearest_rank={min(rank, 3)}"] = 1.0
    feats[f"position={_position(index, len(mentions))}"] = 1.0
    if REPORT_WORDS.search(between):
        feats["report_word_between"] = 1.0
    if re.search(r"[;:\u201c\u201d\"]", between):
        feats["quote_or_colon_between"] = 1.0
    if "," in between:
        feats["comma_between"] = 1.0
    prep = _preceding_preposition(sentence, m.start)
    feats[f"lex_prep={prep}"] = 1.0
    feats[f"lex_prep={prep}*{side}"] = 1.0
    if prep in LOCATIVE:
        feats["lex_locative"] = 1.0
        feats[f"lex_locative*{side}:words={_bucket(words)}"] = 1.0
    if _is_dateline(sentence, m):
        feats["dateline"] = 1.0
    if m.start <= 3:
        feats["sentence_start"] = 1.0
    if _FRAME_OPENER.match(sentence) and m.start < trigger[0]:
        opener = sentence[: m.start]
        if len(_WORD.findall(opener)) <= 5 and sentence[m.end : m.end + 12].lstrip().startswith(
            ","
        ):
            feats["opening_frame"] = 1.0
    feats.update(_neighbours(sentence, mentions, index))
    if sentence[m.end : m.end + 2] in ("'s", "\u2019s"):
        feats["lex_possessive"] = 1.0
    return feats


_QUALIFIER_GAP = re.compile(r"\s*,\s*(?:the\s+)?(?:[a-z-]+\s+)?")
_INSIDE_GAP = re.compile(
    r"\s+(?:(?:village|town|city|district|area|region|province|county|camp|neighbou?rhood|"
    r"suburb|state|governorate)\s+)?(?:,\s*)?(?:in|of|near)\s+(?:the\s+)?(?:[a-z-]+\s+)?",
)
_CONTAINER_GAP = re.compile(
    r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|capital|port|district|"
    r"province|region|county|suburb|neighbou?rhood|area)\s+of\s+(?:the\s+)?",
    re.I,
)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _larger(inner: Mention, outer: Mention) -> bool:
    """Whether ``outer`` is plausibly a larger place than ``inner`` (a container)."""
    if outer.rank != inner.rank:
        return outer.rank > inner.rank
    if inner.place.geonameid is None and outer.place.geonameid is not None:
        return True
    small, big = inner.place.population, outer.place.population
    return small is not None and big is not None and big > 3 * max(small, 1)


def _neighbours(sentence: str, mentions: Sequence[Mention], index: int) -> Features:
    """How a candidate sits next to the other places: qualifier, qualified, listed."""
    feats: Features = {}
    m = mentions[index]
    if index > 0:
        prev = mentions[index - 1]
        gap = sentence[prev.end : m.start]
        if _QUALIFIER_GAP.fullmatch(gap) and _larger(prev, m):
            feats["qualifies_prev"] = 1.0
        elif _INSIDE_GAP.fullmatch(gap) and _larger(prev, m):
            feats["contains_prev"] = 1.0
        elif _LIST_GAP.fullmatch(gap):
            feats["listed_with_prev"] = 1.0
        elif _CONTAINER_GAP.fullmatch(gap):
            feats["named_inside_prev"] = 1.0  # "the Colombo suburb of Nugegoda": Nugegoda
    if index + 1 < len(mentions):
        nxt = mentions[index + 1]
        gap = sentence[m.end : nxt.start]
        if _QUALIFIER_GAP.fullmatch(gap) and _larger(m, nxt):
            feats["qualified_by_next"] = 1.0
        elif _INSIDE_GAP.fullmatch(gap) and _larger(m, nxt):
            feats["inside_next"] = 1.0
        elif _CONTAINER_GAP.fullmatch(gap):
            feats["names_container_of_next"] = 1.0
        elif _LIST_GAP.fullmatch(gap):
            feats["listed_with_next"] = 1.0
    same = sum(1 for o in mentions if o.place.geonameid is not None and
               o.place.geonameid == m.place.geonameid)  # fmt: skip
    if same > 1:
        feats["repeated"] = 1.0
    return feats


def _preceding_preposition(sentence: str, start: int) -> str:
    """The closest word before the mention that is not an article or a place noun."""
    before = [w.lower() for w in _WORD.findall(sentence[max(0, start - 60) : start])]
    for word in reversed(before[-6:]):
        if word in SKIP_BEFORE:
            continue
        return word if word in LOCATIVE or word in _OTHER_PREPS else "other"
    return "start"


_OTHER_PREPS = frozenset("from via to for with about against by like than of after".split())


def _is_dateline(sentence: str, m: Mention) -> bool:
    """A dateline: the mention opens the sentence and a source tag or dash follows."""
    if sentence[: m.start].strip(" \n\t\"'\u201c") != "":
        return False
    return _DATELINE_AFTER.match(sentence[m.end : m.end + 40]) is not None or (
        m.place.text.isupper() and len(m.place.text) > 3
    )


def _gap(m: Mention, trigger: tuple[int, int]) -> int:
    if m.start >= trigger[1]:
        return m.start - trigger[1]
    return max(0, trigger[0] - m.end)


def _position(index: int, count: int) -> str:
    if count == 1:
        return "only"
    if index == 0:
        return "first"
    return "last" if index == count - 1 else "middle"


def _bucket(n: int) -> str:
    if n <= 3:
        return str(n)
    if n <= 6:
        return "4-6"
    if n <= 10:
        return "7-10"
    return "11+"


# ---------------------------------------------------------------- syntactic


def _root(parsed, start: int, end: int):
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _ancestors(token) -> list:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def place_phrase_head(token):
    """Climb from a place token to the head of the phrase that names the place.

    Through compounds, appositions, coordinations and flat names ("Deir
    Ezzor"), and through a place noun that the place names ("the city of
    Aleppo", "the outskirts of Homs", "Aleppo province").
    """
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            return token
        name_part = token.dep_ in ("compound", "appos", "conj", "nmod", "amod")
        if name_part and (
            head.pos_ == "PROPN" or (token.dep_ != "conj" and noun_class(head) == "geo")
        ):
            token = head
        elif (
            token.dep_ == "pobj"
            and head.lower_ == "of"
            and noun_class(head.head) == "geo"
            and head.head.i != head.i
        ):
            token = head.head
        else:
            return token
    return token


def _word_before(parsed, m: Mention):
    """The token just before the mention, if any."""
    span = parsed.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    return parsed[span.start - 1]


def noun_class(token) -> str:
    """A coarse class of a common noun: geo, site, people, event or other."""
    lemma = token.lemma_.lower()
    for name, words in NOUN_CLASSES:
        if lemma in words:
            return name
    return "other"


def _relation(governor, trig) -> str:
    """How the word a place hangs on relates to the trigger."""
    if governor.i == trig.i:
        return "trigger"
    if (governor.dep_ == "conj" and governor.head.i == trig.i) or (
        trig.dep_ == "conj" and trig.head.i == governor.i
    ):
        return "trigger_conj" if governor.pos_ in ("VERB", "AUX") else "trigger_conj_noun"
    chain = _ancestors(governor)
    for n, token in enumerate(chain[1:], start=1):
        if token.i == trig.i:
            verbs = [t for t in chain[:n] if t.pos_ in ("VERB", "AUX")]
            if not verbs:
                return "trigger_np" if n <= 3 else "trigger_np_deep"
            return f"below_trigger_{verbs[-1].dep_}"
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in ("nsubj", "nsubjpass"):
        verb = trig.head  # "an airstrike hit a bus at a market in X": the trigger's own verb
        for n, token in enumerate(chain):
            if token.i == verb.i:
                if not [t for t in chain[:n] if t.pos_ in ("VERB", "AUX")]:
                    return "subject_verb" if n == 0 else "subject_verb_np"
                break
    if any(t.i == governor.i for t in _ancestors(trig)):
        return "above_trigger"
    return "other"


def _syntactic(
    parsed, trigger: tuple[int, int], mentions: Sequence[Mention], index: int
) -> Features:
    m = mentions[index]
    trig = _root(parsed, *trigger)
    tok = _root(parsed, m.start, m.end)
    if trig is None or tok is None:
        return {"unparsed": 1.0}
    feats = _phrase_features(parsed, trig, tok, m)
    feats.update(_path_features(parsed, trig, tok))
    lemma = trig.lemma_.lower()
    prep_word = next(k for k in feats if k.startswith("prep=") and "*" not in k)[len("prep=") :]
    feats[f"trigger_pos={trig.pos_}*prep={prep_word}"] = 1.0
    feats[f"lemma={lemma}*prep={prep_word}"] = 1.0
    feats[f"lemma={lemma}*kind={m.place.feature or 'unresolved'}"] = 1.0
    relation = next((k for k in feats if k.startswith("attach=")), "attach=none")
    feats[f"lemma={lemma}*{relation}"] = 1.0
    governor = next((k for k in feats if k.startswith("prep=") and "*governor=" in k), None)
    if governor is not None:
        feats[f"{governor.split('*')[1]}*{relation}"] = 1.0
    if m.source != "geoparser":
        entity = next((k for k in feats if k.startswith("ent=")), "ent=none")
        feats[f"source={m.source}*prep={prep_word}"] = 1.0
        feats[f"source={m.source}*{relation}"] = 1.0
        feats[f"source={m.source}*{entity}"] = 1.0
    feats.update(_context_words(parsed, trig, tok, m, mentions))
    return feats


def _phrase_features(parsed, trig, tok, m: Mention) -> Features:
    """The phrase the place stands in: entity label, role, preposition, what it hangs on."""
    feats: Features = {}
    coarse = "country" if m.rank == COUNTRY_RANK else "town" if m.rank == 0 else "region"
    ent = _entity(tok, m)
    feats[f"ent={ent[0]}"] = 1.0
    if ent[1]:
        feats[f"inside_longer_ent={ent[0]}"] = 1.0
    before = _word_before(parsed, m)
    # the parser may read a capitalised preposition as part of the name ("Near Dori, ..."):
    # the place is then that preposition's object, on the word the name hangs on
    repaired = (
        before is not None
        and before.lower_ in LOCATIVE
        and before.dep_ not in ("prep", "agent")
        and tok.dep_ not in ("pobj", "pcomp")
    )
    # "while in Makassar protesters set ablaze ...": read as "Makassar protesters", the
    # name leaves its preposition without an object; it is that object
    orphan = (
        before is not None
        and before.lower_ in LOCATIVE
        and before.dep_ == "prep"
        and tok.dep_ == "compound"
        and not any(c.dep_ in ("pobj", "pcomp") for c in before.children)
    )
    repaired = repaired or orphan
    dep = "pobj" if repaired else tok.dep_
    feats[f"dep={dep}"] = 1.0
    feats[f"dep={dep}*head={tok.head.pos_}"] = 1.0
    head = place_phrase_head(tok)
    if head.i != tok.i:
        feats["phrase_head_climbed"] = 1.0
        if noun_class(head) == "geo":
            feats["named_by_place_noun"] = 1.0
    phrase = head
    if (
        not orphan
        and head.dep_ in ("compound", "amod", "nmod", "poss")
        and head.head.pos_ in ("NOUN", "PROPN")
    ):
        noun = head.head  # "Kyiv officials", "Syria's army", "the Abuja home"
        cls = noun_class(noun) if noun.pos_ == "NOUN" else "name"
        feats[f"modifies_class={cls}"] = 1.0
        feats[f"modifies_class={cls}*{coarse}"] = 1.0
        feats[f"modifies_class={cls}*dep={head.dep_}"] = 1.0
        if noun.pos_ == "NOUN":
            feats[f"modifies={_word(noun, ())}"] = 1.0
        phrase = noun
        while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.pos_ in ("NOUN", "PROPN"):
            phrase = phrase.head  # the role of the whole noun phrase
    role = "pobj" if repaired else phrase.dep_
    feats[f"head_dep={role}"] = 1.0
    prep = phrase.head if phrase.dep_ in ("pobj", "pcomp") else None
    prep_word = prep.lower_ if prep is not None else "none"
    if repaired:
        prep_word = before.lower_
        feats["parse_repaired"] = 1.0
    elif phrase is not head:
        prep_word = f"{head.dep_}>{prep_word}"
    governor = before.head if orphan else prep.head if prep is not None else phrase.head
    relation = _relation(governor, trig)
    gov_class = noun_class(governor) if governor.pos_ == "NOUN" else governor.pos_
    feats[f"attach={relation}"] = 1.0
    feats[f"prep={prep_word}"] = 1.0
    feats[f"prep={prep_word}*attach={relation}"] = 1.0
    feats[f"prep={prep_word}*attach={relation}*{coarse}"] = 1.0
    feats[f"prep={prep_word}*governor={gov_class}"] = 1.0
    if governor.pos_ == "NOUN":
        noun = _word(governor, ())
        feats[f"governor_noun={noun}"] = 1.0
        feats[f"prep={prep_word}*governor_noun={noun}"] = 1.0
    if role in ("nsubj", "nsubjpass", "dobj", "attr", "agent", "dative", "appos", "conj"):
        feats[f"role={role}*attach={relation}"] = 1.0
        feats[f"role={role}*attach={relation}*{coarse}"] = 1.0
        if role == "nsubj" and any(c.dep_ == "dobj" for c in phrase.head.children):
            feats["transitive_subject"] = 1.0
    return feats


def _path_features(parsed, trig, tok) -> Features:
    """The dependency path between place and trigger: length, labels, clauses crossed."""
    feats: Features = {}
    up_t = _ancestors(trig)
    up_p = _ancestors(tok)
    index_t = {t.i: n for n, t in enumerate(up_t)}
    lca = next(((n, index_t[t.i]) for n, t in enumerate(up_p) if t.i in index_t), None)
    if lca is None:
        feats["unconnected"] = 1.0
        return feats
    steps_p, steps_t = lca
    lca_tok = up_p[steps_p]
    feats[f"steps_p={min(steps_p, 6)}"] = 1.0
    feats[f"steps_t={min(steps_t, 4)}"] = 1.0
    feats[f"path_len={min(steps_p + steps_t, 8)}"] = 1.0
    if steps_t == 0:
        feats["lca_is_trigger"] = 1.0
    if steps_p == 0:
        feats["place_governs_trigger"] = 1.0
    up_labels = [t.dep_ for t in up_p[:steps_p] if t.dep_ not in ("compound", "flat", "appos")]
    down_labels = [t.dep_ for t in up_t[:steps_t]]
    path = "^".join(up_labels[:4]) + "|" + "^".join(down_labels[:3])
    feats[f"path={path}"] = 1.0
    verbs_p = [t for t in up_p[1:steps_p] if t.pos_ in ("VERB", "AUX")]
    feats[f"verbs_on_place_side={min(len(verbs_p), 2)}"] = 1.0
    for t in up_p[:steps_p]:
        if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX", "NOUN"):
            feats[f"place_clause={t.dep_}"] = 1.0
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                feats[f"place_clause={t.dep_}*own_subject"] = 1.0
            for c in t.children:
                if c.dep_ in ("mark", "advmod") and c.i < t.i and c.pos_ in ("SCONJ", "ADV"):
                    feats[f"place_clause={t.dep_}*mark={c.lower_}"] = 1.0
            if t.dep_ == "relcl" and t.head.head.i == lca_tok.i:
                feats[f"place_clause=relcl*of={t.head.dep_}"] = 1.0
    for t in up_t[:steps_t]:
        if t.dep_ in CLAUSE_DEPS:
            feats[f"trigger_clause={t.dep_}"] = 1.0
    if lca_tok.lemma_ in REPORTING and lca_tok.pos_ in ("VERB", "AUX") and steps_t > 0:
        feats["joined_at_reporting_verb"] = 1.0
    if _speaker_place(trig, tok, up_t):
        feats[SPEAKER_PLACE] = 1.0
    if lca_tok.pos_ in ("VERB", "AUX") and lca_tok.i != trig.i and steps_t > 0:
        feats["joined_at_other_verb"] = 1.0
    tokens_between = abs(tok.i - trig.i)
    verbs_between = sum(
        1
        for t in parsed[min(tok.i, trig.i) + 1 : max(tok.i, trig.i)]
        if t.pos_ == "VERB" and t.dep_ not in ("amod", "compound")
    )
    feats[f"verbs_between={min(verbs_between, 3)}"] = 1.0
    feats[f"tokens_between={_bucket(tokens_between)}"] = 1.0
    return feats


def _word(token, places: Sequence[Mention]) -> str:
    """A context word as a feature: its lemma, or a class for names, nationalities, numbers.

    Capitalised words past the first ("Iraqi", a name the tagger took for a
    noun) and named-entity tokens are masked, so no feature holds a name.
    """
    if any(p.start <= token.idx < p.end for p in places):
        return "<place>"
    if token.pos_ in ("PROPN", "NUM", "X", "SYM"):
        return f"<{token.pos_.lower()}>"
    if token.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "ORG", "PERSON"):
        return "<name>"
    if token.i > 0 and token.text[:1].isupper() and token.pos_ not in ("PRON", "DET"):
        return "<name>"
    return token.lemma_.lower()


def _context_words(parsed, trig, tok, m: Mention, mentions: Sequence[Mention]) -> Features:
    """Words just around the mention and between it and the trigger (names masked)."""
    feats: Features = {}
    span = parsed.char_span(m.start, m.end, alignment_mode="expand")
    first, last = (span.start, span.end) if span is not None else (tok.i, tok.i + 1)
    for k in (1, 2, 3):
        if first - k >= 0:
            feats[f"left{k}={_word(parsed[first - k], mentions)}"] = 1.0
    for k in (0, 1):
        if last + k < len(parsed):
            feats[f"right{k + 1}={_word(parsed[last + k], mentions)}"] = 1.0
    lo, hi = (trig.i + 1, first) if first > trig.i else (last, trig.i)
    if hi - lo <= 12:
        for token in parsed[lo:hi]:
            feats[f"between={_word(token, mentions)}"] = 1.0
    else:
        feats["between=<long>"] = 1.0
    return feats


_RESIDENTS = frozenset(
    "resident villager inhabitant local people family witness survivor farmer trader".split()
)
_PRONOUNS = frozenset(["they", "it", "he", "she", "we"])
_NEAR_PREPS = frozenset(["near", "outside", "in", "around", "of"])


def _speaker_place(trig, tok, up_t) -> bool:
    """Whether the place hangs on a reporting verb outside the clause it reports.

    "Speaking in Ankara, the president said troops had shelled X": Ankara is
    where the words were said. Not when the speakers are residents of the
    place ("residents of Koro said militants attacked"), nor when the
    reported clause's subject is a pronoun ("police in Kaduna said they had
    arrested..."): then the speakers are the actors.
    """
    head = place_phrase_head(tok)
    for _ in range(2):  # "residents of a farming village near Tsafe said": the village's
        prep = head.head
        if not (
            head.dep_ == "pobj"
            and prep.lower_ in _NEAR_PREPS
            and noun_class(prep.head) == "geo"
            and prep.head.i != prep.i
        ):
            break
        head = place_phrase_head(prep.head)
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in ("of", "in", "from")  # "a survivor from Kessler said"
        and head.head.head.lemma_.lower() in _RESIDENTS
    ):
        return False
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


def _entity(tok, m: Mention) -> tuple[str, bool]:
    """spaCy's entity label over the token and whether the entity is longer than the mention."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.label_, ent.start_char < m.start or ent.end_char > m.end
    return "none", False
