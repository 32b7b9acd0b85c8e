"""Geoparse one document: find place mentions and resolve each to a point.

:func:`find_places` is a pure function of a document and a loaded
gazetteer (plus an optional spaCy pipeline), so it runs unchanged in a
worker pool or on a Dask cluster.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from gazetteer import Flag, Gazetteer, Kind
from gazetteer.distance import km
from gazetteer.resolve import Query, Resolution, resolve
from geomap.mentions import (
    LONGER_NAME_REASON,
    Mention,
    context_words,
    find_mentions,
    is_dateline_at,
    is_heading,
)
from geomap.records import Document, Place
from geomap.strays import (
    DESCRIBED_AS,
    PAST_DIVISION,
    bearing_strays,
    continues_name,
    far_strays,
    in_description,
    names_part_of_a_town,
    possessed_strays,
    qualifier_anchor,
    ruled_out,
    same_name_strays,
)

ADMIN_WORDS = re.compile(  # the kind of division after its name: "Idlib province"
    r"^[\s-]+(province|governorate|region|state|oblast|prefecture|county|district|department"
    r"|zone|provinces|governorates|regions|states|oblasts|prefectures|counties|districts|zones)\b",
    re.I,
)
_DISTRICT_WORDS = re.compile(r"^[\s-]+(?:county|district|counties|districts)\b", re.I)
_PROVINCE_WORDS = re.compile(r"^[\s-]+(?:province|governorate|oblast|prefecture)s?\b")
_CITY_BEFORE = re.compile(r"\b(city|town|village|port|capital|suburb)\s+of\s+$", re.I)
_CITY_AFTER = re.compile(r"^\s+(city|town|village)\b", re.I)
_WATER_AFTER = re.compile(
    r"^(?:\s+(?:and|or)\s+[A-Z][\w-]*)?\s+(?:rivers?|river\s?banks?|coast|coastline|shores?"
    r"|waters|estuary|delta|valley)\b",
    re.I,
)
_WATER_BEFORE = re.compile(
    r"\b(?:banks?\s+of|across|crossed|crossing|along|river|lake)\s+(?:the\s+)?"
    r"(?:(?:lower|upper|middle|left|right|eastern|western|northern|southern)\s+)?$",
    re.I,
)
_COMMA = re.compile(
    r"^\s*,\s*(?:(?:the\s+)?(?:[a-z]+ern|central|northeast|northwest|southeast|southwest)\s+)?"
)
_COMMA_IN = re.compile(
    r"^\s*,\s*in\s+(?:the\s+)?(?:(?:far\s+)?(?:[a-z]+ern|central|north-?east|north-?west|"
    r"south-?east|south-?west)\s+)?"
)
_POSTAL = re.compile(r"^\s*,\s*([A-Z]{2})\b")
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?$")
_ADMIN_BEFORE = re.compile(
    r"\b(?:state|province|governorate|oblast|prefecture|county|region)\s+of\s+(?:the\s+)?$", re.I
)
# "the Syrian city of", "the Ukrainian-held border town of"; a determiner opens another
# noun phrase ("Israeli aircraft struck the port of"): the demonym qualifies nothing there
_DEMONYM_GAP = re.compile(
    r"^(?:[\s-]+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z][a-z-]*){0,3}"
    r"[\s-]+(?:city|town|village|port|capital|province|region"
    r"|governorate|state|district|oblast|border\s+town|enclave|island|outpost|stronghold"
    r"|base|suburb)(?:\s+of)?\s+$"
)


def _organisation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of named organisations whose names hide place names.

    A place strictly inside a span is not a place. A state force opened by
    its country's name ("U.S. military", "Iraqi army") keeps that name as a
    place; an armed group's own name ("Myanmar National Democratic Alliance
    Army") does not, so its span is widened by one character to the left.
    """
    try:
        from geomap.events.actors import find_actors
    except ImportError:  # the actor dictionary is optional for geoparsing
        return []
    spans = []
    for actor in find_actors(text):
        if not actor.named:
            continue
        # "the US-led coalition": a place that leads or backs a group stays a place
        led = _LED.match(text, actor.start, actor.end)
        spans.append((actor.start if actor.government or led else actor.start - 1, actor.end))
    return spans


_LED = re.compile(r"[^\s-]+-(?:led|backed|based|sponsored|supported|funded|trained)\b")


def _joined(text: str, left: Mention, right: Mention) -> bool:
    """The two mentions are neighbours in a list ("Ohio, Utah", "Niger and Togo")."""
    return bool(_LIST_GAP.match(text[left.end : right.start]))


def _major_kind(gaz: Gazetteer, mention: Mention) -> int:
    """The largest kind of place a name is the main name of (country, division, else city)."""
    kinds = {
        int(gaz._kind[e])
        for e, flag in mention.candidates
        if flag != Flag.ALTERNATE or int(gaz._kind[e]) == Kind.COUNTRY
    }
    for kind in (Kind.COUNTRY, Kind.ADMIN1, Kind.CONTINENT, Kind.REGION):
        if int(kind) in kinds:
            return int(kind)
    return int(Kind.CITY)


def _same_kind(gaz: Gazetteer, a: Mention, b: Mention) -> bool:
    """The two names are of one kind of place (both countries, or both divisions...)."""
    return _major_kind(gaz, a) == _major_kind(gaz, b)


