import numpy as np
import pytest

from forum_messages.nlp.base import normalise_rows
from forum_messages.nlp.cluster import MAX_EXACT
from forum_messages.synth import point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.same_point import (
    CORE_FEATURES,
    FEATURES,
    LARGE_FEATURES,
    PairFeatures,
    PointModel,
    shipped_model,
)

TEXTS = [
    "Repair ships for subsea cables are too few: 12 serve the region.",
    "Subsea cable repair ships take 12 weeks to arrive.",
    "A second cable route costs 40 million and is the cheapest insurance.",
    "Les navires de réparation des câbles sont trop rares.",
]
LANGS = ["en", "en", "en", "fr"]


def _cloud(seed: int, spread: float, n: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    base = normalise_rows(rng.normal(size=(1, 64)))[0]
    return normalise_rows(base + spread * rng.normal(size=(n, 64)))


def _features() -> PairFeatures:
    return PairFeatures(
        _cloud(1, 0.3, 4),
        TermEvidence(TEXTS, LANGS),
        ["key_takeaway", "key_takeaway", "call_to_action", "key_takeaway"],
        [False, True, False, True],
    )


def _model(feature: str, weight: float, bias: float) -> PointModel:
    """A model that reads one feature only (to isolate the grouper's use of it)."""
    return PointModel((feature,), (0.0,), (1.0,), (weight,), bias)


def test_pair_features_read_terms_numbers_kinds_and_attributions() -> None:
    f = _features()
    got = dict(zip(FEATURES, f.pairs([(0, 1)])[0], strict=True))
    far = dict(zip(FEATURES, f.pairs([(0, 2)])[0], strict=True))
    french = dict(zip(FEATURES, f.pairs([(0, 3)])[0], strict=True))
    assert got["terms"] > far["terms"] >= 0.0
    assert french["terms"] == 0.0 and french["one_language"] == 0.0
    assert got["one_language"] == 1.0
    assert got["numbers"] == 1.0  # both say "12"
    assert far["numbers"] == -1.0  # "12" against "40"
    assert french["numbers"] == 0.0  # no number in the French statement
    assert got["one_kind"] == 1.0 and far["one_kind"] == 0.0
    assert got["attribution"] == 1.0 and french["attribution"] == 1.0
    assert 0.0 < got["length"] <= 1.0
    # "repai", "ships", "subse", "cable", "12" in both (terms cut to five letters)
    assert got["shared"] == 5.0
    assert far["shared"] == 1.0  # "cable" only
    assert french["shared"] == 0.0  # terms are compared within one language
    x = f.x
    assert abs(got["cosine"] - float(x[0] @ x[1])) < 1e-5


def test_pairs_are_the_block_entries_and_symmetric() -> None:
    f = _features()
    block = f.block(range(4))
    assert np.array_equal(block, block.transpose(1, 0, 2))
    assert np.array_equal(f.pairs([(2, 3), (1, 0)]), block[[2, 1], [3, 0]])


def test_a_model_that_needs_no_neighbours_gets_the_same_features() -> None:
    f = _features()
    full = f.pairs([(0, 1), (2, 3)])
    cols = [FEATURES.index(n) for n in CORE_FEATURES]
    spared = f.pairs([(0, 1), (2, 3)], CORE_FEATURES)
    assert np.array_equal(full[:, cols], spared[:, cols])
    assert shipped_model(core=True).probability(full).tolist() == (
        shipped_model(core=True).probability(spared).tolist()
    )


def test_shipped_model_reads_the_features_in_order_and_rises_with_shared_terms() -> None:
    model = shipped_model()
    assert model.names == FEATURES[: len(model.names)]  # in order (``shared`` is not read)
    row = np.zeros(len(FEATURES))
    row[: len(model.names)] = model.mean
    more = row.copy()
    more[FEATURES.index("terms")] += 0.3
    more[FEATURES.index("centred")] += 0.2
    low, high = model.probability(np.stack([row, more]))
    assert 0.0 < low < high < 1.0
    core = shipped_model(core=True)
    assert core.names == CORE_FEATURES
    near = np.zeros((2, len(FEATURES)))
    near[:, FEATURES.index("one_language")] = 1.0
    near[:, FEATURES.index("cosine")] = 0.5
    near[1, FEATURES.index("terms")] = 0.5  # shares its words
    near[:, FEATURES.index("centred")] = [0.9, -0.9]  # not read by the core model
    apart, shared = core.probability(near)
    assert apart < shared


def test_a_model_reads_only_its_own_features() -> None:
    rows = np.zeros((2, len(FEATURES)))
    rows[0, FEATURES.index("terms")] = 1.0
    rows[1, FEATURES.index("cosine")] = 1.0
    on_terms = _model("terms", 4.0, 0.0).probability(rows)
    assert on_terms[0] > 0.98 and on_terms[1] == 0.5


def test_a_pair_the_model_rejects_is_dissolved_only_when_asked() -> None:
    x = _cloud(4, 0.1, 2)
    ev = TermEvidence(TEXTS[1:3], ["en", "en"])  # no content term in common
    sessions = ["S1", "S2"]
    reject = _model("terms", 10.0, -2.0)  # shared terms or nothing
    plain = ThresholdGrouper(0.6, 2, 0.5, same_point=0)
    assert plain.run(x, sessions, ev).groups == [[0, 1]]
    kept = ThresholdGrouper(
        0.6, 2, 0.5, same_point=0.5, core_model=reject, point_pairs=False, check="core"
    )
    assert kept.run(x, sessions, ev).groups == [[0, 1]]  # pairs left alone unless asked
    assert kept.run(x, sessions, ev).before is None  # nothing taken out
    strict = ThresholdGrouper(
        0.6, 2, 0.5, same_point=0.5, core_model=reject, point_pairs=True, check="core"
    )
    out = strict.run(x, sessions, ev)
    assert out.groups == [] and out.detached == [0, 1] and out.alone == [0, 1]
    assert out.before == ([[0, 1]], [])  # the message as it was, for its sub-topic


# three statements of one point and a story on another subject
CABLES_AND_VISAS = [
    "Cable repair ships wait for permits.",
    "Permits delay cable repair ships.",
    "Cable repair ships need permits in advance.",
    "Young delegates struggle to obtain visas.",
]


def plain_before(x: np.ndarray, ev: TermEvidence) -> object:
    return ThresholdGrouper(0.6, 2, 0.5, same_point=0).run(x, ["S1", "S2", "S3", "S4"], ev).before


def test_a_source_off_the_core_point_is_detached() -> None:
    x = _cloud(5, 0.1, 4)
    ev = TermEvidence(CABLES_AND_VISAS, ["en"] * 4)
    grouper = ThresholdGrouper(
        0.6, 2, 0.5, same_point=0.5, core_model=_model("terms", 10.0, -2.0), check="core"
    )
    out = grouper.run(x, ["S1", "S2", "S3", "S4"], ev)
    assert out.groups == [[0, 1, 2]] and out.detached == [3]
    assert out.before == ([[0, 1, 2, 3]], [])
    assert plain_before(x, ev) is None


def test_lone_statements_join_what_the_model_says_makes_their_point() -> None:
    rng = np.random.default_rng(7)
    base = normalise_rows(rng.normal(size=(1, 64)))[0]
    other = normalise_rows(rng.normal(size=(1, 64)))[0]
    # a message of two sessions, and a third session's statement only loosely near it
    x = normalise_rows(np.stack([base, base + 0.05 * other, base + 3.0 * other]))
    assert 0.3 < float(x[0] @ x[2]) < float(x[1] @ x[2]) < 0.4
    texts = [
        "Cable repair ships wait for permits.",
        "Permits delay cable repair ships.",
        "Repair ships and their permits.",
    ]
    ev = TermEvidence(texts, ["en"] * 3)
    sessions = ["S1", "S2", "S3"]
    assert ThresholdGrouper(0.6, 2, 0.9).run(x, sessions, ev).alone == [2]
    joins = ThresholdGrouper(0.6, 2, 0.9, point_join=0.5, point_model=_model("terms", 10.0, -2.0))
    out = joins.run(x, sessions, ev)
    assert out.groups == [[0, 1, 2]] and out.alone == []


def test_mixed_similarity_with_no_weight_is_the_similarity() -> None:
    f = _features()
    x = f.x
    model = _model("terms", 1.0, 0.0)
    same = point_check.mixed(model, x, f, 0.0)
    assert np.allclose(same, np.round(x @ x.T, 6), atol=1e-6)
    half = point_check.mixed(model, x, f, 0.5)
    prob = model.probability(f.block(range(4)).reshape(16, -1)).reshape(4, 4)
    assert np.allclose(half, 0.5 * same + 0.5 * prob, atol=1e-6)


def test_the_model_mixed_into_the_clustering_joins_what_the_cosine_keeps_apart() -> None:
    rng = np.random.default_rng(11)
    base, other = normalise_rows(rng.normal(size=(2, 64)))
    x = normalise_rows(np.stack([base, base + 2.8 * other]))
    assert 0.3 < float(x[0] @ x[1]) < 0.4  # apart at a distance of 0.6
    texts = ["Cable repair ships wait for permits.", "Permits delay cable repair ships."]
    ev = TermEvidence(texts, ["en", "en"])
    sessions = ["S1", "S2"]
    assert ThresholdGrouper(0.6, 2, 0.9).run(x, sessions, ev).groups == []
    mixed = ThresholdGrouper(
        0.6, 2, 0.9, point_mix=0.5, point_distance=0.6, point_model=_model("terms", 10.0, -2.0)
    )
    assert mixed.run(x, sessions, ev).groups == [[0, 1]]
    apart = ThresholdGrouper(
        0.6, 2, 0.9, point_mix=0.5, point_distance=0.6, point_model=_model("terms", -10.0, 0.0)
    )
    assert apart.run(x, sessions, ev).groups == []


def test_the_check_reads_the_model_it_is_told() -> None:
    assert ThresholdGrouper(0.6, 2, 0.5)._core_model == shipped_model(core=True)
    pair = ThresholdGrouper(0.6, 2, 0.5, check="pair")
    assert pair._core_model == shipped_model()
    assert pair._core_model.names == FEATURES[: len(pair._core_model.names)]
    with pytest.raises(ValueError, match="check"):
        ThresholdGrouper(0.6, 2, 0.5, check="pairs")


def test_a_group_dissolved_by_the_member_check_is_not_kept_as_before() -> None:
    # two anecdotes of two sessions make a group that the member check dissolves; the
    # same-point check then takes a source out of the other group: the groups as they were
    # before it hold no empty group
    x = np.vstack([_cloud(5, 0.1, 4), _cloud(9, 0.1, 2)])
    texts = [
        "Cable repair ships wait for permits.",
        "Permits delay cable repair ships.",
        "Cable repair ships need permits in advance.",
        "Young delegates struggle to obtain visas.",
        "The speaker presented her organisation's programme.",
        "A delegate described his bus journey to the embassy.",
    ]
    ev = TermEvidence(texts, ["en"] * 6)
    grouper = ThresholdGrouper(
        0.6, 2, 0.5, same_point=0.5, core_model=_model("terms", 10.0, -2.0), check="core"
    )
    out = grouper.run(
        x, ["S1", "S2", "S3", "S4", "S5", "S6"], ev, attributions=[False] * 4 + [True] * 2
    )
    assert out.groups == [[0, 1, 2]] and out.detached == [3, 4, 5]
    assert out.before == ([[0, 1, 2, 3]], [[4], [5]])


def test_with_both_models_a_source_goes_only_when_both_reject_it() -> None:
    x = _cloud(5, 0.1, 4)
    ev = TermEvidence(CABLES_AND_VISAS, ["en"] * 4)
    sessions = ["S1", "S2", "S3", "S4"]
    core = _model("terms", 10.0, -2.0)  # rejects the visa story: no shared term

    def grouper(pair: PointModel) -> ThresholdGrouper:
        return ThresholdGrouper(
            0.6, 2, 0.5, same_point=0.5, core_model=core, point_model=pair, check="both"
        )

    accepts = _model("cosine", 0.0, 10.0)  # every pair makes one point
    rejects = _model("cosine", 0.0, -10.0)  # no pair does
    kept = grouper(accepts).run(x, sessions, ev)
    assert kept.groups == [[0, 1, 2, 3]] and kept.before is None
    out = grouper(rejects).run(x, sessions, ev)
    assert out.groups == [[0, 1, 2]] and out.detached == [3]
    assert grouper(rejects).params()["pair_bar"] == 0.4


def test_the_check_is_made_only_on_a_theme_clustered_in_one_piece() -> None:
    grouper = ThresholdGrouper(0.6, 2, 0.5)  # the defaults: the check on
    assert grouper.wants_terms(MAX_EXACT) and grouper.uses_terms
    assert not grouper.wants_terms(MAX_EXACT + 1)  # a consultation's responses
    assert ThresholdGrouper(0.6, 2, 0.5, term_mix=0.3).wants_terms(MAX_EXACT + 1)
    assert not ThresholdGrouper(0.6, 2, 0.5, same_point=0).wants_terms(10)


def test_a_message_of_two_the_pair_model_alone_rejects_is_dissolved_with_two_bar() -> None:
    # a message of two sessions, its two statements on one subject (cables) making two
    # points; the core model accepts it, the pair model does not
    x = _cloud(5, 0.1, 2)
    texts = [
        "Repair ships for subsea cables are too few in the region.",
        "A second subsea cable route is the cheapest insurance against cuts.",
    ]
    ev = TermEvidence(texts, ["en", "en"])
    sessions = ["S1", "S2"]
    accepts = _model("cosine", 0.0, 10.0)
    pair = _model("shared", 10.0, -25.0)  # likely only when they share three terms or more
    low = PairFeatures(x, ev, None, None).pairs([(0, 1)])
    assert low[0, FEATURES.index("shared")] == 2.0  # "subse", "cable"
    assert pair.probability(low)[0] < 0.01

    def grouper(two_bar: float) -> ThresholdGrouper:
        return ThresholdGrouper(
            0.6,
            2,
            0.5,
            same_point=0.5,
            core_model=accepts,
            point_model=pair,
            check="both",
            two_bar=two_bar,
            halves=True,
        )

    kept = grouper(0.0).run(x, sessions, ev)  # both must reject: the core model keeps it
    assert kept.groups == [[0, 1]] and kept.before is None
    out = grouper(0.3).run(x, sessions, ev)
    assert out.groups == [] and out.detached == [0, 1]
    assert out.before == ([[0, 1]], [])
    assert out.halves == [[0, 1]]  # the dissolved message keeps its room for one of them
    assert kept.halves == []
    plain = ThresholdGrouper(
        0.6, 2, 0.5, core_model=accepts, point_model=pair, two_bar=0.3, halves=False
    ).run(x, sessions, ev)
    assert plain.detached == [0, 1] and plain.halves == []
    assert grouper(0.3).params()["two_bar"] == 0.3
    assert "two_bar" not in grouper(0.0).params()
    # a message of three is not dissolved by the pair model alone
    x3 = _cloud(5, 0.1, 3)
    ev3 = TermEvidence([*texts, "Cable repair ships wait weeks for permits."], ["en"] * 3)
    three = grouper(0.3).run(x3, ["S1", "S2", "S3"], ev3)
    assert three.groups == [[0, 1, 2]] and three.detached == []


def test_the_large_model_reads_the_core_features_and_rises_with_shared_terms() -> None:
    large = shipped_model(large=True)
    assert large.names == LARGE_FEATURES == (*CORE_FEATURES, "shared")
    rows = np.zeros((2, len(FEATURES)))
    for name, mean in zip(large.names, large.mean, strict=True):
        rows[:, FEATURES.index(name)] = mean
    rows[1, FEATURES.index("shared")] += 3.0  # three more content terms in common
    few, more = large.probability(rows)
    assert 0.0 < few < more < 1.0


def test_the_large_model_judges_messages_of_three_or_more_only() -> None:
    # the core model keeps every source; the large model (here: shared terms or nothing)
    # takes the visa story out of the message of four, and leaves the message of two alone
    x = np.vstack([_cloud(5, 0.1, 4), _cloud(9, 0.1, 2)])
    texts = [*CABLES_AND_VISAS, "Repair ships for subsea cables.", "Visas for young people."]
    ev = TermEvidence(texts, ["en"] * 6)
    sessions = ["S1", "S2", "S3", "S4", "S5", "S6"]
    accepts = _model("cosine", 0.0, 10.0)
    rejects = _model("cosine", 0.0, -10.0)
    shared = _model("shared", 10.0, -5.0)  # likely from one shared term on
    kept = [[0, 1, 2, 3], [4, 5]]
    points = PairFeatures(x, ev, None, None)
    plain = point_check.off_point(
        accepts, x, [list(g) for g in kept], sessions, points, 0.5, 2, True
    )
    assert plain == []
    groups = [list(g) for g in kept]
    out = point_check.off_point(
        accepts, x, groups, sessions, points, 0.5, 2, True, (rejects, 0.4), larger=shared
    )
    assert out == [3] and groups == [[0, 1, 2], [4, 5]]


def test_the_large_model_is_used_only_with_both_models_and_no_core_model_given() -> None:
    assert ThresholdGrouper(0.6, 2, 0.5)._large_model == shipped_model(large=True)
    assert ThresholdGrouper(0.6, 2, 0.5).params()["large"] is True
    assert ThresholdGrouper(0.6, 2, 0.5, large=False)._large_model is None
    assert "large" not in ThresholdGrouper(0.6, 2, 0.5, large=False).params()
    assert ThresholdGrouper(0.6, 2, 0.5, check="core")._large_model is None
    given = _model("terms", 10.0, -2.0)
    assert ThresholdGrouper(0.6, 2, 0.5, core_model=given)._large_model is None
    both = ThresholdGrouper(0.6, 2, 0.5, core_model=given, large_model=given)
    assert both._large_model == given
