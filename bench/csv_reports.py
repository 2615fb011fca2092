"""Validating a large report CSV whose statement cells run over several lines (one statement
a line), best of three, CPU seconds (figures in docs/benchmarks.md).

    .venv/bin/python bench/csv_reports.py --sessions 5000
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from forum_messages.ingest import validate_reports

WORDS = [
    "access",
    "rural",
    "broadband",
    "funding",
    "schools",
    "trust",
    "data",
    "privacy",
    "skills",
    "networks",
    "governments",
    "platforms",
]


def write(path: Path, sessions: int) -> None:
    rng = random.Random(1)

    def sentence(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()

    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["session", "title", "key_takeaways", "calls_to_action"])
        for n in range(sessions):
            takeaways = "\n".join(f"- {sentence(14)}, and more." for _ in range(8))
            calls = "\n".join(f"{sentence(12)}." for _ in range(3))
            out.writerow([f"WS #{n}", f"Session {n}", takeaways, calls])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reports.csv"
        write(path, args.sessions)
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            report = validate_reports([path])
            best = min(best, time.process_time() - start)
        size = path.stat().st_size / 1e6
        print(f"{size:.1f} MB, {report.counts()['statements']:,} statements, ok={report.ok}")
        print(f"validate_reports: {best:.2f} s CPU (best of three)")


if __name__ == "__main__":
    main()
