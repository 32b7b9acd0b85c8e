"""Names the gazetteer does not know, in a position only a place can take.

Conflict reporting names villages, neighbourhoods and camps that no
gazetteer of 500+ people lists ("shelling in Jobar", "the village of Khan
Touman"). A capitalised name right after a locative preposition or a
place-type noun is reported as a place mention; a fuzzy match against the
index (same first letters, rapidfuzz ratio) places it when the best match
is close and lies in a country the document is about, and otherwise it
stays in the output unresolved, with a reason. Nothing is dropped silently.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from gazetteer import Flag, Gazetteer
from gazetteer.normalize import fold
from geomap.mentions import Mention, context_words

_NAME = r"(?:(?:[Aa][lnrdszt]|[Ee][lnrdszt]|[Aa]sh|[Aa]th)[-‘’']\s?)?[A-Z][\w‘’'-]*[\w]"
_CANDIDATE = re.compile(
    r"(?:\b(?:in|near|outside|around|into|toward|towards|at|shelled|hit|struck|stormed"
    r"|captured|seized|recaptured|retook|besieged|entered|bombed|raided|overran)\s+(?:the\s+)?"
    r"|\b(?P<kind>village|town|city|district|neighbourhood|neighborhood|suburb|camp|area|"
    r"province|region|governorate|county|municipality|hamlet|settlement|locality)\s+of\s+)"
    rf"(?P<name>{_NAME}(?:[ -](?:{_NAME}|al-|el-|ad-|ar-|as-|az-))*)"
)
_NOT_PLACE_HEADS = frozenset(
    "ministry university party army council court committee company corporation agency "
    "bank group times post news network association union front movement brigade brigades "
    "battalion division regiment forces force police government parliament congress senate "
    "office department church mosque school college".split()
)
FUZZY_CUTOFF = 88.0


@functools.cache
def _zipf():
    from wordfreq import zipf_frequency

    return zipf_frequency


def _looks_like_a_name(name: str) -> bool:
    words = context_words()
    tokens = name.replace("-", " ").split()
    low = [t.lower() for t in tokens]
    if low[-1] in _NOT_PLACE_HEADS or low[0] in words["not_places"]:
        return False
    if fold(name) in words["not_places"] or low[0] in words["person_titles"]:
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) <= 6 and all(c.isupper() for c in letters):
        return False  # an acronym (RSF, UN), not a village
    # ordinary capitalised words ("In March", "near The") are not names
    return not (len(tokens) == 1 and _zipf()(low[0], "en") >= 3.5)


def unknown_mentions(
    text: str,
    known: Sequence[Mention],
    rejected: Sequence[tuple[Mention, str]],
    organisations: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, str, bool]]:
    """Spans of place-like names that no gazetteer name covers.

    The last item of each tuple says whether a place noun introduced the
    name ("the village of ..."): evidence strong enough to overrule NER.
    """
    taken = [(m.start, m.end) for m in known] + [(m.start, m.end) for m, _ in rejected]
    taken += list(organisations)
    found = []
    for match in _CANDIDATE.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        if any(s < end and start < e for s, e in taken):
            continue
        if not _looks_like_a_name(name):
            continue
        found.append((start, end, name, match.group("kind") is not None))
    return found


def fuzzy_candidates(gaz: Gazetteer, name: str) -> list[tuple[int, Flag]]:
    """Entries of the closest indexed spelling of ``name`` (ratio >= FUZZY_CUTOFF)."""
    from rapidfuzz import fuzz, process

    key = fold(name)
    if len(key) < 5:
        return []
    lo, pool = gaz.keys_with_prefix(key[:2])
    if not pool:
        return []
    best = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if best is None:
        return []
    return [(e, Flag.ALTERNATE) for e, _ in gaz.key_entries(lo + best[2])]
