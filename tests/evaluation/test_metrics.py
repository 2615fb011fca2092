import pytest

from forum_messages.evaluation.metrics import accuracy, ari, nmi, pair_counts, set_score


def test_identical_partitions_score_one_whatever_the_names() -> None:
    assert ari(["a", "a", "b"], [1, 1, 2]) == 1.0
    assert nmi(["x", "y", "y"], [0, 1, 1]) == pytest.approx(1.0)


def test_pair_counts_precision_and_recall() -> None:
    # truth: {0,1,2} {3}; ours: {0,1} {2,3}
    pc = pair_counts([0, 0, 1, 1], ["a", "a", "a", "b"])
    assert (pc.ours, pc.truth, pc.both) == (2, 3, 1)
    assert pc.precision == 0.5 and pc.recall == pytest.approx(1 / 3)
    assert pc.f1 == pytest.approx(0.4)


def test_accuracy_and_set_score() -> None:
    assert accuracy([1, 2, 3], [1, 2, 0]) == pytest.approx(2 / 3)
    s = set_score(["1", "2"], ["2", "3", "4"])
    assert (s.precision, s.recall) == (0.5, pytest.approx(1 / 3))
    assert set_score([], []).precision == 1.0 and set_score([], ["1"]).precision == 0.0
