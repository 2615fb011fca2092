"""What the same-point check costs (docs/quality.md, 12): the content terms of 3,000
statements (the report files' texts, repeated) and the features and probabilities of 600
core-source pairs over random unit vectors, scored in one pass and message by message.

    .venv/bin/python bench/same_point_cost.py
"""

from __future__ import annotations

import glob
import time
from pathlib import Path

import numpy as np

from forum_messages.evaluation.material import load_material
from forum_messages.nlp.segment import words
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.same_point import PairFeatures, shipped_model

REPORTS = Path(__file__).parent.parent / "src/forum_messages/editions/evaluation/reports"
N = 3000
PAIRS = 600


def main() -> int:
    texts: list[str] = []
    langs: list[str] = []
    for path in sorted(glob.glob(str(REPORTS / "*.yaml"))):
        material = load_material(path)
        for st in material.corpus.statements:
            texts.append(st.text)
            langs.append(material.language)
    texts = (texts * (N // len(texts) + 1))[:N]
    langs = (langs * (N // len(langs) + 1))[:N]
    words("预热", "zh")  # load the Chinese segmenter before timing
    start = time.perf_counter()
    evidence = TermEvidence(texts, langs)
    terms = time.perf_counter() - start
    rng = np.random.default_rng(0)
    x = rng.normal(size=(N, 512)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    features = PairFeatures(x, evidence, ["key_takeaway"] * N, [False] * N)
    model = shipped_model(core=True)
    pairs = [(i, i + 1) for i in range(0, 2 * PAIRS, 2)]
    model.probability(features.pairs(pairs[:1]))  # warm up
    start = time.perf_counter()
    features.pairs(pairs)
    every = time.perf_counter() - start
    start = time.perf_counter()
    model.probability(features.pairs(pairs, model.names))
    batch = time.perf_counter() - start
    start = time.perf_counter()
    for pair in pairs:
        model.probability(features.pairs([pair], model.names))
    one_by_one = time.perf_counter() - start
    print(f"content terms of {N} statements: {terms:.2f} s")
    print(f"{PAIRS} pairs, every feature (the pair model's): {every:.2f} s")
    print(
        f"{PAIRS} pairs, the core model's: in one pass {batch:.2f} s; one by one {one_by_one:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
