"""Fitting the takeaway score's weights on development transcripts, left out in turn."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

from forum_messages.evaluation.takeaway_fit import fit, fit_logistic, left_out_scores, load_sessions
from forum_messages.nlp.base import HashEmbedder
from forum_messages.synth.takeaways import FEATURES

DATA = Path(__file__).parent / "data"


def test_logistic_fit_finds_the_informative_feature() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] + 0.3 * rng.normal(size=400) > 0.5).astype(np.float64)  # only the first counts
    weights, bias = fit_logistic(x, y, penalty=1.0)
    assert weights[0] > 2.0 and abs(weights[1]) < 0.5 and bias < 0
    shrunk, _ = fit_logistic(x, y, penalty=100.0)
    assert 0 < shrunk[0] < weights[0]  # the penalty pulls the weight towards zero


def test_weights_are_fitted_on_development_transcripts_only(tmp_path: Path) -> None:
    for stem in ("ws7", "ws17", "ws27"):
        shutil.copy(DATA / "ws7.txt", tmp_path / f"{stem}.txt")
        shutil.copy(DATA / "ws7.yaml", tmp_path / f"{stem}.yaml")
    point = "[Local technicians keep the community network running for years.]"
    (tmp_path / "answers.yaml").write_text(
        "transcripts:\n"
        f"  - {{file: ws7.txt, key_takeaways: {point}}}\n"
        f"  - {{file: ws17.txt, key_takeaways: {point}}}\n"
        f"  - {{file: ws27.txt, note: held out, key_takeaways: {point}}}\n",
        encoding="utf-8",
    )
    emb = HashEmbedder()
    sessions = load_sessions(tmp_path, emb, threshold=0.4)
    assert [len(s.reports) for s in sessions] == [1, 1]  # the held-out one is left alone
    assert all(s.x.shape == (len(s.y), len(FEATURES)) for s in sessions)
    assert all(0 < s.y.sum() < len(s.y) for s in sessions)
    weights, bias = fit(sessions)
    assert set(weights) == set(FEATURES) and isinstance(bias, float)
    rows = left_out_scores(sessions, emb, threshold=0.4)
    assert [r[0].file.name for r in rows] == ["ws7.txt", "ws17.txt"]
    assert all(0.0 <= got <= 1.0 and 0.0 <= stray <= 1.0 and n >= 1 for _, got, stray, n in rows)
