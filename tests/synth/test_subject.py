"""Two claims on one subject told apart by their vectors with the local subject taken out
(``point_check.subject_apart``, ``point_check.off_point(subject=...)``,
``ThresholdGrouper(subject_bar=...)``; docs/quality.md, step 36)."""

import numpy as np
import pytest

from forum_messages.nlp.base import normalise_rows
from forum_messages.synth import grouping, point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.point_check import subject_apart
from forum_messages.synth.same_point import PairFeatures, PointModel

# per language, one theme: a claim, a paraphrase of it, another claim on its subject, then
# four more statements of the theme (the local subject)
THEMES = {
    "en": (
        "Smartphones are still too expensive for most women in rural areas.",
        "In rural areas, the price of a smartphone keeps most women offline.",
        "Mobile operators should report how many rural women actually use their smartphones.",
        "Women are less likely than men to own a mobile phone.",
        "Online harassment pushes many women to stop using social media.",
        "Digital skills courses for women should be offered in local languages.",
        "Import duties on handsets should be cut to make phones affordable.",
    ),
    "es": (
        "Los docentes necesitan formación continua para usar herramientas digitales en clase.",
        "Sin formación permanente, los profesores no logran usar las herramientas digitales "
        "en el aula.",
        "Las escuelas rurales deben tener conexión a internet financiada por el Estado.",
        "Muchos estudiantes no tienen computadora en casa.",
        "Los planes de estudio deberían incluir la alfabetización mediática.",
        "Los ministerios de educación deben proteger los datos de los alumnos.",
        "Las plataformas educativas privadas recogen demasiada información sobre los niños.",
    ),
    "fr": (
        "Les autorités de protection des données manquent de personnel technique.",
        "Faute d'experts techniques, les autorités de protection des données ne peuvent pas "
        "enquêter.",
        "Les autorités de protection des données devraient publier leurs décisions de sanction.",
        "Les citoyens connaissent mal leurs droits sur leurs données personnelles.",
        "Les entreprises devraient nommer un délégué à la protection des données.",
        "Les transferts de données vers l'étranger doivent être encadrés.",
        "Les sanctions prévues par la loi sont rarement appliquées.",
    ),
    "zh": (
        "农村地区的宽带费用太高，很多家庭负担不起。",
        "很多农村家庭因为宽带价格过高而无法上网。",
        "政府应当公开农村网络覆盖的数据。",
        "偏远学校的网络速度很慢。",
        "老年人缺乏使用智能手机的技能。",
        "电信运营商应当在农村建设更多基站。",
        "农村妇女上网的比例低于男性。",
    ),
}

#: Another claim on the Spanish theme's subject that the reading does not part: teachers
#: taking part in the design of the tools is nearer the claim than its paraphrase.
NEAR_CLAIM = (
    "Los docentes deberían participar en el diseño de las herramientas digitales que usan en clase."
)


def _subject_vectors() -> np.ndarray:
    """Rows 0 and 1 one claim on subject s, row 2 another claim on s, rows 3-7 the subject."""
    rng = np.random.default_rng(3)
    s, c, d = (normalise_rows(rng.normal(size=(1, 16)))[0] for _ in range(3))
    noise = rng.normal(scale=0.05, size=(8, 16))
    rows = [s + c, s + c + noise[1], s + d] + [s + noise[k] for k in range(3, 8)]
    return normalise_rows(np.asarray(rows))


def test_subject_apart_parts_two_claims_on_one_subject_and_keeps_one_claim() -> None:
    x = _subject_vectors()
    same, other = subject_apart(x, 0, 1), subject_apart(x, 0, 2)
    assert same < 0.1 and other > 0.8
    assert subject_apart(x, 1, 0) == same and subject_apart(x, 2, 0) == other  # either order
    # with the subject in the vectors, the two claims look alike: the raw cosine is high
    assert float(x[0] @ x[2]) > 0.4


def test_subject_apart_is_rounded_and_falls_back_on_a_small_theme() -> None:
    x = _subject_vectors()
    value = subject_apart(x, 0, 2)
    assert value == round(value, 6)
    # two rows alone: the theme's mean (the pair's own) is the subject
    alone = x[[0, 2]]
    assert 0.0 <= subject_apart(alone, 0, 1) <= 2.0
    # a vector lying along the subject has nothing left: said to be apart, not a crash
    along = normalise_rows(np.asarray([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0], [0.0, 1.0]]))
    assert subject_apart(along, 0, 1, near=1) == 1.0


