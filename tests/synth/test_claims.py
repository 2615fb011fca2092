"""Two claims on one subject told apart by the words outside the subject the two share
(``TermEvidence.unshared``, ``point_check.off_point(claim=...)``,
``ThresholdGrouper(claim_bar=...)``; docs/quality.md, step 34)."""

import numpy as np
import pytest

from forum_messages.nlp.base import normalise_rows
from forum_messages.synth import grouping, point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.same_point import PairFeatures, PointModel, shipped_model

# per language: a claim, another claim on its subject, a paraphrase of the first
CASES = {
    "en": (
        "Handsets cost too much for women on low incomes.",
        "Connectivity programmes should report how many women they actually reach.",
        "For women on low incomes, the cost of a handset is too high.",
    ),
    "es": (
        "Los docentes necesitan formación continua para usar la tecnología en el aula.",
        "Las escuelas rurales deben recibir una conexión estable y financiada por el Estado.",
        "Sin formación continua, los docentes no usan la tecnología en el aula.",
    ),
    "fr": (
        "Les autorités de protection des données manquent de personnel technique.",
        "Les fuites de données des services publics se multiplient depuis deux ans.",
        "Faute de personnel technique, les autorités de protection des données "
        "ne peuvent pas enquêter.",
    ),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_unshared_parts_another_claim_and_keeps_a_paraphrase(lang: str) -> None:
    ev = TermEvidence(list(CASES[lang]), [lang] * 3)
    other, paraphrase = ev.unshared(0, 1), ev.unshared(0, 2)
    assert other is not None and paraphrase is not None
    assert other >= 0.8 > 0.5 > paraphrase
    assert ev.unshared(1, 0) == other  # either order


def test_unshared_is_none_across_languages_or_without_terms() -> None:
    ev = TermEvidence([CASES["en"][0], CASES["es"][0], "..."], ["en", "es", "en"])
    assert ev.unshared(0, 1) is None
    assert ev.unshared(0, 2) is None


def _model(bias: float) -> PointModel:
    """A model whose probability is the same for every pair (to isolate the rule)."""
    return PointModel(("cosine",), (0.0,), (1.0,), (0.0,), bias)


def _two(lang: str, second: int) -> tuple[np.ndarray, PairFeatures]:
    texts = [CASES[lang][0], CASES[lang][second]]
    x = normalise_rows(np.random.default_rng(1).normal(size=(2, 32)))
    return x, PairFeatures(x, TermEvidence(texts, [lang] * 2), None, None)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_off_point_parts_two_claims_where_the_pair_model_is_unsure(lang: str) -> None:
    unsure = _model(0.2)  # 0.55: in the band [0.4, 0.7)
    for second, parted in ((1, True), (2, False)):
        x, points = _two(lang, second)
        groups, apart = [[0, 1]], []  # type: ignore[var-annotated]
        out = point_check.off_point(
            _model(5.0), x, groups, ["S1", "S2"], points, 0.5, 2, True,
            apart=apart, floor=0.4, claim=(unsure, 0.7, 0.8),
        )  # fmt: skip
        assert (out == [0, 1] and groups == [[]] and apart == [[0], [1]]) is parted
        assert (out == [] and groups == [[0, 1]] and apart == []) is not parted


@pytest.mark.parametrize(("bias", "why"), [(-2.0, "below the floor"), (2.0, "above the top")])
def test_two_claims_are_kept_outside_the_band(bias: float, why: str) -> None:
    x, points = _two("en", 1)
    groups = [[0, 1]]
    out = point_check.off_point(
        _model(5.0), x, groups, ["S1", "S2"], points, 0.5, 2, True,
        floor=0.4, claim=(_model(bias), 0.7, 0.8),
    )  # fmt: skip
    assert out == [] and groups == [[0, 1]], why


def test_the_claim_rule_is_off_by_default_and_named_when_on() -> None:
    assert grouping.CLAIM_BAR == 0.0
    assert "claim_bar" not in ThresholdGrouper(0.6, 2, 0.5).params()
    on = ThresholdGrouper(0.6, 2, 0.5, claim_bar=0.8)
    assert on.params()["claim_bar"] == 0.8 and on.params()["claim_top"] == grouping.CLAIM_TOP


def test_the_claim_rule_with_the_real_embedder_and_shipped_pair_model(use_embedder) -> None:  # type: ignore[no-untyped-def]
    pair = shipped_model()
    for lang, (first, other, paraphrase) in CASES.items():
        texts = [first, other, paraphrase]
        x = use_embedder.embed(texts)
        points = PairFeatures(x, TermEvidence(texts, [lang] * 3), None, None)
        p_other, p_para = pair.probability(points.pairs([(0, 1), (0, 2)], pair.names))
        # the pair model already ranks the paraphrase above the other claim
        assert p_para > p_other, lang
        for second, p, parted in ((1, p_other, True), (2, p_para, False)):
            sub = PairFeatures(x[[0, second]], TermEvidence([first, texts[second]], [lang] * 2),
                               None, None)  # fmt: skip
            groups = [[0, 1]]
            out = point_check.off_point(
                _model(5.0), x[[0, second]], groups, ["S1", "S2"], sub, 0.5, 2, True,
                floor=round(float(p), 6) - 0.01, claim=(pair, round(float(p), 6) + 0.01, 0.8),
            )  # fmt: skip
            assert (out == [0, 1]) is parted, (lang, second)
