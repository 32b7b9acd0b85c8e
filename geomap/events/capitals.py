""" "The capital", "the Libyan capital": a country's capital told without its name.

News names a capital by its role more often than by its name once the
country is clear: "In the capital, police detained dozens", "gunmen stormed
a ministry in the Libyan capital". Such a phrase is a place an event can
happen at. The country is the one the adjective names, else the one the
story is filed from or most often places its towns in; the point is that
country's capital (:func:`gazetteer.countries.capital_of`).

These stand-in mentions serve event linking only: they are not toponyms
(the geoparser's output and its scores are unchanged).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from gazetteer.countries import capital_of
from geomap.events.places import is_dateline
from geomap.records import Place

# "the capital", "the Libyan capital"; not "the capital of Darfur" or "the capital, Kyiv",
# whose town is named, nor "the regional capital" (another adjective: another place)
_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?:(?P<adjective>[A-Z][a-z]+)\s+)?capital\b"
    r"(?!['\u2019]s?\s+(?:of|city)\b|\s+(?:of|city|punishment|gains?|markets?|flight)\b|,\s+[A-Z])"
)


def capital_places(text: str, places: Sequence[Place], demonyms: Mapping[str, str]) -> list[Place]:
    """Stand-in places for the capitals ``text`` names by their role.

    Parameters
    ----------
    text : str
        The article.
    places : sequence of Place
        Its resolved places (they give the story's country).
    demonyms : mapping of str to str
        Lower-case country adjectives to ISO2 codes ("libyan" -> "LY").

    Returns
    -------
    list of Place
        One per phrase, spanning it, at the capital's point with its
        GeoNames id, and ``reason`` saying so; phrases whose country is
        unclear are left out.

    Examples
    --------
    >>> [p.name for p in capital_places("Gunmen stormed a ministry in the Libyan capital.", [],
    ...                                  {"libyan": "LY"})]
    ['Tripoli']
    """
    found = []
    home = None
    for match in _CAPITAL.finditer(text):
        adjective = match.group("adjective")
        if adjective is not None:
            code = demonyms.get(adjective.lower())
            if code is None:
                continue  # "the Provincial capital", "the Rebel capital"
        else:
            home = home or [_story_country(text, places)]
            code = _paragraph_country(text, places, match.start()) or home[0]
        capital = capital_of(code)
        if capital is None:
            continue
        found.append(
            Place(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                name=capital.name,
                geonameid=capital.geonameid,
                feature="city",
                feature_code="PPLC",
                country_code=code,
                lat=capital.lat,
                lon=capital.lon,
                reason="the capital of the story's country, named by its role",
            )
        )
    return found


_PARAGRAPH = re.compile(r"\n\s*\n")


def _paragraph_country(text: str, places: Sequence[Place], at: int) -> str | None:
    """In a roundup of several countries, the one country the paragraph at ``at`` is about.

    "We start in Peru, where a night of unrest in the capital ..." in a live
    blog that goes on to Madagascar and Pakistan: the capital is Lima. A
    story most of whose places lie in one country keeps that country's
    capital even where a paragraph names only another ("Russia launched 50
    drones ... In the capital, ...").
    """
    located = [p for p in places if p.country_code and p.lat is not None]
    counts = Counter(p.country_code for p in located)
    if len(counts) < 3 or counts.most_common(1)[0][1] * 2 > len(located):
        return None
    starts = [0, *(m.end() for m in _PARAGRAPH.finditer(text))]
    begin = max(s for s in starts if s <= at)
    end = next((m.start() for m in _PARAGRAPH.finditer(text, at)), len(text))
    inside = {p.country_code for p in located if begin <= p.start < end}
    return inside.pop() if len(inside) == 1 else None


def _story_country(text: str, places: Sequence[Place]) -> str | None:
    """The country the story is filed from (its dateline), else the one of most of its towns."""
    for place in places:
        if is_dateline(text, place) and place.country_code:
            return place.country_code
    counts = Counter(p.country_code for p in places if p.country_code and p.lat is not None)
    if not counts:
        return None
    (code, _), *rest = counts.most_common(2)
    if rest and rest[0][1] == counts[code]:
        return None  # two countries as often: no clear home
    return code
