"""Benchmark of whole consultation drafts at growing sizes, on either engine.

For each size: writes a synthetic consultation export with our generator (six languages,
``--share`` of the responses in ``--campaigns`` campaigns with edits), runs ``forum-messages
draft`` on it in a child process (``--engine``, ``--workers``) while sampling the memory of
every process of the run (the driver and each Dask worker, every 0.2 s), then measures the
embedding floor: the time one process takes to embed the draft's statements (each one, as
before a text there twice was embedded once) and its distinct texts (what the draft embeds),
each extrapolated from an evenly spaced sample of ``--floor-sample`` of them. Wall and CPU time
are both recorded (CPU per role: the driver, the workers), since on a shared machine the wall
time mostly measures the other work. Prints each run and the growth exponents of wall and
CPU time (least squares over log sizes), and writes bench/out/scale.json.

    .venv/bin/python bench/scale.py --sizes 10000,30000,100000 --share 0.5 --engine dask
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
from common import write_json

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
ROLES = ("driver", "worker", "other")
COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"


def _export(n: int, share: float, campaigns: int, texts: str) -> Path:
    from forum_messages.evaluation.consultations import generate, write_csv

    tag = "" if texts == "bank" else f"-{texts}"
    path = OUT / f"consultation-{n}-{int(share * 100)}-{campaigns}{tag}.csv"
    if not path.exists():
        rows = generate(n, share, campaigns, seed=1)
        write_csv(path, rows if texts == "bank" else _sample_texts(rows))
    return path


def _sample_texts(rows: Iterator[dict[str, str]]) -> Iterator[dict[str, str]]:
    """The rows with the answers of responses outside campaigns written by the synthetic
    edition's generator (``bench/synthetic.py``: clauses of the bundled sample statements
    recombined, in six languages) instead of the consultation generator's phrase bank, whose
    few subjects, actions and objects make few distinct points."""
    sys.path.insert(0, str(HERE))
    from synthetic import Generator, bench_edition, load_pools

    writer = Generator(1, bench_edition(), load_pools())
    for row in rows:
        lang = writer._language()
        if row["Q1"].endswith(")"):  # outside campaigns: "... (row number)"
            row["Q1"] = writer.statement(lang, "kt", None)
        if row["Q2"]:
            row["Q2"] = writer.statement(lang, "cta", None)
        yield row


def _role(proc: psutil.Process) -> str:
    try:
        cmd = " ".join(proc.cmdline())
    except psutil.Error:
        return "other"
    if "forum-messages" in cmd and " draft " in cmd:
        return "driver"
    return "worker" if "spawn_main" in cmd else "other"


def _run(cmd: list[str], log: Path) -> dict[str, object]:
    """Wall time, CPU of the machine's other work, and each process's peak RSS; the run's
    output (its stages, with their times) goes to ``log``."""
    start = time.perf_counter()
    cpu_before = psutil.cpu_times()
    with log.open("w", encoding="utf-8") as sink:
        child = psutil.Popen(cmd, stdout=sink, stderr=subprocess.STDOUT, text=True)
        return _watch(child, start, cpu_before, log)


def _watch(child: psutil.Popen, start: float, cpu_before: Any, log: Path) -> dict[str, object]:
    peaks: dict[int, tuple[str, float]] = {}
    # each process's peak of its anonymous memory (RSS less the pages of files mapped into
    # it, such as the vectors file, which the kernel can drop and read again)
    anon: dict[int, float] = {}
    cpu: dict[int, float] = {}  # each process's CPU seconds, as last seen
    loads: list[float] = []  # the machine's 1-minute load average, every 0.2 s
    while child.poll() is None:
        loads.append(os.getloadavg()[0])
        try:
            procs = [child, *child.children(recursive=True)]
        except psutil.Error:
            procs = [child]
        for proc in procs:
            try:
                with proc.oneshot():
                    memory = proc.memory_info()
                    times = proc.cpu_times()
            except psutil.Error:
                continue
            rss = memory.rss / 1e6
            role, peak = peaks.get(proc.pid, (_role(proc), 0.0))
            peaks[proc.pid] = (role, max(peak, rss))
            own = (memory.rss - getattr(memory, "shared", 0)) / 1e6  # Linux: RssAnon
            anon[proc.pid] = max(anon.get(proc.pid, 0.0), own)
            cpu[proc.pid] = times.user + times.system
        time.sleep(0.2)
    wall = time.perf_counter() - start
    output = log.read_text(encoding="utf-8")
    if child.returncode != 0:
        raise SystemExit(f"draft failed ({child.returncode}):\n{output[-3000:]}")
    cpu_after = psutil.cpu_times()
    busy = sum(getattr(cpu_after, f) - getattr(cpu_before, f) for f in ("user", "system", "nice"))
    driver = max((p for r, p in peaks.values() if r == "driver"), default=0.0)
    workers = sorted((round(p) for r, p in peaks.values() if r == "worker"), reverse=True)
    driver_anon = max((a for pid, a in anon.items() if peaks[pid][0] == "driver"), default=0.0)
    workers_anon = sorted(
        (round(a) for pid, a in anon.items() if peaks[pid][0] == "worker"), reverse=True
    )
    by_role = {r: sum(c for pid, c in cpu.items() if peaks[pid][0] == r) for r in ROLES}
    return {
        "wall_s": round(wall, 1),
        "cpu_s": {r: round(c, 1) for r, c in by_role.items()},
        "machine_cpu_s": round(busy, 1),
        "machine_cpu_available_s": round(wall * (psutil.cpu_count() or 1), 1),
        "load_average": round(sum(loads) / max(1, len(loads)), 1),
        "load_max": round(max(loads, default=0.0), 1),
        "driver_peak_mb": round(driver),
        "worker_peak_mb": workers,
        "driver_peak_anon_mb": round(driver_anon),
        # the driver process alone (the figures above also count the children it forks, whose
        # RSS includes the pages they share with it)
        "driver_own_peak_mb": round(peaks.get(child.pid, ("driver", 0.0))[1]),
        "driver_own_peak_anon_mb": round(anon.get(child.pid, 0.0)),
        "worker_peak_anon_mb": workers_anon,
        "summary": [line for line in output.splitlines() if line.startswith(("Read ", "  wrote"))]
        + [line for line in output.splitlines() if " messages in " in line],
    }


def _floor(draft_json: Path, sample: int) -> dict[str, float]:
    """Seconds to embed every statement, from a timed sample of them (each embedded, copies
    of a text too, as before the draft embedded a text once: comparable with earlier runs),
    and seconds to embed the distinct texts alone (what the draft embeds now)."""
    from forum_messages.nlp.use import USEEmbedder
    from forum_messages.synth.reading import embed_each

    doc = json.loads(draft_json.read_text(encoding="utf-8"))
    texts = [s["text"] for s in doc["statements"]]
    distinct = list(dict.fromkeys(texts))
    embedder = USEEmbedder()
    embedder.load()
    out: dict[str, float] = {"statements": len(texts), "distinct_texts": len(distinct)}
    for name, given in (("floor", texts), ("floor_distinct", distinct)):
        step = max(1, len(given) // sample)
        picked = given[::step][:sample]
        start, cpu_start = time.perf_counter(), time.process_time()
        embed_each(picked, embedder, lambda stage, done, total: None)
        took, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        scale = len(given) / max(1, len(picked))
        out[f"{name}_s"] = round(took * scale, 1)
        out[f"{name}_cpu_s"] = round(cpu * scale, 1)
    out["sampled"] = min(sample, len(texts))
    return out


def _exponent(points: list[tuple[int, float]]) -> float | None:
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    den = sum((x - mx) ** 2 for x in xs)
    return round(num / den, 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--share", type=float, default=0.5)
    parser.add_argument("--campaigns", type=int, default=20)
    parser.add_argument(
        "--texts",
        choices=["bank", "sample"],
        default="bank",
        help="answers outside campaigns from the consultation generator's phrase bank, or "
        "recombined from the sample edition's statements (many more distinct points)",
    )
    parser.add_argument("--engine", choices=["local", "dask"], default="dask")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--floor-sample", type=int, default=4000)
    parser.add_argument("--formats", default="md,html,json")
    parser.add_argument(
        "--answer-points",
        default=None,
        help="passed on to the draft (answers of that many points or more cut; 0: whole); "
        "without it the draft's default",
    )
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    exe = str(Path(sys.executable).with_name("forum-messages"))
    rows: list[dict[str, object]] = []
    for n in (int(s) for s in args.sizes.split(",")):
        export = _export(n, args.share, args.campaigns, args.texts)
        out = OUT / f"scale-{n}-{int(args.share * 100)}-{args.engine}"
        cmd = [exe, "draft", str(export), "-e", "igf2025", "-o", str(out), "--columns", COLUMNS]
        cmd += ["--format", args.formats, "--engine", args.engine]
        if args.engine == "dask":
            cmd += ["--workers", str(args.workers)]
        if args.answer_points is not None:
            cmd += ["--answer-points", args.answer_points]
        row: dict[str, object] = {"responses": n, "share": args.share, "engine": args.engine}
        row["answer_points"] = args.answer_points
        row |= _run(cmd, OUT / f"{out.name}.log")
        row |= _floor(out / "messages.json", args.floor_sample)
        row["ratio_to_floor"] = round(float(row["wall_s"]) / float(row["floor_s"]), 2)  # type: ignore[arg-type]
        run_cpu = sum(row["cpu_s"].values())  # type: ignore[attr-defined]
        row["cpu_ratio_to_floor"] = round(run_cpu / float(row["floor_cpu_s"]), 2)  # type: ignore[arg-type]
        wall, distinct_floor = row["wall_s"], row["floor_distinct_s"]
        assert isinstance(wall, float) and isinstance(distinct_floor, float)
        row["ratio_to_distinct_floor"] = round(wall / distinct_floor, 2)
        rows.append(row)
        print(json.dumps(row), flush=True)
        write_json(OUT / "scale.json", rows)
    exponent = _exponent([(int(r["responses"]), float(r["wall_s"])) for r in rows])  # type: ignore[call-overload]
    cpu_exponent = _exponent(
        [(int(r["responses"]), sum(r["cpu_s"].values())) for r in rows]  # type: ignore[call-overload, attr-defined]
    )
    print(f"growth exponent: wall time {exponent}, CPU time {cpu_exponent}")
    write_json(
        OUT / "scale.json", {"runs": rows, "exponent": exponent, "cpu_exponent": cpu_exponent}
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