def _queries(gaz: Gazetteer, text: str, mentions: Sequence[Mention]) -> list[Query]:
    """Build resolver queries, reading qualifiers and lists from the text around each mention.

    "Palmyra, N.Y." qualifies Palmyra; "Illinois, Missouri, Ohio" and "China,
    Japan and the United Kingdom" are lists, whose members are resolved
    together (a list names places of one kind) and do not qualify each other.
    """
    queries = [Query(candidates=m.candidates, demonym=m.demonym, key=m.key) for m in mentions]
    by_start = {m.start: i for i, m in enumerate(mentions)}
    qualified: set[int] = set()  # i: mention i+1 qualifies mention i
    divisions: set[int] = set()  # j: a qualifier that names the first-level division
    for i, mention in enumerate(mentions):
        query = queries[i]
        after = text[mention.end : mention.end + 60]
        before = text[max(0, mention.start - 60) : mention.start]
        query.admin_word = bool(ADMIN_WORDS.match(after) or _ADMIN_BEFORE.search(before))
        query.district_word = bool(_DISTRICT_WORDS.match(after))
        query.province_word = bool(_PROVINCE_WORDS.match(after))
        query.city_word = bool(_CITY_BEFORE.search(before) or _CITY_AFTER.match(after))
        query.water_word = bool(_WATER_BEFORE.search(before) or _WATER_AFTER.match(after))
        comma = _COMMA.match(after)
        if comma:
            j = by_start.get(mention.end + comma.end())
            within = _COMMA_IN.match(after)
            past = PAST_DIVISION.match(after)
            if j is None and past:
                j = by_start.get(mention.end + past.end())
            if j is None and within:  # "Muradnagar, in Cumilla district", "Boni, in central Mali"
                j = by_start.get(mention.end + within.end())
                if (
                    j is not None
                    and not ADMIN_WORDS.match(text[mentions[j].end :][:30])
                    # "Boni, in central Mali": a country's name, not a nationality word
                    and (mentions[j].demonym or _major_kind(gaz, mentions[j]) != Kind.COUNTRY)
                ):
                    j = None
            if j is not None:
                # "near Mocimboa da Praia, Rwanda's army said": a possessive opens a new
                # clause, no qualifier
                new_clause = _POSSESSIVE.match(text, mentions[j].end)
                if not new_clause and not _in_list(gaz, text, mentions, i, j):
                    _apply_qualifier(gaz, query, mentions[j])
                    qualified.add(i)
                    if _qualifies_as_division(gaz, query, mentions[j]) and not _listed(
                        text, mentions, i, j
                    ):
                        divisions.add(j)
            elif DESCRIBED_AS.match(text, mention.end):
                # "Nyaung Pin Thar, a village in Wetlet township of the Sagaing region": the
                # division the description names qualifies the name
                inner = [
                    m
                    for m in mentions
                    if not m.demonym and in_description(text, mention.end, m.start)
                ]
                for qualifier in inner:  # the first division or country of the description
                    unqualified = (query.country, query.admin1)
                    _apply_qualifier(gaz, query, qualifier)
                    if (query.country, query.admin1) != unqualified:
                        qualified.add(i)
                        break
            else:
                postal = _POSTAL.match(after)
                entry = gaz.postal_admin1(postal.group(1)) if postal else None
                if entry is not None:
                    query.admin1 = (entry.country_code, entry.admin1_code)
        if i > 0 and mentions[i - 1].demonym:
            gap = text[mentions[i - 1].end : mention.start]
            if _DEMONYM_GAP.match(gap):
                entry = gaz.entry(mentions[i - 1].candidates[0][0])
                query.country = query.country or entry.country_code
    for j in divisions:
        # "Irapuato, Guanajuato": the state the town lies in, not its namesake capital
        queries[j].admin_word = True
    _frame_qualifiers(gaz, text, mentions, queries)
    _section_countries(gaz, text, mentions, queries)
    _share_qualifiers(queries, qualified)
    group = -1
    for i in range(1, len(mentions)):
        left, right = mentions[i - 1], mentions[i]
        if left.demonym or right.demonym or (i - 1) in qualified or (i - 2) in qualified:
            group = -1
            continue
        if _joined(text, left, right):
            if group < 0:
                group = i - 1
                queries[i - 1].group = group
            queries[i].group = group
        else:
            group = -1
    return queries


# a division that opens a sentence as its frame: "In Guaviare, the army says ..." (the
# words before it, "in", "across", are ``_FRAME_BEFORE``, shared with countries below)
_FRAME_AFTER = re.compile(
    r"^(?:[\s-]+(?:province|governorate|region|state|oblast|department))?\s*,", re.I
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"\u201c]|\s*\n|\s*$)")


def _frame_qualifiers(
    gaz: Gazetteer, text: str, mentions: Sequence[Mention], queries: list[Query]
) -> None:
    """A division that frames a sentence ("In Guaviare, the army says ... near Calamar")
    places the sentence's towns in it when they have a namesake there: the Calamar of
    Guaviare, not the larger one of Bolivar a story about the north also names."""
    for i, frame in enumerate(mentions):
        if (
            frame.demonym
            or _major_kind(gaz, frame) != Kind.ADMIN1
            or not _FRAME_BEFORE.search(text, max(0, frame.start - 12), frame.start)
            or not _FRAME_AFTER.match(text[frame.end : frame.end + 30])
        ):
            continue
        end = _SENTENCE_END.search(text, frame.end)
        stop = end.start() if end else len(text)
        divisions = {
            (gaz.entry(e).country_code, gaz.entry(e).admin1_code)
            for e, _ in frame.candidates
            if gaz.entry(e).kind == Kind.ADMIN1
        }
        if len(divisions) != 1:
            continue  # a name of divisions in several countries frames nothing certain
        (division,) = divisions
        for j in range(i + 1, len(mentions)):
            mention, query = mentions[j], queries[j]
            if mention.start >= stop:
                break
            if query.country or query.admin1 or mention.demonym:
                continue
            if any(
                gaz.entry(e).kind == Kind.CITY
                and (gaz.entry(e).country_code, gaz.entry(e).admin1_code) == division
                for e, _ in mention.candidates
            ):
                query.admin1 = division


# "Libya" on a line of its own, or "LIBYA: In Zawiya ...": a country heading a section
_COUNTRY_HEADING_AFTER = re.compile(
    r"[ \t]*:?[ \t]*\n|[ \t]*:[ \t]+\S|[ \t]+[-\u2013\u2014][ \t]+\S"
)


