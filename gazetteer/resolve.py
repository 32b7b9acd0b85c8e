"""Choose, for every mention of a document, the place it refers to.

Resolution uses the whole document, not population alone:

1. a prior per candidate: the kind of place (a country or province name
   beats a village of the same name), population, whether the name is the
   place's main name or an alternate, and the capital flag;
2. explicit qualifiers found by the caller ("Palmyra, N.Y.", "Tripoli,
   northern Lebanon", "the Libyan port city of Khoms") as hard constraints;
3. the document's country focus (countries named, demonyms, and the
   countries of mentions that are not ambiguous) and the distance to the
   other places resolved in it, iterated twice.

Every resolution carries a score in [0, 1] (how clearly the winner beat the
runner-up) and a short reason.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from gazetteer.distance import km_matrix
from gazetteer.index import Gazetteer
from gazetteer.kinds import Flag, Kind

_KIND_PRIOR = np.full(16, 4.0)
_KIND_PRIOR[int(Kind.COUNTRY)] = 9.0
_KIND_PRIOR[int(Kind.CONTINENT)] = 7.0
_KIND_PRIOR[int(Kind.REGION)] = 7.5
_KIND_PRIOR[int(Kind.SEA)] = 7.5
_KIND_PRIOR[int(Kind.ISLAND)] = 5.5
_KIND_PRIOR[int(Kind.ADMIN1)] = 7.0
_KIND_PRIOR[int(Kind.ADMIN2)] = 3.0
_KIND_PRIOR[int(Kind.CUSTOM)] = 9.0
_CITY = int(Kind.CITY)
_ADMIN = (int(Kind.ADMIN1), int(Kind.ADMIN2))
_COUNTRY = int(Kind.COUNTRY)
_CONTINENT = int(Kind.CONTINENT)
_NEAR_KM = 350.0
#: Weights of the context evidence (tuned on the dev halves of the benchmarks).
FOCUS_WEIGHT = 3.0
ADMIN_FOCUS_WEIGHT = 3.0
NEAR_WEIGHT = 0.8
CAPITAL_BONUS = 1.0
NEIGHBOUR_WEIGHT = 1.5
UNSUPPORTED_DIVISION = 2.0
TIE_WEIGHT = 1.0
CLOSE_WEIGHT = 1.0  # a town this close to another place the story names
CLOSE_KM = 50.0
CONTINENT_WEIGHT = 1.0
LIST_WEIGHT = 8.0  # with three or more other members; less for shorter lists
#: A town this populous, named under an alternate spelling, shadows the division of its name.
ALTERNATE_SHADOW = 20_000
_MAX_CANDIDATES = 40
_ONLY_CANDIDATE = round(1.0 / (1.0 + math.exp(-4.0)), 3)
#: Kinds of place that a list ("Ohio, Utah and Oregon") keeps together.
_KIND_CLASS = np.array([0, 1, 2, 3, 4, 4, 4, 4, 3] + [5] * 7, dtype=np.int64)
_NATIONAL = (0, 4)  # classes whose members need not share a country


@dataclass(slots=True)
class Query:
    """What the resolver needs to know about one mention.

    Parameters
    ----------
    candidates : list of (entry index, Flag)
        Places the name may refer to.
    country : str, optional
        A country the text places it in ("Tripoli, Lebanon", "Libyan port").
    admin1 : (str, str), optional
        A (country, admin1 code) the text places it in ("Palmyra, N.Y.").
    admin_word : bool
        The name is followed by "province", "governorate", "state"...
    district_word : bool
        That word names a second-level unit ("district", "county").
    province_word : bool
        That word is a lower-case "province", "governorate", "oblast" or
        "prefecture", which no town's or institution's name ends with (unlike
        "Columbia State", "Ripley department store").
    city_word : bool
        The name is preceded or followed by "city", "town", "village"...
    water_word : bool
        The text names a body of water ("river", "bank of the", "lake").
    """

    candidates: list[tuple[int, Flag]]
    country: str | None = None
    admin1: tuple[str, str] | None = None
    admin_word: bool = False
    district_word: bool = False  # the word names a second-level unit ("district", "county")
    province_word: bool = False  # "Samar province", "Idlib governorate"
    city_word: bool = False
    water_word: bool = False  # "the Ohio and Mississippi rivers", "the bank of the Dnipro"
    demonym: bool = False
    key: int = -1  # the name's key: repeated mentions of one name do not vouch for each other
    group: int = -1  # the list the mention belongs to ("Ohio, Utah and Oregon"), or -1


@dataclass(slots=True)
class Resolution:
    """The chosen place (``entry`` None when nothing fits) and why."""

    entry: int | None
    score: float
    reason: str


def _priors(gaz: Gazetteer, query: Query) -> tuple[np.ndarray, np.ndarray]:
    """Entries and prior scores of one query's candidates (vectorised)."""
    entries, value, _shadow = _priors_with_shadow(gaz, query)
    return entries, value


