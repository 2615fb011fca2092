"""The description model's scores without scipy.sparse: the sparse product's numbers to the bit."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from forum_messages.cli import sample_paths
from forum_messages.synth.kind_model import DescriptiveModel
from forum_messages.synth.shipped import load_weights


def _texts() -> list[str]:
    lines: list[str] = []
    for path in sample_paths():
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    # and some the skeleton finds little in: empty, punctuation, one word, Chinese, Arabic
    odd = ["", "...", "Yes", "会议认为应当加强合作。", "وشارك في الورشة نحو خمسين شابًا."]
    return [*lines[:150], *odd]


def _inputs(seed: int, texts: list[str]) -> np.ndarray:
    """Embedding-like rows with values that round to zero (dropped by the sparse matrix),
    negative zeros and rows of zeros."""
    rng = np.random.default_rng(seed)
    x = rng.normal(scale=0.05, size=(len(texts), 512)).astype(np.float32)
    x[rng.random(x.shape) < 0.2] = 4e-6  # rounds to 0.0 at 5 decimals
    x[rng.random(x.shape) < 0.05] = -0.0
    x[3] = 0.0
    return x


@pytest.mark.parametrize("cues", [False, True])
def test_scores_are_the_sparse_products_to_the_bit(cues: bool) -> None:
    texts = _texts()
    model = DescriptiveModel(cues=cues)
    assert model.skeleton
    for seed in range(3):
        x = _inputs(seed, texts)
        width = model.features(x[:1], texts[:1]).shape[1]
        w = np.random.default_rng(100 + seed).normal(size=width)
        expected = model.features(x, texts) @ w
        got = model.scores(x, texts, w, 0.0)
        assert got.dtype == np.float64 and got.shape == (len(texts),)
        assert np.array_equal(got, expected), np.abs(got - expected).max()


def test_with_the_shipped_weights() -> None:
    """The weights a draft scores with (the multilingual encoder's, as shipped)."""
    model = DescriptiveModel()
    texts = _texts()
    from forum_messages.nlp.use import USEEmbedder

    found = load_weights(USEEmbedder.name, model.key_text(USEEmbedder()))
    if found is None:
        pytest.skip("no shipped weights for the current material")
    w, _ = found
    x = _inputs(7, texts)
    assert np.array_equal(model.scores(x, texts, w, 0.0), model.features(x, texts) @ w)


def test_no_scipy_package_loaded_for_the_scores() -> None:
    """Scoring loads the compiled module alone, not ``scipy.sparse``, and the Chinese
    segmenter only for a Chinese text."""
    code = (
        "import sys, numpy as np\n"
        "from forum_messages.synth.kind_model import DescriptiveModel\n"
        "m = DescriptiveModel()\n"
        "x = np.full((2, 512), 0.01, dtype=np.float32)\n"
        "w = np.ones(512 + 4096)\n"
        "z = m.scores(x, ['The session was chaired by Ms Ana Ruiz.', 'Pay more.'], w, 0.0)\n"
        "assert z.shape == (2,), z\n"
        "print('scipy.sparse' in sys.modules, 'rjieba' in sys.modules)\n"
        "m.scores(x[:1], ['会议认为应当加强合作。'], w, 0.0)\n"
        "print('rjieba' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # no scipy.sparse; and rjieba only for a Chinese text
    assert out.stdout.split() == ["False", "False", "True"]
