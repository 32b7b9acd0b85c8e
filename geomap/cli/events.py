"""``geomap events``: extract ACLED-coded conflict events and write them for GIS tools."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from geomap.cli.app import app
from geomap.cli.common import documents, fail
from geomap.errors import GeomapError


@app.command("events")
def events_command(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.txt, .jsonl, .csv), folders, or - for stdin.")
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o", "--output", help="Output file: .geojson, .gpkg, .csv, .parquet or .jsonl."
        ),
    ],
    fast: Annotated[
        bool, typer.Option("--fast", help="No spaCy model: rules and gazetteer only.")
    ] = False,
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Report and skip bad records.")
    ] = False,
) -> None:
    """Extract the conflict events each article reports and write them to OUTPUT."""
    import gazetteer
    from geomap.export import write_events
    from geomap.pipeline import process_document

    try:
        gaz = gazetteer.load()
        nlp = None
        if not fast:
            from geomap.events.nlp import load_nlp

            nlp = load_nlp()
        found = []
        for doc in documents(inputs, skip_bad=skip_bad):
            result = process_document(doc, gaz, nlp=nlp, fast=fast, events=not fast)
            events = result.events
            if fast:  # lexical rules only: no sentence is parsed
                from geomap.events import extract_events

                events = extract_events(doc, result.places, parse=False)
            found.extend(events)
            print(f"geomap: {doc.id}: {len(events)} events", file=sys.stderr)
        report = write_events(found, output)
    except GeomapError as err:
        raise fail(str(err)) from err
    print(f"geomap: wrote {output} ({_describe(report, len(found))})", file=sys.stderr)


def _describe(report, total: int) -> str:
    text = f"{report.written} of {total} events"
    if report.left_out:
        text += f"; {report.left_out} without a place left out of the map format"
    return text
