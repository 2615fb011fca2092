"""Benchmark of the draft pipeline on synthetic editions (``make bench``).

Each size runs in a fresh Python process, so every run is cold: interpreter start, imports and
model load are included. The child times each stage (wall and CPU), the parent reads the
child's peak RSS and total CPU from the kernel (``wait4``), prints a table next to the targets
and writes everything to ``bench/out/results.json``.

    .venv/bin/python bench/run.py                  # 3000, 30000 and 100000 statements
    .venv/bin/python bench/run.py --quick          # 3000 only
    .venv/bin/python bench/run.py --sizes 3000,10000 --profile

Stages, in order: startup (interpreter), imports, model load (embedder weights, language
model), edition, corpus (synthetic records built in memory: stands in for ingest), then the
pipeline's own stages as reported by its progress callback (setup, language, embed, themes,
messages, assemble), then export (only if ``forum_messages.export.write_outputs`` exists).
Only the standard library is imported before the stages are timed; rich is used by the parent.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import inspect
import json
import os
import pkgutil
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from common import status_kb, write_json

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
DEFAULT_SIZES = (3000, 30000, 100000)
MB = 1_000_000

#: Targets: statements -> (max total wall seconds, max peak RSS in MB or None).
TARGETS: dict[int, tuple[float, float | None]] = {3000: (10.0, None), 100000: (240.0, 3000.0)}


def _rss_now_mb() -> float:
    return status_kb("VmRSS") * 1024 / MB


def _busy_cpu_s() -> float:
    """CPU seconds spent by everything on the machine since boot (from /proc/stat)."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = fh.readline().split()[1:]
    except OSError:
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _rss_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB


# =========================================================================== child process


class Clock:
    """Consecutive stages: each ``start`` closes the previous one."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.stages: list[dict[str, Any]] = []
        self._name: str | None = None
        self._wall = 0.0
        self._cpu = 0.0
        self._ivcsw = 0
        self.current = "startup"

    def start(self, name: str) -> None:
        now_w, now_c = time.perf_counter(), time.process_time()
        self._close(now_w, now_c)
        self._name, self._wall, self._cpu = name, now_w, now_c
        self._ivcsw = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw
        self.current = name
        print(f"[{self.label}] {name} ...", file=sys.stderr, flush=True)

    def stop(self) -> None:
        self._close(time.perf_counter(), time.process_time())
        self._name = None

    def add(self, name: str, wall: float, cpu: float) -> None:
        # involuntary context switches: high when other processes compete for the CPUs
        ivcsw = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw - self._ivcsw
        self.stages.append(
            {"stage": name, "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
             "rss_mb": round(_rss_now_mb(), 1), "peak_rss_mb": round(_rss_peak_mb(), 1),
             "preempted": ivcsw}
        )  # fmt: skip

    def _close(self, now_w: float, now_c: float) -> None:
        if self._name is not None:
            self.add(self._name, now_w - self._wall, now_c - self._cpu)
            last = self.stages[-1]
            print(
                f"[{self.label}] {self._name}: {last['wall_s']:.2f} s wall, "
                f"{last['cpu_s']:.2f} s CPU, RSS {last['rss_mb']:.0f} MB",
                file=sys.stderr,
                flush=True,
            )


class Probe:
    """Times calls (wall, CPU, calls, items) per pipeline stage; outermost call only."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.stats: dict[tuple[str, str], dict[str, float]] = {}
        self.embed_log: list[dict[str, Any]] = []

    def timed(self, fn: Callable[..., Any], label: str, skip_self: bool) -> Callable[..., Any]:
        depth = [0]
        first = 1 if skip_self else 0
        log = label.endswith(".embed")

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if depth[0]:
                return fn(*args, **kwargs)
            depth[0] += 1
            w0, c0 = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                depth[0] -= 1
                wall, cpu = time.perf_counter() - w0, time.process_time() - c0
                stage = self.clock.current
                s = self.stats.setdefault(
                    (stage, label), {"calls": 0, "wall_s": 0.0, "cpu_s": 0.0, "items": 0}
                )
                s["calls"] += 1
                s["wall_s"] += wall
                s["cpu_s"] += cpu
                arg = args[first] if len(args) > first else None
                if isinstance(arg, Sequence) and not isinstance(arg, str):
                    s["items"] += len(arg)
                    if log and stage != "embed" and isinstance(arg, Sequence):
                        self.embed_log.append(
                            {"stage": stage, "call": label, "texts": len(arg),
                             "chars": sum(len(t) for t in arg if isinstance(t, str)),
                             "wall_s": round(wall, 4)}
                        )  # fmt: skip

        return wrapper

    def report(self) -> list[dict[str, Any]]:
        return [
            {"stage": stage, "what": label, "calls": int(v["calls"]),
             "wall_s": round(v["wall_s"], 3), "cpu_s": round(v["cpu_s"], 3),
             "items": int(v["items"])}
            for (stage, label), v in self.stats.items()
        ]  # fmt: skip


