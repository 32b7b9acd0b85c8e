"""Fast rule-based sentence and paragraph splitting with character offsets.

The parser runs only on the few sentences that hold a trigger and a place,
so sentences are found without spaCy: a regular expression over sentence
punctuation, guarded against common abbreviations and initials.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep st jr sr "
    "no vs etc al inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep "
    "sept oct nov dec mt ft rev hon brig".split()
)
_BOUNDARY = re.compile(
    r"([.!?]+)([\"'\u201d\u2019)\]]*)(\s+)(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])"
)
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*\u2022\u2013]\s+\S|[\"\u201c]?[A-Z]))")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets and paragraph numbers.

    Parameters
    ----------
    text : str
        The article body.

    Returns
    -------
    list of Sentence
        Non-empty sentences in order; whitespace around them is excluded.

    Examples
    --------
    >>> [s.text for s in split_sentences("Gen. Ali spoke. Troops left.\\n\\nNew part.")]
    ['Gen. Ali spoke.', 'Troops left.', 'New part.']
    """
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0
    for block_start, block_end, is_break in _blocks(text):
        if is_break:
            paragraph += 1
            continue
        block = text[block_start:block_end]
        pos = 0
        for match in _BOUNDARY.finditer(block):
            if _is_abbreviation(block, match.start()):
                continue
            end = match.end(2)
            _add(sentences, text, block_start + pos, block_start + end, paragraph)
            pos = match.end()
        _add(sentences, text, block_start + pos, block_end, paragraph)
    return sentences


def _blocks(text: str):
    pos = 0
    for match in _PARAGRAPH.finditer(text):
        yield pos, match.start(), False
        yield match.start(), match.end(), True
        pos = match.end()
    yield pos, len(text), False


def _is_abbreviation(block: str, dot: int) -> bool:
    if block[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (block[word_start - 1].isalpha() or block[word_start - 1] == "."):
        word_start -= 1
    word = block[word_start:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if "." in word:  # "U.S." and the like
        return len(word.replace(".", "")) <= 3
    return word.lower() in _ABBREVIATIONS


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], paragraph, len(out)))
