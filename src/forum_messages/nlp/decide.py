"""Decisions that do not ride on float noise: the same input gives the same draft on any CPU.

Every choice the pipeline makes from a similarity (a threshold, the nearest theme, the
representative statement of a message, the order of sources, a title, a tag) goes through
the helpers here. Two kinds of noise reach such a score:

* Summation order. ``x @ y.T`` in float32 is a BLAS call whose kernel (AVX2, AVX-512, the
  thread count) decides in which order 512 products are added; the result moves by about
  1e-7. ``decision_scores`` computes in float64 instead: the product of two float32 numbers
  is exact in float64 and a sum of 512 of them is off by less than 1e-13 whatever the order.
  The result is then rounded to ``DECIMALS`` places, so the bits that depend on the order are
  thrown away: two machines disagree on a score only if it lies within 1e-13 of a rounding
  boundary (about two scores in ten million), and even then by one step of 1e-6.
* The embedding itself. A real encoder computes its vectors with BLAS too, so on another CPU
  its vectors move: with OpenBLAS's SSE3 kernels instead of its AVX2 ones, 371 of the 537
  sample statements' vectors change, and their similarities by up to 4.5e-6. No rounding
  can hide that: whatever the grid, a value that lies near a grid boundary rounds the other
  way. What rounding alone gets badly wrong are exact ties, which are common (the two
  members of a two-statement message are exactly as close to its centre; the same text
  twice gives the same vector): with noise of size e and a grid of step h, a tie flips with
  probability about e / h, a few percent for any grid fine enough to keep real differences.
  So comparisons between scores treat values within ``TIE`` (1e-4, twenty times that noise)
  of the best as equal, and a stable key (the statement's position or id, the candidate's
  text) decides among them. An exact tie then never flips. A decision still flips when two
  scores differ by almost exactly ``TIE``, or a score lies within the noise of a fixed
  threshold: a coincidence whose chance is the noise times the density of scores near that
  edge (about 1e-5 per decision for scores spread over [0, 1]), where a plain float
  comparison leaves every exact tie to the noise.

Clustering is fed the same float64 rounded similarities (see ``cluster.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from forum_messages.engine.vectors import release
from forum_messages.nlp.base import Vectors

DECIMALS = 6
"""Decision scores are rounded to this many decimal places."""
TIE = 1e-4
"""Scores closer than this to the best one are a tie, decided by a stable key."""

Scores = NDArray[np.float64]


#: Rows of ``a`` turned into float64 at a time by :func:`decision_scores` (bounds the copy).
SCORE_ROWS = 8192


def decision_scores(a: ArrayLike, b: ArrayLike) -> Scores:
    """Dot products ``a @ b.T`` (rows of ``a`` with rows of ``b``; a single vector ``b``
    gives one score per row of ``a``), in float64, rounded to ``DECIMALS`` places.

    Over ``SCORE_ROWS`` rows of ``a`` at a time: a float64 copy of a million vectors would
    take 4 GB. Each score is the same dot product whichever rows share its block."""
    same = a is b
    b64 = np.asarray(b, dtype=np.float64)
    a = np.asarray(a)
    if a.ndim < 2 or len(a) <= SCORE_ROWS:
        # the rows with themselves: one float64 copy, so that ``b64 @ b64.T`` is a symmetric
        # product (BLAS ``syrk``, half the work of ``gemm``; each score is the same sum)
        return _scores(b64 if same else np.asarray(a, dtype=np.float64), b64)
    shape = (len(a), *b64.shape[:-1][:1]) if b64.ndim > 1 else (len(a),)
    out = np.empty(shape, dtype=np.float64)
    for start in range(0, len(a), SCORE_ROWS):
        block = np.asarray(a[start : start + SCORE_ROWS], dtype=np.float64)
        out[start : start + SCORE_ROWS] = _scores(block, b64)
        release(a)  # rows kept in a file (many vectors): their pages handed back
    return out


def _scores(a64: Scores, b64: Scores) -> Scores:
    out = a64 @ b64.T if b64.ndim > 1 else a64 @ b64
    return np.round(out, DECIMALS) + 0.0  # + 0.0 turns -0.0 into 0.0


def row_sum(rows: ArrayLike) -> NDArray[np.float64]:
    """The float64 sum of the rows of a 2-d array, added in row order: the very sum (and
    bits) of ``rows.astype(np.float64).sum(axis=0)``, without a float64 copy of more than
    ``SCORE_ROWS`` rows at a time."""
    x = np.asarray(rows)
    if len(x) <= SCORE_ROWS:
        return np.asarray(x, dtype=np.float64).sum(axis=0)
    # a block of rows in float64 at a time, each added to the running sum in row order
    total = np.asarray(x[:SCORE_ROWS], dtype=np.float64).sum(axis=0)
    for start in range(SCORE_ROWS, len(x), SCORE_ROWS):
        block = np.asarray(x[start : start + SCORE_ROWS], dtype=np.float64)
        total = np.concatenate([total[None, :], block]).sum(axis=0)
        release(x)
    return total


def centroid(rows: ArrayLike) -> Vectors:
    """The unit-length mean of some unit vectors, summed in float64 (zero stays zero)."""
    x = np.asarray(rows)
    if x.ndim == 2 and len(x) > SCORE_ROWS:
        mean = row_sum(x) / len(x)  # the whole array's mean, without its float64 copy
    else:
        mean = np.asarray(x, dtype=np.float64).mean(axis=0)
    norm = float(np.sqrt((mean * mean).sum()))
    return (mean / norm if norm > 0 else mean).astype(np.float32)


def leave_one_out_scores(rows: ArrayLike, chunk: int = 4096) -> Scores:
    """For each row, :func:`decision_scores` of it with the :func:`centroid` of all the other
    rows: one sum for the whole set instead of a mean per row (linear, not quadratic, in the
    number of rows), with the others' mean taken as (sum - row) / (n - 1) in float64."""
    x = np.asarray(rows, dtype=np.float32)
    n = len(x)
    if n < 2:
        raise ValueError("leave-one-out scores need at least two rows")
    total = row_sum(x)
    out = np.empty(n, dtype=np.float64)
    for start in range(0, n, chunk):
        part = x[start : start + chunk].astype(np.float64)
        means = (total - part) / (n - 1)
        norms = np.sqrt((means * means).sum(axis=1, keepdims=True))
        safe = np.where(norms > 0, norms, 1.0)
        centres = (means / safe).astype(np.float32).astype(np.float64)
        out[start : start + chunk] = np.einsum("ij,ij->i", part, centres)
    return np.round(out, DECIMALS) + 0.0


