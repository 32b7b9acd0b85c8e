"""Command-line interface: ``geomap places``, ``geomap events``, ``geomap map``.

Each sub-command lives in its own module and registers itself on
:data:`geomap.cli.app.app`; this module imports them and exposes ``main``.
"""

from __future__ import annotations

from geomap.cli import events as _events  # noqa: F401  (registers the command)
from geomap.cli import map as _map  # noqa: F401  (registers the command)
from geomap.cli import places as _places  # noqa: F401  (registers the command)
from geomap.cli.app import app


def main() -> None:
    """Entry point of the ``geomap`` console script."""
    app()
