"""Benchmark of the message groups' cut of a large theme: k-means partitions or one piece.

Reads a consultation draft's ``messages.json`` (``bench/scale.py`` writes one), embeds the
statements' points with the real encoder as the draft does (each statement's kind read in its
language, the point of it embedded: ``synth/stream.py``'s ``point``, so two texts differing
only in what the point leaves out, such as a response's number in brackets, are one vector;
each distinct point once, its vector given to every statement that says it), and for each
theme of more than ``MAX_EXACT``
statements runs, in this one process (CPU seconds, user + system), ``threshold_groups`` over
the theme's vectors as the draft calls it (``message_distance``, seed 0) two ways:

- ``k_means``: the k-means cut over every statement, then the linkage of micro-clusters (the
  way of every theme of more than ``MAX_EXACT`` statements before ``MAX_LINKED``);
- ``now``: as the draft does now (one piece over the distinct vectors, each weighing its
  copies, when they are at most ``MAX_LINKED``, or ``--linked``; else the k-means cut as
  above).

Then, for a theme of at most ``--reference-max`` distinct vectors, the reference: average
linkage over the whole theme in one piece (over the distinct vectors weighed by their copies:
the groups of average linkage over every statement), and how far each way's groups agree
with it (adjusted Rand index over the statements). Prints a JSON line a theme.

    .venv/bin/python bench/copies_cut.py bench/out/scale-100000-50-dask/messages.json
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path

import numpy as np


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("draft", type=Path, help="a draft's messages.json")
    parser.add_argument("--distance", type=float, default=0.6, help="message_distance")
    parser.add_argument("--reference-max", type=int, default=16384)
    parser.add_argument("--linked", type=int, default=None, help="MAX_LINKED for ``now``")
    args = parser.parse_args(argv)

    from sklearn.cluster import MiniBatchKMeans  # imported before timing
    from sklearn.metrics import adjusted_rand_score

    from forum_messages.engine.vectors import distinct_rows
    from forum_messages.nlp import cluster, microlink
    from forum_messages.nlp.segment import strip_numbering
    from forum_messages.nlp.use import USEEmbedder
    from forum_messages.synth.kinds import classify
    from forum_messages.synth.reading import embed_all

    points: dict[tuple[str, str], str] = {}

    def point(text: str, lang: str) -> str:  # as ``synth/stream.py``'s ``point``
        said = points.get((text, lang))
        if said is None:
            bare = strip_numbering(text)
            kind = classify(bare, lang)
            said = points[text, lang] = kind.point if kind.kind != "descriptive" else bare
        return said

    doc = json.loads(args.draft.read_text(encoding="utf-8"))
    by_theme: dict[str, list[str]] = {}
    for st in doc["statements"]:
        if st.get("theme"):
            by_theme.setdefault(st["theme"], []).append(point(st["text"], st["language"]))
    del doc
    points.clear()
    del MiniBatchKMeans
    embedder = USEEmbedder()
    embedder.load()
    linked = cluster.MAX_LINKED if args.linked is None else args.linked
    for theme, texts in sorted(by_theme.items()):
        if len(texts) <= cluster.MAX_EXACT:
            continue
        x = np.asarray(embed_all(texts, embedder, lambda stage, done, total: None))
        found = distinct_rows(x)
        firsts, of_row = found if found is not None else (np.arange(len(x)), np.arange(len(x)))
        row: dict[str, object] = {"theme": theme, "rows": len(x), "distinct_rows": len(firsts)}
        labels = {}
        for way, bound in (("k_means", 0), ("now", linked)):
            cluster.MAX_LINKED = bound
            start = _cpu()
            labels[way] = cluster.threshold_groups(x, args.distance, seed=0)
            row[f"{way}_cpu_s"] = round(_cpu() - start, 2)
            row[f"{way}_groups"] = len(set(labels[way].tolist()))
        if len(firsts) <= args.reference_max:
            weights = np.bincount(of_row, minlength=len(firsts))
            start = _cpu()
            heads = microlink.link_micro(
                x[firsts].astype(np.float64), weights, args.distance, dense=len(firsts)
            )
            row["reference_cpu_s"] = round(_cpu() - start, 2)
            reference = cluster.renumber(heads[of_row])
            row["reference_groups"] = len(set(reference.tolist()))
            for way in ("k_means", "now"):
                ari = adjusted_rand_score(reference, labels[way])
                row[f"{way}_ari_to_reference"] = round(float(ari), 4)
        print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
