"""The grounding gate with the real multilingual embedder: each planted class on its own."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from forum_messages.synth.llm.gate import (
    THRESHOLD,
    check_texts,
    fact_problems,
    frameworks,
    negated,
    numbers,
)

pytestmark = pytest.mark.slow

PAIRS = Path(__file__).parents[2] / "bench" / "llm_pairs.yaml"

SOURCES = [
    (
        "s1",
        "Developing countries need sustained funding to build cybersecurity capacity; "
        "the African Union asked for 20 new national CERTs by 2030.",
        "en",
    ),
    ("s2", "Capacity building in cybersecurity should be funded for years, not months.", "en"),
    ("s3", "Cybersecurity capacity supports SDG 9 and WSIS Action Line C5.", "en"),
]
GOOD = "Building cybersecurity capacity in developing countries needs sustained funding."


def _one(sentence: str, sources=SOURCES, lang: str = "en", emb=None):  # type: ignore[no-untyped-def]
    [check] = check_texts([sentence], lang, sources, emb)
    return check


def test_a_faithful_rewording_passes(use_embedder) -> None:  # type: ignore[no-untyped-def]
    check = _one(GOOD, emb=use_embedder)
    assert check.kept, check.problems
    assert check.similarity >= THRESHOLD and check.source in {"s1", "s2"}
    facts = "The African Union asked for 20 national CERTs by 2030, in line with SDG 9."
    assert _one(facts, emb=use_embedder).kept


def test_an_invented_number_is_caught(use_embedder) -> None:  # type: ignore[no-untyped-def]
    check = _one(
        "Developing countries need 45 million dollars of sustained cybersecurity funding.",
        emb=use_embedder,
    )
    assert not check.kept and check.problems == ("number: 45",)


def test_a_name_not_in_the_sources_is_caught(use_embedder) -> None:  # type: ignore[no-untyped-def]
    check = _one(
        "The World Bank said developing countries need sustained cybersecurity funding.",
        emb=use_embedder,
    )
    assert not check.kept and check.problems == ("name: Bank", "name: World")


def test_an_invented_framework_reference_is_caught(use_embedder) -> None:  # type: ignore[no-untyped-def]
    check = _one(
        "Sustained cybersecurity funding for developing countries serves SDG 4 and WSIS C7.",
        emb=use_embedder,
    )
    assert not check.kept
    assert "framework: SDG 4" in check.problems and "framework: WSIS C7" in check.problems
    assert "number: 4" in check.problems and "number: 7" in check.problems


REVERSED = [
    (
        "en",
        "Shutting down the internet helps education.",
        "Internet shutdowns do not help education.",
    ),
    (
        "fr",
        "Les coupures d'internet nuisent à l'éducation.",
        "Les coupures d'internet ne nuisent pas à l'éducation.",
    ),
    (
        "es",
        "Los cortes de internet perjudican la educación.",
        "Los cortes de internet no perjudican la educación.",
    ),
    (
        "ru",
        "Отключения интернета вредят образованию.",
        "Отключения интернета не вредят образованию.",
    ),
    ("zh", "断网损害教育。", "断网不会损害教育。"),
    ("ar", "قطع الإنترنت يضر بالتعليم.", "قطع الإنترنت لا يضر بالتعليم."),
]


@pytest.mark.parametrize(("lang", "source", "reversed_claim"), REVERSED)
def test_a_reversed_claim_is_caught(use_embedder, lang, source, reversed_claim) -> None:  # type: ignore[no-untyped-def]
    sources = [("s1", source, lang)]
    bad = _one(reversed_claim, sources, lang, use_embedder)
    assert not bad.kept and bad.source == "s1"
    assert bad.problems == ("negation: negated where the closest source sentence is not",)
    assert _one(source, sources, lang, use_embedder).kept  # the claim itself passes
    # and a negated source reworded as a positive claim is caught the other way round
    flipped = _one(source, [("s2", reversed_claim, lang)], lang, use_embedder)
    assert flipped.problems == ("negation: not negated where the closest source sentence is",)


def test_a_sentence_about_something_else_is_caught(use_embedder) -> None:  # type: ignore[no-untyped-def]
    check = _one(
        "Satellite constellations could lower broadband prices for schools.", emb=use_embedder
    )
    assert not check.kept
    assert check.problems[0].startswith("meaning: closest source")
    assert check.similarity < THRESHOLD


def test_the_threshold_separates_the_calibration_pairs(use_embedder) -> None:  # type: ignore[no-untyped-def]
    pairs = yaml.safe_load(PAIRS.read_text(encoding="utf-8"))
    sims = {}
    for kind in ("close", "far"):
        a = use_embedder.embed([p[1] for p in pairs[kind]])
        b = use_embedder.embed([p[2] for p in pairs[kind]])
        sims[kind] = (a * b).sum(axis=1)
    assert len(sims["close"]) >= 20 and len(sims["far"]) >= 20
    assert float(sims["close"].min()) >= THRESHOLD > float(sims["far"].max())


def test_fact_extraction_without_a_model() -> None:
    assert numbers("1,000 people, 2.5% and 3,5 %; 2030") == {"1000", "2.5", "3.5", "2030"}
    assert frameworks("SDG 4, ODS 5, ЦУР 9, 可持续发展目标 16, the GDC and WSIS C7") == {
        "SDG 4",
        "SDG 5",
        "SDG 9",
        "SDG 16",
        "GDC",
        "WSIS",
        "WSIS C7",
    }
    assert fact_problems("UNESCO and the ITU agree.", "en", ["The itu agrees."]) == ["name: UNESCO"]
    assert fact_problems("这与UNESCO有关。", "zh", ["世界银行"]) == ["name: UNESCO"]
    assert negated("We can't wait.", "en") and negated("Ce n'est pas fini.", "fr")
    assert not negated("未来的网络", "zh") and negated("没有网络", "zh")


def test_polarity_is_read_in_the_sentences_own_language(use_embedder) -> None:  # type: ignore[no-untyped-def]
    """An English statement kept in a French draft is not taken for a reversed claim."""
    text = "Young people should sit on organising committees, not only in the audience."
    assert _one(text, [("s1", text, "en")], "fr", use_embedder).kept
    assert _one(
        "Ce n'est pas un luxe.", [("s1", "Ce n'est pas un luxe.", "fr")], "fr", use_embedder
    ).kept
