"""Fast dictionary matching (Aho-Corasick) with word boundaries and stable offsets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

import ahocorasick

V = TypeVar("V")
_SPACES = str.maketrans({c: " " for c in "\t\n\r\f\v\u00a0-"})


def fold(text: str, *, case_sensitive: bool = False) -> str:
    """Fold ``text`` for matching without changing its length.

    Hyphens and white space become spaces, the typographic apostrophe a
    plain one, and (unless ``case_sensitive``) letters are lower-cased.
    """
    folded = text.translate(_SPACES).replace("\u2019", "'")
    if case_sensitive:
        return folded
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


class PhraseMatcher(Generic[V]):
    """Find whole-word occurrences of many phrases at once.

    Parameters
    ----------
    phrases : mapping of str to value
        Phrases (folded with :func:`fold`) and what each stands for.
    case_sensitive : bool
        Match letter case exactly (acronyms).

    Examples
    --------
    >>> m = PhraseMatcher({"air strike": 1, "strike": 2})
    >>> [(s, e, v) for s, e, v in m.find("An air-strike hit; strikers left.")]
    [(3, 13, 1)]
    """

    def __init__(self, phrases: Mapping[str, V], *, case_sensitive: bool = False):
        self.case_sensitive = case_sensitive
        self._automaton = ahocorasick.Automaton()
        for phrase, value in phrases.items():
            key = fold(phrase, case_sensitive=case_sensitive)
            if key:
                self._automaton.add_word(key, (len(key), value))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, V]]:
        """Leftmost-longest, non-overlapping whole-word matches ``(start, end, value)``."""
        if self._empty:
            return []
        folded = fold(text, case_sensitive=self.case_sensitive)
        hits = []
        for last, (length, value) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if start > 0 and _is_word_char(text[start - 1]):
                continue
            if end < len(text) and _is_word_char(text[end]):
                continue
            hits.append((start, end, value))
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        out: list[tuple[int, int, V]] = []
        for hit in hits:
            if out and hit[0] < out[-1][1]:
                continue
            out.append(hit)
        return out

    def any(self, texts: Iterable[str]) -> bool:
        """Whether any of ``texts`` holds a phrase."""
        return any(self.find(t) for t in texts)
