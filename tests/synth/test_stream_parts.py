"""The runs of statements read between two hand-overs to the encoder."""

from __future__ import annotations

import pytest

from forum_messages.synth import stream


@pytest.mark.parametrize("total", [0, 1, 11, 12, 13, 75, 76, 77, 1000])
def test_a_short_first_run_then_steps_cover_every_statement_once(total: int) -> None:
    runs = list(stream.parts(total))
    covered = [i for start, end in runs for i in range(start, end)]
    assert covered == list(range(total))
    assert all(end > start for start, end in runs)
    if total:
        assert runs[0] == (0, min(total, stream.FIRST))
        assert all(end - start == stream.STEP for start, end in runs[1:-1])


def test_the_first_run_is_never_longer_than_a_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream, "STEP", 5)
    assert list(stream.parts(12)) == [(0, 5), (5, 10), (10, 12)]
