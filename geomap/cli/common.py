"""Helpers shared by the sub-commands: reading inputs, reporting errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import typer

from geomap.errors import GeomapError, InputError
from geomap.readers import read_documents
from geomap.records import Document


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a one-line error to stderr and return the exit to raise."""
    print(f"geomap: error: {message}", file=sys.stderr)
    return typer.Exit(code)


def documents(inputs: list[str], *, skip_bad: bool) -> Iterator[Document]:
    """Stream documents, reporting skipped records on stderr."""

    def report(err: InputError) -> None:
        print(f"geomap: skipped: {err}", file=sys.stderr)

    try:
        yield from read_documents(inputs, skip_bad=skip_bad, on_skip=report)
    except GeomapError as err:
        raise fail(str(err)) from err
