"""Message grouping decisions taken with the learned same-point model (``synth.same_point``).

Three uses, each a parameter of ``grouping.ThresholdGrouper`` (all off by default; measured in
docs/quality.md, "a learned same-point check"):

- ``off_point``: a source the model says does not make the point of its message's core (the
  member most similar to the others) is detached;
- ``join``: a statement left alone joins the message (or the other lone statement) the model
  says makes its point;
- ``mixed``: the clustering runs on a mix of the similarity and the model's probability.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from forum_messages.nlp.base import Vectors
from forum_messages.nlp.decide import DECIMALS, Scores, beats, best, decision_scores
from forum_messages.synth.same_point import PairFeatures, PointModel

#: Similarity below which the model is not asked whether a lone row joins.
JOIN_FLOOR = 0.3


def core(x: Vectors, rows: Sequence[int]) -> int:
    """The member of ``rows`` most similar to the others (the first on a tie)."""
    sim = decision_scores(x[list(rows)], x[list(rows)])
    mean = (sim.sum(axis=1) - np.diag(sim)) / max(len(rows) - 1, 1)
    return rows[best(mean)]


def off_point(
    model: PointModel,
    x: Vectors,
    kept: list[list[int]],
    sessions: Sequence[str],
    points: PairFeatures,
    bar: float,
    min_sessions: int,
    pairs: bool,
    second: tuple[PointModel, float] | None = None,
    two: tuple[PointModel, float] | None = None,
    larger: PointModel | None = None,
) -> list[int]:
    """Members of the messages ``kept`` whose probability of making their core's point is
    below ``bar``, least likely first, taken out while the rest still rests on
    ``min_sessions`` sessions; a message of two below the bar is dissolved when ``pairs``.
    With ``second`` (a model and its bar), a member is below only when that model's
    probability is below its bar too. With ``two`` (a model and its bar), a message of two
    is also dissolved when that model alone puts its pair below its bar (with ``pairs``).
    With ``larger``, that model instead of ``model`` judges the members of messages of three
    or more (against ``bar`` as well). Every message's pairs are scored at once (the
    features' neighbour search is one pass). Returns the rows taken out."""
    checked = [rows for rows in kept if len(rows) >= 2]
    centres = [core(x, rows) for rows in checked]  # each message's, found once
    asked: list[tuple[int, int]] = []
    for rows, centre in zip(checked, centres, strict=True):
        asked.extend((centre, r) for r in rows if r != centre)
    if not asked:
        return []
    wanted = model.names + (second[0].names if second else ()) + (two[0].names if two else ())
    wanted += larger.names if larger else ()
    features = points.pairs(asked, tuple(dict.fromkeys(wanted)))
    scores = model.probability(features)
    if larger is not None:  # the members of messages of three or more, by that model
        size = {r: len(rows) for rows in checked for r in rows}
        wide = np.asarray([size[r] > 2 for _, r in asked])
        scores = np.where(wide, larger.probability(features), scores)
    alone = dict(zip(asked, two[0].probability(features).tolist(), strict=True)) if two else {}
    if second is not None:  # above the bar wherever the second model is not below its own
        agree = second[0].probability(features) < second[1]
        scores = np.where(agree, scores, np.maximum(scores, bar))
    prob = dict(zip(asked, scores.tolist(), strict=True))
    out: list[int] = []
    for rows, centre in zip(checked, centres, strict=True):
        scored = sorted((prob[(centre, r)], r) for r in rows if r != centre)
        if len(rows) == 2:
            apart = two is not None and alone[(centre, scored[0][1])] < two[1]
            if pairs and (scored[0][0] < bar or apart):
                out.extend(rows)
                rows.clear()
            continue
        for p, r in scored:
            if p >= bar:
                break
            rest = [o for o in rows if o != r]
            if len({sessions[i] for i in rest}) < min_sessions:
                continue
            rows.remove(r)
            out.append(r)
    return out


def join(
    model: PointModel,
    x: Vectors,
    kept: list[list[int]],
    attached: dict[int, int],
    alone: list[int],
    sessions: Sequence[str],
    points: PairFeatures,
    bar: float,
) -> list[int]:
    """Lone rows the model joins (probability at least ``bar``): each to its likeliest
    partner, the core of a message or another lone row of another session at a similarity of
    ``JOIN_FLOOR`` or more; two lone rows make a new message only when each is the other's
    likeliest. ``kept`` and ``attached`` are updated; returns the rows still alone."""
    cores = [core(x, rows) for rows in kept]
    targets = cores + alone  # a message by its core, or another lone row
    sim = decision_scores(x[alone], x[targets])
    pairs: list[tuple[int, int]] = []
    where: list[tuple[int, int]] = []  # (lone position, target position)
    for a, row in enumerate(alone):
        for t, other in enumerate(targets):
            if other == row or sim[a, t] < JOIN_FLOOR:
                continue
            if t >= len(cores) and sessions[other] == sessions[row]:
                continue
            pairs.append((row, other))
            where.append((a, t))
    if not pairs:
        return alone
    prob = model.probability(points.pairs(pairs, model.names))
    choice: dict[int, tuple[float, int]] = {}
    for (a, t), p in zip(where, prob.tolist(), strict=True):
        if p >= bar and (a not in choice or beats(p, choice[a][0])):
            choice[a] = (p, t)
    lone = len(cores)
    out: list[int] = []
    for a, row in enumerate(alone):
        picked = choice.get(a)
        if picked is None:
            out.append(row)
        elif picked[1] < lone:
            attached[row] = picked[1]
            kept[picked[1]].append(row)
        else:
            b = picked[1] - lone
            if choice.get(b, (0.0, -1))[1] != lone + a:
                out.append(row)
            elif b < a:  # a mutual pair: made once, by its second row
                kept.append(sorted([alone[b], row]))
    return out


def mixed(model: PointModel, xd: Vectors, points: PairFeatures, weight: float) -> Scores:
    """The rows' similarity (``xd``: what the clustering decides on) mixed with the model's
    probability of every pair: ``weight`` parts the probability; rounded."""
    n = len(xd)
    prob = model.probability(points.block(range(n)).reshape(n * n, -1)).reshape(n, n)
    return np.round((1 - weight) * decision_scores(xd, xd) + weight * prob, DECIMALS) + 0.0
