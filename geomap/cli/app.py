"""The Typer application every sub-command registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="geomap",
    help="Map places and conflict events reported in news articles, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Map places and conflict events reported in news articles, offline."""
