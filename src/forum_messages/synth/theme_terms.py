"""Words a statement shares with each theme's own text, in the statement's language.

An embedding places a statement by its whole drift; the edition's words for a theme (its
title, description, issue areas and seeds) say more sharply what the theme covers ("data
centres", "protection des données", "数据治理"). Each theme's text in a language is one
document, each statement of that language another; both are weighed by TF-IDF over the
statements of the language and the themes' texts (sublinear counts, smoothed inverse document
frequency, as ``nlp/tfidf.py``), and a statement's score with a theme is the cosine of the
two. Words are lower-cased, stop words dropped, Latin and Cyrillic words cut to their first
five letters (a crude stem: "sécurité" and "sécuritaire", "цифровой" and "цифровых" meet),
Arabic words stripped of the article and common affixes, Chinese segmented by jieba. A
language the edition gives no theme text in scores 0 for every theme.

One pass over the texts tokenises each once; the words of the statements to score are kept
as numbers (a word's number and its count: 6 bytes a distinct word of a statement), and their
weights and products with the themes' weights are worked out a block of statements at a time,
each sum added in the order a statement at a time adds it (the same bits).
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import cast

import numpy as np
from numpy.typing import NDArray

from forum_messages.model import Edition, ThemeSpec
from forum_messages.nlp.decide import DECIMALS, Scores
from forum_messages.nlp.keyphrases import stopwords
from forum_messages.nlp.segment import words

#: Letters a Latin or Cyrillic word is cut to.
STEM = 5
#: Most words whose stems one run keeps (a language's run of a million statements has a few
#: hundred thousand different words: the rarest are stemmed again when met again).
MEMO_WORDS = 200_000
_AR_PREFIX = re.compile(r"^(?:وال|بال|فال|كال|لل|ال|و|ف|ب|ل)(?=..)")
_AR_SUFFIX = re.compile(r"(?:ات|ة|ية|ون|ين)$")


@cache
def _stop(language: str) -> frozenset[str]:
    return stopwords(language)


def terms(text: str, language: str, memo: dict[str, str] | None = None) -> list[str]:
    """The words of ``text`` that can tell one theme from another, reduced to a stem
    (``memo``: each word's stem, "" for a word left out, kept between calls of one run)."""
    if memo is None:
        memo = {}
    said = words(text, language)
    stems = list(map(memo.get, said))
    for j, stem in enumerate(stems):
        if stem is None:  # a word not met yet in this run
            w = said[j]
            stems[j] = new = _stem(w, language)
            if len(memo) < MEMO_WORDS:
                memo[w] = new
    return [stem for stem in stems if stem]


def _stem(w: str, language: str) -> str:
    """A word's stem ("" for a stop word, a number, or what is left too short)."""
    if w in _stop(language) or w.isdigit():
        return ""
    if language == "ar":
        w = _AR_PREFIX.sub("", w)
        if len(w) > 4:
            w = _AR_SUFFIX.sub("", w)
    elif language != "zh":
        w = w[:STEM]
    return w if len(w) >= 2 or language == "zh" else ""


def theme_document(theme: ThemeSpec, language: str) -> str:
    """A theme's own words in one language (empty when it gives none there)."""
    parts = [theme.title.get(language, ""), theme.description.get(language, "")]
    parts += list(theme.issue_areas.get(language, ())) + list(theme.seeds.get(language, ()))
    return " ".join(p for p in parts if p)


def term_scores(
    texts: Sequence[str],
    languages: Sequence[str],
    edition: Edition,
    rows: Sequence[int] | None = None,
    frequencies: Sequence[str] | None = None,
) -> Scores:
    """(statements x themes) cosines of TF-IDF words, rounded as every decision score is;
    only the statements in ``rows`` (all by default) are scored, the others stay 0. With
    ``frequencies`` (the same statements read otherwise, row for row: their texts as
    written), the words' document frequencies are counted on those texts instead.

    Each text is read once: its words counted, their document frequencies added up a block
    of rows at a time, and the words of a scored statement kept as numbers (a word's number in
    its language, its count). The sums are those of a statement at a time, word by word in
    sorted order (``_in_order``), so the scores are the same to the last bit."""
    k = len(edition.themes)
    out = np.zeros((len(texts), k), dtype=np.float64)
    docs: dict[str, list[Counter[str]]] = {}
    for lang in sorted(set(languages)):
        found = [theme_document(t, lang) for t in edition.themes]
        if k and all(found):
            docs[lang] = [Counter(terms(d, lang)) for d in found]
    if not docs:
        return out
    wanted = np.zeros(len(texts), dtype=bool)
    if rows is None:
        wanted[:] = True
    else:
        wanted[np.asarray(rows, dtype=np.int64)] = True
    read = {lang: _Read() for lang in docs}
    memo: dict[str, dict[str, str]] = {lang: {} for lang in docs}
    for i, (text, lang) in enumerate(zip(texts, languages, strict=True)):
        if lang in read:
            said = Counter(terms(text, lang, memo[lang]))
            if frequencies is None or frequencies[i] == text:
                read[lang].add(i, said, bool(wanted[i]))
            else:
                read[lang].add(i, Counter(terms(frequencies[i], lang, memo[lang])), False)
                read[lang].score(i, said, bool(wanted[i]))
    for lang, counted in docs.items():
        r = read[lang]
        df = r.frequencies()
        for c in counted:
            for w in c:
                df[w] += 1
        n = r.documents + len(counted)
        themes = [_weights(c, df, n) for c in counted]
        if r.scored:
            out[np.frombuffer(r.scored, dtype=np.int64)] = r.scores(themes, df, n)
    return np.round(out, DECIMALS) + 0.0


class _Read:
    """One language's statements as read: how many, the document frequency of each word (by
    its number, added up a block of rows at a time), and the words and counts of the
    statements to score (numbers in compact arrays, not a record a statement)."""

    BLOCK = 8192

    def __init__(self) -> None:
        self.vocabulary: dict[str, int] = {}
        self.documents = 0
        self.df = np.zeros(0, dtype=np.int64)
        self._pending = array("i")  # the words of the rows read since the last block
        self._rows = 0
        self.scored = array("q")  # rows to score, in order
        self.ids = array("i")  # their words' numbers, a row after another
        self.counts = array("H")  # how often each is said (widened past 65,535)
        self.lengths = array("i")  # how many words each has

    def add(self, row: int, counted: Counter[str], wanted: bool) -> None:
        self.documents += 1
        number = self.vocabulary
        found = list(map(number.get, counted))
        if None in found:  # words not met yet: numbered in the order they come
            ids = [number.setdefault(w, len(number)) for w in counted]
        else:
            ids = cast(list[int], found)
        self._pending.extend(ids)
        self._rows += 1
        if self._rows == self.BLOCK:
            self._flush()
        self._scored(row, ids, counted, wanted)

    def score(self, row: int, counted: Counter[str], wanted: bool) -> None:
        """A row to score by ``counted`` whose document frequencies were added by another
        text (``add`` with ``wanted`` false)."""
        number = self.vocabulary
        self._scored(row, [number.setdefault(w, len(number)) for w in counted], counted, wanted)

    def _scored(self, row: int, ids: list[int], counted: Counter[str], wanted: bool) -> None:
        if wanted and ids:
            self.scored.append(row)
            self.ids.extend(ids)
            said = counted.values()
            if self.counts.typecode == "H" and max(said) > 0xFFFF:
                self.counts = array("i", self.counts)
            self.counts.extend(said)
            self.lengths.append(len(ids))

    def _flush(self) -> None:
        if self._pending:
            seen = np.bincount(np.frombuffer(self._pending, dtype=np.int32))
            if len(seen) > len(self.df):
                self.df = np.concatenate([self.df, np.zeros(len(seen) - len(self.df), np.int64)])
            self.df[: len(seen)] += seen
        self._pending = array("i")
        self._rows = 0

    def frequencies(self) -> Counter[str]:
        """The document frequency of each word read."""
        self._flush()
        df = self.df.tolist()
        # (a word only a row to score says, ``score``, is in no document read: 0)
        return Counter({w: df[j] if j < len(df) else 0 for w, j in self.vocabulary.items()})

    def scores(self, themes: list[dict[str, float]], df: Counter[str], n: int) -> Scores:
        """The scored rows' cosines with each theme's weights (rows x themes), each a sum
        over the row's words in sorted order, as ``_weights`` and a word-by-word sum make."""
        words = sorted(self.vocabulary)
        rank = np.empty(len(words), dtype=np.int64)
        rank[[self.vocabulary[w] for w in words]] = np.arange(len(words))
        idf = np.array([1.0 + math.log((n + 1) / (df[w] + 1)) for w in words])
        weight = np.zeros((len(words), len(themes)), dtype=np.float64)
        for t, theme in enumerate(themes):
            for w, v in theme.items():
                if w in self.vocabulary:
                    weight[rank[self.vocabulary[w]], t] = v
        every_id = np.frombuffer(self.ids, dtype=np.int32)
        every_count = np.frombuffer(self.counts, dtype=np.dtype(self.counts.typecode))
        every_length = np.frombuffer(self.lengths, dtype=np.int32).astype(np.int64)
        said = np.unique(every_count)  # the counts met (math.log of each, as a row's weights)
        tf = np.array([1.0 + math.log(c) for c in said.tolist()])
        out = np.zeros((len(every_length), len(themes)), dtype=np.float64)
        lo = 0
        for first in range(0, len(every_length), self.BLOCK):  # a block of rows at a time
            lengths = every_length[first : first + self.BLOCK]
            hi = lo + int(lengths.sum())
            ids = rank[every_id[lo:hi]]
            row = np.repeat(np.arange(len(lengths)), lengths)
            order = np.lexsort((ids, row))  # each row's words in sorted order
            ids, counts = ids[order], every_count[lo:hi][order]
            raw = tf[np.searchsorted(said, counts)] * idf[ids]
            starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
            norm = np.sqrt(_in_order(raw * raw, starts, lengths))
            unit = raw / np.repeat(norm, lengths)
            products = unit[:, None] * weight[ids]
            out[first : first + len(lengths)] = _in_order(products, starts, lengths)
            lo = hi
        return out


def _in_order(
    values: NDArray[np.float64], starts: NDArray[np.int64], lengths: NDArray[np.int64]
) -> NDArray[np.float64]:
    """Each row's sum of ``values[start : start + length]``, added one after another from the
    first (as a word-by-word ``sum`` adds them: the same result to the last bit, which a
    vectorised reduction, adding in pairs, does not promise), all rows at once."""
    by_length = np.argsort(-lengths, kind="stable")
    first = starts[by_length]
    longest = lengths[by_length]
    acc = np.zeros((len(lengths), *values.shape[1:]), dtype=np.float64)
    held = len(lengths)
    for j in range(int(longest[0]) if len(longest) else 0):
        while held and longest[held - 1] <= j:
            held -= 1
        acc[:held] += values[first[:held] + j]
    out = np.empty_like(acc)
    out[by_length] = acc
    return out


def _weights(counts: Counter[str], df: Counter[str], n: int) -> dict[str, float]:
    """Unit-length TF-IDF weights of a text's words (in sorted order: the same sums on any
    run), from ``n`` documents with document frequencies ``df``."""
    raw = {
        w: (1.0 + math.log(c)) * (1.0 + math.log((n + 1) / (df[w] + 1)))
        for w, c in sorted(counts.items())
    }
    norm = math.sqrt(sum(v * v for v in raw.values()))
    return {w: v / norm for w, v in raw.items()} if norm else raw