def _section_countries(
    gaz: Gazetteer, text: str, mentions: Sequence[Mention], queries: list[Query]
) -> None:
    """A country heading a section of a briefing ("Libya", "LIBYA: In Zawiya ...")
    places the section's towns in it when they have a namesake there: the Zawiya
    and Tripoli of Libya, not the West Bank village or the Lebanese port."""
    headings = []
    for i, mention in enumerate(mentions):
        if mention.demonym or _major_kind(gaz, mention) != Kind.COUNTRY:
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        opened = not text[line_start : mention.start].strip(" \t-*#\u2022")
        if not opened or not text[mention.end :].strip():
            continue
        if not _COUNTRY_HEADING_AFTER.match(text, mention.end):
            continue
        country = next(
            gaz.entry(e).country_code
            for e, _ in mention.candidates
            if gaz.entry(e).kind == Kind.COUNTRY
        )
        headings.append((i, country))
    for n, (i, country) in enumerate(headings):
        stop = headings[n + 1][0] if n + 1 < len(headings) else len(mentions)
        for j in range(i + 1, stop):
            mention, query = mentions[j], queries[j]
            if query.country or query.admin1 or mention.demonym:
                continue
            if any(
                gaz.entry(e).kind == Kind.CITY and gaz.entry(e).country_code == country
                for e, _ in mention.candidates
            ):
                query.country = country


def _share_qualifiers(queries: list[Query], qualified: set[int]) -> None:
    """A name qualified once ("ODESSA, Texas") is that place at its other mentions.

    When the text qualifies one name in two ways ("Tripoli, Lebanon" and
    "Tripoli, Libya"), its bare mentions stay open.
    """
    found: dict[int, set[tuple]] = {}
    for i in qualified:
        query = queries[i]
        found.setdefault(query.key, set()).add((query.country, query.admin1))
    for query in queries:
        if query.country or query.admin1 or len(found.get(query.key, ())) != 1:
            continue
        query.country, query.admin1 = next(iter(found[query.key]))


def _in_list(gaz: Gazetteer, text: str, mentions: Sequence[Mention], i: int, j: int) -> bool:
    """Whether "A, B" (mentions i and j) is part of a list rather than "place, qualifier"."""
    if j + 1 < len(mentions) and _joined(text, mentions[j], mentions[j + 1]):
        if _same_kind(gaz, mentions[j], mentions[j + 1]):
            return True
    if i > 0 and text[mentions[i - 1].end : mentions[i].start].strip() == ",":
        if i < 2 or not _qualifies(text, mentions[i - 2], mentions[i - 1]):
            return _same_kind(gaz, mentions[i - 1], mentions[j])
    return False


def _qualifies(text: str, head: Mention, qualifier: Mention) -> bool:
    """Whether ``qualifier`` follows ``head`` as "Louisville, Ky." does (comma only)."""
    comma = _COMMA.match(text[head.end : head.end + 60])
    return bool(comma) and head.end + comma.end() == qualifier.start


def _apply_qualifier(gaz: Gazetteer, query: Query, qualifier: Mention) -> None:
    kinds = {gaz.entry(e).kind for e, _ in qualifier.candidates}
    if Kind.COUNTRY in kinds and not qualifier.demonym:
        country = next(
            gaz.entry(e) for e, _ in qualifier.candidates if gaz.entry(e).kind == Kind.COUNTRY
        )
        query.country = country.country_code
    elif Kind.ADMIN1 in kinds:
        division = _division(gaz, query, qualifier, Kind.ADMIN1)
        query.admin1 = (division.country_code, division.admin1_code)
    elif Kind.ADMIN2 in kinds:  # "Muradnagar, in Cumilla district": in the district's division
        division = _division(gaz, query, qualifier, Kind.ADMIN2)
        if division.admin1_code:
            query.admin1 = (division.country_code, division.admin1_code)
        else:
            query.country = division.country_code


def _listed(text: str, mentions: Sequence[Mention], i: int, j: int) -> bool:
    """Whether two names joined by a comma sit in a longer list ("Khan Younis, Rafah,
    Deir al-Balah and Gaza City"), where the second is no qualifier of the first."""
    before = i > 0 and _joined(text, mentions[i - 1], mentions[i])
    return before or (j + 1 < len(mentions) and _joined(text, mentions[j], mentions[j + 1]))


def _qualifies_as_division(gaz: Gazetteer, query: Query, qualifier: Mention) -> bool:
    """Whether a qualifier that is also a town's name ("Guanajuato") qualifies as the
    first-level division a candidate of the qualified name lies in."""
    kinds = {gaz.entry(e).kind for e, _ in qualifier.candidates}
    if query.admin1 is None or Kind.COUNTRY in kinds or Kind.ADMIN1 not in kinds:
        return False
    # a town of the qualified name lies in the division ("Rafah, Deir al-Balah" is a list)
    return any(
        (gaz.entry(e).country_code, gaz.entry(e).admin1_code) == query.admin1
        and gaz.entry(e).kind != Kind.ADMIN1
        for e, _ in query.candidates
    )


def _division(gaz: Gazetteer, query: Query, qualifier: Mention, kind: Kind):
    """The qualifier's division of ``kind``, in a country of the query's candidates if any."""
    options = [gaz.entry(e) for e, _ in qualifier.candidates if gaz.entry(e).kind == kind]
    own = {gaz.entry(e).country_code for e, _ in query.candidates}
    return next((o for o in options if o.country_code in own), options[0])


