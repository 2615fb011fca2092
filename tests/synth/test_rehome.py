"""A statement joined to a message whose point another message makes: a member moved there
(``point_check.rehome``, ``ThresholdGrouper(rehome_bar=...)``) and a lone statement attached
there instead of the nearest message (``point_check.attach_elsewhere``,
``ThresholdGrouper(attach_away=...)``); docs/quality.md, step 64."""

from collections.abc import Sequence

import numpy as np

from forum_messages.synth import grouping, point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.same_point import PairFeatures, PointModel, shipped_model


class _Table:
    """A stand-in for the pair model: each pair's probability read from a table (either
    order); the features are the pairs themselves."""

    names: tuple[str, ...] = ()

    def __init__(self, prob: dict[tuple[int, int], float]) -> None:
        self.prob = prob

    def probability(self, pairs: Sequence[tuple[int, int]]) -> np.ndarray:
        return np.array([self.prob.get((a, b), self.prob.get((b, a), 0.0)) for a, b in pairs])


class _Pairs:
    def pairs(self, pairs: Sequence[tuple[int, int]], names: object = None) -> list:
        return list(pairs)


# message 0: rows 0, 1 make its point, row 2 joined it; message 1: rows 3, 4 make row 2's point
PROB = {
    (0, 1): 0.9,
    (0, 2): 0.4,
    (1, 2): 0.3,
    (2, 3): 0.8,
    (2, 4): 0.7,
    (3, 4): 0.9,
    (0, 3): 0.1,
    (0, 4): 0.1,
    (1, 3): 0.1,
    (1, 4): 0.1,
}
SESSIONS = ["S1", "S2", "S3", "S4", "S5"]


def test_member_reads_against_its_own_message_and_the_others() -> None:
    reads = point_check.member_reads(_Table(PROB), _Pairs(), [[0, 1, 2], [3, 4]])  # type: ignore[arg-type]
    by_row = {r: (g, inside, h, outside) for g, r, inside, h, outside in reads}
    assert by_row[2] == (0, 0.35, 1, 0.75)
    assert by_row[0] == (0, 0.65, 1, 0.1)
    assert by_row[3] == (1, 0.9, 0, round((0.1 + 0.1 + 0.8) / 3, 6))


def test_a_member_moves_to_the_message_making_its_point() -> None:
    groups = [[0, 1, 2], [3, 4]]
    moved = point_check.rehome(_Table(PROB), _Pairs(), groups, SESSIONS, 2, 0.6, 0.2)  # type: ignore[arg-type]
    assert moved == {2: 1} and groups == [[0, 1], [2, 3, 4]]
    groups = [[0, 1, 2], [3, 4]]  # the gain (0.75 - 0.35 = 0.4) below the margin: it stays
    assert point_check.rehome(_Table(PROB), _Pairs(), groups, SESSIONS, 2, 0.6, 0.5) == {}  # type: ignore[arg-type]
    assert groups == [[0, 1, 2], [3, 4]]
    groups = [[0, 1, 2], [3, 4]]  # the other message's mean below the bar: it stays
    assert point_check.rehome(_Table(PROB), _Pairs(), groups, SESSIONS, 2, 0.8, 0.2) == {}  # type: ignore[arg-type]


def test_a_member_stays_when_its_message_would_rest_on_one_session() -> None:
    groups = [[0, 1, 2], [3, 4]]
    sessions = ["S1", "S1", "S3", "S4", "S5"]
    assert point_check.rehome(_Table(PROB), _Pairs(), groups, sessions, 2, 0.6, 0.2) == {}  # type: ignore[arg-type]
    groups = [[1, 2], [3, 4]]  # a message of two is never emptied
    assert point_check.rehome(_Table(PROB), _Pairs(), groups, SESSIONS, 2, 0.6, 0.2) == {}  # type: ignore[arg-type]


def test_a_lone_row_goes_to_its_likeliest_partners_message() -> None:
    groups = [[0, 1], [3, 4]]
    attached = {2: 0}
    reads = point_check.attach_reads(_Table(PROB), _Pairs(), groups, attached, SESSIONS)  # type: ignore[arg-type]
    assert reads == [(2, 0, 0.4, 1, 0.8)]
    out = point_check.attach_elsewhere(_Table(PROB), _Pairs(), groups, attached, SESSIONS, 0.5, 0.2)  # type: ignore[arg-type]
    assert out == {2: 1} and attached == {2: 1}
    attached = {2: 0}  # 0.8 - 0.4 below a margin of 0.5: it stays with the nearest
    assert (
        point_check.attach_elsewhere(_Table(PROB), _Pairs(), groups, attached, SESSIONS, 0.5, 0.5)
        == {}
    )  # type: ignore[arg-type]
    assert attached == {2: 0}


def test_a_lone_rows_own_session_is_not_its_partner() -> None:
    groups = [[0, 1], [3, 4]]
    attached = {2: 0}
    sessions = ["S1", "S2", "S3", "S3", "S3"]  # message 1 is of the lone row's session
    reads = point_check.attach_reads(_Table(PROB), _Pairs(), groups, attached, sessions)  # type: ignore[arg-type]
    assert reads == [(2, 0, 0.4, 1, 0.0)]
    assert (
        point_check.attach_elsewhere(_Table(PROB), _Pairs(), groups, attached, sessions, 0.5, 0.2)
        == {}
    )  # type: ignore[arg-type]


