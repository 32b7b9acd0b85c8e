"""Names the gazetteer does not know, in a position only a place can take.

Conflict reporting names villages, neighbourhoods and camps that no
gazetteer of 500+ people lists ("shelling in Jobar", "the village of Khan
Touman"). A capitalised name right after a locative preposition or a
place-type noun, every name of a list a plural kind governs ("the villages
of A, B and C"), and a name titled with its kind ("Al-Manishiyah District")
is reported as a place mention; a fuzzy match against the
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
from geomap.mentions import INSIDE_LONGER_NAME, Mention, context_words

_NAME = r"(?:(?:[Aa][lnrdszt]|[Ee][lnrdszt]|[Aa]sh|[Aa]th)[-‘’']\s?)?[A-Z][\w‘’'-]*[\w]"
#: A name of one or more words, with Arabic articles inside ("Tell al-Sultan").
_FULL_NAME = rf"{_NAME}(?:[ -](?:{_NAME}|al-|el-|ad-|ar-|as-|az-))*"
_CANDIDATE = re.compile(
    r"(?:(?<![\w'’‘-])(?:in|near|outside|around|into|toward|towards|at|across|through|shelled"
    r"|hit|struck|stormed|captured|seized|recaptured|retook|took|taken|held|holds|besieged"
    r"|entered|enter|entering|reached|bombed|raided|overran|occupied)\s+(?:the\s+)?"
    r"|\b(?P<kind>(?i:village|town|city|district|neighbourhood|neighborhood|suburb|camp|area"
    r"|province|region|governorate|county|municipality|hamlet|settlement|locality|township"
    r"|residents|inhabitants|mayor|outskirts|(?:north|south|east|west)(?:east|west)?"
    r"|(?P<plural>villages|towns|cities|districts|neighbourhoods|neighborhoods|suburbs|camps"
    r"|hamlets|settlements|localities|townships)))\s+of\s+"
    r"|\b(?P<called>(?i:village|town|city|district|neighbourhood|neighborhood|suburb|camp|area"
    r"|hamlet|settlement|locality|township))\s+(?:called|named|known\s+as)\s+)"
    rf"(?P<name>{_FULL_NAME})"
)
#: The next member of a list ("the villages of Kessler, Harrow and Dunmore").
_NEXT_IN_LIST = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<name>{_FULL_NAME})")
#: The member before, when the kind follows the list ("the Kessler and Harrow suburbs").
_PREVIOUS_IN_LIST = re.compile(
    rf"(?<![\w'’‘-])(?P<name>{_FULL_NAME})(?:\s*,\s*(?:and\s+)?|\s+and\s+)$"
)
#: A name whose last word says what kind of place it is ("Al-Manishiyah
#: District", "Kuweires Military Airport", "Jazal Mountains"): the kind is part
#: of the name, and of the mention.
_TITLED_KIND = re.compile(
    r"(?<=\w)\s+(?:District|Governorate|Province|Quarter|Neighbourhood|Neighborhood|Camp"
    r"|Refugee\s+Camp|Mountains?|Valley|Plain|Gorge|Military\s+Airport|Air\s?[Bb]ase|Airfield"
    r"|Checkpoint|Crossing|Springs|(?:Gas|Oil)\s+Fields?)\b"
)
#: A name followed by the kind of place it is ("Zamzam camp") or described as
#: one ("Bunagana, a border town") is a place wherever it stands.
_KIND_AFTER_NAME = re.compile(
    r"\s+(?:camp|refugee\s+camp|district|neighbourhood|neighborhood|quarter|village"
    r"|(?P<plural>camps|districts|neighbourhoods|neighborhoods|quarters|villages|suburbs|towns)"
    r"|town(?!\s+(?:hall|council|centre|center|square|house|clerk|planning)))\b"
    r"|,\s+(?:the|a|an)\s+(?:(?!of\b|a\b|an\b|the\b)[a-z-]+\s+){0,3}?(?:town|village|city"
    r"|camp|district|neighbourhood|neighborhood|suburb|hamlet|settlement)\b(?!['\u2019]s\b)"
)  # not ", the city's planning director": a person of the town
_NAME_BEFORE_KIND = re.compile(rf"(?<![\w'’‘-])(?P<name>{_FULL_NAME})$")


def _names_then_kind(text: str):
    """Names followed by the kind of place they are ("Zamzam camp", "Bunagana, a border town").

    The kind words are found first and the name is read backwards from
    them, which is much cheaper than trying a name at every capital. A
    plural kind ("the Kessler and Harrow suburbs") vouches for every member
    of the list before it. Yields ``(start, name)``.
    """
    for kind in _KIND_AFTER_NAME.finditer(text):
        if not text[kind.start() - 1 : kind.start()].isalnum():
            continue
        found = _name_before(text, kind.start())
        if found is None:
            continue
        yield found
        if kind.group("plural"):
            yield from _list_before(text, found[0])


def _name_before(text: str, end: int) -> tuple[int, str] | None:
    """The name that ends at ``end``, without an owner before it ("Mogadishu's Yaqshid")."""
    match = _NAME_BEFORE_KIND.search(text, max(0, end - 80), end)
    if match is None:
        return None
    start, name = match.start("name"), match.group("name")
    owner = _OWNER.search(name)
    if owner is not None:
        start, name = start + owner.end(), name[owner.end() :]
    return (start, name) if name else None


_OWNER = re.compile(r".*['’]s?\s+")


def _list_before(text: str, start: int):
    """The members of a list that ends with the name at ``start``."""
    while True:
        match = _PREVIOUS_IN_LIST.search(text, max(0, start - 80), start)
        if match is None:
            return
        start = match.start("name")
        yield start, match.group("name")


def _list_after(text: str, end: int):
    """The members of a list that starts with the name ending at ``end``."""
    while True:
        match = _NEXT_IN_LIST.match(text, end)
        if match is None:
            return
        end = match.end("name")
        yield match.start("name"), match.group("name")


def _titled_names(text: str):
    """Names whose last word is their kind ("Al-Manishiyah District"), the kind included.

    At least one word before the kind must be rare in English, so that a
    headline in title case ("Rebels Seize Hills") is not read as a name.
    """
    for kind in _TITLED_KIND.finditer(text):
        found = _name_before(text, kind.start())
        if found is None:
            continue
        start, name = found
        words = [w for w in re.split(r"[\s-]+", name.lower()) if len(w) > 2]
        if not words or _POSSESSIVE.search(name) or _organisation_words() & set(words):
            continue  # "SOS Children's Village", "Lake Area Development District"
        if min(_zipf()(w, "en") for w in words) < FAMILIAR_WORD_ZIPF:
            yield start, text[start : kind.end()]


#: Words that make a titled district a body, not a place ("School District").
_ADMINISTRATIVE_BODIES = frozenset(
    "development water fire sanitation utility congressional judicial electoral legislative "
    "business improvement conservation historic".split()
)


@functools.cache
def _organisation_words() -> frozenset[str]:
    """Heads of organisations' names and administrative bodies, lower-case."""
    return context_words()["organisation_heads"] | _ADMINISTRATIVE_BODIES


