"""A source of a larger message with a likelier partner outside the message than inside
(``point_check.off_elsewhere``, ``ThresholdGrouper(elsewhere_bar=...)``); docs/quality.md,
step 61."""

import pytest

from forum_messages.synth import grouping, point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.same_point import PairFeatures, PointModel, shipped_model

from .test_off_rest import _core_first

SESSIONS = ["S1", "S2", "S3", "S4"]

# row 0 the core; 1 makes its point; 2 is near the core but backed by no one; 3 holds with 1
PROB = {
    (0, 1): 0.9,
    (0, 2): 0.5,
    (0, 3): 0.55,
    (1, 2): 0.2,
    (1, 3): 0.7,
    (2, 3): 0.3,
}


def test_a_member_with_a_likelier_partner_outside_is_taken_out() -> None:
    rows = [0, 1, 2, 3]
    # 2: 0.5 with the core, (0.5 + 0.2 + 0.3) / 3 = 0.333 on its mean, 0.45 outside
    away = {0: 0.9, 1: 0.9, 2: 0.45, 3: 0.6}  # 3: (0.55 + 0.7 + 0.3) / 3 = 0.517, 0.6 outside
    assert point_check.off_elsewhere(rows, 0, PROB, away, 0.6, 0.1, SESSIONS, 2) == [2]
    assert rows == [0, 1, 3]  # 3: 0.55 with the core, but (0.55 + 0.7) / 2 = 0.625 on its mean
    rows = [0, 1, 2, 3]  # its partner outside no likelier than the margin above its mean
    away[2] = 0.43
    assert point_check.off_elsewhere(rows, 0, PROB, away, 0.6, 0.1, SESSIONS, 2) == []
    assert rows == [0, 1, 2, 3]


def test_at_the_bar_with_the_core_a_member_stays() -> None:
    rows = [0, 1, 2, 3]
    away = {0: 0.9, 1: 0.9, 2: 0.9, 3: 0.9}
    assert point_check.off_elsewhere(rows, 0, PROB, away, 0.5, 0.1, SESSIONS, 2) == []
    flipped = {(b, a): p for (a, b), p in PROB.items()}  # either order is read
    assert point_check.off_elsewhere(rows, 0, flipped, away, 0.6, 0.1, SESSIONS, 2) == [2]


def test_the_rest_keeps_two_sessions_and_a_message_of_two_is_not_read() -> None:
    away = {0: 0.9, 1: 0.9, 2: 0.9, 3: 0.9}
    rows = [0, 1, 2, 3]
    sessions = ["S1", "S1", "S2", "S1"]
    assert point_check.off_elsewhere(rows, 0, PROB, away, 0.6, 0.1, sessions, 2) == []
    rows = [0, 2]
    assert point_check.off_elsewhere(rows, 0, PROB, away, 0.9, 0.1, SESSIONS, 2) == []


def test_the_message_is_read_again_after_each_member_taken_out() -> None:
    # 2 and 3 back each other: 3 (0.4 on its mean) goes first; read again, 2 is at 0.25
    prob = {(0, 1): 0.95, (0, 2): 0.3, (0, 3): 0.3, (1, 2): 0.2, (1, 3): 0.1, (2, 3): 0.8}
    away = {0: 0.9, 1: 0.9, 2: 0.6, 3: 0.6}
    rows = [0, 1, 2, 3]
    assert point_check.off_elsewhere(rows, 0, prob, away, 0.5, 0.1, SESSIONS, 2) == [3, 2]
    assert rows == [0, 1]


def test_the_rule_is_off_by_default() -> None:
    assert grouping.ELSEWHERE_BAR == 0.0
    assert "elsewhere_bar" not in ThresholdGrouper(0.6, 2, 0.5).params()
    on = ThresholdGrouper(0.6, 2, 0.5, elsewhere_bar=0.6).params()
    assert on["elsewhere_bar"] == 0.6 and on["elsewhere_margin"] == grouping.ELSEWHERE_MARGIN


def _accepts() -> PointModel:
    return PointModel(("cosine",), (0.0,), (1.0,), (0.0,), 10.0)


# a message of three on cable repair ships that took in a statement on visas (row 2, S3);
# outside it, another session's statement on visas (row 3, S4) and one on shutdowns (row 4)
TEXTS = [
    "Pacific islands need cable repair ships stationed in the region, not weeks away.",
    "Cable repair ships should be based in the Pacific so that cuts are mended in days.",
    "Young delegates from the islands struggle to obtain visas to attend the forum.",
    "Visa refusals keep young island delegates away from the forum every year.",
    "Internet shutdowns during elections leave voters without reliable information.",
]


