"""``geomap places``: find and resolve the places each article mentions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from geomap.cli.app import app
from geomap.cli.common import documents, fail
from geomap.errors import GeomapError


@app.command("places")
def places_command(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.txt, .jsonl, .csv), folders, or - for stdin.")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl (one line per document) or geojson.")
    ] = "jsonl",
    fast: Annotated[
        bool, typer.Option("--fast", help="Rules and gazetteer only, no spaCy model.")
    ] = False,
    demonyms: Annotated[
        bool, typer.Option("--demonyms", help="Report nationality words as places.")
    ] = False,
    org_names: Annotated[
        bool,
        typer.Option(
            "--org-names",
            help="Also report place names inside organisation names (Kenya Defence Forces).",
        ),
    ] = False,
    gazetteer_file: Annotated[
        list[Path] | None,
        typer.Option(
            "--gazetteer", help="CSV of extra places (name, lat, lon, ...); wins over GeoNames."
        ),
    ] = None,
    online: Annotated[
        bool, typer.Option("--online", help="Ask Nominatim for names the index lacks.")
    ] = False,
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Report and skip bad records.")
    ] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
) -> None:
    """Find every place each article mentions and resolve it to coordinates."""
    import gazetteer
    from geomap.pipeline import process_documents

    if fmt not in ("jsonl", "geojson"):
        raise fail(f"unknown --format {fmt!r}; expected jsonl or geojson")
    try:
        gaz = gazetteer.load()
        if gazetteer_file:
            from gazetteer.custom import extend_with_files

            gaz = extend_with_files(gaz, gazetteer_file)
        resolver = None
        if online:
            from gazetteer.online import OnlineGeocoder

            resolver = OnlineGeocoder()
        results = []
        results_stream = process_documents(
            documents(inputs, skip_bad=skip_bad),
            gaz,
            workers=workers,
            fast=fast,
            events=False,
            demonyms=demonyms,
            org_names=org_names,
        )
        pairs = ((r.doc, r.places) for r in results_stream)
        for doc, places in pairs:
            if resolver is not None:
                places = [resolver.complete(p) for p in places]
            results.append((doc, places))
            print(f"geomap: {doc.id}: {len(places)} places", file=sys.stderr)
        _write(results, fmt, output)
    except GeomapError as err:
        raise fail(str(err)) from err


def _write(results, fmt: str, output: Path | None) -> None:
    if fmt == "geojson":
        from geomap.export import write_places

        if output is None:
            from geomap.export import places_geojson

            sys.stdout.write(places_geojson(results))
            return
        write_places(results, output, fmt="geojson")
        return
    lines = [
        json.dumps({"id": doc.id, "places": [p.to_dict() for p in places]}, ensure_ascii=False)
        for doc, places in results
    ]
    if output is None:
        sys.stdout.write("".join(line + "\n" for line in lines))
        return
    from geomap.atomic import atomic_text

    with atomic_text(output) as stream:
        stream.writelines(line + "\n" for line in lines)
