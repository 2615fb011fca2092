"""The decision helpers: float64 rounded scores, ties within TIE decided by stable keys."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.nlp.base import normalise_rows
from forum_messages.nlp.decide import (
    DECIMALS,
    TIE,
    beats,
    best,
    best_rows,
    centroid,
    decision_scores,
    leave_one_out_scores,
    ranking,
)


def _unit(rows: int, dim: int, seed: int) -> np.ndarray:
    return normalise_rows(np.random.default_rng(seed).normal(size=(rows, dim)))


def test_decision_scores_do_not_depend_on_the_summation_order() -> None:
    a, b = _unit(40, 512, 1), _unit(30, 512, 2)
    scores = decision_scores(a, b)
    assert scores.dtype == np.float64 and scores.shape == (40, 30)
    # the same sums added in the opposite order, in float64 and in float32
    backwards = np.round((a[:, None, ::-1].astype(np.float64) * b[None, :, ::-1]).sum(-1), 6)
    assert np.array_equal(scores, backwards)
    float32 = a @ b.T
    assert np.abs(float32 - scores).max() < 1e-5
    assert np.array_equal(scores, np.round(scores, DECIMALS))
    assert np.array_equal(decision_scores(a, b[0]), scores[:, 0])


def test_centroid_is_a_float32_unit_vector_and_zero_stays_zero() -> None:
    c = centroid(_unit(5, 64, 3))
    assert c.dtype == np.float32 and abs(float(np.linalg.norm(c)) - 1.0) < 1e-6
    assert not centroid(np.zeros((2, 8))).any()


def test_best_takes_the_first_or_smallest_key_among_ties() -> None:
    assert best([0.3, 0.7, 0.7]) == 1
    assert best([0.3, 0.7, 0.7 + TIE / 2]) == 1  # within TIE: a tie
    assert best([0.3, 0.7, 0.7 + 2 * TIE]) == 2  # beyond: the larger wins
    assert best([0.7, 0.7, 0.1], keys=["b", "a", "c"]) == 1
    assert beats(0.5 + 2 * TIE, 0.5) and not beats(0.5 + TIE / 2, 0.5)


def test_best_rows_is_best_of_each_row() -> None:
    rng = np.random.default_rng(4)
    m = np.round(rng.uniform(size=(50, 6)), 2)  # coarse values: many exact ties
    assert best_rows(m).tolist() == [best(row) for row in m]
    assert best_rows(np.zeros((0, 3))).shape == (0,)


def test_ranking_orders_tie_classes_by_key_without_chaining() -> None:
    scores = [0.2, 0.5, 0.5 - 0.6 * TIE, 0.5 - 1.2 * TIE, 0.9]
    assert ranking(scores) == [4, 1, 2, 3, 0]
    assert ranking(scores, keys=["e", "d", "c", "b", "a"]) == [4, 2, 1, 3, 0]
    assert ranking([]) == []


def test_an_exact_tie_survives_noise_that_a_plain_argmax_does_not() -> None:
    rng = np.random.default_rng(5)
    plain, ours = set(), set()
    for _ in range(200):
        tied = 0.6 + rng.uniform(-1e-6, 1e-6, size=2)
        plain.add(int(np.argmax(tied)))
        ours.add(best(np.round(tied, DECIMALS)))
    assert plain == {0, 1}
    assert ours == {0}


def test_leave_one_out_scores_are_each_row_against_the_others_centre() -> None:
    rng = np.random.default_rng(7)
    x = normalise_rows(rng.normal(size=(300, 64)).astype(np.float32))
    x[5] = x[4]  # duplicates and a group-like cloud
    x[10:40] = normalise_rows(x[10] + 0.05 * rng.normal(size=(30, 64)).astype(np.float32))
    fast = leave_one_out_scores(x, chunk=64)
    slow = np.array(
        [float(decision_scores(x[j], centroid(np.delete(x, j, axis=0)))) for j in range(len(x))]
    )
    assert fast.shape == (300,)
    assert np.abs(fast - slow).max() <= 2e-6  # the same up to the last rounded place
    assert (fast == slow).mean() > 0.9
    pair = leave_one_out_scores(x[:2])
    assert pair[0] == pair[1] == float(decision_scores(x[0], x[1]))


def test_blockwise_scores_centroids_and_norms_equal_the_whole_array_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Scores, centroids and unit rows of many rows are worked out a block of rows at a time
    (bounded float64 copies), to the same bits as over the whole array at once."""
    import forum_messages.nlp.base as base
    import forum_messages.nlp.decide as decide

    rng = np.random.default_rng(3)
    raw = rng.normal(size=(1003, 512))
    x = normalise_rows(raw)
    b, v = _unit(6, 512, 4), _unit(1, 512, 5)[0]
    whole = (decision_scores(x, b), decision_scores(x, v), centroid(x), normalise_rows(raw))
    few = centroid(x[:50])
    monkeypatch.setattr(decide, "SCORE_ROWS", 100)  # 11 blocks, the last one ragged
    monkeypatch.setattr(base, "NORMALISE_ROWS", 100)
    blocks = (decision_scores(x, b), decision_scores(x, v), centroid(x), normalise_rows(raw))
    for one, other in zip(whole, blocks, strict=True):
        assert one.dtype == other.dtype and one.shape == other.shape
        assert np.array_equal(one, other)
    # blocks of one row each: the running sum is still the whole array's
    monkeypatch.setattr(decide, "SCORE_ROWS", 1)
    assert np.array_equal(centroid(x[:50]), few)


@pytest.mark.parametrize("n", [1, 2, 7, 300, 1100])
def test_scores_of_rows_with_themselves_are_those_of_a_copy(n: int) -> None:
    # the same array twice takes the symmetric product (syrk): the very same scores
    rng = np.random.default_rng(n)
    x = rng.normal(size=(n, 512)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    same = decision_scores(x, x)
    assert np.array_equal(same, decision_scores(x, x.copy()))
    assert np.array_equal(same, same.T)


def test_leave_one_out_scores_sum_the_rows_a_block_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sum of all rows behind every leave-one-out centre is made without a float64
    copy of all of them, to the same bits."""
    import forum_messages.nlp.decide as decide

    x = _unit(1003, 64, 8).astype(np.float32)
    whole = leave_one_out_scores(x)
    total = x.astype(np.float64).sum(axis=0)
    monkeypatch.setattr(decide, "SCORE_ROWS", 100)
    assert np.array_equal(decide.row_sum(x), total)
    assert np.array_equal(leave_one_out_scores(x), whole)
