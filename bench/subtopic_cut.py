"""Sub-topics per theme as the editor cuts them: our count against the editor's, which of
ours split one of the editor's or merge two, and count or cut rules tried on the same inputs
(docs/quality.md, "Themes, messages and sub-topics, step by step", 37).

    .venv/bin/python bench/subtopic_cut.py [--cache FILE] [--variants a,b] [--loo a,b]
        [--draft] [--no-table] REPORT.yaml...

Each report file is drafted by the real pipeline (multilingual USE, seed 0, as ``evaluate``),
keeping what the sub-topic step of each theme was given (``bench/topic_stability.record``).
The step is then re-run on each theme (``topic_stability.subtopics``: the space with its
shared terms and sessions, the hierarchy) with ``SilhouetteTopicFinder.run`` as it is or as a
variant says, and scored as ``evaluate`` scores it (the ARI of the messages' sub-topics against
their majority point's editor sub-topic, over the file). Printed first, per theme: the
messages, ours, the editor's sub-topics among those messages, how many of ours hold two of the
editor's or more (*merge*), how many of the editor's are spread over two of ours or more
(*split*), our sub-topics of one message, the silhouette of each count, the count whose cut
of the tree agrees best with the editor's sub-topics (the ARI of the theme's messages), and the
median cosine distance between the theme's messages; then the totals and the excess over the
editor's count by the theme's size, lone messages and spread. Then each variant's ARI and
counts per file. The re-run differs from ``evaluate`` where the draft carries sub-topics over
from before the same-point check; ``--draft`` drafts each file again with the variant in the
pipeline and prints ``evaluate``'s own figures.

Variants (each on the step's space, the window ``[t, t + 1]``, ``t = topic_target(n)``):

- ``low``: the window ``[t - 1, t]`` (at least 2);
- ``round``: the window ``[round(sqrt n), round(sqrt n) + 1]``;
- ``parsimony:M``: the smallest count of the window whose silhouette is within ``M`` of the
  window's best;
- ``near:S``: after the cut, the two sub-topics whose messages are nearest on average merged
  while that mean cosine similarity is at least ``S`` and more than two sub-topics are left;
- ``plus:lone`` / ``plus:big``: the window's larger count kept only when the cluster it
  adds parts one message from the rest (``lone``), or only when both parts hold two or more
  (``big``); else the smaller count;
- ``far:D``: the window ``[t, t]`` when the median cosine distance between the theme's
  messages is above ``D`` (messages far apart), else the step's;
- ``clear:C``: a count outside the window when its silhouette is ``C`` higher (the step:
  0.1);
- ``minsize:F``: after the cut, a sub-topic of fewer than ``F`` times the theme's messages
  joins the sub-topic nearest on average (smallest first), the count never below ``t - 1``.

``--loo a,b`` scores each file with the candidate (the step as it is, ``a``, ``b``...) whose
mean ARI over the other files is highest. ``--cache FILE`` keeps the recorded inputs (a
pickle) so the variants can be re-run without drafting again. The held-out report files are
skipped.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import topic_stability as ts
from held_out import readable  # type: ignore[import-not-found]

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


def _kept_whole(labels: Sequence[int], smaller: Sequence[int]) -> set[int]:
    """The clusters of ``labels`` that are whole clusters of ``smaller`` too."""
    whole = set()
    for c in set(labels):
        members = {i for i, v in enumerate(labels) if v == c}
        other = {smaller[i] for i in members}
        if len(other) == 1:
            o = next(iter(other))
            if members == {i for i, v in enumerate(smaller) if v == o}:
                whole.add(c)
    return whole


def variant_labels(variant: str, x: np.ndarray, n: int, max_topics: int) -> list[int]:
    name, _, arg = variant.partition(":")
    value = float(arg) if arg and name != "plus" else 0.0
    t = topics.topic_target(n, max_topics)
    hi_cap = min(max_topics, n - 1)
    dist = cosine_distances(x)
    if name == "low":
        lo, hi = max(2, t - 1), min(t, hi_cap)
    elif name == "round":
        r = max(2, round(math.sqrt(n)))
        lo, hi = r, min(r + 1, hi_cap)
    elif name == "far" and float(np.median(dist[np.triu_indices(n, 1)])) > value:
        lo, hi = t, min(t, hi_cap)
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
    elif name == "plus" and len(set(labels)) == hi == t + 1 and lo == t:
        # the window's larger count kept only when its extra cut parts one message (``lone``)
        # or only when it parts two or more on each side (``big``)
        smaller = cut_tree(dist, t)[0]
        parted = [c for c in set(labels) if c not in _kept_whole(labels, smaller)]
        alone = min(Counter(labels)[c] for c in parted) == 1 if parted else False
        if alone != (arg == "lone"):
            labels = [int(v) for v in renumber(smaller).tolist()]
    elif name == "near":
        labels = _merge_nearest(dist, labels, 2, value)
    elif name == "minsize":
        labels = _absorb_small(dist, labels, value, max(2, t - 1))
    return labels


PLAIN_RUN = topics.SilhouetteTopicFinder.run


@contextmanager
def step(variant: str) -> Iterator[None]:
    """``SilhouetteTopicFinder.run`` replaced by ``variant`` (as it is when empty) inside."""

    def run(
        self: Any,
        centroids: Any,
        texts: Any = None,
        language: str = "en",
        k_range: Any = None,
        features: Any = None,
    ) -> Any:
        n = len(centroids)
        if not variant or k_range is not None or texts is None or n < 4:
            return PLAIN_RUN(self, centroids, texts, language, k_range, features)
        x = self.space(centroids, texts, language)
        return variant_labels(variant, x, n, self.max_topics), {}

    topics.SilhouetteTopicFinder.run = run  # type: ignore[method-assign]
    try:
        yield
    finally:
        topics.SilhouetteTopicFinder.run = PLAIN_RUN  # type: ignore[method-assign]


def rerun(theme: Any, variant: str) -> dict[tuple[int, ...], int]:
    """The theme's sub-topics with the step as it is (``variant`` empty) or the variant."""
    with step(variant):
        return ts.subtopics(theme, theme.groups)


