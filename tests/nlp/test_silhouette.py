"""The numpy silhouette against scikit-learn's, and choose_k unchanged by the swap."""

import subprocess
import sys

import numpy as np
import pytest
from sklearn.metrics import silhouette_score

from forum_messages.nlp import cluster
from forum_messages.nlp.base import normalise_rows
from forum_messages.nlp.cluster import choose_k, silhouette


def cosine_distances(x: np.ndarray) -> np.ndarray:
    """The matrix choose_k builds."""
    dist = np.clip(1.0 - x.astype(np.float64) @ x.T.astype(np.float64), 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    return dist


def sklearn_silhouette(dist: np.ndarray, labels: np.ndarray) -> float:
    return float(silhouette_score(dist, labels, metric="precomputed"))


def unit_rows(n: int, dim: int, rng: np.random.Generator) -> np.ndarray:
    return normalise_rows(rng.normal(size=(n, dim))).astype(np.float32)


@pytest.mark.parametrize("seed", range(40))
def test_matches_sklearn_on_random_inputs(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 400))
    dist = cosine_distances(unit_rows(n, int(rng.integers(2, 40)), rng))
    k = int(rng.integers(2, min(n, 60)))
    labels = rng.integers(0, k, size=n) * 3 - 5  # not 0..k-1, some negative
    if not 2 <= len(np.unique(labels)) <= n - 1:
        labels[:2] = [0, 1]
        labels[2:] = 0
    assert silhouette(dist, labels) == pytest.approx(sklearn_silhouette(dist, labels), abs=1e-12)


def test_matches_sklearn_on_a_large_input_over_several_row_blocks() -> None:
    rng = np.random.default_rng(7)
    dist = cosine_distances(unit_rows(3000, 16, rng))  # 3000 rows: blocks of 1398
    labels = rng.integers(1, 13, size=3000)
    assert silhouette(dist, labels) == pytest.approx(sklearn_silhouette(dist, labels), abs=1e-12)


DEGENERATE = {
    "two points apart, one alone": (np.array([[0, 1, 1], [1, 0, 1], [1, 1, 0.0]]), [0, 0, 1]),
    "all singletons but one pair": (None, [0, 0, 1, 2, 3, 4]),
    "duplicate points in each cluster": ("dup", [0, 0, 0, 1, 1, 1]),
    "all points identical": ("same", [0, 0, 1, 1, 1]),
    "string labels": (None, ["b", "a", "b", "c", "a", "c", "c"]),
    "fcluster-like 1-based int32": (None, np.array([1, 2, 2, 1, 3, 3, 1], dtype=np.int32)),
}


@pytest.mark.parametrize("case", sorted(DEGENERATE))
def test_matches_sklearn_on_degenerate_inputs(case: str) -> None:
    spec, labels_list = DEGENERATE[case]
    labels = np.asarray(labels_list)
    n = len(labels)
    rng = np.random.default_rng(3)
    if spec is None:
        dist = cosine_distances(unit_rows(n, 5, rng))
    elif isinstance(spec, str):
        if spec == "same":
            x = np.repeat(unit_rows(1, 5, rng), n, axis=0)
        else:
            x = np.repeat(unit_rows(2, 5, rng), 3, axis=0)
        dist = cosine_distances(x)
    else:
        dist = spec
    assert silhouette(dist, labels) == pytest.approx(sklearn_silhouette(dist, labels), abs=1e-12)


@pytest.mark.parametrize("labels", [[0, 0, 0, 0], [0, 1, 2, 3]])
def test_one_cluster_or_all_singletons_is_an_error_like_sklearn(labels: list[int]) -> None:
    dist = cosine_distances(unit_rows(4, 3, np.random.default_rng(0)))
    with pytest.raises(ValueError):
        sklearn_silhouette(dist, np.array(labels))
    with pytest.raises(ValueError):
        silhouette(dist, np.array(labels))


def test_shape_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError):
        silhouette(np.zeros((3, 3)), np.array([0, 1]))


def blobs(k: int, per: int, dim: int, spread: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = normalise_rows(rng.normal(size=(k, dim)))
    points = np.repeat(centres, per, axis=0) + rng.normal(scale=spread, size=(k * per, dim))
    return normalise_rows(points).astype(np.float32)


DATASETS = [
    (blobs(4, 8, 32, 0.15, 1), 2, 8, {}),
    (blobs(6, 5, 16, 0.3, 2), 2, 12, {}),
    (blobs(3, 20, 64, 0.5, 3), 3, 10, {}),
    (unit_rows(50, 8, np.random.default_rng(4)), 2, 15, {}),
    (blobs(5, 30, 24, 0.2, 5), 2, 9, {"max_exact": 60}),  # the sampled path
]


@pytest.mark.parametrize("index", range(len(DATASETS)))
def test_choose_k_is_unchanged(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    x, k_min, k_max, kwargs = DATASETS[index]
    labels, scores = choose_k(x, k_min, k_max, **kwargs)
    monkeypatch.setattr(cluster, "silhouette", sklearn_silhouette)
    ref_labels, ref_scores = choose_k(x, k_min, k_max, **kwargs)
    assert scores == ref_scores
    assert np.array_equal(labels, ref_labels)
    assert len(scores) >= 2


def test_importing_cluster_does_not_import_sklearn() -> None:
    code = "import sys, forum_messages.nlp.cluster; print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
