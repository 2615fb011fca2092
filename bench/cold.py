"""A cold ``forum-messages draft`` of a synthetic edition, as a user runs it (``make bench``).

Writes the edition as report records once (``bench/synthetic.py``), then runs the command
line in a fresh process ``--runs`` times: process start to exit, imports, reading, model
loading, pipeline and export (md, html, json) included. For each run it prints the wall
time, the CPU time of the process and its threads (user + sys, from ``wait4``), the peak RSS
and the load average before and after; then the median, and whether every run wrote the
same bytes.

    .venv/bin/python bench/cold.py                     # 3,000 statements, 3 runs
    .venv/bin/python bench/cold.py --statements 3000 --runs 5 --threads 1
    git archive HEAD~3 | tar -x -C /tmp/before
    .venv/bin/python bench/cold.py --against /tmp/before/src --threads 1

The machine may be shared: compare CPU times when the load average is high (wall time then
depends on the other work; two encoder threads on two busy cores mostly wait). ``--against``
runs the same draft from another source tree too (``PYTHONPATH``), one run of each in turn,
so that both see the same changes of load. The models' unpacked copies come from a folder of
this interpreter's own, filled before the first timed run (``bench/modelcopies.py``): other
installs on the machine cannot remove them between runs.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_S = 5.0


def _load() -> float:
    return os.getloadavg()[0]


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for name in ("messages.md", "messages.html", "messages.json"):
        h.update((folder / name).read_bytes())
    return h.hexdigest()[:12]


def run_once(
    edition: Path, out: Path, threads: int | None, source: Path | None = None
) -> dict[str, float | str]:
    env = dict(os.environ)
    if threads:
        env["FORUM_MESSAGES_THREADS"] = str(threads)
        env["OPENBLAS_NUM_THREADS"] = str(threads)
    if source is not None:
        env["PYTHONPATH"] = str(source)
    # ``python -m forum_messages``: the installed ``forum-messages`` script names the entry
    # point of the tree it was installed from, which an older tree may not have
    args = [sys.executable, "-m", "forum_messages", "draft", "-e", "igf2025", str(edition)]
    args += ["-o", str(out)]
    before = _load()
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the draft failed:\n{err}")
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss_mb": usage.ru_maxrss / 1024,
        "load": f"{before:.1f}-{_load():.1f}",
        "digest": _digest(out),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--threads", type=int, help="FORUM_MESSAGES_THREADS (and OPENBLAS_NUM_THREADS) for the runs"
    )
    parser.add_argument(
        "--against", type=Path, help="a source tree (its src folder) to run in turn with this one"
    )
    args = parser.parse_args(argv)
    trees: list[tuple[str, Path | None]] = [("this", None)]
    if args.against is not None:
        if not (args.against / "forum_messages").is_dir():
            parser.error(f"--against {args.against}: no forum_messages package in that folder")
        trees.insert(0, ("against", args.against.resolve()))
    sys.path.insert(0, str(HERE))
    from modelcopies import own_cache, warm
    from synthetic import generate_reports, write_jsonl

    print(f"model copies in {own_cache(os.environ)}")
    for _, source in trees:  # written now when missing, not in a timed run
        warm(os.environ, source)

    with tempfile.TemporaryDirectory(prefix="fm-cold-") as tmp:
        edition = Path(tmp) / f"edition-{args.statements}.jsonl"
        write_jsonl(generate_reports(args.statements, 0), edition)
        print(f"cold draft of {args.statements:,} statements ({edition.stat().st_size:,} bytes)")
        print(
            f"{'run':>4} {'tree':>8} {'wall s':>8} {'cpu s':>8} {'rss MB':>8}  load (1 min)  output"
        )
        results: dict[str, list[dict[str, float | str]]] = {name: [] for name, _ in trees}
        for i in range(args.runs):
            for name, source in trees:
                r = run_once(edition, Path(tmp) / f"out-{name}-{i}", args.threads, source)
                results[name].append(r)
                print(
                    f"{i + 1:>4} {name:>8} {r['wall']:>8.2f} {r['cpu']:>8.2f} {r['rss_mb']:>8.0f}  "
                    f"{r['load']:<12}  {r['digest']}"
                )
    for name, runs in results.items():
        wall = statistics.median(float(r["wall"]) for r in runs)
        cpu = statistics.median(float(r["cpu"]) for r in runs)
        verdict = "met" if wall <= TARGET_S else "missed"
        print(
            f"{name}: median {wall:.2f} s wall, {cpu:.2f} s CPU; target {TARGET_S:.0f} s: {verdict}"
        )
    digests = {str(r["digest"]) for runs in results.values() for r in runs}
    same = len(digests) == 1
    print("every run wrote the same bytes" if same else "RUNS DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
