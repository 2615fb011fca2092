"""The grammar skeleton of a statement: how it is said, what it is about replaced."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth.kind_skeleton import DIM, SCALE, skeleton, skeleton_features


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms Priya Nair chaired the session on 3 June.",
            "ms Aa Aa chaired the session on 0 Aa .",
        ),
        ("Data centres must report their water use.", "x x must x their x x ."),
        ("- Moderator: Ana Ferreira (LACIGF)", "- moderator : Aa Aa ( AA )"),
        ("Пункт 4 повестки дня: разное.", "x 0 повестки x : x ."),
    ],
)
def test_function_and_event_words_stay_and_the_rest_become_shapes(text: str, expected: str) -> None:
    # kept words are the text's own, lower-cased (a stem keeps the whole word)
    assert " ".join(skeleton(text)) == expected


def test_a_description_and_a_point_on_one_subject_get_different_skeletons() -> None:
    description = skeleton("The workshop discussed how minutes of meetings are published.")
    point = skeleton("Minutes of meetings should be published within a week.")
    assert "should" in point and "should" not in description
    assert description[:2] == ("the", "workshop")


def test_chinese_is_segmented_and_names_become_placeholders() -> None:
    sk = skeleton("主持人：王雨桐。会议认为校园免费Wi-Fi应被视为基础设施。")
    assert "主持人" in sk and "NR" in sk and "王雨桐" not in sk
    assert "认为" in sk and "应" in sk and "基础设施" not in sk


def test_arabic_article_and_conjunction_do_not_hide_a_kept_word() -> None:
    sk = skeleton("وشارك في الورشة نحو خمسين شابًا.")
    # the prefixes are taken off a kept word: و (and), ال (the)
    assert sk[:3] == ("شارك", "في", "ورشة")
    assert "شابا" not in sk and "شابًا" not in sk


def test_features_are_hashed_deterministically_and_scaled() -> None:
    texts = ["Agenda: welcome, two panels.", "Agenda: welcome, two panels.", "Pay more."]
    x = skeleton_features(texts).toarray()
    assert x.shape == (3, DIM)
    assert np.allclose(np.linalg.norm(x, axis=1), SCALE)
    assert np.array_equal(x[0], x[1]) and not np.array_equal(x[0], x[2])
    assert set(np.unique(x[2])) == {0.0, float(x[2].max())}


def test_the_model_fits_the_sparse_skeleton_as_it_would_the_dense_one() -> None:
    from forum_messages.synth.kind_model import DescriptiveModel

    texts = [
        "The session was chaired by Ms Ana Ruiz.",
        "Agenda: opening, two panels, questions.",
        "Governments should fund community networks.",
        "Rural schools lack electricity.",
    ]
    rng = np.random.default_rng(0)
    x = rng.normal(size=(len(texts), 8))
    model = DescriptiveModel(skeleton=True, steps=200)
    features = model.features(x, texts)
    assert features.shape == (len(texts), 8 + DIM)
    y = np.array([1.0, 1.0, 0.0, 0.0])
    w_sparse, b_sparse = model.fit_arrays(features, y)
    w_dense, b_dense = model.fit_arrays(features.toarray(), y)
    assert np.allclose(w_sparse, w_dense) and abs(b_sparse - b_dense) < 1e-12
    prob = 1 / (1 + np.exp(-(features @ w_sparse + b_sparse)))
    assert (prob[:2] > 0.5).all() and (prob[2:] < 0.5).all()
    assert "skeleton" in model.params() and model.params()["skeleton"] is True


def test_scores_without_the_sparse_matrix_are_the_same_bits() -> None:
    from forum_messages.synth import kind_model
    from forum_messages.synth.kind_model import DescriptiveModel

    rng = np.random.default_rng(3)
    words = ["the", "session", "Ana", "CERT", "会议", "في", "panel", "3", ",", "funds", "доступ"]
    texts = [" ".join(rng.choice(words, size=rng.integers(0, 30))) for _ in range(300)]
    texts += ["", "Agenda: welcome, two panels.", "Pay more."]
    x = rng.normal(size=(len(texts), 16))
    x[rng.random(x.shape) < 0.2] = 0.0  # zeros the sparse matrix leaves out
    model = DescriptiveModel(skeleton=True)
    w = rng.normal(size=16 + DIM) * 10.0 ** rng.integers(-6, 3, size=16 + DIM)
    b = float(rng.normal())
    expected = model.features(x, texts) @ w + b
    old_block = kind_model.SCORE_BLOCK
    try:
        for block in (7, 1024):  # blocks of rows of several widths
            kind_model.SCORE_BLOCK = block
            assert np.array_equal(model.scores(x, texts, w, b), expected)
    finally:
        kind_model.SCORE_BLOCK = old_block
    plain = DescriptiveModel(skeleton=False)
    assert np.array_equal(plain.scores(x, texts, w[:16], b), x.round(5) @ w[:16] + b)
