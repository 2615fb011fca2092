"""One list of held-out material for every bench (``bench/held_out.py``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"
EVALUATION = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))


def test_every_held_out_file_exists(bench_module: Callable[[str], ModuleType]) -> None:
    held = bench_module("held_out")
    for name in (*held.REPORTS, *held.KIND_SETS):
        assert (EVALUATION / name).is_file(), name
    assert len(set(held.REPORT_FILES)) == len(held.REPORT_FILES)


def test_a_path_is_held_out_by_its_file_name_in_any_form(
    bench_module: Callable[[str], ModuleType],
) -> None:
    held = bench_module("held_out")
    name = held.REPORT_FILES[-1]
    assert held.is_held_out(name)
    assert held.is_held_out(f"reports/{name}")
    assert held.is_held_out(EVALUATION / "reports" / name)
    assert not held.is_held_out("reports/dev-fr.yaml")
    assert not held.is_held_out(f"reports/old-{name}")  # a name that only ends like one
    paths = [f"x/{name}", "x/dev-fr.yaml", "x/dev-es.yaml"]
    assert held.readable(paths) == ["x/dev-fr.yaml", "x/dev-es.yaml"]


def test_no_other_bench_names_a_held_out_report_file(
    bench_module: Callable[[str], ModuleType],
) -> None:
    held = bench_module("held_out")
    for path in sorted(BENCH.glob("*.py")):
        if path.name == "held_out.py":
            continue
        quoted = set(re.findall(r"[\"']([^\"']+\.yaml)[\"']", path.read_text(encoding="utf-8")))
        named = {q.rsplit("/", 1)[-1] for q in quoted}
        assert not named & set(held.REPORT_FILES), path.name
