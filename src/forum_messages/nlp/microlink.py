"""Average linkage over micro-clusters, each standing for all its points.

Between two sets of unit vectors A and B, the mean cosine similarity over all pairs (a, b)
is the dot product of their mean vectors (the means themselves, not brought back to unit
length): sum_a sum_b a.b / (|A| |B|) = mean(A) . mean(B). So average linkage, which joins
the two clusters with the smallest mean pairwise distance, can go on from micro-clusters
already made (the groups cut inside each k-means partition) without looking at their points
again: each micro-cluster is its mean vector and its size. That is how groups of a large
theme span partitions.

Decisions ride on the same numbers as everywhere else (``nlp/decide.py``): the similarity of
two micro-clusters is ``decision_scores`` of their float64 means (rounded to 6 places), and
merged clusters get the size-weighted mean of their distances (the Lance-Williams update of
average linkage, element by element in float64, so in the same order on every CPU). Only
micro-clusters within ``max_distance`` of another can ever be merged (the distance of a
merged cluster is a weighted mean of its parts' distances), so the linkage runs on each
connected part of that neighbour graph alone, and most micro-clusters, having no neighbour,
cost one row of scores.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from forum_messages.nlp.decide import DECIMALS, SCORE_ROWS, decision_scores

Labels = NDArray[np.int64]

#: Largest connected part whose distances are kept as a square matrix (128 MB of float64);
#: a larger one gets each row of distances worked out from the means when it is needed.
DENSE = 4096


def micro_means(
    x: NDArray[np.floating],
    labels: NDArray[np.integer],
    weights: NDArray[np.integer] | None = None,
) -> NDArray[np.float64]:
    """The float64 mean vector of each label's rows (labels 0..k-1), its rows taken in
    their order: element-wise additions, no BLAS, so the same bits on every CPU. With
    ``weights``, each row counts as many times as its weight (a row standing for its
    copies)."""
    k = int(labels.max()) + 1 if len(labels) else 0
    order = np.argsort(labels, kind="stable")
    ends = np.cumsum(np.bincount(labels, minlength=k))
    out = np.empty((k, x.shape[1]), dtype=np.float64)
    start = 0
    for c, end in enumerate(ends.tolist()):
        rows = np.asarray(x[order[start:end]], dtype=np.float64)
        if weights is None:
            out[c] = rows.mean(axis=0)
        else:
            w = np.asarray(weights[order[start:end]], dtype=np.float64)
            out[c] = (rows * w[:, None]).sum(axis=0) / w.sum()
        start = end
    return out


def link_micro(
    means: NDArray[np.float64],
    sizes: NDArray[np.integer],
    max_distance: float,
    *,
    dense: int = DENSE,
) -> Labels:
    """Average linkage over micro-clusters (``means``: each one's mean vector; ``sizes``: its
    number of points), cut at ``max_distance``: for each micro-cluster, the first
    micro-cluster of its cluster. A connected part of at most ``dense`` micro-clusters keeps
    its distances as a square matrix (8 bytes a pair)."""
    m = len(means)
    parts = _neighbour_parts(means, max_distance)
    out = np.arange(m, dtype=np.int64)
    order = np.argsort(parts, kind="stable")
    bounds = np.flatnonzero(np.diff(parts[order])) + 1
    for members in np.split(order, bounds):
        if len(members) > 1:
            linked = _nn_chain(
                means[members], sizes[members].astype(np.float64), max_distance, dense
            )
            out[members] = members[linked]  # each joins its cluster's first micro-cluster
    return out


def _neighbour_parts(means: NDArray[np.float64], max_distance: float) -> NDArray[np.int64]:
    """Connected parts of the graph joining micro-clusters at most ``max_distance`` apart
    (each one's part, numbered in no particular order).

    A block of rows at a time, the parts found so far joined by that block's pairs, so that
    no more than one block's pairs are kept (all the pairs of a large, close theme would take
    gigabytes); the parts, as sets, are those of the whole graph."""
    # imported here: scipy.sparse costs about 0.3 s to import, and only large themes get here
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    m = len(means)
    part = np.arange(m, dtype=np.int64)
    step = max(1, min(SCORE_ROWS, (1 << 22) // max(1, m)))  # a block of 32 MB of scores
    for start in range(0, m, step):
        dist = 1.0 - decision_scores(means[start : start + step], means[start:])
        i, j = np.nonzero(np.triu(dist <= max_distance, 1))  # each pair once
        if not len(i):
            continue
        ones = np.ones(len(i), dtype=np.int8)
        graph = coo_matrix((ones, (part[i + start], part[j + start])), shape=(m, m))
        part = connected_components(graph, directed=False)[1].astype(np.int64)[part]
    return part


def _nn_chain(
    means: NDArray[np.float64], sizes: NDArray[np.float64], max_distance: float, dense: int
) -> Labels:
    """Average linkage of one connected part, merging while the closest pair is at most
    ``max_distance`` apart: for each micro-cluster, the position of the first micro-cluster
    of its cluster.

    The nearest-neighbour chain: follow nearest neighbours until two are each other's
    nearest, merge them, go on from the chain that is left. A tie goes to the previous link
    of the chain, then to the first position, so the merges do not depend on float noise;
    with distances the same from both ends of a pair, each link of the chain is shorter
    than the one before, so the chain never turns back on itself. A
    cluster whose nearest neighbour is farther than ``max_distance`` is done: average linkage
    never brings a merged cluster closer to it than the nearer of its parts."""
    m = len(means)
    rows = _Rows(means, sizes, dense)
    alive = np.ones(m, dtype=bool)
    head = np.arange(m)  # the cluster (its first micro-cluster) each micro-cluster is in
    chain: list[int] = []
    while True:
        if not chain:
            left = np.flatnonzero(alive)
            if len(left) < 2:
                break
            chain.append(int(left[0]))
        a = chain[-1]
        dist = rows.get(a, alive)
        b = int(np.argmin(dist))
        if len(chain) > 1 and dist[chain[-2]] <= dist[b]:
            b = chain[-2]
        if not dist[b] <= max_distance:  # inf (alone) or too far: a is done
            alive[a] = False
            chain.pop()
        elif len(chain) > 1 and b == chain[-2]:
            chain.pop()
            chain.pop()
            keep, gone = min(a, b), max(a, b)
            rows.merge(keep, gone)
            alive[gone] = False
            head[head == gone] = keep
        else:
            chain.append(b)
    return head.astype(np.int64)


class _Rows:
    """Distances from a cluster to all others: a square matrix for a part of at most
    ``dense`` micro-clusters, else worked out from the clusters' means each time."""

    def __init__(
        self, means: NDArray[np.float64], sizes: NDArray[np.float64], dense: int = DENSE
    ) -> None:
        self.sizes = sizes.copy()
        self.dense = len(means) <= max(dense, DENSE)
        if len(means) <= DENSE:
            # the upper triangle mirrored: a BLAS product need not give a.b and b.a the
            # same last bits, and the chain needs each distance the same from both ends
            upper = np.triu(1.0 - decision_scores(means, means), 1)
            self.dist = upper + upper.T
        elif self.dense:
            self.dist = _mirrored(means)
        else:
            self.means = means.copy()
            self.sums = means * sizes[:, None]

    def get(self, a: int, alive: NDArray[np.bool_]) -> NDArray[np.float64]:
        if self.dense:
            row = self.dist[a].copy()
        else:
            row = np.full(len(self.sizes), np.inf)
            # products then sums along each row: the same bits from either end of a pair
            sims = np.round((self.means[alive] * self.means[a]).sum(axis=1), DECIMALS)
            row[alive] = 1.0 - sims
        row[~alive] = np.inf
        row[a] = np.inf
        return row

    def merge(self, keep: int, gone: int) -> None:
        wk, wg = self.sizes[keep], self.sizes[gone]
        if self.dense:
            row = (wk * self.dist[keep] + wg * self.dist[gone]) / (wk + wg)
            self.dist[keep] = row
            self.dist[:, keep] = row
        else:
            self.sums[keep] += self.sums[gone]
            self.means[keep] = self.sums[keep] / (wk + wg)
        self.sizes[keep] = wk + wg


def _mirrored(means: NDArray[np.float64]) -> NDArray[np.float64]:
    """The square matrix of distances between ``means`` (zero diagonal), made a block of
    rows at a time with no other matrix of its size: each block's distances to the rows
    from its own first one on, then the part below the diagonal copied from above it (a
    distance the same from both ends of a pair, as above)."""
    m = len(means)
    out = np.empty((m, m), dtype=np.float64)
    step = max(1, min(SCORE_ROWS, (1 << 22) // max(1, m)))
    for start in range(0, m, step):
        end = min(m, start + step)
        out[start:end, start:] = 1.0 - decision_scores(means[start:end], means[start:])
        out[start:end, :start] = out[:start, start:end].T
        block = out[start:end, start:end]
        block[np.tril_indices(end - start)] = 0.0
        block += np.triu(block, 1).T
    return out
