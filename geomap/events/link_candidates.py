"""Candidate sites of an event beyond the places the geoparser reports.

Events happen in neighbourhoods, villages, checkpoints, hills and bases that
no gazetteer lists, and that the geoparser rightly does not report as
places when nothing around them proves it ("the Al-Rasoul Checkpoint",
"the towns of Khan Touman, Aleis and Alzorba", "the Homs neighbourhood of
Baba Amr", "Mogadishu's Yaqshid district"). For linking only, a sentence's
candidates are the geoparser's places plus such names, each tagged with
where it came from (``Mention.source``), so the learned linker weighs them
apart:

``entity``
    spaCy's GPE, LOC or FAC entity (with a parse only);
``cue``
    a capitalised name in a position only a place takes
    (:func:`geomap.unknown.unknown_mentions`, weak cues included:
    "at X", "hit X");
``kind``
    a name followed by the kind of place it is, capitalised as part of the
    name ("Sheikh Sa'eed Hill", "T-4 Military Airport") or not ("the
    Hamadaniyah district", "the Al-Assad and Minyan suburbs");
``listed``
    a name listed with another candidate ("Khan Touman, Aleis and Alzorba").

These names carry no coordinates of their own: when the linker picks one,
:func:`anchored` gives it the point of the place that contains it ("the
Homs neighbourhood of Baba Amr": Homs) or of the finest place the sentence
or the story names nearby, as ACLED codes an unlisted village at the
nearest named town. They are never reported as the document's places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from geomap.events.link_features import Mention, candidate_mentions
from geomap.mentions import TIME_STAMP
from geomap.records import Place

ENTITY_LABELS = frozenset(["GPE", "LOC", "FAC"])
_PART = (
    r"(?:(?:[Aa][lnrdszt]|[Ee][lnrdszt]|[Aa]sh|[Aa]th)[-\u2018\u2019']\s?)?"
    r"[A-Z][\w\u2018\u2019'-]*\w"
)
_JOINER = r"(?:al-|el-|ad-|ar-|as-|az-|Al-|El-|[Aa]bu|[Bb]in|[Bb]ani|[Bb]eni|de|del|la|el|al)"
_NAME = rf"{_PART}(?:[ -](?:{_PART}|{_JOINER}(?=[ -]?[A-Z\u2018\u2019'])))*"
_NAME_AT = re.compile(rf"(?<![\w\u2018\u2019'-]){_NAME}")
_NAME_BEFORE = re.compile(rf"(?<![\w\u2018\u2019'-])({_NAME})$")
#: Kind nouns written as part of a name ("Sheikh Sa'eed Hill", "T-4 Military Airport")
_KIND_WORDS = (
    "District|Districts|Hill|Hills|Mountain|Mountains|Mount|Checkpoint|Airport|Airbase|Base|"
    "Roundabout|Road|Highway|Bridge|Dam|Island|Islands|Camp|Plant|Field|Fields|Suburb|Square|"
    "Street|Avenue|Palace|Neighbourhood|Neighborhood|Quarter|Village|Town|City|Area|Farms|"
    "Complex|Tower|Hospital|School|University|Prison|Crossing|Valley|Plain|Plains|Desert|Forest|"
    "Lake|River|Port|Harbour|Harbor|Axis|Hotel|Market|Mosque|Stadium|Station|Factory|Junction|"
    "Ward|Township|Sector|Zone|Strip|Pass|Gate|Building|Barracks|Dome|Heights|Ridge|Peak|Canal|"
    "Oasis|Settlement|Mall|Bazaar|Refinery"
)
_KIND_PREFIX = (
    r"(?:(?:Military|International|Refugee|Industrial|Power|Gas|Oil|Air|Border|Army|Naval|"
    r"Housing|Apartment|Police|Central)\s+)?"
)
_NAME_KIND = re.compile(
    rf"(?<![\w\u2018\u2019'-])(?P<name>{_NAME})\s+(?P<kind>{_KIND_PREFIX}(?:{_KIND_WORDS}))\b"
)
#: Kind nouns written after a name in lower case: the name alone is the place
_LOWER_KIND = re.compile(
    r"\s+(?:and\s+[^\s]+\s+)?(?:district|districts|neighbou?rhoods?|suburbs?|quarter|area|areas|"
    r"village|villages|town|towns|township|camp|camps|refugee\s+camps?|airbase|air\s+base|base|"
    r"sector|hill|hills|mountains?|valley|crossing|border\s+crossing|checkpoint|junction|"
    r"roundabout|axis|front|region|locality|commune|county|ward|city|shantytown|slum|"
    r"border-crossing|enclave|settlement|outpost|farms)\b"
)
#: Plural kind nouns opening a list of names ("the towns of Khan Touman, Aleis and Alzorba")
_KINDS_OF = re.compile(
    r"\b(?:towns|villages|cities|districts|neighbou?rhoods|suburbs|areas|settlements|hamlets|"
    r"localities|camps|communes|quarters|hills|positions)\s+of\s+(?:the\s+)?"
)
#: One kind noun naming the place after it ("the Greek island of Lipsi", "village Lassipora")
_KIND_OF = re.compile(
    r"\b(?:town|village|city|island|settlement|district|neighbou?rhood|suburb|hamlet|"
    r"township|camp|farms|stronghold|locality|commune)\s+of\s+(?:the\s+)?"
)
_KIND_BEFORE = re.compile(r"\b(?:village|township|hamlet|town)\s+(?=[A-Z])")
#: Words after which a capitalised name is, for linking, likely a place (the geoparser's
#: cues of geomap.unknown are stricter: it reports places, the linker only weighs them)
_LINK_CUE = re.compile(
    r"\b(?:(?:inside|within|throughout|along|beyond|toward|towards|past|behind|from|between"
    r"|around|near|outside)"
    r"|(?:captur|seiz|retak|recaptur|storm|enter|liberat|besieg|shell|bomb|raid|attack|target"
    r"|overr[au]n|encircl|surround|reach|approach)\w*"
    r"|(?:siege|fall|capture|battle|liberation|outskirts|perimeter|entrance|edge|heart|centre"
    r"|center|vicinity|environs|countryside|suburbs|fringes|gates|axis|slopes?|parts?)\s+of"
    r"|(?:fight|battle|push|race)\s+for"
    r"|(?:assault|attack|attacks|offensive|advance|strike|strikes|raid|raids|airstrikes?)\s+on"
    r"|(?:offensive|assault|fighting|clashes|battles?|operations?|explosion|blast|ambush)\s+"
    r"(?:at|in)"
    r")\s+(?:the\s+)?(?:(?:[a-z]+ern|strategic|key|nearby|besieged|rebel-held|"
    r"government-held|town\s+of|village\s+of|city\s+of)\s+)*",
    re.I,
)
_LIST_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)(?:the\s+)?")
_LIST_BEFORE = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)(?:the\s+)?$")
_AFTER_HOLDER = re.compile(r"['\u2019]s\s+(?=[A-Z\u2018])")
_LEADING = re.compile(r"^(?:the|The)\s+")
_TRAILING = re.compile(r"(?:['\u2019]s?|\s+[a-z][\w-]*)+$")
# a capitalised word that opens a sentence or names a day or month is no place
_NOT_NAMES = frozenset(
    "the a an in on at he she it they we i but and meanwhile also however monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december mr mrs ms dr president minister general "
    "gen col colonel lt major capt captain sgt prime king queen prince ayatollah pope god "
    "allah".split()
)


def link_candidates(
    sentence: str, places: Sequence[Place], offset: int = 0, parsed=None
) -> list[Mention]:
    """The geoparser's places of ``sentence`` and the names that may also be an event's site.

    Parameters
    ----------
    sentence : str
        The sentence text.
    places : sequence of Place
        The geoparser's places (document offsets; ``offset`` is the
        sentence's start in the document).
    offset : int
        Document offset of the sentence.
    parsed : spacy.tokens.Doc, optional
        The sentence's parse, whose GPE/LOC/FAC entities are candidates too.

    Returns
    -------
    list of Mention
        In text order; the added names have ``source`` other than
        ``geoparser`` and a :class:`Place` without coordinates.

    Examples
    --------
    >>> found = link_candidates("Jets struck the Al-Rasoul Checkpoint.", [])
    >>> [(m.place.text, m.source) for m in found]
    [('Al-Rasoul Checkpoint', 'kind')]
    """
    found = candidate_mentions(sentence, places, offset)
    base = [_widened(sentence, m, found, offset) for m in found]
    taken = [(m.start, m.end) for m in base]
    extras: list[Mention] = []

    def add(start: int, end: int, source: str) -> Mention | None:
        start, end = _trimmed(sentence, start, end)
        inside = [e for s, e in taken if s <= start < e]
        if inside:  # "Deir El Zor's Jabiliyah District": the name after the town's
            after = _AFTER_HOLDER.match(sentence, max(inside))
            start = after.end() if after is not None else end
        if end <= start or any(s < end and start < e for s, e in taken):
            return None
        name = sentence[start:end]
        if not _is_name(name, source in ("kind", "cue")) or _quoted(sentence, start, end):
            return None
        if _demonym(name):
            return None
        if _dated(name) or _named_actor(sentence, start, end):
            return None
        taken.append((start, end))
        place = Place(start + offset, end + offset, name, reason=f"linking candidate ({source})")
        mention = Mention(place, start, end, source)
        extras.append(mention)
        return mention

    for match in _NAME_KIND.finditer(sentence):
        add(match.start(), match.end(), "kind")
    for start, end in _named_before_kind(sentence):
        add(start, end, "kind")
    for start, end in _cued(sentence, base):
        add(start, end, "cue")
    if parsed is not None:
        for ent in parsed.ents:
            if ent.label_ in ENTITY_LABELS:
                add(ent.start_char, ent.end_char, "entity")
    frontier = [*base, *extras]
    while frontier:
        mention = frontier.pop()
        for start, end in _listed_with(sentence, mention.start, mention.end):
            found = add(start, end, "listed")
            if found is not None:
                frontier.append(found)
    return _merged(sentence, sorted([*base, *extras], key=lambda m: m.start), offset)


_GLUE = re.compile(r"[ -]")


def _merged(sentence: str, mentions: list[Mention], offset: int) -> list[Mention]:
    """Join candidates that are parts of one name ("Panorama Orchards", "Midtown Manhattan").

    Two candidates one space or hyphen apart name one place, unless one is a
    country or a province ("Mississippi Delta" is a region of its own, "U.S.
    Chinook" a helicopter). The joined candidate keeps the geoparser's place
    of its last part (else of its first) with the whole name as its text.
    """
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and _GLUE.fullmatch(sentence[last.end : mention.start])
            and not _broad(last)
            and not _broad(mention)
        ):
            keep = mention if mention.source == "geoparser" or last.source != "geoparser" else last
            source = "geoparser" if "geoparser" in (last.source, mention.source) else keep.source
            text = sentence[last.start : mention.end]
            place = replace(
                keep.place, start=last.start + offset, end=mention.end + offset, text=text
            )
            out[-1] = Mention(place, last.start, mention.end, source)
            continue
        out.append(mention)
    return out


def _broad(mention: Mention) -> bool:
    return mention.place.feature in ("country", "admin1", "continent")


def _trimmed(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and trailing lower-case words or possessive."""
    text = sentence[start:end]
    opening = _OPENING_WORD.match(text)
    if opening and opening.end() < len(text):  # "In Joh Ai Rong district": the name after "In"
        start += opening.end()
        text = text[opening.end() :]
    lead = _LEADING.match(text)
    if lead:
        start += lead.end()
        text = text[lead.end() :]
    trail = _TRAILING.search(text)
    if trail and trail.start() > 0:
        end -= len(text) - trail.start()
    while end > start and not sentence[end - 1].isalnum():
        end -= 1
    day = _DATE_AFTER.search(sentence, start, end)
    if day is not None and day.start() > start:  # "Dobrinja Friday": the name ends before the day
        end = day.start()
    return start, end


#: A capitalised preposition opening a sentence, caught at the head of a name
_OPENING_WORD = re.compile(
    r"^(?:In|At|On|Near|Around|From|Outside|Inside|Across|Along|Toward|Towards|Into|Within)\s+"
    r"(?=[A-Z])"
)
_DATE_AFTER = re.compile(
    r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|"
    r"August|September|October|November|December)\b.*$"
)


_OPEN_QUOTES = "\"\u201c\u2018'"


def _quoted(sentence: str, start: int, end: int) -> bool:
    """A name in quotation marks: a ship's, a film's or an operation's ("Lobivia")."""
    return sentence[start - 1 : start] in _OPEN_QUOTES and bool(
        sentence[end : end + 1].strip(".,") in ('"', "\u201d", "\u2019", "'")
    )


@cache
def _demonyms() -> frozenset[str]:
    from geomap.events.actors import demonym_table

    return frozenset(demonym_table())


def _demonym(name: str) -> bool:
    """A nationality word ("Eritrean", "Israelis"), never a site of its own."""
    low = name.lower()
    return low in _demonyms() or low.removesuffix("s") in _demonyms()


def _widened(sentence: str, mention: Mention, others: Sequence[Mention], offset: int) -> Mention:
    """A geoparser mention over its whole name ("Tal" of "Tal Al-'Eiss", "Deir Ezzor Airport").

    A country or province named inside a longer name ("the Souq Libya
    market") is not that place: the longer name becomes a candidate of its own.
    """
    start, end = full_name(sentence, mention.start, mention.end, others)
    if (start, end) == (mention.start, mention.end):
        compass = _COMPASS_BEFORE.search(sentence, max(0, start - 20), start)
        if compass is None or _sentence_initial(sentence, compass.start(1)):
            return mention
        start = compass.start(1)  # "South Vietnam", "West Baghdad": the same place, named whole
        place = replace(mention.place, start=start + offset, text=sentence[start:end])
        return Mention(place, start, end, mention.source)
    text = sentence[start:end]
    renamed = start < mention.start or _NAME_PART_AFTER.match(sentence, mention.end) is not None
    if renamed and mention.place.feature in ("country", "admin1", "continent", "region"):
        place = Place(start + offset, end + offset, text, reason="linking candidate (longer)")
        return Mention(place, start, end, "longer")
    place = replace(mention.place, start=start + offset, end=end + offset, text=text)
    return Mention(place, start, end, mention.source)


#: Titles that also open place names ("Sheikh Miskeen", "Sidi Bouzid"): a name so
#: opened is weighed as a site where only a place fits ("the offensive at Sheikh Miskeen")
_PLACE_TITLES = frozenset("sheikh shaykh sheik shaikh sidi".split())


def _is_name(name: str, placed_by_context: bool = False) -> bool:
    """A capitalised name that is not a lone common word, day, title or acronym."""
    from geomap.unknown import _looks_like_a_name

    words = name.replace("-", " ").split()
    if not words or not name[:1].isupper() or words[0].lower() in _NOT_NAMES:
        return False
    if any(c.isdigit() for c in words[0]) and len(words) == 1:
        return False
    if placed_by_context and len(words) > 1 and words[0].lower() in _PLACE_TITLES:
        return _looks_like_a_name(" ".join(words[1:]))
    return _looks_like_a_name(name)


_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec".split()
)


