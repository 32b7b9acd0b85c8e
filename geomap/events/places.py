"""Prepare the geoparser's places for event linking, and country fields."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

from gazetteer.distance import km
from geomap.mentions import TIME_STAMP, is_heading
from geomap.places import GOVERNMENT_VERB
from geomap.records import Place

_DATELINE_AFTER = re.compile(r"(?:[ ,]+[A-Z][\w.'-]*)*\s*(?:[,(:]|[-\u2013\u2014]{1,2}\s|\(\w)")


def is_dateline(text: str, place: Place) -> bool:
    """A place in capitals opening the text or a line: "BEIRUT (Example Wire) -".

    It says where the story was filed; an event in the first sentence is
    linked to the places the sentence tells, not to it.
    """
    if not place.text.isupper() or len(place.text) < 3:
        return False
    head = _line_head(text, place.start)
    if head and not _TIME_STAMP.fullmatch(head):  # "13:20 KATHMANDU — ...": a live blog's entry
        return False
    return _DATELINE_AFTER.match(text, place.end) is not None


_TIME_STAMP = re.compile(TIME_STAMP)


def _line_head(text: str, start: int) -> str:
    """What opens the line before ``start``, quotes and bullets stripped ("13:20")."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip(" \t\"'\u201c\u2018*")


_SPEAKER_BEFORE = re.compile(
    r"(?:\b(?:speaking|based|headquartered|operates|operating|reporting|writing)\s+(?:in|from)"
    r"|\b(?:said|says|told\s+(?:reporters|journalists|\w+)|announced|added)\s+in"
    r"|\b(?:statement|conference|briefing|interview|address|speech|broadcast)\s+in"
    r"|\b(?:released|issued|published|posted|broadcast|filed|signed)\s+in"
    r"|\b(?:ministry|ministries|spokes(?:man|woman|person)|office|officials?|governor|commander|"
    r"command|headquarters|government|authorities|embassy|agency|observatory|monitor|mission)"
    r"\s+in)\s+(?:the\s+)?$",
    re.I,
)
_PACT_SIGNED_IN = re.compile(
    r"\b(?:deal|agreement|accord|truce|ceasefire|cease-fire|pact|treaty)\s+(?:was|were|"
    r"has\s+been|had\s+been)\s+signed\s+in\s+(?:the\s+)?$",
    re.I,
)
SPEAKER_AFTER = re.compile(  # "the ministry in Moscow insists ...": present tense too
    r"(?:,\s*)?\s*(?:(?:have|has|had)\s+)?(?:said|says|told|tells|den(?:ied|ies)|claim(?:s|ed)|"
    r"add(?:s|ed)|announc(?:es|ed)|report(?:s|ed)|confirm(?:s|ed)|insist(?:s|ed)|accus(?:es|ed)|"
    r"warn(?:s|ed)|acknowledg(?:es|ed)|maintain(?:s|ed)|stress(?:es|ed)|argu(?:es|ed))\b"
)


def speaks_from(text: str, place: Place) -> bool:
    """Whether ``place`` is a dateline or is written as where someone speaks.

    "JUBA - ...", "told reporters in Juba", "the ministry in Moscow", or a
    capital that stands for its government ("Moscow was answering"): the
    looser test of :func:`speaker_places`, for a town that might stand for
    "the town" of a later sentence.
    """
    before = text[max(0, place.start - 50) : place.start]
    return (
        is_dateline(text, place)
        or _SPEAKER_BEFORE.search(before) is not None
        or stands_for_government(text, place)
    )


def stands_for_government(text: str, place: Place) -> bool:
    """Whether ``place`` names a government, not a site.

    "Moscow was answering diplomacy with drones", "Kyiv denies it", "warning
    that Moscow might attempt a new push", "accused Damascus of breaking its
    promises": a capital as the subject of saying, wanting or trying, or as
    the one accused. "Unions in Harrow said" is where speakers are
    (:func:`speaker_places` decides that), not a government.
    """
    before = text[max(0, place.start - 20) : place.start]
    if _ACCUSED_BEFORE.search(before):
        return True  # "accused Damascus of breaking its promises"
    acts = GOVERNMENT_VERB.match(text, place.end) or _GOVERNMENT_AFTER.match(text, place.end)
    # not "unions in Harrow said": where the speakers are
    return acts is not None and not PREPOSITION_BEFORE.search(before)


_ACCUSED_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+$", re.I)


#: a preposition right before a name: the name is where something is, not who acts
PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|on|to|into|of|for|towards?|near|around|outside|inside|from|across|through"
    r"|beyond)\s+(?:the\s+)?$",
    re.I,
)


