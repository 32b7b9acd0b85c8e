"""Offline gazetteer: place index, name normalisation, candidate search, resolution.

>>> import gazetteer
>>> gaz = gazetteer.load()  # doctest: +SKIP
>>> gaz.lookup("Deir ez-Zor")[0].name  # doctest: +SKIP
'Deir ez-Zor'
"""

from __future__ import annotations

import functools

from gazetteer.countries import CountryInfo, country_info
from gazetteer.errors import GazetteerDataError, GazetteerError
from gazetteer.index import Entry, Gazetteer
from gazetteer.kinds import Flag, Kind

__all__ = [
    "CountryInfo",
    "Entry",
    "Flag",
    "Gazetteer",
    "GazetteerDataError",
    "GazetteerError",
    "Kind",
    "country_info",
    "load",
]


@functools.cache
def load() -> Gazetteer:
    """Return the place index, building its cache on first use.

    The result is cached for the life of the process; it is immutable and
    picklable, so it can be shipped to worker processes.
    """
    from gazetteer.cache import build_cache, read_cache

    tables, automaton = read_cache(build_cache())
    return Gazetteer(tables, automaton)
