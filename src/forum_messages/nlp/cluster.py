"""Clustering of unit vectors: threshold cuts for messages, data-chosen k for sub-topics.

Average linkage over cosine distance is exact up to ``max_exact`` points. A larger set is
first cut into partitions by k-means (seeded, so repeatable), average linkage cuts each
partition into micro-clusters, and average linkage goes on over the micro-clusters of all
partitions (``microlink.py``), so that a group can span partitions. Distances come from
``decision_scores`` (float64, rounded), so every machine clusters the same numbers.

A larger set whose distinct rows are at most ``MAX_LINKED`` (copies of a text share its very
vector, bit for bit) is linked in one piece over those rows, each weighing as many points as
its copies (``microlink.py``: a row is a micro-cluster of its copies): copies are at distance
0 from each other, so average linkage over every point would join them first, and the mean
distance between two clusters is that over all their points, copies included. Those are
the groups of average linkage over every point, with no k-means cut; each copy gets its
first row's group.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from forum_messages.engine import Engine, LocalEngine
from forum_messages.engine.vectors import distinct_rows, release, take_rows
from forum_messages.nlp.decide import beats, best_rows, centroid, decision_scores
from forum_messages.nlp.hclust import fcluster, linkage, squareform
from forum_messages.nlp.microlink import link_micro, micro_means

Labels = NDArray[np.int64]

#: Most points ``threshold_groups`` clusters in one piece (average linkage is quadratic).
MAX_EXACT = 2500
#: Most distinct rows a larger set may have to be linked in one piece, each weighing its
#: copies: a square matrix of distances of 8 bytes a pair (1.2 GB at 12,288 rows; CPU and
#: memory measured in docs/benchmarks.md). Above it, the k-means cut.
MAX_LINKED = 12288
#: A k-means partition holding more than this share of the points it was cut from is cut by
#: order instead (k-means cannot split identical points, and the recursion must shrink).
SHRINK = 0.9


def renumber(labels: NDArray[np.integer]) -> Labels:
    """Labels 0, 1, 2... in order of first appearance (so output order is stable)."""
    mapping: dict[int, int] = {}
    out = np.empty(len(labels), dtype=np.int64)
    for i, lab in enumerate(labels.tolist()):
        out[i] = mapping.setdefault(int(lab), len(mapping))
    return out


def cosine_distances(x: NDArray[np.float32]) -> NDArray[np.float64]:
    """Square matrix of 1 - similarity between unit rows, from the rounded decision scores
    (zero diagonal, clipped to [0, 2])."""
    dist = np.clip(1.0 - decision_scores(x, x), 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    return dist


def average_linkage(x: NDArray[np.float32]) -> NDArray[np.float64]:
    return linkage(squareform(cosine_distances(x), checks=False), method="average")


def threshold_groups(
    x: NDArray[np.float32],
    max_distance: float,
    *,
    max_exact: int | None = None,
    seed: int = 0,
    engine: Engine | None = None,
) -> Labels:
    """Groups whose average pairwise cosine distance is at most ``max_distance``.

    Above ``max_exact`` points, k-means (seeded) cuts the points into partitions of at most
    ``max_exact``, each cut into micro-clusters at ``max_distance`` on its own (``engine``
    runs those partitions: the same labels on every engine); then average linkage over the
    micro-clusters, each weighing as many points as it holds, joins those of different
    partitions that are at most ``max_distance`` apart on average. Above ``max_exact``
    points, a set of at most ``MAX_LINKED`` distinct rows (bit for bit) is linked in one
    piece instead, each row weighing its copies (one task for ``engine``): the groups of
    average linkage over every point.
    """
    max_exact = max_exact or MAX_EXACT
    n = len(x)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if n == 1:
        return np.zeros(1, dtype=np.int64)
    if n <= max_exact:
        z = average_linkage(x)
        return renumber(fcluster(z, t=max_distance, criterion="distance"))
    engine = engine or LocalEngine()
    found = distinct_rows(x)
    if (n if found is None else len(found[0])) <= MAX_LINKED:
        if found is None:
            once, weights, of_row = x, np.ones(n, dtype=np.int64), np.arange(n)
        else:
            firsts, of_row = found
            once = take_rows(x, firsts.tolist())
            release(x)
            weights = np.bincount(of_row, minlength=len(firsts))
        (heads,) = engine.map(_weighted_piece, [(once, weights, max_distance)])
        return renumber(heads[of_row])
    leaves = _leaves(x, np.arange(n), max_exact, seed)
    tasks = ((x[idx], max_distance) for idx in leaves)
    micro = np.empty(n, dtype=np.int64)
    offset = 0
    for idx, sub in zip(leaves, engine.map(_part_groups, tasks), strict=True):
        micro[idx] = sub + offset
        offset += int(sub.max()) + 1
    means = micro_means(x, micro)
    release(x)
    heads = link_micro(means, np.bincount(micro), max_distance)
    return renumber(heads[micro])


def _weighted_piece(
    x: NDArray[np.float32], weights: NDArray[np.int64], max_distance: float
) -> Labels:
    """Average linkage in one piece of distinct rows, each weighing ``weights`` points, cut
    at ``max_distance`` (a task an engine may run elsewhere): for each row, the first row of
    its group. Distances kept as a square matrix whatever the size of a connected part."""
    return link_micro(np.asarray(x, dtype=np.float64), weights, max_distance, dense=len(x))


def _leaves(
    x: NDArray[np.float32], idx: NDArray[np.intp], max_exact: int, seed: int
) -> list[NDArray[np.intp]]:
    """The rows ``idx`` of ``x`` cut into k-means partitions (seeded) of at most
    ``max_exact`` rows, a partition still too large cut again the same way."""
    # scikit-learn costs ~0.5 s to import: only inputs this large need it.
    from sklearn.cluster import MiniBatchKMeans

    n = len(idx)
    # all the rows as they are (no copy of them all), or a copy of those of a partition
    rows = x if n == len(x) else x[idx]
    parts = math.ceil(n / (max_exact * 0.6))
    km = MiniBatchKMeans(n_clusters=parts, random_state=seed, n_init=3, batch_size=4096)
    part = km.fit_predict(rows)
    del km
    release(x)
    out: list[NDArray[np.intp]] = []
    for p in range(parts):
        inside = np.flatnonzero(part == p)
        for piece in _shrunk(rows, inside, n, max_exact) if len(inside) else []:
            if len(piece) > max_exact:
                out.extend(_leaves(x, idx[piece], max_exact, seed))
            else:
                out.append(idx[piece])
    return out


def _shrunk(
    x: NDArray[np.float32], idx: NDArray[np.intp], n: int, max_exact: int
) -> list[NDArray[np.intp]]:
    """A k-means partition as it is, or, when it is too large and holds most of the ``n``
    points it was cut from (k-means could not split them: identical or nearly identical
    vectors), cut into pieces of ``max_exact`` points, taken in the order of their rounded
    similarity to the partition's centre (then position): the recursion always shrinks."""
    if len(idx) <= max_exact or len(idx) <= n * SHRINK:
        return [idx]
    rows = x[idx]
    order = np.lexsort((idx, -decision_scores(rows, centroid(rows)[None, :])[:, 0]))
    ranked = idx[order]
    return [np.sort(ranked[i : i + max_exact]) for i in range(0, len(ranked), max_exact)]