def _priors_with_shadow(gaz: Gazetteer, query: Query):
    """Entries, prior scores and the big-city shadow taken off each division's prior."""
    pairs = np.array(query.candidates, dtype=np.int64).reshape(-1, 2)
    entries, flags = pairs[:, 0].copy(), pairs[:, 1]
    kinds = gaz._kind[entries].astype(np.int64)
    population = gaz._population[entries]
    is_city = kinds == _CITY
    value = np.where(is_city, np.log10(population + 10.0), _KIND_PRIOR[kinds])
    capital = _code_mask(gaz, _CAPITAL_CODES)[gaz._fcode[entries]]
    value = value + np.where(is_city & capital, CAPITAL_BONUS, 0.0)
    is_admin = (kinds == _ADMIN[0]) | (kinds == _ADMIN[1])
    shadow = np.zeros(len(entries))
    if query.city_word:
        value = value + np.where(is_city, 2.0, 0.0)
    # a river shares its name with towns and provinces ("Dnipro", "Ohio"): it is
    # meant when the text says so
    river = _code_mask(gaz, _RIVER_CODES)[gaz._fcode[entries]]
    value = value + np.where(river, 6.0 if query.water_word else -3.5, 0.0)
    water = kinds == int(Kind.SEA)
    if query.water_word:
        value = value + np.where(water & ~river, 3.0, 0.0)
    if query.admin_word:
        # "Al-Qahira district" is a second-level unit, "Idlib province" a first-level one
        level = _ADMIN[1] if query.district_word else _ADMIN[0]
        value = value + np.where(kinds == level, 4.0, np.where(is_admin, 2.0, 0.0))
        if is_admin.any() and query.province_word:
            # "Samar province" is the Philippine province, not the Russian city of Samara
            # that once bore the name: with a province of that name, a town is not meant
            value = value - np.where(is_city, 2.0, 0.0)
    elif is_admin.any():
        # a division named after a sea or a region ("Red Sea" state) is meant
        # only with a word such as "state"
        feature = ((kinds == int(Kind.SEA)) | (kinds == int(Kind.REGION))) & ~river
        if (feature & (flags == int(Flag.MAIN))).any():
            value = value - np.where(is_admin, 4.0, 0.0)
        # "Aleppo" is the city unless the text says "Aleppo province"
        # (admin1 codes of cities and divisions come from different sources and
        # do not always agree: a big city of the same country is enough)
        big = is_city & (population >= 5000) & (flags == int(Flag.MAIN))
        # "Jenin", "Gedaref", "Daraa": the town under another spelling of its name
        # (Janin, Al Qadarif) inside the division named after it is meant too
        spelled = is_city & (population >= ALTERNATE_SHADOW) & (flags == int(Flag.ALTERNATE))
        # "near Tominian": a district named after its seat is meant as the seat, however
        # small the index says the town is
        seat = is_city & (flags == int(Flag.MAIN))
        if big.any() or spelled.any() or seat.any():
            codes = gaz._country[entries].astype(np.int64)
            places = codes * len(gaz._admin1_list) + gaz._admin1[entries]
            shadowed = np.isin(places, places[big | spelled]) | np.isin(
                codes, codes[big & (population >= 100_000)]
            )
            shadowed |= (kinds == _ADMIN[1]) & np.isin(places, places[seat])
            shadow = np.where(is_admin & shadowed, 4.0, 0.0)
            value = value - shadow
    value = value + np.where(flags == int(Flag.MAIN), 1.0, 0.0)
    # a country's name in another language ("Tunis" for Tunisia) is weak evidence
    value = value - np.where((kinds == _COUNTRY) & (flags == int(Flag.ALTERNATE)), 2.5, 0.0)
    value = value - np.where(np.isnan(gaz._lat[entries]), 3.0, 0.0)
    codes = gaz._country[entries]
    if query.country:
        wanted = (
            gaz._country_list.index(query.country) if query.country in gaz._country_list else -1
        )
        value = value + np.where(codes == wanted, 6.0, -6.0)
    if query.admin1:
        cc, code = query.admin1
        country = gaz._country_list.index(cc) if cc in gaz._country_list else -1
        admin1 = gaz._admin1_list.index(code) if code in gaz._admin1_list else -1
        same = (codes == country) & (gaz._admin1[entries] == admin1)
        value = value + np.where(same, 8.0, -4.0)
    if len(entries) > _MAX_CANDIDATES:
        keep = np.argsort(-value)[:_MAX_CANDIDATES]
        entries, value, shadow = entries[keep], value[keep], shadow[keep]
    return entries, value, shadow


