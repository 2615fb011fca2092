"""YAKE keyphrase scores with plain lists and dictionaries.

The ``yake`` package (0.7.3) keeps a ``networkx`` graph of word co-occurrences and one object
per occurrence of every candidate phrase; importing it loads ``networkx``, and most of its
time goes to that bookkeeping. :func:`extract` computes the same scores from the same
counts, operation for operation (so the floating-point results are the same to the bit),
for the settings :mod:`forum_messages.nlp.keyphrases` uses: window of one word, phrases of
up to ``n`` words, sequence-similarity deduplication. The text is still split into sentences
and words by ``segtok``, as the package does. ``tests/nlp/test_keyscore.py`` compares the two
on real and random texts.

The statistics, for a word ``w`` (its lowercase form, a final "s" dropped beyond three
letters) that is not a stop word: ``tf`` its occurrences; ``wcase`` its capitalised or
all-capital occurrences over ``1 + log(tf)``; ``wpos`` ``log(log(3 + median sentence))``;
``wfreq`` ``tf`` over the mean plus standard deviation of such words' counts; ``wrel`` from
the distinct neighbours on each side over their counts; ``wspread`` its share of sentences;
``h = wpos * wrel / (wcase + wfreq / wrel + wspread / wrel)``. A phrase scores the product
of its words' ``h`` over (their sum + 1) times its own count, stop words inside it weighted
by how often they join their neighbours. Lower is better.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Set

import numpy as np

#: Characters a token made only of is punctuation (it ends a block of words).
EXCLUDE = frozenset(string.punctuation)
_DISCARD = ("u", "d")
_CAPITAL = re.compile(r"^(\s*([A-Z]))")


def _sentences(text: str) -> list[list[str]]:
    """The package's sentences and tokens: its ``pre_filter`` then ``segtok``."""
    from segtok.segmenter import split_multi
    from segtok.tokenizer import split_contractions, web_tokenizer

    lead = "\n\n" if _CAPITAL.match(text) else " "
    text = lead + text.replace("\t", " ")
    return [
        [
            w
            for w in split_contractions(web_tokenizer(s))
            if not (w.startswith("'") and len(w) > 1) and len(w) > 0
        ]
        for s in split_multi(text)
        if len(s.strip()) > 0
    ]


def tag(word: str, i: int) -> str:
    """The package's word tag: d(igits), u(nusual), a(cronym), n(ame) or p(lain)."""
    bare = word.replace(",", "")
    if bare.isdigit() or bare.replace(".", "", 1).isdigit():
        return "d"
    digits = letters = marks = 0
    for c in word:
        if c.isdigit():
            digits += 1
        if c.isalpha():
            letters += 1
        if c in EXCLUDE:
            marks += 1
    if (digits > 0 and letters > 0) or (digits == 0 and letters == 0) or marks > 1:
        return "u"
    if word.isupper() and len(word) > 0:
        return "a"
    if len(word) > 1 and word[0].isupper() and i > 0 and sum(c.isupper() for c in word) == 1:
        return "n"
    return "p"


def similarity(a: str, b: str) -> float:
    """The package's "seqm" similarity of two distinct phrases (its quick filter first)."""
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    longest = max(la, lb)
    if abs(la - lb) > longest * 0.6:
        return 0.0
    if longest > 3:
        if a[0] != b[0] or a[-1] != b[-1]:
            return 0.0
        if min(la, lb) >= 3 and a[:2].lower() != b[:2].lower():
            return 0.0
    if abs(a.count(" ") - b.count(" ")) > 1:
        return 0.0
    if longest == 0:
        return 0.0
    len_ratio = min(la, lb) / longest
    if len_ratio < 0.3:
        return 0.0
    a, b = a.lower(), b.lower()
    union = set(a) | set(b)
    if not union:
        return 0.0
    overlap = len(set(a) & set(b)) / len(union)
    if overlap < 0.2:
        return 0.0
    if longest <= 4:
        return overlap * len_ratio
    wa, wb = a.split(), b.split()
    if len(wa) > 1 or len(wb) > 1:
        words = set(wa) | set(wb)
        if words:
            shared = len(set(wa) & set(wb)) / len(words)
            if shared > 0.4:
                return shared
    ta = {a[i : i + 3] for i in range(len(a) - 2)}
    tb = {b[i : i + 3] for i in range(len(b) - 2)}
    grams = ta | tb
    tri = len(ta & tb) / len(grams) if grams else 0
    return min(0.3 * len_ratio + 0.2 * overlap + 0.5 * tri, 1.0)


