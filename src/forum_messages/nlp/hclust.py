"""Average linkage and flat clusters from scipy's compiled hierarchy routines, without
importing ``scipy.cluster``.

``scipy.cluster.hierarchy`` (and the ``scipy.cluster`` package, which imports ``vq`` with it)
imports ``scipy.spatial``, ``scipy.linalg``, ``scipy.special`` and scipy's array-API layer,
which touches every lazy submodule of numpy: about 0.4 s of CPU at every start, for two
functions of a compiled module that needs none of it. ``linkage``, ``fcluster`` and
``squareform`` here take the same arguments as scipy's (for the methods and criteria the
pipeline uses), run the same compiled code (``scipy.cluster._hierarchy``, loaded from its
file) and so return the same arrays. When that module cannot be loaded on its own (another
scipy layout), scipy's public functions are used.
"""

from __future__ import annotations

import math
from types import ModuleType

import numpy as np
from numpy.typing import ArrayLike, NDArray

from forum_messages.nlp.scipyalone import load_alone

_NAME = "scipy.cluster._hierarchy"
#: scipy's code for each linkage method (``hierarchy._LINKAGE_METHODS``) this module offers.
_METHODS = {"average": 2}


def _compiled() -> ModuleType | None:
    """scipy's compiled hierarchy module, loaded from its file without its package."""
    return load_alone(_NAME)


def squareform(dist: ArrayLike, checks: bool = False) -> NDArray[np.float64]:
    """The condensed form (the upper triangle, row by row) of a square distance matrix, as
    ``scipy.spatial.distance.squareform(dist, checks=False)`` gives it."""
    d = np.asarray(dist, dtype=np.float64)
    if d.ndim != 2 or d.shape[0] != d.shape[1]:
        raise ValueError("a distance matrix must be square")
    if checks and (np.any(np.diag(d) != 0) or not np.array_equal(d, d.T)):
        raise ValueError("a distance matrix must be symmetric with a zero diagonal")
    return d[np.triu(np.ones(d.shape, dtype=bool), 1)]


def _observations(y: NDArray[np.float64]) -> int:
    n = math.ceil(math.sqrt(2 * len(y)))
    if y.ndim != 1 or n * (n - 1) // 2 != len(y) or n < 2:
        raise ValueError("a condensed distance matrix of at least two observations is needed")
    return n


def linkage(y: ArrayLike, method: str = "average") -> NDArray[np.float64]:
    """scipy's ``linkage`` of a condensed distance matrix (``method="average"`` only)."""
    if method not in _METHODS:
        raise ValueError(f"unsupported linkage method: {method}")
    module = _compiled()
    if module is None:
        from scipy.cluster import hierarchy

        return np.asarray(hierarchy.linkage(y, method=method))
    y64 = np.ascontiguousarray(y, dtype=np.float64)
    n = _observations(y64)
    if not np.all(np.isfinite(y64)):
        raise ValueError("The condensed distance matrix must contain only finite values.")
    return np.asarray(module.nn_chain(y64, n, _METHODS[method]))


def fcluster(z: ArrayLike, t: float, criterion: str = "distance") -> NDArray[np.int32]:
    """scipy's ``fcluster`` of a linkage matrix, for ``criterion`` "distance" (clusters
    whose cophenetic distance is at most ``t``) or "maxclust" (at most ``t`` clusters)."""
    module = _compiled()
    if module is None:
        from scipy.cluster import hierarchy

        return np.asarray(hierarchy.fcluster(z, t=t, criterion=criterion))
    z64 = np.ascontiguousarray(z, dtype=np.float64)
    if z64.ndim != 2 or z64.shape[1] != 4 or len(z64) == 0:
        raise ValueError("a linkage matrix has one row of four values per merge")
    n = len(z64) + 1
    out = np.zeros((n,), dtype="i")
    if criterion == "distance":
        module.cluster_dist(z64, out, float(t), int(n))
    elif criterion == "maxclust":
        module.cluster_maxclust_dist(z64, out, int(n), int(t))
    else:
        raise ValueError(f"unsupported cluster criterion: {criterion}")
    return out