def _neighbour_matrix(gaz: Gazetteer) -> np.ndarray:
    """Country-by-country 0/1 matrix of land neighbours (GeoNames), by country number."""
    found = gaz.memo.get("neighbour_matrix")
    if found is None:
        codes = gaz._country_list
        number = {code: i for i, code in enumerate(codes)}
        found = np.zeros((len(codes), len(codes)))
        for code, others in gaz._t.get("neighbours", {}).items():
            if code in number:
                for other in others:
                    if other in number:
                        found[number[code], number[other]] = 1.0
        gaz.memo["neighbour_matrix"] = found
    return found


def _code_mask(gaz: Gazetteer, codes: frozenset[str]) -> np.ndarray:
    """For each feature code number, whether it is one of ``codes`` (memoised)."""
    key = ("code_mask", codes)
    found = gaz.memo.get(key)
    if found is None:
        found = np.array([code in codes for code in gaz._fcode_list], dtype=bool)
        gaz.memo[key] = found
    return found


_NATURAL_CODES = frozenset(["SEA", "STM", "LK", "STRT", "CAPE"])  # water, capes
_RIVER_CODES = frozenset(["STM"])
_CAPITAL_CODES = frozenset(["PPLC"])


def _focus(
    gaz: Gazetteer, chosen: list[int | None], queries: Sequence[Query], *, first: bool
) -> tuple[Counter, dict[int, tuple[int, float]]]:
    """Country weights of the document, and each name key's own vote (country, weight).

    Each distinct name counts once. In the first round only names that are
    not ambiguous across countries (or are countries) count.
    """
    per_key: dict[int, tuple[int, float]] = {}
    for best, query in zip(chosen, queries, strict=True):
        if best is None or query.key in per_key:
            continue
        code = int(gaz._country[best])
        if not gaz._country_list[code] or _code_mask(gaz, _NATURAL_CODES)[gaz._fcode[best]]:
            continue  # a cape or a river a ship passes is no sign of what the story is about
        if gaz._kind[best] == _COUNTRY:
            weight = 2.0
        elif query.country or _one_country(gaz, query):
            weight = 1.0
        else:
            weight = 0.0 if first else 0.5
        if weight:
            per_key[query.key] = (code, weight)
    total: Counter = Counter()
    for code, weight in per_key.values():
        total[code] += weight
    return total, per_key


def _one_country(gaz: Gazetteer, query: Query) -> bool:
    """Whether every candidate of the query lies in one country (memoised per name)."""
    signature = ("one_country", query.key, len(query.candidates))
    found = gaz.memo.get(signature) if query.key >= 0 else None
    if found is None:
        entries = [e for e, _ in query.candidates[:_MAX_CANDIDATES]]
        codes = gaz._country[entries]
        found = bool((codes == codes[0]).all())
        if query.key >= 0:
            gaz.memo[signature] = found
    return found