def _dated(name: str) -> bool:
    """A name holding a day or a month ("Mahmud Monday", "Nov", "Fridays"): a date's words."""
    words = (w.lower().rstrip(".") for w in name.replace("-", " ").split())
    return any(w in _CALENDAR or w.removesuffix("s") in _CALENDAR for w in words)


def _named_actor(sentence: str, start: int, end: int) -> bool:
    """A name the actor dictionary knows ("Islamic State", "Hezbollah"): a group, no site."""
    from geomap.events.actors import find_actors

    return any(
        a.start <= start and end <= a.end and "{" not in a.name for a in find_actors(sentence)
    )


def _named_before_kind(sentence: str):
    """Names followed by a lower-case kind noun ("the Hamadaniyah district")."""
    for kind in _LOWER_KIND.finditer(sentence):
        match = _NAME_BEFORE.search(sentence, max(0, kind.start() - 60), kind.start())
        if match is not None:
            yield match.span(1)


def _cued(sentence: str, base: Sequence[Mention]):
    """Names in positions only a place takes (:mod:`geomap.unknown`), weak cues included."""
    from geomap.mentions import Mention as NameMention
    from geomap.unknown import unknown_mentions

    known = [NameMention(m.start, m.end, m.place.text, -1, []) for m in base]
    for start, end, _name, _strength in unknown_mentions(sentence, known, []):
        yield start, end
    for pattern in (_KINDS_OF, _LINK_CUE, _KIND_OF, _KIND_BEFORE):
        for match in pattern.finditer(sentence):
            name = _NAME_AT.match(sentence, match.end())
            if name is None and sentence[match.end() : match.end() + 1] in "\u2018\u2019'":
                name = _NAME_AT.match(sentence, match.end() + 1)  # "the town of ‘Ibtra’a"
                if name is not None:
                    yield name.start() - 1, name.end()
                continue
            if name is not None:
                yield name.span()


