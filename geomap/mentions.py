"""Find toponym mentions in a document: gazetteer names that are used as places.

One pass of the gazetteer's automaton yields every known name in the text;
this module keeps those that read as place names here and not as common
words, people, organisations or broadcasters:

* case: a place name is capitalised as written (``Homs``, ``al-Raqqa``);
  an abbreviation must be written exactly (``U.S.``, ``Calif.``);
* context: a person's title or first name before it (``President Jackson``,
  ``Raquel Henry``), a number after it (``Russia 24``, ``France 24``), an
  organisation's name around it (actor dictionary), a common word at the
  start of a sentence (``Police said``), a word on the not-a-place list;
* overlap: the longest valid name wins (``New York`` over ``York``).

Each surviving :class:`Mention` carries its candidates and the evidence
features the resolver and the optional statistical filter use.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources

from gazetteer import Flag, Gazetteer, Kind
from gazetteer.index import NameHit
from gazetteer.normalize import ARTICLES, fold, fold_with_offsets

_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
_LEADING_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?:^|[.!?…]|\n)[\s\"“”'‘’(\[]*$")


@dataclass(slots=True)
class Mention:
    """A capitalised gazetteer name at ``text[start:end]`` with its candidates."""

    start: int
    end: int
    text: str
    key: int
    candidates: list[tuple[int, Flag]]
    sentence_initial: bool = False
    demonym: bool = False
    features: dict[str, float] = field(default_factory=dict)


@functools.cache
def context_words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/places/context.json`` as frozensets."""
    source = resources.files("geomap").joinpath("data/places/context.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


def is_capitalised(surface: str) -> bool:
    """True when ``surface`` is written as a proper name.

    The first word must begin with a capital letter (or a lower-case Arabic
    article followed by one: ``al-Raqqa``); later words of four letters or
    more must too, unless they are connectors (``Bosnia and Herzegovina``).
    Scripts without case (Arabic) always pass.

    Examples
    --------
    >>> is_capitalised("Deir ez-Zor"), is_capitalised("al-Raqqa"), is_capitalised("reading")
    (True, True, False)
    """
    words = _WORD.findall(surface)
    if not words:
        return False
    connectors = context_words()["connectors"]
    first = words[0]
    if first[0].islower():
        if first.lower() not in ARTICLES or len(words) < 2 or words[1][0].islower():
            return False
    for word in words[1:]:
        low = word.lower()
        if word[0].islower() and len(word) > 3 and low not in connectors and low not in ARTICLES:
            return False
    return True


_DATELINE_AFTER = re.compile(r"^(?:(?:[ ,]+|/)[A-Z][A-Za-z.]*)*\s*(?:[,(:]|[-–—]{1,2}\s|\(\w)")
#: A live blog's time stamp opening an entry: "13:20", "14:05 —", "0910 GMT:", "9.15 local time"
TIME_STAMP = r"\d{1,2}[:.h]?\d{2}(?:\s*(?:GMT|UTC|local(?:\s+time)?))?\s*[\u2013\u2014:-]*"
# what may open a dateline's line: quotes, a bullet, a live blog's time stamp ("13:20 ")
_DATELINE_BEFORE = re.compile(rf"^[\s\"'“‘*]*(?:{TIME_STAMP}\s*)?" r"(?:[A-Z][A-Z .'-]*[A-Z]/)*$")


#: A heading line in capitals: "YEMEN", "GAZA STRIP:", "** NORTH DARFUR **", "SUDAN / CHAD"
_HEADING_LINE = re.compile(r"[\s\"'\u201c\u2018*#\u2022-]*[A-Z][A-Z .,'&/-]*[A-Z][\s:*]*")


def is_heading(text: str, start: int, end: int) -> bool:
    """A name on a short line of capitals that heads the text after it: a section's heading.

    A briefing or a roundup heads each section with its country or region
    ("YEMEN", "NORTH DARFUR"); like a dateline, the heading is a place.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or line_end - line_start > 60 or not text[line_end:].strip():
        return False
    return _HEADING_LINE.fullmatch(text, line_start, line_end) is not None


#: Why a common word that opens or sits inside a longer name is no mention of its own.
INSIDE_LONGER_NAME = "a common word inside a longer name"


def is_dateline_at(text: str, start: int, end: int) -> bool:
    """A place in capitals opening a line: "WASHINGTON (AP) --", "KABUL/ISLAMABAD (AP) -"."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _DATELINE_BEFORE.match(text[line_start:start]):
        return False
    return bool(_DATELINE_AFTER.match(text[end : end + 40]))


def _in_compound(text: str, start: int, end: int, glued: frozenset = frozenset()) -> bool:
    """The name is glued by a hyphen to another capitalised word (Wal-Mart, Coca-Cola).

    Two place names of one country glued together ("the Maiduguri-Monguno
    highway") are both places: ``glued`` holds their (start, end) offsets.
    A name glued to a number is a designation ("Tu-95", "Su-25").
    """
    if end + 1 < len(text) and text[end] == "-":
        if text[end + 1].isdigit():
            return True
        if text[end + 1].isupper() and (start, end) not in glued:
            return True
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return text[start].isupper() and (start, end) not in glued
    return False


_TITLE_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]{1,13})\.? $")
_OPENING_QUOTE = re.compile(r"(?:^|\s)[\"“]$")
_CLAUSE_END = re.compile(r"[.!?;:\n]\s*$")
_LAST_WORD = re.compile(r"([^\W\d_]+)\.?[\s,]*$")
_NEXT_TOKEN = re.compile(r"\s*([^\s]+)")
_OF_NAME = re.compile(r" of (?:the )?[A-Z]")
_PUNCTUATION_NEXT = re.compile(r"\s*[,;:.]")
_NUMBER = re.compile(r"\d+\b")
#: Prepositions after which a name is a place, not a speaker ("residents of Gotheye said").
_PLACE_PREPOSITIONS = frozenset(
    "in at near from of around outside into inside across toward towards".split()
)
_PEOPLE_OF = re.compile(
    r"\b(?:residents|people|villagers|inhabitants|citizens|mayor|governor|outskirts|centre"
    r"|center|north|south|east|west|town|city|village|province|region|district|parts)\s+$",
    re.I,
)
_FROM_TO = re.compile(r"\bfrom\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+$")


