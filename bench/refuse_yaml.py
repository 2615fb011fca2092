"""How long a YAML report that no report needs takes to be refused, and what a large one
that is accepted costs to read.

Writes, in a temporary folder, YAML report files of about ``--mb`` megabytes: one statement
on one line (a plain value), a flow list of statements on one line, the same statements one
a line (over the file bound of ingest/yamlfile.py), and a file of realistic reports just under
that bound; then times ``validate_reports`` on each, once, in this process: wall and CPU
seconds, and the first problem found (figures in docs/benchmarks.md).

    .venv/bin/python bench/refuse_yaml.py --mb 50
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from forum_messages.ingest import validate_reports

STATEMENT = (
    "Las escuelas rurales necesitan banda ancha asequible antes del próximo curso, y los "
    "gobiernos locales deben financiarla con fondos públicos estables."
)


def one_long_value(size: int) -> str:
    words = (STATEMENT + " ") * (size // (len(STATEMENT) + 1))
    return f"session: WS 1\nkey_takeaways:\n  - {words.strip()}\n"


def flow_list(size: int) -> str:
    items = ", ".join(f'"{STATEMENT} ({n})"' for n in range(size // (len(STATEMENT) + 9)))
    return f"session: WS 1\nkey_takeaways: [{items}]\n"


def many_lines(size: int) -> str:
    out, n = ["sessions:\n"], 0
    total = 0
    while total < size:
        block = f"  - session: WS {n}\n    key_takeaways:\n" + "".join(
            f"      - {STATEMENT} ({k})\n" for k in range(20)
        )
        out.append(block)
        total += len(block)
        n += 1
    return "".join(out)


def timed(path: Path) -> tuple[float, float, str]:
    wall, cpu = time.perf_counter(), time.process_time()
    report = validate_reports([path])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    first = str(report.problems[0]) if report.problems else "accepted"
    if len(first) > 150:
        first = first[:150] + "..."
    return wall, cpu, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="size of the refused files")
    parser.add_argument("--accepted-mb", type=float, default=19.0, help="size of the last file")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    cases: list[tuple[str, Callable[[int], str], int]] = [
        ("one statement on one line", one_long_value, size),
        ("a flow list on one line", flow_list, size),
        ("one statement a line", many_lines, size),
        ("one statement a line (accepted)", many_lines, int(args.accepted_mb * 1_000_000)),
    ]
    with tempfile.TemporaryDirectory() as folder:
        for name, make, chars in cases:
            path = Path(folder) / "reports.yaml"
            path.write_text(make(chars), encoding="utf-8")
            mb = path.stat().st_size / 1e6
            wall, cpu, first = timed(path)
            print(f"{name:34} {mb:6.1f} MB  {wall:7.2f} s wall  {cpu:7.2f} s CPU  {first}")


if __name__ == "__main__":
    main()
