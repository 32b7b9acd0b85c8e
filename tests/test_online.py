"""The optional online fallback: only unresolved places are sent, answers cached."""

from __future__ import annotations

import pytest

from gazetteer.online import OnlineGeocoder
from geomap.records import Place


class _Location:
    latitude, longitude, address = 33.5, 36.3, "Jobar, Damascus, Syria"


def test_only_unresolved_places_are_looked_up_and_answers_are_cached(monkeypatch):
    geocoder = OnlineGeocoder(min_delay_seconds=0)
    calls = []

    def fake_geocode(name, **_options):
        calls.append(name)
        return _Location()

    monkeypatch.setattr(geocoder, "_geocode", fake_geocode)
    known = Place(start=0, end=6, text="Aleppo", name="Aleppo", lat=36.2, lon=37.16)
    unknown = Place(start=10, end=15, text="Jobar", reason="not in the gazetteer")
    assert geocoder.complete(known) is known
    first = geocoder.complete(unknown)
    second = geocoder.complete(unknown)
    assert (first.lat, first.lon) == (33.5, 36.3) == (second.lat, second.lon)
    assert first.reason == "online: Nominatim"
    assert calls == ["Jobar"]


@pytest.mark.network
def test_nominatim_answers_for_a_real_name():
    place = Place(start=0, end=5, text="Jobar, Damascus")
    assert OnlineGeocoder().complete(place).lat is not None
