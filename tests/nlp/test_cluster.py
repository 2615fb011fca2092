import numpy as np
import pytest

from forum_messages.nlp import cluster
from forum_messages.nlp.base import normalise_rows
from forum_messages.nlp.cluster import choose_k, renumber, threshold_groups


def blobs(k: int, per: int, dim: int = 32, spread: float = 0.05, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = normalise_rows(rng.normal(size=(k, dim)))
    points = np.repeat(centres, per, axis=0) + rng.normal(scale=spread, size=(k * per, dim))
    return normalise_rows(points)


def test_renumber_by_first_appearance() -> None:
    assert renumber(np.array([5, 5, 2, 9, 2])).tolist() == [0, 0, 1, 2, 1]


def test_threshold_groups_recovers_tight_blobs() -> None:
    x = blobs(5, 6)
    labels = threshold_groups(x, 0.3)
    assert len(set(labels.tolist())) == 5
    for b in range(5):
        assert len(set(labels[b * 6 : (b + 1) * 6].tolist())) == 1


def test_threshold_groups_partitions_large_input_consistently(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cluster, "MAX_LINKED", 0)  # the k-means cut, not one piece
    x = blobs(40, 20, spread=0.02)
    labels = threshold_groups(x, 0.2, max_exact=300)
    assert len(set(labels.tolist())) == 40
    assert np.array_equal(labels, threshold_groups(x, 0.2, max_exact=300))


def test_choose_k_finds_planted_number_of_clusters() -> None:
    x = blobs(4, 8, spread=0.15)
    labels, scores = choose_k(x, 2, 8)
    assert len(set(labels.tolist())) == 4
    assert max(scores, key=lambda k: scores[k]) == 4


def test_choose_k_tiny_input_is_one_cluster() -> None:
    labels, scores = choose_k(blobs(1, 2), 2, 5)
    assert labels.tolist() == [0, 0] and scores == {}


def test_points_k_means_cannot_split_are_cut_by_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Identical vectors all land in one k-means partition; a partition that does not shrink
    is cut into pieces of at most ``max_exact`` points instead of being partitioned again
    without end (which exhausted the recursion on a 300,000-response consultation). The
    linkage over the pieces' micro-clusters then joins them again: one point, one group."""
    monkeypatch.setattr(cluster, "MAX_LINKED", 0)  # the k-means cut, not one piece
    same = np.tile(normalise_rows(np.ones((1, 8), dtype=np.float32)), (60, 1))
    rng = np.random.default_rng(3)
    other = normalise_rows(rng.normal(size=(15, 8)).astype(np.float32))
    x = np.vstack([same, other])
    labels = threshold_groups(x, 0.3, max_exact=10)
    assert len(labels) == 75
    # the identical points are grouped together, and only with each other
    same_groups = set(labels[:60].tolist())
    assert len(same_groups) == 1
    assert not same_groups & set(labels[60:].tolist())
    assert np.array_equal(labels, threshold_groups(x, 0.3, max_exact=10))