def _longer_names(gaz: Gazetteer, queries: Sequence[Query]) -> dict[int, set[int]]:
    """For each name, the places of longer names that extend it in the document.

    "Mexico City" extends "Mexico", "New York City" extends "New York": the
    candidates those longer names denote are unlikely for the shorter one.
    """
    keys = {q.key for q in queries if q.key >= 0}
    texts = {k: gaz.key_text(k) for k in keys}
    result: dict[int, set[int]] = {}
    for key, text in texts.items():
        for other, other_text in texts.items():
            if other != key and other_text.startswith(text + " "):
                entries = {
                    e for q in queries if q.key == other for e, _ in q.candidates[:_MAX_CANDIDATES]
                }
                result.setdefault(key, set()).update(entries)
    return result


def resolve(gaz: Gazetteer, queries: Sequence[Query]) -> list[Resolution]:
    """Resolve every mention of one document together.

    Repeated mentions of a name with the same qualifiers are resolved once.

    Parameters
    ----------
    gaz : Gazetteer
        The loaded index.
    queries : sequence of Query
        One per mention, in document order.

    Returns
    -------
    list of Resolution
        One per query, in the same order.
    """
    index: dict[tuple, int] = {}
    unique: list[Query] = []
    positions = []
    groups: dict[int, set[int]] = {}
    for query in queries:
        signature = (
            query.key if query.key >= 0 else id(query),
            query.country,
            query.admin1,
            query.admin_word,
            query.district_word,
            query.province_word,
            query.city_word,
            query.water_word,
            query.demonym,
        )
        if signature not in index:
            index[signature] = len(unique)
            unique.append(query)
        positions.append(index[signature])
        if query.group >= 0:
            groups.setdefault(query.group, set()).add(index[signature])
    solved = _resolve_unique(gaz, unique, [g for g in groups.values() if len(g) > 1])
    return [solved[i] for i in positions]


def _list_vote(gaz: Gazetteer, entries: np.ndarray, value: np.ndarray, query: Query):
    """What kind of place a list member can be: (kind classes, country code index).

    A member is of the largest kind it is the main name of (a country, a
    division, else a town); a division that shares its name with a big city
    ("Aleppo", "Washington") can be either.
    """
    flags = {e: f for e, f in query.candidates}
    kinds = gaz._kind[entries].astype(np.int64)
    classes = _KIND_CLASS[kinds]
    main = np.fromiter(
        (flags.get(int(e)) != Flag.ALTERNATE for e in entries), dtype=bool, count=len(entries)
    )
    main |= kinds == _COUNTRY
    for wanted in (0, 1, 4):  # country, division, region
        hit = main & (classes == wanted)
        if hit.any():
            best = int(np.flatnonzero(hit)[np.argmax(value[hit])])
            country = int(gaz._country[entries[best]])
            big_city = main & (kinds == _CITY) & (gaz._population[entries] >= 100_000)
            if wanted == 1 and (big_city & (gaz._country[entries] == country)).any():
                return (1, 3), country
            return (wanted,), country
    if not len(entries):
        return (), -1
    best = int(np.argmax(value))
    return (int(classes[best]),), int(gaz._country[entries[best]])


def _list_share(
    gaz: Gazetteer, entries: np.ndarray, others: Sequence[tuple[tuple[int, ...], int]]
) -> np.ndarray:
    """Share of the other list members that can be of the same kind (and country)."""
    own_class = _KIND_CLASS[gaz._kind[entries].astype(np.int64)]
    own_country = gaz._country[entries]
    national = np.isin(own_class, _NATIONAL)
    total = np.zeros(len(entries))
    for classes, country in others:
        same = own_class == classes[0]
        for extra in classes[1:]:
            same |= own_class == extra
        total += same & (national | (own_country == country))
    return min(len(others), 3) / 3 * total / len(others)