def find_places(
    doc: Document | str,
    gaz: Gazetteer,
    *,
    fast: bool = False,
    nlp=None,
    demonyms: bool = False,
    org_names: bool = False,
) -> list[Place]:
    """Return every toponym mention of ``doc`` resolved against ``gaz``.

    Parameters
    ----------
    doc : Document or str
        The article.
    gaz : Gazetteer
        The loaded index (:func:`gazetteer.load`).
    fast : bool
        Skip the statistical language model (rules and gazetteer only).
    nlp : spacy.Language, optional
        A loaded pipeline with NER; loaded once per process when needed.
    demonyms : bool
        Also report nationality words ("Syrian", "Americans") as mentions of
        their country. They always inform the document's country focus.
    org_names : bool
        Also report place names that open or sit inside the name of an
        organisation, an outlet or an event ("Athens Police Department",
        "Kenya Defence Forces", "(Sahel Wire)", "Battle of Hastings"), as
        LGL, TR-News and GeoWebNews annotate them. Off by default: for a
        conflict analyst such a name is not a place mention. Armed groups
        of the actor dictionary stay excluded either way.

    Returns
    -------
    list of Place
        In document order; ``text[start:end]`` is each mention as written.
    """
    text = doc.text if isinstance(doc, Document) else doc
    organisations = _organisation_spans(text)
    mentions, _rejected = find_mentions(gaz, text, exclude=organisations, org_names=org_names)
    if not fast and mentions:
        from geomap.mentions import is_large_town, is_unmistakable
        from geomap.ner import entity_filter

        mentions = entity_filter(
            text,
            mentions,
            nlp=nlp,
            is_major=lambda m: is_unmistakable(gaz, m),
            is_large=lambda m: is_large_town(gaz, m),
        )
    queries = _queries(gaz, text, mentions)
    unknown = _unknown(gaz, text, mentions, _rejected, organisations, fast=fast, nlp=nlp)
    unknown += _common_word_towns(gaz, text, [*mentions, *unknown], organisations)
    for mention in unknown:
        queries.append(Query(candidates=mention.candidates, key=-10 - mention.start))
    resolutions = resolve(gaz, queries)
    dropped, strays = _unsupported(gaz, text, mentions, queries, resolutions)
    strays |= far_strays(gaz, text, mentions, queries, resolutions) - dropped
    strays |= ruled_out(gaz, queries, resolutions) - dropped
    parts = possessed_strays(gaz, text, mentions, resolutions)
    strays |= same_name_strays(mentions, resolutions, parts) - dropped
    strays |= bearing_strays(gaz, text, mentions, resolutions) - dropped
    for i in strays:
        # a village's namesake abroad ("Moura" in a story about Mali, "the Old
        # City" of Mosul): a local name the index lacks, placed near the story's towns
        mentions[i].features["unknown"] = 1.0
        _whole_name(mentions[i], mentions, text)  # "Loi Mamund", not "Loi"
        resolutions[i] = Resolution(None, 0.0, "namesake abroad")
    if dropped:
        keep = [i for i in range(len(queries)) if i not in dropped]
        mentions = [m for i, m in enumerate(mentions) if i not in dropped]
        queries = [queries[i] for i in keep]
        resolutions = [resolutions[i] for i in keep]
    found = [*mentions, *unknown]
    focus = {
        gaz._country_list[gaz._country[r.entry]]
        for m, r in zip(mentions, resolutions, strict=False)
        if r.entry is not None and not m.demonym
    }
    focus.discard("")
    places: list[Place] = []
    pending: list[Place] = []
    for mention, resolution in zip(found, resolutions, strict=True):
        if mention.demonym and not demonyms:
            continue
        place = _to_place(gaz, mention, resolution)
        (pending if mention.features.get("unknown") else places).append(place)
    anchors = [p for p in places if p.lat is not None and p.feature in _ANCHOR_FEATURES]
    anchors = [p for p in anchors if p.country_code in focus]
    countries = [p for p in places if p.feature == "country" and p.lat is not None]
    places += _unknown_places(pending, focus, anchors, text, countries)
    return sorted(places, key=lambda p: p.start)


_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December"
)
_NAME_GOES_ON = re.compile(r"(?:[ -][A-Z][a-z\u00c0-\u024f'\u2019]*(?:-[A-Za-z][\w'\u2019]*)*)+")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|at|from|into|towards?|across|of)\s+(?:the\s+)?$", re.I
)
_NEXT_WORD = re.compile(r"[\s-]+(\w+)")


def _whole_name(mention: Mention, mentions: Sequence[Mention], text: str) -> None:
    """Stretch an unknown name over the capitalised words that go on with it.

    "the Loi Mamund area": the index matched "Loi" to a namesake abroad, and
    the local place the text names is "Loi Mamund". Division or place nouns
    ("Loi District"), days and months ("in Dobrinja Friday") and the start of
    another mention stay out, and the name is stretched only after a
    locative preposition or before a place noun: "Alberto Fujimori" is a
    person.
    """
    if not continues_name(text, mention.end):
        return
    more = _NAME_GOES_ON.match(text, mention.end)
    if more is None:
        return
    end = mention.end
    nouns = context_words()["place_type_words"]
    for word in re.finditer(r"[A-Z][\w'\u2019-]*", more.group()):
        start = mention.end + word.start()
        if word.group().lower() in nouns or any(m.start == start for m in mentions):
            break
        if _CALENDAR.fullmatch(word.group()):
            break  # "in Dobrinja Friday": a day, not the rest of the name
        end = mention.end + word.end()
    after = _NEXT_WORD.match(text, end)
    located = _LOCATIVE_BEFORE.search(text, max(0, mention.start - 14), mention.start)
    if end > mention.end and (located or (after and after.group(1).lower() in nouns)):
        mention.end = end
        mention.text = text[mention.start : end]


def _unknown_places(
    pending: list[Place],
    focus: set[str],
    anchors: list[Place],
    text: str,
    countries: Sequence[Place] = (),
) -> list[Place]:
    """Place every unknown name; the mentions of one name share its finest anchor."""
    placed = [_unknown_place(place, focus, anchors, text, countries) for place in pending]
    # "Masagawa in Galgaduud region": a division matched by a close spelling qualifies
    close = [p for p in placed if p.geonameid is not None and p.feature in _ANCHOR_FEATURES]
    qualifiers = sorted([*anchors, *close], key=lambda p: p.start)
    rank = {"city": 0, "admin2": 1, "admin1": 2, "country": 3}
    best: dict[str, Place] = {}
    qualified: dict[str, Place] = {}  # "Nasir, Upper Nile State": the qualifier wins
    found_for: dict[str, list[Place]] = {}
    for place, original in zip(placed, pending, strict=True):
        if place.geonameid is not None:
            continue
        qualifier = qualifier_anchor(original, qualifiers, text)
        if qualifier is not None and qualifier.feature == "admin1":
            # "Zamzam, the largest camp in North Darfur": a town of that division the
            # story names (El Fasher) is closer to the camp than the division's centre
            inside = [a for a in anchors if a.feature == "city" and a.admin1 == qualifier.name]
            if inside:
                qualifier = min(inside, key=lambda a: abs(a.start - original.start))
        if qualifier is not None:
            qualified.setdefault(place.text, qualifier)
        found = _anchor_in_frame(original, anchors, countries, text)
        if found is not None:
            found_for.setdefault(place.text, []).append(found)
    for name, found in found_for.items():
        # "bombed Nasir" (anchored at Upper Nile State) ... "the Nasir attack" in a
        # paragraph on diplomats in Juba: a town outside the province is no finer anchor
        provinces = {f.name for f in found if f.feature == "admin1"}
        inside = [f for f in found if not provinces or f.name in provinces or f.admin1 in provinces]
        best[name] = min(inside or found, key=lambda f: rank[f.feature])
    best.update(qualified)
    for place in placed:
        anchor = best.get(place.text)
        if anchor is not None and place.geonameid is None and place.lat is not None:
            _set_anchor(place, anchor)
    return placed


