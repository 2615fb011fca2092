"""Sub-topics per theme as the editor cuts them: our count against the editor's, which of
ours split one of the editor's or merge two, and count or cut rules tried on the same inputs
(docs/quality.md, "Themes, messages and sub-topics, step by step", 37).

    .venv/bin/python bench/subtopic_cut.py [--cache FILE] [--variants a,b] REPORT.yaml...

Each report file is drafted by the real pipeline (multilingual USE, seed 0, as ``evaluate``),
keeping what the sub-topic step of each theme was given (``bench/topic_stability.record``).
The step is then re-run on each theme (``topic_stability.subtopics``: the space with its
shared terms and sessions, the hierarchy) with ``SilhouetteTopicFinder.run`` as it is or as a
variant says, and scored as ``evaluate`` scores it (the ARI of the messages' sub-topics against
their majority point's editor sub-topic, over the file). Printed first, per theme: the
messages, ours, the editor's sub-topics among those messages, how many of ours hold two of the
editor's or more (*merge*), how many of the editor's are spread over two of ours or more
(*split*), our sub-topics of one message, the silhouette of each count, and the median cosine
distance between the theme's messages. Then each variant's ARI and counts per file.

Variants (each on the step's space, the window ``[t, t + 1]``, ``t = topic_target(n)``):

- ``low``: the window ``[t - 1, t]`` (at least 2);
- ``round``: the window ``[round(sqrt n), round(sqrt n) + 1]``;
- ``parsimony:M``: the smallest count of the window whose silhouette is within ``M`` of the
  window's best;
- ``near:S``: after the cut, the two sub-topics whose messages are nearest on average merged
  while that mean cosine similarity is at least ``S`` and more than two sub-topics are left;
- ``clear:C``: a count outside the window when its silhouette is ``C`` higher (the step:
  0.1);
- ``minsize:F``: after the cut, a sub-topic of fewer than ``F`` times the theme's messages
  (and of one message at least... two at most) joins the sub-topic nearest on average, the
  count never below ``t - 1``.

``--cache FILE`` keeps the recorded inputs (a pickle) so the variants can be re-run without
drafting again. The held-out report files are skipped.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import topic_stability as ts

from forum_messages.evaluation.material import load_material
from forum_messages.evaluation.metrics import ari
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.cluster import (
    choose_k,
    cosine_distances,
    renumber,
    silhouette,
)
from forum_messages.nlp.hclust import fcluster, linkage, squareform
from forum_messages.synth import topics

HELD_OUT = ("global-tracks", "samarkand", "cartagena")


def recorded(paths: Sequence[str], cache: str | None) -> list[Any]:
    """(file, its themes' inputs, each theme's editor sub-topic of every message, the editor's
    theme of each sub-topic, the editor's count of sub-topics per theme) per file."""
    if cache and Path(cache).exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    from forum_messages.nlp.use import USEEmbedder

    embedder = memo_for(USEEmbedder())
    out = []
    for path in paths:
        material = load_material(path)
        _draft, themes = ts.record(material, embedder)
        editors = []
        for theme in themes:
            of = ts.editor_of(material, theme)
            editors.append([of(tuple(g)) for g in theme.groups])
        home = {sub: theme for theme, subs in material.subtopics.items() for sub in subs}
        sizes = {theme: len(subs) for theme, subs in material.subtopics.items()}
        out.append((Path(path).stem, themes, editors, home, sizes))
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(out, fh)
    return out


def cut_tree(dist: np.ndarray, k: int) -> tuple[np.ndarray, float]:
    tree = linkage(squareform(dist, checks=False), method="average")
    labels = fcluster(tree, t=k, criterion="maxclust")
    if len(set(labels.tolist())) < 2:
        return labels, -1.0
    return labels, round(silhouette(dist, labels), 6)


def _merge_nearest(dist: np.ndarray, labels: list[int], keep: int, floor: float) -> list[int]:
    """Merge the two sub-topics nearest on average (mean cosine similarity at least
    ``floor``) until ``keep`` are left or none is near enough; ties by order."""
    out = list(labels)
    while len(set(out)) > keep:
        names = sorted(set(out))
        best: tuple[float, int, int] | None = None
        for a_i, a in enumerate(names):
            for b in names[a_i + 1 :]:
                ia = [i for i, v in enumerate(out) if v == a]
                ib = [i for i, v in enumerate(out) if v == b]
                sim = round(1.0 - float(dist[np.ix_(ia, ib)].mean()), 6)
                if best is None or sim > best[0]:
                    best = (sim, a, b)
        if best is None or best[0] < floor:
            break
        out = [best[1] if v == best[2] else v for v in out]
    return [int(v) for v in renumber(np.asarray(out)).tolist()]


def _absorb_small(dist: np.ndarray, labels: list[int], share: float, keep: int) -> list[int]:
    """Sub-topics of fewer than ``share`` of the messages, smallest first, join the sub-topic
    nearest on average, while more than ``keep`` are left."""
    out = list(labels)
    n = len(out)
    while len(set(out)) > keep:
        sizes = Counter(out)
        small = [c for c in sorted(sizes, key=lambda c: (sizes[c], c)) if sizes[c] < share * n]
        if not small:
            break
        c = small[0]
        ic = [i for i, v in enumerate(out) if v == c]
        others = sorted(set(out) - {c})
        mean = {
            o: round(float(dist[np.ix_(ic, [i for i, v in enumerate(out) if v == o])].mean()), 6)
            for o in others
        }
        to = min(others, key=lambda o: (mean[o], o))
        out = [to if v == c else v for v in out]
    return [int(v) for v in renumber(np.asarray(out)).tolist()]


def window(
    x: np.ndarray, lo: int, hi: int, max_topics: int, clear: float = topics.CLEAR
) -> tuple[np.ndarray, dict]:
    """``SilhouetteTopicFinder.run``'s choice with the window ``[lo, hi]``: the best
    silhouette in it, a count from 2 to ``max_topics`` outside it only when its silhouette is
    ``topics.CLEAR`` higher."""
    n = len(x)
    labels, scores = choose_k(x, lo, hi)
    wide_max = min(max_topics, n - 1)
    if scores and (lo > 2 or hi < wide_max):
        wide, wide_scores = choose_k(x, 2, wide_max)
        if max(wide_scores.values()) > max(scores.values()) + clear:
            return wide, wide_scores
    return labels, scores


def variant_labels(variant: str, x: np.ndarray, n: int, max_topics: int) -> list[int]:
    name, _, arg = variant.partition(":")
    value = float(arg) if arg else 0.0
    t = topics.topic_target(n, max_topics)
    hi_cap = min(max_topics, n - 1)
    dist = cosine_distances(x)
    if name == "low":
        lo, hi = max(2, t - 1), min(t, hi_cap)
    elif name == "round":
        r = max(2, round(math.sqrt(n)))
        lo, hi = r, min(r + 1, hi_cap)
    else:
        lo, hi = t, min(t + 1, hi_cap)
    clear = value if name == "clear" else topics.CLEAR
    found, scores = window(x, lo, hi, max_topics, clear)
    labels = [int(v) for v in renumber(found).tolist()]
    if name == "parsimony" and scores:
        best_score = max(scores.values())
        k = min(k for k, s in scores.items() if s >= round(best_score - value, 6))
        if k != len(set(labels)):
            labels = [int(v) for v in renumber(cut_tree(dist, k)[0]).tolist()]
    elif name == "near":
        labels = _merge_nearest(dist, labels, 2, value)
    elif name == "minsize":
        labels = _absorb_small(dist, labels, value, max(2, t - 1))
    return labels


def rerun(theme: Any, variant: str) -> dict[tuple[int, ...], int]:
    """The theme's sub-topics with the step as it is (``variant`` empty) or the variant."""
    if not variant:
        return ts.subtopics(theme, theme.groups)
    plain = topics.SilhouetteTopicFinder.run

    def run(self: Any, centroids: Any, texts: Any = None, language: str = "en", k_range=None):
        n = len(centroids)
        if k_range is not None or texts is None or n < 4:
            return plain(self, centroids, texts, language, k_range)
        x = self.space(centroids, texts, language)
        return variant_labels(variant, x, n, self.max_topics), {}

    topics.SilhouetteTopicFinder.run = run  # type: ignore[method-assign]
    try:
        return ts.subtopics(theme, theme.groups)
    finally:
        topics.SilhouetteTopicFinder.run = plain  # type: ignore[method-assign]


def scored(files: list[Any], variant: str) -> dict[str, Any]:
    """Per file: the ARI of the messages' sub-topics and the count per theme."""
    out = {}
    for name, themes, editors, _home, _sizes in files:
        ours: list[str] = []
        theirs: list[str] = []
        counts = []
        for t, (theme, editor) in enumerate(zip(themes, editors, strict=True)):
            found = rerun(theme, variant)
            counts.append(len(set(found.values())))
            for g, e in zip(theme.groups, editor, strict=True):
                if e is not None:
                    ours.append(f"{t}/{found[tuple(g)]}")
                    theirs.append(e)
        out[name] = (round(ari(ours, theirs), 3), counts)
    return out


def table(files: list[Any]) -> list[str]:
    """Per theme: our count against the editor's, merges, splits, lone ones, silhouettes."""
    lines = [
        "file | theme | messages (placed, of another editor theme) | ours | editor's theme"
        " (its sub-topics here) | merge | split | lone (of another theme) | silhouettes"
        " | median distance"
    ]
    for name, themes, editors, home, sizes in files:
        for t, (theme, editor) in enumerate(zip(themes, editors, strict=True)):
            found = ts.subtopics(theme, theme.groups)
            placed = [(found[tuple(g)], e) for g, e in zip(theme.groups, editor, strict=True)]
            placed = [(o, e) for o, e in placed if e is not None]
            ours_of: dict[int, set[str]] = {}
            theirs_of: dict[str, set[int]] = {}
            for o, e in placed:
                ours_of.setdefault(o, set()).add(e)
                theirs_of.setdefault(e, set()).add(o)
            counts = Counter(found.values())
            shaped, texts = ts._inputs(theme, theme.groups)
            n = len(theme.groups)
            sil = ""
            med = float("nan")
            if n >= 4:
                finder = ts._finder()
                x = finder.space(shaped, texts, theme.language)
                dist = cosine_distances(x)
                med = float(np.median(dist[np.triu_indices(n, 1)]))
                sil = " ".join(
                    f"{k}:{cut_tree(dist, k)[1]:.3f}" for k in range(2, min(7, n - 1) + 1)
                )
            major = Counter(home[e] for _o, e in placed).most_common(1)[0][0]
            foreign = [(o, e) for o, e in placed if home[e] != major]
            lone = [o for o, c in counts.items() if c == 1]
            lone_foreign = sum(1 for o, e in foreign if o in lone)
            lines.append(
                f"{name} | {t} | {n} ({len(placed)}, {len(foreign)}) | {len(counts)}"
                f" | {sizes[major]} ({len({e for _o, e in placed if home[e] == major})})"
                f" | {sum(len(v) > 1 for v in ours_of.values())}"
                f" | {sum(len(v) > 1 for v in theirs_of.values())}"
                f" | {len(lone)} ({lone_foreign}) | {sil} | {med:.3f}"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--cache")
    parser.add_argument("--variants", default="")
    parser.add_argument("--no-table", action="store_true")
    args = parser.parse_args()
    paths = [p for p in args.paths if not any(h in p for h in HELD_OUT)]
    files = recorded(paths, args.cache)
    if not args.no_table:
        print("\n".join(table(files)), flush=True)
    for variant in [""] + [v for v in args.variants.split(",") if v]:
        result = scored(files, variant)
        cells = "  ".join(f"{n} {a:.3f} {c}" for n, (a, c) in result.items())
        print(f"{variant or 'as it is'}: {cells}", flush=True)


if __name__ == "__main__":
    main()
