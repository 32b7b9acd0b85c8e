"""Assign actor mentions to the roles of an event: who acted, who was acted upon.

With a parse: the trigger's subject (or the noun a relative clause hangs
on), the agent of a passive ("by X"), a possessor or compound ("ISIS's
capture", "Russian air strikes") are actor 1; the object, the passive
subject, "on/against/with X" are actor 2. Without a parse: the nearest
actor before the trigger in its clause, and the first one just after it.
spaCy's ORG entities stand in when the dictionary knows no actor there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from geomap.events.actors import ActorMention

_ACTOR1_DEPS = ("nsubj", "poss", "compound", "amod", "agent", "nmod")
_ACTOR2_PREPS = ("on", "against", "with", "upon", "targeting")
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|while|whereas|although)\b|[\u201c\u201d\"]")
_OBJECT_BREAK = re.compile(  # a subordinate clause ("... if the military did not ...") is no object
    r"[;:,.]|\b(?:but|while|and|after|before|when|as|if|unless|until|because|whether|once)\b"
    r"|[\u201c\u201d\"]"
)
# "an attack blamed on armed herders", "a bombing attributed to ISIS": who did it
_BLAMED_ON = re.compile(
    r"\b(?:blamed\s+on|attributed\s+to|claimed\s+by|carried\s+out\s+by|by)\b", re.I
)
_MEDIA = frozenset(["reuters", "afp", "ap", "bbc", "cnn", "al jazeera", "sana", "tass", "ria"])


@dataclass(frozen=True, slots=True)
class Roles:
    """Actor 1 (who acted) and actor 2 (acted upon) of an event."""

    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    subject_seen: bool = False  # the parse names a subject that is no known actor
    # the subject of the verb that reports or denies the event, when the event's own
    # clause names no one: who speaks, not who acted
    speaker: tuple[int, int] | None = None


def assign_roles(
    sentence: str,
    trigger: tuple[int, int],
    actors: list[ActorMention],
    *,
    parsed=None,
    place_spans: Sequence[tuple[int, int]] = (),
    speaker_may_act: bool = True,
) -> Roles:
    """Pick the actors of the event at ``trigger`` among ``actors`` of the sentence.

    Parameters
    ----------
    sentence : str
        The sentence text.
    trigger : (int, int)
        Trigger offsets in ``sentence``.
    actors : list of ActorMention
        Actor mentions with offsets relative to ``sentence``.
    parsed : spacy.tokens.Doc, optional
        spaCy parse of ``sentence``.
    place_spans : sequence of (int, int), optional
        Offsets of the sentence's places: a name the parser calls an
        organisation there ("Hinche is next") is a place, not an actor.
    speaker_may_act : bool, optional
        False for acts of violence, whose teller is not their actor when the
        act's clause names no one ("police dismissed reports of an attack");
        true for acts the teller does ("police said no arrests had been made").

    Examples
    --------
    >>> from geomap.events.actors import find_actors
    >>> s = "Houthi rebels attacked Saudi forces near the border."
    >>> r = assign_roles(s, (14, 22), find_actors(s))
    >>> (r.actor1.name, r.actor2.name)
    ('Houthis', 'Military Forces of Saudi Arabia')
    """
    roles = Roles()
    if parsed is not None:
        roles = _parsed_roles(
            parsed, trigger, actors, place_spans, find_speaker=not speaker_may_act
        )
    lexical = _lexical_roles(sentence, trigger, actors)
    # "police detained 150 protesters as supporters blocked streets": the
    # subject the parse gives ("supporters") rules out the nearest actor
    actor1 = roles.actor1 or (None if roles.subject_seen else lexical.actor1)
    if (
        roles.actor1 is None
        and actor1 is not None
        and roles.speaker is not None
        and roles.speaker[0] <= actor1.start
        and actor1.end <= roles.speaker[1]
    ):
        # "police dismissed reports of an attack on Dunmore": the police speak of an
        # attack by no one named
        actor1 = None
    actor2 = roles.actor2 or lexical.actor2
    if actor2 is not None and actor1 is not None and actor2.start == actor1.start:
        actor2 = None
    if actor2 is not None and actor1 is not None and _same_side(actor1, actor2):
        # "soldiers fought off an attack by al-Shabaab on a military base": the base is
        # the soldiers' own, the attackers are the other side
        other = lexical.actor2
        actor2 = other if other is not None and not _same_side(actor1, other) else None
    return Roles(actor1, actor2)


def _same_side(one: ActorMention, other: ActorMention) -> bool:
    """A generic word ("military", "police") of the same kind of force as the named one."""
    return (
        other.weak
        and not other.named
        and other.government == one.government
        and other.actor_type == one.actor_type
    )


_CLAUSE_DEPS = frozenset(["relcl", "acl", "advcl"])


def _own_phrase(token) -> list[tuple[int, int]]:
    """Character ranges of ``token``'s phrase without its clauses.

    "civilians accused of collaborating with the RSF": the RSF is named in
    a clause about the civilians, it is not the phrase's actor.
    """
    cut = [c for c in token.subtree if c.dep_ in _CLAUSE_DEPS and c.i != token.i]
    tokens = [
        t for t in token.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in cut)
    ]
    return [(t.idx, t.idx + len(t)) for t in tokens]


def _covering(actors: list[ActorMention], token) -> ActorMention | None:
    ranges = _own_phrase(token)
    if not ranges:
        return None
    inside = [a for a in actors if _spans_kept(a, ranges)]
    if not inside:
        return None
    # the mention holding the phrase head wins unless it is a vague noun
    # ("Mali's army and its allies from the Wagner group"), then a named actor
    # ("fighters of the March 23 Movement"), then the first
    for actor in inside:
        if actor.start <= token.idx < actor.end and not actor.weak and actor.actor_type:
            return actor
    named = [a for a in inside if a.named]
    if named:
        return named[0]
    for actor in inside:
        if actor.start <= token.idx < actor.end:
            return actor
    return inside[0]


def _spans_kept(actor: ActorMention, ranges: list[tuple[int, int]]) -> bool:
    """Whether the actor's first and last characters fall in kept tokens."""
    first = any(a <= actor.start < b for a, b in ranges)
    last = any(a < actor.end <= b for a, b in ranges)
    return first and last


