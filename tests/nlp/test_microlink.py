import numpy as np
import pytest
from scipy.cluster.hierarchy import fcluster

from forum_messages.nlp import cluster, microlink
from forum_messages.nlp.base import normalise_rows
from forum_messages.nlp.cluster import average_linkage, renumber, threshold_groups
from forum_messages.nlp.microlink import link_micro, micro_means


def points(k: int, n: int, spread: float, seed: int, dim: int = 24) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, dim))
    rows = centres[rng.integers(0, k, size=n)] + spread * rng.normal(size=(n, dim))
    return normalise_rows(rows).astype(np.float32)


def exact(x: np.ndarray, max_distance: float) -> list[int]:
    """Average linkage over every point, cut at ``max_distance`` (scipy)."""
    return renumber(fcluster(average_linkage(x), t=max_distance, criterion="distance")).tolist()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_single_points_give_scipys_average_linkage(seed: int) -> None:
    x = points(8, 150, 0.6, seed)
    heads = link_micro(x.astype(np.float64), np.ones(len(x), dtype=np.int64), 0.55)
    got = renumber(heads).tolist()
    assert got == exact(x, 0.55)
    assert 8 <= len(set(got)) < 150  # the cut falls between the extremes


def test_a_micro_cluster_weighs_as_many_points_as_it_holds() -> None:
    """Micro-clusters of identical points linked by their means and sizes give the groups of
    average linkage over all the points: a larger micro-cluster pulls its merges harder."""
    base = points(6, 40, 0.7, 5)
    sizes = np.random.default_rng(6).integers(1, 6, size=len(base))
    every = np.repeat(base, sizes, axis=0)
    heads = link_micro(base.astype(np.float64), sizes, 0.6)
    expanded = renumber(np.repeat(heads, sizes)).tolist()
    assert expanded == exact(every, 0.6)
    unweighted = link_micro(base.astype(np.float64), np.ones(len(base), dtype=np.int64), 0.6)
    assert not np.array_equal(renumber(heads), renumber(unweighted))


def test_large_parts_work_out_their_distances_from_the_means(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    x = points(10, 200, 0.55, 7)
    means = micro_means(x, np.arange(len(x)) // 2)  # pairs of points
    sizes = np.full(len(means), 2)
    dense = link_micro(means, sizes, 0.5)
    monkeypatch.setattr(microlink, "DENSE", 5)
    assert np.array_equal(link_micro(means, sizes, 0.5), dense)
    assert 10 <= len(set(dense.tolist())) < len(means)


def test_micro_means_sum_each_label_in_row_order() -> None:
    x = points(3, 30, 0.5, 8)
    labels = np.random.default_rng(9).integers(0, 4, size=len(x))
    means = micro_means(x, labels)
    for c in range(4):
        assert np.array_equal(means[c], x[labels == c].astype(np.float64).mean(axis=0))


def test_groups_span_k_means_partitions() -> None:
    """A theme larger than ``max_exact`` is cut by k-means into partitions that split the
    same point; linking their micro-clusters joins it again, as one piece would."""
    x = points(4, 160, 0.3, 4)
    labels = threshold_groups(x, 0.5, max_exact=30, seed=3)
    assert labels.tolist() == exact(x, 0.5)
    assert len(set(labels.tolist())) == 4
    assert np.array_equal(labels, threshold_groups(x, 0.5, max_exact=30, seed=3))


def test_weighted_micro_means_count_each_row_as_its_copies() -> None:
    x = points(3, 40, 0.5, 10)
    labels = np.random.default_rng(11).integers(0, 5, size=len(x))
    weights = np.random.default_rng(12).integers(1, 7, size=len(x))
    means = micro_means(x, labels, weights)
    every = micro_means(np.repeat(x, weights, axis=0), np.repeat(labels, weights))
    assert np.allclose(means, every, rtol=0, atol=1e-12)
    assert not np.allclose(means, micro_means(x, labels), rtol=0, atol=1e-6)


def copied(x: np.ndarray, seed: int) -> np.ndarray:
    """Each row of ``x`` there 1 to 6 times, the copies shuffled among the others."""
    rng = np.random.default_rng(seed)
    of_row = np.repeat(np.arange(len(x)), rng.integers(1, 7, size=len(x)))
    rng.shuffle(of_row)
    return x[of_row]


@pytest.mark.parametrize("seed", [1, 2])
def test_copies_are_linked_as_distinct_rows_weighed_by_their_counts(seed: int) -> None:
    """A set larger than ``max_exact`` whose distinct rows fit in one piece is linked over
    those rows, each weighing its copies: the groups of average linkage over every row."""
    x = copied(points(8, 120, 0.6, seed), seed)
    assert len(x) > 300
    labels = threshold_groups(x, 0.55, max_exact=200)
    assert labels.tolist() == exact(x, 0.55)
    assert 8 <= len(set(labels.tolist())) < 120


@pytest.mark.parametrize("dense", [4096, 40])
def test_one_piece_of_distinct_rows_is_average_linkage_over_every_row(
    dense: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Distinct rows of a set larger than ``max_exact`` linked in one piece, weighing their
    copies: scipy's average linkage over the expanded rows, with the square matrix made a
    block of rows at a time when the connected part is larger than ``DENSE``."""
    monkeypatch.setattr(microlink, "DENSE", dense)
    monkeypatch.setattr(microlink, "SCORE_ROWS", 7)  # blocks of the matrix of 7 rows
    x = copied(points(6, 150, 0.7, 9), 10)
    labels = threshold_groups(x, 0.6, max_exact=100)
    assert labels.tolist() == exact(x, 0.6)
    assert 6 <= len(set(labels.tolist())) < 150


def test_a_large_set_without_copies_is_linked_in_one_piece() -> None:
    x = points(5, 260, 0.6, 12)
    labels = threshold_groups(x, 0.55, max_exact=50, seed=3)
    assert labels.tolist() == exact(x, 0.55)
    assert 5 <= len(set(labels.tolist())) < 260


def test_more_distinct_rows_than_max_linked_are_cut_by_k_means(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Above ``MAX_LINKED`` distinct rows, the k-means cut over every row, as for a set
    without copies: copies fall in one partition and one group, and the same input gives
    the same groups."""
    x = copied(points(4, 200, 0.3, 4), 5)
    monkeypatch.setattr(cluster, "MAX_LINKED", 150)
    labels = threshold_groups(x, 0.5, max_exact=60, seed=3)
    assert labels.tolist() == exact(x, 0.5)  # the points made again in other partitions joined
    _, inverse = np.unique(x, axis=0, return_inverse=True)
    for k in np.unique(inverse):  # copies of one row: one group
        assert len(set(labels[inverse.reshape(-1) == k].tolist())) == 1
    assert np.array_equal(labels, threshold_groups(x, 0.5, max_exact=60, seed=3))
    monkeypatch.setattr(cluster, "MAX_LINKED", 200)  # 200 distinct rows: one piece
    assert threshold_groups(x, 0.5, max_exact=60, seed=3).tolist() == exact(x, 0.5)
