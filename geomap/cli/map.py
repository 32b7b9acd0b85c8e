"""``geomap map``: draw events from articles or an events file on an interactive map."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from geomap.cli.app import app
from geomap.cli.common import documents, fail
from geomap.errors import GeomapError

MODALITY_CHOICES = ("asserted", "negated", "hypothetical")
STRATEGIES = ("auto", "markers", "fast")


@app.command("map")
def map_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Articles (.txt, .jsonl, .csv, folders, - for stdin) or events files "
            "(.geojson, .gpkg, .csv, .jsonl from `geomap events`); told apart by content."
        ),
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path(
        "outputs/map.html"
    ),
    offline: Annotated[
        bool,
        typer.Option(
            "--offline",
            help="One self-contained file: assets inlined, Natural Earth base map, no request.",
        ),
    ] = False,
    since: Annotated[str | None, typer.Option(help="Keep events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Keep events on or before YYYY-MM-DD.")] = None,
    types: Annotated[
        list[str] | None,
        typer.Option("--type", help="Keep this event type or sub-type (repeatable)."),
    ] = None,
    countries: Annotated[
        list[str] | None,
        typer.Option("--country", help="Keep this country: ISO2, ISO3 or name (repeatable)."),
    ] = None,
    actors: Annotated[
        list[str] | None,
        typer.Option("--actor", help="Keep events whose actor contains this text (repeatable)."),
    ] = None,
    min_fatalities: Annotated[
        int | None, typer.Option("--min-fatalities", help="Keep events with at least N killed.")
    ] = None,
    modalities: Annotated[
        list[str] | None,
        typer.Option("--modality", help="asserted, negated or hypothetical (repeatable)."),
    ] = None,
    title: Annotated[str, typer.Option(help="Page title.")] = "geomap: conflict events",
    strategy: Annotated[
        str, typer.Option(help="Markers: auto, markers (icons, full popups) or fast (canvas).")
    ] = "auto",
    heat: Annotated[bool, typer.Option("--heat/--no-heat", help="Add the heat-map layer.")] = True,
    timeline: Annotated[
        bool, typer.Option("--timeline/--no-timeline", help="Add the time-slider layer.")
    ] = True,
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Report and skip bad records.")
    ] = False,
) -> None:
    """Draw events on an interactive map (one HTML file)."""
    from geomap.maps import EventFilter, filter_events, render_map, save_map
    from geomap.maps.filters import parse_date
    from geomap.maps.inputs import EVENTS, MapInput, input_kind, process_articles, read_events_file

    bad = [m for m in modalities or [] if m not in MODALITY_CHOICES]
    if bad:
        raise fail(f"unknown --modality {bad[0]!r}; expected one of {', '.join(MODALITY_CHOICES)}")
    if strategy not in STRATEGIES:
        raise fail(f"unknown --strategy {strategy!r}; expected one of {', '.join(STRATEGIES)}")
    try:
        criteria = EventFilter(
            since=parse_date(since, option="--since"),
            until=parse_date(until, option="--until"),
            types=tuple(types or ()),
            countries=tuple(countries or ()),
            actors=tuple(actors or ()),
            min_fatalities=min_fatalities,
            modalities=tuple(modalities or ()),
        )
        data = MapInput()
        articles = []
        for item in inputs:
            if input_kind(item) == EVENTS:
                data.events.extend(read_events_file(item))
                data.event_files += 1
            else:
                articles.append(item)
        if articles:

            def report(doc, processed) -> None:
                print(f"geomap: {doc.id}: {len(processed.events)} events", file=sys.stderr)

            found = process_articles(documents(articles, skip_bad=skip_bad), on_document=report)
            data.events.extend(found.events)
            data.places.extend(found.places)
            data.documents = found.documents
        events = list(filter_events(data.events, criteria))
        m = render_map(
            events,
            data.places,
            offline=offline,
            title=title,
            strategy=strategy,
            heat=heat,
            timeline=timeline,
        )
        path = save_map(m, output, offline=offline)
    except GeomapError as err:
        raise fail(str(err)) from err
    located = sum(1 for e in events if e.latitude is not None and e.longitude is not None)
    size = path.stat().st_size / 1e6
    print(
        f"geomap: {len(events)} of {len(data.events)} events kept, {located} on the map, "
        f"{len(events) - located} without coordinates; wrote {path} ({size:.1f} MB"
        f"{', offline' if offline else ''})",
        file=sys.stderr,
    )
