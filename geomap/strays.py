"""Namesakes the resolver should not trust: far weak matches and places a qualifier rules out.

A conflict story about one region names small places the index often
lacks. The index then offers a namesake somewhere else: a town sharing one
of its alternate names ("Kambo" for a village of Gezira gives a town of
Nigeria), the head of a longer written name ("San Juan" of "San Juan de
Lurigancho"), a place the text itself puts in another country ("Nasir,
Upper Nile State" when every "Nasir" of the index lies outside South
Sudan) or far from the town it is told to lie by ("Boni, east of
Douentza" gives Bonn), or a small town alone in a country the story never
names ("Lere" of Nigeria in a story of Mali). Such a mention is a local
place the index lacks: the caller places it, as ACLED does, at the place
the story names beside it, preferring the division or town the text
qualifies it with (:func:`qualifier_anchor`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from gazetteer import Flag, Gazetteer, Kind
from gazetteer.distance import km
from geomap.records import Place

#: A weak match at least this far from every other place of the story is a stray.
FAR_KM = 500.0
#: Towns this populous are named across borders: their weak matches stand.
FAR_POPULATION = 100_000
#: Other places (distinct names, with a point) the story must name to judge distance.
FAR_MIN_OTHERS = 2
_TOWNS = (Kind.CITY, Kind.ADMIN2)
_POINTLESS = (Kind.COUNTRY, Kind.CONTINENT)
# "San Juan de Lurigancho", "Ras Isa": the written name goes on past the indexed one
_LONGER = re.compile(
    r"[ -](?:(?:de|del|de la|des|du|al|el|ad|as|ar|ibn|bin|bint|abu|umm|ould|wa)[ -])?"
    r"[A-Z][a-z\u00c0-\u024f]"
)
_PLACE_NOUNS = frozenset(
    "city town village district province region state county governorate oblast "
    "prefecture area camp river valley island islands port airport base".split()
)
# "Nasir, in Upper Nile state", "Kambo, Gezira", "around Nasir in Upper Nile state":
# the qualifier written after a name
_QUALIFIER_GAP = re.compile(
    # "Mozogo, in Cameroon's Far North region", "Dikwa, in northeastern Nigeria's Borno state"
    r"\s*,\s*in\s+(?:[a-z-]+\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:'s|\u2019s)\s+"
    r"(?:(?:north|south|east|west|central|far)[\w-]*\s+)?"
    # "Ohe Htein Twin, in Tabayin township of the Sagaing region": the division past an
    # unlisted one
    r"|\s*,\s*in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:township|district|county|"
    r"municipality|commune|locality|sector)\s+(?:of|in)\s+(?:the\s+)?"
    r"|\s*,\s*(?:in\s+|near\s+)?(?:the\s+)?"
    # "near Depayin in Myanmar's Sagaing region"
    r"|\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:'s|\u2019s)\s+"
    r"(?:(?:north|south|east|west|central|far)[\w-]*\s+)?"
    r"|\s+in\s+(?:the\s+)?"
    r"|\s+(?:district|county|township|municipality|commune|locality|area|sector)\s+"
    r"(?:of|in)\s+(?:the\s+)?"  # "the Barmal district of Paktika province"
)

# "Tonga, Panyikang County, Upper Nile State": the qualifier past a division the index
# may lack
PAST_DIVISION = re.compile(
    r"\s*,\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+(?:County|District|Township|"
    r"Payam|Municipality|Commune|Locality)\s*,\s*"
)


# ", a village in", ", a farming town near": a description of the name follows
DESCRIBED_AS = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:village|town|city|hamlet|settlement|"
    r"district|area|camp|suburb|neighbourhood|neighborhood|locality|port|headquarters|seat)"
    r"\s+(?:in|of|near|on)\s+"
)
_CLAUSE_END = re.compile(r"[.;:!?]|,\s+(?!(?:in|of)\b)[a-z]")
# what may stand between the description's preposition and its place: other names and
# division words ("Wetlet township of the"), not "the far east of the country near"
_QUALIFIER_PATH = re.compile(
    r"(?:(?:[A-Z][\w'\u2019-]*|the|of|in|township|district|county|province|region|state|"
    r"governorate|department|prefecture|municipality|commune|locality|area|oblast),?\s+)*"
)


def continues_name(text: str, end: int) -> bool:
    """Whether the capitalised name written at ``text[:end]`` goes on past ``end``.

    Examples
    --------
    >>> continues_name("shot in San Juan de Lurigancho", len("shot in San Juan"))
    True
    >>> continues_name("in San Juan Province", len("in San Juan"))
    False
    """
    match = _LONGER.match(text, end)
    if match is None:
        return False
    word = re.match(r"[\w\u00c0-\u024f]+", text[match.end() - 2 :])
    return word is None or word.group().lower() not in _PLACE_NOUNS


# "San Juan de Lurigancho", "Ras al Ain": the written name goes on with a joining word
_JOINED_ON = re.compile(
    r"[ -](?:de|del|de la|des|du|ibn|bin|bint|abu|umm|ould)[ -][A-Z][a-z\u00c0-\u024f]"
)
#: Capitalised words that may stand before a place's name without being part of it.
_BEFORE_NAME_OK = frozenset(
    "the in at of on near from to and or but north south east west northern southern eastern "
    "western central upper lower greater old new inner outer downtown rural urban mr mrs ms "
    "dr gen general president governor mayor minister".split()
)


def follows_name(text: str, start: int) -> bool:
    """Whether a capitalised word, not a sentence's first, is written right before ``start``.

    >>> follows_name("attacked a post in Baga Sola", len("attacked a post in Baga "))
    True
    >>> follows_name("Sola is a town", 0)
    False
    """
    before = re.search(r"([A-Z][\w'\u2019-]*) $", text[max(0, start - 30) : start])
    if before is None or before.group(1).lower() in _BEFORE_NAME_OK:
        return False
    word_start = start - len(before.group(0))
    head = text[max(0, word_start - 3) : word_start].rstrip()
    return bool(head) and head[-1] not in '.!?:\n"\u201c\u2014-'


def far_strays(gaz: Gazetteer, text: str, mentions, queries, resolutions) -> set[int]:
    """Mentions whose weakly matched town lies far from every other place of the story.

    A weak match is a town found under one of its alternate names, or under
    the head of a longer name the text writes. Without a qualifier, list or
    division word, and with at least :data:`FAR_MIN_OTHERS` other names of
    the story placed, a small town (under :data:`FAR_POPULATION`) more than
    :data:`FAR_KM` from each of them is taken for a local place the index
    lacks.

    Parameters
    ----------
    gaz : Gazetteer
        The loaded index.
    text : str
        The document.
    mentions, queries, resolutions : sequences
        The known-name mentions, their queries and resolutions (same order).

    Returns
    -------
    set of int
        Positions of the stray mentions.
    """
    points = []  # (name key, lat, lon) of every other resolved place with a point
    countries = []  # (name key, country) of every resolved mention, nationalities too
    told = False  # the story names a country, or a nationality
    for mention, resolution in zip(mentions, resolutions, strict=False):
        if resolution.entry is None:
            continue
        entry = gaz.entry(resolution.entry)
        countries.append((mention.key, entry.country_code))
        told = told or mention.demonym or entry.kind == Kind.COUNTRY
        if mention.demonym:
            continue
        if entry.kind in _POINTLESS or entry.lat is None or math.isnan(entry.lat):
            continue
        points.append((mention.key, entry.lat, entry.lon))
    out: set[int] = set()
    rows = zip(mentions, queries, resolutions, strict=False)
    for i, (mention, query, resolution) in enumerate(rows):
        if resolution.entry is None or mention.demonym or mention.features.get("dateline"):
            continue
        if query.country or query.admin1 or query.group >= 0 or query.admin_word:
            continue
        entry = gaz.entry(resolution.entry)
        if entry.kind not in _TOWNS:
            continue
        alternate = dict(query.candidates).get(resolution.entry) == Flag.ALTERNATE
        longer = continues_name(text, mention.end) or follows_name(text, mention.start)
        if not (alternate or longer):
            # "Lere" of Nigeria in a story of Mali: a small town alone in a country the
            # story never names, when it names others, far from all its places, is a local
            # namesake (a story that names no country may have misplaced the rest); a name
            # found in one country only ("Bundibugyo", "the Reston virus") travels with it
            abroad = {gaz.entry(e).country_code for e, _ in query.candidates}
            foreign = (
                told
                and len(abroad) > 1
                and not entry.feature_code.startswith(("PPLA", "PPLC"))
                and all(code != entry.country_code for key, code in countries if key != mention.key)
            )
            if foreign and _far_from_the_rest(entry, mention.key, points):
                out.add(i)
            continue
        if (alternate and longer) or _JOINED_ON.match(text, mention.end):
            # "Intan Jaya", "Tal Salhab": the head of a longer name, under another place's
            # other name; "San Juan de Lurigancho": a name that goes on with "de"
            out.add(i)
            continue
        if _far_from_the_rest(entry, mention.key, points):
            out.add(i)
    return out


def _far_from_the_rest(entry, key: int, points) -> bool:
    """Whether a small town lies more than :data:`FAR_KM` from every other place of a
    story that names at least :data:`FAR_MIN_OTHERS` others."""
    if entry.population >= FAR_POPULATION:
        return False
    others = [(lat, lon) for other, lat, lon in points if other != key]
    if len({other for other, _, _ in points if other != key}) < FAR_MIN_OTHERS:
        return False
    return all(km(entry.lat, entry.lon, lat, lon) > FAR_KM for lat, lon in others)


#: A town written as another town's part ("Dhaka's Mohammadpur") farther than
#: this from it is a namesake: the index lacks the neighbourhood.
POSSESSED_KM = 60.0
# "'s Mohammadpur and ", "'s Saltivka, Pyatykhatky and ": a town's parts, listed
#: A name of up to three capitalised words, a member of a list of names.
_LISTED_NAME = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
_POSSESSED_GAP = re.compile(
    rf"(?:'s|\u2019s)\s+(?:{_LISTED_NAME}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*"
)


# "the Tierra Blanca neighbourhood of Culiacán", "the Hodan district of Mogadishu"
#: Words for a part of a town, shared by the patterns below.
_TOWN_PART = r"neighbou?rhood|district|quarter|suburb|borough"
# "the Penha and Alemao complexes in Rio's North Zone": every name of a list the plural
# part word governs
_PART_OF = re.compile(
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_LISTED_NAME})*"
    rf"\s+(?:{_TOWN_PART}|sector|complex|favela)(?:e?s)?\s+(?:of|in)\s+(?:the\s+)?"
)
_OF_THE_TOWN = re.compile(r"\bthe\s+(?:city|town|capital|port)(?:'s|\u2019s)\s+$", re.I)


_PART_AFTER = re.compile(
    rf"(?:['\u2019]s?)?(?:,\s+the)?\s+(?:{_TOWN_PART}|square|street|avenue|road|market"
    r"|roundabout)\b",
    re.I,
)
_PART_BEFORE = re.compile(rf"\b(?:{_TOWN_PART}|streets?)\s+of\s+(?:the\s+)?$", re.I)


def names_part_of_a_town(text: str, start: int, end: int) -> bool:
    """Whether the name is written as a part of a town.

    "Abu Salim, the district", "Martyrs' Square", "the neighbourhood of
    Shujaiya", "the city's Kyivskyi".
    """
    return (
        _PART_AFTER.match(text, end) is not None
        or _PART_BEFORE.search(text, max(0, start - 30), start) is not None
        or of_the_town(text, start)
    )


def of_the_town(text: str, start: int) -> bool:
    """Whether the name at ``start`` is written as a part of "the city" ("the city's Kyivskyi")."""
    return _OF_THE_TOWN.search(text, max(0, start - 20), start) is not None


def possessor(text: str, start: int, places: Sequence) -> int | None:
    """The index of the town in ``places`` whose part the name at ``start`` is written as.

    "Dhaka's Mohammadpur and Mirpur": Dhaka, for both names. ``places`` are
    objects with ``start`` and ``end`` (mentions or places), in text order.
    """
    for i in range(len(places) - 1, -1, -1):
        end = places[i].end
        if end > start:
            continue
        if start - end > 120:
            return None  # only names and joiners may stand between a town and its part
        if _POSSESSED_GAP.fullmatch(text, end, start) is not None:
            return i
    return None


def possessed_strays(gaz: Gazetteer, text: str, mentions, resolutions) -> set[int]:
    """Mentions written as a town's part ("Dhaka's Mohammadpur") placed far from that town.

    The index lacks most neighbourhoods; a namesake elsewhere (a Mohammadpur
    300 km away) is not the one meant, which lies in the town.
    """
    out: set[int] = set()
    for i, (mention, resolution) in enumerate(zip(mentions, resolutions, strict=False)):
        if resolution.entry is None or mention.demonym:
            continue
        owner = possessor(text, mention.start, mentions[:i])
        if owner is None and of_the_town(text, mention.start):
            # "the city's Kyivskyi district": the town the story named last
            towns = [
                j
                for j in range(i)
                if resolutions[j].entry is not None
                and gaz.entry(resolutions[j].entry).kind in _TOWNS
            ]
            owner = towns[-1] if towns else None
        gap = _PART_OF.match(text, mention.end) if owner is None else None
        if gap is not None:
            # "the Tierra Blanca neighbourhood of Culiacán", "the Penha and Alemao complexes
            # in Rio's North Zone"
            owner = next(
                (j for j in range(i + 1, len(mentions)) if mentions[j].start == gap.end()), None
            )
        if owner is None or resolutions[owner].entry is None:
            continue
        town, part = gaz.entry(resolutions[owner].entry), gaz.entry(resolution.entry)
        if town.kind not in _TOWNS or part.kind not in _TOWNS or part.lat is None:
            continue
        if part.population > town.population:
            continue  # "the Cincinnati suburb of West Chester": the town is written first
        if km(town.lat, town.lon, part.lat, part.lon) > POSSESSED_KM:
            out.add(i)
    return out


#: A town told to lie "east of" or "near" another is within this of it, or a namesake.
BEARING_KM = 300.0
# "Boni, east of Douentza", "Kafr Malik, 20 km north-east of Ramallah", "Tina, near Kornoi"
_BEARING_QUALIFIER = re.compile(
    r"\s*,\s*(?:(?:about|some|just)\s+)?(?:\d[\d.,]*\s*(?:km|kilomet(?:re|er)s|miles)\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|near|"
    r"outside|close\s+to)\s+(?:the\s+(?:town|city|village|port)\s+of\s+)?"
)


def bearing_strays(gaz: Gazetteer, text: str, mentions, resolutions) -> set[int]:
    """Mentions placed by a bearing from a town ("Boni, east of Douentza") whose chosen
    town lies more than :data:`BEARING_KM` from it: a namesake, the index lacks the town.

    Parameters
    ----------
    gaz : Gazetteer
        The loaded index.
    text : str
        The document.
    mentions, resolutions : sequences
        The known-name mentions and their resolutions (same order).

    Returns
    -------
    set of int
        Positions of the stray mentions.
    """
    out: set[int] = set()
    for i in range(len(mentions) - 1):
        here, there = resolutions[i].entry, resolutions[i + 1].entry
        if here is None or there is None or mentions[i + 1].demonym:
            continue
        gap = _BEARING_QUALIFIER.match(text, mentions[i].end)
        if gap is None or gap.end() != mentions[i + 1].start:
            continue
        town, anchor = gaz.entry(here), gaz.entry(there)
        if town.kind not in _TOWNS or anchor.kind not in _TOWNS:
            continue
        if town.lat is None or anchor.lat is None or math.isnan(town.lat):
            continue
        if km(town.lat, town.lon, anchor.lat, anchor.lon) > BEARING_KM:
            out.add(i)
    return out


def same_name_strays(mentions, resolutions, strays: set[int]) -> set[int]:
    """Every mention of a stray's name that went to the same namesake.

    A story means one place by one name: once "Dhaka's Mohammadpur" shows the
    index's Mohammadpur is a namesake, "residents of Mohammadpur" later is
    the neighbourhood too. Only for strays written as a town's part
    (:func:`possessed_strays`): a name that merely goes on ("Cincinnati Zoo")
    says nothing of the name's other mentions.
    """
    wrong = {(mentions[i].key, resolutions[i].entry) for i in strays}
    return {
        i
        for i, (mention, resolution) in enumerate(zip(mentions, resolutions, strict=False))
        if resolution.entry is not None and (mention.key, resolution.entry) in wrong
    }


def ruled_out(gaz: Gazetteer, queries, resolutions) -> set[int]:
    """Mentions whose chosen town lies outside the country their qualifier names.

    "Nasir, Upper Nile State" when no "Nasir" of the index is in South
    Sudan: the qualifier is right and the index lacks the town. A country
    qualified by another country's division ("Tonga, Upper Nile State") is
    such a town too.
    """
    out: set[int] = set()
    for i, (query, resolution) in enumerate(zip(queries, resolutions, strict=False)):
        if resolution.entry is None or not (query.country or query.admin1):
            continue
        entry = gaz.entry(resolution.entry)
        if entry.kind not in _TOWNS and not (entry.kind == Kind.COUNTRY and query.admin1):
            continue
        wanted = query.country or query.admin1[0]
        if entry.country_code and entry.country_code != wanted:
            out.add(i)
        elif query.admin1 and query.admin1[0] == entry.country_code and entry.admin1_code:
            if entry.admin1_code != query.admin1[1]:
                out.add(i)  # "Nyaung Pin Thar, a village in ... the Sagaing region": not Yangon's
    return out


def qualifier_anchor(place: Place, anchors: Sequence[Place], text: str) -> Place | None:
    """The town or division written right after ``place`` as its qualifier, if any.

    "Nasir, in Upper Nile state", "Kambo, Gezira", "Nasir in Upper Nile
    state": the qualifier says where a name the index lacks lies, better than
    the nearest town of its paragraph.
    """
    for pattern in (PAST_DIVISION, _QUALIFIER_GAP, _PART_OF):
        gap = pattern.match(text, place.end)
        written = next((a for a in anchors if a.start == gap.end()), None) if gap else None
        if written is not None:
            return written
    before = [a for a in anchors if a.end <= place.start]
    owner = possessor(text, place.start, before)
    if owner is not None and before[owner].feature == "city":
        return before[owner]  # "Dhaka's Mohammadpur": a part of the town
    if of_the_town(text, place.start):
        towns = [a for a in before if a.feature == "city"]
        if towns:
            return towns[-1]  # "the city's Kyivskyi district": the town named last
    # "Nyaung Pin Thar, a village in Wetlet township of the Sagaing region": the first
    # known place of the description
    return next((a for a in anchors if in_description(text, place.end, a.start)), None)


def in_description(text: str, name_end: int, start: int) -> bool:
    """Whether the name at ``start`` is the place a description of the name before gives.

    "Nyaung Pin Thar, a village in Wetlet township of the Sagaing region": Wetlet
    and Sagaing are; "Diapaga, the main town in the far east of the country near
    ... Niger" names no place of Diapaga's (only names and division words may
    stand between the description's preposition and its place).
    """
    described = DESCRIBED_AS.match(text, name_end)
    if described is None:
        return False
    window = described.end()
    stop = _CLAUSE_END.search(text, window, window + 90)
    end = stop.start() if stop else window + 90
    return window <= start < end and _QUALIFIER_PATH.fullmatch(text[window:start]) is not None
