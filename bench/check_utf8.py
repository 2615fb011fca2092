"""What the encoding check of a consultation export costs beside reading the export.

``check_utf8`` reads a CSV or JSON Lines export through once before its first row is taken
(ingest/text.py), so that a file in another encoding is set aside whole. This times it
against ``read_responses`` (the check included) on the seeded synthetic export of N
responses (evaluation/consultations.py), best of three, CPU seconds (figures in
docs/benchmarks.md).

    .venv/bin/python bench/check_utf8.py 100000
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from forum_messages.evaluation.consultations import generate, write_csv
from forum_messages.ingest.consultation import parse_columns, read_responses
from forum_messages.ingest.text import check_utf8

OUT = Path(__file__).resolve().parent / "out"


def best(work: object, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()  # type: ignore[operator]
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("responses", type=int, nargs="?", default=100_000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = write_csv(OUT / f"utf8-{args.responses}.csv", generate(args.responses, 0.5, 20, seed=1))
    columns = parse_columns("id=ResponseID,text=Q1,Q2,group=RespondentType")

    def check() -> None:
        with path.open("rb") as fh:
            check_utf8(fh)

    def read() -> None:
        for _ in read_responses(path, columns):
            pass

    size = path.stat().st_size
    checked, whole = best(check), best(read)
    print(f"{args.responses:,} responses, {size / 1e6:.1f} MB")
    print(f"check_utf8:      {checked:.3f} s CPU")
    print(f"read_responses:  {whole:.3f} s CPU (the check included: {checked / whole:.0%})")


if __name__ == "__main__":
    main()