def _list_shares(
    gaz: Gazetteer, queries: Sequence[Query], priors, lists: Sequence[set[int]]
) -> dict[int, np.ndarray]:
    """For each query in a list, the list's support for each of its candidates."""
    votes = {
        i: _list_vote(gaz, priors[i][0], priors[i][1], queries[i])
        for members in lists
        for i in members
    }
    shares: dict[int, np.ndarray] = {}
    for members in lists:
        for i in members:
            others, seen = [], {queries[i].key}
            for j in sorted(members):
                if queries[j].key in seen or not votes[j][0]:
                    continue
                seen.add(queries[j].key)
                others.append(votes[j])
            if others and len(priors[i][0]):
                share = _list_share(gaz, priors[i][0], others)
                shares[i] = np.maximum(shares.get(i, share), share)
    return shares


def _cached_priors(gaz: Gazetteer, query: Query):
    """:func:`_priors_with_shadow`, memoised per name and qualifiers on the gazetteer."""
    if query.key < 0:
        return _priors_with_shadow(gaz, query)
    signature = (
        "priors",
        query.key,
        query.country,
        query.admin1,
        query.admin_word,
        query.district_word,
        query.province_word,
        query.city_word,
        query.water_word,
        query.demonym,
        len(query.candidates),
    )
    memo = gaz.memo
    found = memo.get(signature)
    if found is None:
        if len(memo) > 200_000:
            memo.clear()
        found = memo[signature] = _priors_with_shadow(gaz, query)
    return found


@dataclass(slots=True)
class _Flat:
    """Every candidate of every query of a document, in one set of arrays."""

    entries: np.ndarray  # gazetteer rows
    owner: np.ndarray  # query number
    key: np.ndarray  # the owner's name key
    starts: np.ndarray  # first candidate of each query with candidates
    prior: np.ndarray
    fixed: np.ndarray  # context that does not change between rounds (lists, longer names)
    codes: np.ndarray
    pairs: np.ndarray  # country and first-level division, as one number
    kinds: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    located: np.ndarray  # has a point and is not a country or continent


def _flatten(gaz: Gazetteer, queries: Sequence[Query], lists: Sequence[set[int]]):
    with_shadow = [_cached_priors(gaz, q) if q.candidates else None for q in queries]
    empty = (np.zeros(0, np.int64), np.zeros(0))
    priors = [(w[0], w[1]) if w is not None else empty for w in with_shadow]
    list_shares = _list_shares(gaz, queries, priors, lists) if lists else {}
    longer_names = _longer_names(gaz, queries)
    parts_e, parts_v, parts_f, owners = [], [], [], []
    for i, w in enumerate(with_shadow):
        if w is None:
            continue
        entries, value, shadow = w
        fixed = np.zeros(len(entries))
        share = list_shares.get(i)
        if share is not None:
            # a list of divisions ("Oregon and Washington") lifts the big-city shadow
            fixed = fixed + (LIST_WEIGHT + shadow) * share
        taken = longer_names.get(queries[i].key)
        if taken:
            # "Mexico" beside "Mexico City": the writer means another place
            fixed = fixed - np.where(np.isin(entries, list(taken)), 3.0, 0.0)
        parts_e.append(entries)
        parts_v.append(value)
        parts_f.append(fixed)
        owners.append(np.full(len(entries), i, dtype=np.int64))
    if not parts_e:
        return None
    entries = np.concatenate(parts_e)
    owner = np.concatenate(owners)
    sizes = np.array([len(e) for e in parts_e])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    keys = np.array([q.key for q in queries], dtype=np.int64)
    kinds = gaz._kind[entries].astype(np.int64)
    lat = gaz._lat[entries]
    codes = gaz._country[entries].astype(np.int64)
    return _Flat(
        entries=entries,
        owner=owner,
        key=keys[owner],
        starts=starts,
        prior=np.concatenate(parts_v),
        fixed=np.concatenate(parts_f),
        codes=codes,
        pairs=codes * len(gaz._admin1_list) + gaz._admin1[entries],
        kinds=kinds,
        lat=lat,
        lon=gaz._lon[entries],
        located=~np.isnan(lat) & (kinds != _COUNTRY) & (kinds != _CONTINENT),
    )


