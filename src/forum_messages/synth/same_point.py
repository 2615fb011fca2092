"""A learned check that two statements of one theme make one point, not only share a subject.

Two sessions on subsea cables, one asking for more repair ships and one for a second cable
route, sit close together in the embedding: the subject dominates. A small logistic regression
over cheap, deterministic features of a pair (no second embedding pass) gives the probability
that the pair makes one point; it is trained on the development reports' answers only
(``bench/same_point.py`` fits it, scores it out of fold and writes
``synth/same_point_weights.py``). Two models are fitted: one on every pair of a theme's
statements from two sessions at a similarity of 0.25 or more (all features; for joining), one
on the pairs of each message's core and its other sources in the drafts (``CORE_FEATURES``:
inside a message the other features tell nothing more out of fold; for detaching), and a
third on the same pairs that also reads ``shared`` (``LARGE_FEATURES``; for the sources of
messages of three or more, where it tells a source glued in by the grouping from one making
the point better than the core model does; inside messages of two it does worse).

The features of a pair ``(i, j)`` of a theme's rows:

- ``cosine``: the embeddings' cosine;
- ``centred``: the cosine after ``CENTRE`` times the theme's mean is taken out of both (what
  every statement of the theme shares);
- ``csls``: the cosine less half of each row's mean similarity to its ``NEIGHBOURS`` nearest
  rows of the theme (a statement near everything is less telling when it is near this one);
- ``terms``: the rarity-weighted cosine of the two statements' content terms
  (``evidence.TermEvidence``), 0 across languages;
- ``one_language``: 1 when both are in one language;
- ``one_kind``: 1 when both are of one statement kind (two calls to action, two takeaways);
- ``attribution``: how many of the two tell who said or presented what (0, 1 or 2);
- ``length``: the ratio of the shorter statement's term count to the longer's;
- ``numbers``: +1 when both hold numbers (of two characters or more, as content terms) and
  share one, -1 when both hold numbers and share none, 0 otherwise;
- ``shared``: how many content terms the two have in common (0 across languages): two
  statements of one subject share its rare words, but two that make one point tend to share
  more of them (the words of the point as well as of the subject).

Every feature and the probability are rounded (``DECIMALS``) so that a decision does not ride
on float noise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from forum_messages.nlp.base import Vectors, normalise_rows
from forum_messages.nlp.decide import DECIMALS, decision_scores
from forum_messages.synth.evidence import TermEvidence

FEATURES = (
    "cosine",
    "centred",
    "csls",
    "terms",
    "one_language",
    "one_kind",
    "attribution",
    "length",
    "numbers",
    "shared",
)
#: What the model judging a message's sources against its core reads.
CORE_FEATURES = ("cosine", "terms", "one_language")
#: What the model judging the sources of messages of three or more reads.
LARGE_FEATURES = (*CORE_FEATURES, "shared")
#: Share of the theme's mean taken out for ``centred``.
CENTRE = 0.8
#: Neighbours whose mean similarity ``csls`` takes off.
NEIGHBOURS = 10


@dataclass(frozen=True)
class PointModel:
    """Weights of a logistic regression over some of the standardised ``FEATURES``
    (``names``, in the order of the weights)."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def probability(self, features: NDArray[np.float64]) -> NDArray[np.float64]:
        """The probability that each pair (a row of ``FEATURES``) makes one point, rounded."""
        cols = [FEATURES.index(name) for name in self.names]
        z = (features[:, cols] - np.asarray(self.mean)) / np.asarray(self.scale)
        logit = z @ np.asarray(self.weights) + self.bias
        return np.round(1.0 / (1.0 + np.exp(-logit)), DECIMALS) + 0.0


def load() -> None:
    """What the pair features load on first use (scipy's sparse matrices), loaded now."""
    import scipy.sparse  # noqa: F401


