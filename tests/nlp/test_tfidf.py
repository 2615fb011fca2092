"""Our TF-IDF gives scikit-learn's numbers bit for bit (a draft no longer imports it)."""

from __future__ import annotations

import random

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from forum_messages.nlp.base import lexical_vectors, normalise_rows
from forum_messages.nlp.keyphrases import stopwords
from forum_messages.nlp.segment import words
from forum_messages.nlp.tfidf import tfidf_dense


def _reference(texts: list[str], tokenize):  # type: ignore[no-untyped-def]
    try:
        return TfidfVectorizer(analyzer=tokenize, sublinear_tf=True).fit_transform(texts).toarray()
    except ValueError:  # no words at all
        return None


def _split(text: str) -> list[str]:
    return text.split()


def test_random_texts_give_scikit_learns_numbers_exactly() -> None:
    rng = random.Random(7)
    lexicon = [f"w{i}" for i in range(200)] + ["CERT", "données", "acceso", "доступ", "数据"]
    for _ in range(150):
        texts = [
            " ".join(rng.choice(lexicon[: rng.randint(3, len(lexicon))]) for _ in range(n))
            for n in (rng.randint(0, 30) for _ in range(rng.randint(3, 40)))
        ]
        ours, ref = tfidf_dense(texts, _split), _reference(texts, _split)
        if ref is None:
            assert ours is None
            continue
        assert ours is not None and ours.dtype == ref.dtype
        assert np.array_equal(ours, ref)


@pytest.mark.parametrize("language", ["en", "fr", "zh", "ar"])
def test_real_statements_and_lexical_vectors_match(language: str) -> None:
    from forum_messages.cli import sample_paths
    from forum_messages.ingest.loader import load_reports

    stop = stopwords(language)

    def tokenize(text: str) -> list[str]:
        return [w for w in words(text, language) if len(w) > 1 and w not in stop]

    corpus = load_reports(sample_paths())
    texts = [s.text for s in corpus.statements][:150]
    ref = _reference(texts, tokenize)
    assert ref is not None
    ours = tfidf_dense(texts, tokenize)
    assert ours is not None and np.array_equal(ours, ref)
    assert np.array_equal(lexical_vectors(texts, tokenize), normalise_rows(ref))


def test_no_words_and_too_few_texts() -> None:
    assert tfidf_dense(["", " "], _split) is None
    assert lexical_vectors(["", "", ""], _split).shape == (3, 1)
    assert lexical_vectors(["a b", "c"], _split).shape == (2, 1)
