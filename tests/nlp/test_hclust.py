"""Our linkage and flat clusters give scipy's arrays, without importing scipy's packages."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from scipy.cluster import hierarchy
from scipy.spatial.distance import squareform as scipy_squareform

from forum_messages.nlp import hclust


def _distances(rng: np.random.Generator, n: int, decimals: int) -> np.ndarray:
    """Cosine distances of random unit vectors, rounded so that ties are common."""
    x = rng.normal(size=(n, 8))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    d = np.clip(1.0 - np.round(x @ x.T, decimals), 0.0, 2.0)
    np.fill_diagonal(d, 0.0)
    return d


@pytest.mark.parametrize("seed", range(12))
def test_the_same_linkage_and_clusters_as_scipy(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 120))
    dist = _distances(rng, n, decimals=int(rng.integers(1, 7)))
    y = hclust.squareform(dist, checks=False)
    assert np.array_equal(y, scipy_squareform(dist, checks=False))
    z = hclust.linkage(y, method="average")
    expected = hierarchy.linkage(scipy_squareform(dist, checks=False), method="average")
    assert z.dtype == expected.dtype and np.array_equal(z, expected)
    for t in (0.0, 0.3, 0.6, 1.0, 2.0):
        got = hclust.fcluster(z, t=t, criterion="distance")
        assert got.dtype == np.int32
        assert np.array_equal(got, hierarchy.fcluster(expected, t=t, criterion="distance"))
    for k in range(1, min(n, 9) + 1):
        got = hclust.fcluster(z, t=k, criterion="maxclust")
        assert np.array_equal(got, hierarchy.fcluster(expected, t=k, criterion="maxclust"))


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="finite"):
        hclust.linkage(np.array([0.5, np.nan, 0.2]))
    with pytest.raises(ValueError, match="condensed"):
        hclust.linkage(np.array([0.5, 0.1]))  # no number of points has two pairs
    with pytest.raises(ValueError, match="method"):
        hclust.linkage(np.array([0.5]), method="ward")
    with pytest.raises(ValueError, match="square"):
        hclust.squareform(np.zeros((2, 3)))
    with pytest.raises(ValueError, match="criterion"):
        hclust.fcluster(hclust.linkage(np.array([0.5])), t=1, criterion="inconsistent")


def test_clustering_imports_no_scipy_subpackage() -> None:
    code = (
        "import sys, numpy as np\n"
        "from forum_messages.nlp.cluster import threshold_groups\n"
        "import forum_messages.synth.pipeline\n"
        "x = np.eye(4, 3, dtype=np.float32)\n"
        "print(threshold_groups(x, 0.5).tolist())\n"
        "print(sorted(m for m in sys.modules if m.startswith('scipy.') and m.count('.') == 1"
        " and not m.startswith('scipy._')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    labels, scipy_modules = out.stdout.splitlines()
    assert labels == "[0, 1, 2, 3]"
    # scipy.cluster, .spatial and .sparse cost about 0.7 s of CPU to import
    assert scipy_modules == "['scipy.version']"


def test_scipy_itself_when_its_compiled_module_cannot_be_loaded_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(hclust, "_compiled", lambda: None)
    dist = _distances(np.random.default_rng(5), 30, decimals=2)
    y = hclust.squareform(dist)
    z = hclust.linkage(y)
    assert np.array_equal(z, hierarchy.linkage(y, method="average"))
    assert np.array_equal(hclust.fcluster(z, 0.5), hierarchy.fcluster(z, 0.5, "distance"))