#: Called once per statement or more: timing them would cost more than they do.
_NOT_TIMED = {"normalise_rows", "strip_numbering", "words", "clean_sentence", "script_counts"}


def _instrument(probe: Probe) -> int:
    """Time every component method and every public nlp/synth function, wherever bound.

    Components are the classes with a ``name`` (the pipeline's convention); functions are
    rebound in every forum_messages module that imported them. Nothing is hard-coded, so
    the breakdown follows the code as it changes. Returns how many callables were wrapped.
    """
    import forum_messages.nlp
    import forum_messages.synth

    modules = []
    for pkg in (forum_messages.nlp, forum_messages.synth):
        for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
            with contextlib.suppress(ImportError):
                modules.append(importlib.import_module(info.name))
    wrapped = 0
    functions: dict[int, Callable[..., Any]] = {}
    for mod in modules:
        short = mod.__name__.rsplit(".", 1)[-1]
        for name, obj in list(vars(mod).items()):
            if name.startswith("_") or getattr(obj, "__module__", None) != mod.__name__:
                continue
            if inspect.isclass(obj) and isinstance(getattr(obj, "name", None), str):
                for meth, fn in list(vars(obj).items()):
                    if inspect.isfunction(fn) and not meth.startswith("_") and meth != "params":
                        setattr(obj, meth, probe.timed(fn, f"{obj.__name__}.{meth}", True))
                        wrapped += 1
            elif inspect.isfunction(obj) and name not in _NOT_TIMED and short != "pipeline":
                functions[id(obj)] = probe.timed(obj, f"{short}.{name}", False)
    # rebind each function wherever it was imported (from x import f makes a new binding)
    for mod_name, mod in list(sys.modules.items()):
        if not mod_name.startswith("forum_messages") or mod is None:
            continue
        for name, obj in list(vars(mod).items()):
            if id(obj) in functions and inspect.isfunction(obj):
                setattr(mod, name, functions[id(obj)])
                wrapped += 1
    return wrapped


