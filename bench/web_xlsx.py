"""The public XLSX of handled comments without the database: ``--rows`` rows of 14 text
cells (two of them a few hundred characters, like a comment and its answer) written by our
writer (services/handledxlsx) and by openpyxl's write-only workbook, with a style on each
cell as the site used to and with plain values; the file of ours is read back with
openpyxl and compared. Figures in docs/benchmarks.md.

    .venv/bin/python bench/web_xlsx.py --rows 20000
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WORDS = [
    "rural",
    "communities",
    "need",
    "affordable",
    "connectivity",
    "spectrum",
    "licensing",
    "community",
    "networks",
    "trust",
    "data",
    "protection",
    "cross-border",
    "flows",
    "capacity",
    "development",
    "youth",
    "participation",
]


def rows(n: int) -> list[list[str]]:
    rng = random.Random(1)
    return [
        [
            str(i),
            "2026-12-05 01:00 UTC",
            "message: " + " ".join(rng.choices(WORDS, k=12)),
            "https://example.org/e/igf2025/t/trust/#m-1234",
            f"Organisation {i % 500}",
            "Private sector",
            "Europe",
            "Norway",
            " ".join(rng.choices(WORDS, k=60)),
            "4" if i % 2 else "",
            "",
            "noted",
            " ".join(rng.choices(WORDS, k=25)),
            f"https://example.org/e/igf2025/c/{i}/",
        ]
        for i in range(n)
    ]


def ours(path: Path, header: list[str], table: list[list[str]]) -> None:
    from forum_messages.web.services import handledxlsx

    handledxlsx.write(path, "comments", header, table, [20] * len(header))


def openpyxl_file(styled: bool) -> Callable[[Path, list[str], list[list[str]]], None]:
    def write(path: Path, header: list[str], table: list[list[str]]) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("comments")
        bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")

        def cell(value: str, **style: object) -> WriteOnlyCell:
            c = WriteOnlyCell(ws, value=value)
            c.data_type = "s"
            for name, v in style.items():
                setattr(c, name, v)
            return c

        ws.append([cell(h, font=bold) for h in header])
        for values in table:
            ws.append([cell(v, alignment=wrap) for v in values] if styled else values)
        wb.save(path)

    return write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args(argv)
    table = rows(args.rows)
    header = [f"column {i}" for i in range(14)]
    with tempfile.TemporaryDirectory(prefix="fm-xlsx-bench-") as folder:
        for label, write in (
            ("handledxlsx (ours)", ours),
            ("openpyxl write-only, a style on each cell", openpyxl_file(True)),
            ("openpyxl write-only, plain values", openpyxl_file(False)),
        ):
            path = Path(folder) / "t.xlsx"
            start, cpu = time.perf_counter(), time.process_time()
            write(path, header, table)
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            mb = path.stat().st_size / 1e6
            print(f"{label}: {wall:.2f} s ({cpu:.2f} s CPU), {mb:.1f} MB", flush=True)
            if write is ours:
                from openpyxl import load_workbook

                ws = load_workbook(path, read_only=True).active
                got = [[c.value for c in r] for r in ws.iter_rows()]  # type: ignore[union-attr]
                assert got == [header, *table], "the file does not read back"
    return 0


if __name__ == "__main__":
    sys.exit(main())