def _listed_with(sentence: str, start: int, end: int):
    """Names listed right before or after the candidate at ``start:end``."""
    gap = _LIST_AFTER.match(sentence, end)
    if gap is not None:
        name = _NAME_AT.match(sentence, gap.end())
        if name is not None:
            yield name.span()
    gap = _LIST_BEFORE.search(sentence, max(0, start - 12), start)
    if gap is not None and gap.start() > 0:
        name = _NAME_BEFORE.search(sentence, max(0, gap.start() - 60), gap.start())
        if name is not None:
            yield name.span(1)


#: a capitalised compass word written as part of a place's name ("South Vietnam")
_COMPASS_BEFORE = re.compile(
    r"(?<![\w\u2018\u2019'-])((?:North|South|East|West)(?:ern)?|(?:North|South)-?(?:east|west)(?:ern)?"
    r"|(?:North|South)-?(?:East|West)(?:ern)?|Central|Upper|Lower)[ -]$"
)
_NAME_PART_AFTER = re.compile(rf"(?:[ -](?:{_PART}|{_JOINER}(?=[ -]?[A-Z\u2018\u2019'])))+")
_KIND_AFTER = re.compile(
    rf"\s+{_KIND_PREFIX}(?:{_KIND_WORDS}|Governorate|Province|Region|County|Oblast|Prefecture)\b"
)
_PART_BEFORE = re.compile(rf"(?<![\w\u2018\u2019'-])({_PART})[ -]$")


