"""How well signals tell "same point" from "same subject, another point" (docs/quality.md, 9).

Drafts each realistic report file with the real pipeline, its message grouper given the
parameters on the command line as JSON (as ``grouping_terms.py``; none: the defaults),
keeping what the grouper is given for each theme (the statements left after the kinds step,
their embeddings, sessions and kinds). Over the pairs of one theme from two sessions, both
making a point, at an embedding similarity of 0.3 or more, it prints the AUC of each signal
for "the two make one point" (the editor's answers):

- ``embedding``: cosine of the two embeddings;
- ``centred``: the same after 0.8 times the theme's mean is taken out of every statement;
- ``local20``: the same after each statement's projection on the pair's local subject (the
  mean of the 20 statements nearest the pair's midpoint) is taken out;
- ``masked``: cosine of the two statements re-embedded without the content terms they share;

then how often pairs of one statement kind, and of two, make one point; and the jackknife
standard error of the draft's sub-topic ARI (each message left out in turn).

    cd bench && ../.venv/bin/python point_signals.py '' \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from common import entry, file_name
from grouping_terms import draft_with, grouper_params, grouper_run, theme_part
from sklearn.metrics import roc_auc_score

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.metrics import ari
from forum_messages.evaluation.realistic import message_subtopics
from forum_messages.model import Draft
from forum_messages.nlp.base import Embedder, memo_for, normalise_rows
from forum_messages.nlp.segment import words
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import grouping
from forum_messages.synth.evidence import STEM, _arabic_stem, content_terms

FLOOR = 0.3
LOCAL = 20


@dataclass
class Theme:
    ids: list[str]
    texts: list[str]
    langs: list[str]
    x: np.ndarray
    sessions: list[str]
    kinds: list[str]


@dataclass
class Recorded:
    themes: list[Theme] = field(default_factory=list)


def record(
    material: Material, embedder: Embedder, params: dict[str, Any]
) -> tuple[Draft, Recorded]:
    """The draft, and what the message grouper was given for each theme."""
    out = Recorded()
    plain = grouping.ThresholdGrouper.run

    def run(self: grouping.ThresholdGrouper, x: Any, sessions: Any, *rest: Any) -> Any:
        # the pipeline's theme step calls the grouper with ``rows`` (indices into the run's
        # statements) and itself as ``self`` in its frame: read them there
        r = theme_part()
        rows = range(len(r.statements))
        out.themes.append(
            Theme(
                [r.statements[i].id for i in rows],
                [r.texts[i] for i in rows],
                [r.langs[i] for i in rows],
                np.asarray(x, dtype=np.float64),
                list(sessions),
                [r.statements[i].kind for i in rows],
            )
        )
        return plain(self, x, sessions, *rest)

    with grouper_run(run):
        draft = draft_with(material, embedder, params)
    return draft, out


def _term(word: str, lang: str) -> str:
    if lang == "ar":
        word = _arabic_stem(word)
    if lang != "zh" and word.isalpha() and len(word) > STEM:
        word = word[:STEM]
    return word


def masked(text: str, lang: str, shared: frozenset[str]) -> str:
    """``text`` without its words whose content term is in ``shared`` (itself if none left)."""
    kept = [w for w in words(text, lang) if _term(w, lang) not in shared]
    return ("" if lang == "zh" else " ").join(kept) or text


def local_residual(x: np.ndarray, i: int, j: int) -> float:
    mid = x[i] + x[j]
    near = x @ mid
    near[[i, j]] = -np.inf
    subject = normalise_rows(x[np.argsort(-near)[:LOCAL]].mean(axis=0, keepdims=True))[0]
    a = x[i] - (x[i] @ subject) * subject
    b = x[j] - (x[j] @ subject) * subject
    return float(a @ b / max(np.linalg.norm(a) * np.linalg.norm(b), 1e-12))


def signals(material: Material, rec: Recorded, embedder: Embedder) -> dict[str, float]:
    point = {k: a.point for k, a in material.answers.items()}
    same: list[bool] = []
    kinds_same: list[bool] = []
    cols: dict[str, list[float]] = {"embedding": [], "centred": [], "local20": []}
    pairs: list[tuple[str, str]] = []
    for t in rec.themes:
        n = len(t.ids)
        if n < 4:
            continue
        sim = t.x @ t.x.T
        c = normalise_rows(t.x - 0.8 * t.x.mean(axis=0))
        centred = c @ c.T
        terms = [content_terms(s, lang) for s, lang in zip(t.texts, t.langs, strict=True)]
        for i in range(n):
            for j in range(i + 1, n):
                pi, pj = point[t.ids[i]], point[t.ids[j]]
                if t.sessions[i] == t.sessions[j] or not pi or not pj or sim[i, j] < FLOOR:
                    continue
                same.append(pi == pj)
                kinds_same.append(t.kinds[i] == t.kinds[j])
                cols["embedding"].append(float(sim[i, j]))
                cols["centred"].append(float(centred[i, j]))
                cols["local20"].append(local_residual(t.x, i, j))
                shared = terms[i] & terms[j]
                pairs.append(
                    (masked(t.texts[i], t.langs[i], shared), masked(t.texts[j], t.langs[j], shared))
                )
    a = normalise_rows(np.asarray(embedder.embed([p[0] for p in pairs]), dtype=np.float64))
    b = normalise_rows(np.asarray(embedder.embed([p[1] for p in pairs]), dtype=np.float64))
    cols["masked"] = list(np.sum(a * b, axis=1))
    out = {name: float(roc_auc_score(same, v)) for name, v in cols.items()}
    y, k = np.array(same), np.array(kinds_same)
    out["P(one point | one kind)"] = float(y[k].mean()) if k.any() else float("nan")
    out["P(one point | two kinds)"] = float(y[~k].mean()) if (~k).any() else float("nan")
    out["pairs"] = float(len(same))
    return out


def ari_jackknife(material: Material, draft: Draft) -> tuple[float, float]:
    """The draft's sub-topic ARI (as ``realistic.score_draft``) and its jackknife standard
    error over the messages."""
    ours, truth = message_subtopics(material, draft)
    n = len(ours)
    left = np.array([ari(ours[:i] + ours[i + 1 :], truth[:i] + truth[i + 1 :]) for i in range(n)])
    se = float(np.sqrt((n - 1) / n * np.sum((left - left.mean()) ** 2))) if n > 1 else 0.0
    return ari(ours, truth), se


def main(spec: str, paths: list[str]) -> int:
    params = grouper_params(spec)
    embedder = memo_for(USEEmbedder())
    for path in paths:
        material = load_material(path)
        draft, rec = record(material, embedder, params)
        scores = signals(material, rec, embedder)
        value, se = ari_jackknife(material, draft)
        name = file_name(path)
        cells = "  ".join(f"{k} {v:.3f}" for k, v in scores.items() if k != "pairs")
        print(f"{name}: {int(scores['pairs'])} pairs  {cells}  ARI {value:.3f} (SE {se:.3f})")
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
