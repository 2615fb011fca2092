"""The sets bench/kind_attr_model.py and ``kind_attr_model.TRAINING`` read: every readable set
that marks attributions, the older report files scored only, never a held-out set."""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import ModuleType

from forum_messages.synth.kind_attr_model import TRAINING, attributed_items

BENCH = Path(__file__).resolve().parent.parent / "bench"
BASE = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))


def _load(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    if str(BENCH) not in sys.path:  # it imports its sibling scripts by name
        sys.path.insert(0, str(BENCH))
    return bench_module("kind_attr_model")


def test_the_model_trains_on_every_readable_set_that_marks_attributions(
    bench_module: Callable[[str], ModuleType],
) -> None:
    held = _load(bench_module)
    held_out = {*held.KIND_SETS, *held.REPORTS}
    older = set(held.SCORED_ONLY)
    assert not set(TRAINING) & held_out and not set(TRAINING) & older
    assert set(held.SCORED) == set(TRAINING) | older
    readable = {
        f"{d}/{p.name}"
        for d in ("kinds", "reports")
        for p in (BASE / d).glob("*.yaml")
        if f"{d}/{p.name}" not in held_out | older
        and not (d == "kinds" and p.name in {"test18.yaml"})
    }
    marked = {
        name for name in readable if any(a for _, _, a, _, _ in attributed_items([name], BASE))
    }
    assert marked == set(TRAINING)