def drafted(paths: Sequence[str], variant: str) -> str:
    """``evaluate``'s sub-topic ARI and counts per file, each drafted with ``variant``."""
    from forum_messages.evaluation.realistic import draft_material, message_subtopics
    from forum_messages.nlp.use import USEEmbedder

    embedder = memo_for(USEEmbedder())
    cells = []
    with step(variant):
        for path in paths:
            material = load_material(path)
            draft = draft_material(material, embedder)
            ours, theirs = message_subtopics(material, draft)
            counts = [len(t.topics) for t in draft.themes]
            cells.append(f"{Path(path).stem} {ari(ours, theirs):.3f} {counts}")
    return f"drafted, {variant or 'as it is'}: " + "  ".join(cells)


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
    """Per theme: our count against the editor's, merges, splits, lone ones, silhouettes, the
    count whose cut of the tree agrees best with the editor (the ARI of the theme's messages),
    the median distance; then what the excess over the editor's count goes with."""
    lines = [
        "file | theme | messages (placed, of another editor theme) | ours (t) | editor's theme"
        " (its sub-topics here) | merge | split | lone (of another theme) | silhouettes"
        " | ARI-best count | median distance"
    ]
    rows: list[tuple[int, int, int, int, int, float, int]] = []
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
            x = ts._finder().space(shaped, texts, theme.language)
            dist = cosine_distances(x)
            med = round(float(np.median(dist[np.triu_indices(n, 1)])), 3)
            cuts = {k: cut_tree(dist, k)[0] for k in range(2, min(7, n - 1) + 1)}
            sil = " ".join(f"{k}:{cut_tree(dist, k)[1]:.3f}" for k in cuts)
            idx = [i for i, e in enumerate(editor) if e is not None]
            fit = {
                k: round(ari([int(c[i]) for i in idx], [str(editor[i]) for i in idx]), 6)
                for k, c in cuts.items()
            }
            best = min(fit, key=lambda k: (-fit[k], k)) if fit else 1
            major = Counter(home[e] for _o, e in placed).most_common(1)[0][0]
            foreign = [(o, e) for o, e in placed if home[e] != major]
            lone = [o for o, c in counts.items() if c == 1]
            lone_foreign = sum(1 for o, e in foreign if o in lone)
            target = topics.topic_target(n)
            rows.append((len(counts), sizes[major], target, best, len(lone), med, n))
            lines.append(
                f"{name} | {t} | {n} ({len(placed)}, {len(foreign)}) | {len(counts)} ({target})"
                f" | {sizes[major]} ({len({e for _o, e in placed if home[e] == major})})"
                f" | {sum(len(v) > 1 for v in ours_of.values())}"
                f" | {sum(len(v) > 1 for v in theirs_of.values())}"
                f" | {len(lone)} ({lone_foreign}) | {sil} | {best} | {med:.3f}"
            )
    return lines + summary(rows)


