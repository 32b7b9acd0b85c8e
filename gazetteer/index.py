"""The loaded place index: entries, name keys and the name automaton.

A :class:`Gazetteer` holds columns (numpy arrays) for every place, the sorted
list of folded name keys with the entries each key points at, and an
Aho-Corasick automaton over all keys, so that one pass over a document finds
every known name in it. It is immutable and picklable: load it once and hand
it to worker processes.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick
import numpy as np

from gazetteer.kinds import Flag, Kind
from gazetteer.normalize import fold
from gazetteer.strings import StringTable

_FLAGS = tuple(Flag(v) if v in Flag._value2member_map_ else None for v in range(8))


@dataclass(frozen=True, slots=True)
class Entry:
    """One place of the index.

    ``index`` is its row in the index; ``geonameid`` is None for places that
    come from geomap's own region list or a user file.
    """

    index: int
    geonameid: int | None
    name: str
    kind: Kind
    feature_code: str
    country_code: str
    admin1_code: str
    lat: float | None
    lon: float | None
    population: int

    @property
    def feature(self) -> str:
        """The ``feature`` label of the output contract (country, admin1, city...)."""
        return self.kind.label


@dataclass(frozen=True, slots=True)
class NameHit:
    """A known name found in a folded document, before any filtering."""

    start: int  # offsets into the original text
    end: int
    key: int  # index of the folded key


class Gazetteer:
    """Immutable place index; build with :func:`gazetteer.load`.

    Parameters
    ----------
    tables : dict
        Columns produced by :func:`gazetteer.build.build_tables` and packed
        by :mod:`gazetteer.cache`.
    automaton : ahocorasick.Automaton
        Maps every padded key (``" aleppo "``) to its key number.
    """

    def __init__(self, tables: dict, automaton: ahocorasick.Automaton, overlay: dict | None = None):
        self._t = tables
        self._automaton = automaton
        self._overlay = overlay or {}
        self._geonameid = tables["geonameid"]
        self._lat = tables["lat"]
        self._lon = tables["lon"]
        self._population = tables["population"]
        self._kind = tables["kind"]
        self._names: StringTable = tables["name"]
        self._keys: StringTable = tables["keys"]
        self._key_len = tables["key_len"]
        self._offsets = tables["offsets"]
        self._values = tables["values"]
        self._fcode_list, self._fcode = tables["fcode"]
        self._country_list, self._country = tables["country"]
        self._admin1_list, self._admin1 = tables["admin1"]
        self._by_geonameid: dict[int, int] | None = None
        self._entry_cache: dict[int, list[tuple[int, Flag]]] = {}
        #: Scratch space for data derived from the index (resolver priors...); not pickled.
        self.memo: dict = {}
        self._key_list: list[str] | None = None
        self._country_entries: dict[str, int] | None = None

    # -- construction helpers -------------------------------------------------
    def __reduce__(self):
        return (Gazetteer, (self._t, self._automaton, self._overlay))

    def __len__(self) -> int:
        return len(self._geonameid)

    def key_list(self) -> list[str]:
        """All folded keys as a sorted Python list (decoded on first use; slow, about 2 s)."""
        if self._key_list is None:
            self._key_list = list(self._keys)
        return self._key_list

    def keys_with_prefix(self, prefix: str) -> tuple[int, list[str]]:
        """The sorted folded keys that start with ``prefix``, and the number of the first.

        Only that range is decoded (and kept for the next call), so a fuzzy
        search does not decode the whole key list.
        """
        found = self.memo.get(("prefix", prefix))
        if found is None:
            lo = bisect.bisect_left(self._keys, prefix)
            hi = bisect.bisect_left(self._keys, prefix + "\uffff", lo)
            found = self.memo[("prefix", prefix)] = (lo, self._keys[lo:hi])
        return found

    @property
    def key_count(self) -> int:
        """Number of distinct folded names indexed."""
        return len(self._keys)

    # -- entries -----------------------------------------------------------
    def entry(self, index: int) -> Entry:
        """Return the place at row ``index``."""
        gid = int(self._geonameid[index])
        lat = float(self._lat[index])
        lon = float(self._lon[index])
        return Entry(
            index=int(index),
            geonameid=gid if gid > 0 else None,
            name=self._names[index],
            kind=Kind(int(self._kind[index])),
            feature_code=self._fcode_list[self._fcode[index]],
            country_code=self._country_list[self._country[index]],
            admin1_code=self._admin1_list[self._admin1[index]],
            lat=None if math.isnan(lat) else lat,
            lon=None if math.isnan(lon) else lon,
            population=int(self._population[index]),
        )

    def by_geonameid(self, geonameid: int) -> Entry | None:
        """Return the place with this GeoNames id, if indexed."""
        if self._by_geonameid is None:
            self._by_geonameid = {int(g): i for i, g in enumerate(self._geonameid) if g > 0}
        index = self._by_geonameid.get(int(geonameid))
        return None if index is None else self.entry(index)

    def country(self, code: str) -> Entry | None:
        """Return the country entry of ISO code ``code``."""
        if self._country_entries is None:
            self._country_entries = {
                self._country_list[self._country[i]]: int(i)
                for i in np.flatnonzero(self._kind == Kind.COUNTRY)
            }
        index = self._country_entries.get(code.upper())
        return None if index is None else self.entry(index)

    def polygon(self, geonameid: int):
        """Outline of a country or first-level division (shapely), or None.

        Natural Earth polygons, loaded lazily and cached: see :mod:`gazetteer.shapes`
        (the same outlines the map draws). Raises :class:`GazetteerError` when
        the npm packages holding them are not installed (``make setup``).
        """
        from gazetteer.shapes import polygon

        return polygon(geonameid)

    def admin1_name(self, country_code: str, admin1_code: str) -> str | None:
        """Name of a first-level division from its GeoNames code, e.g. ('SY', '11')."""
        return self._t["admin_names"].get((country_code, admin1_code))

    def admin1_entry(self, country_code: str, admin1_code: str) -> Entry | None:
        """The first-level division entry of a GeoNames admin1 code."""
        index = self._t["admin_entries"].get((country_code, admin1_code))
        return None if index is None else self.entry(index)

    def postal_admin1(self, code: str) -> Entry | None:
        """The division of a postal abbreviation ("NY"), used after a comma."""
        index = self._t["postal"].get(code)
        return None if index is None else self.entry(index)

    # -- names ---------------------------------------------------------------
    def key_text(self, key: int) -> str:
        """The folded name of key number ``key``."""
        base = len(self._keys)
        return self._overlay["keys"][key - base] if key >= base else self._keys[key]

    def key_entries(self, key: int) -> list[tuple[int, Flag]]:
        """Entries a key points at, with how the name relates to each.

        Places from a user file (:meth:`extend`) come first: they win over
        GeoNames entries of the same name.
        """
        cached = self._entry_cache.get(key)
        if cached is not None:
            return list(cached)
        base = len(self._keys)
        if key >= base:
            return [(e, Flag.MAIN) for e in self._overlay["entries"][key - base]]
        values = self._values[self._offsets[key] : self._offsets[key + 1]].tolist()
        found = [(v >> 3, _FLAGS[v & 7]) for v in values]
        extra = self._overlay.get("by_key", {}).get(self._keys[key])
        if extra:
            found = [(e, Flag.MAIN) for e in extra] + found
        self._entry_cache[key] = found
        return list(found)

    def common_word_towns(self, name: str) -> list[tuple[int, Flag]]:
        """Towns named by an ordinary English word, which the name index leaves out.

        "Hit" (Iraq) or "Bar" (Ukraine) would make every "hit" and "bar" a
        place; only words around the name ("the town of Hit") bring these
        entries back. Empty for any other name.

        Examples
        --------
        >>> gaz = load()  # doctest: +SKIP
        >>> {gaz.entry(e).country_code for e, _ in gaz.common_word_towns("Hit")}  # doctest: +SKIP
        {'IQ', ...}
        """
        values = self._t.get("dormant", {}).get(fold(name), ())
        return [(v >> 3, _FLAGS[v & 7]) for v in values]

    def exact_forms(self, key: int) -> tuple[str, ...]:
        """Exact spellings required for an abbreviation key (``U.S.``, ``Calif.``)."""
        return tuple(self._t["exact"].get(self.key_text(key), ()))

    def find_key(self, name: str) -> int | None:
        """Key number of ``name`` after folding, or None."""
        folded = fold(name)
        if not folded:
            return None
        value = self._automaton.get(f" {folded} ", None)
        if value is None and self._overlay.get("keys"):
            keys = self._overlay["keys"]
            return len(self._keys) + keys.index(folded) if folded in keys else None
        return None if value is None else int(value)

    def lookup(self, name: str) -> list[Entry]:
        """Every place indexed under ``name`` (any spelling variant), most populous first.

        Examples
        --------
        >>> gaz = load()  # doctest: +SKIP
        >>> [e.country_code for e in gaz.lookup("Palmyra")][:1]  # doctest: +SKIP
        ['SY']
        """
        key = self.find_key(name)
        if key is None:
            return []
        entries = [self.entry(i) for i, _ in self.key_entries(key)]
        return sorted(entries, key=lambda e: (e.kind.value > Kind.ADMIN1, -e.population))

    def scan(self, folded: str, offsets: list[int]) -> Iterator[NameHit]:
        """Yield every indexed name found in a folded document.

        Parameters
        ----------
        folded, offsets : str, list of int
            The output of :func:`gazetteer.normalize.fold_with_offsets`.
        """
        key_len = self.memo.get("key_len")
        if key_len is None:
            key_len = self.memo["key_len"] = self._key_len.tolist()
        for last, key in self._automaton.iter(folded):
            length = key_len[key]  # padded length, spaces included
            first = last - length + 1
            start = offsets[first + 1]
            end = offsets[last - 1] + 1
            yield NameHit(start, end, key)
        if self._overlay.get("keys"):
            base = len(self._keys)
            for last, number in self._overlay["automaton"].iter(folded):
                padded = self._overlay["keys"][number]
                first = last - len(padded) - 1
                yield NameHit(
                    start=offsets[first + 1], end=offsets[last - 1] + 1, key=base + number
                )

    def extend(self, places: list[dict]) -> Gazetteer:
        """Return a gazetteer that also knows ``places`` (user-supplied rows).

        Parameters
        ----------
        places : list of dict
            Each with ``name``, ``lat``, ``lon`` and optional ``country``
            (ISO2), ``admin1`` and ``alternate_names`` (list of str). They
            win over GeoNames places of the same name.
        """
        tables = dict(self._t)
        n = len(self)
        rows = list(places)
        tables["geonameid"] = np.concatenate([self._geonameid, np.full(len(rows), -1)])
        tables["lat"] = np.concatenate([self._lat, [float(p["lat"]) for p in rows]])
        tables["lon"] = np.concatenate([self._lon, [float(p["lon"]) for p in rows]])
        tables["population"] = np.concatenate([self._population, np.zeros(len(rows), np.int64)])
        tables["kind"] = np.concatenate([self._kind, np.full(len(rows), int(Kind.CUSTOM), np.int8)])
        tables["name"] = StringTable.from_strings([*self._names, *(p["name"] for p in rows)])
        columns = {}
        for column, field_name in (("fcode", None), ("country", "country"), ("admin1", "admin1")):
            values, codes = self._t[column]
            values = list(values)
            extra = []
            for p in rows:
                value = "CUSTOM" if field_name is None else (p.get(field_name) or "")
                if value not in values:
                    values.append(value)
                extra.append(values.index(value))
            columns[column] = (values, np.concatenate([codes, np.asarray(extra, np.int32)]))
        tables.update(columns)
        overlay_keys: list[str] = []
        entries: list[list[int]] = []
        by_key: dict[str, list[int]] = {}
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for offset, p in enumerate(rows):
            for name in [p["name"], *p.get("alternate_names", [])]:
                key = fold(name)
                if not key:
                    continue
                if self.find_key(name) is not None:
                    by_key.setdefault(key, []).append(n + offset)
                    continue
                if key not in overlay_keys:
                    overlay_keys.append(key)
                    entries.append([])
                    automaton.add_word(f" {key} ", len(overlay_keys) - 1)
                entries[overlay_keys.index(key)].append(n + offset)
        if overlay_keys:  # pyahocorasick cannot build an automaton without words
            automaton.make_automaton()
        overlay = {
            "automaton": automaton,
            "keys": overlay_keys,
            "entries": entries,
            "by_key": by_key,
        }
        return Gazetteer(tables, self._automaton, overlay)
