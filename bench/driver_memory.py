"""The driver's memory by stage: one consultation draft in this process, its RSS sampled
every 0.05 s and the peak kept per stage (reading and campaign grouping, each pipeline stage
as the progress bar names it, writing the draft's files, writing the consultation's files).

    FORUM_MESSAGES_THREADS=1 .venv/bin/python bench/driver_memory.py \\
        bench/out/consultation-30000-50-20.csv --engine dask --workers 2

The export is one written by ``bench/scale.py`` (``--sizes``, ``--share``); the outputs go to
``bench/out/driver-memory/`` (or ``--out``). Prints the peak RSS of each stage in MB, in the
order the stages ran, beside the peak of its anonymous part (``RssAnon``: what the process
holds itself, without the pages of files mapped into it, such as the vectors file), and the
process's peak as the kernel counts it. With ``--trace N``, Python's own
allocations are traced too (slower): at the start of each stage, what is held and the ``N``
source lines holding most of it, and each stage's peak of traced memory; with ``--peaks
STAGE,...`` as well, what is held at those stages' traced peaks (a snapshot whenever the
traced memory passes the stage's highest by 10 MB), by call chains of ``--frames`` lines
(outermost call first, the allocating line last).
"""

from __future__ import annotations

import argparse
import resource
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
from common import status_kb

HERE = Path(__file__).resolve().parent
COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"


class StagePeaks:
    """The peak RSS of this process under each stage name, sampled in a thread; with
    ``trace`` source lines, what tracemalloc sees held as each stage starts."""

    def __init__(self, trace: int = 0, peaks: tuple[str, ...] = (), frames: int = 1) -> None:
        self._stage = "start"
        self._high = 0  # the traced memory of the last snapshot at a stage's peak
        self._at_peak: Any = None  # that snapshot
        self.watch_peaks = peaks
        self.frames = frames
        self.peaks: dict[str, float] = {}
        self.anon: dict[str, float] = {}  # each stage's peak of anonymous memory, MB
        self.trace = trace
        self.traced: dict[str, float] = {}  # each stage's peak of traced memory, MB
        self._process = psutil.Process()
        if trace:
            tracemalloc.start(frames)
        threading.Thread(target=self._sample, daemon=True).start()

    @property
    def stage(self) -> str:
        return self._stage

    @stage.setter
    def stage(self, name: str) -> None:
        if name == self._stage:
            return
        if self.trace:
            self._report(name)
        self._stage = name

    def _report(self, name: str) -> None:
        """What the stage ending left held, by source line, and its peak."""
        held, peak = tracemalloc.get_traced_memory()
        self.traced[self._stage] = peak / 1e6
        at_peak, self._at_peak, self._high = self._at_peak, None, 0
        if at_peak is not None:
            print(f"-- at the peak of {self._stage}: {peak / 1e6:.0f} MB traced", flush=True)
            self._show(at_peak)
        tracemalloc.reset_peak()
        print(f"-- entering {name}: {held / 1e6:.0f} MB traced", flush=True)
        self._show(tracemalloc.take_snapshot())

    def _show(self, snapshot: Any) -> None:
        """The ``trace`` call chains (or lines) of ``snapshot`` holding most."""
        by = "traceback" if self.frames > 1 else "lineno"
        for stat in snapshot.statistics(by)[: self.trace]:
            # outermost call first: "a.py:1 > b.py:2" is a.py's line 1 calling b.py's line 2
            where = " > ".join(f"{Path(f.filename).name}:{f.lineno}" for f in stat.traceback)
            print(f"   {stat.size / 1e6:8.1f} MB {stat.count:9d} {where}", flush=True)

    def _sample(self) -> None:
        while True:
            rss = self._process.memory_info().rss / 1e6
            anon = _anonymous()
            stage = self.stage
            self.peaks[stage] = max(self.peaks.get(stage, 0.0), rss)
            self.anon[stage] = max(self.anon.get(stage, 0.0), anon)
            if stage in self.watch_peaks:
                held = tracemalloc.get_traced_memory()[0]
                if held > self._high + 10_000_000:
                    snapshot = tracemalloc.take_snapshot()
                    if stage == self.stage:  # not one taken as the next stage began
                        self._high, self._at_peak = held, snapshot
            time.sleep(0.05)

    def around(self, fn: Callable[..., Any], label: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.stage = label
            try:
                return fn(*args, **kwargs)
            finally:
                self.stage = f"after {label}"

        return timed


def _anonymous() -> float:
    """This process's anonymous resident memory (``RssAnon``), MB."""
    return status_kb("RssAnon") / 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--engine", choices=["local", "dask"], default="dask")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--embedder", choices=["use", "hash"], default="use")
    parser.add_argument("--trace", type=int, default=0, help="source lines shown a stage")
    parser.add_argument("--peaks", default="", help="with --trace: stages whose peak to show")
    parser.add_argument("--frames", type=int, default=1, help="with --trace: lines a chain")
    parser.add_argument("--out", type=Path, default=HERE / "out" / "driver-memory")
    args = parser.parse_args()

    from rich.console import Console

    import forum_messages.export as export
    import forum_messages.export.consultation as consultation
    import forum_messages.ingest.campaigns as campaigns
    import forum_messages.synth.pipeline as pipeline
    from forum_messages.cli import run_draft
    from forum_messages.engine import make_engine

    watched = tuple(s.strip() for s in args.peaks.split(",") if s.strip())
    peaks = StagePeaks(args.trace, watched, args.frames)
    campaigns.load_consultation = peaks.around(campaigns.load_consultation, "read and campaigns")
    export.write_outputs = peaks.around(export.write_outputs, "write md, html, json")
    consultation.stage_consultation = peaks.around(
        consultation.stage_consultation, "write consultation files"
    )
    run_pipeline = pipeline.run_pipeline

    def staged(*a: Any, **k: Any) -> Any:
        shown = k.get("progress")

        def progress(stage: str, done: int, total: int) -> None:
            peaks.stage = stage
            if shown is not None:
                shown(stage, done, total)

        k["progress"] = progress
        return run_pipeline(*a, **k)

    pipeline.run_pipeline = staged
    engine = make_engine(args.engine, None, args.workers if args.engine == "dask" else None)
    start = time.perf_counter()
    try:
        with open("/dev/null", "w", encoding="utf-8") as sink:
            run_draft(
                [str(args.export)],
                "igf2025",
                str(args.out),
                ["md", "html", "json"],
                {},
                Console(file=sink),
                embedder=args.embedder,
                columns=COLUMNS,
                engine=engine,
            )
    finally:
        engine.close()
    peaks.stage = "end"
    time.sleep(0.2)
    print(f"{args.export.name}: {time.perf_counter() - start:.0f} s wall")
    for stage, peak in peaks.peaks.items():
        traced = f" {peaks.traced[stage]:7.0f} MB traced" if stage in peaks.traced else ""
        print(f"  {stage:28s} {peak:7.0f} MB {peaks.anon[stage]:7.0f} MB anonymous{traced}")
    kernel = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(f"  {'peak (kernel)':28s} {kernel:7.0f} MB")


if __name__ == "__main__":
    main()