def full_name(
    sentence: str, start: int, end: int, others: Sequence[Mention] = ()
) -> tuple[int, int]:
    """The whole proper name a mention is part of ("Tal" in "Tal Al-'Eiss", "Deir Ezzor Airport").

    Capitalised name parts and kind nouns ("Airport", "City", "Governorate")
    on either side, not another candidate, a day or month, a title, or the
    head of an organisation's name ("Gaza Health Ministry" stays "Gaza").
    """
    taken = [(m.start, m.end) for m in others if not (m.start == start and m.end == end)]
    new_start, new_end = start, end
    after = _NAME_PART_AFTER.match(sentence, end)
    if after is not None:
        new_end = after.end()
    kind = _KIND_AFTER.match(sentence, new_end)
    if kind is not None:
        new_end = kind.end()
    new_end = _POSSESSIVE_END.sub("", sentence[:new_end]).__len__() if new_end > end else end
    before = _PART_BEFORE.search(sentence, max(0, start - 30), start)
    if (
        before is not None
        and not _sentence_initial(sentence, before.start(1))
        and not _COMPOUND_ADJECTIVE.search(before.group(1))
    ):
        new_start = before.start(1)
    if (new_start, new_end) == (start, end):
        return start, end
    if any(s < new_end and new_start < e for s, e in taken):
        return start, end
    words = [w.lower() for w in re.split(r"[\s-]+", sentence[new_start:new_end])]
    from geomap.mentions import context_words

    heads = context_words()["organisation_heads"]
    if any(w in _NOT_NAMES or w in heads for w in words):
        return start, end
    if new_start < start and not _is_name(sentence[new_start:start].strip(" -")):
        new_start = start
    return new_start, new_end


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_COMPOUND_ADJECTIVE = re.compile(r"-(?!(?:al|el|ad|ar|as|az|ash)-)[a-z]")


