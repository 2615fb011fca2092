"""The sets bench/kind_training.py reads: every readable labelled set, never a held-out one."""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    if str(BENCH) not in sys.path:  # it imports its sibling scripts by name
        sys.path.insert(0, str(BENCH))
    return bench_module("kind_training")


def test_every_labelled_set_is_scored_or_held_out(
    bench_module: Callable[[str], ModuleType],
) -> None:
    kt = _load(bench_module)
    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    files = {f"{d}/{p.name}" for d in ("kinds", "reports") for p in (base / d).glob("*.yaml")}
    assert not set(kt.SCORED) & set(kt.HELD_OUT)
    assert files == set(kt.SCORED) | set(kt.HELD_OUT)
    assert "kinds/test18.yaml" in kt.HELD_OUT
    held = {
        "kinds/test20.yaml",
        "kinds/test21.yaml",
        "kinds/test22.yaml",
        "kinds/test23.yaml",
        "kinds/test24.yaml",
        "kinds/test25.yaml",
        "kinds/test26.yaml",
        "reports/test-vladivostok.yaml",
        "reports/test-yerevan.yaml",
        "reports/test-bata.yaml",
        "reports/test-nouadhibou.yaml",
    }
    assert held <= set(kt.HELD_OUT)
    # the report files the common evaluation scores are scored, never trained on
    assert not [name for name in kt.TRAINABLE if name.startswith("reports/test-")]
    assert set(kt.TEST_REPORTS) <= set(kt.SCORED)


def test_the_wide_regression_is_fitted_on_what_the_bench_calls_all(
    bench_module: Callable[[str], ModuleType],
) -> None:
    from forum_messages.synth.kind_model import WIDE_TRAINING

    kt = _load(bench_module)
    assert set(WIDE_TRAINING) == set(kt.TRAINABLE)
    assert len(WIDE_TRAINING) == len(set(WIDE_TRAINING))