#: A town smaller than this, alone in its country in a story about elsewhere,
#: is taken for a local namesake the index lacks.
STRAY_POPULATION = 20_000
#: A city smaller than this is taken for a local namesake when the rest of the story
#: names at least :data:`FOCUS_NAMES` places of one other country and none elsewhere.
FOREIGN_CITY_POPULATION = 500_000
FOCUS_NAMES = 3
#: Kinds of place a local namesake may be taken for: towns and divisions ("Bel Air", a
#: district of the Seychelles and a quarter of Port-au-Prince)
_LOCAL_KINDS = (Kind.CITY, Kind.ADMIN2, Kind.ADMIN1)
#: Names at least this common in English (Zipf scale) are words first ("Maritime").
FAMILIAR_ZIPF = 3.5
#: A city this populous makes its name no ordinary word ("Jerusalem"; not "Delta", B.C.).
BIG_CITY = 500_000
_BROAD_KINDS = frozenset({Kind.COUNTRY, Kind.CONTINENT, Kind.REGION, Kind.SEA, Kind.CUSTOM})


def _unsupported(gaz, text, mentions, queries, resolutions) -> tuple[set[int], set[int]]:
    """Mentions that lead to a minor place in a country the story never nears.

    No other place of the story lies in the place's country or a neighbour
    of it (a nationality word counts for its own country only: "Saudi
    envoys" do not vouch for a village in Yemen; nor does a country named as
    an owner, "France's TotalEnergies", for a town in Spain), and the text does not
    qualify the name, list it with others or open with it (a heading inside
    the story, "Outlook:", is no dateline). Such a mention is dropped (first
    set) when its name is an ordinary English word ("Maritime analysts
    said") or follows a given name ("asked Aminu Bello") and nothing around
    it makes it a place. Otherwise a small town's or a division's namesake
    abroad, or a town named like a common phrase ("the Old City"), in a
    story with places of its own, is a local place the index lacks (second
    set); so is a city under :data:`FOREIGN_CITY_POPULATION` when every
    other place of the story lies in one other country (:func:`_focus_elsewhere`).
    """
    from geomap.ner import place_evidence

    countries: dict[str, set[int]] = {}
    # the same without the names of countries, which a story names as sides and partners
    # ("Rwanda sent troops", "France's oil major") more than as places it is about
    local: dict[str, set[int]] = {}
    # the same without countries named as owners ("France's TotalEnergies"), which say
    # nothing of where the story is
    vouching: dict[str, set[int]] = {}
    nationalities: set[str] = set()  # countries only a nationality word names ("Saudi")
    for mention, resolution in zip(mentions, resolutions, strict=False):
        if resolution.entry is not None:
            code = gaz._country_list[gaz._country[resolution.entry]]
            if mention.demonym:
                nationalities.add(code)
            else:
                countries.setdefault(code, set()).add(mention.key)
                country = Kind(int(gaz._kind[resolution.entry])) == Kind.COUNTRY
                if not country:
                    local.setdefault(code, set()).add(mention.key)
                if not (country and _POSSESSIVE.match(text, mention.end)):
                    vouching.setdefault(code, set()).add(mention.key)
    neighbours = gaz._t.get("neighbours", {})
    dropped: set[int] = set()
    strays: set[int] = set()
    rows = zip(mentions, queries, resolutions, strict=False)  # unknown names come after
    for i, (mention, query, resolution) in enumerate(rows):
        if resolution.entry is None or mention.demonym:
            continue
        if mention.features.get("dateline") and "\n" not in text[: mention.start]:
            continue  # the story's opening dateline vouches for itself
        if gaz._population[resolution.entry] >= 1_000_000:
            continue
        kind = Kind(int(gaz._kind[resolution.entry]))
        if kind in _BROAD_KINDS and gaz._fcode_list[gaz._fcode[resolution.entry]] != "STM":
            continue  # rivers share names with people and towns; seas and regions do not
        if query.country or query.admin1 or query.group >= 0 or query.admin_word:
            continue
        entry = gaz.entry(resolution.entry)
        if (
            entry.kind in (Kind.ADMIN1, Kind.ADMIN2)
            and _names_its_kind(mention.text)
            and len({e for e, _ in mention.candidates}) == 1
        ):
            continue  # "Sagaing Region": the name says it is the one division of that name
            # (not "Madison County", one of many, or "Central District")
        code = gaz._country_list[gaz._country[resolution.entry]]
        near = {code, *neighbours.get(code, ())}
        if (
            countries.get(code, set()) - {mention.key}
            or any(vouching.get(c, set()) - {mention.key} for c in near - {code})
            or code in nationalities
        ):
            continue  # a nationality word vouches for its own country, not for its
            # neighbours; nor does an owner's country ("France's TotalEnergies")
        cue = query.city_word or query.water_word or place_evidence(text, mention)
        named = entry.kind != Kind.ADMIN1 and _after_given_name(text, mention, mentions)
        word = (
            entry.population < 100_000
            and _largest_town(gaz, mention) < BIG_CITY
            and _familiar(mention.text)
        )
        if not cue and (word or named):
            dropped.add(i)
        elif (entry.population < STRAY_POPULATION or word) and entry.kind in _LOCAL_KINDS:
            others = {c for c, keys in countries.items() if keys - {mention.key}}
            if others - near:
                strays.add(i)
        elif (
            entry.kind == Kind.CITY
            and entry.population < FOREIGN_CITY_POPULATION
            and _focus_elsewhere(countries, local, mention.key)
        ):
            strays.add(i)  # "Palma" in a story of Mozambique is not the port of Mallorca
    return dropped, strays