def _after_place_preposition(text: str, previous: str, offset: int) -> bool:
    """ "residents of Gotheye said", "fled from Marte to Dikwa said" (not "close to Reed")."""
    if offset < 0:
        return False
    if previous.lower() == "to":
        return bool(_FROM_TO.search(text, max(0, offset - 60), offset))
    if previous.lower() == "of":  # "residents of Gotheye said", not "associates of Steele said"
        return bool(_PEOPLE_OF.search(text, max(0, offset - 30), offset))
    return previous.lower() in _PLACE_PREPOSITIONS


_YEAR = re.compile(r"\d{4}\b")
_QUANTITY = re.compile(
    r"\s+[\d,.]+\s+(?:days?|weeks?|months?|years?|hours?|minutes?|km|kilometres?|kilometers?"
    r"|miles?|metres?|meters?|people|percent|per\s+cent|tonnes?|tons?|dollars?|million|billion"
    r"|troops|soldiers|civilians|fighters|militants|villagers|residents|children|times"
    r"|rockets?|missiles?|drones?|shells?|strikes?|attacks?|dead|killed|wounded|injured|of)\b",
    re.I,
)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start]
    return bool(_SENTENCE_END.search(before) or _OPENING_QUOTE.search(before))


def _previous_word(text: str, start: int) -> tuple[str, int]:
    """The word before ``start`` (same sentence) and its offset, or ('', -1)."""
    window = text[max(0, start - 40) : start]
    if _CLAUSE_END.search(window):
        return "", -1
    match = _LAST_WORD.search(window)
    if not match:
        return "", -1
    return match.group(1), start - len(window) + match.start(1)