def _part_groups(x: NDArray[np.float32], max_distance: float) -> Labels:
    """Average-linkage groups of one partition (a task an engine may run elsewhere)."""
    return threshold_groups(x, max_distance, max_exact=len(x))


def silhouette(dist: NDArray[np.float64], labels: NDArray[np.integer]) -> float:
    """Mean silhouette coefficient from a square distance matrix (zero diagonal).

    The same value, to the last bit, as scikit-learn's
    ``silhouette_score(dist, labels, metric="precomputed")``, computed the same way: each
    row's distances summed per cluster in column order (one ``bincount`` over a block of
    rows adds in the same order as sklearn's one per row), a point alone in its cluster
    scores 0, and fewer than 2 or more than n - 1 clusters is a ``ValueError``.
    """
    dist = np.ascontiguousarray(dist, dtype=np.float64)
    n = len(labels)
    if dist.shape != (n, n):
        raise ValueError(f"distance matrix of shape {dist.shape} for {n} labels")
    codes = np.unique(np.asarray(labels), return_inverse=True)[1].reshape(-1)
    k = int(codes.max()) + 1 if n else 0
    if not 2 <= k <= n - 1:
        raise ValueError(f"silhouette needs 2 to n - 1 = {n - 1} clusters, not {k}")
    freqs = np.bincount(codes)
    sums = np.empty((n, k), dtype=np.float64)
    rows = max(1, (1 << 22) // n)  # bounds the bincount index block at 32 MB
    for start in range(0, n, rows):
        block = dist[start : start + rows]
        index = (np.arange(len(block))[:, None] * k + codes[None, :]).reshape(-1)
        sums[start : start + len(block)] = np.bincount(
            index, weights=block.reshape(-1), minlength=len(block) * k
        ).reshape(-1, k)
    own = (np.arange(n), codes)
    intra = sums[own]
    sums[own] = np.inf
    sums /= freqs
    inter = sums.min(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        intra /= (freqs - 1)[codes]
        scores = inter - intra
        scores /= np.maximum(intra, inter)
    return float(np.mean(np.nan_to_num(scores)))


def choose_k(
    x: NDArray[np.float32], k_min: int, k_max: int, *, max_exact: int = 4000, seed: int = 0
) -> tuple[Labels, dict[int, float]]:
    """Average-linkage clusters with k chosen by the best silhouette in [k_min, k_max].

    Returns the labels and the silhouette of every k tried. Fewer than three points, or a
    range with a single value, gives one cluster per requested k without scoring.
    """
    n = len(x)
    if n < 3 or k_max < 2:
        return np.zeros(n, dtype=np.int64), {}
    k_max = min(k_max, n - 1)
    k_min = max(2, min(k_min, k_max))
    if n > max_exact:
        # Cluster a seeded sample of the points, then give each point its nearest centroid.
        rng = np.random.default_rng(seed)
        sample = np.sort(rng.choice(n, size=max_exact, replace=False))
        labels_s, sampled = choose_k(x[sample], k_min, k_max, max_exact=max_exact, seed=seed)
        centroids = np.stack(
            [
                x[sample][labels_s == c].mean(axis=0, dtype=np.float64)
                for c in range(labels_s.max() + 1)
            ]
        )
        return renumber(best_rows(decision_scores(x, centroids))), sampled
    return choose_k_on(cosine_distances(x), k_min, k_max)


def choose_k_on(
    dist: NDArray[np.float64], k_min: int, k_max: int
) -> tuple[Labels, dict[int, float]]:
    """``choose_k`` on a square matrix of distances (zero diagonal) instead of vectors: the
    average-linkage cuts from ``k_min`` to ``k_max`` clusters, the best silhouette (a tie
    keeps the smaller k)."""
    n = len(dist)
    if n < 3 or k_max < 2:
        return np.zeros(n, dtype=np.int64), {}
    k_max = min(k_max, n - 1)
    k_min = max(2, min(k_min, k_max))
    z = linkage(squareform(dist, checks=False), method="average")
    scores: dict[int, float] = {}
    best_k, best_score, best_labels = k_min, -2.0, None
    for k in range(k_min, k_max + 1):
        labels = fcluster(z, t=k, criterion="maxclust")
        if len(set(labels.tolist())) < 2:
            continue
        score = silhouette(dist, labels)
        scores[k] = round(score, 4)
        if beats(score, best_score):  # a tie keeps the smaller k
            best_k, best_score, best_labels = k, score, labels
    if best_labels is None:
        return np.zeros(n, dtype=np.int64), scores
    del best_k
    return renumber(best_labels), scores