def _names_its_kind(name: str) -> bool:
    """Whether a division's name ends with its kind: "Sagaing Region", "Kherson Oblast"."""
    parts = name.rsplit(None, 1)
    return len(parts) == 2 and ADMIN_WORDS.fullmatch(" " + parts[1]) is not None


def _focus_elsewhere(countries: dict[str, set[int]], local: dict[str, set[int]], key: int) -> bool:
    """Whether every other place of the story lies in one country, named enough.

    ``countries`` maps each country code to the keys of the names placed in
    it, ``local`` the same without the names of countries themselves; the caller
    has checked that no name lies in the mention's country or a neighbour of
    it. The story must name :data:`FOCUS_NAMES` distinct places of that one
    country (its own name among them) and no town or division of any other: a
    country named, "Rwanda sent troops", does not count.
    """
    others = [code for code, keys in local.items() if keys - {key}]
    return len(others) == 1 and len(countries[others[0]] - {key}) >= FOCUS_NAMES


def _largest_town(gaz: Gazetteer, mention: Mention) -> int:
    """The population of the largest town whose main name the mention is (0 if none).

    A big city's name is no ordinary word even where the resolver picked a
    namesake division ("shot in a Jerusalem hotel": the district of that
    name has no population of its own).
    """
    towns = (
        int(gaz._population[entry])
        for entry, flag in mention.candidates
        if flag == Flag.MAIN and int(gaz._kind[entry]) == Kind.CITY
    )
    return max(towns, default=0)


def _familiar(name: str) -> bool:
    from geomap.ner import zipf

    return zipf(name.lower()) >= FAMILIAR_ZIPF


_GIVEN_NAME = re.compile(r"(?<![\w.])([A-Z][a-z]+) $")


