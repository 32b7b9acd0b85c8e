"""Hand-built events shared by the export and EventSet tests.

Places in Syria, Ukraine and Sudan, one event in the western hemisphere of
longitudes (so swapped coordinates show), one without a location, and one
whose text is hostile to naive writers (quotes, newlines, markup, JSON-like
text, formulas, right-to-left and Cyrillic script, U+2028).
"""

from __future__ import annotations

import dataclasses

from geomap.records import Event

HOSTILE_TEXT = (
    'A witness said: "they fired, then left";\r\nsecond line\n'
    "<script>alert('x')</script> [1, 2] {\"a\": 1} =SUM(A1:A2) \t"
    " قصف على الحي Обстріл міста \u2028 end \u00e9\u0301 \U0001f525"
)


def sample_events() -> list[Event]:
    """Return five located events and one without a location."""
    return [
        Event(
            event_id="SYR-1",
            doc_id="doc-a",
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            disorder_type="Political violence",
            event_date="2024-03-02",
            year=2024,
            time_precision=1,
            actor1="Military Forces of Syria",
            actor1_type="State forces",
            actor2="Civilians (Syria)",
            actor2_type="Civilians",
            civilian_targeting=True,
            fatalities=7,
            location="Idlib",
            admin1="Idlib",
            country="Syria",
            iso3="SYR",
            latitude=35.9306,
            longitude=36.63393,
            geo_precision=1,
            geonameid=169388,
            source="Example Wire",
            evidence="Aircraft struck a market in the town, killing seven people.",
            char_start=10,
            char_end=70,
            confidence=0.8333333333333334,
        ),
        Event(
            event_id="UKR-1",
            doc_id="doc-b",
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            disorder_type="Political violence",
            event_date="2024-03-05",
            year=2024,
            time_precision=1,
            actor1="Military Forces of Russia",
            country="Ukraine",
            iso3="UKR",
            admin1="Kharkivska",
            location="Kharkiv",
            latitude=49.98081234567,
            longitude=36.25272,
            geo_precision=1,
            fatalities=0,
            evidence="Обстріл Харкова пошкодив житлові будинки.",
            confidence=0.6,
        ),
        Event(
            event_id="SDN-1",
            doc_id="doc-c",
            event_type="Battles",
            sub_event_type="Armed clash",
            disorder_type="Political violence",
            event_date="2024-04-20",
            year=2024,
            time_precision=2,
            actor1="Rapid Support Forces",
            actor2="Military Forces of Sudan",
            country="Sudan",
            iso3="SDN",
            admin1="North Darfur",
            location="El Fasher",
            latitude=13.62793,
            longitude=25.34936,
            geo_precision=2,
            fatalities=None,
            evidence="اشتباكات عنيفة في الفاشر بين الجيش وقوات الدعم السريع",
            modality="asserted",
            confidence=0.7,
        ),
        Event(
            event_id="SDN-2",
            doc_id="doc-c",
            event_type="Violence against civilians",
            sub_event_type="Attack",
            disorder_type="Political violence",
            event_date="2024-04-22",
            year=2024,
            actor1="Rapid Support Forces",
            country="Sudan",
            iso3="SDN",
            modality="negated",
            modality_detail="denial",
            location_raw="a village nearby",
            evidence="The group denied attacking a village nearby.",
        ),
        Event(
            event_id="MLI-1",
            doc_id="doc-d",
            event_type="Violence against civilians",
            sub_event_type="Abduction/forced disappearance",
            disorder_type="Political violence",
            event_date="2024-05-01",
            year=2024,
            actor1='Armed group "JNIM", local faction',
            country="Mali",
            iso3="MLI",
            location="Timbuktu",
            latitude=16.77348,
            longitude=-3.00742,
            geo_precision=1,
            fatalities=2,
            modality="hypothetical",
            source="<b>Radio</b>",
            evidence=HOSTILE_TEXT,
            confidence=0.5,
        ),
    ]


def located(events: list[Event]) -> list[Event]:
    """Return the events that have both coordinates."""
    return [e for e in events if e.latitude is not None and e.longitude is not None]


def as_exported(event: Event) -> Event:
    """Return ``event`` as an export reads back: coordinates at 6 decimals, no ``extra``."""
    lat = None if event.latitude is None else round(event.latitude, 6)
    lon = None if event.longitude is None else round(event.longitude, 6)
    return dataclasses.replace(event, latitude=lat, longitude=lon, extra={})


def test_samples_cover_the_cases_the_exports_must_handle():
    events = sample_events()
    assert {e.iso3 for e in events} >= {"SYR", "UKR", "SDN"}
    assert len(located(events)) == len(events) - 1
    assert any(e.longitude is not None and e.longitude < 0 for e in events)
    assert any(e.fatalities is None for e in located(events))
    assert len({e.event_id for e in events}) == len(events)