def _next_token(text: str, end: int) -> str:
    match = _NEXT_TOKEN.match(text, end, end + 40)
    return match.group(1) if match else ""


_HYPHENATED = re.compile(r"(?<![\w-])([A-Z][^\W\d_]+)-([A-Z][^\W\d_]+)(?![\w-])")


def _solid_hits(gaz: Gazetteer, text: str) -> list[NameHit]:
    """Names written with a hyphen that the index knows written solid ("Pétion-Ville")."""
    found = []
    for match in _HYPHENATED.finditer(text):
        key = gaz.find_key(match.group(1) + match.group(2).lower())
        if key is not None:
            found.append(NameHit(match.start(), match.end(), key))
    return found


# "the Bamako-Dakar corridor", "the Juba-Nimule highway": a route joins its two ends,
# of one country or two
_ROUTE_AFTER = re.compile(
    r"\s+(?:road|roads|highway|corridor|axis|route|railway|railroad|pipeline|expressway|"
    r"motorway|trunk\s+road|supply\s+route)\b",
    re.I,
)


def _glued_places(gaz: Gazetteer, text: str, hits) -> set[tuple[int, int]]:
    """Pairs of names glued by a hyphen that can be places of one country.

    "the Maiduguri-Monguno highway" joins two Nigerian towns, "the Bamako-Dakar
    corridor" the two ends of a route; "Mercedes-Benz" or "Wal-Mart" join
    names of places that share no country: a brand.
    Returns the (start, end) offsets of the names of such pairs.
    """
    by_start = {}
    by_end = {}
    for hit in hits:
        if text[hit.start].isupper() and hit.end - hit.start >= 2:
            by_start.setdefault(hit.start, []).append(hit)
            by_end.setdefault(hit.end, []).append(hit)
    found: set[tuple[int, int]] = set()
    for end, lefts in by_end.items():
        if text[end : end + 1] != "-" or end + 1 not in by_start:
            continue
        for left in lefts:
            for right in by_start[end + 1]:
                a, b = _countries(gaz, left.key), _countries(gaz, right.key)
                if a[0] & b[0] or (a[1] and b[1]) or _ROUTE_AFTER.match(text, right.end):
                    found |= {(left.start, left.end), (right.start, right.end)}
    return found


def _countries(gaz: Gazetteer, key: int) -> tuple[set[int], bool]:
    """Countries a name's places lie in, and whether it names a country ("Egyptian-US")."""
    entries = [e for e, _flag in gaz.key_entries(key)]
    return {int(gaz._country[e]) for e in entries}, any(
        gaz._kind[e] == Kind.COUNTRY for e in entries
    )