def _sentence_initial(sentence: str, offset: int) -> bool:
    before = sentence[:offset].rstrip()
    return not before or before[-1] in '.!?:;"\u201c(\n'


def anchored(
    chosen: Mention,
    mentions: Sequence[Mention],
    sentence: str,
    previous: Sequence[Place] = (),
    story: Place | None = None,
) -> Place:
    """The place of a linking candidate: an added name is coded at the place that holds it.

    A candidate the geoparser reported is returned as it is. An added name
    is coded, as ACLED codes a neighbourhood or an unlisted village, at the
    place named as its container ("the Homs neighbourhood of Baba Amr",
    "Mogadishu's Yaqshid district", "Jobar in Damascus"), else at a town or
    district named right beside it, else at ``story`` (the town the
    document's events happened in so far), else at the latest town named
    before the sentence, else at the finest place of the sentence: that
    place's identity and point, with the added name's offsets and text.
    With none it stays without coordinates.
    """
    if chosen.source == "geoparser":
        return chosen.place
    placed = [m for m in mentions if m.source == "geoparser" and m.place.lat is not None]
    rank = {"city": 0, "admin2": 1, "admin1": 2}
    ranked = [m for m in placed if (m.place.feature or "city") in rank]

    def gap(m: Mention) -> int:
        return max(m.start - chosen.end, chosen.start - m.end, 0)

    container = _container(chosen, placed, sentence)
    if container is None:
        beside = [m for m in ranked if rank[m.place.feature or "city"] < 2 and gap(m) <= BESIDE]
        container = min(beside, key=gap, default=None)
    if container is None:
        # "In Tbilisi, thousands rallied again on Rustaveli Avenue": the town that frames the
        # sentence holds it, not the town the story told of before
        container = next(
            (
                m
                for m in ranked
                if rank[m.place.feature or "city"] < 2
                and m.end <= chosen.start
                and _FRAME_BEFORE.fullmatch(sentence[: m.start])
                and sentence[m.end : m.end + 1] == ","
            ),
            None,
        )
    anchor = container.place if container is not None else story
    if anchor is None:
        towns = [p for p in previous if p.lat is not None and (p.feature or "city") == "city"]
        anchor = towns[-1] if towns else None
    if anchor is None and ranked:
        anchor = min(ranked, key=lambda m: (rank[m.place.feature or "city"], gap(m))).place
    if anchor is None:
        return chosen.place
    return replace(
        anchor,
        start=chosen.place.start,
        end=chosen.place.end,
        text=chosen.place.text,
        name=anchor.name or anchor.text,
        score=0.1,
        reason=f"not in the gazetteer; coded at {anchor.name or anchor.text}, named beside it",
    )


