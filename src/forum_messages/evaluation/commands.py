"""``forum-messages evaluate DOC``: the structure-recovery benchmark on one document."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from forum_messages.atomic import write_file

if TYPE_CHECKING:
    from forum_messages.evaluation.benchmark import Evaluation


def register(sub: Any) -> dict[str, Any]:
    p = sub.add_parser(
        "evaluate",
        help="hide a Messages document's structure, rebuild it, score against baselines",
    )
    p.add_argument("documents", nargs="+", help="published Messages documents (md, txt, docx)")
    p.add_argument("--json", dest="json_out", help="also write the scores as JSON here")
    p.add_argument("--seed", type=int, default=0, help="seed of the random baselines")
    return {"evaluate": run}


def table(ev: Evaluation) -> Table:
    baselines = sorted({name for r in ev.rows for name in r.baselines})
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in ev.counts.items())
    out = Table(title=f"{ev.document} ({ev.language}; {counts})")
    out.add_column("task")
    out.add_column("metric")
    out.add_column("ours", justify="right", style="bold")
    for name in baselines:
        out.add_column(name, justify="right")
    for r in ev.rows:
        cells = [f"{r.baselines[b]:.3f}" if b in r.baselines else "" for b in baselines]
        out.add_row(r.task, r.metric, f"{r.ours:.3f}", *cells)
    return out


def run(args: argparse.Namespace, console: Console, err: Console) -> int:
    from forum_messages.documents.importer import import_messages
    from forum_messages.evaluation.benchmark import evaluate
    from forum_messages.nlp.use import USEEmbedder

    embedder = USEEmbedder()
    results = []
    for path in args.documents:
        doc = import_messages(path)
        ev = evaluate(doc, embedder, seed=args.seed)
        console.print(table(ev))
        results.append(asdict(ev))
    if args.json_out:
        text = json.dumps(results, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        write_file(args.json_out, text)
        console.print(f"wrote {args.json_out}")
    return 0