def _hits_to_mentions(gaz: Gazetteer, text: str) -> list[Mention]:
    folded, offsets = fold_with_offsets(text)
    found: list[Mention] = []
    hits = list(gaz.scan(folded, offsets))
    glued = frozenset(_glued_places(gaz, text, hits))
    hits += _solid_hits(gaz, text)
    for hit in hits:
        if text[hit.start].islower():
            # a place name is capitalised, unless it opens with an Arabic article ("al-Raqqa")
            head = _LEADING_WORD.match(text, hit.start)
            if head is None or head.group().lower() not in ARTICLES:
                continue
        surface = text[hit.start : hit.end]
        entries = gaz.key_entries(hit.key)
        if any(flag == Flag.ABBREVIATION for _, flag in entries):
            forms = gaz.exact_forms(hit.key)
            exact = next((f for f in forms if text.startswith(f, hit.start)), None)
            if exact is not None:  # written exactly as the abbreviation: it is one
                end = hit.start + len(exact)
                strong = [(e, f) for e, f in entries if f == Flag.ABBREVIATION]
                found.append(Mention(hit.start, end, text[hit.start : end], hit.key, strong))
                continue
        entries = [(e, f) for e, f in entries if f != Flag.ABBREVIATION]
        if not entries or not is_capitalised(surface):
            continue
        letters = [c for c in surface if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        heading = False
        if len(letters) > 1 and upper == len(letters) and not text.isupper():
            heading = len(letters) >= 4 and is_heading(text, hit.start, hit.end)
            if not (len(letters) >= 4 and is_dateline_at(text, hit.start, hit.end)) and not heading:
                continue  # an acronym (SOS, NAFTA) is not the town that shares its letters
        if upper >= 3 and 2 * upper > len(letters) and upper < len(letters):
            continue  # a mixed-case acronym ("FAMa", "MoD") is not a town either
        if _in_compound(text, hit.start, hit.end, glued):
            continue
        mention = Mention(hit.start, hit.end, surface, hit.key, entries)
        if is_dateline_at(text, hit.start, hit.end):
            mention.features["dateline"] = 1.0
        elif heading:
            mention.features["heading"] = 1.0
        found.append(mention)
    return found


def _is_river(gaz: Gazetteer, entry: int) -> bool:
    """A river's reach: named like towns and people ("Thames", "Jordan River")."""
    return gaz._fcode_list[gaz._fcode[entry]] == "STM"


def _is_major(gaz: Gazetteer, mention: Mention) -> bool:
    """A country, division or region among the candidates, or a city of 100k+."""
    for entry, flag in mention.candidates:
        kind = int(gaz._kind[entry])
        if _is_river(gaz, entry):
            continue
        if kind == Kind.COUNTRY:
            return True
        if kind != Kind.CITY and kind != Kind.ADMIN2 and flag != Flag.ALTERNATE:
            return True
        if kind == Kind.CITY and flag == Flag.MAIN and gaz._population[entry] >= 100_000:
            return True
    return False


#: A city at least this large: the small NER model's person or product
#: label on its rare name is a guess (:func:`geomap.ner.entity_filter`).
LARGE_TOWN_POPULATION = 50_000


def is_large_town(gaz: Gazetteer, mention: Mention) -> bool:
    """A city of :data:`LARGE_TOWN_POPULATION` or more among the candidates, by any name."""
    return any(
        int(gaz._kind[entry]) == Kind.CITY and gaz._population[entry] >= LARGE_TOWN_POPULATION
        for entry, _flag in mention.candidates
    )


def is_unmistakable(gaz: Gazetteer, mention: Mention) -> bool:
    """A country, continent, region or sea by its main name, or a city of 1M+.

    Such mentions skip the statistical check; everything else is looked at
    by the NER model when it runs.
    """
    for entry, flag in mention.candidates:
        kind = int(gaz._kind[entry])
        if kind in _UNMISTAKABLE and flag != Flag.ALTERNATE and not _is_river(gaz, entry):
            return True
        if kind == Kind.CITY and gaz._population[entry] >= 1_000_000:
            return True
    return False


_UNMISTAKABLE = frozenset({int(Kind.COUNTRY), int(Kind.CONTINENT), int(Kind.REGION), int(Kind.SEA)})


def _person_context(text: str, mention: Mention, words: dict, previous: str, offset: int) -> bool:
    """A capitalised word that is not a place before the name: a person's name."""
    if not previous or not previous[0].isupper() or offset < 0:
        return False
    if text[offset + len(previous) : mention.start].strip() not in ("",):
        return False  # separated by punctuation ("Aleppo, Syria")
    low = previous.lower()
    if low in words["function_words"] or low in words["direction_words"]:
        return False
    if low in words["place_type_words"] or low in ARTICLES:
        return False
    if low in _AUXILIARIES and _sentence_initial(text, offset):
        return False  # "Will Huliaipole fall?", "Can Kherson hold?": a question, not "Will Smith"
    return not _sentence_initial(text, offset) or low not in words["function_words"]


_AUXILIARIES = frozenset(
    "will would can could may might shall should must did does do has have had is was are "
    "were".split()
)


def _after_titled_name(text: str, previous: str, offset: int, words: dict) -> bool:
    """The name follows a title and a given name ("Rep. Carol Jordan", "Gen. Ali Homs")."""
    if not previous[:1].isupper() or offset < 0 or text[offset + len(previous)] != " ":
        return False
    low = previous.lower()
    if low in words["function_words"] or low in words["person_titles"] or low in ARTICLES:
        return False
    title = _TITLE_BEFORE.search(text, max(0, offset - 20), offset)
    return title is not None and title.group(1).lower() in words["person_titles"]


def _inside_longer_name(
    text: str, mention: Mention, words: dict, previous: str, offset: int
) -> bool:
    if _OF_NAME.match(text, mention.end, mention.end + 12):
        return True  # "Bureau of Meteorology", "Village of Hope"
    follower = _next_token(text, mention.end)
    if follower[:1].isupper() and follower.lower().strip(",.;:") not in words["function_words"]:
        if not _PUNCTUATION_NEXT.match(text, mention.end, mention.end + 2):
            return True
    if previous[:1].isupper() and previous.lower() not in words["function_words"]:
        return not _sentence_initial(text, offset) and text[offset + len(previous)] == " "
    return False


_CHUNK_WORDS = re.compile(r"((?: [\w'’.&,;:-]+){1,8})")
_CHUNK_BEFORE = re.compile(r"(?<![\w'’.&-])((?:[\w'’.&-]+ ){1,6})$")
_CHUNK_CONNECTORS = frozenset(("of", "for", "the", "de", "du", "des"))
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.)+$")


