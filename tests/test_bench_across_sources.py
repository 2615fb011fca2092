"""The readings and tallies of bench/across_sources.py on hand-written messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def bench(bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """bench/across_sources.py, which imports its neighbours common.py and held_out.py."""
    monkeypatch.syspath_prepend(str(BENCH))
    return bench_module("across_sources")


POINTS = {"a": "p1", "b": "p1", "c": "p2", "d": None, "e": "p1", "f": "p3"}
LANGS = {"a": "en", "b": "fr", "c": "en", "d": "es", "e": "es", "f": "ar"}


def _probs(pair: dict[tuple[str, str], float]) -> dict[str, dict[tuple[str, str], float]]:
    both = pair | {(b, a): p for (a, b), p in pair.items()}
    return {"pair": pair, "core": {k: 0.96 for k in both}, "large": {k: 0.97 for k in both}}


def test_each_source_read_against_its_core(bench: ModuleType) -> None:
    # a message of four: a the core, b its point in French, c another point in English,
    # d a description in Spanish; the pair model's probabilities in one order only
    pair = {
        ("a", "b"): 0.9,
        ("a", "c"): 0.4,
        ("a", "d"): 0.5,
        ("b", "c"): 0.3,
        ("b", "d"): 0.2,
        ("c", "d"): 0.6,
    }
    rows = bench.readings([(["a", "b", "c", "d"], "a", _probs(pair))], POINTS.get, LANGS.get)
    got = {r["id"]: r for r in rows}
    assert sorted(got) == ["b", "c", "d"]  # the core is not read
    assert not got["b"]["off"] and got["c"]["off"] and got["d"]["off"]  # a description: off
    assert got["b"]["across"] and not got["c"]["across"] and got["d"]["across"]
    assert got["b"]["alone"] and not got["c"]["alone"] and got["d"]["alone"]
    assert got["c"]["pair"] == 0.4 and got["c"]["mean"] == round((0.4 + 0.3 + 0.6) / 3, 6)
    assert got["b"]["core"] == 0.96 and got["b"]["large"] == 0.97 and got["b"]["size"] == 4


def test_the_rules_and_their_tallies(bench: ModuleType) -> None:
    two = bench.readings(
        [
            (["e", "f"], "e", _probs({("e", "f"): 0.5})),
            (["a", "b"], "a", _probs({("a", "b"): 0.6})),
        ],
        POINTS.get,
        LANGS.get,
    )
    assert [r["id"] for r in two] == ["f", "b"]
    assert bench.taken(two, bench.two_across(0.55)) == "1/0"  # f off at 0.5; b right at 0.6
    assert bench.taken(two, bench.two_across(0.62)) == "1/1"
    assert bench.taken(two, bench.larger_across(0.9)) == "0/0"  # no larger message
    larger = [
        {"size": 3, "across": True, "pair": 0.5, "mean": 0.7, "off": False},
        {"size": 3, "across": True, "pair": 0.5, "mean": 0.4, "off": True},
        {"size": 3, "across": False, "pair": 0.1, "mean": 0.1, "off": True},
    ]
    assert bench.taken(larger, bench.larger_across(0.55)) == "1/0"  # backed by the others: kept


def test_the_spread_of_a_model(bench: ModuleType) -> None:
    assert bench.spread([]) == "-"
    assert bench.spread([0.9, 0.1, 0.5]) == "0.10 / 0.10 / 0.50"
    values = [i / 20 for i in range(20, 0, -1)]  # 0.05 ... 1.0
    assert bench.spread(values) == "0.05 / 0.15 / 0.50"
