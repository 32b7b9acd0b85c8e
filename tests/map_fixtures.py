"""Hand-made events and places shared by the map tests (no pipeline needed)."""

from __future__ import annotations

from geomap.records import Event, Place

HOSTILE = (
    '<img src=x onerror="window.__xss=1"> `${window.__xss=2}` \\` <script>window.__xss=3</script>'
)


def make_event(event_id: str, **fields) -> Event:
    """Return a located, asserted Battles event in Syria, overridden by ``fields``."""
    values = dict(
        doc_id="doc-1",
        event_type="Battles",
        sub_event_type="Armed clash",
        disorder_type="Political violence",
        event_date="2024-05-01",
        actor1="Military Forces of Syria",
        actor2="Rebels",
        fatalities=2,
        location="Aleppo",
        location_raw="Aleppo",
        country="Syria",
        iso3="SYR",
        latitude=36.2,
        longitude=37.16,
        geo_precision=1,
        evidence="Fighting broke out in Aleppo on Wednesday.",
        trigger="Fighting",
        source="Example Wire",
        source_url="https://example.org/a",
    )
    values.update(fields)
    return Event(event_id=event_id, **values)


def sample_events() -> list[Event]:
    """Return a small mixed set: types, modalities, a region, a movement, one unlocated."""
    return [
        make_event("e-battle-1"),
        make_event(
            "e-battle-2",
            latitude=34.73,
            longitude=36.71,
            location="Homs",
            location_raw="Homs",
            event_date="2024-05-02",
        ),
        make_event(
            "e-strike",
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            location="Ar-Raqqah",
            location_raw="Raqqa province",
            latitude=35.95,
            longitude=39.01,
            geo_precision=3,
            event_date="2024-05-03",
            evidence="An airstrike hit Raqqa province.",
            trigger="airstrike",
        ),
        make_event(
            "e-move",
            event_type="Strategic developments",
            sub_event_type="Non-violent transfer of territory",
            location="Palmyra",
            location_raw="Palmyra",
            latitude=34.56,
            longitude=38.28,
            origin_location="Deir ez-Zor",
            origin_latitude=35.33,
            origin_longitude=40.14,
            event_date="2024-05-04",
        ),
        make_event(
            "e-denied",
            modality="negated",
            modality_detail="denial",
            attributed_to="the ministry",
            latitude=35.93,
            longitude=36.63,
            location="Idlib",
        ),
        make_event(
            "e-threat",
            modality="hypothetical",
            modality_detail="threat",
            event_type="Violence against civilians",
            sub_event_type="Attack",
            event_date=None,
            latitude=36.0,
            longitude=36.8,
            location="Jisr al-Shughur",
        ),
        make_event(
            "e-hostile",
            location="Hama",
            location_raw="Hama",
            latitude=35.13,
            longitude=36.75,
            evidence="Clashes near Hama " + HOSTILE,
            source="Wire " + HOSTILE,
            actor1=HOSTILE,
            source_url="javascript:window.__xss=4",
        ),
        make_event("e-unlocated", latitude=None, longitude=None, location=None),
    ]


def sample_places() -> list[Place]:
    """Return place mentions: Aleppo twice (two spellings), Homs, one unresolved."""
    return [
        Place(0, 6, "Aleppo", "Aleppo", 170063, "city", "PPLA", "SY", "Aleppo", 36.2, 37.16),
        Place(20, 26, "Halab", "Aleppo", 170063, "city", "PPLA", "SY", "Aleppo", 36.2, 37.16),
        Place(30, 34, "Homs", "Homs", 169577, "city", "PPLA", "SY", "Homs", 34.73, 36.71),
        Place(40, 50, "Nowhereville", reason="no candidate"),
    ]