def _bare(word: str) -> str:
    """A chunk word without trailing punctuation or possessive, lower-cased."""
    low = word.lower().rstrip(",;:.")
    return low.removesuffix("'s").removesuffix("’s").rstrip("'’")


def _chunk_after(text: str, end: int, heads: frozenset[str], joined: bool) -> bool:
    """Whether the capitalised words after ``end`` make an organisation's name.

    Connectors ("of", "for the") join capitalised words; punctuation ends
    the run. A lower-case organisation word right after the capitalised
    ones closes the name ("Tavush for the Homeland movement"); ``joined``
    says capitalised words come before the place already.
    """
    match = _CHUNK_WORDS.match(text, end, end + 120)
    if match is None:
        return False
    pending = 0
    for word in match.group(1).split():
        low = _bare(word)
        if word[0].isupper():
            pending = 0
            joined = True
            if low in heads:
                return True
        elif low in _CHUNK_CONNECTORS and word == low:
            pending += 1
            continue
        else:
            return joined and not pending and low in heads
        if word[-1] in ",;:" or (word[-1] == "." and not _ABBREVIATION.match(word)):
            return False
    return False


def _chunk_before(text: str, start: int, heads: frozenset[str]) -> tuple[bool, bool]:
    """Capitalised words run up to ``start`` (and whether they hold an organisation word).

    "University of Dhaka", "Border Guard Bangladesh", "Federal Government of Somalia".
    """
    match = _CHUNK_BEFORE.search(text, max(0, start - 80), start)
    if match is None:
        return False, False
    chunk: list[str] = []
    for word in reversed(match.group(1).split()):
        if word[-1] in ",;:" or (word[-1] == "." and not _ABBREVIATION.match(word)):
            break
        if not word[0].isupper() and word not in _CHUNK_CONNECTORS:
            break
        if word[0].isupper() and word.lower() in context_words()["function_words"]:
            break  # "In Aleppo police said": a sentence opener is no part of a name
        chunk.append(word)
    while chunk and not chunk[-1][0].isupper():
        chunk.pop()  # the name opens with a capitalised word
    return bool(chunk), any(w[0].isupper() and _bare(w) in heads for w in chunk)


