"""Benchmark of consultation input and campaign grouping (``make bench``).

Writes a synthetic consultation export (our generator: six languages, ``--share`` of the
responses in 1-20 campaigns with edits) to bench/out/, then, in this one process: reads and
groups it (``load_consultation``: the stage before any embedding), and, unless ``--no-embed``,
embeds only the statements left (the distinct texts: campaign texts once, copies' additions,
answers of no campaign) with the real embedder, which is the floor of any draft of it. Prints
and writes bench/out/consultation.json: wall time and peak RSS of each stage.

    .venv/bin/python bench/consultation.py --responses 100000 --share 0.5
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from common import write_json

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--share", type=float, default=0.5)
    parser.add_argument("--campaigns", type=int, default=20)
    parser.add_argument("--no-embed", action="store_true")
    args = parser.parse_args(argv)

    from forum_messages.evaluation.consultations import generate, write_csv
    from forum_messages.export.consultation import summary
    from forum_messages.ingest.campaigns import load_consultation

    OUT.mkdir(exist_ok=True)
    export = OUT / f"consultation-{args.responses}-{int(args.share * 100)}.csv"
    write_csv(export, generate(args.responses, args.share, args.campaigns, seed=1))
    result: dict[str, object] = {"responses": args.responses, "share": args.share}
    start = time.perf_counter()
    consultation = load_consultation([export], COLUMNS, {})
    result["read_and_group_s"] = round(time.perf_counter() - start, 1)
    result["read_and_group_peak_mb"] = round(_peak_mb())
    result |= summary(consultation)
    print(json.dumps(result), flush=True)
    if not args.no_embed:
        from forum_messages.nlp.use import USEEmbedder
        from forum_messages.synth.pipeline import embed_all

        embedder = USEEmbedder()
        texts = [st.text for st in consultation.corpus.statements]
        embedder.embed(texts[:8])  # load the model before timing
        start = time.perf_counter()
        embed_all(texts, embedder, lambda stage, done, total: None)
        result["embed_distinct_s"] = round(time.perf_counter() - start, 1)
        result["peak_mb"] = round(_peak_mb())
    print(json.dumps(result, indent=1))
    write_json(OUT / "consultation.json", result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