# what a government does besides the statements and decisions of GOVERNMENT_VERB:
# "Moscow was answering diplomacy with drones", "Kyiv is denying it", "Moscow wanted"
_GOVERNMENT_AFTER = re.compile(
    r"\s+(?:(?:has|had|have|was|is|were|are)\s+)?(?:den(?:ied|ying)|claim(?:ed|ing)|"
    r"answer(?:s|ed|ing)|respond(?:s|ed|ing)|accus(?:ed|ing)|insist(?:ed|ing)|"
    r"reject(?:ed|ing)|blam(?:ed|ing)|retaliat(?:es|ed|ing)|want(?:s|ed)?|"
    # "warning that Moscow might attempt a new push towards Sumy": the push is at Sumy
    r"(?:might|may|could|would|will)\s+(?:attempt|try|seek|want))\b"
)


def speaker_places(text: str, places: Sequence[Place]) -> set[int]:
    """Starts of the mentions that say where a speaker is, not where an event happened.

    "The Russian defence ministry in Moscow denied ...", "a spokesman,
    speaking in Beirut, said ...", "Bashagha's office, which operates from
    Sirte, denied ...".
    """
    out = set()
    for place in places:
        if stands_for_government(text, place):
            out.add(place.start)  # "Moscow wanted to go on killing": the government
            continue
        before = text[max(0, place.start - 50) : place.start]
        if not _SPEAKER_BEFORE.search(before) or _PACT_SIGNED_IN.search(before):
            continue  # (but "a peace deal was signed in Havana": where the pact was made)
        if "according to" in text[max(0, place.start - 70) : place.start].lower():
            out.add(place.start)  # "according to the health ministry in Ramallah"
            continue
        if re.search(
            r"(?:speaking|based|operates|operating|statement|conference|briefing|"
            r"interview|address|speech|broadcast|said|says|told|announced|added|released|"
            r"issued|published|posted|filed|signed)\s+\w+\s+(?:the\s+)?$"
            r"|\btold\s+(?:reporters|journalists|the\s+press)\s+in\s+(?:the\s+)?$",
            before,
            re.I,
        ) or SPEAKER_AFTER.match(text, place.end):
            out.add(place.start)
    return out


def usable_places(
    places: Sequence[Place],
    organisations: Sequence[tuple[int, int]],
    demonyms: Mapping[str, str],
) -> list[Place]:
    """Places that can be an event's site, in text order.

    Drops unresolved mentions, mentions inside an organisation's name
    ("Islamic State of Iraq and al-Sham") and adjectives ("Syrian").
    """
    out = []
    for place in places:
        if place.lat is None and place.geonameid is None:
            continue
        if any(s <= place.start and place.end <= e for s, e in organisations):
            continue
        if place.text.lower() in demonyms or place.text.lower().rstrip("s") in demonyms:
            continue
        if place.feature in ("continent",):
            continue
        out.append(place)
    return sorted(out, key=lambda p: p.start)


def recurring_mentions(text: str, places: Sequence[Place]) -> list[Place]:
    """Add the mentions the geoparser skipped of a place it resolved elsewhere in the text.

    "Islamic State fighters recaptured Palmyra ... Assad said the army would
    retake Palmyra": a place name resolved once stands for the same place
    wherever it recurs, so the vow keeps its place.
    """
    towns: dict[str, Place] = {}
    for place in places:
        if (
            place.geonameid is not None
            and (place.feature or "city") in ("city", "admin1", "admin2")
            and len(place.text) >= 4
            and place.text[:1].isupper()
            and not place.text.isupper()
        ):
            towns.setdefault(place.text, place)
    if not towns:
        return list(places)
    taken = [(p.start, p.end) for p in places]
    added = []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, towns)) + r")(?![\w-])")
    for match in pattern.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if text[max(0, match.start() - 2) : match.start()].endswith(("'", "\u2019")):
            continue
        source = towns[match.group()]
        added.append(replace(source, start=match.start(), end=match.end(), reason="recurs"))
    return sorted([*places, *added], key=lambda p: p.start)


@cache
def country_fields(code: str | None) -> dict:
    """``country`` name and ``iso3`` for an ISO2 code (gazetteer, else pycountry)."""
    if not code:
        return {"country": None, "iso3": None}
    try:
        import gazetteer

        info = gazetteer.country_info(code)
        return {"country": info.name, "iso3": info.iso3}
    except (ImportError, AttributeError, LookupError, KeyError, ValueError):
        pass
    from geomap.events.actors import country_name

    try:
        import pycountry

        record = pycountry.countries.get(alpha_2=code)
    except (ImportError, LookupError):
        record = None
    return {"country": country_name(code), "iso3": record.alpha_3 if record else None}


