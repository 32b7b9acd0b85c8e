"""Readings of the parse that overrule the learned linker, where its data are thin.

Halterman's sentences teach the model how a place usually relates to an
event; a few constructions are too rare there, or coded otherwise than ACLED
codes them, for the model to get right. Each function reads the spaCy parse
of the sentence and returns the candidate (an index into ``mentions``) that
the construction makes the event's site, or says that a candidate cannot be:

* :func:`relative_clause_site`: "Vovchansk, the border town north-east of
  Kharkiv where Russian troops launched an offensive": a "where" clause
  describes the town, not the reference point of its direction;
* :func:`passive_subject`: "Orikhiv, further west, has been shelled daily":
  the subject of a passive violence verb is its target, so a place there is
  the site (the model, taught by sentences whose subjects are mostly
  actors, doubts it);
* :func:`copula_subject`: "the capital is their next target", "Kassala
  would be next": the subject of the copula is the site of the target noun;
* :func:`describes_town`: "an offensive on the Red Sea port city": a sea
  or region that names the kind of a town told before is not the site
  (that town is); "a West Bank town" says no more than the region;
* :func:`route_only`: "blocked the highway to Erbil": a town that only
  names where a road the event acts on leads is not where it happened;
* :func:`left_from`: "carrying goods from Gao towards Ansongo when gunmen
  opened fire": the destination of a journey an event interrupted was not
  reached; the place it came from is the last known position;
* :func:`finer_in_clause`: "fired rockets at northern Israel, setting off
  sirens in Kiryat Shmona and Safed": towns of the country named in a
  participle clause of the same report make the country precise.

All functions take the parse, the trigger's offsets and the candidates
(:class:`geomap.events.link_features.Mention`, sentence offsets) and never
raise on an unexpected parse: they return None (or False).
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.events.link_features import Mention, place_phrase_head

DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west km kilometres kilometers miles".split()
)
ROUTES = frozenset("highway road route motorway corridor railway line path way bridge".split())
GOALS = frozenset("to towards toward".split())
#: verbs whose passive subject suffers the violence ("the town was shelled")
SUFFERED = frozenset(
    "shell bomb bombard attack strike hit raid storm capture seize overrun besiege target loot "
    "burn torch ambush recapture retake take pound".split()
)
PLACE_NOUNS = frozenset(
    "town city village capital port district neighbourhood neighborhood camp area settlement "
    "suburb base".split()
)


def _token(parsed, start: int, end: int):
    span = parsed.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _mention_at(token, mentions: Sequence[Mention]) -> int | None:
    """The candidate whose span covers ``token``."""
    for i, m in enumerate(mentions):
        if m.start <= token.idx < m.end:
            return i
    return None


def _ancestors(token) -> list:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def relative_clause_site(
    parsed, trigger: tuple[int, int], mentions: Sequence[Mention]
) -> int | None:
    """The place a "where" (or "in which") clause holding the trigger describes."""
    trig = _token(parsed, *trigger)
    if trig is None:
        return None
    clause = next(
        (t for t in (trig, trig.head, trig.head.head)[: 3 if trig.head.dep_ == "prep" else 2]
         if t.dep_ == "relcl"),
        None,
    )  # fmt: skip
    if clause is None:
        return None
    head = clause.head
    where = any(
        c.lower_ == "where" or (c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children))
        for c in clause.children
    )
    # "the town south of Pokrovsk that has been under attack", "which was shelled": the town
    # suffers the event ("Moscow, which has refused to hand over" is an actor, not a site)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
    undergoes = clause.lemma_ in ("be", "come", "remain") and trig.head.lower_ == "under"
    subject = (passive or undergoes) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in clause.children
    )
    if not (where or (subject and _mention_at(head, mentions) is not None)):
        return None
    # "the border town north-east of Kharkiv where ...": climb from the reference point
    while (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lower_.split("-")[-1] in DIRECTIONS | {"east", "west"}
    ):
        head = head.head.head
        while head.dep_ in ("appos", "compound", "amod", "npadvmod") and head.head.i != head.i:
            head = head.head
            if _mention_at(head, mentions) is not None:
                break
    found = _mention_at(head, mentions)
    if found is not None:
        return found
    if head.lemma_.lower() in PLACE_NOUNS and head.dep_ == "appos":
        return _mention_at(head.head, mentions)
    return None


def passive_subject(parsed, trigger: tuple[int, int], mentions: Sequence[Mention]) -> int | None:
    """The place that suffers a passive trigger: "Orikhiv, further west, has been shelled daily".

    The subject of a passive violence verb is its target; when that subject
    names a place ("the town of Vorozhba was shelled"), the place is where it
    happened. Returns the candidate's index, or None.
    """
    trig = _token(parsed, *trigger)
    if (
        trig is not None
        and trig.pos_ == "NOUN"
        and trig.dep_ == "pobj"
        and trig.head.dep_ == "agent"
        and any(c.dep_ == "auxpass" for c in trig.head.head.children)
    ):
        trig = trig.head.head  # "Kessler was rocked by explosions": the passive's agent
        by_agent = True
    else:
        by_agent = False
    if trig is None or trig.pos_ not in ("VERB", "AUX"):
        return None
    # "Kessler came under missile attack": the town undergoes what comes over it
    undergoes = trig.lemma_.lower() in ("come", "be", "remain") and any(
        c.dep_ == "prep" and c.lower_ == "under" for c in trig.children
    )
    passive = (by_agent or trig.lemma_.lower() in SUFFERED) and any(
        c.dep_ == "auxpass" for c in trig.children
    )
    if not (passive or undergoes):
        return None
    role = "nsubjpass" if passive else "nsubj"
    subject = next((c for c in trig.children if c.dep_ == role), None)
    if subject is None:
        return None
    found = _mention_at(subject, mentions)
    if found is None and subject.lemma_.lower() in PLACE_NOUNS:
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        name = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        found = _mention_at(name, mentions) if name is not None else None
    if found is not None and (mentions[found].place.feature or "city") not in ("city", "district"):
        return None  # "Israel was attacked": a country stands for its state
    return found


# people named by where they live: "residents of Goma protested", "farmers of Ndop marched"
_RESIDENTS = frozenset(
    ["resident", "inhabitant", "people", "villager", "townspeople", "townsfolk", "citizen",
     "farmer", "trader", "youth", "student", "woman", "family", "worker", "merchant"]
)  # fmt: skip


def home_of_the_actors(parsed, trigger: tuple[int, int], mentions: Sequence[Mention]) -> int | None:
    """The town of the people who act, named in the trigger's subject.

    "Residents of Goma protested against the mission", "Goma residents
    marched": a crowd named by its town gathers there. Only people named by
    where they live count, not fighters or officials ("commanders of the Goma
    garrison"). Returns the candidate's index, or None.
    """
    trig = _token(parsed, *trigger)
    if trig is None or trig.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _RESIDENTS:
        return None
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if name is None:  # "Kessler residents took to the streets": the town before the noun
        name = next((c for c in subject.children if c.dep_ == "compound"), None)
    found = _mention_at(name, mentions) if name is not None else None
    if found is not None and (mentions[found].place.feature or "city") not in ("city", "district"):
        return None  # "people of Mali": a country's people, not a crowd's town
    return found


_LEFT_THERE = frozenset(
    ["plant", "place", "lay", "hide", "bury", "leave", "install", "find", "set"]
)


def placed_at(parsed, trigger: tuple[int, int], mentions: Sequence[Mention]) -> int | None:
    """The place where the device a trigger acts on had been left: "an explosive device
    planted on the road near Baidoa was defused", "defused a bomb hidden in a market in
    Gao". Returns the index of the first candidate the participle's phrase names."""
    trig = _token(parsed, *trigger)
    if trig is None or trig.pos_ not in ("VERB", "AUX"):
        return None
    for thing in trig.children:
        if thing.dep_ not in ("nsubjpass", "dobj"):
            continue
        for participle in thing.children:
            if participle.dep_ != "acl" or participle.lemma_.lower() not in _LEFT_THERE:
                continue
            found = [_mention_at(t, mentions) for t in participle.subtree]
            found = [i for i in found if i is not None]
            if found:
                return min(found)
    return None


def copula_subject(parsed, trigger: tuple[int, int], mentions: Sequence[Mention]):
    """The subject of "X is their next target": a candidate index, or the subject token.

    Returns the index of the candidate the subject names, else the subject
    token itself when it is a place noun ("the capital"), else None.
    """
    trig = _token(parsed, *trigger)
    if trig is None or trig.dep_ != "attr" or trig.head.lemma_ != "be":
        return None
    subject = next((c for c in trig.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    found = _mention_at(subject, mentions)
    if found is not None:
        return found
    return subject if subject.lemma_.lower() in PLACE_NOUNS else None


def describes_town(parsed, mention: Mention) -> bool:
    """A sea, region or country naming the kind of a town told before ("the Red Sea port city")."""
    if (mention.place.feature or "city") in ("city", "admin2"):
        return False
    tok = _token(parsed, mention.start, mention.end)
    if tok is None:
        return False
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        tok = tok.head
    noun = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod") or noun.lemma_.lower() not in PLACE_NOUNS:
        return False
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "the Red Sea port city"
    # "the Red Sea port city" names a town told before; "a West Bank town" is all we know
    return noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def route_only(parsed, trigger: tuple[int, int], mention: Mention) -> bool:
    """Whether the place only names where a road the trigger acts on leads ("the highway to X")."""
    trig = _token(parsed, *trigger)
    tok = _token(parsed, mention.start, mention.end)
    if trig is None or tok is None:
        return False
    head = place_phrase_head(tok)
    if head.dep_ != "pobj" or head.head.lower_ not in GOALS | {"from", "between"}:
        return False
    road = head.head.head
    if road.i == trig.i or road.pos_ in ("VERB", "AUX"):  # "blocked the highway to Erbil"
        road = next((c for c in road.children if c.dep_ in ("dobj", "nsubjpass")), road)
    if road.lemma_.lower() not in ROUTES or road.pos_ != "NOUN":
        return False
    return road.head.i == trig.i or road.i == trig.i or trig.head.i == road.i


def left_from(
    parsed, trigger: tuple[int, int], mentions: Sequence[Mention], chosen: int
) -> int | None:
    """The origin that replaces an unreached destination ("from Gao towards Ansongo when ...")."""
    trig = _token(parsed, *trigger)
    tok = _token(parsed, mentions[chosen].start, mentions[chosen].end)
    if trig is None or tok is None:
        return None
    head = place_phrase_head(tok)
    if head.dep_ != "pobj" or head.head.lower_ not in GOALS:
        return None
    verb = head.head.head
    if verb.i == trig.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not any(t.i == verb.i for t in _ancestors(trig)[1:]):
        return None  # the journey must frame the trigger ("... when gunmen opened fire")
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in prep.children:
                found = _mention_at(obj, mentions) if obj.dep_ == "pobj" else None
                if found is not None and found != chosen:
                    return found
    return None


def finer_in_clause(
    parsed, trigger: tuple[int, int], mentions: Sequence[Mention], chosen: int
) -> list[int]:
    """Towns inside the chosen country or region, named in a participle clause of the report.

    "Hezbollah fired rockets at northern Israel, the army said, setting off
    sirens in Kiryat Shmona and Safed": Kiryat Shmona and Safed, in text order.
    """
    coarse = mentions[chosen].place
    if coarse.feature not in ("country", "admin1", "region"):
        return []
    trig = _token(parsed, *trigger)
    if trig is None:
        return []
    anchors = {trig.i, trig.head.i}
    out = []
    for i, m in enumerate(mentions):
        place = m.place
        if i == chosen or (place.feature or "city") not in ("city", "admin2"):
            continue
        if place.country_code is None or place.country_code != coarse.country_code:
            continue
        if coarse.feature == "admin1" and place.admin1 != (coarse.admin1 or coarse.name):
            continue
        tok = _token(parsed, m.start, m.end)
        if tok is None:
            continue
        head = place_phrase_head(tok)
        if head.dep_ != "pobj" or head.head.lower_ not in ("in", "at", "on", "near", "across"):
            continue
        verb = head.head.head
        while verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "pobj", "prep"):
            verb = verb.head  # "setting off sirens in X": the noun's verb
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp"):
            continue
        if verb.head.i in anchors:
            out.append(i)
    return out
