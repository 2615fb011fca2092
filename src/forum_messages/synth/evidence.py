"""Shared-term evidence that two statements make the same point, not just share a topic.

A multilingual embedding puts "repair ships are too few" and "a second cable is the cheapest
insurance" close together: both are about subsea cables. The words tell them apart: the
content terms one statement shares with another, weighted by how rare they are among the
theme's statements, are a second signal independent of the embedding.

Terms are the statement's words without stop words and policy-voice filler (``keyphrases``),
cut to their first ``STEM`` letters in alphabetic scripts (a crude stem that joins "repair",
"repairs" and "repaired", or "réseau" and "réseaux") and segmented with jieba in Chinese.
Numbers and acronyms are terms like any other. Terms are only compared within one language:
a statement with no other statement in its language has no term evidence either way.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from forum_messages.nlp.keyphrases import stopwords
from forum_messages.nlp.segment import words

STEM = 5
"""Alphabetic terms are cut to this many letters."""
# Arabic writes the article and some prepositions and conjunctions as part of the word:
# "والاتصال", "بالاتصال" and "الاتصال" are one term.
_AR_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و")
_AR_SUFFIXES = ("ات", "ين", "ون", "ية", "ة", "ها")


def _arabic_stem(word: str) -> str:
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word


def content_terms(text: str, language: str) -> frozenset[str]:
    """The content terms of ``text`` (see the module's docstring)."""
    return terms_of(words(text, language), language)


def terms_of(tokens: Sequence[str], language: str) -> frozenset[str]:
    """The content terms of ``tokens``, words of a text as ``words`` cuts them."""
    stop = stopwords(language)
    out: set[str] = set()
    for word in tokens:
        if word in stop or len(word) < 2:
            continue
        if language == "ar":
            word = _arabic_stem(word)
        if language != "zh" and word.isalpha() and len(word) > STEM:
            word = word[:STEM]
        out.add(word)
    return frozenset(out)


class TermEvidence:
    """Rarity-weighted shared terms between rows of one theme (same language only)."""

    def __init__(self, texts: Sequence[str], languages: Sequence[str]) -> None:
        self.texts = list(texts)
        self.languages = list(languages)
        self.terms = [
            frozenset((lang, t) for t in content_terms(text, lang))
            for text, lang in zip(texts, languages, strict=True)
        ]
        df = Counter(t for terms in self.terms for t in terms)
        n = len(self.terms)
        self.idf = {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}

    def __len__(self) -> int:
        return len(self.terms)

    def _mass(self, terms: frozenset[tuple[str, str]]) -> float:
        return math.fsum(self.idf[t] for t in sorted(terms))

    def cosine(self, a: int, b: int) -> float:
        """The rarity-weighted cosine of rows ``a`` and ``b``'s terms (what the same-point
        pair features call ``terms``), rounded; 0 for two languages or a row without terms."""
        if self.languages[a] != self.languages[b] or not self.terms[a] or not self.terms[b]:
            return 0.0

        def mass(terms: frozenset[tuple[str, str]]) -> float:
            return math.fsum(self.idf[t] ** 2 for t in sorted(terms))

        both = mass(self.terms[a] & self.terms[b])
        return round(both / math.sqrt(mass(self.terms[a]) * mass(self.terms[b])), 6)

    def shared(self, row: int, others: Sequence[int]) -> float | None:
        """Share of ``row``'s term weight that the ``others`` in its language also use, in
        [0, 1] and rounded (a decision rides on it); None when no other is in its language or
        the row has no term."""
        same = [o for o in others if o != row and self.languages[o] == self.languages[row]]
        mine = self.terms[row]
        if not same or not mine:
            return None
        theirs: set[tuple[str, str]] = set()
        for o in same:
            theirs |= self.terms[o]
        return round(self._mass(mine & theirs) / self._mass(mine), 6)

    def unshared(self, a: int, b: int) -> float | None:
        """What each of rows ``a`` and ``b`` says in words the other does not use: the share
        of each row's term weight (rarity-weighted) that the other row lacks, the lesser of
        the two, in [0, 1] and rounded (a decision rides on it); None for two languages or a
        row without terms. Near 1: neither says much the other also says (two claims on one
        subject, or one claim in other words); near 0: one row's words hold the other's."""
        if self.languages[a] != self.languages[b] or not self.terms[a] or not self.terms[b]:
            return None
        both = self.terms[a] & self.terms[b]
        lacks_a = self._mass(self.terms[a] - both) / self._mass(self.terms[a])
        lacks_b = self._mass(self.terms[b] - both) / self._mass(self.terms[b])
        return round(min(lacks_a, lacks_b), 6)

    def mixed(
        self,
        similarity: NDArray[np.float64],
        weight: float,
        rows: Sequence[int] | None = None,
    ) -> NDArray[np.float64]:
        """``similarity`` (rows x rows) mixed with the rarity-weighted cosine of the rows'
        terms: ``weight`` parts term cosine for two rows in one language, the similarity
        alone for rows in two languages; rounded (clustering decides on it). ``rows``: the
        rows ``similarity`` is about (default: all of them, in order)."""
        from scipy.sparse import csr_matrix

        chosen = list(range(len(self.terms))) if rows is None else list(rows)
        index: dict[tuple[str, str], int] = {}
        cols: list[int] = []
        vals: list[float] = []
        ptr = [0]
        for terms in (self.terms[r] for r in chosen):
            for t in sorted(terms):
                cols.append(index.setdefault(t, len(index)))
                vals.append(self.idf[t])
            ptr.append(len(cols))
        m = csr_matrix((vals, cols, ptr), shape=(len(chosen), max(len(index), 1)))
        dots = np.asarray((m @ m.T).todense(), dtype=np.float64)
        norms = np.sqrt(np.diag(dots))
        norms[norms == 0] = 1.0
        cosine = dots / norms[:, None] / norms[None, :]
        lang = np.asarray([self.languages[r] for r in chosen])
        same = lang[:, None] == lang[None, :]
        mixed = (1 - weight) * similarity + weight * np.where(same, cosine, similarity)
        return np.round(mixed, 6) + 0.0