class _Counts:
    """Words, co-occurrences and candidate phrases of one text."""

    def __init__(self, stop: Set[str]) -> None:
        self.stop = stop
        self.ids: dict[str, int] = {}
        self.stopword: list[bool] = []
        self.tf: list[float] = []
        self.tf_a: list[float] = []
        self.tf_n: list[float] = []
        self.sents: list[list[int]] = []  # the distinct sentences of each word, in order
        self.edges: dict[tuple[int, int], float] = {}
        # candidate phrases: their lowercase form -> position in the lists below
        self.index: dict[str, int] = {}
        self.written: list[str] = []  # as first written
        self.count: list[float] = []
        self.valid: list[bool] = []  # written once without digits or unusual tokens
        self.words: list[list[int]] = []
        # each distinct token: its word's id (-1 for punctuation), its tag first in a
        # sentence and elsewhere, its lowercase
        self.seen: dict[str, tuple[int, str, str, str]] = {}

    def term(self, word: str) -> int:
        low = word.lower()
        plain_stop = low in self.stop
        if low.endswith("s") and len(low) > 3:
            low = low[:-1]
        got = self.ids.get(low)
        if got is not None:
            return got
        bare = low
        for mark in EXCLUDE:
            bare = bare.replace(mark, "")
        self.ids[low] = len(self.stopword)
        self.stopword.append(plain_stop or low in self.stop or len(bare) < 3)
        self.tf.append(0.0)
        self.tf_a.append(0.0)
        self.tf_n.append(0.0)
        self.sents.append([])
        return len(self.stopword) - 1

    def read(self, sentences: list[list[str]], n: int) -> None:
        index, seen = self.index, self.seen
        tf, tf_a, tf_n, edges = self.tf, self.tf_a, self.tf_n, self.edges
        written, count, valid, words = self.written, self.count, self.valid, self.words
        for sid, sentence in enumerate(sentences):
            # the words since the last punctuation: (tag, word, its id, digits or unusual,
            # lowercase)
            block: list[tuple[str, str, int, bool, str]] = []
            for pos, word in enumerate(sentence):
                known = seen.get(word)
                if known is None:
                    punct = all(c in EXCLUDE for c in word)
                    k = -1 if punct else self.term(word)
                    known = seen[word] = (k, tag(word, 0), tag(word, 1), word.lower())
                k, first, later, low = known
                if k < 0:
                    block = []
                    continue
                t = first if pos == 0 else later
                sents = self.sents[k]
                if not sents or sents[-1] != sid:
                    sents.append(sid)
                tf[k] += 1.0
                if t == "a":
                    tf_a[k] += 1.0
                elif t == "n":
                    tf_n[k] += 1.0
                bad = t in _DISCARD
                if not bad and block and not block[-1][3]:
                    edge = (block[-1][2], k)
                    edges[edge] = edges.get(edge, 0.0) + 1.0
                block.append((t, word, k, bad, low))
                # the phrases that end here, shortest first (as the package counts them);
                # a phrase's lowercase is its words' lowercase joined (a space between two
                # words keeps each word's casing rules, the final sigma's too)
                kw, key, ok, terms = word, low, not bad, [k]
                for size in range(1, min(n, len(block)) + 1):
                    if size > 1:
                        part = block[-size]
                        kw = f"{part[1]} {kw}"
                        key = f"{part[4]} {key}"
                        ok = ok and not part[3]
                        terms = [part[2], *terms]
                    at = index.get(key)
                    if at is None:
                        index[key] = len(written)
                        written.append(kw)
                        count.append(1.0)
                        valid.append(ok)
                        words.append(terms)
                    else:
                        count[at] += 1.0
                        if ok:
                            valid[at] = True

    def word_scores(self, sentences: int) -> list[float]:
        """Each word's ``h`` (all 0.0 when every word is a stop word)."""
        count = len(self.stopword)
        h = [0.0] * count
        valid = np.array([tf for tf, stop in zip(self.tf, self.stopword, strict=True) if not stop])
        if not valid.size:
            return h
        avg, std = valid.mean(), valid.std()
        most = max(self.tf)
        out_n, out_s = [0] * count, [0.0] * count
        in_n, in_s = [0] * count, [0.0] * count
        for (left, right), tf in self.edges.items():
            out_n[left] += 1
            out_s[left] += tf
            in_n[right] += 1
            in_s[right] += tf
        for k in range(count):
            tf = self.tf[k]
            pwr = 0 if out_s[k] == 0 else out_n[k] / out_s[k]
            pwl = 0 if in_s[k] == 0 else in_n[k] / in_s[k]
            wrel = 0.5 + pwl * (tf / most) + (0.5 + pwr * (tf / most))
            wfreq = tf / (avg + std)
            wspread = len(self.sents[k]) / sentences
            wcase = max(self.tf_a[k], self.tf_n[k]) / (1.0 + math.log(tf))
            wpos = math.log(math.log(3.0 + _median(self.sents[k])))
            h[k] = wpos * wrel / (wcase + wfreq / wrel + wspread / wrel)
        return h

    def phrase_score(self, terms: list[int], tf: float, h: list[float]) -> float:
        sum_h, prod_h = 0.0, 1.0
        last = len(terms) - 1
        for t, k in enumerate(terms):
            if not self.stopword[k]:
                sum_h += h[k]
                prod_h *= h[k]
                continue
            p1 = p2 = 0.0
            if t > 0 and (terms[t - 1], k) in self.edges:
                p1 = self.edges[(terms[t - 1], k)] / self.tf[terms[t - 1]]
            if t < last and (k, terms[t + 1]) in self.edges:
                p2 = self.edges[(k, terms[t + 1])] / self.tf[terms[t + 1]]
            prob = p1 * p2
            prod_h *= 1 + (1 - prob)
            sum_h -= 1 - prob
        return prod_h / ((sum_h + 1) * tf)


