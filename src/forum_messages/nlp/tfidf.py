"""TF-IDF rows without scikit-learn (whose import costs a cold draft about half a second).

The same numbers as ``TfidfVectorizer(analyzer=tokenize, sublinear_tf=True)`` followed by
``.toarray()``, bit for bit (checked against it in tests/nlp/test_tfidf.py): words in sorted
order as columns, term frequency ``1 + log(count)``, smoothed inverse document frequency
``1 + log((n + 1) / (df + 1))``, each row divided by its Euclidean norm summed in the order
scikit-learn sums it (words in order of first appearance in the texts).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import numpy as np
from numpy.typing import NDArray

_Text = TypeVar("_Text")


class TermCounts(Generic[_Text]):
    """Word counts of each text, words numbered in order of first appearance."""

    def __init__(self, texts: Sequence[_Text], tokenize: Callable[[_Text], list[str]]) -> None:
        self.vocabulary: dict[str, int] = {}
        self.counts: list[dict[int, int]] = []
        for text in texts:
            mine: dict[int, int] = {}
            for word in tokenize(text):
                number = self.vocabulary.setdefault(word, len(self.vocabulary))
                mine[number] = mine.get(number, 0) + 1
            self.counts.append(mine)

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.counts), len(self.vocabulary)

    def tfidf(self) -> NDArray[np.float64] | None:
        """The (texts x words) TF-IDF matrix, or None when the texts hold no word at all."""
        return _tfidf(self.vocabulary, self.counts)


def tfidf_dense(
    texts: Sequence[str], tokenize: Callable[[str], list[str]]
) -> NDArray[np.float64] | None:
    """The (texts x words) TF-IDF matrix, or None when the texts hold no word at all."""
    return TermCounts(texts, tokenize).tfidf()


def _tfidf(vocabulary: dict[str, int], counts: list[dict[int, int]]) -> NDArray[np.float64] | None:
    if not vocabulary:
        return None
    column = np.empty(len(vocabulary), dtype=np.int64)
    for new, (_word, old) in enumerate(sorted(vocabulary.items())):
        column[old] = new
    indptr = [0]
    firsts: list[int] = []
    values: list[int] = []
    for mine in counts:
        for old in sorted(mine):
            firsts.append(old)
            values.append(mine[old])
        indptr.append(len(firsts))
    cols = column[np.asarray(firsts, dtype=np.int64)]
    df = np.bincount(cols, minlength=len(vocabulary)).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=len(counts) + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    data = np.asarray(values, dtype=np.float64)
    np.log(data, data)
    data += 1.0
    data *= idf[cols]
    out = np.zeros((len(counts), len(vocabulary)), dtype=np.float64)
    flat = data.tolist()
    for row in range(len(counts)):
        lo, hi = indptr[row], indptr[row + 1]
        total = 0.0
        for v in flat[lo:hi]:
            total += v * v
        if total != 0.0:
            data[lo:hi] /= math.sqrt(total)
        out[row, cols[lo:hi]] = data[lo:hi]
    return out
