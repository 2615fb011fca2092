"""Benchmark of one-piece weighted average linkage of a theme's distinct rows.

For each size, in a fresh process: that many distinct unit vectors (512 values, drawn around
20 centres that share a common part, so that every row is joined to the others within
``--distance`` in one connected part: the worst case, the square matrix of all of them),
each weighing 1 to 6 copies, linked in one piece as ``threshold_groups`` does for a set of
at most ``MAX_LINKED`` distinct rows (``nlp/cluster.py`` ``_weighted_piece``). Prints the
CPU seconds (user + system) of the linkage, the process's peak RSS and the groups.

    .venv/bin/python bench/linked_piece.py --sizes 5000 8000 11000 15000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys


def one(size: int, distance: float) -> dict[str, object]:
    import numpy as np

    from forum_messages.nlp.base import normalise_rows
    from forum_messages.nlp.cluster import _weighted_piece

    rng = np.random.default_rng(size)
    centres = rng.normal(size=(20, 512)) + 2.0 * rng.normal(size=512)
    rows = centres[rng.integers(0, 20, size=size)] + 1.2 * rng.normal(size=(size, 512))
    x = normalise_rows(rows).astype(np.float32)
    weights = rng.integers(1, 7, size=size).astype(np.int64)
    before = resource.getrusage(resource.RUSAGE_SELF)
    heads = _weighted_piece(x, weights, distance)
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "distinct_rows": size,
        "points": int(weights.sum()),
        "cpu_s": round(cpu, 2),
        "peak_rss_mb": round(after.ru_maxrss / 1024),
        "groups": len(set(heads.tolist())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 8000, 11000, 15000])
    parser.add_argument("--distance", type=float, default=0.6, help="message_distance")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.distance)), flush=True)
        return 0
    for size in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(size), "--distance", str(args.distance)]
        subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