@pytest.mark.parametrize("keep", [True, False])
def test_with_the_real_models_the_visa_source_leaves_for_its_partner(  # type: ignore[no-untyped-def]
    use_embedder, keep: bool
) -> None:
    x = use_embedder.embed(TEXTS)
    points = PairFeatures(x, TermEvidence(TEXTS, ["en"] * len(TEXTS)), None, None)
    sessions = ["S1", "S2", "S3", "S4", "S5"]
    centre = point_check.core(x, [0, 1, 2])
    assert centre != 2
    model = shipped_model()
    groups = [[0, 1, 2]]  # the core model accepting everything: only the rule takes out
    assert point_check.off_point(_accepts(), x, groups, sessions, points, 0.5, 2, True) == []
    apart: list[list[int]] = []
    placed: list[int] = []
    rule = (model, 0.6, 0.1, keep, True)
    out = point_check.off_point(
        _accepts(),
        x,
        groups,
        sessions,
        points,
        0.5,
        2,
        True,
        apart=apart,
        placed=placed,
        elsewhere=rule,
    )
    assert out == [2] and groups == [[0, 1]]
    assert apart == ([[2]] if keep else []) and placed == ([2] if keep else [])
    # without the visa statement outside, the source has no likelier partner: it stays
    x4, texts4 = x[[0, 1, 2, 4]], [TEXTS[i] for i in (0, 1, 2, 4)]
    points4 = PairFeatures(x4, TermEvidence(texts4, ["en"] * 4), None, None)
    groups = [[0, 1, 2]]
    out = point_check.off_point(
        _accepts(),
        x4,
        groups,
        ["S1", "S2", "S3", "S5"],
        points4,
        0.5,
        2,
        True,
        elsewhere=rule,
    )
    assert out == [] and groups == [[0, 1, 2]]


def test_the_grouper_passes_the_rule_on() -> None:
    x = _core_first()
    texts = [
        "Cable repair ships wait for permits and visas.",
        "Permits delay cable repair ships.",
        "Cable repair ships need permits in advance.",
        "Young delegates struggle to obtain visas.",
    ]
    ev = TermEvidence(texts, ["en"] * 4)
    common = {"same_point": 0.5, "core_model": _accepts()}
    off = ThresholdGrouper(0.6, 2, 0.5, **common).run(x, SESSIONS, ev)  # type: ignore[arg-type]
    assert off.groups == [[0, 1, 2, 3]] and off.before is None
    # every statement is in the message: nothing lies outside it, so nothing is taken
    on = ThresholdGrouper(0.6, 2, 0.5, elsewhere_bar=0.99, **common)  # type: ignore[arg-type]
    assert on.run(x, SESSIONS, ev).groups == [[0, 1, 2, 3]]


def test_a_source_taken_out_joins_its_partner() -> None:
    # row 2 left group 0 with partner 5 (in group 1); row 3 left with partner 6, a lone row;
    # row 4's partner 7 is kept apart: it stays where the rule sent it
    kept = [[0, 1], [5, 8]]
    detached, alone = [2, 3, 4], [6, 7, 9]
    apart, placed = [[7], [3]], [3]
    moved = {2: 5, 3: 6, 4: 7}
    grouping._join_partners(kept, moved, detached, alone, apart, placed)
    assert kept == [[0, 1], [2, 5, 8], [3, 6]]
    assert detached == [4] and alone == [7, 9]
    assert apart == [[7]] and placed == []


def test_two_sources_with_one_lone_partner_make_one_message() -> None:
    kept = [[0, 1]]
    detached, alone = [2, 3], [6]
    grouping._join_partners(kept, {2: 6, 3: 6}, detached, alone, [], [])
    assert kept == [[0, 1], [2, 3, 6]] and detached == [] and alone == []


def test_bench_readings_and_rule(bench_module, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "bench"))
    bench = bench_module("elsewhere_sources")
    ids = ["a", "b", "c"]
    pair = {(i, j): 0.9 for i in ids for j in ids if i != j}
    pair |= {("a", "c"): 0.4, ("c", "a"): 0.4, ("b", "c"): 0.3, ("c", "b"): 0.3}
    points = {"a": "fees", "b": "fees", "c": "towers"}
    groups = [(ids, "a", pair, {"a": 0.5, "b": 0.5, "c": 0.6}), (["a", "b"], "a", pair, {})]
    rows = bench.readings(groups, points.get)  # messages of two are not read
    assert [(r["id"], r["off"]) for r in rows] == [("b", False), ("c", True)]
    c = rows[1]
    assert (c["core"], c["mean"], c["away"]) == (0.4, 0.35, 0.6)
    assert bench.elsewhere(0.5, 0.2)(c) and not bench.elsewhere(0.5, 0.3)(c)
    assert not bench.elsewhere(0.4, 0.1)(c)  # at the bar with the core
    assert bench.taken(rows, bench.elsewhere(0.5, 0.1)) == "1/0"
    assert bench.taken(rows, bench.mean_only(0.95)) == "1/1"