#: A named building ("the Sahaba mosque") is not a place of its own.
_BUILDING_AFTER = re.compile(
    r"(?:,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?|\s+)(?:mosque|church|cathedral|temple|synagogue|hospital|clinic|school|university|college"
    r"|stadium|prison|jail|hotel|palace|bridge|market|airport|airbase|base|factory|refinery"
    r"|tower|building|compound|square)\b(?!\s+(?:town|village|city|camp|district))",
    re.I,
)
_NOT_PLACE_HEADS = frozenset(
    "ministry university party army council court committee company corporation agency "
    "bank group times post news network association union front movement brigade brigades "
    "battalion division regiment forces force police government parliament congress senate "
    "office department church mosque school college nations".split()
)
FUZZY_CUTOFF = 88.0
#: Words at least this common in English (Zipf scale) are ordinary words, not names.
FAMILIAR_WORD_ZIPF = 3.5


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
    if low[0] in words["community_words"]:
        return False  # "the Druze village of", "Shiite and Sunni villages": a people
    if fold(name) in words["not_places"] or low[0] in words["person_titles"]:
        return False
    if low[0] in words["function_words"]:
        return False  # "On Friday", "The Hague Court"
    letters = [c for c in name if c.isalpha()]
    if len(letters) <= 6 and all(c.isupper() for c in letters):
        return False  # an acronym (RSF, UN), not a village
    # ordinary capitalised words ("In March", "near The") are not names
    return not (len(tokens) == 1 and _zipf()(low[0], "en") >= FAMILIAR_WORD_ZIPF)


#: How sure the words around an unknown name make it a place.
NOUN, LOCATIVE, WEAK = 2, 1, 0
_STRONG_CUES = frozenset(
    "in near outside around into toward towards across enter entering shelled stormed captured "
    "seized recaptured "
    "retook besieged entered bombed raided overran occupied".split()
)


