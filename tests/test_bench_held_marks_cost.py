"""The cost of telling apart the attributions the readings held back give alone
(bench/held_marks_cost.py): it reads the readable report files only, prints the counts and both
timings, and refuses to run when nothing would be read again."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType

import pytest

from forum_messages.synth import held_marks


def test_the_counts_and_timings_are_printed(
    bench_module: Callable[[str], ModuleType],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = bench_module("held_marks_cost")
    monkeypatch.setattr("sys.argv", ["held_marks_cost.py", "1"])
    module.main()
    out = capsys.readouterr().out
    statements, marked = map(int, re.findall(r"\d+", out.splitlines()[0])[:2])
    alone = int(re.findall(r"\d+", out.splitlines()[1])[0])
    assert statements > 2500 and 0 < alone < marked < statements
    timings = [float(t) for t in re.findall(r"([\d.]+) s\b", out)]
    assert len(timings) == 3 and all(t > 0 for t in timings)
    assert held_marks.READS == "text"


def test_nothing_to_read_again_is_refused(
    bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    module = bench_module("held_marks_cost")
    monkeypatch.setattr("sys.argv", ["held_marks_cost.py", "1"])
    monkeypatch.setattr(held_marks, "READS", "all")
    with pytest.raises(SystemExit, match="READS"):
        module.main()