def _entity(parsed, token, place_spans=()) -> ActorMention | None:
    for ent in parsed.ents:
        if (
            ent.label_ == "ORG"
            and ent.start <= token.i < ent.end
            and ent.text.lower() not in _MEDIA
            and not _dateline_word(parsed, ent)
            and not any(a < ent.end_char and ent.start_char < b for a, b in place_spans)
        ):
            return ActorMention(ent.start_char, ent.end_char, ent.text, ent.text, None, weak=True)
    return None


def _dateline_word(parsed, ent) -> bool:
    """Whether the entity is or opens with a dateline in capitals, no actor.

    "DHAKA — Students marched ...", and "GUANAJUATO - Banners" when the
    parser joins the dateline to the first word of the story.
    """
    if ent.start_char != 0:
        return False
    after = parsed.text[ent.end_char : ent.end_char + 4].lstrip(" ,")
    if ent.text.isupper() and after[:1] in ("-", "\u2013", "\u2014", "("):
        return True
    if _DATELINE_OPENING.match(ent.text) is not None:
        return True
    # "MAROUA, Cameroon - Boko Haram fighters ...", "DEIR EZ-ZOR: Tribal fighters ...": the
    # parser tags the dateline alone; the words after it tell it is one
    opening = _DATELINE_OPENING.match(parsed.text) or _HEADING.match(parsed.text)
    return opening is not None and ent.text.isupper() and ent.end_char <= opening.end()


# "GUANAJUATO - ", "SAN PEDRO SULA, Honduras (" : capitals, then a dash or a bracket after a space
_DATELINE_OPENING = re.compile(
    r"[A-Z]{2}[A-Z'\u2019 .-]*?(?:,\s*[\w ]+)?\s(?:[-\u2013\u2014]\s|\()"
)
# a heading in capitals before a colon: "DEIR EZ-ZOR: ..."
_HEADING = re.compile(r"[A-Z]{2}[A-Z'\u2019 .-]*:\s")


