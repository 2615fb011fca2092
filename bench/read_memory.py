"""The driver's memory while it reads a consultation export and groups its campaigns, alone.

    FORUM_MESSAGES_THREADS=1 .venv/bin/python bench/read_memory.py \\
        bench/out/consultation-300000-50-20.csv --engine dask --workers 2

Runs ``load_consultation`` as ``forum-messages draft`` does (on the Dask engine, a local
cluster of ``--workers`` processes works out the campaign profiles) and samples this
process's resident and anonymous memory (``RssAnon``) every 0.05 s. Prints the anonymous
memory just before reading, after it and its peak while reading, and what reading grew it by
a response: what reading and campaign grouping keep, without the stages of a whole draft.

With ``--trace N``, Python's allocations are traced while reading (slower) and the ``N``
source lines holding most once it is done are printed, then the totals by file (the Dask
client's and scheduler's among them, which run in this process). With ``--kept``, the bytes
of the objects each of the consultation's large containers holds (``sys.getsizeof`` over
what each refers to, nothing counted twice, in the order printed), a response.
"""

from __future__ import annotations

import argparse
import gc
import sys
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

from common import status_kb

COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"


def _status() -> dict[str, float]:
    """VmRSS and RssAnon of this process, MB."""
    return {name: status_kb(name) / 1e3 for name in ("VmRSS", "RssAnon")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--engine", choices=["local", "dask"], default="dask")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--trace", type=int, default=0, help="source lines shown")
    parser.add_argument("--kept", action="store_true", help="the containers' bytes")
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
        if args.trace:
            tracemalloc.start(1)
        start = time.perf_counter()
        c = load_consultation([str(args.export)], COLUMNS, {}, engine)
        wall = time.perf_counter() - start
        time.sleep(0.2)
        after = _status()
        snapshot = tracemalloc.take_snapshot() if args.trace else None
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
    if snapshot is not None:
        total = sum(s.size for s in snapshot.statistics("filename"))
        print(f"  traced after reading: {total / 1e6:.1f} MB")
        for stat in snapshot.statistics("lineno")[: args.trace]:
            print(f"    {stat}")
        for stat in snapshot.statistics("filename")[: args.trace]:
            print(f"    {stat}")
    if args.kept:
        _kept(c, n)


def _deep(obj: Any, seen: set[int]) -> int:
    """Bytes of ``obj`` and of what it refers to, not counting what ``seen`` holds already
    (classes, modules and functions left out; numpy arrays counted by their own size)."""
    import types

    total, stack = 0, [obj]
    while stack:
        o = stack.pop()
        if id(o) in seen or isinstance(o, (type, types.ModuleType, types.FunctionType)):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        if not hasattr(o, "__array_interface__"):
            stack.extend(gc.get_referents(o))
    return total


def _kept(c: Any, n: int) -> None:
    statements, sessions = c.corpus.statements, c.corpus.sessions
    responses = getattr(sessions, "_responses", None)
    parts: dict[str, object] = {}
    if responses is not None:  # a consultation's columns (ingest/responses.py)
        parts["response ids"] = responses.ids
        parts["response role values"] = responses._meta
        parts["response files and rows"] = (responses._file_of, responses._rows)
    for name in ("_ids", "_session", "_sessions", "_codes"):
        if hasattr(statements, name):
            parts[f"statements.{name}"] = getattr(statements, name)
    parts["other statement columns"] = [
        getattr(statements, k)
        for k in ("_texts", "_index", "_position", "_column_of", "_addition")
        if hasattr(statements, k)
    ]
    parts["sessions"] = sessions
    parts["campaigns"] = c.campaigns
    parts["placed"] = c.placed
    parts["empty and rejects"] = (c.empty, c.rejects)
    seen: set[int] = set()
    print("  kept, by container (B a response):")
    for name, obj in parts.items():
        size = _deep(obj, seen)
        print(f"    {name:28s} {size / 1e6:8.1f} MB {size / n:6.0f} B")


if __name__ == "__main__":
    main()