def test_the_rules_are_off_by_default_and_recorded_when_on(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert grouping.REHOME_BAR == 0.0 and grouping.ATTACH_AWAY == 0.0
    params = ThresholdGrouper(0.6, 2, 0.5).params()
    assert "rehome_bar" not in params and "attach_away" not in params
    on = ThresholdGrouper(0.6, 2, 0.5, rehome_bar=0.6, attach_away=0.5).params()
    assert on["rehome_margin"] == grouping.REHOME_MARGIN
    assert on["attach_away_margin"] == grouping.ATTACH_AWAY_MARGIN
    monkeypatch.setattr(grouping, "ATTACH_AWAY", 0.7)  # read when the grouper is made
    assert ThresholdGrouper(0.6, 2, 0.5).params()["attach_away"] == 0.7


# a message on cable repair ships (rows 0, 1) and one on visas for young delegates (rows 2, 3),
# in three languages; a lone Spanish statement on visas (row 4), read by the real models
TEXTS = [
    "Pacific islands need cable repair ships stationed in the region, not weeks away.",
    "Les navires de réparation des câbles doivent être basés dans le Pacifique.",
    "Young delegates from the islands struggle to obtain visas to attend the forum.",
    "Les refus de visa tiennent chaque année les jeunes délégués insulaires loin du forum.",
    "Los jóvenes delegados de las islas no obtienen a tiempo el visado para viajar al foro.",
]
LANGS = ["en", "fr", "en", "fr", "es"]


def test_with_the_real_models_the_lone_visa_statement_goes_to_the_visa_message(  # type: ignore[no-untyped-def]
    use_embedder,
) -> None:
    x = use_embedder.embed(TEXTS)
    points = PairFeatures(x, TermEvidence(TEXTS, LANGS), None, None)
    model = shipped_model()
    groups = [[0, 1], [2, 3]]
    ((row, g, near, h, away),) = point_check.attach_reads(model, points, groups, {4: 0}, SESSIONS)
    assert (row, g, h) == (4, 0, 1)
    assert away > near + 0.2  # the visa statements make its point, the cable ones do not
    attached = {4: 0}  # as if the nearest message by similarity were the cable one
    assert point_check.attach_elsewhere(model, points, groups, attached, SESSIONS, 0.5, 0.2) == {
        4: 1
    }
    attached = {4: 1}  # attached where its point is: it stays
    assert point_check.attach_elsewhere(model, points, groups, attached, SESSIONS, 0.5, 0.2) == {}
    # the member read: the visa statement set in the cable message leaves it for the visa one
    groups = [[0, 1, 4], [2, 3]]
    assert point_check.rehome(model, points, groups, SESSIONS, 2, 0.5, 0.2) == {4: 1}
    assert groups == [[0, 1], [2, 3, 4]]


def _two_messages_and_a_lone_row() -> np.ndarray:
    """Rows 0-2 hold together (one point), rows 3-4 another; row 5 is near the first three
    (a similarity of 0.39 with each: too far to be clustered with them, near enough to be
    attached to their message at a bar of 0.3, 0.43 with its centre) and a little farther
    from the other two (0.36 with each, 0.38 with their centre)."""
    rng = np.random.default_rng(5)
    basis = np.linalg.qr(rng.normal(size=(64, 64)))[0][:, :8].T
    a, b, c, d, e, f = basis[:6]
    x = np.stack(
        [
            a + 0.55 * b,
            a + 0.55 * c,
            a + 0.55 * d,
            e + 0.3 * f,
            e - 0.3 * f,
            0.45 * a + 0.38 * e + 0.808 * basis[6],
        ]
    )
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_the_grouper_finds_the_sub_topics_as_if_the_row_had_stayed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    x = _two_messages_and_a_lone_row()
    sessions = ["S1", "S2", "S3", "S4", "S5", "S6"]
    texts = ["cable ships", "cable repair", "cable ships repair", "visas", "visa refusals", "x"]
    ev = TermEvidence(texts, ["en"] * 6)
    accepts = PointModel(("cosine",), (0.0,), (1.0,), (0.0,), 10.0)
    common = {"core_model": accepts, "check": "core", "point_pairs": False}
    plain = ThresholdGrouper(0.6, 2, 0.3, **common).run(x, sessions, ev)  # type: ignore[arg-type]
    assert plain.groups == [[0, 1, 2, 5], [3, 4]] and plain.attached == {5: 0}
    assert plain.before is None and plain.rehomed == {}

    def elsewhere(model, points, groups, attached, sessions, bar, margin):  # type: ignore[no-untyped-def]
        assert (bar, margin) == (0.5, grouping.ATTACH_AWAY_MARGIN)
        attached[5] = 1  # as the pair model would send it
        return {5: 1}

    monkeypatch.setattr(point_check, "attach_elsewhere", elsewhere)
    on = ThresholdGrouper(0.6, 2, 0.3, attach_away=0.5, **common).run(x, sessions, ev)  # type: ignore[arg-type]
    assert on.groups == [[0, 1, 2], [3, 4, 5]] and on.attached == {5: 1}
    assert on.rehomed == {5: 1}
    # the sub-topics are found on the messages as the nearest attachment made them
    assert on.before is not None and on.before[0] == [[0, 1, 2, 5], [3, 4]]
