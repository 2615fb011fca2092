"""The encoder's worker threads get the interpreter lock quickly while they run, and the
switch interval of before comes back afterwards, whatever threads overlap."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import numpy as np
import pytest

from forum_messages.nlp import use
from forum_messages.nlp.use import SWITCH_SECONDS, USEEmbedder, quick_handoff


@pytest.fixture
def interval() -> Iterator[float]:
    # a model still loading in the background for an earlier command (one that stopped at
    # bad input) hands the lock over quickly until it is done: wait for it
    for thread in threading.enumerate():
        if thread.name.startswith("model-load-"):
            thread.join()
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        yield 0.005
    finally:
        sys.setswitchinterval(before)


def test_interval_short_inside_and_restored_after(interval: float) -> None:
    with quick_handoff():
        assert sys.getswitchinterval() == pytest.approx(SWITCH_SECONDS)
        with quick_handoff():  # nested: still short, and not restored by the inner block
            pass
        assert sys.getswitchinterval() == pytest.approx(SWITCH_SECONDS)
    assert sys.getswitchinterval() == pytest.approx(interval)


def test_restored_after_an_error(interval: float) -> None:
    with pytest.raises(RuntimeError), quick_handoff():
        raise RuntimeError("boom")
    assert sys.getswitchinterval() == pytest.approx(interval)


def test_a_shorter_interval_is_kept(interval: float) -> None:
    sys.setswitchinterval(SWITCH_SECONDS / 2)  # kept in whole microseconds
    with quick_handoff():
        assert sys.getswitchinterval() == pytest.approx(SWITCH_SECONDS / 2, rel=0.05)
    assert sys.getswitchinterval() == pytest.approx(SWITCH_SECONDS / 2, rel=0.05)


def test_overlapping_threads_restore_the_first_interval(interval: float) -> None:
    """Two threads whose blocks overlap without nesting: the interval comes back when the
    last one leaves, not when the first does."""
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[float] = []

    def first() -> None:
        with quick_handoff():
            a_in.set()
            b_in.wait(5)
        a_out.set()

    def second() -> None:
        a_in.wait(5)
        with quick_handoff():
            b_in.set()
            a_out.wait(5)
            seen.append(sys.getswitchinterval())  # the first thread has left its block

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == [pytest.approx(SWITCH_SECONDS)]
    assert sys.getswitchinterval() == pytest.approx(interval)
    assert use._switch_users == 0


def test_encoding_on_threads_hands_over_quickly_and_restores(use_embedder, interval: float) -> None:  # type: ignore[no-untyped-def]
    """While the workers encode, the texts are made under the short interval; one thread
    (no workers) leaves the interval alone; the vectors are those of one thread."""
    texts = [f"Statement {i} on open standards and data governance." for i in range(30)]
    during: dict[int, float] = {}

    def made(threads: int) -> Iterator[str]:
        for text in texts:
            during[threads] = sys.getswitchinterval()
            yield text

    vectors = {}
    for threads in (1, 2):
        enc = USEEmbedder(threads=threads)
        enc.__dict__["_model"] = use_embedder._model  # the loaded weights, not a new load
        vectors[threads] = enc.embed_stream(made(threads), 16)
        assert sys.getswitchinterval() == pytest.approx(interval)
    assert during == {1: pytest.approx(interval), 2: pytest.approx(SWITCH_SECONDS)}
    assert np.array_equal(vectors[1], vectors[2])
