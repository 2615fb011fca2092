"""Keyword hits looked up from each keyword's first word are those of every n-gram."""

from __future__ import annotations

import random

import numpy as np

from forum_messages.nlp.base import HashEmbedder
from forum_messages.synth.tags import _HAN, _TOKEN, FrameworkTagger


def _every_ngram(tagger: FrameworkTagger, texts: list[str]) -> np.ndarray:
    """The hits of every word n-gram up to the longest keyword, and of Chinese substrings."""
    grams, han, starts = tagger._keyword_index
    longest = max(starts.values())
    hits = np.zeros((len(texts), len(tagger.items)), dtype=bool)
    for row, text in enumerate(texts):
        lowered = text.lower()
        tokens = _TOKEN.findall(lowered)
        for n in range(1, longest + 1):
            for start in range(len(tokens) - n + 1):
                for i in grams.get(" ".join(tokens[start : start + n]), ()):
                    hits[row, i] = True
        if _HAN.search(lowered):
            for kw, items in han.items():
                if kw in lowered:
                    hits[row, list(items)] = True
    return hits


def test_keyword_hits_are_those_of_every_ngram() -> None:
    tagger = FrameworkTagger(HashEmbedder())
    grams, han, _ = tagger._keyword_index
    assert max(len(g.split()) for g in grams) > 2  # multi-word keywords are looked up
    rng = random.Random(3)
    keywords = sorted(grams) + sorted(han)
    filler = [
        "the",
        "of",
        "and",
        "data",
        "access",
        "Internet",
        "governance",
        "policy",
        "互联网",
        "数据",
    ]
    texts = []
    for _ in range(300):
        words = [
            rng.choice(keywords) if rng.random() < 0.3 else rng.choice(filler)
            for _ in range(rng.randint(0, 25))
        ]
        text = " ".join(words)
        texts.append(text.upper() if rng.random() < 0.1 else text)
    expected = _every_ngram(tagger, texts)
    assert expected.any() and not expected.all()
    assert np.array_equal(tagger.keyword_hits(texts), expected)
