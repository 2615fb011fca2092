"""A source in another language than its message's core, judged by the pair model alone
(``point_check.off_across``, ``ThresholdGrouper(across_bar=...)``); docs/quality.md, step 42."""

import numpy as np
import pytest

from forum_messages.synth import grouping, point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.same_point import PairFeatures, PointModel, shipped_model

from .test_off_rest import _accepts, _core_first
from .test_off_support import FILLER

SESSIONS = ["S1", "S2", "S3", "S4"]

# row 0 the core; 1 makes its point; 2 and 3 are in another language, 3 backed by no one
PROB = {
    (0, 1): 0.95,
    (0, 2): 0.5,
    (0, 3): 0.5,
    (1, 2): 0.9,
    (1, 3): 0.2,
    (2, 3): 0.3,
}


def test_a_member_in_another_language_below_the_bar_is_taken_out() -> None:
    rows = [0, 1, 2, 3]
    # 3: 0.5 with the core, (0.5 + 0.2 + 0.3) / 3 = 0.333 on its mean; 2: 0.767 on its mean
    assert point_check.off_across(rows, 0, PROB, 0.55, {2, 3}, SESSIONS, 2) == [3]
    assert rows == [0, 1, 2]
    rows = [0, 1, 2, 3]  # at the bar with the core, it stays whatever its mean
    assert point_check.off_across(rows, 0, PROB, 0.5, {2, 3}, SESSIONS, 2) == []
    assert rows == [0, 1, 2, 3]


def test_only_members_in_another_language_are_judged() -> None:
    rows = [0, 1, 2, 3]
    assert point_check.off_across(rows, 0, PROB, 0.55, {2}, SESSIONS, 2) == []
    assert rows == [0, 1, 2, 3]
    flipped = {(b, a): p for (a, b), p in PROB.items()}  # either order is read
    assert point_check.off_across(rows, 0, flipped, 0.55, {3}, SESSIONS, 2) == [3]


def test_the_rest_keeps_two_sessions_and_a_message_of_two_is_not_read_here() -> None:
    rows = [0, 1, 2, 3]
    assert point_check.off_across(rows, 0, PROB, 0.55, {3}, ["S1", "S1", "S1", "S2"], 2) == []
    rows = [0, 3]
    assert point_check.off_across(rows, 0, PROB, 0.9, {3}, SESSIONS, 2) == []


def test_the_message_is_read_again_after_each_member_taken_out() -> None:
    # 2 and 3 back each other: 3 (0.4) goes first; read again without it, 2 is at
    # (0.3 + 0.2) / 2 = 0.25 and goes too
    prob = {(0, 1): 0.95, (0, 2): 0.3, (0, 3): 0.3, (1, 2): 0.2, (1, 3): 0.1, (2, 3): 0.8}
    rows = [0, 1, 2, 3]
    assert point_check.off_across(rows, 0, prob, 0.45, {2, 3}, SESSIONS, 2) == [3, 2]
    assert rows == [0, 1]


def test_the_across_rule_is_off_by_default() -> None:
    assert grouping.ACROSS_BAR == 0.0
    assert "across_bar" not in ThresholdGrouper(0.6, 2, 0.5).params()


def _one_language() -> PointModel:
    """A pair model likely only for two statements in one language (to isolate the rule)."""
    return PointModel(("one_language",), (0.0,), (1.0,), (10.0,), -5.0)


TEXTS = [
    "Cable repair ships wait for permits and visas.",
    "Permits delay cable repair ships.",
    "Cable repair ships need permits in advance.",
    "Les navires câbliers attendent leurs permis.",
]


@pytest.mark.parametrize("keep", [True, False])
def test_the_grouper_takes_out_the_member_in_another_language(keep: bool) -> None:
    x = _core_first()
    ev = TermEvidence(TEXTS, ["en", "en", "en", "fr"])
    common = {"same_point": 0.5, "core_model": _accepts(), "point_model": _one_language()}
    off = ThresholdGrouper(0.6, 2, 0.5, **common).run(x, SESSIONS, ev)  # type: ignore[arg-type]
    assert off.groups == [[0, 1, 2, 3]] and off.before is None
    # messages of two only (as shipped when on): a message of four is not read
    two = ThresholdGrouper(0.6, 2, 0.5, across_bar=0.5, across_keep=keep, **common)  # type: ignore[arg-type]
    assert two.run(x, SESSIONS, ev).groups == [[0, 1, 2, 3]]
    assert two.params()["across_bar"] == 0.5 and two.params()["across_larger"] is False
    wide = ThresholdGrouper(
        0.6,
        2,
        0.5,
        across_bar=0.5,
        across_keep=keep,
        across_larger=True,
        **common,  # type: ignore[arg-type]
    )
    out = wide.run(x, SESSIONS, ev)
    assert out.groups == [[0, 1, 2]] and out.detached == [3] and 3 in out.alone
    assert out.halves == ([[3]] if keep else [])  # a message of its own, or a candidate
    assert out.before == ([[0, 1, 2, 3]], [])
    # every statement in one language: nothing is read
    same = TermEvidence(TEXTS, ["en"] * 4)
    assert wide.run(x, SESSIONS, same).groups == [[0, 1, 2, 3]]


