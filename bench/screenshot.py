"""Take a screenshot of a map HTML file in headless Chromium.

    python bench/screenshot.py outputs/map.html outputs/map.png

Uses Debian's ``/usr/bin/chromium`` through Playwright (never downloads a
browser). Prints the console errors it saw; exits non-zero when Chromium is
missing so ``make demo`` says so clearly.
"""

from __future__ import annotations

import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def main(argv: list[str]) -> int:
    """Render ``argv[0]`` and save a PNG to ``argv[1]``."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    html, png = Path(argv[0]).resolve(), Path(argv[1])
    if not Path(CHROMIUM).exists():
        print(f"screenshot: {CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(html.as_uri(), wait_until="load")
        page.wait_for_timeout(1500)
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        browser.close()
    print(f"screenshot: {png} ({len(errors)} console errors)", file=sys.stderr)
    for error in errors:
        print(f"  console: {error}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
