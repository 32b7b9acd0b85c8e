"""geomap: map places and conflict events reported in news articles, offline.

The small public API:

>>> import geomap
>>> [p.name for p in geomap.places("Shelling hit Aleppo and Homs.")]  # doctest: +SKIP
['Aleppo', 'Homs']
"""

from __future__ import annotations

# Import the submodule first: the function ``places`` below must shadow it as
# the package attribute, whatever is imported later.
import geomap.places as _places_module  # noqa: F401
from geomap.errors import GeomapError, InputError, OutputError
from geomap.eventset import EventSet
from geomap.records import Document, Event, Place

__all__ = [
    "Document",
    "Event",
    "EventSet",
    "GeomapError",
    "InputError",
    "OutputError",
    "Place",
    "extract",
    "places",
]


def places(text: str | Document, *, fast: bool = False, demonyms: bool = False) -> list[Place]:
    """Find and resolve every place a text mentions.

    Parameters
    ----------
    text : str or Document
        The article.
    fast : bool
        Skip the spaCy model (gazetteer and rules only).
    demonyms : bool
        Also report nationality words as mentions of their country.
    """
    import gazetteer
    from geomap.places import find_places

    return find_places(text, gazetteer.load(), fast=fast, demonyms=demonyms)


def extract(docs, **options):
    """Extract events from documents; see :func:`geomap.api_events.extract`."""
    from geomap.api_events import extract as _extract

    return _extract(docs, **options)