def unknown_mentions(
    text: str,
    known: Sequence[Mention],
    rejected: Sequence[tuple[Mention, str]],
    organisations: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, str, int]]:
    """Spans of place-like names that no gazetteer name covers.

    The last item of each tuple says how sure the context is: ``NOUN`` (a
    place noun names it: "the village of X", "X camp", "X, a border town"),
    strong enough to overrule NER; ``LOCATIVE`` ("in X", "captured X");
    ``WEAK`` ("at X", "hit X", or another mention of a name found so).
    """
    taken = bytearray(len(text) + 1)
    for start, end in [(m.start, m.end) for m in known] + list(organisations):
        taken[max(start, 0) : end] = b"\x01" * (end - max(start, 0))
    # a rejected name inside a longer unknown one does not block it ("Souq al-Juma"), nor,
    # where a place noun or a locative word vouches for the name, a common word opening it
    # ("Abu Shouk camp", "in Jerome Township")
    inner = [(m.start, m.end, why == INSIDE_LONGER_NAME) for m, why in rejected]
    near_inner = bytearray(len(text) + 1)
    for start, end, _ in inner:
        near_inner[start:end] = b"\x01" * (end - start)

    def blocked(start: int, end: int, strength: int) -> bool:
        if any(taken[start:end]):
            return True
        if not any(near_inner[start:end]):
            return False
        return any(
            s < end and start < e and not (start < s and e <= end)
            and not (common and s == start and strength >= LOCATIVE)
            for s, e, common in inner
        )  # fmt: skip

    found: dict[int, tuple[int, int, str, int]] = {}
    matches: list[tuple[int, str, int]] = []
    for match in _CANDIDATE.finditer(text):
        cue = match.group(0)[: match.start("name") - match.start()].split()
        strength = NOUN if match.group("kind") or match.group("called") else WEAK
        if strength == WEAK and cue and cue[0].lower() in _STRONG_CUES:
            strength = LOCATIVE
        matches.append((match.start("name"), match.group("name"), strength))
        if match.group("plural"):  # "the villages of Kessler, Harrow and Dunmore"
            matches += [(at, name, NOUN) for at, name in _list_after(text, match.end("name"))]
    matches += [(at, name, NOUN) for at, name in _names_then_kind(text)]
    matches += [(at, name, NOUN) for at, name in _titled_names(text)]
    for start, written, strength in matches:
        name = _trim(written)
        if _POSSESSIVE.search(written):
            strength = WEAK  # "in Haftar's hands": an owner, as often a person as a place
        end = start + len(name)
        if not name or blocked(start, end, strength):
            continue
        if _BUILDING_AFTER.match(text, end) or not _looks_like_a_name(name):
            continue
        if start not in found or found[start][3] < strength:
            found[start] = (start, end, name, strength)
    # one sense per discourse: the name is a place at its other mentions too,
    # with a little less certainty than its surest mention
    best: dict[str, int] = {}
    for _start, _end, name, strength in found.values():
        best[name] = max(best.get(name, WEAK), strength)
    for name, strength in best.items():
        for match in re.finditer(rf"(?<![\w'’‘-]){re.escape(name)}(?![\w'’‘-])", text):
            start, end = match.span()
            if start in found or blocked(start, end, strength):
                continue
            if not _BUILDING_AFTER.match(text, end):
                found[start] = (start, end, name, max(strength - 1, WEAK))
    return sorted(found.values())


_TRAILING_ADJECTIVE = re.compile(r"(?:-[a-z]+)+$")


_POSSESSIVE = re.compile(r"['’‘]s?$")


def _trim(name: str) -> str:
    """Drop a trailing lower-case compound part or possessive: "RSF-held" -> "RSF"."""
    name = _TRAILING_ADJECTIVE.sub("", _POSSESSIVE.sub("", name))
    return "" if any(c.isdigit() for c in name) else name


#: A settlement noun and "of" before a one-word name ("the Iraqi town of Hit"); a name
#: that goes on ("the city of Good Hope") or owns something ("the town of Hope's mayor")
#: is another matter.
_TOWN_OF = re.compile(
    r"\b(?:town|city|village|township|suburb|hamlet)\s+of\s+(?P<name>[A-Z][a-z]+)"
    r"(?![\w'’‘-]|\s+[A-Z])"
)


_AGAIN_BEFORE = r"\b(?:in|near|outside|around|into|from)\s+"


def common_word_towns(
    gaz: Gazetteer, text: str, taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str, list[tuple[int, Flag]]]]:
    """Towns named by an ordinary word, where a settlement noun names them.

    The name index leaves out towns whose name is mostly an English word
    (:meth:`gazetteer.Gazetteer.common_word_towns`): "Hit" in Iraq, "Bar"
    in Ukraine. "The western Iraqi town of Hit" leaves no doubt, so the
    name is a mention there, with those towns as its candidates. Spans
    overlapping ``taken`` (names already found) are skipped.

    Returns
    -------
    list of (start, end, name, candidates)
    """
    found: dict[int, tuple[int, int, str, list[tuple[int, Flag]]]] = {}
    for match in _TOWN_OF.finditer(text):
        name = match.group("name")
        candidates = gaz.common_word_towns(name)
        if not candidates:
            continue
        # one sense per discourse: "in Hit" further on is the town too
        again = re.compile(rf"{_AGAIN_BEFORE}({re.escape(name)})(?![\w'’‘-]|\s+[A-Z])")
        spans = [match.span("name"), *(other.span(1) for other in again.finditer(text))]
        for start, end in spans:
            if not any(s < end and start < e for s, e in taken):
                found[start] = (start, end, name, candidates)
    return sorted(found.values())


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
