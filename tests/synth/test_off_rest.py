"""A source of a message of three or more whose point the rest of the message does not make
(``point_check.off_rest``, ``ThresholdGrouper(rest_off=...)``; docs/quality.md, step 27)."""

import numpy as np
import pytest

from forum_messages.nlp.base import normalise_rows
from forum_messages.synth import grouping, point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.same_point import PairFeatures, PointModel, shipped_model

SESSIONS = ["S1", "S2", "S3", "S4"]


# row 0 the core; 1 and 2 make its point; 3 sits by the core alone
TRIANGLE = {
    (0, 1): 0.95,
    (0, 2): 0.9,
    (0, 3): 0.6,
    (1, 2): 0.85,
    (1, 3): 0.1,
    (2, 3): 0.2,
}


def test_a_member_the_rest_does_not_hold_is_taken_out() -> None:
    rows = [0, 1, 2, 3]
    out = point_check.off_rest(rows, 0, TRIANGLE, 0.8, 0.25, 0.4, SESSIONS, 2)
    assert out == [3] and rows == [0, 1, 2]


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({(0, 3): 0.3}, "below the floor with the core: the check's own rule decides"),
        ({(0, 2): 0.7}, "the rest does not hold together at the tie bar"),
        ({(2, 3): 0.3}, "not below the off bar with every other member"),
    ],
)
def test_a_member_is_kept_unless_every_condition_holds(
    change: dict[tuple[int, int], float], why: str
) -> None:
    rows = [0, 1, 2, 3]
    out = point_check.off_rest(rows, 0, TRIANGLE | change, 0.8, 0.25, 0.4, SESSIONS, 2)
    assert out == [] and rows == [0, 1, 2, 3], why


def test_either_order_of_a_pair_is_read_and_the_rest_keeps_its_sessions() -> None:
    flipped = {(b, a): p for (a, b), p in TRIANGLE.items()}
    rows = [0, 1, 2, 3]
    assert point_check.off_rest(rows, 0, flipped, 0.8, 0.25, 0.4, SESSIONS, 2) == [3]
    # the rest would rest on one session: the member stays
    one = ["S1", "S1", "S1", "S2"]
    rows = [0, 1, 2, 3]
    assert point_check.off_rest(rows, 0, TRIANGLE, 0.8, 0.25, 0.4, one, 2) == []
    # a message of two is never judged by the rest
    rows = [0, 3]
    assert point_check.off_rest(rows, 0, TRIANGLE, 0.8, 0.25, 0.4, SESSIONS, 2) == []


def test_the_least_likely_with_the_core_goes_first_then_the_rest_is_read_again() -> None:
    # 3 is close to the core but off 1 and 2; 4 is off all three. With 4 in, 3 cannot go
    # (4 does not hold with the core); 4 goes first, then 3 is read again and goes too
    prob = TRIANGLE | {(0, 3): 0.85, (0, 4): 0.5, (1, 4): 0.1, (2, 4): 0.1, (3, 4): 0.1}
    rows = [0, 1, 2, 3, 4]
    sessions = ["S1", "S2", "S3", "S4", "S5"]
    out = point_check.off_rest(rows, 0, prob, 0.8, 0.25, 0.4, sessions, 2)
    assert out == [4, 3] and rows == [0, 1, 2]
    # two members off the rest but holding each other stay: neither is off every other one
    prob[(3, 4)] = 0.9
    rows = [0, 1, 2, 3, 4]
    assert point_check.off_rest(rows, 0, prob, 0.8, 0.25, 0.4, sessions, 2) == []


def _shared(bias: float = -5.0) -> PointModel:
    """A model likely from one shared content term on (to isolate the rule)."""
    return PointModel(("shared",), (0.0,), (1.0,), (10.0,), bias)


def _accepts() -> PointModel:
    return PointModel(("cosine",), (0.0,), (1.0,), (0.0,), 10.0)


# the core shares a term with each member; the visa story shares one with the core only
TEXTS = [
    "Cable repair ships wait for permits and visas.",
    "Permits delay cable repair ships.",
    "Cable repair ships need permits in advance.",
    "Young delegates struggle to obtain visas.",
]


def _core_first() -> np.ndarray:
    rng = np.random.default_rng(3)
    base = normalise_rows(rng.normal(size=(1, 64)))[0]
    x = normalise_rows(base + 0.1 * rng.normal(size=(4, 64)))
    x[0] = base
    return x