def _model(bias: float) -> PointModel:
    """A model whose probability is the same for every pair (to isolate the rule)."""
    return PointModel(("cosine",), (0.0,), (1.0,), (0.0,), bias)


@pytest.mark.parametrize(("second", "parted"), [(2, True), (1, False)])
def test_off_point_parts_a_pair_the_subject_leaves_apart(second: int, parted: bool) -> None:
    x = _subject_vectors()
    texts = ["a"] * len(x)
    points = PairFeatures(x, TermEvidence(texts, ["en"] * len(x)), None, None)
    groups, apart = [[0, second]], []  # type: ignore[var-annotated]
    out = point_check.off_point(
        _model(5.0), x, groups, [f"S{k}" for k in range(len(x))], points, 0.5, 2, True,
        apart=apart, floor=0.4, subject=(_model(0.2), 0.7, 0.75),
    )  # fmt: skip
    assert (out == [0, second] and groups == [[]] and apart == [[0], [second]]) is parted
    assert (out == [] and groups == [[0, second]] and apart == []) is not parted


@pytest.mark.parametrize(("bias", "why"), [(-2.0, "below the floor"), (2.0, "above the top")])
def test_the_subject_rule_keeps_pairs_outside_the_band(bias: float, why: str) -> None:
    x = _subject_vectors()
    points = PairFeatures(x, TermEvidence(["a"] * len(x), ["en"] * len(x)), None, None)
    groups = [[0, 2]]
    out = point_check.off_point(
        _model(5.0), x, groups, [f"S{k}" for k in range(len(x))], points, 0.5, 2, True,
        floor=0.4, subject=(_model(bias), 0.7, 0.75),
    )  # fmt: skip
    assert out == [] and groups == [[0, 2]], why


def test_the_subject_rule_needs_one_language() -> None:
    x = _subject_vectors()
    langs = ["en", "en", "fr"] + ["en"] * 5
    points = PairFeatures(x, TermEvidence(["a"] * len(x), langs), None, None)
    groups = [[0, 2]]
    out = point_check.off_point(
        _model(5.0), x, groups, [f"S{k}" for k in range(len(x))], points, 0.5, 2, True,
        floor=0.4, subject=(_model(0.2), 0.7, 0.75),
    )  # fmt: skip
    assert out == [] and groups == [[0, 2]]


def test_the_subject_rule_is_off_by_default_and_named_when_on() -> None:
    assert grouping.SUBJECT_BAR == 0.0
    assert "subject_bar" not in ThresholdGrouper(0.6, 2, 0.5).params()
    on = ThresholdGrouper(0.6, 2, 0.5, subject_bar=0.75)
    assert on.params()["subject_bar"] == 0.75 and on.params()["claim_top"] == grouping.CLAIM_TOP


def test_subject_apart_with_the_real_embedder(use_embedder) -> None:  # type: ignore[no-untyped-def]
    for lang, texts in THEMES.items():
        x = use_embedder.embed(list(texts))
        paraphrase, other = subject_apart(x, 0, 1), subject_apart(x, 0, 2)
        assert paraphrase < 0.6 <= other, (lang, paraphrase, other)
        points = PairFeatures(x, TermEvidence(list(texts), [lang] * len(texts)), None, None)
        for second, parted in ((2, True), (1, False)):
            groups = [[0, second]]
            out = point_check.off_point(
                _model(5.0), x, groups, [f"S{k}" for k in range(len(x))], points, 0.5, 2,
                True, floor=0.4, subject=(_model(0.2), 0.7, 0.6),
            )  # fmt: skip
            assert (out == [0, second]) is parted, (lang, second)
    # the reading's limit: another claim nearer the claim than its paraphrase stays
    texts = [*THEMES["es"][:2], NEAR_CLAIM, *THEMES["es"][3:]]
    x = use_embedder.embed(texts)
    assert subject_apart(x, 0, 2) < subject_apart(x, 0, 1) < 0.6
