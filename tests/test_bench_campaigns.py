"""The campaign finder's benchmark: its check against the generator's planted campaigns."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from forum_messages.evaluation.consultations import Truth
from forum_messages.ingest.campaigns import Group
from forum_messages.ingest.spill import Texts


@pytest.fixture(scope="module")
def bench(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("campaigns")


def _group(*members: tuple[str, str]) -> Group:
    texts = Texts(in_memory=True)
    return Group(texts, texts.put("text"), members[0], list(members), fp=b"fp")


def test_findings_count_split_and_mixed_campaigns(bench: ModuleType) -> None:
    truth = Truth({"a": 0, "b": 0, "c": 0, "d": 1, "e": 1})
    groups = [
        _group(("a", "Q1"), ("b", "Q1"), ("x", "Q1")),  # campaign 0 with a stranger
        _group(("c", "Q1")),  # a copy of campaign 0 left out
        _group(("d", "Q1"), ("e", "Q1"), ("e", "Q2")),  # campaign 1 whole, plus a Q2 answer
    ]
    got = bench.findings(groups, truth)
    assert got["planted"] == 2 and got["planted_whole"] == 1
    assert got["recall"] == round(4 / 5, 4)
    assert got["precision"] == round(4 / 6, 4)
    assert got["campaigns"] == 2 and got["campaign_answers"] == 6 and got["largest"] == 3


def test_a_small_run_finds_every_planted_campaign(bench: ModuleType) -> None:
    got = bench.run_one(600, 0.5)
    assert got["answers"] >= 600
    assert got["planted"] == bench.CAMPAIGNS and got["planted_whole"] == bench.CAMPAIGNS
    assert got["recall"] == 1.0 and got["precision"] > 0.99
    assert bench.exponent([(1000, 1.0), (2000, 2.0), (4000, 4.0)]) == pytest.approx(1.0)
    assert bench.exponent([(1000, 1.0), (2000, 4.0)]) == pytest.approx(2.0)
