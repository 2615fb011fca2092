"""The tallies of bench/text_kinds.py on hand-written readings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from forum_messages.synth.soft_kinds import Reading, read_one

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def bench(bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """bench/text_kinds.py, which imports its neighbour grouping_terms.py."""
    monkeypatch.syspath_prepend(str(BENCH))
    return bench_module("text_kinds")


def _read(text: str, wide: float, main: bool = True) -> Reading:
    return read_one(text, text, "en", 0.1, False, False, False, 0.0, wide, main)


def test_each_reading_counts_bad_statements_and_the_others(
    bench: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = [
        _read("The session closed with a short exchange on the next meeting.", 0.7),
        _read("The workshop heard from three regulators.", 0.2),
        _read("Regulators should publish their coverage maps.", 0.6),
        _read("The panel agreed that coverage maps must be public.", 0.4, main=False),
    ]
    got = bench.tally(read, [True, True, False, False])
    assert got["all"] == (2, 2)
    assert got["event_raw"] == (2, 1)  # the call has no words of a meeting
    assert got["wide"] == (1, 2)
    assert got["described"] == (1, 0)  # the panel's has a claim of its own ("must")
    assert got["main_described"] == (1, 0)
    assert got["asks"] == (0, 2)  # the form of a call: "should", "must"
    assert got["no_claim"] == (2, 0)  # a modal, "agreed that ... must": a claim
    # read as it was first written (the words of a meeting as written, a claim or not): the
    # panel's framed point reads as a description too, though no main session's
    from forum_messages.synth import soft_kinds

    monkeypatch.setattr(soft_kinds, "DESCRIBED_NO_CLAIM", False)
    monkeypatch.setattr(soft_kinds, "DESCRIBED_POINT", False)
    got = bench.tally(read, [True, True, False, False])
    assert got["described"] == (1, 1)
    assert got["main_described"] == (1, 0)  # the panel's is no main session's