def _after_given_name(text: str, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """A capitalised word that is no place right before the name: "Aminu Bello"."""
    match = _GIVEN_NAME.search(text, max(0, mention.start - 30), mention.start)
    if match is None or any(m.end == mention.start - 1 for m in mentions):
        return False
    from geomap.mentions import context_words

    words = context_words()
    word = match.group(1).lower()
    if word in words["function_words"] or word in words["direction_words"]:
        return False
    return word not in words["place_type_words"] and not _sentence_start(text, match.start(1))


def _sentence_start(text: str, offset: int) -> bool:
    return not text[max(0, offset - 3) : offset].strip() or text[:offset].rstrip()[-1:] in '.!?"“'


def _unknown(gaz, text, mentions, rejected, organisations, *, fast, nlp) -> list[Mention]:
    """Mentions of names the index lacks, with fuzzy candidates when close."""
    from geomap.unknown import LOCATIVE, NOUN, fuzzy_candidates, unknown_mentions

    spans = unknown_mentions(text, mentions, rejected, organisations)
    for mention, reason in rejected:
        if reason.startswith(LONGER_NAME_REASON):
            name = reason[len(LONGER_NAME_REASON) + 1 : -1]
            spans.append((mention.end - len(name), mention.end, name, NOUN))
    if fast:  # without the model to confirm them, weak cues ("at X", "hit X") are not enough
        spans = [span for span in spans if span[3] >= LOCATIVE]
    if not spans:
        return []
    found = [
        Mention(
            start,
            end,
            name,
            -1,
            fuzzy_candidates(gaz, name),
            features={"unknown": 1.0, "place_noun": float(strength == NOUN), "cue": strength},
        )
        for start, end, name, strength in spans
    ]
    if not fast:
        from geomap.ner import NOT_PLACE_LABELS, UNFAMILIAR_ZIPF, entity_spans, zipf

        kept = []
        for mention, (label, exact) in zip(found, entity_spans(text, found, nlp=nlp), strict=True):
            # the model's label on a lone unfamiliar word is a guess ("Robotyne": PERSON)
            words = [w for w in mention.text.lower().replace("-", " ").split() if len(w) > 2]
            guess = exact and max(map(zipf, words), default=0.0) < UNFAMILIAR_ZIPF
            guess = guess and mention.features["cue"] >= LOCATIVE
            if label not in NOT_PLACE_LABELS or mention.features["place_noun"] or guess:
                kept.append(mention)
        # one sense per discourse: a name the context makes a place at one mention
        # ("around Waat") is that place at the mentions the model labels otherwise,
        # unless the name goes on there ("Waat Deng said": a person)
        sure = {m.text for m in kept if m.features["cue"] >= LOCATIVE}
        kept_ids = {id(m) for m in kept}
        found = [
            m
            for m in found
            if id(m) in kept_ids or (m.text in sure and not continues_name(text, m.end))
        ]
    return found


def _common_word_towns(gaz, text, found, organisations) -> list[Mention]:
    """Towns named by an ordinary word that a settlement noun names ("the town of Hit")."""
    from geomap.unknown import NOUN, common_word_towns

    taken = [(m.start, m.end) for m in found] + list(organisations)
    return [
        Mention(start, end, name, -1, candidates, features={"place_noun": 1.0, "cue": NOUN})
        for start, end, name, candidates in common_word_towns(gaz, text, taken)
    ]


_ANCHOR_FEATURES = frozenset({"city", "admin2", "admin1"})
_PARAGRAPH = re.compile(r"\n\s*\n")


def _unknown_place(
    place: Place, focus: set[str], anchors: list[Place], text: str, countries: Sequence[Place] = ()
) -> Place:
    """Place a name the index lacks: a close spelling in the story's countries, else near a town.

    A fuzzy match counts only inside the document's countries, and for a
    town only within ``FUZZY_FAR_KM`` of a place the story names. Otherwise,
    as ACLED codes an event at an unlisted village to the nearest named
    town, the name gets the point of the closest town (or district, or
    province) the same paragraph names, else of the town the story names
    most, with ``geonameid`` null and the reason saying so; with no such
    town it stays unresolved.
    """
    if place.geonameid is not None or place.lat is not None:
        if place.country_code in focus and not _far_from_the_story(place, anchors):
            place.reason = f"fuzzy match of an unknown spelling ({place.reason})"
            place.score = round(place.score * 0.6, 3)
            return place
    bare = Place(start=place.start, end=place.end, text=place.text)
    anchor = _anchor_in_frame(place, anchors, countries, text)
    if anchor is None:
        bare.reason = "not in the gazetteer (a place by its context)"
        return bare
    _set_anchor(bare, anchor)
    return bare


def _far_from_the_story(place: Place, anchors: list[Place]) -> bool:
    """Whether a town matched by a close spelling lies far from every place the story
    names ("near Synkivka and Petropavlivka", east of Kupiansk: not the Synivka of
    another province). A close spelling of a city (``FUZZY_CITY_POPULATION``) or of
    a province is not checked: a story names them from afar, and a province's
    point is far from its towns."""
    if (place.feature or "city") != "city" or place.lat is None:
        return False
    if (place.population or 0) >= FUZZY_CITY_POPULATION:
        return False
    points = [a for a in anchors if a.lat is not None and a.start != place.start]
    if not points:
        return False
    nearest = min(km(place.lat, place.lon, a.lat, a.lon) for a in points)
    return nearest > FUZZY_FAR_KM


#: a town matched only by a close spelling farther than this from every place the
#: story names is taken for an unlisted place and placed at the story's nearest town
FUZZY_FAR_KM = 150
FUZZY_CITY_POPULATION = 100_000


def _set_anchor(place: Place, anchor: Place) -> None:
    place.lat, place.lon = anchor.lat, anchor.lon
    place.country_code, place.admin1 = anchor.country_code, anchor.admin1
    place.score = 0.1
    place.reason = f"not in the gazetteer; placed at {anchor.name}, a place the story names nearby"


def _anchor_in_frame(
    place: Place, anchors: list[Place], countries: Sequence[Place], text: str
) -> Place | None:
    """The nearest anchor (:func:`_nearest_anchor`), kept in the country the paragraph
    frames the name with.

    A roundup moves from country to country ("In Bolivia, unions blocked the roads of
    El Alto"; a paragraph headed "Iraq."): an unlisted town belongs to the country its
    paragraph names before it, not to the last town of the previous item. When the
    nearest anchor lies in a country the paragraph does not name, the nearest anchor in
    the framing country replaces it, else the framing country itself.
    """
    anchor = _nearest_anchor(place, anchors, text)
    if (
        anchor is not None
        and anchor.feature_code == "PPLC"
        and is_dateline_at(text, anchor.start, anchor.end)
    ):
        # "JUBA - ... bombed positions in and around Nasir": a capital's dateline is
        # where the story was filed; a province of its country the story names is nearer
        anchor = _province_of_the_story(anchors, anchor, place) or anchor
    if anchor is None or not countries:
        return anchor
    begin, end = _paragraph_bounds(text, place.start, place.end)
    named = [
        c
        for c in countries
        if begin <= c.start < end and c.text != place.text and not _came_from(c, text)
    ]
    frame = [c for c in named if c.start < place.start and _frames(c, text, begin)]
    if not frame or anchor.country_code in {c.country_code for c in named}:
        return anchor
    country = frame[-1]
    inside = [a for a in anchors if a.country_code == country.country_code]
    return (_nearest_anchor(place, inside, text) if inside else None) or country


#: "In Bolivia, ...", "across eastern Congo": a country named as where the story now is
_FRAME_BEFORE = re.compile(
    r"\b(?:in|inside|across|within|throughout)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+)?$",
    re.I,
)
#: a country heading its paragraph: "Iraq. Turkish jets...", "SUDAN - ...", "Haiti:"
_HEADING_AFTER = re.compile(r"\s*(?:[.:]|\s[-\u2013\u2014])\s")


def _frames(country: Place, text: str, begin: int) -> bool:
    """Whether ``country`` is named as where the paragraph's story is, not as an actor
    ("the United States military said") or a speaker."""
    if _FRAME_BEFORE.search(text, max(begin, country.start - 40), country.start):
        return True
    heading = not text[begin : country.start].strip()
    return heading and _HEADING_AFTER.match(text, country.end) is not None


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end offsets of the paragraph holding ``text[start:end]``."""
    starts = [0, *(m.end() for m in _PARAGRAPH.finditer(text))]
    ends = [m.start() for m in _PARAGRAPH.finditer(text) if m.start() >= end]
    return max(s for s in starts if s <= start), min(ends, default=len(text))


def _nearest_anchor(place: Place, anchors: list[Place], text: str) -> Place | None:
    """The town named closest in the same paragraph, else the place named closest in the text.

    Outside the paragraph, a national capital named once (a dateline, where
    a statement was made) anchors a village only when the story names no
    other place, and a part of a town (a district, a square) is anchored at
    the town the story names most often, capital or not. A place heading a
    later section ("SOUTH KIVU") and what follows it are not candidates, nor
    is a place named as where people came from ("convoys from Misrata and
    Zawiya"), unless every place is. Outside the paragraph, a place named
    before the name wins over one named after it.
    """
    if not anchors:
        return None
    starts = [0, *(m.end() for m in _PARAGRAPH.finditer(text))]
    begin, end = _paragraph_bounds(text, place.start, place.end)
    rank = {"city": 0, "admin2": 1, "admin1": 2}
    # a capital named as a statement's speaker stands for its government, not for a place,
    # and convoys "from Misrata and Zawiya" came from elsewhere
    anchors = [a for a in anchors if not _speaks_for_a_government(a, text)] or anchors
    anchors = [a for a in anchors if not _came_from(a, text)] or anchors
    # "a spokesman, reached by phone in Nairobi": where someone spoke from
    anchors = [
        a for a in anchors if not _SPEAKER_BEFORE.search(text, max(0, a.start - 60), a.start)
    ] or anchors
    near = [a for a in anchors if begin <= a.start < end and a.text != place.text]
    # "BANGKOK (Lotus Desk) - ... had taken Ramree, a town off the coast of Rakhine State":
    # a dateline abroad is where the story was filed, the paragraph's places where it is
    filed = [a for a in near if is_dateline_at(text, a.start, a.end)]
    told = [a for a in near if a not in filed]
    if filed and told and all(a.country_code != filed[0].country_code for a in told):
        near = told
    if near:
        nearest = min(near, key=lambda a: (rank[a.feature], abs(a.start - place.start)))
        # "in the Far North, fighters raided a village near Mozogo. In Yaoundé, ...": the
        # province the sentence names frames the name, not a town of another province
        # that the next sentence names
        framing = [
            a
            for a in near
            if a.feature == "admin1" and a not in filed and _same_sentence(text, a, place)
        ]
        if (
            framing
            and not _same_sentence(text, nearest, place)
            and nearest.admin1 not in {a.name for a in framing}
        ):
            return min(framing, key=lambda a: abs(a.start - place.start))
        return nearest
    # a heading further on ("SOUTH KIVU") opens another section: what it heads lies elsewhere
    later = [a for a in anchors if a.start > place.end]
    headings = [a.start for a in later if is_heading(text, a.start, a.end)]
    if headings:
        anchors = [a for a in anchors if a.start < min(headings)] or anchors
    named = Counter(a.geonameid for a in anchors)
    if names_part_of_a_town(text, place.start, place.end):
        # the town the paragraph before tells of ("pounded Kharkiv ... / One of the bombs
        # hit the Saltivskyi district"), not where the story was filed ("KYIV (AP) -")
        before = max((s for s in starts if s < begin), default=begin)
        recent = [
            a
            for a in anchors
            if a.feature == "city"
            and before <= a.start < place.start
            and not is_dateline_at(text, a.start, a.end)
        ]
        if recent:
            return min(recent, key=lambda a: (-named[a.geonameid], a.start))
        return min(anchors, key=lambda a: (rank[a.feature], -named[a.geonameid], a.start))
    # a capital named once, in another paragraph, is a dateline or a statement's origin
    far = [a for a in anchors if a.feature_code != "PPLC" or named[a.geonameid] > 1] or anchors
    # the story so far frames the name: a place first named in a later paragraph opens
    # another part of it
    earlier = [a for a in far if a.start < place.start] or far
    return min(earlier, key=lambda a: abs(a.start - place.start))


def _same_sentence(text: str, a: Place, b: Place) -> bool:
    """Whether nothing ends a sentence between two places."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return _SENTENCE_END.search(text, first.end, second.start) is None


def _province_of_the_story(anchors: list[Place], dateline: Place, place: Place) -> Place | None:
    """The province of the dateline's country the story names most (first named wins a
    tie), or None when it names none."""
    provinces = [
        a
        for a in anchors
        if a.feature == "admin1" and a.country_code == dateline.country_code and a is not place
    ]
    if not provinces:
        return None
    named = Counter(a.geonameid for a in provinces)
    return min(provinces, key=lambda a: (-named[a.geonameid], a.start))


#: "reached by phone in Nairobi", "speaking from Geneva", "based in London": where a
#: speaker was, not where anything happened
_SPEAKER_BEFORE = re.compile(
    r"\b(?:(?:reached|contacted|interviewed|speaking|spoke|talking|talked|briefing|"
    r"briefed)(?:\s+(?:by|over\s+the)\s+(?:tele)?phone)?|based|exiled|in\s+exile)"
    r"\s+(?:in|from)\s+(?:the\s+)?$"
)


def _came_from(place: Place, text: str) -> bool:
    """Whether ``place`` is named as where people or convoys came from ("from Misrata"),
    not as where a live blog or a broadcast is ("Good morning from Port-au-Prince")."""
    before = text[max(0, place.start - 60) : place.start]
    return _ORIGIN_BEFORE.search(before) is not None and not _GREETING_FROM.search(before)


#: "Good morning from Kyiv", "reporting from Goma": where the story is told from
_GREETING_FROM = re.compile(
    r"\b(?:good\s+(?:morning|afternoon|evening|night)|hello|greetings|welcome|live|"
    r"reporting|writing)\s+from\s+(?:the\s+)?$",
    re.I,
)

#: "from X", "from X and Y": where people or convoys came from, not where the story is
_ORIGIN_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s*(?:,\s*|\s+and\s+))*$"
)