def summary(rows: Sequence[tuple[int, int, int, int, int, float, int]]) -> list[str]:
    """(ours, editor's, target, ARI-best, lone, median distance, messages) per theme: totals and the
    excess over the editor's count by what it may depend on."""

    def diffs(a: int, b: int) -> str:
        found = Counter(r[a] - r[b] for r in rows)
        return " ".join(f"{d:+d}: {found[d]}" for d in sorted(found))

    out = [
        f"themes {len(rows)}: ours {sum(r[0] for r in rows)}, editor's {sum(r[1] for r in rows)},"
        f" of one message {sum(r[4] for r in rows)}",
        f"ours - editor's: {diffs(0, 1)}",
        f"target - editor's: {diffs(2, 1)}",
        f"ours - target: {diffs(0, 2)}",
        f"ARI-best - editor's: {diffs(3, 1)}",
        f"ours - ARI-best: {diffs(0, 3)}",
    ]
    bands = (
        ("messages", 6, ((0, 9), (9, 12), (12, 99))),
        ("of one message", 4, ((-1, 0), (0, 1), (1, 99))),
        ("median distance", 5, ((0, 0.87), (0.87, 0.9), (0.9, 2))),
    )
    for label, col, edges in bands:
        for lo, hi in edges:
            group = [r for r in rows if lo < r[col] <= hi]
            if group:
                mean = sum(r[0] - r[1] for r in group) / len(group)
                out.append(f"{label} in ({lo}, {hi}]: {len(group)} themes, excess {mean:+.2f}")
    return out


def leave_one_out(files: list[Any], candidates: Sequence[str]) -> str:
    """Each file scored with the candidate (the step as it is first) whose mean ARI over the
    other files is highest (a tie keeps the earlier candidate)."""
    found = {v: scored(files, v) for v in candidates}
    cells = []
    for name, *_rest in files:
        others = [other for other, *_r in files if other != name]

        def mean(v: str, others: list[str] = others) -> float:
            return round(sum(found[v][o][0] for o in others) / len(others), 6)

        pick = min(candidates, key=lambda v: (-mean(v), candidates.index(v)))
        ari_, counts = found[pick][name]
        cells.append(f"{name} {ari_:.3f} {counts} ({pick or 'as it is'})")
    return "leave one file out: " + "  ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--cache")
    parser.add_argument("--variants", default="")
    parser.add_argument("--no-table", action="store_true")
    parser.add_argument("--draft", action="store_true", help="evaluate's figures, re-drafted")
    parser.add_argument("--loo", default="", help="candidate variants, chosen leaving one file out")
    args = parser.parse_args()
    paths = readable(args.paths)
    files = recorded(paths, args.cache)
    if not args.no_table:
        print("\n".join(table(files)), flush=True)
    for variant in [""] + [v for v in args.variants.split(",") if v]:
        result = scored(files, variant)
        cells = "  ".join(f"{n} {a:.3f} {c}" for n, (a, c) in result.items())
        print(f"{variant or 'as it is'}: {cells}", flush=True)
    if args.draft:
        for variant in [""] + [v for v in args.variants.split(",") if v]:
            print(drafted(paths, variant), flush=True)
    if args.loo:
        print(leave_one_out(files, ["", *args.loo.split(",")]), flush=True)


if __name__ == "__main__":
    main()
