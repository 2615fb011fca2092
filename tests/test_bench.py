"""The benchmark's synthetic edition generator: deterministic, exact size, unique ids."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from types import ModuleType

import pytest

from forum_messages.model import UN_LANGUAGES, Corpus


@pytest.fixture(scope="module")
def synthetic(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("synthetic")


def test_same_seed_same_corpus(synthetic: ModuleType) -> None:
    a: Corpus = synthetic.synthetic_corpus(800, seed=7)
    b: Corpus = synthetic.synthetic_corpus(800, seed=7)
    assert a == b
    c: Corpus = synthetic.synthetic_corpus(800, seed=8)
    assert [s.text for s in c.statements] != [s.text for s in a.statements]


@pytest.mark.parametrize("n", [1, 2, 7, 1500])
def test_exact_size_and_unique_ids(synthetic: ModuleType, n: int) -> None:
    corpus: Corpus = synthetic.synthetic_corpus(n, seed=0)
    assert len(corpus.statements) == n
    assert len({s.id for s in corpus.statements}) == n
    assert len({s.text for s in corpus.statements}) == n
    codes = [s.code for s in corpus.sessions]
    assert len(set(codes)) == len(codes)
    assert {s.session for s in corpus.statements} <= set(codes)


def test_shape_looks_like_real_input(synthetic: ModuleType) -> None:
    corpus: Corpus = synthetic.synthetic_corpus(3000, seed=0)
    shape = synthetic.describe(corpus)
    assert 0.25 <= shape["non_english_share"] <= 0.35
    assert 0.07 <= shape["no_theme_share"] <= 0.14
    assert shape["nri_reports"] > 0
    assert set(shape["languages"]) - {"undeclared"} == set(UN_LANGUAGES)
    assert 120 <= shape["chars_mean"] <= 260
    counts = Counter((s.session, s.kind) for s in corpus.statements)
    for session in corpus.sessions[:-1]:  # the last one is cut to reach the exact size
        if session.kind == "session":
            assert 2 <= counts[session.code, "key_takeaway"] <= 4
            assert 1 <= counts[session.code, "call_to_action"] <= 3
        else:
            assert 3 <= counts[session.code, "nri_message"] <= 5