def test_off_point_takes_out_what_the_rest_does_not_hold_and_keeps_it_apart() -> None:
    x = _core_first()
    assert point_check.core(x, [0, 1, 2, 3]) == 0
    points = PairFeatures(x, TermEvidence(TEXTS, ["en"] * 4), None, None)
    groups = [[0, 1, 2, 3]]
    assert point_check.off_point(_accepts(), x, groups, SESSIONS, points, 0.5, 2, True) == []
    apart: list[list[int]] = []
    out = point_check.off_point(
        _accepts(),
        x,
        groups,
        SESSIONS,
        points,
        0.5,
        2,
        True,
        apart=apart,
        floor=0.4,
        rest=(_shared(), 0.8, 0.25),
    )
    assert out == [3] and groups == [[0, 1, 2]] and apart == [[3]]
    # a second model that does not agree keeps it in
    groups = [[0, 1, 2, 3]]
    out = point_check.off_point(
        _accepts(),
        x,
        groups,
        SESSIONS,
        points,
        0.5,
        2,
        True,
        floor=0.4,
        rest=(_shared(), 0.8, 0.25),
        rest_second=(_accepts(), 0.5),
    )
    assert out == [] and groups == [[0, 1, 2, 3]]


def test_the_grouper_keeps_the_member_taken_out_as_a_one_session_message() -> None:
    x = _core_first()
    ev = TermEvidence(TEXTS, ["en"] * 4)
    common = {"same_point": 0.5, "core_model": _accepts(), "point_model": _shared()}
    off = ThresholdGrouper(0.6, 2, 0.5, **common).run(x, SESSIONS, ev)  # type: ignore[arg-type]
    assert off.groups == [[0, 1, 2, 3]] and off.halves == [] and off.before is None
    on = ThresholdGrouper(0.6, 2, 0.5, rest_off=0.25, **common)  # type: ignore[arg-type]
    out = on.run(x, SESSIONS, ev)
    assert out.groups == [[0, 1, 2]] and out.detached == [3] and out.halves == [[3]]
    assert out.before == ([[0, 1, 2, 3]], [])
    assert on.params()["rest_off"] == 0.25 and on.params()["rest_tie"] == grouping.REST_TIE


def test_the_rest_rule_is_off_by_default() -> None:
    assert grouping.REST_OFF == 0.0
    assert "rest_off" not in ThresholdGrouper(0.6, 2, 0.5).params()


def test_the_rest_rule_with_the_real_embedder_and_shipped_pair_model(use_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "Governments and standards bodies should work toward interoperable frameworks for "
        "governing artificial intelligence, built on shared risk categories.",
        "Frameworks for governing artificial intelligence should be interoperable across "
        "jurisdictions, so that shared risk categories apply everywhere.",
        "Governments should make their national data protection regimes interoperable so "
        "that personal data can cross borders with safeguards.",
        "Subsea cable repair ships take weeks to reach the Pacific islands.",
        "Schools should teach children to recognise manipulated images.",
        "Community networks connect villages that commercial operators ignore.",
        "Donors should give the IGF predictable funding for several years.",
        "Internet shutdowns during elections leave voters without reliable information.",
        "Data centres are drawing on scarce water in dry regions.",
        "Women are less likely than men to own a smartphone in low-income countries.",
    ]
    x = use_embedder.embed(texts)
    points = PairFeatures(x, TermEvidence(texts, ["en"] * len(texts)), None, None)
    pair = shipped_model()
    p01, p02, p12 = pair.probability(points.pairs([(0, 1), (0, 2), (1, 2)], pair.names))
    # the two statements of AI frameworks make one point; the data-protection call is nearer
    # the call it shares its frame with than the paraphrase
    assert point_check.core(x, [0, 1, 2]) == 0
    assert p12 < p02 < p01
    sessions = [f"S{i}" for i in range(len(texts))]
    for off, taken in ((p12 + 0.01, [2]), (p12 - 0.01, [])):
        groups = [[0, 1, 2]]
        out = point_check.off_point(
            shipped_model(core=True),
            x,
            groups,
            sessions,
            points,
            0.0,  # the core model never rejects: the rest rule alone
            2,
            True,
            floor=p02 - 0.01,
            rest=(pair, p01 - 0.01, off),
        )
        assert out == taken
