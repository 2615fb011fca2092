"""A message group where one session speaks twice is split so that each part makes one point."""

import numpy as np
import pytest

from forum_messages.synth.grouping import SIBLINGS, ThresholdGrouper
from forum_messages.synth.siblings import MAX_ROWS, has_siblings, rejoin, split_siblings

KT, CTA = "key_takeaway", "call_to_action"


def _vectors(gram: list[list[float]]) -> np.ndarray:
    """Unit rows whose dot products are ``gram``."""
    return np.linalg.cholesky(np.array(gram, dtype=np.float64)).astype(np.float32)


# Two sessions A and B that each make the same two points p and q (near-copy reports):
# A_p, A_q, B_p, B_q; one point's statements at 0.9, the two points at 0.55.
NEAR_COPIES = _vectors(
    [
        [1.0, 0.55, 0.9, 0.55],
        [0.55, 1.0, 0.55, 0.9],
        [0.9, 0.55, 1.0, 0.55],
        [0.55, 0.9, 0.55, 1.0],
    ]
)

# A_p and B_p make one point (0.9); A_x, session A's other takeaway, is near its sibling
# (0.6) and, in the first set, far from B_p (0.3), in the second nearer (0.55).
FAR = _vectors([[1.0, 0.9, 0.6], [0.9, 1.0, 0.3], [0.6, 0.3, 1.0]])
NEAR = _vectors([[1.0, 0.9, 0.6], [0.9, 1.0, 0.55], [0.6, 0.55, 1.0]])


def _grouper(siblings: float | None) -> ThresholdGrouper:
    return ThresholdGrouper(
        max_distance=0.6, min_sessions=2, attach_similarity=0.5, siblings=siblings
    )


def test_vectors_are_as_described() -> None:
    sims = NEAR_COPIES.astype(np.float64) @ NEAR_COPIES.T.astype(np.float64)
    assert sims[0, 2] == pytest.approx(0.9, abs=1e-6)
    assert sims[0, 1] == pytest.approx(0.55, abs=1e-6)
    assert (FAR.astype(np.float64) @ FAR[2].astype(np.float64))[1] == pytest.approx(0.3, abs=1e-6)


def test_siblings_are_two_statements_of_one_kind_from_one_session() -> None:
    assert has_siblings([0, 1, 2], ["A", "A", "B"], [KT, KT, KT])
    assert not has_siblings([0, 1, 2], ["A", "A", "B"], [KT, CTA, KT])
    assert not has_siblings([0, 2], ["A", "A", "B"], [KT, KT, KT])


def test_a_group_too_large_to_split_is_left_as_it_is() -> None:
    n = MAX_ROWS + 1
    sessions = ["A", "A"] + [f"S{i}" for i in range(n - 2)]
    assert has_siblings(list(range(n - 1)), sessions, [KT] * n)
    assert not has_siblings(list(range(n)), sessions, [KT] * n)


def test_near_copy_sessions_are_split_into_their_two_points() -> None:
    sessions, kinds = ["A", "A", "B", "B"], [KT] * 4
    off = _grouper(None).run(NEAR_COPIES, sessions, None, kinds)
    assert off.groups == [[0, 1, 2, 3]]
    on = _grouper(0.45).run(NEAR_COPIES, sessions, None, kinds)
    assert on.groups == [[0, 2], [1, 3]] and on.detached == []
    assert split_siblings(NEAR_COPIES, [3, 2, 1, 0], sessions, kinds, 0.45) == [[0, 2], [1, 3]]


def test_parts_are_joined_only_down_to_the_floor() -> None:
    sessions, kinds = ["A", "A", "B", "B"], [KT] * 4
    # the p and q parts may not join (A and B each twice); single rows below 0.95 stay apart
    assert split_siblings(NEAR_COPIES, [0, 1, 2, 3], sessions, kinds, 0.95) == [
        [0],
        [1],
        [2],
        [3],
    ]


def test_a_session_s_other_point_is_taken_out_and_left_alone() -> None:
    sessions = ["A", "B", "A"]
    off = _grouper(None).run(FAR, sessions, None, [KT, KT, KT])
    assert off.groups == [[0, 1, 2]]
    on = _grouper(0.45).run(FAR, sessions, None, [KT, KT, KT])
    assert on.groups == [[0, 1]]
    assert on.detached == [2] and on.alone == [2] and on.single == [[2]]


def test_a_sibling_close_to_the_other_session_rejoins() -> None:
    # A_x is 0.55 from B_p: above the rejoin bar of 0.5, so it made the same point after all
    on = _grouper(0.45).run(NEAR, ["A", "B", "A"], None, [KT, KT, KT])
    assert on.groups == [[0, 1, 2]] and on.detached == []
    assert rejoin(NEAR, [2], [[0, 1]], ["A", "B", "A"], 0.5) == 0
    assert rejoin(NEAR, [2], [[0, 1]], ["A", "B", "A"], 0.6) is None


def test_a_part_that_rejoins_may_come_first() -> None:
    # NEAR with A_x first: the part split off precedes the part it rejoins
    order = [2, 0, 1]
    x = NEAR[order]
    x = _vectors((x.astype(np.float64) @ x.T.astype(np.float64)).round(6).tolist())
    on = _grouper(0.45).run(x, ["A", "A", "B"], None, [KT, KT, KT])
    assert on.groups == [[0, 1, 2]] and on.detached == [] and on.alone == []


def test_a_call_to_action_beside_its_session_s_takeaway_is_no_sibling() -> None:
    on = _grouper(0.45).run(FAR, ["A", "B", "A"], None, [KT, KT, CTA])
    assert on.groups == [[0, 1, 2]] and on.detached == []


def test_one_session_s_part_stays_one_candidate() -> None:
    # A_p, B_p one point; A_q (takeaway) and A_q' (call to action) another, of session A only
    x = _vectors(
        [
            [1.0, 0.9, 0.45, 0.45],
            [0.9, 1.0, 0.4, 0.4],
            [0.45, 0.4, 1.0, 0.9],
            [0.45, 0.4, 0.9, 1.0],
        ]
    )
    sessions, kinds = ["A", "B", "A", "A"], [KT, KT, KT, CTA]
    assert _grouper(None).run(x, sessions, None, kinds).groups == [[0, 1, 2, 3]]
    on = _grouper(0.45).run(x, sessions, None, kinds)
    assert on.groups == [[0, 1]]
    assert on.detached == [2, 3] and on.single == [[2, 3]]


def test_params_record_the_split_only_when_on() -> None:
    assert "siblings" not in _grouper(None).params()
    assert _grouper(0.45).params()["siblings"] == 0.45


def test_the_split_is_on_by_default() -> None:
    plain = ThresholdGrouper(max_distance=0.6, min_sessions=2, attach_similarity=0.5)
    assert plain.params()["siblings"] == SIBLINGS
    assert plain.run(FAR, ["A", "B", "A"], None, [KT, KT, KT]).groups == [[0, 1]]
