"""Typed records that flow through the pipeline.

Every stage of geomap is a pure function from one of these records to
others: a :class:`Document` becomes :class:`Place` mentions, which become
:class:`Event` records. They are plain dataclasses, so they pickle (for
worker pools and Dask) and convert to dicts with :func:`dataclasses.asdict`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Document:
    """One article to process.

    Parameters
    ----------
    id : str
        Identifier, unique within a corpus.
    text : str
        The article body; character offsets in outputs point into it.
    title, date, source, url : str or None
        Optional metadata. ``date`` is ISO 8601 (``YYYY-MM-DD`` or a full
        timestamp) and anchors relative dates ("on Thursday").
    origin : str or None
        Where the record was read from (``file:line``), for error messages.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None


@dataclass(slots=True)
class Place:
    """A toponym mention and the place it was resolved to.

    ``text[start:end]`` of the document is the mention as written. When the
    name could not be resolved, ``geonameid``, ``lat`` and ``lon`` are None
    and ``reason`` says why; the mention is never dropped silently.
    """

    start: int
    end: int
    text: str
    name: str | None = None
    geonameid: int | None = None
    feature: str | None = None  # country | admin1 | admin2 | city | region | continent | ...
    feature_code: str | None = None  # GeoNames feature code: PCLI, ADM1, PPLA, PPL, CONT, ...
    country_code: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # first-level division name
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    score: float = 0.0
    reason: str | None = None  # why this candidate won, or why none did

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready mapping of the output contract."""
        return asdict(self)


@dataclass(slots=True)
class Event:
    """One conflict event, coded after ACLED's codebook.

    Field names follow the ACLED export where one exists. Every field holds
    one scalar type so that GIS tools read the exported columns cleanly;
    multi-valued text is joined with ``"; "``.
    """

    event_id: str
    doc_id: str
    event_type: str  # Battles | Explosions/Remote violence | Violence against civilians | ...
    sub_event_type: str
    disorder_type: str  # Political violence | Demonstrations | Strategic developments
    event_date: str | None = None  # YYYY-MM-DD
    year: int | None = None
    time_precision: int | None = None  # ACLED 1 day, 2 week, 3 month; None when undated
    actor1: str | None = None
    actor1_type: str | None = None
    actor2: str | None = None
    actor2_type: str | None = None
    civilian_targeting: bool = False
    fatalities: int | None = None
    modality: str = "asserted"  # asserted | negated | hypothetical
    # denial, threat, vow, plan, question, conditional, future, feared
    modality_detail: str | None = None
    attributed_to: str | None = None
    trigger: str | None = None
    location: str | None = None
    location_raw: str | None = None
    geonameid: int | None = None
    admin1: str | None = None
    country: str | None = None
    iso3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # ACLED 1 town, 2 near a town / part of it, 3 region
    geo_method: str | None = None
    origin_location: str | None = None  # where a movement started ("came from Raqqa")
    origin_latitude: float | None = None
    origin_longitude: float | None = None
    source: str | None = None
    source_url: str | None = None
    evidence: str | None = None
    char_start: int | None = None
    char_end: int | None = None
    mentions: int = 1
    confidence: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)  # not exported; debugging aid

    def to_dict(self) -> dict[str, Any]:
        """Return the flat mapping used by every export (``extra`` left out)."""
        data = asdict(self)
        data.pop("extra", None)
        return data
