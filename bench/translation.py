"""Benchmark of the translation tools (``make bench``): translation memory lookups, XLIFF and
PO files, and the per-segment checks, on texts of the synthetic editions.

    .venv/bin/python bench/translation.py            # memory of 10,000 and 50,000 pairs
    .venv/bin/python bench/translation.py --quick    # 10,000 only

Memory: the sources are statements of a synthetic edition (six languages, the sample's
vocabulary); the queries are other statements with one word changed (a close match should
be found) and statements not in the memory. Files and checks: 6,000 units, the size of the
draft of a 100,000-statement edition (about 6,100 messages).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate_reports

from forum_messages.translation.exchange import read_po, read_xliff, write_po, write_xliff
from forum_messages.translation.memory import Memory
from forum_messages.translation.segments import REVIEWED, Translation, Unit
from forum_messages.translation.unitchecks import check_units


def texts(n: int, seed: int) -> list[str]:
    out: list[str] = []
    for rec in generate_reports(n, seed=seed):
        for key in ("key_takeaways", "calls_to_action", "messages"):
            out += [str(t) for t in rec.get(key, ())]
    return list(dict.fromkeys(out))[:n]


def edited(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) < 6:
        return text + " too"
    i = rng.randrange(1, len(words) - 1)
    words[i] = "significantly"
    return " ".join(words)


def bench_memory(size: int, rng: random.Random) -> dict[str, float]:
    pool = texts(size + 1000, seed=size)
    sources, others = pool[:size], pool[size:]
    mem = Memory("en", "fr")
    t = time.perf_counter()
    for s in sources:
        mem.add(s, "[fr] " + s)
    build = time.perf_counter() - t
    queries = [edited(rng.choice(sources), rng) for _ in range(500)] + others[:500]
    t = time.perf_counter()
    found = [mem.lookup(q) for q in queries]
    look = time.perf_counter() - t
    close = sum(1 for f in found[:500] if f)
    return {
        "pairs": len(mem),
        "build_s": build,
        "lookups": len(queries),
        "lookup_ms": look / len(queries) * 1000,
        "close_found": close / 500,
        "unrelated_matched": sum(1 for f in found[500:] if f) / max(1, len(found) - 500),
    }


def bench_files(n: int) -> dict[str, float]:
    sources = texts(n, seed=7)
    units = tuple(
        Unit(f"message/m-{i:05d}", s, "[fr] " + s, REVIEWED) for i, s in enumerate(sources)
    )
    t_ = Translation("en", "fr", units, ("Traduit par des bénévoles",))
    out: dict[str, float] = {"units": len(units)}
    for name, write, read in (("xliff", write_xliff, read_xliff), ("po", write_po, read_po)):
        t = time.perf_counter()
        data = write(t_)
        out[f"{name}_write_s"] = time.perf_counter() - t
        t = time.perf_counter()
        back = read(data)
        out[f"{name}_read_s"] = time.perf_counter() - t
        out[f"{name}_mb"] = len(data.encode("utf-8")) / 1e6
        assert back == t_, f"{name} round trip lost something"
    t = time.perf_counter()
    check_units(t_)
    out["checks_s"] = time.perf_counter() - t
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Benchmark the translation tools.")
    p.add_argument("--quick", action="store_true", help="a memory of 10,000 pairs only")
    args = p.parse_args(argv)
    rng = random.Random(0)
    print("translation memory: 500 statements with one word changed, 500 not in the memory")
    print(f"{'pairs':>8} {'build s':>8} {'ms/lookup':>10} {'close found':>12} {'others >=75%':>14}")
    for size in (10_000,) if args.quick else (10_000, 50_000):
        r = bench_memory(size, rng)
        print(
            f"{r['pairs']:>8,} {r['build_s']:>8.2f} {r['lookup_ms']:>10.2f} "
            f"{r['close_found']:>12.0%} {r['unrelated_matched']:>14.0%}"
        )
    f = bench_files(6000)
    print(f"\nfiles and checks, {f['units']:,.0f} units")
    for name in ("xliff", "po"):
        print(
            f"  {name:5} write {f[name + '_write_s']:.2f} s, read {f[name + '_read_s']:.2f} s, "
            f"{f[name + '_mb']:.1f} MB, round trip identical"
        )
    print(f"  check_units {f['checks_s']:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