def child(args: argparse.Namespace) -> int:
    label = f"{args.child:,}"
    clock = Clock(label)
    cpu_at_start = time.process_time()
    clock.add("startup", time.time() - args.spawned, cpu_at_start)
    w_main = time.perf_counter()
    result: dict[str, Any] = {"statements": args.child, "seed": args.seed, "notes": []}

    clock.start("imports")
    import synthetic

    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.synth.pipeline import Components, default_components, run_pipeline
    from forum_messages.synth.settings import Settings

    clock.start("model load")
    settings = Settings()
    components = default_components(settings)
    if args.embedder == "hash":
        components = Components(embedder=HashEmbedder(), detector=components.detector)
        result["notes"].append("embedder: hash (no model): not representative of real runs")
    load = getattr(components.embedder, "load", None)
    if callable(load):
        load()
    components.detector.detect("Warm up the language model before timing the pipeline.")

    clock.start("edition")
    edition = synthetic.bench_edition()

    clock.start("corpus (synthetic)")
    corpus = synthetic.synthetic_corpus(args.child, args.seed, edition)
    result["corpus"] = synthetic.describe(corpus)

    probe = Probe(clock)
    if not args.no_detail:
        result["instrumented"] = _instrument(probe)

    tenth: dict[str, Any] = {"stage": "", "last": -1}
    theme_marks: list[float] = []  # time at which each theme's message stage began

    def progress(stage: str, done: int, total: int) -> None:
        if stage != clock.current:
            clock.start(stage)
        if stage == "messages":
            theme_marks.append(time.perf_counter())
            if done < total:
                print(
                    f"[{label}]   messages: theme {done + 1}/{total}", file=sys.stderr, flush=True
                )
            else:
                clock.start("assemble")
            return
        step = done * 10 // max(total, 1)
        if (stage, step) != (tenth["stage"], tenth["last"]) and 0 < done < total and total >= 10:
            print(f"[{label}]   {stage} {done}/{total}", file=sys.stderr, flush=True)
        tenth["stage"], tenth["last"] = stage, step

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    clock.start("setup")
    w0, c0 = time.perf_counter(), time.process_time()
    if profiler is not None:
        profiler.enable()
    draft = run_pipeline(corpus, edition, settings, components=components, progress=progress)
    if profiler is not None:
        profiler.disable()
    result["pipeline_wall_s"] = round(time.perf_counter() - w0, 3)
    result["pipeline_cpu_s"] = round(time.process_time() - c0, 3)
    clock.stop()
    if profiler is not None:
        _dump_profile(profiler, args.child)
    result["messages_per_theme_s"] = {
        t.key: round(b - a, 3)
        for t, a, b in zip(edition.themes, theme_marks, theme_marks[1:], strict=False)
    }
    result["draft"] = {
        "themes": len(draft.themes),
        "topics": sum(len(t.topics) for t in draft.themes),
        "messages": len(draft.messages()),
        "statements_in_messages": sum(len(m.sources) for m in draft.messages()),
        "not_reflected": _count(r.reason for r in draft.not_reflected),
        "inferred_themes": sum(1 for a in draft.statements if a.theme_inferred),
    }

    write_outputs: Callable[..., Any] | None = None
    try:
        from forum_messages.export import write_outputs
    except ImportError as exc:
        result["notes"].append(f"export not timed: forum_messages.export.write_outputs: {exc}")
    if write_outputs is not None and not args.no_export:
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="fm-bench-export-"))
        clock.start("export")
        try:
            paths = write_outputs(draft, folder, ("md", "html", "json"))
            clock.stop()
            result["export"] = {
                Path(p).name: Path(p).stat().st_size for p in paths if Path(p).is_file()
            }
        except Exception as exc:  # report, do not hide the other figures
            clock.stop()
            result["notes"].append(f"export failed: {type(exc).__name__}: {exc}")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    result["stages"] = clock.stages
    result["components"] = probe.report()
    result["embed_calls_outside_embed"] = probe.embed_log
    result["child_wall_s"] = round(time.perf_counter() - w_main, 3)
    result["child_peak_rss_mb"] = round(_rss_peak_mb(), 1)
    write_json(args.json, result, ascii_only=False)
    return 0


def _count(values: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return dict(sorted(out.items()))


def _dump_profile(profiler: Any, n: int) -> None:
    import io
    import pstats

    OUT.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(str(OUT / f"profile-{n}.pstats"))
    for order in ("cumulative", "tottime"):
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).sort_stats(order).print_stats(45)
        (OUT / f"profile-{n}-{order}.txt").write_text(buf.getvalue(), encoding="utf-8")


# =========================================================================== parent process


