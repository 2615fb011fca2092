"""Group statements that say the same thing into message groups, inside one theme.

Average-linkage clustering over cosine distance, cut at ``message_distance``: a statement and
its translation sit close together in the multilingual embedding space, so they fall in the
same group. A group must rest on ``min_sessions`` different sessions; a lone statement joins
the nearest such group when it is similar enough, otherwise it is not reflected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from forum_messages.engine import Engine
from forum_messages.nlp.base import Vectors
from forum_messages.nlp.cluster import threshold_groups
from forum_messages.nlp.decide import best, centroid, decision_scores


@dataclass(frozen=True)
class Grouping:
    groups: list[list[int]]  # indices (into the theme's rows) of each kept group
    attached: dict[int, int]  # row -> group it joined after clustering
    alone: list[int]  # rows in no group (single-session points)
    single: list[list[int]] = field(default_factory=list)  # ``alone`` rows, as clustered
    detached: list[int] = field(default_factory=list)  # rows taken out of a group (in alone)


class ThresholdGrouper:
    name = "average-linkage-threshold"

    def __init__(
        self,
        max_distance: float,
        min_sessions: int,
        attach_similarity: float,
        seed: int = 0,
        cohesion: float = 0.35,
        engine: Engine | None = None,
    ) -> None:
        self.engine = engine
        self.cohesion = cohesion
        self.max_distance = max_distance
        self.min_sessions = min_sessions
        self.attach_similarity = attach_similarity
        self.seed = seed

    def params(self) -> dict[str, object]:
        return {
            "max_distance": self.max_distance,
            "min_sessions": self.min_sessions,
            "attach_similarity": self.attach_similarity,
            "cohesion": self.cohesion,
            "linkage": "average",
            "metric": "cosine",
        }

    def run(self, x: Vectors, sessions: Sequence[str]) -> Grouping:
        n = len(x)
        if n == 0:
            return Grouping([], {}, [])
        labels = threshold_groups(x, self.max_distance, seed=self.seed, engine=self.engine)
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
        detached: list[int] = []
        for rows in kept:
            rows.sort()
            detached.extend(self._detach(x, rows, sessions))
        alone = sorted(alone + detached)
        # the rows left alone, grouped as the clustering put them (one session's near-copies
        # stay together)
        where = {row: lab for lab, rows in members.items() for row in rows}
        single: dict[int, list[int]] = {}
        for row in alone:
            single.setdefault(-1 - row if row in detached else where[row], []).append(row)
        return Grouping(kept, attached, alone, list(single.values()), sorted(detached))

    def _detach(self, x: Vectors, rows: list[int], sessions: Sequence[str]) -> list[int]:
        """Members that do not make the group's point: least similar to the others first.

        A member is taken out when its similarity to the centre of the other members is below
        ``cohesion``, as long as the rest still rests on ``min_sessions`` sessions.
        """
        out: list[int] = []
        while len(rows) > 2:
            sims = [
                float(decision_scores(x[r], centroid(x[[o for o in rows if o != r]]))) for r in rows
            ]
            worst = min(range(len(rows)), key=lambda j: (sims[j], rows[j]))
            rest = rows[:worst] + rows[worst + 1 :]
            if sims[worst] >= self.cohesion or len({sessions[i] for i in rest}) < self.min_sessions:
                break
            out.append(rows.pop(worst))
        return out
