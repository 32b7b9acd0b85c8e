"""Benchmark the event map: build time, HTML size and browser load time.

Usage: ``.venv/bin/python bench/map.py [--sizes 1000 10000 100000] [--online]``

Builds offline maps of synthetic events (random points in four countries,
six event types, 10% negated or hypothetical, 5% region-level, 2% with a
movement origin, dates over a year), writes them under ``outputs/bench/``,
and loads each in headless Chromium (/usr/bin/chromium), timing until the
map's layers are ready. Prints one line per size.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geomap.maps.render import map_html, render_map  # noqa: E402
from geomap.records import Event  # noqa: E402

TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Violent demonstration"),
    ("Strategic developments", "Looting/property destruction"),
]
AREAS = [  # (country, iso3, south, west, north, east)
    ("Syria", "SYR", 32.5, 35.8, 37.2, 42.0),
    ("Yemen", "YEM", 12.8, 42.8, 18.5, 52.0),
    ("Ukraine", "UKR", 45.5, 23.0, 52.0, 40.0),
    ("Sudan", "SDN", 9.0, 22.5, 21.5, 38.0),
]


def synthetic_events(n: int, seed: int = 7, places: int | None = 5000) -> list[Event]:
    """Return ``n`` reproducible synthetic events.

    Geoparsed events sit on gazetteer points, so by default they are spread
    over ``places`` distinct points; ``places=None`` gives every event its
    own random point (the worst case for the map).
    """
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    sites = []
    for _ in range(places or 0):
        country, iso3, s, w, nn, e = rng.choice(AREAS)
        sites.append((country, iso3, round(rng.uniform(s, nn), 5), round(rng.uniform(w, e), 5)))
    events = []
    for i in range(n):
        kind, sub = rng.choice(TYPES)
        if sites:
            country, iso3, lat, lon = rng.choice(sites)
        else:
            country, iso3, s, w, nn, e = rng.choice(AREAS)
            lat, lon = rng.uniform(s, nn), rng.uniform(w, e)
        roll = rng.random()
        modality = "negated" if roll < 0.05 else "hypothetical" if roll < 0.10 else "asserted"
        moving = rng.random() < 0.02
        events.append(
            Event(
                event_id=f"ev-{i}",
                doc_id=f"doc-{i // 5}",
                event_type=kind,
                sub_event_type=sub,
                disorder_type="Political violence",
                event_date=(start + timedelta(days=rng.randrange(365))).isoformat(),
                actor1="Military Forces",
                actor2="Rebel group",
                fatalities=rng.choice([None, 0, 1, 2, 5, 12]),
                modality=modality,
                location=f"Place {i % 5000}",
                country=country,
                iso3=iso3,
                latitude=round(lat, 5),
                longitude=round(lon, 5),
                geo_precision=3 if rng.random() < 0.05 else 1,
                origin_latitude=round(lat + 0.3, 5) if moving else None,
                origin_longitude=round(lon + 0.3, 5) if moving else None,
                source="Synthetic Wire",
                source_url=f"https://example.org/news/{i // 5}",
                evidence=f"Synthetic sentence number {i} about fighting.",
            )
        )
    return events


def load_seconds(path: Path) -> tuple[float, int]:
    """Open ``path`` in headless Chromium; return (seconds until layers ready, JS errors)."""
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.on("pageerror", lambda err: errors.append(str(err)))
        started = time.perf_counter()
        page.goto(path.resolve().as_uri(), wait_until="load", timeout=120_000)
        page.wait_for_function("window.geomap && window.geomap.layers", timeout=120_000)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
        elapsed = time.perf_counter() - started
        browser.close()
    return elapsed, len(errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--online", action="store_true", help="online maps (tiles) instead")
    parser.add_argument("--no-browser", action="store_true", help="skip the load-time measure")
    parser.add_argument(
        "--places",
        type=int,
        default=5000,
        help="distinct event points (gazetteer places); 0 = a random point per event",
    )
    args = parser.parse_args()
    offline = not args.online
    out = ROOT / "outputs" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    render_map(synthetic_events(10), offline=offline)  # warm caches (outlines, imports)
    print(
        f"{'events':>8} {'strategy':>8} {'build s':>8} {'HTML MB':>8} {'load s':>7} {'errors':>6}"
    )
    for n in args.sizes:
        events = synthetic_events(n)
        started = time.perf_counter()
        m = render_map(events, offline=offline)
        html = map_html(m, offline=offline)
        build = time.perf_counter() - started
        path = out / f"map_{n}.html"
        path.write_text(html, encoding="utf-8")
        strategy = "markers" if n <= 2000 else "fast"
        if args.no_browser:
            load, errors = float("nan"), 0
        else:
            load, errors = load_seconds(path)
        size = path.stat().st_size / 1e6
        print(f"{n:>8} {strategy:>8} {build:>8.2f} {size:>8.1f} {load:>7.2f} {errors:>6}")


if __name__ == "__main__":
    main()
