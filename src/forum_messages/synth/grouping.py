"""Group statements that say the same thing into message groups, inside one theme.

Average-linkage clustering over cosine distance, cut at ``message_distance``: a statement and
its translation sit close together in the multilingual embedding space, so they fall in the
same group. A group must rest on ``min_sessions`` different sessions; a lone statement joins
the nearest such group when it is similar enough, otherwise it is not reflected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from forum_messages.nlp.base import Vectors
from forum_messages.nlp.cluster import threshold_groups
from forum_messages.nlp.decide import best, centroid, decision_scores


@dataclass(frozen=True)
class Grouping:
    groups: list[list[int]]  # indices (into the theme's rows) of each kept group
    attached: dict[int, int]  # row -> group it joined after clustering
    alone: list[int]  # rows in no group (single-session points)


class ThresholdGrouper:
    name = "average-linkage-threshold"

    def __init__(
        self, max_distance: float, min_sessions: int, attach_similarity: float, seed: int = 0
    ) -> None:
        self.max_distance = max_distance
        self.min_sessions = min_sessions
        self.attach_similarity = attach_similarity
        self.seed = seed

    def params(self) -> dict[str, object]:
        return {
            "max_distance": self.max_distance,
            "min_sessions": self.min_sessions,
            "attach_similarity": self.attach_similarity,
            "linkage": "average",
            "metric": "cosine",
        }

    def run(self, x: Vectors, sessions: Sequence[str]) -> Grouping:
        n = len(x)
        if n == 0:
            return Grouping([], {}, [])
        labels = threshold_groups(x, self.max_distance, seed=self.seed)
        members: dict[int, list[int]] = {}
        for i, lab in enumerate(labels.tolist()):
            members.setdefault(lab, []).append(i)
        kept: list[list[int]] = []
        loose: list[int] = []
        for rows in members.values():
            if len({sessions[i] for i in rows}) >= self.min_sessions:
                kept.append(rows)
            else:
                loose.extend(rows)
        attached: dict[int, int] = {}
        alone: list[int] = []
        if kept and loose:
            centroids = np.stack([centroid(x[rows]) for rows in kept])
            sims = decision_scores(x[loose], centroids)
            for j, row in enumerate(loose):
                nearest = best(sims[j])
                if sims[j, nearest] >= self.attach_similarity:
                    attached[row] = nearest
                else:
                    alone.append(row)
        else:
            alone = list(loose)
        for row, g in sorted(attached.items()):
            kept[g].append(row)
        for rows in kept:
            rows.sort()
        return Grouping(kept, attached, sorted(alone))