_FACILITY_ELSEWHERE = re.compile(
    r"(?:\s+[A-Z][\w'\u2019-]+){0,2}\s+(?:International\s+)?(?:Airport|Airfield|Air\s+Base|"
    r"Airbase|Stadium)\s+(?:in|near|outside|at)\s+(?:the\s+)?[A-Z]"
)


def in_organisation_name(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is part of an organisation's or outlet's name.

    A run of capitalised words around the name (joined by "of", "for the")
    that holds an organisation word makes it one: "Kenya Defence Forces",
    "Sudan Doctors Network", "US Central Command", "University of Dhaka",
    "Federal Government of Somalia", "(Sahel Wire)". A state force named
    in lower case ("U.S. military", "the Kenyan army") is not such a name.

    Examples
    --------
    >>> in_organisation_name("the Kenya Defence Forces said", 4, 9)
    True
    >>> in_organisation_name("troops in Kenya said", 10, 15)
    False
    """
    heads = context_words()["organisation_heads"]
    joined, head_before = _chunk_before(text, start, heads)
    return head_before or _chunk_after(text, end, heads, joined)


def _reject_reason(
    gaz: Gazetteer,
    mention: Mention,
    text: str,
    place_starts: set[int],
    *,
    org_names: bool = False,
) -> str | None:
    words = context_words()
    folded = fold(mention.text)
    if folded in words["not_places"]:
        return "not a place name"
    common = gaz._t["common"].get(folded, 0.0)
    if mention.features.get("dateline"):
        return None  # "WASHINGTON (AP) --": the place a report was filed from
    if not org_names and in_organisation_name(text, mention.start, mention.end):
        return "part of an organisation's name"
    if not org_names and _FACILITY_ELSEWHERE.match(text, mention.end):
        # "Aden Adde International Airport in Mogadishu": the name of a site told to lie in
        # another place, most often after a person
        return "names a facility that lies in the place named after it"
    longer = _LONGER_NAME.search(text, max(0, mention.start - 8), mention.start)
    if longer:
        # "Little Egypt", "Lake Manassas", "Cape of Good Hope": another place, unindexed
        return f"{LONGER_NAME_REASON}{text[longer.start() : mention.end]!r}"
    if mention.sentence_initial and common >= 4.0 and not _is_major(gaz, mention):
        return "common word at the start of a sentence"
    if mention.sentence_initial and common >= 3.5:
        if all(flag == Flag.ALTERNATE for _, flag in mention.candidates):
            return "common word at the start of a sentence (an alternate name only)"
    if mention.sentence_initial and common >= 5.0 and not is_unmistakable(gaz, mention):
        return "common word at the start of a sentence"
    previous, offset = _previous_word(text, mention.start)
    if (
        common >= 3.5
        and not _is_major(gaz, mention)
        and _inside_longer_name(text, mention, words, previous, offset)
    ):
        return INSIDE_LONGER_NAME
    if previous in _NAME_OPENERS:
        return INSIDE_LONGER_NAME  # "Tripoli's Abu Salim district", "Umm Qasr": another name
    if offset not in place_starts and _after_titled_name(text, previous, offset, words):
        return f"part of a name after {previous!r} and a title"
    if offset not in place_starts and _person_context(text, mention, words, previous, offset):
        if not _is_major(gaz, mention):
            return f"part of a name after {previous!r}"
    if text[mention.end : mention.end + 1] == "$":
        return "a currency (US$, A$)"
    follower = _next_token(text, mention.end).lower().strip(",.;:")
    if follower in words["eponym_heads"]:
        return f"names a disease ('{follower}'), not a place"
    if follower in ("said", "says", "told", "added", "asked", "wrote") and not _is_major(
        gaz, mention
    ):
        # "residents of Gotheye said", "fled from Marte to Dikwa said": a place
        if not _after_place_preposition(text, previous, offset):
            return "the subject of 'said': a person"
    follower = _next_token(text, mention.end)
    if _NUMBER.match(follower) and not _YEAR.match(follower):
        if not _QUANTITY.match(text, mention.end):  # "gives Israel 60 days": a quantity
            return "followed by a number (channel, route or team name)"
    prev = previous.lower()
    if prev in words["person_titles"] and not mention.sentence_initial:
        if previous[:1].isupper():
            return f"after the title {previous!r}"
    return None


#: Capitalised words that open an Arabic name: "Abu Salim" is not Salim, "Ain Issa" not Issa.
_NAME_OPENERS = frozenset("Abu Umm Um Bani Beni Ain Ayn Bin Ibn Bint Kafr Deir Tel Tal".split())

#: Words that make a new place name of the name after them; the index knows
#: the common ones ("Cape Town", "Port Sudan", "Lake Chad").
_LONGER_NAME = re.compile(r"(?<![\w.])(?:Little|Lake|Mount|Mt\.|Cape(?: of)?|Fort|Port) $")
LONGER_NAME_REASON = "part of the longer name "
_STRONG_LOCATIVE = re.compile(r"\b(?:in|near|outside|around|into)\s+(?:the\s+)?$")


def _located(text: str, start: int) -> bool:
    """ "in Dikwa", "near Shinkafi": whatever else the name is, here it is a place."""
    return bool(_STRONG_LOCATIVE.search(text, max(0, start - 12), start))


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if any(mention.start < e and s < mention.end for s, e in taken):
            continue
        chosen.append(mention)
        taken.append((mention.start, mention.end))
    return sorted(chosen, key=lambda m: m.start)


def find_mentions(
    gaz: Gazetteer,
    text: str,
    *,
    exclude: Sequence[tuple[int, int]] = (),
    org_names: bool = False,
) -> tuple[list[Mention], list[tuple[Mention, str]]]:
    """Return the place-name mentions of ``text`` and the rejected ones with reasons.

    Parameters
    ----------
    gaz : Gazetteer
        The loaded index.
    text : str
        The document.
    exclude : sequence of (start, end)
        Spans that are not places whatever they contain (organisation names).
    org_names : bool
        Keep place names that open or sit inside an organisation's or an
        outlet's name ("Athens Police Department", "Kenya Defence Forces"),
        as some corpora annotate them; by default they are not places.
    """
    rejected: list[tuple[Mention, str]] = []
    candidates: list[Mention] = []
    for mention in _hits_to_mentions(gaz, text):
        mention.sentence_initial = _sentence_initial(text, mention.start)
        if any(flag == Flag.DEMONYM for _, flag in mention.candidates):
            mention.demonym = True
            mention.candidates = [c for c in mention.candidates if c[1] == Flag.DEMONYM]
        # A name inside an organisation's name ("Islamic State of Iraq") is not a
        # place; one that opens it ("U.S. military", "Kurdistan Region") still is.
        if any(s < mention.start < e for s, e in exclude):
            rejected.append((mention, "inside an organisation's name"))
            continue
        candidates.append(mention)
    mentions = _longest_first(candidates)
    place_starts = {m.start for m in mentions}
    kept: list[Mention] = []
    for mention in mentions:
        reason = _reject_reason(gaz, mention, text, place_starts, org_names=org_names)
        if reason:
            rejected.append((mention, reason))
        else:
            kept.append(mention)
    persons = {
        fold(m.text)
        for m, r in rejected
        if r.startswith(("part of a name", "the subject")) and " " not in fold(m.text)
    }
    if persons:
        still = [
            m
            for m in kept
            if fold(m.text) not in persons or _is_major(gaz, m) or _located(text, m.start)
        ]
        rejected += [(m, "a person's name elsewhere in the text") for m in kept if m not in still]
        kept = still
    return kept, rejected
