"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.

Every page opened through :func:`open_map` records console errors, page
errors, dialogs (``alert``) and every request the page makes, so tests can
assert that an offline map runs cleanly and fetches nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("GEOMAP_CHROMIUM", "/usr/bin/chromium"))
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


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@dataclass
class LoadedPage:
    """A page and everything it did while loading and afterwards."""

    page: object
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def external_requests(self, allowed: str) -> list[str]:
        """Requests for anything but ``allowed`` (the map file itself) and inline data."""
        return [
            url
            for url in self.requests
            if url != allowed and not url.startswith(("data:", "blob:", "about:"))
        ]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium (make test does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def open_map(browser):
    """Return a function that opens an HTML file and returns a :class:`LoadedPage`."""
    contexts = []

    def _open(path: Path, *, width: int = 1280, height: int = 800) -> LoadedPage:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        loaded = LoadedPage(page)
        page.on(
            "console",
            lambda msg: loaded.console_errors.append(msg.text) if msg.type == "error" else None,
        )
        page.on("pageerror", lambda err: loaded.page_errors.append(str(err)))

        def on_dialog(dialog):
            loaded.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("request", lambda request: loaded.requests.append(request.url))
        page.goto(Path(path).resolve().as_uri(), wait_until="load")
        page.wait_for_function("window.geomap && window.geomap.layers !== undefined")
        page.wait_for_timeout(300)
        return loaded

    yield _open
    for context in contexts:
        context.close()
