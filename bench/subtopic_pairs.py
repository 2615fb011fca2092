"""A learned "same sub-topic" similarity between the messages of a theme (docs/quality.md,
"Themes, messages and sub-topics, step by step", 38).

    .venv/bin/python bench/subtopic_pairs.py --cache FILE [--models a,b] [--refit] REPORT.yaml...

Each report file is drafted by the real pipeline (multilingual USE, seed 0, as ``evaluate``),
keeping what the sub-topic step of each theme was given (``bench/subtopic_cut.recorded``, the
same cache). Every pair of messages of a theme whose majority points the editor placed is a
pair of the same sub-topic or not (the editor's sub-topics of those points). For each pair,
features known when the step runs (``topics.pair_features``): the cosine of the message
centroids, of their sessions' counts, of their shared terms (content words read in each
statement's language, policy topics named in any), the policy topics they share, the
framework keywords their statements name, the step's own similarity... Printed:

- each feature's AUC for same-vs-different pairs, per file and over all pairs;
- for each model (a set of features): a logistic fit leaving one file out, its AUC on the
  file left out, and the file's sub-topic ARI when the step cuts its themes with the
  distance ``1 - p`` (the same count rule: the window ``[t, t + 1]``, the silhouette on
  that distance), beside the step as it is;
- ``--refit``: the weights fitted on every file (rounded as shipped in ``topics.LEARNED``).

The held-out report files are skipped.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import subtopic_cut as sc
import topic_stability as ts
from held_out import readable  # type: ignore[import-not-found]

from forum_messages.evaluation.metrics import ari
from forum_messages.nlp.base import normalise_rows
from forum_messages.nlp.decide import best, centroid, decision_scores
from forum_messages.synth import topics
from forum_messages.synth.topic_vocab import MAX_TEXTS

#: The silhouette margin by which a count outside the window wins on the learned distances
#: (``--clear``; the step's ``topics.CLEAR`` unless given).
CLEAR = topics.CLEAR


def specs_of(path: str, embedder: Any) -> list[Any]:
    """The theme (its ``ThemeSpec``) each sub-topic step ran for when drafting ``path``, in
    the order the steps ran."""
    from forum_messages.evaluation.material import load_material
    from forum_messages.evaluation.realistic import draft_material
    from forum_messages.synth import theme_run

    keys: list[Any] = []
    current: list[Any] = [None]
    front, plain = theme_run._Run._front, theme_run._Run._subtopics

    def on_front(self: Any, spec: Any) -> Any:
        current[0] = spec
        return front(self, spec)

    def on_sub(self: Any, groups: Any, centres: Any) -> Any:
        keys.append(current[0])
        return plain(self, groups, centres)

    theme_run._Run._front = on_front  # type: ignore[method-assign]
    theme_run._Run._subtopics = on_sub  # type: ignore[method-assign]
    try:
        draft_material(load_material(path), embedder)
    finally:
        theme_run._Run._front = front  # type: ignore[method-assign]
        theme_run._Run._subtopics = plain  # type: ignore[method-assign]
    return keys


def theme_items(paths: Sequence[str], files: list[Any], cache: str | None) -> dict[str, list]:
    """Per file, each recorded theme's subjects (``themes.theme_items``: its issue areas,
    seeds and the items its description lists) embedded, found by drafting the file again
    and noting which theme each sub-topic step ran for."""
    items_cache = f"{cache}.items" if cache else None
    if items_cache and Path(items_cache).exists():
        with open(items_cache, "rb") as fh:
            return pickle.load(fh)
    from forum_messages.nlp.base import memo_for
    from forum_messages.nlp.use import USEEmbedder
    from forum_messages.synth.themes import theme_items as items_of

    embedder = memo_for(USEEmbedder())
    out: dict[str, list] = {}
    for path, row in zip(paths, files, strict=True):
        keys = specs_of(path, embedder)
        assert len(keys) == len(row[1]), (path, len(keys), len(row[1]))
        found = []
        for spec in keys:
            texts = [t for _lang, t in items_of(spec)]
            found.append(np.asarray(embedder.embed(texts)) if texts else None)
        out[row[0]] = found
    if items_cache:
        with open(items_cache, "wb") as fh:
            pickle.dump(out, fh)
    return out


def theme_features(theme: Any, items: Any = None) -> dict[str, np.ndarray]:
    """``topics.pair_features`` of a recorded theme's messages (square matrices), with two
    of the bench's own: the pair's step similarity as a share of the theme's pairs below it
    (``step_rank``) and how near each is among the other's neighbours (``mutual``)."""
    groups = theme.groups
    centres = np.stack([centroid(theme.x[g]) for g in groups])
    texts = [tuple((theme.texts[i], theme.langs[i]) for i in g[:MAX_TEXTS]) for g in groups]
    sessions = [[theme.sessions[i] for i in g] for g in groups] if theme.reports else None
    feats = topics.pair_features(centres, texts, sessions)
    # the theme's own subjects: the one nearest each message, and the cosine of the
    # messages' scores against them less each subject's mean over the theme
    n = len(groups)
    feats["item"] = feats["profile"] = np.zeros((n, n))
    if items is not None and len(items):
        scores = decision_scores(centres, items)
        nearest = np.array([best(row) for row in scores])
        feats["item"] = (nearest[:, None] == nearest[None, :]).astype(np.float64)
        centred = normalise_rows(scores - scores.mean(axis=0))
        feats["profile"] = decision_scores(centred, centred)
    step = feats["step"]
    upper = step[np.triu_indices(n, 1)]
    feats["step_rank"] = np.searchsorted(np.sort(upper), step, side="right") / max(1, len(upper))
    off = step - 2.0 * np.eye(n)
    order = np.argsort(-off, axis=1, kind="stable")
    rank = np.empty_like(order)
    for a in range(n):
        rank[a, order[a]] = np.arange(n)
    worst = np.maximum(rank, rank.T)
    feats["mutual"] = 1.0 - worst / max(1, n - 2)
    feats["step_z"] = (step - upper.mean()) / (upper.std() or 1.0)
    sims = np.asarray(theme.x, dtype=np.float64) @ np.asarray(theme.x, dtype=np.float64).T
    feats["stmt_max"] = np.array([[sims[np.ix_(a, b)].max() for b in groups] for a in groups])
    feats["stmt_mean"] = np.array([[sims[np.ix_(a, b)].mean() for b in groups] for a in groups])
    return feats


