"""Agreement measures between a structure we rebuilt and the one a document has."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass


def accuracy(predicted: Sequence[Hashable], truth: Sequence[Hashable]) -> float:
    if not truth:
        return 0.0
    return sum(1 for p, t in zip(predicted, truth, strict=True) if p == t) / len(truth)


def ari(predicted: Sequence[Hashable], truth: Sequence[Hashable]) -> float:
    """Adjusted Rand index: 1 for the same partition, about 0 for a random one."""
    if len(truth) < 2:
        return 1.0
    from sklearn.metrics import adjusted_rand_score  # only when measuring: CLI starts faster

    return float(adjusted_rand_score(_codes(truth), _codes(predicted)))


def nmi(predicted: Sequence[Hashable], truth: Sequence[Hashable]) -> float:
    if len(truth) < 2:
        return 1.0
    from sklearn.metrics import normalized_mutual_info_score

    return float(normalized_mutual_info_score(_codes(truth), _codes(predicted)))


def _codes(labels: Sequence[Hashable]) -> list[int]:
    index: dict[Hashable, int] = {}
    return [index.setdefault(v, len(index)) for v in labels]


@dataclass(frozen=True)
class PairCounts:
    """Pairs of items put together: by us, by the document, and by both."""

    ours: int
    truth: int
    both: int

    def __add__(self, other: PairCounts) -> PairCounts:
        return PairCounts(self.ours + other.ours, self.truth + other.truth, self.both + other.both)

    @property
    def precision(self) -> float:
        return self.both / self.ours if self.ours else 1.0

    @property
    def recall(self) -> float:
        return self.both / self.truth if self.truth else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pair_counts(predicted: Sequence[Hashable], truth: Sequence[Hashable]) -> PairCounts:
    """Counted from the contingency table, so it costs O(n), not O(n²)."""

    def pairs(counter: Counter[Hashable] | Counter[tuple[Hashable, Hashable]]) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())

    return PairCounts(
        ours=pairs(Counter(predicted)),
        truth=pairs(Counter(truth)),
        both=pairs(Counter(zip(predicted, truth, strict=True))),
    )


@dataclass(frozen=True)
class SetScore:
    """Precision and recall of a set of ids (framework items) against the document's."""

    predicted: int
    truth: int
    both: int

    def __add__(self, other: SetScore) -> SetScore:
        return SetScore(
            self.predicted + other.predicted, self.truth + other.truth, self.both + other.both
        )

    @property
    def precision(self) -> float:
        return self.both / self.predicted if self.predicted else (1.0 if not self.truth else 0.0)

    @property
    def recall(self) -> float:
        return self.both / self.truth if self.truth else 1.0


def set_score(predicted: Sequence[str], truth: Sequence[str]) -> SetScore:
    p, t = set(predicted), set(truth)
    return SetScore(len(p), len(t), len(p & t))