# what may open a sentence before the town that frames it: "In", a live blog's time stamp
_FRAME_BEFORE = re.compile(
    rf"\W*(?:{TIME_STAMP}\s*)?(?:(?:And|But)\s+)?(?:In|At|Near)\s+(?:the\s+)?"
)
#: characters between an added name and a town that count as "right beside it"
BESIDE = 40
_HOLDER_BEFORE = re.compile(  # "Mogadishu's Yaqshid", "the Homs neighbourhood of"
    r"^(?:['\u2019]s\s+(?:[\w-]+\s+){0,2}|\s+(?:[\w-]+\s+){0,2}?(?:neighbou?rhood|district|"
    r"suburb|quarter|village|town|area|outskirts|countryside)s?\s+of\s+(?:the\s+)?)$",
    re.I,
)
_HOLDER_AFTER = re.compile(  # "Jobar in Damascus", "Al-Halaliyah District of Qamishli"
    r"^(?:\s+(?:[a-z]+\s+){0,2}?(?:in|of|near|outside)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}|\s*,\s*"
    r"(?:(?:in|near)\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2})$"
)


def _container(chosen: Mention, placed: Sequence[Mention], sentence: str) -> Mention | None:
    """The geoparser's place the text names as holding ``chosen``, if any."""
    for other in placed:
        if other.end <= chosen.start and _HOLDER_BEFORE.match(sentence[other.end : chosen.start]):
            return other
        if other.start >= chosen.end and _HOLDER_AFTER.match(sentence[chosen.end : other.start]):
            return other
    return None
