"""Optional online fallback for names the offline index cannot place.

Off by default (``geomap places --online``). Uses geopy's Nominatim behind
geopy's own ``RateLimiter`` (one request a second, as Nominatim's policy
asks) and remembers every answer for the life of the object. This is the
only module of geomap that touches the network.
"""

from __future__ import annotations

from dataclasses import replace

from gazetteer.errors import GazetteerError

USER_AGENT = "geomap (https://example.org/geomap; offline-first conflict mapper)"


class OnlineGeocoder:
    """Complete unresolved places through Nominatim, cached and rate limited."""

    def __init__(self, *, user_agent: str = USER_AGENT, min_delay_seconds: float = 1.0):
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        self._geocode = RateLimiter(
            Nominatim(user_agent=user_agent).geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=1,
            swallow_exceptions=False,
        )
        self._cache: dict[str, tuple[float, float, str] | None] = {}

    def lookup(self, name: str) -> tuple[float, float, str] | None:
        """Return (lat, lon, display name) for ``name``, or None."""
        if name not in self._cache:
            from geopy.exc import GeopyError

            try:
                location = self._geocode(name, exactly_one=True, language="en")
            except GeopyError as err:
                raise GazetteerError(f"online geocoder failed for {name!r}: {err}") from err
            self._cache[name] = (
                None
                if location is None
                else (location.latitude, location.longitude, location.address)
            )
        return self._cache[name]

    def complete(self, place):
        """Fill ``lat``/``lon`` of a place the offline index left without a point."""
        if place.lat is not None:
            return place
        found = self.lookup(place.text)
        if found is None:
            return place
        lat, lon, address = found
        return replace(
            place, lat=lat, lon=lon, name=place.name or address, reason="online: Nominatim"
        )
