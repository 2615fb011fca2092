"""How the sub-topics of a draft move when a few of its messages change (docs/quality.md,
"Themes, messages and sub-topics, step by step", 31).

    .venv/bin/python bench/topic_stability.py [--variant NAME] [--files a,b] REPORT.yaml...

Each report file is drafted by the real pipeline (multilingual USE, seed 0, as ``evaluate``),
keeping what the sub-topic step of each theme is given (``ThemeRun._subtopics``: the theme's
statement vectors, its messages as rows, their texts, languages and sessions). The step is
then run again on each theme with its messages changed slightly:

- ``message``: one message left out (each in turn);
- ``session``: one session's statements taken out of the theme's messages (each in turn; a
  message left with no statement is dropped);
- ``3 rows``: three of the theme's grouped statements taken out (five seeds a theme);
- ``order``: the messages in reverse order;
- ``fixed``: one message left out, the others' vectors (with their shared terms) those of the
  whole theme: what the count and the cut alone move.

For each run, the messages both runs hold unchanged (the same statements) are compared: the
adjusted Rand index of their sub-topics (``agree``, 1 when none re-cut) and the file's
sub-topic ARI against the editor's (``evaluate``'s row, over the same messages) in the run
and in the reference, whose difference is ``delta``. Printed per file and perturbation:
runs, the share of runs that re-cut a message left alone, the mean and lowest agreement, the
mean absolute and the extreme deltas; and per file ``evaluate``'s ARI of the draft with its
leave-one-message-out jackknife standard error, and the sub-topic count per theme.

``--variant NAME`` replaces the step (``SilhouetteTopicFinder.run``) before drafting, so the
draft, ``evaluate``'s figures and the re-runs are the variant's (``variant_labels``;
docs/quality.md, step 31): ``nowide``, ``margin:M``, ``pen:L``, ``gap``, ``consensus``,
``lone[:1]``, ``refine``, ``pca:D``, ``round:R``, ``weight:W``. None is on in the pipeline.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from held_out import is_held_out

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.metrics import ari
from forum_messages.evaluation.realistic import draft_material, message_subtopics
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.cluster import cosine_distances, renumber, silhouette
from forum_messages.nlp.decide import centroid
from forum_messages.nlp.hclust import fcluster, linkage, squareform
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import theme_run, topics
from forum_messages.synth.settings import Settings
from forum_messages.synth.topic_vocab import MAX_TEXTS

SEEDS = 5
ROWS = 3


@dataclass
class Theme:
    """What the sub-topic step of one theme was given."""

    x: np.ndarray
    groups: list[list[int]]
    texts: list[str]
    langs: list[str]
    sessions: list[str]
    ids: list[str]
    reports: bool  # the sessions shape the space (reports, not consultations)
    language: str


def _inputs(theme: Theme, groups: list[list[int]]) -> tuple[Any, list[Any]]:
    centres = np.stack([centroid(theme.x[g]) for g in groups])
    texts = [tuple((theme.texts[i], theme.langs[i]) for i in g[:MAX_TEXTS]) for g in groups]
    shaped = centres
    if theme.reports and len(groups) > 1:
        shaped = topics.with_sessions(centres, [[theme.sessions[i] for i in g] for g in groups])
    return shaped, texts


def _finder() -> topics.SilhouetteTopicFinder:
    return topics.SilhouetteTopicFinder(Settings().max_topics, seed=0)


def subtopics(theme: Theme, groups: list[list[int]]) -> dict[tuple[int, ...], int]:
    """Each message (its rows) and its sub-topic, as ``ThemeRun._subtopics`` finds them."""
    if not groups:
        return {}
    shaped, texts = _inputs(theme, groups)
    leaves = topics.hierarchy(_finder(), shaped, texts, theme.language)
    return {tuple(groups[g]): k for k, (_path, gs) in enumerate(leaves) for g in gs}


def fixed_space(theme: Theme, left_out: int) -> dict[tuple[int, ...], int]:
    """As ``subtopics`` with one message left out, the others' vectors (their shared terms'
    weights among them) those of the whole theme: what the count and the cut alone move."""
    shaped, texts = _inputs(theme, theme.groups)
    finder = _finder()
    full = finder.space(shaped, texts, theme.language) if len(texts) >= 4 else shaped
    kept = [g for g in range(len(theme.groups)) if g != left_out]
    labels, _ = finder.run(full[kept], None, theme.language)
    return {tuple(theme.groups[g]): k for g, k in zip(kept, labels, strict=True)}


def record(material: Material, embedder: Any) -> tuple[Any, list[Theme]]:
    """The material's draft, and what each theme's sub-topic step was given."""
    found: list[Theme] = []
    plain = theme_run._Run._subtopics

    def keep(self: Any, groups: list[list[int]], centres: Any) -> Any:
        st = self.statements
        found.append(
            Theme(
                np.array(self.x, dtype=np.float32),
                [list(g) for g in groups],
                list(self.texts),
                list(self.langs),
                [s.session for s in st],
                [s.id for s in st],
                self.target is not None,
                self.out_lang,
            )
        )
        return plain(self, groups, centres)

    theme_run._Run._subtopics = keep  # type: ignore[method-assign]
    try:
        draft = draft_material(material, embedder)
    finally:
        theme_run._Run._subtopics = plain  # type: ignore[method-assign]
    return draft, found


def perturbations(theme: Theme) -> list[tuple[str, list[list[int]]]]:
    """(kind, the theme's messages changed) for every run of the bench."""
    out: list[tuple[str, list[list[int]]]] = []
    gs = theme.groups
    for k in range(len(gs)):
        out.append(("message", gs[:k] + gs[k + 1 :]))
    out.append(("order", gs[::-1]))
    rows = sorted(i for g in gs for i in g)
    for session in sorted({theme.sessions[i] for i in rows}):
        kept = [[i for i in g if theme.sessions[i] != session] for g in gs]
        out.append(("session", [g for g in kept if g]))
    for seed in range(SEEDS):
        if len(rows) <= ROWS:
            break
        gone = set(np.random.default_rng(seed).choice(rows, size=ROWS, replace=False).tolist())
        kept = [[i for i in g if i not in gone] for g in gs]
        out.append((f"{ROWS} rows", [g for g in kept if g]))
    return out


def editor_of(material: Material, theme: Theme) -> Callable[[tuple[int, ...]], str | None]:
    """A message's editor sub-topic (that of its majority point), None when not placed."""
    label = {k: a.point or "(descriptive)" for k, a in material.answers.items()}

    def of(rows: tuple[int, ...]) -> str | None:
        top = Counter(label[theme.ids[i]] for i in rows).most_common(1)[0][0]
        return material.points[top].subtopic if top in material.points else None

    return of


def file_ari(
    labelled: dict[tuple[int, tuple[int, ...]], int], editor: dict[Any, str | None]
) -> float:
    keys = [k for k in labelled if editor[k] is not None]
    return ari([f"{k[0]}/{labelled[k]}" for k in keys], [str(editor[k]) for k in keys])


def jackknife(ours: Sequence[str], theirs: Sequence[str]) -> float:
    """Leave-one-message-out jackknife standard error of the ARI."""
    n = len(ours)
    vals = [
        ari(list(ours[:i]) + list(ours[i + 1 :]), list(theirs[:i]) + list(theirs[i + 1 :]))
        for i in range(n)
    ]
    mean = sum(vals) / n
    return math.sqrt((n - 1) / n * sum((v - mean) ** 2 for v in vals))


def bench_file(path: str, embedder: Any) -> list[str]:
    material = load_material(path)
    draft, themes = record(material, embedder)
    ours, theirs = message_subtopics(material, draft)
    counts = [len(t.topics) for t in draft.themes]
    name = Path(path).stem
    lines = [
        f"{name}: evaluate ARI {ari(ours, theirs):.3f}"
        f" (jackknife SE {jackknife(ours, theirs):.3f}),"
        f" sub-topics per theme {' '.join(map(str, counts))}"
    ]
    reference = {}
    editor: dict[Any, str | None] = {}
    for t, theme in enumerate(themes):
        of = editor_of(material, theme)
        for rows, k in subtopics(theme, theme.groups).items():
            reference[(t, rows)] = k
            editor[(t, rows)] = of(rows)
    lines[0] += f", re-run {file_ari(reference, editor):.3f}"
    stats: dict[str, list[tuple[float, float, bool]]] = {}
    for t, theme in enumerate(themes):
        of = editor_of(material, theme)
        runs = [(kind, groups, None) for kind, groups in perturbations(theme)]
        runs += [("fixed", [], k) for k in range(len(theme.groups))]
        for kind, groups, left_out in runs:
            again = subtopics(theme, groups) if left_out is None else fixed_space(theme, left_out)
            shared = [rows for rows in again if (t, rows) in reference]
            if len(shared) < 2:
                continue
            agree = ari([reference[(t, r)] for r in shared], [again[r] for r in shared])
            for r in again:
                editor.setdefault((t, r), of(r))
            base = {k: v for k, v in reference.items() if k[0] != t or k[1] in again}
            moved = dict(base)
            moved.update({(t, r): again[r] for r in shared})
            delta = file_ari(moved, editor) - file_ari(base, editor)
            count = len(set(again.values())) != len(
                {k for (u, _r), k in reference.items() if u == t}
            )
            stats.setdefault(kind, []).append((agree, delta, count))
    for kind, found in stats.items():
        agrees = [a for a, _d, _c in found]
        deltas = [d for _a, d, _c in found]
        counts = sum(c for _a, _d, c in found)
        recut = sum(a < 1 - 1e-9 for a in agrees)
        lines.append(
            f"  {kind:8} runs {len(found):4d}  re-cut {recut / len(found):5.2f}"
            f" count {counts / len(found):5.2f}  agree mean {np.mean(agrees):.3f}"
            f" min {min(agrees):.3f}  delta |mean| {np.mean(np.abs(deltas)):.3f}"
            f" min {min(deltas):+.3f} max {max(deltas):+.3f}"
        )
    return lines


def variant_labels(
    variant: str, x: np.ndarray, n: int, max_topics: int
) -> tuple[list[int], dict[int, float]]:
    """The sub-topics of ``n`` message vectors ``x`` (with their shared terms) by ``variant``."""
    name, _, arg = variant.partition(":")
    value = float(arg) if arg else 0.0
    target = topics.topic_target(n, max_topics)
    lo, hi = target, min(max_topics, target + 1, n - 1)
    dist = cosine_distances(x)
    tree = linkage(squareform(dist, checks=False), method="average")

    def cut(k: int) -> tuple[np.ndarray, float]:
        labels = fcluster(tree, t=k, criterion="maxclust")
        if len(set(labels.tolist())) < 2:
            return labels, -1.0
        return labels, round(silhouette(dist, labels), 4)

    if name == "nowide":
        found = {k: cut(k) for k in range(lo, hi + 1)}
        k = max(found, key=lambda k: (found[k][1], -k))
    elif name == "margin":
        found = {k: cut(k) for k in range(lo, hi + 1)}
        k = lo if found[hi][1] <= found[lo][1] + value else hi
    elif name == "pen":
        root = math.sqrt(n)
        found = {k: cut(k) for k in range(2, min(max_topics, n - 1) + 1)}
        k = max(found, key=lambda k: (round(found[k][1] - value * abs(k - root), 4), -k))
    elif name == "gap":
        # the window's count whose cut sits in the widest gap between merge heights
        heights = [round(float(h), 4) for h in tree[:, 2]]
        found = {k: cut(k) for k in range(lo, hi + 1)}

        def gap(k: int) -> float:
            return round(heights[n - k] - heights[n - k - 1], 4)

        k = max(found, key=lambda k: (gap(k) - (value if k > lo else 0.0), -k))
    elif name == "lone":
        # the window counts the sub-topics of two messages or more, on the messages not alone
        found = {}
        for k in range(2, min(max_topics, n - 1) + 1):
            labels, score = cut(k)
            alone = sum(v == 1 for v in Counter(labels.tolist()).values())
            t = topics.topic_target(n - alone, max_topics)
            if t <= k - alone <= t + 1 - value:
                found[k] = (labels, score)
        if not found:
            found = {k: cut(k) for k in range(lo, hi + 1)}
        k = max(found, key=lambda k: (found[k][1], -k))
    elif name == "consensus":
        labels = _consensus(dist, n, max_topics)
        return [int(v) for v in renumber(labels).tolist()], {}
    elif name == "pca":
        from forum_messages.nlp.base import normalise_rows
        from forum_messages.nlp.cluster import choose_k

        # the theme's main axes only: its messages centred, projected on the first ``arg``
        # principal directions
        centred = np.asarray(x, dtype=np.float64) - np.asarray(x, dtype=np.float64).mean(axis=0)
        _u, _s, vt = np.linalg.svd(centred, full_matrices=False)
        axes = vt[: int(value)]
        axes *= np.where(axes.sum(axis=1, keepdims=True) < 0, -1.0, 1.0)  # signs fixed
        reduced = normalise_rows((centred @ axes.T).astype(np.float32))
        labels, scores = choose_k(reduced, lo, hi)
        return [int(v) for v in labels.tolist()], scores
    elif name == "round":
        # distances rounded to ``arg``: merges nearer than that are ties, broken by position
        coarse = np.round(dist / value) * value
        np.fill_diagonal(coarse, 0.0)
        found = {k: (fcluster(_tree(coarse), t=k, criterion="maxclust"), 0.0) for k in (lo, hi)}
        found = {
            k: (labels, round(silhouette(dist, labels), 4))
            for k, (labels, _) in found.items()
            if len(set(labels.tolist())) > 1
        }
        if not found:
            return [0] * n, {}
        k = max(found, key=lambda k: (found[k][1], -k))
    elif name == "refine":
        from forum_messages.nlp.cluster import choose_k

        labels, scores = choose_k(x, lo, hi)
        return refined(dist, labels.tolist()), scores
    else:
        raise ValueError(variant)
    return [int(v) for v in renumber(found[k][0]).tolist()], {k: v[1] for k, v in found.items()}


def refined(dist: np.ndarray, labels: Sequence[int], sweeps: int = 20) -> list[int]:
    """Each message of a sub-topic of two or more moved, in order, to the sub-topic of two or
    more whose messages are nearest on average when they are nearer than its own others
    (rounded), until none moves: a message's place set by its own distances, not by the
    order average linkage merged in."""
    out = list(labels)
    for _ in range(sweeps):
        moved = False
        for i in range(len(out)):
            members: dict[int, list[int]] = {}
            for j, label in enumerate(out):
                if j != i:
                    members.setdefault(label, []).append(j)
            if len(members.get(out[i], [])) < 1:
                continue  # alone: stays alone
            mean = {
                c: round(float(dist[i, js].mean()), 4)
                for c, js in members.items()
                if len(js) > 1 or c == out[i]
            }
            best = min(mean, key=lambda c: (mean[c], c != out[i], c))
            if best != out[i] and mean[best] < mean[out[i]]:
                out[i], moved = best, True
        if not moved:
            break
    return [int(v) for v in renumber(np.asarray(out)).tolist()]


def _tree(dist: np.ndarray) -> np.ndarray:
    return linkage(squareform(dist, checks=False), method="average")


def _window_cut(dist: np.ndarray, max_topics: int) -> np.ndarray:
    """Average-linkage clusters of a square distance matrix, their count the window's
    (``topic_target`` or one more) with the better silhouette (a tie keeps the smaller)."""
    n = len(dist)
    target = topics.topic_target(n, max_topics)
    if target < 2:
        return np.zeros(n, dtype=np.int64)
    tree = linkage(squareform(dist, checks=False), method="average")
    best, best_score = None, -2.0
    for k in range(target, min(max_topics, target + 1, n - 1) + 1):
        labels = fcluster(tree, t=k, criterion="maxclust")
        if len(set(labels.tolist())) < 2:
            continue
        score = round(silhouette(dist, labels), 4)
        if score > best_score:
            best, best_score = labels, score
    return np.zeros(n, dtype=np.int64) if best is None else np.asarray(best)


def _consensus(dist: np.ndarray, n: int, max_topics: int) -> np.ndarray:
    """Sub-topics agreed over the theme's messages and each leave-one-out set of them: average
    linkage over the share of those runs that part two messages, cut at the runs' median
    count."""
    together = np.zeros((n, n), dtype=np.int64)
    both = np.zeros((n, n), dtype=np.int64)
    counts = []
    for left in range(-1, n):
        keep = np.array([i for i in range(n) if i != left])
        labels = _window_cut(dist[np.ix_(keep, keep)], max_topics)
        counts.append(len(set(labels.tolist())))
        same = labels[:, None] == labels[None, :]
        together[np.ix_(keep, keep)] += same
        both[np.ix_(keep, keep)] += 1
    agree = together / np.maximum(both, 1)
    apart = np.round(1.0 - agree, 6)
    np.fill_diagonal(apart, 0.0)
    k = sorted(counts)[(len(counts) - 1) // 2]
    tree = linkage(squareform(apart, checks=False), method="average")
    return np.asarray(fcluster(tree, t=k, criterion="maxclust"))


VARIANT = [""]


def _run(
    self: topics.SilhouetteTopicFinder,
    centroids: Any,
    texts: Any = None,
    language: str = "en",
    k_range: tuple[int, int] | None = None,
    features: Any = None,
) -> tuple[list[int], dict[int, float]]:
    """``SilhouetteTopicFinder.run``, or the variant ``VARIANT`` names."""
    n = len(centroids)
    if not VARIANT[0] or k_range is not None or texts is None or n < 4:
        return PLAIN_RUN(self, centroids, texts, language, k_range, features)
    name, _, arg = VARIANT[0].partition(":")
    if name == "weight":  # the step as it is, the embedding weighing ``arg``
        weighed = topics.SilhouetteTopicFinder(self.max_topics, self.seed, float(arg))
        return PLAIN_RUN(weighed, centroids, texts, language, k_range)
    x = self.space(centroids, texts, language)
    return variant_labels(VARIANT[0], x, n, self.max_topics)


PLAIN_RUN = topics.SilhouetteTopicFinder.run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--variant", default="")
    args = parser.parse_args()
    if args.variant:
        VARIANT[0] = args.variant
        topics.SilhouetteTopicFinder.run = _run  # type: ignore[method-assign]
    words = cache(topics.message_words)
    topics.message_words = lambda pieces, n=None: words(tuple(pieces), n)  # type: ignore[assignment]
    embedder = memo_for(USEEmbedder())
    for path in args.paths:
        if is_held_out(path):
            continue  # held out: never re-run on them
        print("\n".join(bench_file(path, embedder)), flush=True)


if __name__ == "__main__":
    main()
