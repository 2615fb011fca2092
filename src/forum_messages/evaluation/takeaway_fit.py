"""Fitting the weights of the takeaway score on the development transcripts.

``synth.takeaways`` scores each candidate sentence by how likely it states a point of the
report the session's organisers would write: a logistic model of the candidate's
``FEATURES``. Its weights come from here: every candidate of every development transcript
(those whose report in ``answers.yaml`` is not noted ``held out``; each transcript once, with
its first report) is labelled by whether it matches a written item at the calibrated
threshold, and the model is fitted by Newton's method with an L2 penalty on the weights.
Leave-one-transcript-out scores say how well weights fitted on the other transcripts draft
the one left out::

    .venv/bin/python -m forum_messages.evaluation.takeaway_fit \\
        src/forum_messages/editions/evaluation/transcripts
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from forum_messages.evaluation.transcripts import (
    Written,
    calibrate,
    load_pairs,
    load_written,
    match,
)
from forum_messages.ingest.transcript import Transcript, read_transcript, with_chairs
from forum_messages.ingest.transcript_meta import find_meta
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.cluster import threshold_groups
from forum_messages.nlp.decide import decision_scores
from forum_messages.synth.takeaways import FEATURES, TakeawayDrafter, candidates, features

PENALTY = 2.0


@dataclass(frozen=True)
class Session:
    """A development transcript, its reports, and its candidates' features and labels."""

    transcript: Transcript
    lang: str
    reports: tuple[Written, ...]
    x: np.ndarray  # candidates x FEATURES
    y: np.ndarray  # 1.0 where the candidate matches an item of the first report


def load_sessions(folder: Path, embedder: Embedder, threshold: float) -> list[Session]:
    written = [w for w in load_written(folder) if not w.held_out]
    out: list[Session] = []
    drafter = TakeawayDrafter(embedder)
    for file in dict.fromkeys(w.file for w in written):
        meta = find_meta(file, None, [])
        if meta is None:
            raise ValueError(f"{file}: no session metadata")
        transcript = with_chairs(read_transcript(file), meta.chairs)
        lang = str(meta.record.data.get("language", "en"))
        reports = tuple(w for w in written if w.file == file)
        cands = candidates(transcript, lang)
        vectors = embedder.embed([c.text for c in cands])
        sims = decision_scores(vectors, vectors)
        groups = threshold_groups(vectors, drafter.point_distance).tolist()
        feats = features(cands, sims, groups)
        x = np.column_stack([feats[k] for k in FEATURES])
        items = embedder.embed(list(reports[0].items))
        y = np.asarray((decision_scores(vectors, items) >= threshold).any(axis=1), np.float64)
        out.append(Session(transcript, lang, reports, x, y))
    return out


def fit_logistic(x: np.ndarray, y: np.ndarray, penalty: float) -> tuple[np.ndarray, float]:
    """(weights, bias) of an L2-penalised logistic regression (the bias is not penalised)."""
    design = np.column_stack([x, np.ones(len(x))])
    w = np.zeros(design.shape[1])
    ridge = penalty * np.diag(np.r_[np.ones(x.shape[1]), 0.0])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-design @ w))
        grad = design.T @ (p - y) + ridge @ w
        hess = (design * (p * (1.0 - p))[:, None]).T @ design + ridge
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return w[:-1], float(w[-1])


def fit(sessions: Sequence[Session], penalty: float = PENALTY) -> tuple[dict[str, float], float]:
    """The weights and bias fitted on ``sessions``, rounded as ``synth.takeaways`` keeps them."""
    weights, bias = fit_logistic(
        np.vstack([s.x for s in sessions]), np.concatenate([s.y for s in sessions]), penalty
    )
    return {k: round(float(v), 2) for k, v in zip(FEATURES, weights, strict=True)}, round(bias, 2)


def left_out_scores(
    sessions: Sequence[Session], embedder: Embedder, threshold: float, penalty: float = PENALTY
) -> list[tuple[Written, float, float, int]]:
    """Per report: (report, written matched, drafted unmatched, drafted items) when the weights
    are fitted on the other transcripts only."""
    out: list[tuple[Written, float, float, int]] = []
    for k, session in enumerate(sessions):
        weights, bias = fit([s for j, s in enumerate(sessions) if j != k], penalty)
        drafted = TakeawayDrafter(embedder, weights=weights, bias=bias).draft(
            session.transcript, session.lang
        )
        texts = [i.text for i in (*drafted.takeaways, *drafted.calls)]
        for report in session.reports:
            got, stray = match(texts, report.items, embedder, threshold)
            out.append((report, got, stray, len(texts)))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from forum_messages.nlp.use import USEEmbedder

    args = list(sys.argv[1:] if argv is None else argv)
    folder = Path(args[0] if args else "src/forum_messages/editions/evaluation/transcripts")
    embedder = memo_for(USEEmbedder())
    threshold, _ = calibrate(load_pairs(folder), embedder)
    sessions = load_sessions(folder, embedder, threshold)
    weights, bias = fit(sessions)
    print(f"weights fitted on {len(sessions)} development transcripts: {weights}, bias {bias}")
    rows = left_out_scores(sessions, embedder, threshold)
    matched = sum(got * len(w.items) for w, got, _, _ in rows)
    unmatched = sum(stray * n for _, _, stray, n in rows)
    for w, got, stray, _ in rows:
        note = f" ({w.note})" if w.note else ""
        print(f"{w.file.stem}{note}: written matched {got:.3f}, drafted unmatched {stray:.3f}")
    total_written = sum(len(w.items) for w, _, _, _ in rows)
    total_drafted = sum(n for *_, n in rows)
    print(
        f"left out in turn: written matched {matched / total_written:.3f}, "
        f"drafted unmatched {unmatched / total_drafted:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
