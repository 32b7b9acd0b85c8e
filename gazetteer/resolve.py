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
CONTINENT_WEIGHT = 1.0
LIST_WEIGHT = 8.0  # with three or more other members; less for shorter lists
_MAX_CANDIDATES = 40
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
    city_word : bool
        The name is preceded or followed by "city", "town", "village"...
    """

    candidates: list[tuple[int, Flag]]
    country: str | None = None
    admin1: tuple[str, str] | None = None
    admin_word: bool = False
    city_word: bool = False
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
    entries = np.fromiter((e for e, _ in query.candidates), dtype=np.int64)
    flags = np.fromiter((int(f) for _, f in query.candidates), dtype=np.int64)
    kinds = gaz._kind[entries].astype(np.int64)
    population = gaz._population[entries]
    is_city = kinds == _CITY
    value = np.where(is_city, np.log10(population + 10.0), _KIND_PRIOR[kinds])
    capital = np.fromiter(
        (gaz._fcode_list[c] == "PPLC" for c in gaz._fcode[entries]), dtype=bool, count=len(entries)
    )
    value = value + np.where(is_city & capital, CAPITAL_BONUS, 0.0)
    is_admin = (kinds == _ADMIN[0]) | (kinds == _ADMIN[1])
    shadow = np.zeros(len(entries))
    if query.city_word:
        value = value + np.where(is_city, 2.0, 0.0)
    if query.admin_word:
        value = value + np.where(is_admin, 4.0, 0.0)
    elif is_admin.any():
        # "Aleppo" is the city unless the text says "Aleppo province"
        # (admin1 codes of cities and divisions come from different sources and
        # do not always agree: a big city of the same country is enough)
        big = is_city & (population >= 5000) & (flags == int(Flag.MAIN))
        towns = {(gaz._country[e], gaz._admin1[e]) for e in entries[big]}
        cities = set(gaz._country[entries[big & (population >= 100_000)]].tolist())
        if towns:
            shadowed = np.fromiter(
                (
                    (gaz._country[e], gaz._admin1[e]) in towns or gaz._country[e] in cities
                    for e in entries
                ),
                dtype=bool,
                count=len(entries),
            )
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
        same = np.fromiter(
            (
                gaz._country_list[c] == cc and gaz._admin1_list[a] == code
                for c, a in zip(codes, gaz._admin1[entries], strict=True)
            ),
            dtype=bool,
            count=len(entries),
        )
        value = value + np.where(same, 8.0, -4.0)
    if len(entries) > _MAX_CANDIDATES:
        keep = np.argsort(-value)[:_MAX_CANDIDATES]
        entries, value, shadow = entries[keep], value[keep], shadow[keep]
    return entries, value, shadow


def _haversine_km(
    lat: np.ndarray, lon: np.ndarray, lats: np.ndarray, lons: np.ndarray
) -> np.ndarray:
    """Distance matrix (len(lat) x len(lats)) in km."""
    p = math.pi / 180
    lat, lon = lat[:, None] * p, lon[:, None] * p
    lats, lons = lats[None, :] * p, lons[None, :] * p
    h = np.sin((lats - lat) / 2) ** 2 + np.cos(lat) * np.cos(lats) * np.sin((lons - lon) / 2) ** 2
    return 12742 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


def _focus(
    gaz: Gazetteer, chosen: list[int | None], queries: Sequence[Query], *, first: bool
) -> dict[int, Counter]:
    """Country weights per name key: what the other names of the document point at.

    Each distinct name counts once. In the first round only names that are
    not ambiguous across countries (or are countries) count.
    """
    per_key: dict[int, tuple[int, float]] = {}
    for best, query in zip(chosen, queries, strict=True):
        if best is None or query.key in per_key:
            continue
        code = int(gaz._country[best])
        if not gaz._country_list[code]:
            continue
        countries = {int(gaz._country[e]) for e, _ in query.candidates[:_MAX_CANDIDATES]}
        if gaz._kind[best] == _COUNTRY:
            weight = 2.0
        elif len(countries) == 1 or query.country:
            weight = 1.0
        else:
            weight = 0.0 if first else 0.5
        if weight:
            per_key[query.key] = (code, weight)
    total: Counter = Counter()
    for code, weight in per_key.values():
        total[code] += weight
    result: dict[int, Counter] = {}
    for key, (code, weight) in per_key.items():
        own = Counter(total)
        own[code] -= weight
        result[key] = own
    result[-2] = total
    return result


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
            query.city_word,
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
        same = np.isin(own_class, classes) & (national | (own_country == country))
        total += same
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


def _resolve_unique(
    gaz: Gazetteer, queries: Sequence[Query], lists: Sequence[set[int]] = ()
) -> list[Resolution]:
    empty = (np.zeros(0, np.int64), np.zeros(0), np.zeros(0))
    with_shadow = [_priors_with_shadow(gaz, q) if q.candidates else empty for q in queries]
    priors = [(e, v) for e, v, _ in with_shadow]
    list_shares = _list_shares(gaz, queries, priors, lists) if lists else {}
    chosen: list[int | None] = [int(e[np.argmax(v)]) if len(e) else None for e, v in priors]
    longer_names = _longer_names(gaz, queries)
    final = [v for _, v in priors]
    for _round in range(2):
        focus_by_key = _focus(gaz, chosen, queries, first=_round == 0)
        continent_of = gaz._t.get("continent_of", {})
        code_continent = np.array(
            [continent_of.get(code, "") for code in gaz._country_list], dtype=object
        )
        continents: Counter = Counter()
        for code, weight in focus_by_key[-2].items():
            if code_continent[code]:
                continents[code_continent[code]] += weight
        main_continent, main_weight = (continents.most_common(1) or [("", 0.0)])[0]
        continent_share = main_weight / (sum(continents.values()) or 1.0)
        admin_focus: Counter = Counter(
            (gaz._country[c], gaz._admin1[c])
            for c in chosen
            if c is not None and gaz._kind[c] in (_CITY, _ADMIN[0], _ADMIN[1])
        )
        admin_total = sum(admin_focus.values()) or 1.0
        located = []
        seen_keys: set[int] = set()
        for i, c in enumerate(chosen):
            if c is None or math.isnan(gaz._lat[c]) or gaz._kind[c] in (_COUNTRY, _CONTINENT):
                continue
            if queries[i].key in seen_keys:
                continue  # each distinct name vouches once
            seen_keys.add(queries[i].key)
            located.append((i, c))
        point_owner = np.array([queries[i].key for i, _ in located], dtype=np.int64)
        country_keys: dict[int, set[int]] = {}
        for i, c in located:
            country_keys.setdefault(int(gaz._country[c]), set()).add(queries[i].key)
        point_lat = np.array([gaz._lat[c] for _, c in located])
        point_lon = np.array([gaz._lon[c] for _, c in located])
        updated: list[np.ndarray] = []
        for i, (entries, value) in enumerate(priors):
            if not len(entries):
                updated.append(value)
                continue
            share = list_shares.get(i)
            if share is not None:
                # a list of divisions ("Oregon and Washington") lifts the big-city shadow
                value = value + (LIST_WEIGHT + with_shadow[i][2]) * share
            codes = gaz._country[entries]
            focus = focus_by_key.get(queries[i].key, focus_by_key[-2])
            total = sum(v for v in focus.values() if v > 0) or 1.0
            share = np.fromiter((focus.get(c, 0.0) for c in codes), dtype=float, count=len(entries))
            value = value + FOCUS_WEIGHT * share / total
            if main_continent:
                same = code_continent[codes] == main_continent
                value = value + np.where(same, CONTINENT_WEIGHT * continent_share, 0.0)
            admins = gaz._admin1[entries]
            admin_share = np.fromiter(
                (admin_focus.get((c, a), 0) for c, a in zip(codes, admins, strict=True)),
                dtype=float,
                count=len(entries),
            )
            value = value + ADMIN_FOCUS_WEIGHT * admin_share / admin_total
            kinds = gaz._kind[entries]
            is_country = kinds == _COUNTRY
            if is_country.any():
                inside = np.fromiter(
                    (len(country_keys.get(int(c), set()) - {queries[i].key}) for c in codes),
                    dtype=float,
                    count=len(entries),
                )
                value = value + np.where(is_country, np.minimum(inside, 3) * 0.8, 0.0)
            taken = longer_names.get(queries[i].key)
            if taken:
                # "Mexico" beside "Mexico City": the writer means another place
                value = value - np.where(np.isin(entries, list(taken)), 3.0, 0.0)
            others = point_owner != queries[i].key
            if others.any() and len(entries) > 1:
                lat = gaz._lat[entries]
                ok = ~np.isnan(lat)
                if ok.any():
                    dist = _haversine_km(
                        np.nan_to_num(lat),
                        np.nan_to_num(gaz._lon[entries]),
                        point_lat[others],
                        point_lon[others],
                    )
                    near = np.minimum((dist < _NEAR_KM).sum(axis=1), 3) * NEAR_WEIGHT
                    kinds = gaz._kind[entries]
                    near = np.where(ok & (kinds != _COUNTRY) & (kinds != _CONTINENT), near, 0.0)
                    value = value + near
            updated.append(value)
        final = updated
        chosen = [
            int(e[np.argmax(v)]) if len(e) else None
            for (e, _), v in zip(priors, final, strict=True)
        ]

    results: list[Resolution] = []
    for scores, best in zip(final, chosen, strict=True):
        if best is None:
            results.append(Resolution(None, 0.0, "no candidate"))
            continue
        ranked = np.sort(scores)[::-1]
        margin = float(ranked[0] - ranked[1]) if len(ranked) > 1 else 4.0
        confidence = 1.0 / (1.0 + math.exp(-margin))
        reason = (
            "only candidate" if len(ranked) == 1 else f"best of {len(ranked)} (margin {margin:.1f})"
        )
        results.append(Resolution(best, round(confidence, 3), reason))
    return results
