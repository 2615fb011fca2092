"""Copies of one text taken out of a message stay together: one candidate, not one a copy;
in a large theme, a text taken out joins the group whose point it makes.

A consultation repeats a text many times (a campaign's answers, the same sentence sent by
several respondents), each copy with the very same vector. When the member check takes such
a text out of its group, its copies leave together; they must then stand as one candidate
point (``Grouping.single``), not as as many one-statement candidates as there are copies.
In a theme of more than ``MAX_EXACT`` statements, average linkage joins whole clusters, so
a text may end in a group whose centre is far from it while it makes another group's point:
it joins that group.
"""

import numpy as np

from forum_messages.nlp.cluster import MAX_EXACT
from forum_messages.synth.grouping import ThresholdGrouper

CORE = 20


def _case() -> tuple[np.ndarray, list[str]]:
    # twenty statements of one point (near e1, each from its own session), then a text said
    # by three sessions (three copies, one vector) and another said once, both at 0.2 of
    # the point: average linkage at 0.9 puts all together, and the two texts fall below
    # the member check's cohesion (0.35)
    rows = [[1.0, 0.0, 0.0, 0.01 * i] for i in range(CORE)]
    t = [0.2, float(np.sqrt(0.96)), 0.0, 0.0]
    u = [0.2, 0.0, float(np.sqrt(0.96)), 0.0]
    rows += [t, t, t, u]
    x = np.asarray(rows, dtype=np.float64)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    sessions = [f"S{i}" for i in range(CORE)] + ["R1", "R2", "R3", "R4"]
    return x.astype(np.float32), sessions


def _grouper() -> ThresholdGrouper:
    return ThresholdGrouper(max_distance=0.9, min_sessions=2, attach_similarity=0.5)


def test_the_case_is_as_described() -> None:
    x, _ = _case()
    assert np.array_equal(x[CORE], x[CORE + 1]) and np.array_equal(x[CORE], x[CORE + 2])
    sims = x.astype(np.float64) @ x.T.astype(np.float64)
    assert abs(sims[0, CORE] - 0.2) < 0.01 and abs(sims[0, CORE + 3] - 0.2) < 0.01


def test_copies_taken_out_together_make_one_candidate() -> None:
    x, sessions = _case()
    g = _grouper().run(x, sessions)
    t, u = [CORE, CORE + 1, CORE + 2], [CORE + 3]
    assert g.groups == [list(range(CORE))]
    assert g.detached == t + u and g.alone == t + u
    # the text said three times is one candidate of three sessions; the other stays apart
    assert sorted(g.single) == [t, u]


def test_copies_in_another_order_still_make_one_candidate() -> None:
    # the copies scattered among the point's statements: the same candidates, by row
    x, sessions = _case()
    order = [CORE, 0, 1, CORE + 1, *range(2, CORE), CORE + 3, CORE + 2]
    g = _grouper().run(x[order], [sessions[i] for i in order])
    t = sorted(order.index(r) for r in (CORE, CORE + 1, CORE + 2))
    assert sorted(g.single) == [t, [order.index(CORE + 3)]]


def _chain(scale: int) -> tuple[np.ndarray, list[str]]:
    # four texts in a plane, each said by many respondents (copies: one vector): A at 0
    # degrees (150 * scale copies), B at 55 (100 * scale), T at 95 (3 * scale) and C at 140
    # (10 * scale). T is nearest B (0.77) and joins it first; B and T then join A (0.55 on
    # average), far from C. The centre of A, B and T is at 22 degrees: T is at 0.29 of it,
    # below the member check's cohesion (0.35), and at 0.71 of C
    def at(degrees: float) -> list[float]:
        r = np.radians(degrees)
        return [float(np.cos(r)), float(np.sin(r)), 0.0]

    counts = [150 * scale, 100 * scale, 3 * scale, 10 * scale]
    x = np.repeat(np.asarray([at(0), at(55), at(95), at(140)]), counts, axis=0)
    return x.astype(np.float32), [f"R{i}" for i in range(len(x))]


def test_a_large_themes_text_taken_out_joins_the_group_whose_point_it_makes() -> None:
    # 2,630 statements: more than MAX_EXACT (a consultation's theme)
    x, sessions = _chain(10)
    assert len(x) > MAX_EXACT
    g = _grouper_at(0.6).run(x, sessions)
    t = list(range(2500, 2530))
    assert g.groups == [list(range(2500)), list(range(2500, 2630))]
    assert g.attached == dict.fromkeys(t, 1)
    assert g.detached == [] and g.alone == [] and g.single == []


def test_a_small_themes_text_taken_out_stays_out_its_copies_together() -> None:
    # the same texts, 263 statements (a theme of session reports: as before)
    x, sessions = _chain(1)
    g = _grouper_at(0.6).run(x, sessions)
    assert g.groups == [list(range(250)), list(range(253, 263))]
    assert g.attached == {} and g.detached == [250, 251, 252]
    assert g.single == [[250, 251, 252]]


def _grouper_at(distance: float) -> ThresholdGrouper:
    return ThresholdGrouper(max_distance=distance, min_sessions=2, attach_similarity=0.5)
