"""The shipped vectors of the presets' fixed texts: current, exact, and used only for the
very call they were computed from."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.edition import load_edition, preset_names
from forum_messages.nlp import fixedvectors
from forum_messages.nlp.base import MemoEmbedder
from forum_messages.nlp.fixedvectors import call_digest, compute, preset_calls, shipped_vectors
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth.procedural import PROTOTYPES
from forum_messages.synth.themes import theme_profiles


@pytest.fixture
def encoder(use_embedder) -> USEEmbedder:  # type: ignore[no-untyped-def]
    enc = USEEmbedder(threads=2)
    enc.__dict__["_model"] = use_embedder._model  # the loaded weights, not a new load
    return enc


def test_every_preset_call_is_shipped_and_matches_a_fresh_encoding(encoder: USEEmbedder) -> None:
    """Stale after a preset's themes, the prototypes or the encoder change: regenerate with
    ``python -m forum_messages.nlp.fixedvectors``."""
    for preset in preset_names():
        calls = preset_calls(preset)
        assert 1 < len(calls) <= len(load_edition(preset).themes) + 1
        for texts, fresh in zip(calls, compute(encoder, calls), strict=True):
            shipped = shipped_vectors(encoder.name, texts)
            assert shipped is not None, f"{preset}: a call is not shipped; regenerate"
            # Equal up to the BLAS kernel's rounding: a fresh encoding differs in the last
            # bits from one CPU to another (AVX2 and AVX-512 kernels sum in other orders), and
            # the encoder's rounding to 5 decimals turns that into one step of 1e-5 where a
            # value sits on a boundary. Drafts use the shipped vectors for that reason; a stale
            # call differs far more.
            assert shipped.dtype == np.float32 and shipped.shape == fresh.shape
            assert float(np.abs(shipped - fresh).max()) < 2e-5


def test_the_calls_are_those_a_draft_makes(encoder: USEEmbedder) -> None:
    """Theme profiles and prototypes through a new shared memo hand the encoder exactly the
    recorded calls, and get the shipped vectors."""
    made: list[list[str]] = []

    class Recording:
        name = encoder.name

        def params(self) -> dict[str, object]:
            return encoder.params()

        def embed(self, texts: list[str]) -> np.ndarray:
            made.append(list(texts))
            return encoder.embed(texts)

    memo = MemoEmbedder(Recording())  # type: ignore[arg-type]
    theme_profiles(load_edition("igf2025"), memo)
    memo.embed(list(PROTOTYPES))
    assert made == preset_calls("igf2025")


def test_only_the_exact_call_is_looked_up(encoder: USEEmbedder) -> None:
    calls = preset_calls("igf2025")
    first = calls[0]
    assert shipped_vectors(encoder.name, first) is not None
    assert shipped_vectors("another-encoder", first) is None
    assert shipped_vectors(encoder.name, first[:-1]) is None  # a shorter call
    assert shipped_vectors(encoder.name, [*first[1:], first[0]]) is None  # another order
    assert shipped_vectors(encoder.name, ["Not a preset text."]) is None
    # the texts joined differently are another call
    assert call_digest("e", ["ab", "c"]) != call_digest("e", ["a", "bc"])


def test_the_table_is_not_changed_by_callers(encoder: USEEmbedder) -> None:
    texts = preset_calls("minimal")[0]
    got = encoder.embed(texts)
    got[:] = 0.0
    again = encoder.embed(texts)
    assert np.array_equal(again, compute(encoder, [texts])[0])


def test_a_missing_or_damaged_file_means_encoding(
    encoder: USEEmbedder, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    texts = preset_calls("minimal")[0]
    bad = tmp_path / "fixed-vectors.npz"
    bad.write_bytes(b"not an npz")
    assert fixedvectors.read_table(bad) == {}
    assert fixedvectors.read_table(tmp_path / "missing.npz") == {}
    monkeypatch.setattr(fixedvectors, "_table", lambda: {})
    assert shipped_vectors(encoder.name, texts) is None
    assert np.array_equal(encoder.embed(texts), compute(encoder, [texts])[0])