def machine() -> dict[str, Any]:
    cpu_model = ""
    mem_total = 0.0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_total = int(line.split()[1]) * 1024 / 1e9
    except OSError:
        pass
    return {
        "nproc": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "cpu_model": cpu_model,
        "ram_gb": round(mem_total, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def source_version() -> dict[str, Any]:
    """The commit measured, and whether the source tree had uncommitted changes (read-only)."""

    def git(*cmd: str) -> str:
        try:
            out = subprocess.run(
                ["git", *cmd], cwd=HERE.parent, capture_output=True, text=True, timeout=20
            )
        except (OSError, subprocess.SubprocessError):
            return ""
        return out.stdout.strip() if out.returncode == 0 else ""

    changed = git("status", "--porcelain", "--", "src")
    return {
        "commit": git("rev-parse", "--short", "HEAD") or None,
        "uncommitted_src_files": len(changed.splitlines()) if changed else 0,
    }


def wait_until_quiet(max_wait: float, threshold: float = 0.25) -> float:
    """Wait (up to ``max_wait`` s) until the machine is idle: less than ``threshold`` of one
    CPU busy over 5 s. Returns the busy CPUs measured last (other work skews the figures)."""
    deadline = time.monotonic() + max_wait
    while True:
        b0, t0 = _busy_cpu_s(), time.monotonic()
        time.sleep(5)
        busy = (_busy_cpu_s() - b0) / (time.monotonic() - t0)
        if busy < threshold or time.monotonic() >= deadline:
            return round(busy, 2)
        print(f"   machine busy ({busy:.2f} CPUs in use): waiting ...", file=sys.stderr, flush=True)


def run_size(n: int, args: argparse.Namespace) -> dict[str, Any]:
    OUT.mkdir(parents=True, exist_ok=True)
    json_path = OUT / f"child-{n}.json"
    json_path.unlink(missing_ok=True)
    cmd = [
        sys.executable, str(Path(__file__).resolve()), "--child", str(n), "--seed", str(args.seed),
        "--json", str(json_path), "--embedder", args.embedder,
    ]  # fmt: skip
    if args.profile:
        cmd.append("--profile")
    if args.no_export:
        cmd.append("--no-export")
    if args.no_detail:
        cmd.append("--no-detail")
    busy_before = wait_until_quiet(args.wait_quiet) if args.wait_quiet > 0 else None
    source = source_version()  # the tree may change between sizes: keep it with each one
    load_before = os.getloadavg()[0]
    busy0 = _busy_cpu_s()
    w0 = time.perf_counter()
    proc = subprocess.Popen([*cmd, "--spawned", repr(time.time())], cwd=HERE.parent)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - w0
    busy = _busy_cpu_s() - busy0
    cpu = usage.ru_utime + usage.ru_stime
    if proc.returncode != 0 or not json_path.exists():
        return {"statements": n, "error": f"child exited with {proc.returncode}"}
    result: dict[str, Any] = json.loads(json_path.read_text(encoding="utf-8"))
    json_path.unlink()
    result["total_wall_s"] = round(wall, 3)
    result["source"] = source
    result["busy_cpus_before"] = busy_before
    # other work on the machine skews the figures: keep the 1-minute load around the run
    result["load_avg_1min"] = {"before": load_before, "after": os.getloadavg()[0]}
    result["total_cpu_s"] = round(cpu, 3)
    # CPU used on the machine by anything but this run: the figures are only clean near 0
    others = max(0.0, busy - cpu)
    result["other_processes_cpu_s"] = round(others, 1)
    result["other_processes_share"] = round(others / (wall * (os.cpu_count() or 1)), 3)
    result["peak_rss_mb"] = round(usage.ru_maxrss * 1024 / MB, 1)
    target = TARGETS.get(n)
    if target is not None:
        max_wall, max_rss = target
        result["target"] = {
            "max_wall_s": max_wall,
            "max_peak_rss_mb": max_rss,
            "wall_ok": wall <= max_wall,
            "rss_ok": None if max_rss is None else result["peak_rss_mb"] < max_rss,
        }
    return result


def _target_text(r: dict[str, Any]) -> str:
    t = r.get("target")
    if not t:
        return "-"
    parts = [f"wall <= {t['max_wall_s']:.0f} s: {'OK' if t['wall_ok'] else 'MISSED'}"]
    if t["max_peak_rss_mb"] is not None:
        parts.append(
            f"peak < {t['max_peak_rss_mb'] / 1000:.0f} GB: {'OK' if t['rss_ok'] else 'MISSED'}"
        )
    return "; ".join(parts)


def print_report(results: Sequence[dict[str, Any]], info: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    ok = [r for r in results if "error" not in r]
    console.print(
        f"[bold]Machine[/bold]: {info['nproc']} CPU(s), {info['cpu_model']}, "
        f"{info['ram_gb']} GB RAM, Python {info['python']}"
    )
    table = Table(title="forum-messages pipeline benchmark (seconds; each size in a fresh process)")
    table.add_column("stage")
    for r in ok:
        table.add_column(f"{r['statements']:,} wall", justify="right")
        table.add_column("CPU", justify="right")
    names: list[str] = []
    for r in ok:
        for s in r["stages"]:
            if s["stage"] not in names:
                names.append(s["stage"])
    for name in names:
        row = [name]
        for r in ok:
            s = next((s for s in r["stages"] if s["stage"] == name), None)
            row += [f"{s['wall_s']:.2f}", f"{s['cpu_s']:.2f}"] if s else ["-", "-"]
        table.add_row(*row)
    table.add_section()
    table.add_row("pipeline (run_pipeline)", *[
        v for r in ok for v in (f"{r['pipeline_wall_s']:.2f}", f"{r['pipeline_cpu_s']:.2f}")
    ])  # fmt: skip
    table.add_row("[bold]total (cold process)[/bold]", *[
        v for r in ok for v in (f"[bold]{r['total_wall_s']:.2f}[/bold]", f"{r['total_cpu_s']:.2f}")
    ])  # fmt: skip
    table.add_row("peak RSS (MB)", *[v for r in ok for v in (f"{r['peak_rss_mb']:.0f}", "")])
    table.add_row(
        "other processes' CPU (share)",
        *[v for r in ok for v in (f"{r['other_processes_share']:.0%}", "")],
    )
    table.add_row("messages / topics", *[
        v for r in ok for v in (f"{r['draft']['messages']}", f"{r['draft']['topics']}")
    ])  # fmt: skip
    console.print(table)

    detail = Table(
        title="Inside the stages: time in each component (outermost calls; a row includes "
        "the rows it calls, e.g. a writer includes its embedder calls; rows under 0.05 s hidden)"
    )
    detail.add_column("stage: component")
    for r in ok:
        detail.add_column(f"{r['statements']:,} wall", justify="right")
        detail.add_column("calls", justify="right")
    keys: list[tuple[str, str]] = []
    for r in ok:
        for c in r.get("components", ()):
            if (c["stage"], c["what"]) not in keys:
                keys.append((c["stage"], c["what"]))

    def cell(r: dict[str, Any], key: tuple[str, str]) -> dict[str, Any] | None:
        return next((c for c in r.get("components", ()) if (c["stage"], c["what"]) == key), None)

    def biggest(key: tuple[str, str]) -> float:
        return max((c["wall_s"] for r in ok if (c := cell(r, key))), default=0.0)

    order = {name: k for k, name in enumerate(names)}
    for key in sorted(keys, key=lambda k: (order.get(k[0], 99), -biggest(k))):
        if biggest(key) < 0.05:
            continue
        row = [f"{key[0]}: {key[1]}"]
        for r in ok:
            c = cell(r, key)
            row += [f"{c['wall_s']:.2f}", f"{c['calls']:,}"] if c else ["-", "-"]
        detail.add_row(*row)
    console.print(detail)

    if any(r["other_processes_share"] > 0.05 for r in ok):
        console.print(
            "[yellow]Other processes used the CPUs during some runs: those figures are "
            "slower than on an idle machine.[/yellow]"
        )
    for r in results:
        if "error" in r:
            console.print(f"[red]{r['statements']:,} statements: {r['error']}[/red]")
            continue
        console.print(f"{r['statements']:,} statements: target {_target_text(r)}")
        for note in r["notes"]:
            console.print(f"  note: {note}")


def parent(args: argparse.Namespace) -> int:
    sizes = [3000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    info = machine()
    results = []
    for n in sizes:
        print(f"== {n:,} statements (fresh process) ==", file=sys.stderr, flush=True)
        r = run_size(n, args)
        results.append(r)
        write_json(OUT / f"results-{n}.json", {"machine": info, "result": r}, ascii_only=False)
    doc = {
        "command": " ".join([Path(sys.executable).name, "bench/run.py", *sys.argv[1:]]),
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": info,
        "source": source_version(),
        "targets": {
            str(k): {"max_wall_s": w, "max_peak_rss_mb": m} for k, (w, m) in TARGETS.items()
        },
        "results": results,
    }
    write_json(OUT / "results.json", doc, ascii_only=False)
    print_report(results, info)
    print(f"\nFigures written to {OUT / 'results.json'}", file=sys.stderr)
    return 1 if any("error" in r for r in results) else 0


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Benchmark the draft pipeline on synthetic editions.")
    p.add_argument(
        "--sizes",
        default=",".join(str(s) for s in DEFAULT_SIZES),
        help="comma-separated numbers of statements (default: 3000,30000,100000)",
    )
    p.add_argument("--quick", action="store_true", help="3000 statements only")
    p.add_argument("--seed", type=int, default=0, help="seed of the synthetic edition")
    p.add_argument(
        "--embedder",
        choices=["use", "hash"],
        default="use",
        help="hash: no model, to check the harness itself quickly",
    )
    p.add_argument(
        "--profile",
        action="store_true",
        help="run the pipeline under cProfile; stats in bench/out/profile-N.*",
    )
    p.add_argument(
        "--wait-quiet",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="before each size, wait up to this long for other work on the machine to stop "
        "(default 300; 0: do not wait)",
    )
    p.add_argument("--no-export", action="store_true", help="do not time export")
    p.add_argument(
        "--no-detail",
        action="store_true",
        help="do not time the calls inside the stages (removes the probes' small overhead)",
    )
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    p.add_argument("--json", help=argparse.SUPPRESS)
    p.add_argument("--spawned", type=float, default=0.0, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child is not None:
        return child(args)
    return parent(args)


if __name__ == "__main__":
    sys.exit(main())