def _parsed_roles(parsed, trigger, actors, place_spans=(), find_speaker=False) -> Roles:
    span = parsed.char_span(*trigger, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Roles()
    trig = span.root
    actor1 = actor2 = None
    heads = [trig]
    cur = trig
    while (
        cur.dep_ in ("xcomp", "conj", "advcl", "pcomp") and cur.head.i != cur.i and len(heads) < 4
    ):
        cur = cur.head
        heads.append(cur)
    for head in heads:
        for child in head.children:
            dep = child.dep_
            if actor1 is None and dep in _ACTOR1_DEPS:
                actor1 = _covering(actors, child) or (
                    _entity(parsed, child, place_spans) if dep == "nsubj" else None
                )
            elif actor1 is None and (dep == "agent" or (dep == "prep" and child.lower_ == "by")):
                actor1 = _covering(actors, child)
            elif actor1 is None and dep == "prep" and child.lower_ == "to" and _fell(head):
                actor1 = _covering(actors, child)  # "Kidal fell to the rebels": who took it
            elif actor2 is None and (
                dep in ("dobj", "nsubjpass", "obj")
                or (dep == "prep" and child.lower_ in _ACTOR2_PREPS)
            ):
                actor2 = _covering(actors, child)
            elif actor1 is None and dep == "prep" and child.lower_ == "between":
                actor1, actor2 = _between(actors, child, actor2)
        if actor1 is not None or any(c.dep_ == "nsubj" for c in head.children):
            break  # a clause with its own subject does not borrow the main clause's
    relcl = next((h for h in heads if h.dep_ == "relcl"), None)
    if actor1 is None and relcl is not None:
        actor1 = _covering_token(actors, relcl.head)
    seen = any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in trig.children)
    if relcl is not None and any(
        c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PRONOUNS for c in relcl.children
    ):
        # "police fired tear gas at students who were marching": the marchers are the
        # students the clause hangs on, known actor or not, never the nearest actor before
        seen = True
    speaker = _speaker(trig, heads) if find_speaker and actor1 is None else None
    return Roles(actor1, actor2, seen, speaker)


_RELATIVE_PRONOUNS = frozenset(["who", "that", "which"])


# verbs that tell or deny what others did: their subject speaks of the act, and does
# not declare, threaten or claim it
_TELLING = frozenset(
    "say tell report state confirm insist note add allege deny dismiss reject refute".split()
)
_OWN_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "poss", "agent"])
_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "attr"])


def _speaker(trig, heads) -> tuple[int, int] | None:
    """Offsets of the subject of the verb that tells or denies an act no one is named for.

    "Police dismissed reports of an attack on Dunmore", "officials said there was
    no attack on Kessler", "he said that Ostin had not been attacked": the act
    is a noun (or a passive) whose clause names no one. A pronoun there ("the
    army said it had shelled ...", "its attack") is the speaker acting, and
    "denied carrying out any strike" or "denied any strike" is the speaker's
    own act denied.
    """
    if any(
        c.dep_ in _OWN_SUBJECT_DEPS and c.pos_ == "PRON" for head in heads for c in head.children
    ):
        return None
    if trig.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubjpass" for c in trig.children):
        return None
    cur = trig
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.lemma_ in _TELLING and head.pos_ in ("VERB", "AUX"):
            if cur.i == trig.i and cur.dep_ in ("dobj", "obj"):
                return None
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return None
            return (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
        if (
            head.pos_ in ("VERB", "AUX")
            and cur.pos_ in ("NOUN", "PROPN")
            and cur.dep_ not in _SUBJECT_DEPS
        ):
            return None  # "denied carrying out any strike": the act of the verb's subject
        cur = head
    return None


def _fell(token) -> bool:
    """A town's fall ("Kidal fell to the rebels"), whose subject is the place lost."""
    return token.lemma_ == "fall" and not any(c.dep_ == "dobj" for c in token.children)


def _between(actors, prep, actor2):
    """The two sides of "fighting between X and Y"."""
    end = prep.right_edge.idx + len(prep.right_edge)
    sides = [a for a in actors if prep.idx < a.start and a.end <= end]
    if not sides:
        return None, actor2
    return sides[0], actor2 or (sides[1] if len(sides) > 1 else None)


def _covering_token(actors, token) -> ActorMention | None:
    start = token.left_edge.idx
    end = token.idx + len(token)
    for actor in actors:
        if actor.start >= start and actor.end <= end:
            return actor
    return None


def _lexical_roles(sentence: str, trigger: tuple[int, int], actors: list[ActorMention]) -> Roles:
    before = [a for a in actors if a.end <= trigger[0]]
    after = [a for a in actors if a.start >= trigger[1]]
    actor1 = None
    for actor in reversed(before):
        gap = sentence[actor.end : trigger[0]]
        if _CLAUSE_BREAK.search(gap) or len(gap.split()) > 12:
            break
        if actor.actor_type == "Civilians" and trigger[0] - actor.end > 3:
            continue
        actor1 = actor
        break
    actor2 = None
    for actor in after:
        gap = sentence[trigger[1] : actor.start]
        if _OBJECT_BREAK.search(gap) or len(gap.split()) > 6:
            break
        if _BLAMED_ON.search(gap) and actor1 is None:
            actor1 = actor
            continue
        actor2 = actor
        break
    return Roles(actor1, actor2)
