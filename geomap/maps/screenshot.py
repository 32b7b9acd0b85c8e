"""Take a PNG screenshot of a map in headless Chromium (for ``make demo`` and the README).

Usage: ``python -m geomap.maps.screenshot outputs/map.html -o outputs/map.png``.
Uses Debian's ``/usr/bin/chromium`` through Playwright (never downloads a
browser). With ``--popup`` the first event's popup is opened first.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from geomap.atomic import atomic_path
from geomap.errors import GeomapError

CHROMIUM = os.environ.get("GEOMAP_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
OPEN_FIRST_POPUP = """(wanted) => {
    let items = geomap.eventLayers().filter(x => geomap.map.hasLayer(x.entry.group));
    if (wanted) items = items.filter(x => x.id === wanted);
    const key = x => x.layer.getLatLng ? x.layer.getLatLng().toString() : "";
    const seen = {};
    items.forEach(x => { seen[key(x)] = (seen[key(x)] || 0) + 1; });
    const alone = items.filter(x => x.layer instanceof L.Marker && seen[key(x)] === 1);
    const item = alone[0] || items[0];
    if (!item) return false;
    if (item.layer instanceof L.Marker) {
        geomap.map.setView(item.layer.getLatLng(), Math.max(geomap.map.getZoom(), 7));
        item.entry.cluster.zoomToShowLayer(item.layer, () => item.layer.openPopup());
    } else {
        const inner = item.layer.getLayers ? item.layer.getLayers()[0] : item.layer;
        inner.fire("click", {latlng: inner.getBounds().getCenter()}, true);
    }
    return true;
}"""


def screenshot(
    html: str | Path,
    png: str | Path,
    *,
    width: int = 1400,
    height: int = 900,
    popup: bool = False,
    event_id: str | None = None,
) -> Path:
    """Render ``html`` in headless Chromium and write a PNG to ``png`` (atomically).

    With ``popup``, the popup of ``event_id`` (default: the first event
    whose marker stands alone) is opened first.

    Raises
    ------
    GeomapError
        When Chromium or Playwright is missing, or the page reports errors.
    """
    if not Path(CHROMIUM).exists():
        raise GeomapError(f"{CHROMIUM} not found: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        raise GeomapError("playwright is not installed (pip install playwright)") from err
    errors: list[str] = []
    png = Path(png)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on("pageerror", lambda err: errors.append(str(err)))
            page.goto(Path(html).resolve().as_uri(), wait_until="load")
            page.wait_for_function("window.geomap && window.geomap.layers !== undefined")
            if popup and page.evaluate(OPEN_FIRST_POPUP, event_id):
                page.wait_for_selector(".leaflet-popup-content", timeout=5000)
            page.wait_for_timeout(1500)  # tiles (online maps) and cluster animations
            with atomic_path(png) as tmp:
                page.screenshot(path=str(tmp))
        finally:
            browser.close()
    if errors:
        raise GeomapError(f"{html}: the page raised: {errors[0]}")
    return png


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--popup", action="store_true", help="open the first event's popup")
    parser.add_argument("--event", help="with --popup: the id of the event to open")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    try:
        path = screenshot(
            args.html,
            args.output,
            width=args.width,
            height=args.height,
            popup=args.popup or bool(args.event),
            event_id=args.event,
        )
    except GeomapError as err:
        print(f"geomap: error: {err}", file=sys.stderr)
        return 2
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
