"""Stories of another genre: sport, screen and page, re-enactments (see :func:`off_topic`)."""

from __future__ import annotations

import re

from geomap.events.coding import fatalities
from geomap.events.lexicon import coding_cues, phrase_pattern
from geomap.events.sentences import split_sentences

# distinct cue words a story needs before its battles count as a game's or a film's
MIN_GENRE_CUES = 3


def off_topic(text: str, title: str | None = None) -> bool:
    """Whether the story is about a game, a film, a book or a show, not a conflict.

    A match report ("the Vandals fought back with a long drive"), a film
    review ("a wounded jihadist storms the house") or a re-enactment uses
    the words of war for things that are not events. Such a story names
    several distinct words of its genre (``genre_cues`` of ``coding.json``:
    "halftime", "quarterback", "subplot", "premiere", ...); one or two
    ("a tournament", "spectators") can sit in a real attack's report. A
    story that counts its dead or wounded ("killing five people", "wounding
    12 spectators") reports real violence, whatever else it names (an
    attack on a film festival, a grenade at a basketball tournament).

    Examples
    --------
    >>> off_topic("The coach praised the quarterback after halftime.")
    True
    >>> off_topic("Gunmen attacked spectators at a tournament in Jolo.")
    False
    """
    pattern = phrase_pattern(tuple(coding_cues()["genre_cues"]))
    found = {m.group().lower().rstrip("s") for m in pattern.finditer(f"{title or ''}\n{text}")}
    if len(found) < MIN_GENRE_CUES:
        return False
    if _HURT.search(text):
        return False  # "a grenade thrown at a basketball court, wounding 12 spectators"
    return not any(fatalities(s.text) for s in split_sentences(text))


_HURT = re.compile(
    r"\b(?:wounding|injuring|wounded|injured|maiming)\s+(?:at\s+least\s+|more\s+than\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several)\b"
)
