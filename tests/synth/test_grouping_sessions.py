"""A message member that rests on its own session's other statement is taken out."""

import numpy as np
import pytest

from forum_messages.synth.grouping import ThresholdGrouper

# A1 and B1 make one point (similarity 0.9); A2, a second takeaway of session A, is close to
# its sibling A1 (0.6) but not to B1 (0.3): average linkage at 0.6 puts all three together.
A1 = [1.0, 0.0, 0.0]
B1 = [0.9, float(np.sqrt(1 - 0.81)), 0.0]
_Y = (0.3 - 0.54) / B1[1]
A2 = [0.6, _Y, float(np.sqrt(1 - 0.36 - _Y * _Y))]
X = np.array([A1, B1, A2], dtype=np.float32)
SESSIONS = ["A", "B", "A"]


def _grouper(support: float) -> ThresholdGrouper:
    # the split of groups where a session speaks twice (test_siblings.py) off: this check alone
    return ThresholdGrouper(
        max_distance=0.6,
        min_sessions=2,
        attach_similarity=0.5,
        session_support=support,
        siblings=None,
    )


def test_vectors_are_as_described() -> None:
    sims = X.astype(np.float64) @ X.T.astype(np.float64)
    assert sims[0, 1] == pytest.approx(0.9, abs=1e-6)
    assert sims[0, 2] == pytest.approx(0.6, abs=1e-6)
    assert sims[1, 2] == pytest.approx(0.3, abs=1e-6)


def test_second_takeaway_of_a_session_needs_the_other_sessions() -> None:
    kinds = ["key_takeaway"] * 3
    off = _grouper(0.0).run(X, SESSIONS, None, kinds)
    assert off.groups == [[0, 1, 2]] and off.detached == []
    on = _grouper(0.35).run(X, SESSIONS, None, kinds)
    assert on.groups == [[0, 1]]
    assert on.detached == [2] and on.alone == [2]
    assert on.single == [[2]]
    # support from B (0.3) clears a lower bar
    assert _grouper(0.25).run(X, SESSIONS, None, kinds).groups == [[0, 1, 2]]


def test_a_call_to_action_beside_a_takeaway_of_its_session_stays() -> None:
    kinds = ["key_takeaway", "key_takeaway", "call_to_action"]
    g = _grouper(0.35).run(X, SESSIONS, None, kinds)
    assert g.groups == [[0, 1, 2]] and g.detached == []


def test_the_check_never_leaves_a_message_on_one_session() -> None:
    # A1, A2 and A3 of one session, B1 of another: the weakest of A's goes, not below 2 sessions
    x = np.vstack([X, np.array([A2], dtype=np.float32) * 0.999 + 0.001])
    x = x / np.linalg.norm(x, axis=1, keepdims=True)
    g = _grouper(0.95).run(x.astype(np.float32), ["A", "B", "A", "A"], None, ["k"] * 4)
    assert len(g.groups) == 1 and 1 in g.groups[0] and len(g.groups[0]) >= 2
    assert len({["A", "B", "A", "A"][i] for i in g.groups[0]}) == 2


def test_params_record_the_check_only_when_on() -> None:
    assert "session_support" not in _grouper(0.0).params()
    assert _grouper(0.35).params()["session_support"] == 0.35


def test_a_message_of_anecdotes_only_is_dissolved() -> None:
    x = X[:2]  # A1 and B1: one message
    plain = ThresholdGrouper(max_distance=0.6, min_sessions=2, attach_similarity=0.5)
    assert plain.run(x, ["A", "B"], None, None, [True, False]).groups == [[0, 1]]
    both = plain.run(x, ["A", "B"], None, None, [True, True])
    assert both.groups == [] and both.detached == [0, 1] and both.alone == [0, 1]
    assert sorted(both.single) == [[0], [1]]
    kept = ThresholdGrouper(
        max_distance=0.6, min_sessions=2, attach_similarity=0.5, anecdotes=True
    ).run(x, ["A", "B"], None, None, [True, True])
    assert kept.groups == [[0, 1]]


def test_a_pair_below_pair_support_is_dissolved() -> None:
    def run(support: float) -> list[list[int]]:
        grouper = ThresholdGrouper(
            max_distance=0.6, min_sessions=2, attach_similarity=0.5, pair_support=support
        )
        return grouper.run(X[:2], ["A", "B"]).groups

    assert run(0.85) == [[0, 1]]  # the two are 0.9 alike
    assert run(0.95) == []
    assert run(0.0) == [[0, 1]]
