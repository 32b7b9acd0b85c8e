"""The pattern triggers' union, searched in lower case, skips only sentences no pattern matches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.events.lexicon import pattern_triggers, pattern_union

DATA = Path(__file__).resolve().parent / "data" / "events_dev"


def _sentences() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for path in sorted(DATA.glob("articles*.jsonl"))
        if "heldout" not in path.name
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    # every line and every clause, in the case written and in capitals
    parts = [part for text in texts for part in text.replace(". ", ".\n").splitlines()]
    return parts + [part.upper() for part in parts[::7]]


@pytest.mark.skipif(not DATA.is_dir(), reason="annotated articles not available")
def test_union_agrees_with_the_patterns():
    union = pattern_union()
    sentences = _sentences()
    matched = 0
    for sentence in sentences:
        expected = any(pattern.search(sentence) for pattern, _entry in pattern_triggers())
        assert bool(union.search(sentence.lower())) == expected, sentence
        matched += expected
    assert matched > 50  # the check covered sentences the patterns match