_REGION_FEATURES = frozenset(["admin1", "region"])
# "in Myanmar's Sagaing region", "in northern Shan", "across the Tillaberi region": a region
# introduced as where things happen (not "the Tavush for the Homeland movement")
_REGION_PREP = re.compile(
    r"\b(?:in|across|throughout|around|near|into|inside|within|over)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'\u2019-]*['\u2019]s|[a-z]+-?[a-z]*)\s+){0,2}$"
)


def sentence_region(sentence: str, offset: int, places: Sequence[Place]) -> Place | None:
    """The one region (province, state, named region) a sentence sets its events in, if any.

    An event whose sentence names no town the linker trusts, but a region
    ("a jet dropped two bombs on a village school in Myanmar's Sagaing
    region", "territory lost in northern Shan"), happened in that region:
    ACLED codes it at the region (geo-precision 3) rather than at a town
    borrowed from elsewhere in the story.

    Parameters
    ----------
    sentence : str
        The sentence text.
    offset : int
        Its start in the document (``places`` carry document offsets).
    places : sequence of Place
        The sentence's usable places (no dateline, no speaker's place).

    Returns
    -------
    Place or None
        The region, when the sentence introduces exactly one with a locative
        preposition ("in", "across", ...) and names no town of another
        country; else None.
    """
    regions = {}
    for place in places:
        if place.feature not in _REGION_FEATURES or place.lat is None:
            continue
        if _REGION_PREP.search(sentence, 0, max(0, place.start - offset)):
            regions.setdefault(place.geonameid or place.name or place.text, place)
    if len(regions) != 1:
        return None
    region = next(iter(regions.values()))
    for place in places:  # a town abroad in the sentence: no clear setting
        if (place.feature or "city") in ("city", "admin2") and place.geonameid is not None:
            if place.country_code != region.country_code:
                return None
    return region


#: A borrowed town this close to a region's point is taken to lie in it.
REGION_KM = 150.0


def within_region(source, region: Place) -> bool:
    """Whether a borrowed place lies in ``region``: its province, or near its point.

    ``source`` is an event (or None) lending its place. A town of the
    region told before is a finer place for an event than the region.
    """
    if source is None or source.latitude is None or region.lat is None:
        return False
    if source.admin1 and source.admin1 == (region.name or region.text):
        return True
    return km(source.latitude, source.longitude, region.lat, region.lon) <= REGION_KM


#: what follows the town of a live blog's entry heading: its country, then a full stop
#: or a colon ("10:30 - Tbilisi, Georgia. Police detained ...")
_ITEM_HEADING_AFTER = re.compile(r"(?:,\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?\s*[.:](?:\s|$)")


def is_item_heading(text: str, place: Place) -> bool:
    """A town opening a live blog's time-stamped entry, then its country and a full stop:
    "10:30 - Tbilisi, Georgia. Police detained dozens of protesters ...".

    Like a dateline in capitals, it says where the entry's news comes from.
    """
    head = _line_head(text, place.start)
    if not head or not _TIME_STAMP.fullmatch(head):
        return False
    return _ITEM_HEADING_AFTER.match(text, place.end) is not None


def section_datelines(text: str, located: Sequence[Place]) -> list[Place]:
    """The datelines of a roundup's sections ("TBILISI - ...", "DHAKA - ..."), in text order.

    A story with two or more datelines is a digest of reports filed from
    several towns: each dateline opens a section, and an event its section
    tells without a place happened in that town, not at a place borrowed
    from another section. A story with one dateline gives none. A town
    heading a section on a line of its own ("GOMA") opens one the same way.
    """
    towns = [
        p
        for p in located
        if (is_dateline(text, p) or is_heading(text, p.start, p.end) or is_item_heading(text, p))
        and p.lat is not None
        and (p.feature or "city") in ("city", "admin2")
    ]
    return towns if len({p.start for p in towns}) >= 2 else []


_ROAD_AFTER = re.compile(r"(?:\s*-\s*[A-Z][\w'-]*)?\s+(?:road|highway|motorway|route)\b", re.I)
_ROAD_BEFORE = re.compile(
    r"\b(?:road|highway|motorway|route)\s+(?:between|from|linking|connecting|to|towards)\s+"
    r"(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+(?:and|to|with)\s+)?$",
    re.I,
)
AT_PLACE = re.compile(r"\b(?:near|in|at|outside|around)\s+(?:the\s+)?$", re.I)


def road_end(text: str, place: Place) -> bool:
    """Whether the mention names where a road leads ("the Mogadishu road", "the road to X")."""
    return bool(
        _ROAD_AFTER.match(text, place.end)
        or _ROAD_BEFORE.search(text, max(0, place.start - 60), place.start)
    )
