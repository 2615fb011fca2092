"""Same input, same output: the draft does not change with float noise of another machine.

On another CPU (AVX-512 instead of AVX2 kernels, another thread count) every embedding and
every similarity can move by about 1e-6. The tests here move them on purpose and check that
the draft stays the same: Markdown and HTML to the byte, JSON to the byte except the measured
scores it prints (similarities, tag scores, theme confidences), which may move by one step
in their last printed decimal (see docs/outputs.md, "Same input, same output").
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from forum_messages.cli import sample_paths
from forum_messages.config import resolve_settings
from forum_messages.edition import load_edition
from forum_messages.export import render_bytes
from forum_messages.ingest import load_reports
from forum_messages.model import Corpus, Edition
from forum_messages.nlp.base import Embedder, HashEmbedder, MemoEmbedder, Vectors
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings
from forum_messages.synth.tags import FrameworkTagger

NOISE = 1e-6
FORMATS = ("md", "html", "json")
MEASURES = ("similarity", "score", "theme_confidence")  # printed with 4 decimals


def jitter(vectors: Vectors, texts: Sequence[str], seed: int) -> Vectors:
    """Each vector moved by uniform noise in [-NOISE, NOISE] on every component; the noise
    depends on the seed and the text only (as a machine's own rounding does)."""
    out = np.asarray(vectors, dtype=np.float64).copy()
    for row, text in enumerate(texts):
        digest = hashlib.blake2b(f"{seed}\x1f{text}".encode(), digest_size=8).digest()
        rng = np.random.default_rng(int.from_bytes(digest, "little"))
        out[row] += rng.uniform(-NOISE, NOISE, out.shape[1])
    return out.astype(np.float32)


class NoisyEmbedder:
    """The vectors of another embedder, each moved by ``jitter``; same name and parameters."""

    def __init__(self, inner: Embedder, seed: int) -> None:
        self.inner = inner
        self.seed = seed
        self.name = inner.name

    def params(self) -> dict[str, object]:
        return self.inner.params()

    def embed(self, texts: Sequence[str]) -> Vectors:
        return jitter(self.inner.embed(texts), texts, self.seed)


@cache
def sample() -> tuple[Corpus, Edition, Settings]:
    edition = load_edition("igf2025")
    corpus = load_reports([str(p) for p in sample_paths()], edition)
    return corpus, edition, resolve_settings({}, edition.settings)


def draft_outputs(embedder: Embedder, seed: int | None) -> dict[str, bytes]:
    """The sample edition's outputs; with a seed, every vector is jittered: the statements',
    the fixed texts' (theme profiles, prototypes, title candidates) and the framework items'."""
    corpus, edition, settings = sample()
    # A memo of its own, so that no vector of another seed (or none) is reused.
    emb = MemoEmbedder(embedder if seed is None else NoisyEmbedder(embedder, seed))
    tagger = FrameworkTagger(emb, max_tags=settings.max_tags)
    if seed is not None:
        items = [it.id for it in tagger.items]
        tagger.__dict__["vectors"] = jitter(tagger.vectors, items, seed)
    components = Components(embedder=emb, detector=UNLanguageDetector(), tagger=tagger)
    draft = run_pipeline(corpus, edition, settings, components=components)
    return {fmt: render_bytes(draft, fmt) for fmt in FORMATS}


def split_measures(doc: Any, found: list[float]) -> Any:
    """The JSON document with the measured scores taken out (collected in ``found``)."""
    if isinstance(doc, dict):
        out = {}
        for key, value in doc.items():
            if key in MEASURES and isinstance(value, float | int):
                found.append(float(value))
                out[key] = "measured"
            else:
                out[key] = split_measures(value, found)
        return out
    if isinstance(doc, list):
        return [split_measures(v, found) for v in doc]
    return doc


def assert_same_draft(base: dict[str, bytes], other: dict[str, bytes]) -> None:
    assert other["md"] == base["md"]
    assert other["html"] == base["html"]
    base_scores: list[float] = []
    other_scores: list[float] = []
    base_doc = split_measures(json.loads(base["json"]), base_scores)
    other_doc = split_measures(json.loads(other["json"]), other_scores)
    assert other_doc == base_doc
    assert len(base_scores) == len(other_scores) > 0
    moved = np.abs(np.array(base_scores) - np.array(other_scores))
    assert moved.max() <= 1.5e-4  # at most one step of the last printed decimal


@cache
def hash_baseline() -> dict[str, bytes]:
    return draft_outputs(HashEmbedder(), None)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_noise_of_1e6_on_every_vector_changes_nothing_with_the_fake_embedder(seed: int) -> None:
    text = ["A text."]
    moved = NoisyEmbedder(HashEmbedder(), seed).embed(text) - HashEmbedder().embed(text)
    assert 0 < np.abs(moved).max() <= NOISE * 1.01
    assert_same_draft(hash_baseline(), draft_outputs(HashEmbedder(), seed))


def test_one_blas_thread_or_several_give_the_same_bytes() -> None:
    base = hash_baseline()
    for threads in (1, 4):
        with threadpool_limits(limits=threads, user_api="blas"):
            assert draft_outputs(HashEmbedder(), None) == base, threads


_DRAFT = """
import sys
from forum_messages.cli import main, sample_paths
args = ["draft", *map(str, sample_paths()), "--edition", "igf2025", "--embedder", sys.argv[2]]
sys.exit(main([*args, "-o", sys.argv[1]]))
"""


def drafts_on_other_kernels(tmp_path: Path, embedder: str) -> list[dict[str, bytes]]:
    """The sample edition drafted in two processes: with the BLAS kernels OpenBLAS picks for
    this CPU, and with those of an older CPU (SSE3 "Prescott": other summation orders than the
    AVX2 or AVX-512 kernels), as OPENBLAS_CORETYPE makes it use."""
    outputs = []
    for core in ("", "Prescott"):
        env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_CORETYPE"}
        if core:
            env["OPENBLAS_CORETYPE"] = core
        out = tmp_path / (core or "default")
        subprocess.run(
            [sys.executable, "-c", _DRAFT, str(out), embedder],
            env=env,
            capture_output=True,
            check=True,
        )
        outputs.append({fmt: (out / f"messages.{fmt}").read_bytes() for fmt in FORMATS})
    return outputs


def test_other_blas_kernels_give_the_same_bytes(tmp_path: Path) -> None:
    """The fake embedder's vectors are the same bits everywhere: so is the whole draft."""
    here, other = drafts_on_other_kernels(tmp_path, "hash")
    assert other == here


@pytest.mark.slow
def test_other_blas_kernels_give_the_same_draft_with_the_real_embedder(tmp_path: Path) -> None:
    """The encoder's own vectors change with the kernels (by up to 1e-5 on a component):
    every choice stays, only printed scores may move in their last decimal."""
    here, other = drafts_on_other_kernels(tmp_path, "use")
    assert_same_draft(here, other)


@pytest.mark.slow
def test_noise_of_1e6_on_every_vector_changes_nothing_with_the_real_embedder(
    use_embedder: Embedder,
) -> None:
    real = MemoEmbedder(use_embedder)  # each text encoded once for all three drafts
    base = draft_outputs(real, None)
    for seed in (1, 2):
        assert_same_draft(base, draft_outputs(real, seed))
