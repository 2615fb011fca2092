"""Messages of one theme that make one point, made one (``point_check.merge``, off by
default: measured in docs/quality.md, step 21)."""

import numpy as np

from forum_messages.nlp.base import normalise_rows
from forum_messages.nlp.decide import centroid, decision_scores
from forum_messages.synth import point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import MERGE, MERGE_TWINS, ThresholdGrouper
from forum_messages.synth.same_point import PairFeatures, PointModel, shipped_model

CABLES = [
    "Cable repair ships wait weeks for permits.",  # 0, message A
    "Permits delay cable repair ships for weeks.",  # 1, message A
    "Repair ships for cables are held up by permits.",  # 2, message B
    "Rural schools need teachers trained in digital skills.",  # 3, message C
]
KINDS = ["key_takeaway", "key_takeaway", "call_to_action", "key_takeaway"]


def _terms_model() -> PointModel:
    """A model reading shared terms alone (to isolate what the merge does with it)."""
    return PointModel(("terms",), (0.0,), (1.0,), (10.0,), -2.0)


def _x(n: int, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    base = normalise_rows(rng.normal(size=(1, 64)))[0]
    return normalise_rows(base + 0.4 * rng.normal(size=(n, 64)))


def test_two_messages_the_model_says_make_one_point_are_joined() -> None:
    x = _x(4)
    points = PairFeatures(x, TermEvidence(CABLES, ["en"] * 4), KINDS, [False] * 4)
    groups = [[0, 1], [2], [3]]
    sessions = ["S1", "S2", "S3", "S4"]
    out = point_check.merge(_terms_model(), x, groups, sessions, KINDS, points, 0.5, -1.0)
    assert out == [[0, 1, 2], [3]]
    # a bar the pairs do not reach, or centres below the floor: nothing is joined
    high = point_check.merge(_terms_model(), x, groups, sessions, KINDS, points, 0.999, -1.0)
    assert high == groups
    sim = decision_scores(np.stack([centroid(x[g]) for g in groups]), x[[2]])
    far = point_check.merge(
        _terms_model(), x, groups, sessions, KINDS, points, 0.5, float(sim.max()) + 0.01
    )
    assert far == groups


def test_each_message_joins_at_most_one_other_the_likeliest_first() -> None:
    texts = [
        "Cable repair ships wait for permits.",
        "Cable repair ships wait for permits and crews.",
        "Cable repair ships wait for permits, crews and fuel.",
    ]
    x = _x(3, seed=5)
    points = PairFeatures(x, TermEvidence(texts, ["en"] * 3), None, None)
    out = point_check.merge(
        _terms_model(), x, [[0], [1], [2]], ["S1", "S2", "S3"], None, points, 0.5, -1.0
    )
    # 0-1 share the most terms: joined; 2 would join one of them but each joins one other
    assert out == [[0, 1], [2]]


def test_one_sessions_takeaway_and_call_are_joined_as_twins() -> None:
    x = _x(4)
    points = PairFeatures(x, TermEvidence(CABLES, ["en"] * 4), KINDS, [False] * 4)
    model = _terms_model()
    # [1] a takeaway and [2] a call of one session, each its own message
    same = ["S1", "S2", "S2", "S3"]
    out = point_check.merge(model, x, [[0], [1], [2], [3]], same, KINDS, points, None, 0.0, -1.0)
    assert out == [[0], [1, 2], [3]]
    # two takeaways of one session (a list states one point per item) are not twins
    kinds = ["key_takeaway"] * 4
    out = point_check.merge(model, x, [[0], [1], [2], [3]], same, kinds, points, None, 0.0, -1.0)
    assert out == [[0], [1], [2], [3]]
    # nor are two sessions' statements, without the model
    other = ["S1", "S2", "S5", "S3"]
    out = point_check.merge(model, x, [[0], [1], [2], [3]], other, KINDS, points, None, 0.0, -1.0)
    assert out == [[0], [1], [2], [3]]


def test_merging_is_off_by_default_and_recorded_when_on() -> None:
    assert MERGE is None and MERGE_TWINS is None and not ThresholdGrouper(0.6, 2, 0.5).merges
    x = _x(4)
    ev = TermEvidence(CABLES, ["en"] * 4)
    groups = [[0, 1], [2], [3]]
    sessions = ["S1", "S2", "S3", "S4"]
    plain = ThresholdGrouper(0.6, 2, 0.5)
    assert plain.merge(x, groups, sessions, ev, KINDS) is groups
    assert "merge" not in plain.params() and "merge_twins" not in plain.params()
    on = ThresholdGrouper(0.6, 2, 0.5, merge=0.5, merge_floor=-1.0, point_model=_terms_model())
    assert on.merge(x, groups, sessions, ev, KINDS) == [[0, 1, 2], [3]]
    assert on.params()["merge"] == 0.5 and on.uses_terms


def test_real_embedder_joins_one_sessions_takeaway_and_call_in_two_languages(
    use_embedder,  # type: ignore[no-untyped-def]
) -> None:
    texts = [
        "Creating sexual deepfakes of a real person without consent should be a crime.",
        "Les gouvernements doivent ériger en infraction la création de deepfakes sexuels "
        "d'une personne réelle sans son consentement.",
        "Rural schools need teachers trained in digital skills.",
        "Las escuelas rurales necesitan docentes formados en competencias digitales.",
    ]
    langs = ["en", "fr", "en", "es"]
    x = normalise_rows(np.asarray(use_embedder.embed(texts), dtype=np.float64))
    kinds = ["key_takeaway", "call_to_action", "key_takeaway", "key_takeaway"]
    points = PairFeatures(x, TermEvidence(texts, langs), kinds, [False] * 4)
    groups = [[0], [1], [2], [3]]
    # the deepfake takeaway and call are one session's; the schools are two sessions'
    sessions = ["WS 203", "WS 203", "WS 7", "WS 9"]
    twins = point_check.merge(shipped_model(), x, groups, sessions, kinds, points, None, 0.0, 0.25)
    assert twins == [[0, 1], [2], [3]]
    # the shipped model asked about every pair, four sessions: the two on deepfakes (English
    # and French) make one point, the two on schools (English and Spanish) another
    model = point_check.merge(
        shipped_model(), x, groups, ["A", "B", "C", "D"], kinds, points, 0.6, 0.35
    )
    assert model == [[0, 1], [2, 3]]
    again = point_check.merge(
        shipped_model(), x, groups, ["A", "B", "C", "D"], kinds, points, 0.6, 0.35
    )
    assert again == model
