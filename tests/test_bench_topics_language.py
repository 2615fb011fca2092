"""The measure of bench/topics_language.py: sub-topics and messages of a draft not in another."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest


@pytest.fixture(scope="module")
def bench(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("topics_language")


def _draft(themes: dict[str, list[list[list[str]]]]) -> Any:
    """A draft's shape: theme key -> sub-topics -> messages -> source statement ids."""
    return SimpleNamespace(
        themes=[
            SimpleNamespace(
                key=key,
                topics=[
                    SimpleNamespace(
                        messages=[
                            SimpleNamespace(sources=[SimpleNamespace(statement=s) for s in m])
                            for m in topic
                        ]
                    )
                    for topic in topics
                ],
            )
            for key, topics in themes.items()
        ]
    )


def test_the_same_structure_in_another_order_differs_nowhere(bench: ModuleType) -> None:
    a = _draft({"t": [[["s1", "s2"], ["s3"]], [["s4", "s5"], ["s6", "s7"]]]})
    # sub-topics, messages and sources in another order: the same sets
    b = _draft({"t": [[["s7", "s6"], ["s5", "s4"]], [["s3"], ["s2", "s1"]]]})
    assert bench.compare(a, b) == (0, 4, 0, 2, 1.0)


def test_a_message_in_another_sub_topic_changes_two(bench: ModuleType) -> None:
    a = _draft({"t": [[["s1"], ["s2"], ["s3"]], [["s4"], ["s5"], ["s6"]]]})
    b = _draft({"t": [[["s1"], ["s2"]], [["s3"], ["s4"], ["s5"], ["s6"]]]})
    moved, messages, topics_moved, topics, ari = bench.compare(a, b)
    assert (moved, messages, topics_moved, topics) == (0, 6, 2, 2)
    assert 0.0 < ari < 1.0
    # the same sets of statements under another theme are another sub-topic
    c = _draft({"u": [[["s1"], ["s2"], ["s3"]], [["s4"], ["s5"], ["s6"]]]})
    assert bench.compare(a, c)[2] == 2


def test_a_message_with_other_sources_is_counted(bench: ModuleType) -> None:
    a = _draft({"t": [[["s1", "s2"], ["s3"]], [["s4"]]]})
    b = _draft({"t": [[["s1"], ["s2", "s3"]], [["s4"]]]})
    moved, messages, topics_moved, topics, _ari = bench.compare(a, b)
    assert (moved, messages, topics_moved, topics) == (2, 3, 1, 2)
