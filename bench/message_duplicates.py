"""Messages of a theme that average linkage would have joined: the cost of clustering a
large theme in pieces.

Writes (or reuses) the scale benchmark's consultation export (``bench/scale.py``), drafts it
in this process exactly as ``forum-messages draft`` does, and records what the message
grouping of each theme decided on: the vectors it clustered and the groups it made. Then, in
each theme, counts the groups whose nearest other group lies within the grouping's distance
threshold: the average cosine distance between their statements (what average linkage joins
on, computed from the groups' mean vectors and rounded as the grouping rounds) at most
``max_distance``. Exact average linkage over the whole theme leaves no such pair; clustering
separate k-means partitions leaves one wherever the same point was split between them.
Counted twice: over the clusters as the linkage cut them, and over the kept messages (after
single-session groups are set aside and lone statements attached).

    .venv/bin/python bench/message_duplicates.py --size 30000 --texts sample
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from common import write_json

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scale import COLUMNS, OUT, _export  # noqa: E402

from forum_messages import cli  # noqa: E402
from forum_messages.nlp.decide import decision_scores  # noqa: E402
from forum_messages.synth import grouping  # noqa: E402


def near_pairs(x: np.ndarray, groups: list[list[int]], max_distance: float) -> int:
    """How many of ``groups`` have another group at most ``max_distance`` away (average
    cosine distance between their rows, rounded as the clustering rounds it)."""
    if len(groups) < 2:
        return 0
    means = np.stack([np.asarray(x[g], dtype=np.float64).mean(axis=0) for g in groups])
    dist = 1.0 - decision_scores(means, means)
    np.fill_diagonal(dist, np.inf)
    return int(np.sum(dist.min(axis=1) <= max_distance))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=30000)
    parser.add_argument("--share", type=float, default=0.5)
    parser.add_argument("--campaigns", type=int, default=20)
    parser.add_argument("--texts", choices=["bank", "sample"], default="sample")
    parser.add_argument("--tag", default="", help="added to the output names")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    export = _export(args.size, args.share, args.campaigns, args.texts)
    themes: list[dict[str, Any]] = []
    run = grouping.ThresholdGrouper.run
    cut = grouping.threshold_groups

    def recording_cut(x: Any, *a: Any, **k: Any) -> Any:
        labels = cut(x, *a, **k)
        themes.append({"x": np.asarray(x), "labels": labels})
        return labels

    def recording_run(self: grouping.ThresholdGrouper, x: Any, *a: Any, **k: Any) -> Any:
        start = time.perf_counter()
        out = run(self, x, *a, **k)
        record = themes[-1] if themes and "groups" not in themes[-1] else {}
        record |= {"groups": out.groups, "seconds": time.perf_counter() - start}
        record["max_distance"] = self.max_distance
        return out

    grouping.threshold_groups = recording_cut  # type: ignore[assignment]
    grouping.ThresholdGrouper.run = recording_run  # type: ignore[method-assign]
    out = OUT / f"duplicates-{args.size}-{int(args.share * 100)}-{args.texts}{args.tag}"
    start = time.perf_counter()
    draft = ["draft", str(export), "-e", "igf2025", "-o", str(out), "--columns", COLUMNS]
    code = cli.main([*draft, "--format", "json"])
    wall = time.perf_counter() - start
    if code:
        return code
    rows = []
    for t in themes:
        if "groups" not in t:
            continue
        labels = t["labels"].tolist()
        clusters: dict[int, list[int]] = {}
        for i, lab in enumerate(labels):
            clusters.setdefault(lab, []).append(i)
        rows.append(
            {
                "statements": len(labels),
                "clusters": len(clusters),
                "clusters_near": near_pairs(t["x"], list(clusters.values()), t["max_distance"]),
                "messages": len(t["groups"]),
                "messages_near": near_pairs(t["x"], t["groups"], t["max_distance"]),
                "grouping_s": round(t["seconds"], 1),
            }
        )
    summary = {
        "responses": args.size,
        "texts": args.texts,
        "themes": rows,
        "messages": sum(r["messages"] for r in rows),
        "messages_near": sum(r["messages_near"] for r in rows),
        "clusters": sum(r["clusters"] for r in rows),
        "clusters_near": sum(r["clusters_near"] for r in rows),
        "grouping_s": round(sum(r["grouping_s"] for r in rows), 1),
        "wall_s": round(wall, 1),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(summary))
    write_json(OUT / f"{out.name}.json", summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
