"""Boosted decision trees that score the linker's options, blended with its logit.

The conditional logit of :mod:`geomap.events.link_model` adds up one
weight per feature; it cannot learn that a feature matters only together
with another ("in" on the trigger, but the trigger is a noun in a
reporting clause). A small ensemble of gradient-boosted regression trees
over the same sparse features (each option scored alone, as "is this
option where the event happened?") learns such interactions; the linker
blends the two models' probabilities. Trees are fitted by
``bench/train_linker.py`` and stored in ``location_model.json`` as plain
lists, so inference needs only the standard library.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from geomap.events.link_features import Features

#: the indicator the trees read for the "none" option (its features are "none:..." ones)
NONE_OPTION = "option=none"


@dataclass(frozen=True, slots=True)
class Trees:
    """A boosted ensemble: ``baseline`` plus the leaf values the options reach, as a logit.

    Each tree is a tuple of nodes ``(feature, threshold, left, right,
    value)``; a node whose ``feature`` is ``-1`` is a leaf with ``value``,
    otherwise an option goes ``left`` when its value of ``names[feature]``
    (0 when absent) is at most ``threshold``.
    """

    names: tuple[str, ...]
    trees: tuple[tuple[tuple[int, float, int, int, float], ...], ...]
    baseline: float
    share: float  # the trees' share of the blended probability

    def probability(self, features: Features) -> float:
        """The probability that the option with ``features`` is right, alone."""
        names = self.names
        score = self.baseline
        for tree in self.trees:
            node = tree[0]
            while node[0] >= 0:
                value = features.get(names[node[0]], 0.0)
                node = tree[node[2] if value <= node[1] else node[3]]
            score += node[4]
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def blend(
        self, probabilities: Sequence[float], none: float, features: Sequence[Features], nope
    ) -> tuple[tuple[float, ...], float]:
        """The logit's option probabilities mixed with the trees' (normalised over the options).

        ``nope`` are the "none" option's features; returns the candidates'
        blended probabilities and the blended probability of none.
        """
        alone = [self.probability({**nope, NONE_OPTION: 1.0})]
        alone += [self.probability(f) for f in features]
        total = sum(alone) or 1.0
        share = self.share
        mixed = [
            (1 - share) * p + share * q / total
            for p, q in zip([none, *probabilities], alone, strict=True)
        ]
        return tuple(mixed[1:]), mixed[0]


def trees_from(data: Mapping | None) -> Trees | None:
    """The :class:`Trees` of a model file's ``trees`` entry, or None when it has none."""
    if not data:
        return None
    return Trees(
        names=tuple(data["names"]),
        trees=tuple(tuple(tuple(node) for node in tree) for tree in data["trees"]),
        baseline=float(data["baseline"]),
        share=float(data["share"]),
    )