def shipped_model(core: bool = False, large: bool = False) -> PointModel:
    """A model fitted on the development reports (``synth/same_point_weights.py``): by
    default the one fitted on every similar pair of a theme (for joining), with ``core`` the
    one fitted on the pairs of a message's core and each other source (for detaching), with
    ``large`` the one fitted on those pairs over ``LARGE_FEATURES`` (for detaching from
    messages of three or more)."""
    from forum_messages.synth import same_point_weights as w

    if large:
        return PointModel(w.LARGE_NAMES, w.LARGE_MEAN, w.LARGE_SCALE, w.LARGE_WEIGHTS, w.LARGE_BIAS)
    if core:
        return PointModel(w.CORE_NAMES, w.CORE_MEAN, w.CORE_SCALE, w.CORE_WEIGHTS, w.CORE_BIAS)
    return PointModel(w.PAIR_NAMES, w.PAIR_MEAN, w.PAIR_SCALE, w.PAIR_WEIGHTS, w.PAIR_BIAS)


class PairFeatures:
    """The features of pairs of one theme's rows (see the module's docstring).

    ``x``: the theme's unit rows; ``evidence``: their content terms; ``kinds``: statement
    kinds; ``attributions``: whether each row tells who said what. Neighbour means are
    computed only for the rows asked about.
    """

    def __init__(
        self,
        x: Vectors,
        evidence: TermEvidence,
        kinds: Sequence[str] | None,
        attributions: Sequence[bool] | None,
    ) -> None:
        self.x = x
        self.n = len(x)
        self.mean = np.asarray(x, dtype=np.float64).mean(axis=0) if self.n else None
        self.evidence = evidence
        self.kinds = kinds
        self.attributions = attributions

    def _hubness(self, rows: Sequence[int]) -> NDArray[np.float64]:
        """Each row's mean similarity to its ``NEIGHBOURS`` nearest other rows of the theme."""
        sim = decision_scores(self.x[list(rows)], self.x)
        sim[np.arange(len(rows)), list(rows)] = -np.inf
        k = min(NEIGHBOURS, self.n - 1)
        if k <= 0:
            return np.zeros(len(rows))
        top = -np.partition(-sim, k - 1, axis=1)[:, :k]
        return np.round(top.mean(axis=1), DECIMALS)

    def _rows(self, rows: list[int], hub: bool = True) -> _Rows:
        """What the features of pairs among ``rows`` are computed from (without the neighbour
        search unless ``hub``: ``csls`` is then 0)."""
        from scipy.sparse import csr_matrix

        ev = self.evidence
        assert self.mean is not None
        unit = np.asarray(self.x[rows], dtype=np.float64)
        index: dict[tuple[str, str], int] = {}
        numeric: list[float] = []  # of each column's term: 1.0 when it holds a digit
        cols: list[int] = []
        vals: list[float] = []
        digit: list[float] = []
        ptr = [0]
        for r in rows:
            for t in sorted(ev.terms[r]):
                col = index.setdefault(t, len(index))
                if col == len(numeric):  # a term met for the first time
                    numeric.append(float(any(map(str.isdigit, t[1]))))
                cols.append(col)
                vals.append(ev.idf[t])
                digit.append(numeric[col])
            ptr.append(len(cols))
        shape = (len(rows), max(len(index), 1))
        terms = csr_matrix((np.square(vals), cols, ptr), shape=shape)
        ones = csr_matrix((np.ones(len(vals)), cols, ptr), shape=shape)
        nums = csr_matrix((digit, cols, ptr), shape=shape)
        mass = np.asarray(terms.sum(axis=1), dtype=np.float64).reshape(-1)
        return _Rows(
            unit=unit,
            centred=np.asarray(normalise_rows(unit - CENTRE * self.mean), dtype=np.float64),
            hub=self._hubness(rows) if hub else np.zeros(len(rows)),
            terms=terms,
            ones=ones,
            nums=nums,
            norm=np.where(mass > 0, np.sqrt(mass), 1.0),
            held=np.asarray(nums.sum(axis=1)).reshape(-1) > 0,
            count=np.asarray(ones.sum(axis=1), dtype=np.float64).reshape(-1),
            lang=np.asarray([ev.languages[r] for r in rows]),
            kind=np.asarray([self.kinds[r] if self.kinds is not None else "" for r in rows]),
            said=np.asarray(
                [float(bool(self.attributions[r])) if self.attributions else 0.0 for r in rows]
            ),
        )

    def block(self, rows: Sequence[int]) -> NDArray[np.float64]:
        """The features of every pair of ``rows``: an array rows x rows x ``FEATURES``,
        rounded."""
        rows = list(rows)
        m = len(rows)
        out = np.zeros((m, m, len(FEATURES)), dtype=np.float64)
        if not m:
            return out
        d = self._rows(rows)
        plain = decision_scores(d.unit, d.unit)
        dots = np.asarray((d.terms @ d.ones.T).todense(), dtype=np.float64)
        shared = np.asarray((d.nums @ d.nums.T).todense()) > 0
        both = d.held[:, None] & d.held[None, :]
        out[..., 0] = plain
        out[..., 1] = decision_scores(d.centred, d.centred)
        out[..., 2] = plain - 0.5 * (d.hub[:, None] + d.hub[None, :])
        out[..., 3] = dots / d.norm[:, None] / d.norm[None, :]
        out[..., 4] = d.lang[:, None] == d.lang[None, :]
        out[..., 5] = (d.kind[:, None] == d.kind[None, :]) & (self.kinds is not None)
        out[..., 6] = d.said[:, None] + d.said[None, :]
        high = np.maximum(np.maximum.outer(d.count, d.count), 1)
        out[..., 7] = np.minimum.outer(d.count, d.count) / high
        out[..., 8] = np.where(both, np.where(shared, 1.0, -1.0), 0.0)
        out[..., 9] = np.asarray((d.ones @ d.ones.T).todense(), dtype=np.float64)
        return np.round(out, DECIMALS) + 0.0

    def pairs(
        self, pairs: Sequence[tuple[int, int]], names: Sequence[str] = FEATURES
    ) -> NDArray[np.float64]:
        """One row of ``FEATURES`` per pair, rounded (the entries ``block`` gives, computed
        for the pairs alone); of those not in ``names`` (what the model reading them needs),
        ``csls`` may be left wrong, to spare its neighbour search."""
        out = np.zeros((len(pairs), len(FEATURES)), dtype=np.float64)
        if not pairs:
            return out
        rows = sorted({r for p in pairs for r in p})
        at = {r: k for k, r in enumerate(rows)}
        a = np.asarray([at[i] for i, _ in pairs])
        b = np.asarray([at[j] for _, j in pairs])
        d = self._rows(rows, hub="csls" in names)
        plain = np.round(np.einsum("ij,ij->i", d.unit[a], d.unit[b]), DECIMALS)
        dots = np.asarray(d.terms[a].multiply(d.ones[b]).sum(axis=1)).reshape(-1)
        shared = np.asarray(d.nums[a].multiply(d.nums[b]).sum(axis=1)).reshape(-1) > 0
        both = d.held[a] & d.held[b]
        out[:, 0] = plain
        out[:, 1] = np.round(np.einsum("ij,ij->i", d.centred[a], d.centred[b]), DECIMALS)
        out[:, 2] = plain - 0.5 * (d.hub[a] + d.hub[b])
        out[:, 3] = dots / d.norm[a] / d.norm[b]
        out[:, 4] = d.lang[a] == d.lang[b]
        out[:, 5] = (d.kind[a] == d.kind[b]) & (self.kinds is not None)
        out[:, 6] = d.said[a] + d.said[b]
        out[:, 7] = np.minimum(d.count[a], d.count[b]) / np.maximum(
            np.maximum(d.count[a], d.count[b]), 1
        )
        out[:, 8] = np.where(both, np.where(shared, 1.0, -1.0), 0.0)
        out[:, 9] = np.asarray(d.ones[a].multiply(d.ones[b]).sum(axis=1)).reshape(-1)
        return np.round(out, DECIMALS) + 0.0


@dataclass(frozen=True)
class _Rows:
    """Per-row inputs of the pair features (see ``PairFeatures._rows``)."""

    unit: NDArray[np.float64]
    centred: NDArray[np.float64]
    hub: NDArray[np.float64]
    terms: Any  # sparse: idf squared of each term
    ones: Any  # sparse: 1 for each term
    nums: Any  # sparse: 1 for each term that holds a digit
    norm: NDArray[np.float64]
    held: NDArray[np.bool_]
    count: NDArray[np.float64]
    lang: NDArray[np.str_]
    kind: NDArray[np.str_]
    said: NDArray[np.float64]