def best(scores: ArrayLike, keys: Sequence[Any] | None = None) -> int:
    """Position of the best score; among scores within ``TIE`` of it, the smallest key
    (default: the first position)."""
    values = np.asarray(scores, dtype=np.float64).reshape(-1)
    top = float(values.max())
    near = np.flatnonzero(values >= top - TIE).tolist()
    if keys is None:
        return int(near[0])
    return int(min(near, key=lambda i: keys[i]))


def best_rows(scores: ArrayLike) -> NDArray[np.int64]:
    """``best`` of every row of a matrix: the first column within ``TIE`` of the row's
    largest score."""
    values = np.asarray(scores, dtype=np.float64)
    if values.size == 0:
        return np.zeros(len(values), dtype=np.int64)
    near = values >= values.max(axis=1, keepdims=True) - TIE
    return np.argmax(near, axis=1).astype(np.int64)


def beats(score: float, other: float) -> bool:
    """Whether ``score`` is better than ``other`` by more than a tie."""
    return score > other + TIE


def ranking(scores: ArrayLike, keys: Sequence[Any] | None = None) -> list[int]:
    """Positions of the scores, best first. The best remaining score and every score within
    ``TIE`` below it form one tie class, ordered by key (default: position); the next class
    starts at the best score left, and so on."""
    values = np.asarray(scores, dtype=np.float64).reshape(-1).tolist()
    key = list(range(len(values))) if keys is None else list(keys)
    by_value = sorted(range(len(values)), key=lambda i: (-values[i], key[i]))
    out: list[int] = []
    start = 0
    while start < len(by_value):
        top = values[by_value[start]]
        end = start
        while end < len(by_value) and values[by_value[end]] >= top - TIE:
            end += 1
        out.extend(sorted(by_value[start:end], key=lambda i: key[i]))
        start = end
    return out
