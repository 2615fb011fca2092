"""The driver's memory while it reads a consultation export and groups its campaigns, alone.

    FORUM_MESSAGES_THREADS=1 .venv/bin/python bench/read_memory.py \\
        bench/out/consultation-300000-50-20.csv --engine dask --workers 2

Runs ``load_consultation`` as ``forum-messages draft`` does (on the Dask engine, a local
cluster of ``--workers`` processes works out the campaign profiles) and samples this
process's resident and anonymous memory (``RssAnon``) every 0.05 s. Prints the anonymous
memory just before reading, after it and its peak while reading, and what reading grew it by
a response: what reading and campaign grouping keep, without the stages of a whole draft.
"""

from __future__ import annotations

import argparse
import gc
import threading
import time
from pathlib import Path

COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"


def _status() -> dict[str, float]:
    """VmRSS and RssAnon of this process, MB."""
    out: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            name = line.split(":", 1)[0]
            if name in ("VmRSS", "RssAnon"):
                out[name] = int(line.split()[1]) / 1e3
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--engine", choices=["local", "dask"], default="dask")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    import forum_messages.synth.pipeline  # noqa: F401 - imported as the driver has it
    from forum_messages.engine import make_engine
    from forum_messages.ingest.campaigns import load_consultation

    peak = {"VmRSS": 0.0, "RssAnon": 0.0}

    def sample() -> None:
        while True:
            for name, value in _status().items():
                peak[name] = max(peak[name], value)
            time.sleep(0.05)

    engine = make_engine(args.engine, None, args.workers if args.engine == "dask" else None)
    try:
        gc.collect()
        before = _status()
        threading.Thread(target=sample, daemon=True).start()
        start = time.perf_counter()
        c = load_consultation([str(args.export)], COLUMNS, {}, engine)
        wall = time.perf_counter() - start
        time.sleep(0.2)
        after = _status()
    finally:
        engine.close()
    n = c.responses
    print(
        f"{args.export.name}: {n} responses, {len(c.corpus.statements)} statements, "
        f"{len(c.campaigns)} campaigns, read in {wall:.0f} s ({args.engine})"
    )
    for label, figures in (("before reading", before), ("after reading", after), ("peak", peak)):
        print(
            f"  {label:15s} RSS {figures['VmRSS']:7.0f} MB  anonymous {figures['RssAnon']:7.0f} MB"
        )
    grown = (after["RssAnon"] - before["RssAnon"]) * 1e6 / n
    at_peak = (peak["RssAnon"] - before["RssAnon"]) * 1e6 / n
    print(f"  grown by reading: {grown:.0f} B a response after it, {at_peak:.0f} B at its peak")


if __name__ == "__main__":
    main()
