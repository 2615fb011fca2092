"""The readings and tallies of bench/rehome_sources.py on hand-written messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"

# message 0: a and b make the point on fees, c (another session) the one on towers; message 1:
# d and e make the one on towers; f is a lone statement on towers, g one on privacy
POINTS = {"a": "fees", "b": "fees", "c": "towers", "d": "towers", "e": "towers"}
POINTS |= {"f": "towers", "g": "privacy"}
SESSIONS = {"a": "S1", "b": "S2", "c": "S3", "d": "S4", "e": "S5", "f": "S6", "g": "S7"}
GROUPS = [["a", "b", "c"], ["d", "e"]]


@pytest.fixture
def bench(bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    return bench_module("rehome_sources")


def test_majority_takes_the_first_point_on_a_tie(bench: ModuleType) -> None:
    assert bench.majority(["towers", "fees", "towers"]) == "towers"
    assert bench.majority(["towers", "fees"]) == "fees"


def test_members_read_off_landing_and_left_on_two_sessions(bench: ModuleType) -> None:
    reads = [(0, "a", 0.8, 1, 0.1), (0, "c", 0.35, 1, 0.75), (1, "d", 0.9, 0, 0.3)]
    rows = bench.readings([(GROUPS, reads)], POINTS.get, SESSIONS.get)
    by = {r["id"]: r for r in rows}
    assert (by["c"]["off"], by["c"]["lands"], by["c"]["leaves"]) == (True, True, True)
    assert (by["a"]["off"], by["a"]["lands"]) == (False, False)
    assert by["d"]["leaves"] is False  # message 1 would rest on one session
    assert [r["id"] for r in bench.moved(rows, 0.6, 0.2)] == ["c"]
    assert bench.moved(rows, 0.6, 0.5) == [] and bench.moved(rows, 0.8, 0.1) == []
    assert bench.tally(rows, 0.6, 0.2) == "1/0/0"


def test_attached_rows_read_against_the_nearest_message(bench: ModuleType) -> None:
    # f (towers) attached to message 0 of fees; g (privacy) to message 1, its likeliest
    # partner in message 0
    reads = [("f", 0, 0.3, 1, 0.8), ("g", 1, 0.2, 0, 0.7)]
    rows = bench.attach_readings([(GROUPS, reads)], POINTS.get)
    by = {r["id"]: r for r in rows}
    assert (by["f"]["off"], by["f"]["lands"]) == (True, True)
    assert (by["g"]["off"], by["g"]["lands"]) == (True, False)
    assert bench.tally(rows, 0.5, 0.2) == "1/1/0"
    assert bench.tally(rows, 0.75, 0.2) == "1/0/0"