def _pick(flat: _Flat, value: np.ndarray) -> np.ndarray:
    """Position (into the flat arrays) of the best candidate of each query (first on ties)."""
    best = np.maximum.reduceat(value, flat.starts)
    sizes = np.diff(np.append(flat.starts, len(value)))
    is_best = value == np.repeat(best, sizes)
    positions = np.where(is_best, np.arange(len(value)), len(value))
    return np.minimum.reduceat(positions, flat.starts)


def _continent_codes(gaz: Gazetteer) -> np.ndarray:
    found = gaz.memo.get("continent_codes")
    if found is None:
        continent_of = gaz._t.get("continent_of", {})
        found = np.array([continent_of.get(code, "") for code in gaz._country_list], dtype=object)
        gaz.memo["continent_codes"] = found
    return found


def _alone_in_its_country(flat: _Flat) -> np.ndarray:
    """For each candidate, whether it is its name's only candidate in its country."""
    pairs = flat.owner.astype(np.int64) * (int(flat.codes.max()) + 1) + flat.codes
    _, inverse, counts = np.unique(pairs, return_inverse=True, return_counts=True)
    return counts[inverse] == 1


def _resolve_unique(
    gaz: Gazetteer, queries: Sequence[Query], lists: Sequence[set[int]] = ()
) -> list[Resolution]:
    flat = _flatten(gaz, queries, lists)
    if flat is None:
        return [Resolution(None, 0.0, "no candidate") for _ in queries]
    code_continent = _continent_codes(gaz)
    n_countries = len(gaz._country_list)
    has = np.array([bool(q.candidates) for q in queries])
    numbers = np.flatnonzero(has)  # query number of each segment
    value = flat.prior + 0.0
    positions = _pick(flat, flat.prior)
    multi = np.diff(np.append(flat.starts, len(value))) > 1
    multi_candidate = multi[np.searchsorted(flat.starts, np.arange(len(value)), side="right") - 1]
    only_in_country = _alone_in_its_country(flat)  # the same in both rounds
    for _round in range(2):
        chosen: list[int | None] = [None] * len(queries)
        for number, position in zip(numbers, positions, strict=True):
            chosen[number] = int(flat.entries[position])
        total_focus, per_key = _focus(gaz, chosen, queries, first=_round == 0)
        focus_array = np.zeros(n_countries)
        for code, weight in total_focus.items():
            focus_array[code] += weight
        own_code = np.full(len(queries), -1, dtype=np.int64)
        own_weight = np.zeros(len(queries))
        for i, query in enumerate(queries):
            mine = per_key.get(query.key)
            if mine is not None:
                own_code[i], own_weight[i] = mine
        continents: Counter = Counter()
        for code, weight in total_focus.items():
            if code_continent[code]:
                continents[code_continent[code]] += weight
        main_continent, main_weight = (continents.most_common(1) or [("", 0.0)])[0]
        continent_share = main_weight / (sum(continents.values()) or 1.0)
        # what the names of the document point at: countries, divisions, points
        picked = positions
        picked_kinds = flat.kinds[picked]
        subnational = np.isin(picked_kinds, (_CITY, *_ADMIN))
        admin_pairs, admin_counts = np.unique(flat.pairs[picked][subnational], return_counts=True)
        admin_total = admin_counts.sum() or 1.0
        keys_seen: set[int] = set()
        point_rows = []
        for position in picked:
            key = int(flat.key[position])
            if not flat.located[position] or key in keys_seen:
                continue  # each distinct name vouches once
            keys_seen.add(key)
            point_rows.append(position)
        point_rows = np.array(point_rows, dtype=np.int64)
        point_key = flat.key[point_rows]
        point_code = flat.codes[point_rows]
        keys_in_country = np.zeros(n_countries)
        np.add.at(keys_in_country, point_code, 1.0)

        # country focus, minus the name's own vote
        owner_code = own_code[flat.owner]
        owner_weight = own_weight[flat.owner]
        focus = focus_array[flat.codes] - np.where(flat.codes == owner_code, owner_weight, 0.0)
        total = focus_array.sum() - owner_weight
        total = np.where(total > 0, total, 1.0)
        value = flat.prior + flat.fixed + FOCUS_WEIGHT * focus / total
        # a country next to the ones the document is about ("Gaza" in a story
        # about Israel and Yemen is not Mozambique's province)
        near_focus = _neighbour_matrix(gaz) @ focus_array
        value = value + NEIGHBOUR_WEIGHT * near_focus[flat.codes] / total
        if focus_array.any():
            # a division's kind prior stands for its weight in the story: a division
            # of a country the story neither names nor borders has none
            alone = (focus + near_focus[flat.codes] <= 0) & np.isin(flat.kinds, _ADMIN)
            value = value - np.where(alone, UNSUPPORTED_DIVISION, 0.0)
        if main_continent:
            same = code_continent[flat.codes] == main_continent
            value = value + np.where(same, CONTINENT_WEIGHT * continent_share, 0.0)
        if len(admin_pairs):
            where = np.clip(np.searchsorted(admin_pairs, flat.pairs), 0, len(admin_pairs) - 1)
            hits = np.where(admin_pairs[where] == flat.pairs, admin_counts[where], 0)
            value = value + ADMIN_FOCUS_WEIGHT * hits / admin_total
        is_country = flat.kinds == _COUNTRY
        if is_country.any():
            inside = keys_in_country[flat.codes]
            own_in = np.zeros(len(value), dtype=bool)
            for key, code in zip(point_key, point_code, strict=True):
                own_in |= (flat.key == key) & (flat.codes == code)
            inside = inside - own_in
            value = value + np.where(is_country, np.minimum(inside, 3) * 0.8, 0.0)
        if len(point_rows):
            rows = np.flatnonzero(multi_candidate & flat.located)
            if len(rows):
                dist = km_matrix(
                    flat.lat[rows], flat.lon[rows], flat.lat[point_rows], flat.lon[point_rows]
                )
                others = flat.key[rows][:, None] != point_key[None, :]
                near = np.minimum(((dist < _NEAR_KM) & others).sum(axis=1), 3) * NEAR_WEIGHT
                # ties (the reaches of a river, namesakes equally near) go to the closest
                closest = np.where(others, dist, np.inf).min(axis=1)
                near -= TIE_WEIGHT * np.minimum(closest, 1000.0) / 1000.0
                # a town a few kilometres from another place the story names, the only
                # one of its name in its country (between namesakes of two countries)
                town = (flat.kinds[rows] == _CITY) & only_in_country[rows]
                near += np.where(town & (closest < CLOSE_KM), CLOSE_WEIGHT, 0.0)
                # the reaches of one river: the one nearest the story's places
                # (places named early, the story's own, count most)
                river = _code_mask(gaz, _RIVER_CODES)[gaz._fcode[flat.entries[rows]]]
                if river.any():
                    weights = np.where(others, 1.0 / (1.0 + np.arange(len(point_rows))), 0.0)
                    mean = (weights * np.minimum(dist, 2000.0)).sum(axis=1) / np.maximum(
                        weights.sum(axis=1), 1e-9
                    )
                    owners = flat.owner[rows]
                    best = np.full(len(queries), np.inf)
                    np.minimum.at(best, owners[river], mean[river])
                    gap = mean - best[owners]
                    near = np.where(river, -np.where(np.isfinite(gap), gap, 0.0) / 200.0, near)
                value[rows] += near
        positions = _pick(flat, value)

    results: list[Resolution] = [Resolution(None, 0.0, "no candidate") for _ in queries]
    sizes = np.diff(np.append(flat.starts, len(value)))
    for number, start, size, position in zip(numbers, flat.starts, sizes, positions, strict=True):
        best = int(flat.entries[position])
        if size == 1:
            results[number] = Resolution(best, _ONLY_CANDIDATE, "only candidate")
            continue
        ranked = np.sort(value[start : start + size])[::-1]
        margin = float(ranked[0] - ranked[1])
        confidence = 1.0 / (1.0 + math.exp(-margin))
        results[number] = Resolution(
            best, round(confidence, 3), f"best of {size} (margin {margin:.1f})"
        )
    return results
