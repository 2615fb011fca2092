"""The learned readings as soft evidence in the choice of a message's visible text
(``synth.text_soft``, docs/quality.md step 47): what a source's probabilities cost it, which
rows are read, and that only the choice of the text's source moves."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.nlp.base import HashEmbedder
from forum_messages.synth import text_soft
from forum_messages.synth.kinds import classify
from forum_messages.synth.text import ExtractiveWriter


def _unit(*v: float) -> np.ndarray:
    a = np.asarray(v, dtype=np.float32)
    return a / np.linalg.norm(a)


def test_it_is_on_with_a_weight_below_the_language_bonus() -> None:
    assert text_soft.ON is True
    assert ExtractiveWriter().language_bonus > text_soft.ATTRIBUTION_WEIGHT
    assert text_soft.DESCRIPTION_WEIGHT == 0.0


def test_a_probability_costs_only_from_its_floor_after_rounding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(text_soft, "ATTRIBUTION_FLOOR", 0.6)
    monkeypatch.setattr(text_soft, "ATTRIBUTION_WEIGHT", 0.1)
    assert text_soft.penalty(0.594, 0.0) == 0.0  # 0.59: below the floor
    assert text_soft.penalty(0.5961, 0.0) == 0.06  # 0.60 once rounded: at the floor
    assert text_soft.penalty(0.9149, 0.0) == 0.091
    assert text_soft.penalty(1.0, 0.99) == 0.1  # the description reading weighs nothing
    monkeypatch.setattr(text_soft, "DESCRIPTION_WEIGHT", 0.2)
    monkeypatch.setattr(text_soft, "DESCRIPTION_FLOOR", 0.5)
    assert text_soft.penalty(0.0, 0.75) == 0.15
    assert text_soft.penalty(0.8, 0.75) == 0.23
    assert text_soft.penalty(0.8, 0.49) == 0.08


def test_the_penalty_chooses_among_sources_and_never_overrides_the_language() -> None:
    writer = ExtractiveWriter()
    # two sources are as near their centre as each other: the first wins the tie
    x = np.stack([_unit(1, 0.05, 0.05), _unit(1, 0.4, 0), _unit(1, 0, 0.4)])
    texts = [
        "The regional coordinator recalled that spectrum fees keep rural networks closed.",
        "Spectrum fees keep community networks out of rural areas.",
        "Les redevances de spectre tiennent les réseaux communautaires hors des campagnes.",
    ]
    assert writer.representative([0, 1], x, texts, ["en", "en"], "en") == 0
    # what the first loses for being read as an account makes the other English source the text
    assert writer.representative([0, 1], x, texts, ["en", "en"], "en", soft=[0.1, 0.0]) == 1
    # a source in another language is not preferred to one in the draft's for the same cost
    assert (
        writer.representative([0, 2], x, texts, ["en", "en", "fr"], "en", soft=[0.1, 0.0, 0.0]) == 0
    )


def test_only_rows_of_messages_of_several_sources_and_not_marked_are_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    embedder = HashEmbedder()
    written = [
        "Ms Oona Varga of the Lakeside Trust recounted how the ferry stopped running.",
        "Ferries to the islands need a public subsidy.",
        "Mr Idris Oduya said that the pier was closed.",
        "Island schools need their own connection.",
    ]
    points = [classify(t, "en").point or t for t in written]
    x = np.asarray(embedder.embed(points))
    marked = [False, False, True, False]
    groups = [[0, 1, 2], [3]]
    monkeypatch.setattr(text_soft, "ON", False)
    assert text_soft.penalties(groups, x, points, written, marked, embedder) is None
    monkeypatch.setattr(text_soft, "ON", True)
    monkeypatch.setattr(text_soft, "ATTRIBUTION_FLOOR", 0.0)  # every probability weighs
    out = text_soft.penalties(groups, x, points, written, marked, embedder)
    assert out is not None
    prob = text_soft.attribution_probabilities(x[:2], written[:2], embedder)
    assert prob is not None
    assert out[:2] == [text_soft.penalty(float(p), 0.0) for p in prob]
    assert out[0] > 0
    # the cues' attribution already costs what the writer's ``attribution_penalty`` says; a
    # message of one source has no other text to choose
    assert out[2:] == [0.0, 0.0]
    assert out == text_soft.penalties(groups, x, points, written, marked, embedder)


ACCOUNT = (
    "Closing the meeting, the network coordinator, Hana Kiri, reminded everyone that community "
    "networks need affordable access to spectrum in rural areas."
)
POINTS = (
    "Community networks need affordable access to spectrum in rural areas.",
    "Rural community networks cannot grow without spectrum they can afford.",
)


@pytest.mark.slow
def test_with_the_real_encoder_a_source_stating_the_point_is_shown_rather_than_an_account(
    use_embedder,  # type: ignore[no-untyped-def]
) -> None:
    written = [ACCOUNT, *POINTS]
    kinds = [classify(t, "en") for t in written]
    assert not any(k.attribution or k.kind == "descriptive" for k in kinds)  # the cues leave it
    points = [k.point or t for k, t in zip(kinds, written, strict=True)]
    x = np.asarray(use_embedder.embed(points))
    soft = text_soft.penalties([[0, 1, 2]], x, points, written, [False] * 3, use_embedder)
    assert soft is not None
    assert soft[0] >= round(text_soft.ATTRIBUTION_WEIGHT * text_soft.ATTRIBUTION_FLOOR, 4)
    assert soft[1:] == [0.0, 0.0]  # plain points: below the floor
    # a message of two sources (as near their centre as each other: the first wins the tie)
    groups = [[0, 2], [0]]
    writer = ExtractiveWriter(max_sentences_from=1)
    langs = ["en"] * 3
    without = writer.write_all(groups, x, points, langs, "en", use_embedder, None, written)
    with_soft = writer.write_all(groups, x, points, langs, "en", use_embedder, None, written, soft)
    # which source is shown moves; a message of one source keeps its text
    assert without[0].representative == 0
    assert with_soft[0].representative == 2
    assert with_soft[0].text == POINTS[1]
    assert with_soft[1] == without[1]
