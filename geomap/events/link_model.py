"""The learned event-location linker: which candidate place, or none.

A conditional logit over the candidates of a sentence plus a "none"
option: each candidate's score is the dot product of its sparse features
(:mod:`geomap.events.link_features`) with the weights of
``geomap/data/events/location_model.json``, the "none" option's score that
of its sentence-level features; the probabilities are a softmax over them.
The weights were fitted by ``bench/train_linker.py`` on the dev half of
Halterman's (2019) event-location sentences (MIT licence). Only the standard
library runs at inference.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from geomap.errors import GeomapError
from geomap.events.link_features import (
    SPEAKER_PLACE,
    Features,
    Mention,
    candidate_features,
    locative_on_trigger,
    none_features,
    through_other_verb,
)
from geomap.events.link_rules import THRESHOLD, rule_score
from geomap.events.link_trees import Trees, trees_from
from geomap.records import Place

MODEL_FILE = "location_model.json"
# Two choices tuned on our own annotated dev articles (bench/events_dev.py --split dev),
# which follow ACLED's conventions, not on Halterman's sentences:
FINER_SHARE = 0.3  # a town this fraction as likely as the chosen country or region wins
RULE_PRIOR = 1.5  # the learned weight of the rule score is multiplied by this
FINE_KINDS = ("kind=city", "kind=admin2", "kind=neighbourhood", "kind=unresolved")


class LinkModelError(GeomapError):
    """The event-location model file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class Scored:
    """The model's reading of one sentence: a probability per candidate and for none."""

    probabilities: tuple[float, ...]
    none: float
    features: tuple[Features, ...]
    places: tuple[Place, ...] = ()  # the candidates' places, for the finer-place override

    @property
    def best(self) -> int | None:
        """The chosen candidate's index, or None when "none" wins.

        The most probable candidate, with two overrides the labelled
        sentences teach poorly: a speaker's city ("a spokesman in Beirut
        said...") is never chosen, and a place in a locative phrase on the
        trigger itself beats one reached through another verb's clause ("a
        bomb exploded in X, ... and in Y gunmen shot ...": Y for the shooting),
        and a town the model finds nearly as likely as the country or region
        it picked is preferred (the most precise place, as ACLED codes it).
        """
        allowed = [i for i, f in enumerate(self.features) if SPEAKER_PLACE not in f]
        best = self.best_among(allowed)
        if best is not None and through_other_verb(self.features[best]):
            own = [i for i in allowed if locative_on_trigger(self.features[i])]
            if own:
                best = max(own, key=self.probabilities.__getitem__)
        if best is not None and not _fine(self.features[best]) and self.places:
            floor = FINER_SHARE * self.probabilities[best]
            finer = [
                i
                for i in allowed
                if _fine(self.features[i])
                and self.probabilities[i] >= floor
                and inside(self.places[i], self.places[best])
            ]
            if finer:
                best = max(finer, key=self.probabilities.__getitem__)
        return best

    def best_among(self, allowed) -> int | None:
        """The most probable of the ``allowed`` candidates, if more probable than none."""
        allowed = list(allowed)
        if not allowed:
            return None
        index = max(allowed, key=self.probabilities.__getitem__)
        return index if self.probabilities[index] > self.none else None


@dataclass(frozen=True, slots=True)
class LinkModel:
    """Weights of one feature set (``parsed`` or ``lexical``), and its boosted trees if any."""

    name: str
    weights: Mapping[str, float]
    trees: Trees | None = None  # blended with the logit (geomap.events.link_trees)

    def score(self, features: Features) -> float:
        """Dot product of sparse ``features`` with the weights."""
        weights = self.weights
        return sum(weights.get(key, 0.0) * value for key, value in features.items())

    def read(
        self, sentence: str, trigger: tuple[int, int], mentions: Sequence[Mention], parsed=None
    ) -> Scored:
        """Probabilities that each mention, or none, is where the event of ``trigger`` happened."""
        doc = parsed if self.name == "parsed" else None
        features, none_option = option_features(sentence, trigger, mentions, doc)
        scored = softmax([self.score(f) for f in features], self.score(none_option), features)
        if self.trees is not None and features:
            mixed, none = self.trees.blend(scored.probabilities, scored.none, features, none_option)
            scored = replace(scored, probabilities=mixed, none=none)
        return replace(scored, places=tuple(m.place for m in mentions))


def inside(fine: Place, coarse: Place) -> bool:
    """Whether the gazetteer puts ``fine`` inside ``coarse`` (its country, or its province)."""
    if fine.country_code is None or fine.country_code != coarse.country_code:
        return False
    if coarse.feature == "admin1":
        return fine.admin1 is not None and fine.admin1 == (coarse.admin1 or coarse.name)
    return True


def _fine(features: Features) -> bool:
    """Whether a candidate is a town, district or unresolved (mostly village) name."""
    return any(kind in features for kind in FINE_KINDS)


def softmax(scores: Sequence[float], none: float, features: tuple[Features, ...]) -> Scored:
    """Probabilities of the candidates' and the none option's scores."""
    top = max([none, *scores])
    exps = [math.exp(s - top) for s in scores]
    none_exp = math.exp(none - top)
    total = none_exp + sum(exps)
    return Scored(tuple(e / total for e in exps), none_exp / total, features)


RULE = "rule_score"  # the hand-written relation score (geomap.events.link_rules), one feature


def option_features(
    sentence: str, trigger: tuple[int, int], mentions: Sequence[Mention], parsed=None
) -> tuple[tuple[Features, ...], Features]:
    """Features of each candidate and of the "none" option, as the model reads them.

    The candidates' features (:func:`candidate_features`) plus the rule
    score of :func:`geomap.events.link_rules.rule_score`; the "none"
    option's features plus the rules' threshold under the same name, so
    the rule score counts relative to it.
    """
    others = [_at_sentence_offsets(m) for m in mentions]
    features = []
    for i, m in enumerate(mentions):
        f = candidate_features(sentence, trigger, mentions, i, parsed)
        f[RULE] = rule_score(sentence, trigger, (m.start, m.end), others[i], others, parsed)
        features.append(f)
    none_option = none_features(sentence, trigger, mentions, parsed)
    none_option[RULE] = THRESHOLD
    return tuple(features), none_option


def _at_sentence_offsets(m: Mention) -> Place:
    """The mention's place with sentence offsets (the rules read them so)."""
    return replace(m.place, start=m.start, end=m.end)


@cache
def load_model(name: str = "parsed") -> LinkModel:
    """The shipped weights of feature set ``name`` (``parsed`` or ``lexical``), cached.

    Raises
    ------
    LinkModelError
        When the model file is missing or lacks ``name``.
    """
    data = model_data()
    try:
        entry = data["models"][name]
        weights = entry["weights"]
        trees = trees_from(entry.get("trees"))
    except (KeyError, TypeError, ValueError) as exc:
        raise LinkModelError(f"{MODEL_FILE} has no valid '{name}' model") from exc
    return LinkModel(name, with_rule_prior({str(k): float(v) for k, v in weights.items()}), trees)


def with_rule_prior(weights: Mapping[str, float]) -> dict[str, float]:
    """The weights the linker uses: the rule score's learned weight times ``RULE_PRIOR``."""
    out = dict(weights)
    if RULE in out:
        out[RULE] *= RULE_PRIOR
    return out


@cache
def model_data() -> dict:
    """The whole model file (weights, provenance, cross-validated figures)."""
    path = resources.files("geomap") / "data" / "events" / MODEL_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LinkModelError(f"cannot read the event-location model {MODEL_FILE}: {exc}") from exc
