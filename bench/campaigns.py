"""Micro-benchmark of the campaign finder alone (``CampaignFinder.add`` and ``finish``).

Feeds the finder the answers of synthetic consultations from our generator
(``forum_messages.evaluation.consultations.generate``: six languages, ``--shares`` of the
responses copying one of 20 campaign texts, with edits) at each of ``--sizes`` responses,
each size and share in a fresh child process, and prints the finder's time (the answers are
generated outside the timed calls; CPU seconds of the process, as the machine is shared, and
the wall time beside them), its peak memory (the child's peak RSS above what it held
before the first answer), the growth exponent of the time between sizes, and what was found
against what the generator planted:

- planted: campaigns planted, and how many are found whole (every copy in one group);
- precision: of the answers in the groups that hold planted copies, the share that are copies
  of that group's planted campaign; recall: the share of planted copies that are in their
  campaign's group;
- groups: groups of two or more answers (campaigns) in all, their answers, the largest.

    .venv/bin/python bench/campaigns.py                          # 10k,30k,100k,300k x 50%,90%
    .venv/bin/python bench/campaigns.py --sizes 10000 --profile  # where the time goes
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from common import status_kb, write_json

if TYPE_CHECKING:
    from forum_messages.evaluation.consultations import Truth
    from forum_messages.ingest.campaigns import Group

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
DEFAULT_SIZES = (10_000, 30_000, 100_000, 300_000)
DEFAULT_SHARES = (0.5, 0.9)
CAMPAIGNS = 20
#: The printed table: title, width, the cell from one result.
COLUMNS: tuple[tuple[str, int, Callable[[dict[str, Any]], str]], ...] = (
    ("responses", 9, lambda r: f"{r['responses']:,}"),
    ("share", 5, lambda r: f"{r['share']:.0%}"),
    ("answers", 9, lambda r: f"{r['answers']:,}"),
    ("add CPU s", 9, lambda r: f"{r['add_s']:.1f}"),
    ("finish CPU s", 12, lambda r: f"{r['finish_s']:.1f}"),
    ("wall s", 7, lambda r: f"{r['wall_s']:.0f}"),
    ("peak MB", 7, lambda r: f"{r['peak_mb']:,}"),
    ("campaigns", 9, lambda r: f"{r['campaigns']:,}"),
    ("largest", 7, lambda r: f"{r['largest']:,}"),
    ("planted whole", 13, lambda r: f"{r['planted_whole']}/{r['planted']}"),
    ("precision", 9, lambda r: f"{r['precision']:.4f}"),
    ("recall", 6, lambda r: f"{r['recall']:.4f}"),
)


def _rss_mb() -> float:
    return status_kb("VmRSS") / 1024


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(responses: int, share: float, profile: bool = False) -> dict[str, object]:
    """One size and share in this process: the finder's time, memory and findings."""
    from forum_messages.evaluation.consultations import Truth, generate
    from forum_messages.ingest.campaigns import CampaignFinder

    truth = Truth()
    rows = generate(responses, share, CAMPAIGNS, seed=1, truth=truth)
    finder = CampaignFinder()
    base_mb = _rss_mb()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    add_s = 0.0
    answers = 0
    clock = time.process_time
    wall = time.perf_counter()
    for row in rows:
        for column in ("Q1", "Q2"):
            text = row[column]
            if text:
                start = clock()
                finder.add((row["ResponseID"], column), text)
                add_s += clock() - start
                answers += 1
    start = clock()
    groups = finder.finish()
    finish_s = clock() - start
    wall_s = time.perf_counter() - wall
    if profiler is not None:
        import pstats

        profiler.disable()
        stats = pstats.Stats(profiler).sort_stats("tottime")
        stats.print_stats(25)
    result: dict[str, object] = {
        "responses": responses,
        "share": share,
        "answers": answers,
        "add_s": round(add_s, 2),
        "finish_s": round(finish_s, 2),
        "total_s": round(add_s + finish_s, 2),
        "wall_s": round(wall_s, 1),
        "peak_mb": round(_peak_mb() - base_mb),
    }
    result |= findings(groups, truth)
    return result


def findings(groups: list[Group], truth: Truth) -> dict[str, object]:
    """What was found against what the generator planted (see the module doc)."""
    campaign_of = truth.campaign_of
    group_of: dict[str, int] = {}
    for number, group in enumerate(groups):
        for rid, column in group.members:
            if column == "Q1" and rid in campaign_of:
                group_of[rid] = number
    planted: dict[int, Counter[int]] = {}
    for rid, k in campaign_of.items():
        planted.setdefault(k, Counter())[group_of[rid]] += 1
    whole = 0
    in_place = 0
    kept = 0
    held = 0
    for k, where in planted.items():
        number, count = where.most_common(1)[0]
        whole += len(where) == 1
        in_place += count
        members = groups[number].members
        held += len(members)
        kept += sum(1 for rid, col in members if col == "Q1" and campaign_of.get(rid) == k)
    campaigns = [g for g in groups if len(g.members) > 1]
    return {
        "planted": len(planted),
        "planted_whole": whole,
        "precision": round(kept / held, 4) if held else 1.0,
        "recall": round(in_place / len(campaign_of), 4) if campaign_of else 1.0,
        "groups": len(groups),
        "campaigns": len(campaigns),
        "campaign_answers": sum(len(g.members) for g in campaigns),
        "largest": max((len(g.members) for g in campaigns), default=0),
    }


def exponent(points: list[tuple[int, float]]) -> float:
    """The slope of log(time) against log(size), least squares."""
    xs = [math.log(n) for n, _t in points]
    ys = [math.log(max(t, 1e-6)) for _n, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--shares", default=",".join(map(str, DEFAULT_SHARES)))
    parser.add_argument("--profile", action="store_true", help="cProfile, in this process")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    shares = [float(s) for s in args.shares.split(",")]
    if args.one or args.profile:
        for size in sizes:
            for share in shares:
                print(json.dumps(run_one(size, share, args.profile)), flush=True)
        return 0
    results: list[dict[str, Any]] = []
    print(" ".join(f"{title:>{width}}" for title, width, _f in COLUMNS), flush=True)
    for share in shares:
        for size in sizes:
            child = subprocess.run(
                [sys.executable, __file__, "--one", "--sizes", str(size), "--shares", str(share)],
                check=True,
                capture_output=True,
                text=True,
            )
            r = json.loads(child.stdout.strip().splitlines()[-1])
            results.append(r)
            print(" ".join(f"{fmt(r):>{width}}" for _t, width, fmt in COLUMNS), flush=True)
        points = [(int(r["responses"]), float(r["total_s"])) for r in results[-len(sizes) :]]
        if len(points) > 1:
            steps = ", ".join(
                f"{a:,}->{b:,}: {math.log(tb / ta) / math.log(b / a):.2f}"
                for (a, ta), (b, tb) in itertools.pairwise(points)
            )
            print(
                f"  growth exponent of the CPU time, {share:.0%}: {exponent(points):.2f} ({steps})"
            )
    write_json(OUT / "campaigns.json", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