def _features(embedder, texts: list[str], langs: list[str]):  # type: ignore[no-untyped-def]
    rows = texts + FILLER
    x = embedder.embed(rows)
    points = PairFeatures(x, TermEvidence(rows, langs + ["en"] * len(FILLER)), None, None)
    return x, points


# (texts, languages, whether the editor would give them one point)
PAIRS = {
    "ru/en two points": (
        [
            "Когда дорогу строят за государственные деньги, вдоль неё нужно сразу прокладывать "
            "кабельную канализацию, открытую для всех операторов.",
            "Internet exchange points and upstream providers should require their members to "
            "sign their routes.",
        ],
        ["ru", "en"],
        False,
    ),
    "es/ar two points": (
        [
            "Los asistentes de voz no entienden el quechua, así que no sirven a quienes solo "
            "hablan esa lengua.",
            "رفض نظام البصمة تسجيل شريحة هاتف باسم اللاجئة، فبقيت تعتمد على هاتف ابنها.",
        ],
        ["es", "ar"],
        False,
    ),
    "fr/en one point": (
        [
            "Les opérateurs devraient partager leurs pylônes dans les zones rurales pour "
            "réduire le coût de la couverture.",
            "Operators should share their towers in rural areas to bring down the cost of "
            "coverage.",
        ],
        ["fr", "en"],
        True,
    ),
    "zh/en one point": (
        [
            "各国应当建立银行和电信运营商之间的诈骗信号实时共享机制。",
            "Banks and telecom operators should share fraud signals in real time.",
        ],
        ["zh", "en"],
        True,
    ),
}


def test_the_check_models_do_not_part_two_languages(use_embedder) -> None:  # type: ignore[no-untyped-def]
    # the core and large models put two points in two languages as high as one point; in
    # one language the same core model parts two points
    core, large, pair = shipped_model(core=True), shipped_model(large=True), shipped_model()
    for texts, langs, one in PAIRS.values():
        _, points = _features(use_embedder, texts, langs)
        f = points.pairs([(0, 1)])
        assert core.probability(f)[0] > 0.85 and large.probability(f)[0] > 0.9
        assert bool(pair.probability(f)[0] >= 0.55) == one
    texts = [
        "Internet exchange points should require their members to sign their routes.",
        "Governments should lay open ducts along every new road built with public money.",
    ]
    _, points = _features(use_embedder, texts, ["en", "en"])
    assert core.probability(points.pairs([(0, 1)]))[0] < 0.5


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_a_message_of_two_in_two_languages_with_the_real_models(use_embedder, case: str) -> None:  # type: ignore[no-untyped-def]
    texts, langs, one = PAIRS[case]
    x, points = _features(use_embedder, texts, langs)
    sessions = [f"S{i}" for i in range(len(texts) + len(FILLER))]
    centre = point_check.core(x, [0, 1])
    model = shipped_model(core=True)
    groups = [[0, 1]]  # the rule off: the check's own models keep every such pair
    assert point_check.off_point(model, x, groups, sessions, points, 0.5, 2, True) == []
    assert groups == [[0, 1]]
    apart: list[list[int]] = []
    on = (shipped_model(), 0.55, True, False)
    out = point_check.off_point(
        model, x, groups, sessions, points, 0.5, 2, True, apart=apart, across=on
    )
    if one:
        assert out == [] and groups == [[0, 1]] and apart == []
    else:  # dissolved; the core keeps its room, the other goes back to the candidates
        assert out == [0, 1] and groups == [[]] and apart == [[centre]]


def test_a_larger_message_with_the_real_models(use_embedder) -> None:  # type: ignore[no-untyped-def]
    tower_fr, tower_en = PAIRS["fr/en one point"][0]
    quechua = PAIRS["es/ar two points"][0][0]
    shared = "Sharing towers between operators would cut the cost of rural coverage."
    texts = [tower_en, shared, tower_fr, quechua]
    langs = ["en", "en", "fr", "es"]
    x, points = _features(use_embedder, texts, langs)
    sessions = [f"S{i}" for i in range(len(texts) + len(FILLER))]
    rows = [0, 1, 2, 3]
    centre = point_check.core(x, rows)
    assert centre != 3
    groups = [list(rows)]
    model = shipped_model(core=True)
    assert point_check.off_point(model, x, groups, sessions, points, 0.5, 2, True) == []
    # read with messages of two only, a larger message stays as it is
    two = (shipped_model(), 0.55, False, False)
    assert point_check.off_point(model, x, groups, sessions, points, 0.5, 2, True, across=two) == []
    wide = (shipped_model(), 0.55, False, True)
    out = point_check.off_point(model, x, groups, sessions, points, 0.5, 2, True, across=wide)
    assert out == [3] and groups == [[0, 1, 2]]  # the French wording of the point stays
    assert np.isfinite(x).all()
