"""Benchmark of the message groups' cut of a large theme, with and without its copies found.

Reads a consultation draft's ``messages.json`` (``bench/scale.py`` writes one), embeds the
statements' texts with the real encoder (each distinct text once, its vector given to every
statement that says it, as the draft does), and for each theme of more than ``MAX_EXACT``
statements times, in this one process (CPU seconds), ``threshold_groups`` over the theme's
vectors as the draft calls it (``message_distance``, seed 0): once over every row, as before
(k-means over every statement, the rows found twice not looked for), once over its distinct
rows weighed by their copies (``nlp/cluster.py``). Prints each theme's rows, distinct rows,
groups and CPU seconds both ways, and how far the two sets of groups agree (adjusted Rand
index over the statements).

    .venv/bin/python bench/copies_cut.py bench/out/scale-100000-50-dask/messages.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("draft", type=Path, help="a draft's messages.json")
    parser.add_argument("--distance", type=float, default=0.6, help="message_distance")
    args = parser.parse_args(argv)

    from sklearn.cluster import MiniBatchKMeans  # imported before timing
    from sklearn.metrics import adjusted_rand_score

    from forum_messages.engine.vectors import distinct_rows as found_rows
    from forum_messages.nlp import cluster
    from forum_messages.nlp.use import USEEmbedder
    from forum_messages.synth.reading import embed_all

    doc = json.loads(args.draft.read_text(encoding="utf-8"))
    by_theme: dict[str, list[str]] = {}
    for st in doc["statements"]:
        if st.get("theme"):
            by_theme.setdefault(st["theme"], []).append(st["text"])
    del doc
    del MiniBatchKMeans
    embedder = USEEmbedder()
    embedder.load()
    rows: list[dict[str, object]] = []
    for theme, texts in sorted(by_theme.items()):
        if len(texts) <= cluster.MAX_EXACT:
            continue
        x = np.asarray(embed_all(texts, embedder, lambda stage, done, total: None))
        found = cluster.distinct_rows(x)
        row: dict[str, object] = {"theme": theme, "rows": len(x)}
        row["distinct_rows"] = len(x) if found is None else len(found[0])
        labels = {}
        for way in ("every_row", "distinct_rows"):
            if way == "every_row":  # as before: no row looked for twice
                cluster.distinct_rows = lambda x: None  # type: ignore[assignment]
            start = time.process_time()
            labels[way] = cluster.threshold_groups(x, args.distance, seed=0)
            row[f"{way}_cpu_s"] = round(time.process_time() - start, 2)
            row[f"{way}_groups"] = len(set(labels[way].tolist()))
            cluster.distinct_rows = found_rows  # type: ignore[assignment]
        row["agreement_ari"] = round(
            float(adjusted_rand_score(labels["every_row"], labels["distinct_rows"])), 4
        )
        rows.append(row)
        print(json.dumps(row), flush=True)
    for way in ("every_row", "distinct_rows"):
        total = sum(float(r[f"{way}_cpu_s"]) for r in rows)  # type: ignore[arg-type]
        print(f"{way}: {total:.1f} s of CPU over {len(rows)} themes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
