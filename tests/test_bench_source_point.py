"""The readings and tallies of bench/source_point.py on hand-written sources."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def bench(bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """bench/source_point.py, which imports its neighbour grouping_terms.py."""
    monkeypatch.syspath_prepend(str(BENCH))
    return bench_module("source_point")


def test_a_source_read_against_its_message_and_the_next_one(bench: ModuleType) -> None:
    # beside the shown source "a" at 0.6 and "b" at 0.2; another message of the theme at 0.7
    got = bench.source_reading({"a": 0.6, "b": 0.2}, "a", 0.41, [(0.7, 0.5), (0.1, 0.3)])
    assert got["shown"] == 0.6 and got["mean"] == 0.4 and got["next"] == 0.7
    assert got["margin"] == round(0.4 - 0.7, 6) and got["margin_cos"] == round(0.41 - 0.5, 6)
    alone = bench.source_reading({"a": 0.9}, "a", 0.5, [])  # no other message in the theme
    assert alone["next"] == 0.0 and alone["margin"] == 0.9 and alone["margin_cos"] == 1.5


def _rows(readings: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    return [{"shown": v, "off": off} for v, off in readings]


def test_the_counts_and_the_clean_bar(bench: ModuleType) -> None:
    rows = _rows([(0.1, True), (0.2, True), (0.3, False), (0.4, True), (0.9, False)])
    assert bench.taken(rows, lambda r: r["shown"] < 0.5) == "3/1"
    assert bench.taken(rows, bench.every_source) == "3/2"
    assert bench.clean_bar(rows, "shown") == 0.2  # the right source at 0.3 stops it
    # a right source at the lowest value: no bar; an off and a right one level: below them
    assert bench.clean_bar(_rows([(0.1, False), (0.2, True)]), "shown") is None
    assert bench.clean_bar(_rows([(0.1, True), (0.2, True), (0.2, False)]), "shown") == 0.1


KEYS = ("shown", "mean", "shown_core", "shown_large", "cos", "margin", "margin_cos", "terms")


def _source(value: float, off: bool) -> dict[str, Any]:
    """A source reading ``value`` in every reading."""
    return dict.fromkeys(KEYS, value) | {"off": off, "large": False, "lang": True, "sibling": False}


def test_the_fitted_ranking_takes_what_the_readings_part(bench: ModuleType) -> None:
    assert set(bench.FITTED) == set(KEYS)
    # off sources read low, right ones high: the fitted ranking takes the off ones first,
    # on the files it was fitted on and on the others
    train = [_source(v, True) for v in (0.1, 0.15, 0.2)]
    train += [_source(v, False) for v in (0.7, 0.8, 0.9, 0.95)]
    held = [_source(0.12, True), _source(0.85, False), _source(0.9, False)]
    score, table = bench.fitted_ranking(train, held, (1, 3, 5, 7))
    assert score == 1.0
    assert table == [(1, "1/0", "0/0"), (3, "3/0", "1/0"), (5, "3/2", "1/0"), (7, "3/4", "1/2")]
    # read the other way round the ranking is as bad on the others
    flipped = [r | {"off": not r["off"]} for r in held]
    assert bench.fitted_ranking(train, flipped, (1,))[0] == 0.0