def _median(sorted_ints: list[int]) -> float:
    """numpy's median of increasing whole numbers (the mean of the middle two when even)."""
    mid = len(sorted_ints) // 2
    if len(sorted_ints) % 2:
        return float(sorted_ints[mid])
    return (sorted_ints[mid - 1] + sorted_ints[mid]) / 2


def extract(
    text: str, stop: Set[str], n: int = 3, top: int = 20, dedup: float = 0.9
) -> list[tuple[str, float]]:
    """Up to ``top`` (phrase as first written, score) of ``text``, best (lowest) first, as
    ``yake.KeywordExtractor(n=n, top=top, dedup_lim=dedup, stopwords=stop)`` gives them:
    a phrase more than ``dedup`` similar to a better one is left out."""
    if not text:
        return []
    sentences = _sentences(text.replace("\n", " "))
    counts = _Counts(stop)
    counts.read(sentences, n)
    h = counts.word_scores(len(sentences))
    scored: list[tuple[float, str, str]] = []
    for key, at in counts.index.items():
        terms = counts.words[at]
        if not counts.valid[at] or counts.stopword[terms[0]] or counts.stopword[terms[-1]]:
            continue
        scored.append((counts.phrase_score(terms, counts.count[at], h), key, counts.written[at]))
    scored.sort(key=lambda c: c[0])
    if dedup >= 1.0:  # no deduplication: the package then gives the phrases in lowercase
        return [(key, score) for score, key, _ in scored[:top]]
    kept: list[tuple[float, str, str]] = []
    for cand in scored:
        if all(similarity(cand[1], other[1]) <= dedup for other in kept):
            kept.append(cand)
            if len(kept) == top:
                break
    return [(kw, score) for score, _, kw in kept]
