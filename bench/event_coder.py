"""A learned second opinion on the rules' event type, modality and keep-or-drop call.

The model side of ``bench/train_event_coder.py`` (an experiment, not part
of the pipeline: leave-one-batch-out it did not beat the rules, see that
script). A candidate is an event the rules extracted, mentions merged; its
features are general evidence: the rules' own coding (type, sub-type,
modality and its detail), trigger lemma and class, the trigger's form
(plural, -ing, -ed, after a determiner: nominal), the words just before
and after it (crude six-letter stems; "n't" is "not"), quotation and
question cues, actor types, fatalities, how the place was found. Three
logistic regressions (spurious or not, event type, modality) override the
rules only above thresholds; inference is plain Python, so the module
could be wired into :func:`geomap.events.extract_events` after
``dedupe_events`` if a future model earns it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from geomap.events.coding import DISORDER
from geomap.events.confidence import method_kind
from geomap.events.dedupe import dedupe_events
from geomap.events.sentences import Sentence
from geomap.records import Event

SPURIOUS = "spurious"
_WORD = re.compile(r"[a-z]+(?:['\u2019][a-z]+)?|\?")
_QUOTES = re.compile(r"[\"\u201c\u201d]")
_DETERMINERS = frozenset(
    "the a an this that these those its their his her our your another further new fresh "
    "more such any no every each renewed".split()
)
_BEFORE = 6  # words read before the trigger
_AFTER = 4  # and after it


def _stem(word: str) -> str:
    """A crude stem: the first six letters ("threatened", "threatens" -> "threat")."""
    if word.endswith(("n't", "n\u2019t")):
        return "not"
    return word[:6]


def _words(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower())]


@dataclass(frozen=True, slots=True)
class Candidate:
    """An extracted event with the sentence it was read from.

    Attributes
    ----------
    event : Event
        The event as the rules coded and placed it.
    sentence : str
        The text of its sentence.
    start, end : int
        The trigger's offsets in ``sentence``.
    """

    event: Event
    sentence: str
    start: int
    end: int


def candidates(events: Sequence[Event], sentences: Sequence[Sentence]) -> list[Candidate]:
    """Pair each event with its sentence (from ``extra["sentence"]`` and ``char_start``)."""
    by_index = {s.index: s for s in sentences}
    out = []
    for event in events:
        sentence = by_index.get(event.extra.get("sentence", -1))
        if sentence is None or event.char_start is None:
            out.append(Candidate(event, event.evidence or "", 0, 0))
            continue
        start = max(0, event.char_start - sentence.start)
        end = max(start, (event.char_end or event.char_start) - sentence.start)
        out.append(Candidate(event, sentence.text, start, end))
    return out


def features(candidate: Candidate, in_document: int) -> dict[str, float]:
    """General features of one candidate event (the rules' coding among them).

    Parameters
    ----------
    candidate : Candidate
        The event and its sentence.
    in_document : int
        How many candidate events its article holds.

    Returns
    -------
    dict of str to float
        Indicators (value 1) and a few numbers; no place names.
    """
    e = candidate.event
    extra = e.extra
    text = candidate.sentence
    before = _words(text[: candidate.start])
    after = _words(text[candidate.end :])
    trigger = candidate.sentence[candidate.start : candidate.end].lower() or (e.trigger or "")
    cls = extra.get("class")
    feats: dict[str, float] = {
        "bias": 1.0,
        f"type={e.event_type}": 1.0,
        f"sub={e.sub_event_type}": 1.0,
        f"mod={e.modality}": 1.0,
        f"detail={e.modality_detail}": 1.0,
        f"type_mod={e.event_type}|{e.modality}": 1.0,
        f"class={cls}": 1.0,
        f"class_type={cls}|{e.event_type}": 1.0,
        f"lemma={extra.get('lemma')}": 1.0,
        f"method={method_kind(e.geo_method)}": 1.0,
        f"precision={e.geo_precision}": 1.0,
        f"actor1={e.actor1_type}": 1.0,
        f"actor2={e.actor2_type}": 1.0,
        "fatalities": float(e.fatalities is not None),
        "civilians": float(bool(e.civilian_targeting)),
        "attributed": float(e.attributed_to is not None),
        "date_cue": float(bool(extra.get("date_cue"))),
        "generic": float(bool(extra.get("generic"))),
        "continues": float(bool(extra.get("continues"))),
        "link_score": float(extra.get("link_score") or 0.0),
        "log_mentions": math.log(max(1, e.mentions)),
        "first_sentence": float(extra.get("sentence", 0) == 0),
        "events_in_document": min(in_document, 12) / 12,
        "question": float(text.rstrip(" \"'\u201d\u2019").endswith("?")),
        "in_quote": float(len(_QUOTES.findall(text[: candidate.start])) % 2 == 1),
        "quoted_sentence": float(bool(_QUOTES.search(text))),
        "plural": float(trigger.endswith("s") and not trigger.endswith("ss")),
        "ing": float(trigger.endswith("ing")),
        "ed": float(trigger.endswith("ed")),
        "determiner": float(bool(before) and before[-1] in _DETERMINERS),
        "of_after": float(bool(after) and after[0] in ("of", "on", "agains", "by")),
    }
    for word in before[-_BEFORE:]:
        feats[f"w-={word}"] = 1.0
    for word in after[:_AFTER]:
        feats[f"w+={word}"] = 1.0
    return feats


@dataclass(frozen=True, slots=True)
class Head:
    """A multinomial (or binary) logistic regression: class -> weights by feature."""

    classes: tuple[str, ...]
    weights: Mapping[str, Mapping[str, float]]

    def probabilities(self, feats: Mapping[str, float]) -> dict[str, float]:
        """Class probabilities of ``feats`` (unknown features weigh 0)."""
        if len(self.classes) == 2:  # binary: weights of the second class
            w = self.weights[self.classes[1]]
            z = sum(v * w.get(k, 0.0) for k, v in feats.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            return {self.classes[0]: 1 - p, self.classes[1]: p}
        scores = {
            c: sum(v * self.weights[c].get(k, 0.0) for k, v in feats.items()) for c in self.classes
        }
        top = max(scores.values())
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        total = sum(exp.values())
        return {c: x / total for c, x in exp.items()}


@dataclass(frozen=True, slots=True)
class Coder:
    """The three decisions, their thresholds and the sub-type chosen on re-typing.

    A threshold above 1 switches its decision off.
    """

    drop: Head
    type: Head
    modality: Head
    drop_at: float
    type_at: float
    modality_at: float
    subtypes: Mapping[str, str]  # "class|type" or "type" -> sub-type

    def subtype(self, trigger_class: str | None, event_type: str) -> str:
        """The sub-type of an event re-typed to ``event_type``."""
        return self.subtypes.get(f"{trigger_class}|{event_type}") or self.subtypes[event_type]


def head_from(data: Mapping) -> Head:
    """A :class:`Head` from its JSON form."""
    return Head(
        classes=tuple(data["classes"]),
        weights={c: dict(w) for c, w in data["weights"].items()},
    )


def coder_from(data: Mapping) -> Coder:
    """A :class:`Coder` from the model file's content."""
    return Coder(
        drop=head_from(data["drop"]),
        type=head_from(data["type"]),
        modality=head_from(data["modality"]),
        drop_at=float(data["thresholds"]["drop"]),
        type_at=float(data["thresholds"]["type"]),
        modality_at=float(data["thresholds"]["modality"]),
        subtypes=dict(data["subtypes"]),
    )


@dataclass(frozen=True, slots=True)
class Opinion:
    """The model's probabilities for one candidate."""

    spurious: float
    types: Mapping[str, float]
    modalities: Mapping[str, float]


def opinion(coder: Coder, feats: Mapping[str, float]) -> Opinion:
    """The three heads' probabilities for a candidate with ``feats``."""
    return Opinion(
        spurious=coder.drop.probabilities(feats).get(SPURIOUS, 0.0),
        types=coder.type.probabilities(feats),
        modalities=coder.modality.probabilities(feats),
    )


def decide(coder: Coder, event: Event, view: Opinion) -> Event | None:
    """``event`` as coded after the model's ``view``, or None when it is dropped."""
    if view.spurious >= coder.drop_at:
        return None
    notes = []
    best = max(view.types, key=view.types.__getitem__)
    if best != event.event_type and view.types[best] >= coder.type_at:
        notes.append(f"type {event.event_type} -> {best} ({view.types[best]:.2f})")
        event = replace(
            event,
            event_type=best,
            sub_event_type=coder.subtype(event.extra.get("class"), best),
            disorder_type=DISORDER[best],
            civilian_targeting=best == "Violence against civilians",
        )
    best = max(view.modalities, key=view.modalities.__getitem__)
    if best != event.modality and view.modalities[best] >= coder.modality_at:
        notes.append(f"modality {event.modality} -> {best} ({view.modalities[best]:.2f})")
        event = replace(event, modality=best, modality_detail=None)
    if notes:
        event = replace(event, extra={**event.extra, "recoded": "; ".join(notes)})
    return event


def apply(coder: Coder, events: Sequence[Event], views: Sequence[Opinion]) -> list[Event]:
    """The events kept and recoded after their ``views``; merged again when one changed."""
    decided = [decide(coder, e, v) for e, v in zip(events, views, strict=True)]
    kept = [e for e in decided if e is not None]
    if any("recoded" in e.extra for e in kept):
        return dedupe_events(kept)  # a re-typed event may be one already told
    return kept


def recode(events: Sequence[Event], sentences: Sequence[Sentence], coder: Coder) -> list[Event]:
    """Apply the learned coder to a document's events (after mentions are merged).

    Parameters
    ----------
    events : sequence of Event
        The events the rules extracted from one document, merged.
    sentences : sequence of Sentence
        The document's sentences (to read each trigger's context).
    coder : Coder
        The model (see :func:`coder_from`).

    Returns
    -------
    list of Event
        The kept events, re-typed or re-modalised where the model is confident.
    """
    if not events:
        return []
    found = candidates(events, sentences)
    views = [opinion(coder, features(c, len(found))) for c in found]
    return apply(coder, events, views)
