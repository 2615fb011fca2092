"""Interfaces of the language-processing components, and the fakes that ship with them."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar, runtime_checkable

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised vectors; similar meaning -> similar vectors."""

    name: str

    def params(self) -> dict[str, object]: ...

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class LanguageDetector(Protocol):
    name: str

    def params(self) -> dict[str, object]: ...

    def detect(self, text: str) -> tuple[str, float]:
        """(language code, confidence between 0 and 1)."""
        ...


def normalise_rows(x: NDArray[np.floating]) -> Vectors:
    """Rows scaled to unit length (zero rows stay zero), as float32.

    Computed in float64 and rounded to float32 once at the end, so the result
    is the same to the last bit on every machine."""
    if x.ndim == 2 and len(x) > NORMALISE_ROWS:  # a block at a time: bounded float64 copies
        out = np.empty(x.shape, dtype=np.float32)
        for start in range(0, len(x), NORMALISE_ROWS):
            out[start : start + NORMALISE_ROWS] = normalise_rows(x[start : start + NORMALISE_ROWS])
        return out
    x = np.asarray(x, dtype=np.float64)
    norms = np.sqrt((x * x).sum(axis=1, keepdims=True))
    norms[norms == 0] = 1.0
    return (x / norms).astype(np.float32)


#: Rows normalised at a time (each row's result does not depend on the others).
NORMALISE_ROWS = 8192


_WORD_RE = re.compile(r"\w+", re.UNICODE)


class HashEmbedder:
    """A fake embedder: hashed word and character n-grams, deterministic, no model.

    Similar wording gives similar vectors, but it knows nothing of meaning or of other
    languages. For tests and for machines where the real model cannot load.
    """

    name = "hash"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def params(self) -> dict[str, object]:
        return {"dim": self.dim}

    def _features(self, text: str) -> list[str]:
        text = unicodedata.normalize("NFKC", text).lower()
        words = _WORD_RE.findall(text)
        grams = [f"w:{w}" for w in words]
        joined = " ".join(words)
        grams += [f"c:{joined[i : i + 4]}" for i in range(max(0, len(joined) - 3))]
        return grams

    def embed(self, texts: Sequence[str]) -> Vectors:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for feat in self._features(text):
                digest = hashlib.blake2b(feat.encode("utf-8"), digest_size=8).digest()
                h = int.from_bytes(digest, "little")
                out[row, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        return normalise_rows(out)


class FixedLanguageDetector:
    """A fake detector that answers one language for everything."""

    name = "fixed"

    def __init__(self, language: str = "en") -> None:
        self.language = language

    def params(self) -> dict[str, object]:
        return {"language": self.language}

    def detect(self, text: str) -> tuple[str, float]:
        return self.language, 1.0


class MemoEmbedder:
    """Remembers the vectors of texts it has seen (taxonomies, prototypes, theme profiles).

    Instances are shared per embedder name and parameters (see ``memo_for``), so the fixed
    texts every run embeds are embedded once per process.
    """

    def __init__(self, inner: Embedder, max_entries: int = 50_000) -> None:
        self.inner = inner
        self.name = inner.name
        self.max_entries = max_entries
        self._memo: dict[str, Vectors] = {}

    def params(self) -> dict[str, object]:
        return self.inner.params()

    def embed(self, texts: Sequence[str]) -> Vectors:
        missing = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if missing:
            vectors = self.inner.embed(missing)
            if len(self._memo) + len(missing) > self.max_entries:
                self._memo.clear()
            self._memo.update(zip(missing, vectors, strict=True))
        if not texts:
            return self.inner.embed([])
        return np.stack([self._memo[t] for t in texts]).astype(np.float32)


_MEMOS: dict[str, MemoEmbedder] = {}


def memo_for(embedder: Embedder) -> MemoEmbedder:
    """The shared memo of an embedder, keyed by its name and parameters."""
    if isinstance(embedder, MemoEmbedder):
        return embedder
    key = f"{embedder.name}:{sorted(embedder.params().items())!r}:{type(embedder).__qualname__}"
    memo = _MEMOS.get(key)
    if memo is None or (memo.inner is not embedder and not _same_kind(memo.inner, embedder)):
        memo = _MEMOS[key] = MemoEmbedder(embedder)
    return memo


def _same_kind(a: Embedder, b: Embedder) -> bool:
    return type(a) is type(b) and a.params() == b.params()


_Text = TypeVar("_Text")


def lexical_vectors(
    texts: Sequence[_Text], tokenize: Callable[[_Text], list[str]], dim: int = 128, seed: int = 0
) -> Vectors:
    """TF-IDF of the texts' words reduced to at most ``dim`` dimensions, unit rows (a text is
    whatever ``tokenize`` reads: a string, or the pieces of one in their languages).

    Shared words (and acronyms such as CERT or WSIS) say two texts are on the same subject
    more sharply than an embedding does, within one language.
    """
    from forum_messages.nlp.tfidf import TermCounts

    if len(texts) < 3:
        return np.zeros((len(texts), 1), dtype=np.float32)
    counts = TermCounts(texts, tokenize)
    rows, words = counts.shape
    k = min(dim, rows - 1, words - 1)
    if k < 2 or rows * words <= 2_000_000:  # small enough to use as it is
        dense = counts.tfidf()  # scikit-learn's numbers, without importing it
        if dense is None:  # no words at all
            return np.zeros((len(texts), 1), dtype=np.float32)
        return normalise_rows(dense)
    from sklearn.feature_extraction.text import TfidfVectorizer

    tfidf = TfidfVectorizer(analyzer=tokenize, sublinear_tf=True).fit_transform(texts)
    # imported only here: sklearn.decomposition loads its linear models and scipy.optimize
    from sklearn.decomposition import TruncatedSVD

    reduced = TruncatedSVD(n_components=k, random_state=seed, algorithm="arpack").fit_transform(
        tfidf
    )
    return normalise_rows(reduced)


def hybrid(semantic: Vectors, lexical: Vectors, alpha: float) -> Vectors:
    """Rows whose dot products are alpha * semantic + (1 - alpha) * lexical similarity."""
    if alpha >= 1.0 or lexical.shape[1] <= 1:
        return semantic
    return normalise_rows(np.hstack([np.sqrt(alpha) * semantic, np.sqrt(1 - alpha) * lexical]))