# "Kinshasa denied using drones there", "Bamako's junta": a capital standing for its government
#: a capital as the actor of a statement or a decision ("Moscow said", "Kyiv's forces"):
#: its government, not a site (shared with event linking)
GOVERNMENT_VERB = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:said|says|denied|denies|accused|accuses|blamed|blames|"
    r"claimed|claims|rejected|rejects|insisted|insists|responded|warned|warns|condemned|"
    r"condemns|announced|announces|wants|refused|refuses|agreed|resumed|resumes|ordered|"
    r"orders|imposed|imposes|approved|approves|vowed|vows|pledged|pledges|urged|urges|"
    r"demanded|demands|threatened|threatens)\b"
    r"|(?:'s|\u2019s)\s+(?:government|junta|authorities|army|forces|military|leaders?|"
    r"allies|troops)\b"
)


def _speaks_for_a_government(place: Place, text: str) -> bool:
    """A capital named as the actor of a statement: the government, not where anything is."""
    if place.feature_code != "PPLC":
        return False
    return GOVERNMENT_VERB.match(text, place.end) is not None


def _to_place(gaz: Gazetteer, mention: Mention, resolution) -> Place:
    place = Place(start=mention.start, end=mention.end, text=mention.text)
    if resolution.entry is None:
        place.reason = resolution.reason
        return place
    entry = gaz.entry(resolution.entry)
    place.name = entry.name
    place.geonameid = entry.geonameid
    place.feature = entry.feature
    place.feature_code = entry.feature_code
    place.country_code = entry.country_code or None
    if entry.kind in (Kind.CITY, Kind.ADMIN2):
        place.admin1 = gaz.admin1_name(entry.country_code, entry.admin1_code)
    elif entry.kind == Kind.ADMIN1:
        place.admin1 = entry.name
    place.lat = entry.lat
    place.lon = entry.lon
    place.population = entry.population or None
    place.score = resolution.score
    place.reason = "demonym of the country" if mention.demonym else resolution.reason
    if entry.lat is None:
        place.reason = "indexed without coordinates"
    return place


__all__ = ["find_places"]