def auc(scores: np.ndarray, same: np.ndarray) -> float:
    """The chance that a same-sub-topic pair scores above a different one (ties half)."""
    order = np.argsort(scores, kind="stable")
    ranks = np.empty(len(scores), dtype=np.float64)
    s = scores[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = int(same.sum())
    neg = len(same) - pos
    if not pos or not neg:
        return float("nan")
    return float((ranks[same].sum() - pos * (pos + 1) / 2) / (pos * neg))


def pairs(
    files: list[Any], items: dict[str, list]
) -> dict[str, list[tuple[int, dict[str, np.ndarray], list[int]]]]:
    """Per file: (theme number, its features, the placed messages' positions) per theme."""
    out: dict[str, list[tuple[int, dict[str, np.ndarray], list[int]]]] = {}
    for name, themes, editors, _home, _sizes in files:
        rows = []
        for t, (theme, _editor) in enumerate(zip(themes, editors, strict=True)):
            if len(theme.groups) < 4:
                continue
            feats = theme_features(theme, items[name][t])
            rows.append((t, feats, [i for i, e in enumerate(_editor) if e is not None]))
        out[name] = rows
    return out


def table(
    files: list[Any], found: dict[str, Any], names: Sequence[str], centred: bool = False
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Per file: each pair's features (rows: pairs, columns: ``names``) and whether the editor
    put both messages in one sub-topic."""
    xs: dict[str, np.ndarray] = {}
    ys: dict[str, np.ndarray] = {}
    for name, _themes, editors, _home, _sizes in files:
        fx, fy, ft = [], [], []
        for t, feats, placed in found[name]:
            ed = editors[t]
            if centred:  # each feature less its mean over the theme's pairs
                iu = np.triu_indices(len(feats["step"]), 1)
                feats = {f: v - v[iu].mean() for f, v in feats.items()}
            for a_i, a in enumerate(placed):
                for b in placed[a_i + 1 :]:
                    fx.append([float(feats[f][a, b]) for f in names])
                    fy.append(ed[a] == ed[b])
                    ft.append(t)
        xs[name] = np.asarray(fx, dtype=np.float64).reshape(-1, len(names))
        ys[name] = np.asarray(fy, dtype=bool)
        THEME_OF[name] = np.asarray(ft, dtype=np.int64)
    return xs, ys


#: Per file, the theme of each pair of ``table`` (for ``within``).
THEME_OF: dict[str, np.ndarray] = {}


def within(scores: np.ndarray, same: np.ndarray, name: str) -> float:
    """The mean over a file's themes of the AUC of its pairs (what a theme's cut sees: its own
    pairs' order), themes with pairs of both kinds only."""
    found = []
    for t in sorted(set(THEME_OF[name].tolist())):
        keep = THEME_OF[name] == t
        if 0 < same[keep].sum() < keep.sum():
            found.append(auc(scores[keep], same[keep]))
    return float(np.mean(found)) if found else float("nan")


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 50) -> np.ndarray:
    """Logistic regression (an intercept last) by Newton's method, a little L2."""
    a = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(a.shape[1])
    t = y.astype(np.float64)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (p - t) / len(a) + l2 * np.r_[w[:-1], 0.0]
        hess = (a * (p * (1 - p))[:, None]).T @ a / len(a) + l2 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def cut_file(files_row: Any, weights: dict[str, float] | None, found: Any) -> tuple[float, list]:
    """The file's sub-topic ARI with its themes cut on ``1 - p`` (``weights``; the step as it
    is when None), and the count per theme."""
    _name, themes, editors, _home, _sizes = files_row
    ours: list[str] = []
    theirs: list[str] = []
    counts = []
    feats_of = {t: feats for t, feats, _placed in found}
    for t, (theme, editor) in enumerate(zip(themes, editors, strict=True)):
        if weights is None or t not in feats_of:
            got = ts.subtopics(theme, theme.groups)
            labels = [got[tuple(g)] for g in theme.groups]
        else:
            dist = topics.learned_distances(feats_of[t], weights)
            target = topics.topic_target(len(theme.groups))
            labels = topics.cut_distances(dist, target, clear=CLEAR)
        counts.append(len(set(labels)))
        for lab, e in zip(labels, editor, strict=True):
            if e is not None:
                ours.append(f"{t}/{lab}")
                theirs.append(e)
    return round(ari(ours, theirs), 3), counts


def tally(gains: Sequence[float]) -> str:
    """The mean change of ARI over the files, and how many files it raises and lowers."""
    return (
        f"mean {np.mean(gains):+.3f}, higher {sum(g > 0.0005 for g in gains)},"
        f" lower {sum(g < -0.0005 for g in gains)},"
        f" lower by more than 0.02 {sum(g < -0.02 for g in gains)}"
    )


GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def grid_search(files: list[Any], found: dict[str, Any], features: str) -> None:
    """Weighted means of ``centroid`` and the ``features`` (each weight on ``GRID``, the
    centroid's the rest, at least 0.2), scored by the re-run ARI per file; each file scored
    with the weights best on the others (mean ARI, ties to the earlier)."""
    import itertools

    names = features.split("+")
    combos = []
    for ws in itertools.product(GRID, repeat=len(names)):
        rest = round(1.0 - sum(ws), 6)
        if rest >= 0.2:
            combos.append({"centroid": rest, **{n: w for n, w in zip(names, ws, strict=True) if w}})
    table_ = {}
    for k, weights in enumerate(combos):
        table_[k] = {row[0]: cut_file(row, weights, found[row[0]])[0] for row in files}
    cells, gains = [], []
    base = {row[0]: cut_file(row, None, found[row[0]])[0] for row in files}
    for row in files:
        name = row[0]
        others = [n for n, *_ in files if n != name]
        pick = min(table_, key=lambda k: (-round(sum(table_[k][o] for o in others), 6), k))
        a = table_[pick][name]
        gains.append(a - base[name])
        cells.append(f"{name} {a:.3f} ({a - base[name]:+.3f}) {combos[pick]}")
    print(f"grid {features}, one file out:\n  " + "\n  ".join(cells))
    print(f"  {tally(gains)}")
    top = sorted(table_, key=lambda k: (-round(sum(table_[k].values()), 6), k))[:5]
    for k in top:
        print(
            f"  on every file {combos[k]}: mean {np.mean(list(table_[k].values())):.3f}, "
            + " ".join(f"{v:.3f}" for v in table_[k].values())
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--cache")
    parser.add_argument("--models", default="", help="feature sets, '+'-joined, ','-separated")
    parser.add_argument("--grid", default="", help="features mixed on a grid, '+'-joined")
    parser.add_argument("--refit", default="", help="the feature set fitted on every file")
    parser.add_argument("--clear", type=float, default=topics.CLEAR)
    args = parser.parse_args()
    global CLEAR
    CLEAR = args.clear
    paths = readable(args.paths)
    files = sc.recorded(paths, args.cache)
    found = pairs(files, theme_items(paths, files, args.cache))
    names = sorted(next(f for rows in found.values() for _t, f, _p in rows))
    xs, ys = table(files, found, names)
    cxs = table(files, found, names, centred=True)[0]
    print("feature AUC | " + " | ".join(n for n, *_ in files) + " | all | within themes")
    allx = np.vstack(list(xs.values()))
    ally = np.concatenate(list(ys.values()))
    for j, f in enumerate(names):
        cells = [f"{auc(xs[n][:, j], ys[n]):.3f}" for n, *_ in files]
        inside = np.mean([within(xs[n][:, j], ys[n], n) for n, *_ in files])
        print(
            f"{f} | " + " | ".join(cells) + f" | {auc(allx[:, j], ally):.3f} | {inside:.3f}",
            flush=True,
        )
    print(f"pairs {len(ally)}, same {int(ally.sum())}")
    base = {row[0]: cut_file(row, None, found[row[0]]) for row in files}
    print("as it is: " + "  ".join(f"{n} {a:.3f} {c}" for n, (a, c) in base.items()), flush=True)
    for model in [m for m in args.models.split(",") if m]:
        kind = model.split(":")[0] if ":" in model else "log"
        mix = kind in ("mix", "cmix")
        centred = kind in ("clog", "cmix")
        cols = [names.index(f) for f in model.split(":")[-1].split("+")]
        cells, aucs, gains, insides = [], [], [], []
        for row in files:
            name = row[0]
            others = [n for n, *_ in files if n != name]
            src = cxs if centred else xs
            w = fit(
                np.vstack([src[o][:, cols] for o in others]),
                np.concatenate([ys[o] for o in others]),
            )
            weights = {names[c]: float(v) for c, v in zip(cols, w[:-1], strict=True)}
            weights[""] = float(w[-1])
            if mix:  # the logistic's weights as shares of a similarity (none below 0)
                del weights[""]
                total = sum(max(0.0, v) for v in weights.values()) or 1.0
                weights = {k: round(max(0.0, v) / total, 2) for k, v in weights.items()}
                if name == files[0][0]:
                    print(f"  {model} weights without {name}: {weights}")
            p = xs[name][:, cols] @ w[:-1] + w[-1]
            aucs.append(auc(p, ys[name]))
            insides.append(within(p, ys[name], name))
            a, counts = cut_file(row, weights, found[name])
            gains.append(a - base[name][0])
            cells.append(f"{name} {a:.3f} ({a - base[name][0]:+.3f}) {counts}")
        print(
            f"{model}: out-of-fold AUC {np.mean(aucs):.3f}, within themes"
            f" {np.mean(insides):.3f}; ARI " + "  ".join(cells) + f"; {tally(gains)}",
            flush=True,
        )
    if args.grid:
        grid_search(files, found, args.grid)
    if args.refit:
        cols = [names.index(f) for f in args.refit.split("+")]
        w = fit(allx[:, cols], ally)
        print(
            "weights on every file: "
            + ", ".join(f"{names[c]} {v:.2f}" for c, v in zip(cols, w[:-1], strict=True))
            + f", intercept {w[-1]:.2f}"
        )


if __name__ == "__main__":
    main()
