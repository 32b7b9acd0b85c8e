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

_KIND_PRIOR = {
    Kind.COUNTRY: 9.0,
    Kind.CONTINENT: 7.0,
    Kind.REGION: 6.0,
    Kind.SEA: 6.0,
    Kind.ISLAND: 5.5,
    Kind.ADMIN1: 5.5,
    Kind.ADMIN2: 3.0,
    Kind.CUSTOM: 9.0,
}
_NEAR_KM = 350.0


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


@dataclass(slots=True)
class Resolution:
    """The chosen place (``entry`` None when nothing fits) and why."""

    entry: int | None
    score: float
    reason: str


def _prior(gaz: Gazetteer, entry: int, flag: Flag, query: Query) -> float:
    kind = Kind(int(gaz._kind[entry]))
    population = int(gaz._population[entry])
    if kind == Kind.CITY:
        value = math.log10(population + 10)
        if gaz._fcode_list[gaz._fcode[entry]] == "PPLC":
            value += 1.0
        if query.city_word:
            value += 2.0
    else:
        value = _KIND_PRIOR.get(kind, 4.0)
        if kind in (Kind.ADMIN1, Kind.ADMIN2) and query.admin_word:
            value += 4.0
    if flag == Flag.MAIN:
        value += 1.0
    if math.isnan(gaz._lat[entry]):
        value -= 3.0
    return value


def _same_named_city_nearby(gaz: Gazetteer, entries: Sequence[int], entry: int) -> bool:
    """An admin1/admin2 that shares its name with a sizeable city inside it."""
    country = gaz._country[entry]
    admin1 = gaz._admin1[entry]
    for other in entries:
        if (
            gaz._kind[other] == Kind.CITY
            and gaz._country[other] == country
            and gaz._admin1[other] == admin1
            and gaz._population[other] >= 5000
        ):
            return True
    return False


def _haversine_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    p = math.pi / 180
    h = (
        np.sin((lats - lat) * p / 2) ** 2
        + math.cos(lat * p) * np.cos(lats * p) * np.sin((lons - lon) * p / 2) ** 2
    )
    return 12742 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


def resolve(gaz: Gazetteer, queries: Sequence[Query]) -> list[Resolution]:
    """Resolve every mention of one document together.

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
    country_of = gaz._country_list
    priors: list[dict[int, float]] = []
    for query in queries:
        entries = [e for e, _ in query.candidates]
        scores: dict[int, float] = {}
        for entry, flag in query.candidates:
            value = _prior(gaz, entry, flag, query)
            kind = gaz._kind[entry]
            if (
                kind in (Kind.ADMIN1, Kind.ADMIN2)
                and not query.admin_word
                and _same_named_city_nearby(gaz, entries, entry)
            ):
                value -= 4.0  # "Aleppo" is the city unless "Aleppo province"
            cc = country_of[gaz._country[entry]]
            if query.country:
                value += 6.0 if cc == query.country else -6.0
            if query.admin1:
                same = cc == query.admin1[0] and (
                    gaz._admin1_list[gaz._admin1[entry]] == query.admin1[1]
                )
                value += 8.0 if same else -4.0
            scores[entry] = max(value, scores.get(entry, -99.0))
        priors.append(scores)

    # Country focus from what is unambiguous: countries, demonyms, single-candidate names.
    focus: Counter[str] = Counter()
    for query, scores in zip(queries, priors, strict=True):
        if not scores:
            continue
        best = max(scores, key=scores.get)
        countries = {country_of[gaz._country[e]] for e in scores}
        cc = country_of[gaz._country[best]]
        if not cc:
            continue
        if gaz._kind[best] == Kind.COUNTRY:
            focus[cc] += 2.0
        elif len(countries) == 1:
            focus[cc] += 1.0
        if query.country:
            focus[query.country] += 1.0

    chosen: list[int | None] = [max(s, key=s.get) if s else None for s in priors]
    final: list[dict[int, float]] = priors
    for _round in range(2):
        total = sum(focus.values()) or 1.0
        points = [
            (i, gaz._lat[c], gaz._lon[c])
            for i, c in enumerate(chosen)
            if c is not None and not math.isnan(gaz._lat[c]) and gaz._kind[c] != Kind.CONTINENT
        ]
        updated: list[dict[int, float]] = []
        for i, scores in enumerate(priors):
            new: dict[int, float] = {}
            others = [(la, lo) for j, la, lo in points if j != i]
            lats = np.array([p[0] for p in others]) if others else None
            lons = np.array([p[1] for p in others]) if others else None
            for entry, value in scores.items():
                cc = country_of[gaz._country[entry]]
                share = focus.get(cc, 0.0) / total
                value += 3.0 * share
                if lats is not None and gaz._kind[entry] not in (Kind.COUNTRY, Kind.CONTINENT):
                    lat = gaz._lat[entry]
                    if not math.isnan(lat):
                        dist = _haversine_km(lat, gaz._lon[entry], lats, lons)
                        near = int((dist < _NEAR_KM).sum())
                        value += min(near, 3) * 0.8
                new[entry] = value
            updated.append(new)
        final = updated
        chosen = [max(s, key=s.get) if s else None for s in final]
        focus = Counter()
        for c in chosen:
            if c is not None and country_of[gaz._country[c]]:
                weight = 2.0 if gaz._kind[c] == Kind.COUNTRY else 1.0
                focus[country_of[gaz._country[c]]] += weight

    results: list[Resolution] = []
    for scores, best in zip(final, chosen, strict=True):
        if best is None:
            results.append(Resolution(None, 0.0, "no candidate"))
            continue
        ranked = sorted(scores.values(), reverse=True)
        margin = ranked[0] - ranked[1] if len(ranked) > 1 else 4.0
        confidence = 1.0 / (1.0 + math.exp(-margin))
        reason = "only candidate" if len(ranked) == 1 else f"best of {len(ranked)} (margin {margin:.1f})"
        results.append(Resolution(best, round(confidence, 3), reason))
    return results
