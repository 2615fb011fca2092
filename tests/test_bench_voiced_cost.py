"""The cost of the message texts with the forty-first round's frames off and on
(bench/voiced_cost.py), and the forty-fourth, the forty-sixth, the forty-eighth, the
fifty-sixth or the fifty-ninth round's alone (``--calls``, ``--spent``, ``--speakers``,
``--kept``, ``--colon``): it reads
the development sets only, prints both timings, and leaves the settings on as shipped."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType

import pytest

from forum_messages.synth import (
    kind_cues_voice6,
    kind_cues_voice7,
    kind_cues_voice8,
    kind_cues_voice9,
    kind_cues_voice11,
    kind_cues_voice12,
    kind_frame_shape,
)


def test_both_settings_are_timed_and_the_shipped_ones_restored(
    bench_module: Callable[[str], ModuleType],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = bench_module("voiced_cost")
    monkeypatch.setattr("sys.argv", ["voiced_cost.py", "1"])
    module.main()
    head, off, on = capsys.readouterr().out.splitlines()
    points, sets = map(int, re.findall(r"\d[\d,]*", head)[:2])
    assert points > 3000 and sets > 20
    assert off.startswith("off:") and on.startswith("on:")
    assert all(float(re.findall(r"[\d.]+", line)[0]) > 0 for line in (off, on))
    assert kind_frame_shape.GENERAL and kind_frame_shape.ANONYMOUS
    assert kind_frame_shape.LONG_PREAMBLE and kind_cues_voice6.ON


def test_the_calls_alone_are_timed_and_restored(
    bench_module: Callable[[str], ModuleType],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = bench_module("voiced_cost")
    monkeypatch.setattr("sys.argv", ["voiced_cost.py", "1", "--calls"])
    module.main()
    head, off, on = capsys.readouterr().out.splitlines()
    assert "best of 1 runs" in head
    assert off.startswith("off:") and on.startswith("on:")
    assert kind_cues_voice7.ON and kind_cues_voice7.ASIDE and kind_cues_voice6.ON


def test_the_forty_sixth_rounds_settings_alone_are_timed_and_restored(
    bench_module: Callable[[str], ModuleType],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = bench_module("voiced_cost")
    monkeypatch.setattr("sys.argv", ["voiced_cost.py", "1", "--spent"])
    module.main()
    head, off, on = capsys.readouterr().out.splitlines()
    assert "best of 1 runs" in head
    assert off.startswith("off:") and on.startswith("on:")
    assert all(getattr(kind_cues_voice8, name) for name in module.SPENT)
    assert kind_cues_voice7.ON and kind_cues_voice7.ASIDE


def test_the_forty_eighth_rounds_settings_alone_are_timed_and_restored(
    bench_module: Callable[[str], ModuleType],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = bench_module("voiced_cost")
    monkeypatch.setattr("sys.argv", ["voiced_cost.py", "1", "--speakers"])
    module.main()
    head, off, on = capsys.readouterr().out.splitlines()
    assert "best of 1 runs" in head
    assert off.startswith("off:") and on.startswith("on:")
    assert all(getattr(kind_cues_voice9, name) for name in module.SPEAKERS)
    assert all(getattr(kind_cues_voice8, name) for name in module.SPENT)


def test_the_fifty_sixth_rounds_settings_alone_are_timed_and_restored(
    bench_module: Callable[[str], ModuleType],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = bench_module("voiced_cost")
    monkeypatch.setattr("sys.argv", ["voiced_cost.py", "1", "--kept"])
    module.main()
    head, off, on = capsys.readouterr().out.splitlines()
    assert "best of 1 runs" in head
    assert off.startswith("off:") and on.startswith("on:")
    assert all(getattr(kind_cues_voice11, name) for name in module.KEPT)
    assert all(getattr(kind_cues_voice9, name) for name in module.SPEAKERS)


def test_the_fifty_ninth_rounds_settings_alone_are_timed_and_restored(
    bench_module: Callable[[str], ModuleType],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = bench_module("voiced_cost")
    monkeypatch.setattr("sys.argv", ["voiced_cost.py", "1", "--colon"])
    module.main()
    head, off, on = capsys.readouterr().out.splitlines()
    assert "best of 1 runs" in head
    assert off.startswith("off:") and on.startswith("on:")
    assert all(getattr(kind_cues_voice12, name) for name in module.COLON)
    assert all(getattr(kind_cues_voice11, name) for name in module.KEPT)
