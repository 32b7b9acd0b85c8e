"""Load the event lexicons shipped under ``geomap/data/events/``.

Every lexicon is a JSON file reviewed like code; this module only reads
them (once, cached) and turns them into typed, ready-to-match structures.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

DATA_PACKAGE = "geomap"
DATA_FOLDER = ("data", "events")

# "beat back", "fought off", "drove back", "pushed back": a side that fought an attack off
FOUGHT_OFF = (
    r"(?:beat(?:en|ing|s)?|fought|fight(?:s|ing)?|fend(?:ed|ing|s)?|drove|driven|"
    r"driv(?:e|es|ing)|push(?:ed|es|ing)?|threw|thrown|throw(?:s|ing)?)\s+(?:back|off)"
)


@cache
def load_json(name: str) -> dict[str, Any]:
    """Return the parsed JSON data file ``name`` of ``geomap/data/events/``."""
    path = resources.files(DATA_PACKAGE).joinpath(*DATA_FOLDER, name)
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger lemma of the lexicon and the ACLED coding it implies."""

    lemma: str
    pos: tuple[str, ...]
    trigger_class: str
    event_type: str
    sub_event_type: str
    refine: str | None
    requires_next: tuple[str, ...] = ()
    requires_place_prep: bool = False
    requires_place_object: bool = False
    lowercase_only: bool = False
    requires_instrument: bool = False
    planned_only: bool = False  # an event only as a threat or plan ("would reach X")
    generic: bool = False  # names no kind of violence ("harming civilians")
    subject_is_target: bool = False  # the subject is who is hit ("herders ... will pay a price")
    subject_is_place: bool = False  # the subject is the place at stake ("Kherson could fall")
    vow_in_negation: bool = False  # its "not" is the vow's ("we will not give up Orikhiv")
    threat_in_negation: bool = False  # its "not" is the threat's ("Bamako will not be safe")
    names_crowd: bool = False  # the trigger's words name the crowd hit ("dispersed protesters")
    # as advice or as the cause of a flight, a threat only when its sentence names the act
    # ("urged residents to leave before an assault"; not "urged families to leave while buses
    # were running", "families left after new evacuation orders")
    requires_threatened_act: bool = False
    # the place is the trigger's subject, just before it ("Tillia had fallen into the hands
    # of"); not "in Harrow, the documents fell into the hands of reporters"
    requires_place_subject: bool = False


def inflections(lemma: str) -> set[str]:
    """Return regular English inflections of ``lemma`` (the head word is inflected).

    The last word of a noun compound and the first word of a verb phrase are
    inflected; over-generated non-words are harmless because they never occur.

    Examples
    --------
    >>> {"capture", "captured", "captures", "capturing"} <= inflections("capture")
    True
    """
    words = lemma.split(" ")
    forms = set()
    for index in {0, len(words) - 1}:
        for form in _word_forms(words[index]):
            forms.add(" ".join(words[:index] + [form] + words[index + 1 :]))
    return forms


def _word_forms(word: str) -> set[str]:
    forms = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return forms


def _entry(item: dict, classes: dict) -> TriggerEntry:
    cls = classes[item["class"]]
    return TriggerEntry(
        lemma=item["lemma"],
        pos=tuple(item["pos"]),
        trigger_class=item["class"],
        event_type=cls["event_type"],
        sub_event_type=cls["sub_event_type"],
        refine=item.get("refine", cls.get("refine")),
        requires_next=tuple(item.get("requires_next", ())),
        requires_place_prep=bool(item.get("requires_place_prep", False)),
        requires_place_object=bool(item.get("requires_place_object", False)),
        lowercase_only=bool(item.get("lowercase_only", False)),
        requires_instrument=bool(item.get("requires_instrument", False)),
        planned_only=bool(item.get("planned_only", False)),
        generic=bool(item.get("generic", False)),
        subject_is_target=bool(item.get("subject_is_target", False)),
        subject_is_place=bool(item.get("subject_is_place", False)),
        vow_in_negation=bool(item.get("vow_in_negation", False)),
        threat_in_negation=bool(item.get("threat_in_negation", False)),
        names_crowd=bool(item.get("names_crowd", False)),
        requires_threatened_act=bool(item.get("requires_threatened_act", False)),
        requires_place_subject=bool(item.get("requires_place_subject", False)),
    )


@cache
def trigger_table() -> dict[str, TriggerEntry]:
    """Map every lower-case surface form of a word trigger to its entry."""
    data = load_json("triggers.json")
    table: dict[str, TriggerEntry] = {}
    for item in data["triggers"]:
        if "pattern" in item:
            continue
        entry = _entry(item, data["classes"])
        for form in inflections(item["lemma"]) | set(item.get("extra_forms", ())):
            table.setdefault(form.lower(), entry)
    return table


@cache
def trigger_readings() -> dict[str, tuple[TriggerEntry, ...]]:
    """Every entry a surface form can stand for ("shelling": the verb "shell" and the noun)."""
    data = load_json("triggers.json")
    readings: dict[str, list[TriggerEntry]] = {}
    for item in data["triggers"]:
        if "pattern" in item:
            continue
        entry = _entry(item, data["classes"])
        for form in inflections(item["lemma"]) | set(item.get("extra_forms", ())):
            bucket = readings.setdefault(form.lower(), [])
            if entry not in bucket:
                bucket.append(entry)
    return {form: tuple(entries) for form, entries in readings.items()}


@cache
def pattern_triggers() -> tuple[tuple[re.Pattern[str], TriggerEntry], ...]:
    """Triggers given as regular expressions (discontinuous phrases: "drove X out of")."""
    data = load_json("triggers.json")
    return tuple(
        (re.compile(item["pattern"], re.IGNORECASE), _entry(item, data["classes"]))
        for item in data["triggers"]
        if "pattern" in item
    )


@cache
def pattern_union() -> re.Pattern[str]:
    """All pattern triggers in one expression, to search in a lower-cased sentence.

    A sentence none of them matches is skipped. The patterns are
    case-insensitive, so their capital ranges become small-letter ones and
    the expression is searched in ``sentence.lower()``, without the
    ``IGNORECASE`` flag: about four times faster than the flag, for the same
    sentences.
    """
    body = "|".join(f"(?:{pattern.pattern})" for pattern, _entry in pattern_triggers())
    return re.compile(body.replace("A-Z", "a-z"))


@cache
def trigger_matcher():
    """An Aho-Corasick matcher over every trigger form (hyphens match spaces)."""
    from geomap.events.matcher import PhraseMatcher

    return PhraseMatcher(trigger_table())


@cache
def coding_cues() -> dict[str, Any]:
    """The cue lists of ``coding.json`` (instruments, targets, protest cues...)."""
    return load_json("coding.json")


@cache
def modality_cues() -> dict[str, Any]:
    """The cue lists of ``modality.json``."""
    return load_json("modality.json")


@cache
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A case-insensitive word-boundary pattern for a tuple of phrases.

    A word may open a quotation inside the phrase ("were 'premature'").
    """
    body = "|".join(
        re.escape(p).replace("\\ ", "\\s+[\"'\u201c\u2018]?")
        for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{body})(?:s|es)?(?![\w-])", re.IGNORECASE)
