"""Time the gazetteer: cold build, cached load, and the memory of the loaded index.

Every measurement runs in a fresh subprocess so that nothing is already
imported or cached in memory. The cold build uses a throw-away cache folder
(``GEOMAP_CACHE_DIR`` set to a temporary directory), so the user's cache is
neither read nor replaced; the cached loads then read the file it wrote.

Figures printed per run:

* ``import s``: ``import gazetteer``;
* ``load s``: ``gazetteer.load()`` (a build and a write when cold);
* ``index MB``: resident memory after ``load()`` minus before it;
* ``peak MB``: peak resident memory of the process;
* the cache file size and the size of the pickled index.

Examples
--------
``python bench/gazetteer_load.py``            (one cold build, five cached loads)
``python bench/gazetteer_load.py --repeat 10 --no-cold``  (uses the user cache)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    """Current resident set size of this process in MB (Linux ``/proc``)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child() -> dict[str, float]:
    """Import and load the gazetteer in this process; return the figures."""
    sys.path.insert(0, str(REPO_ROOT))
    began = time.perf_counter()
    import gazetteer
    from gazetteer.cache import cache_path

    imported = time.perf_counter()
    before = rss_mb()
    gaz = gazetteer.load()
    loaded = time.perf_counter()
    after = rss_mb()
    again = time.perf_counter()
    gazetteer.load()
    again = time.perf_counter() - again
    path = cache_path()
    return {
        "import_s": imported - began,
        "load_s": loaded - imported,
        "reload_s": again,
        "index_mb": after - before,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "cache_file_mb": path.stat().st_size / 1e6 if path.exists() else float("nan"),
        "entries": float(len(gaz)) if hasattr(gaz, "__len__") else float("nan"),
    }


def run_child(cache: Path | None) -> dict[str, float]:
    """Run :func:`child` in a fresh interpreter, with ``cache`` as the cache folder."""
    env = dict(os.environ)
    if cache is not None:
        env["GEOMAP_CACHE_DIR"] = str(cache)
    proc = subprocess.run(
        [sys.executable, __file__, "--child"], capture_output=True, text=True, env=env
    )
    if proc.returncode != 0:
        raise SystemExit(f"gazetteer load failed:\n{proc.stderr.strip()}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def pickled_mb(cache: Path | None) -> float:
    """Size of ``pickle.dumps(gazetteer.load())`` (what a worker pool ships), in MB."""
    code = (
        "import pickle, sys; sys.path.insert(0, sys.argv[1]); import gazetteer; "
        "print(len(pickle.dumps(gazetteer.load())) / 1e6)"
    )
    env = dict(os.environ)
    if cache is not None:
        env["GEOMAP_CACHE_DIR"] = str(cache)
    proc = subprocess.run(
        [sys.executable, "-c", code, str(REPO_ROOT)], capture_output=True, text=True, env=env
    )
    return float(proc.stdout.strip()) if proc.returncode == 0 else float("nan")


def show(label: str, figures: dict[str, float]) -> None:
    """Print one row of figures."""
    print(
        f"{label:<14}import {figures['import_s']:6.2f} s  load {figures['load_s']:6.2f} s  "
        f"index {figures['index_mb']:7.1f} MB  peak {figures['peak_mb']:7.1f} MB  "
        f"cache file {figures['cache_file_mb']:6.1f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    """Measure a cold build, then ``--repeat`` cached loads, and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5, help="cached loads to time")
    parser.add_argument("--no-cold", action="store_true", help="skip the build; use user cache")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child()))
        return 0
    with tempfile.TemporaryDirectory(prefix="geomap-gaz-bench-") as tmp:
        cache = None if args.no_cold else Path(tmp)
        if cache is not None:
            show("cold build", run_child(cache))
        runs = [run_child(cache) for _ in range(args.repeat)]
        for number, figures in enumerate(runs, start=1):
            show(f"cached #{number}", figures)
        loads = [r["load_s"] for r in runs]
        print(
            f"cached load: min {min(loads):.3f} s, median {statistics.median(loads):.3f} s, "
            f"max {max(loads):.3f} s; in-process reload {runs[-1]['reload_s'] * 1e6:.1f} µs"
        )
        print(
            f"loaded index: {statistics.median(r['index_mb'] for r in runs):.1f} MB resident; "
            f"pickled for workers: {pickled_mb(cache):.1f} MB; "
            f"peak process {max(r['peak_mb'] for r in runs):.1f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
