"""A forked child's every way of going wrong (it dies, hangs, raises, sends what does not read
back; this process fails or stops early; no pipe or process to be had) leaves no process, no
open pipe and nothing shared or limited behind, and this process makes up the work itself."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable

import pytest

from conftest import NothingLeft, blas_threads
from forum_messages.nlp import forked


def in_child(parent: int, then: Callable[[], object]) -> Callable[[int], int]:
    """``x -> -x``, but in a child ``then()`` first."""

    def fn(x: int) -> int:
        if os.getpid() != parent:
            then()
        return -x

    return fn


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def leave() -> None:
    os._exit(0)  # a clean exit that sends nothing


class _Unreadable:
    """Pickled in the child without trouble; reading it back raises."""

    def __reduce__(self) -> tuple[Callable[[], None], tuple[()]]:
        return _explode, ()


def _explode() -> None:
    raise ValueError("not what the child was asked for")


@pytest.mark.parametrize("then", [die, leave], ids=["killed", "exits-without-sending"])
@pytest.mark.parametrize("how", ["halves", "in_order", "background"])
def test_a_child_that_sends_nothing_is_made_up_for_here(
    nothing_left: NothingLeft, then: Callable[[], None], how: str
) -> None:
    parent = os.getpid()
    fn = in_child(parent, then)
    items = [1, 2, 3, 4]
    with nothing_left() as pids:
        if how == "halves":
            got = forked.map_halves(fn, items, weight=lambda x: x, fork=True)
        elif how == "in_order":
            got = list(forked.map_in_order(fn, items, lambda x: x, 0.2, fork=True))
        else:
            job = forked.Background(lambda: [fn(x) for x in items], fork=True)
            assert job.forked
            got = job.result()
    assert got == [-1, -2, -3, -4] and len(pids) == 1


def test_a_child_whose_answer_does_not_read_back_is_made_up_for_here(
    nothing_left: NothingLeft,
) -> None:
    parent = os.getpid()

    def make() -> object:
        return _Unreadable() if os.getpid() != parent else "made here"

    with nothing_left() as pids:
        child = forked.Child(make)
        assert child.running and forked._SHARING
        assert child.result(lambda: "made here") == "made here"
        assert not child.running
        assert child.collect() == (False, None)  # collected once: nothing more to wait for
    assert len(pids) == 1


@pytest.mark.parametrize("how", ["halves", "in_order"])
def test_an_error_here_kills_the_child_instead_of_waiting_for_it(
    monkeypatch: pytest.MonkeyPatch, nothing_left: NothingLeft, how: str
) -> None:
    """This process's own share fails (or is interrupted) while the child hangs: the error
    comes out at once, the child killed, not waited for until the grace time is over."""
    monkeypatch.setattr(forked, "GRACE_SECONDS", 3600.0)
    parent = os.getpid()
    stuck = threading.Event()

    def fn(x: int) -> int:
        if os.getpid() != parent:
            stuck.wait()  # never set in the child
        raise KeyboardInterrupt

    with nothing_left(seconds=20) as pids, pytest.raises(KeyboardInterrupt):
        if how == "halves":
            forked.map_halves(fn, [1, 2, 3, 4], weight=lambda x: x, fork=True)
        else:
            list(forked.map_in_order(fn, [1, 2, 3, 4], lambda x: x, 0.0, fork=True))
    assert len(pids) == 1


def test_a_caller_that_stops_early_has_the_child_killed(
    monkeypatch: pytest.MonkeyPatch, nothing_left: NothingLeft
) -> None:
    monkeypatch.setattr(forked, "GRACE_SECONDS", 3600.0)
    parent = os.getpid()
    stuck = threading.Event()

    def fn(x: int) -> int:
        if os.getpid() != parent:
            stuck.wait()
        return x + 1

    with nothing_left(seconds=20) as pids:
        results = forked.map_in_order(fn, [1, 2, 3, 4], lambda x: 1, 0.0, fork=True)
        assert next(results) == 2 and forked._SHARING
        results.close()  # type: ignore[attr-defined]
    assert len(pids) == 1


def test_a_child_left_as_a_context_is_killed_and_everything_released(
    nothing_left: NothingLeft,
) -> None:
    from threadpoolctl import threadpool_limits

    parent = os.getpid()
    stuck = threading.Event()

    def make() -> int:
        if os.getpid() != parent:
            stuck.wait()
        return 1

    with threadpool_limits(limits=2, user_api="blas"), nothing_left(20) as pids:
        with forked.Child(make) as child:
            assert child.running and forked._SHARING and set(blas_threads()) <= {1}
        assert not child.running
        child.abandon()  # again: nothing to do
    assert len(pids) == 1


def test_no_pipe_or_no_process_to_be_had_means_everything_made_here(
    monkeypatch: pytest.MonkeyPatch, nothing_left: NothingLeft
) -> None:
    def no_pipe() -> tuple[int, int]:
        raise OSError(24, "Too many open files")

    items = [1, 2, 3, 4]
    pipe = os.pipe
    with nothing_left() as pids:
        monkeypatch.setattr(os, "pipe", no_pipe)
        assert forked.map_halves(lambda x: -x, items, lambda x: x, fork=True) == [-1, -2, -3, -4]
        job = forked.Background(lambda: 5, fork=True)
        assert not job.forked and job.result() == 5
        monkeypatch.setattr(os, "pipe", pipe)  # a pipe, but no process

        def no_fork() -> int:
            raise OSError(11, "Resource temporarily unavailable")

        monkeypatch.setattr(os, "fork", no_fork)
        assert list(forked.map_in_order(lambda x: -x, items, lambda x: x, 0.2, fork=True)) == [
            -1,
            -2,
            -3,
            -4,
        ]
        child = forked.Child(lambda: 1)
        assert not child.running and child.result(lambda: 2) == 2
    assert pids == []


def test_children_reaped_on_their_own_still_give_their_results(
    nothing_left: NothingLeft,
) -> None:
    """With ``SIGCHLD`` ignored (a host that reaps children so), nothing is there to wait
    for: the child's answer tells by itself whether it is whole."""
    parent = os.getpid()
    old = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        with nothing_left() as pids:
            got = forked.map_halves(lambda x: (x, os.getpid()), [1, 2, 3, 4], lambda x: 1, True)
            fails = forked.map_halves(in_child(parent, die), [1, 2, 3, 4], lambda x: x, True)
            stuck = threading.Event()
            with forked.Child(lambda: stuck.wait()) as child:
                assert child.running
    finally:
        signal.signal(signal.SIGCHLD, old)
    assert [x for x, _ in got] == [1, 2, 3, 4] and len({pid for _, pid in got}) == 2
    assert fails == [-1, -2, -3, -4] and len(pids) == 3


def test_a_child_that_cannot_be_set_up_leaves_nothing_shared(
    monkeypatch: pytest.MonkeyPatch, nothing_left: NothingLeft
) -> None:
    def broken() -> None:
        raise RuntimeError("no BLAS to limit")

    with nothing_left() as pids:
        monkeypatch.setattr(forked, "_one_blas_thread", broken)
        with pytest.raises(RuntimeError):
            forked.Child(lambda: 1)
        assert not forked._SHARING
        assert forked.Child(lambda: 2, one_blas=False).result(lambda: 3) == 2
    assert len(pids) == 1


def test_a_later_fork_leaves_the_child_of_the_process_that_started_it_alone(
    nothing_left: NothingLeft,
) -> None:
    """A copy of a ``Child`` in a later fork (a share of other work forked meanwhile) neither
    waits for nor kills a child that is not its own: the first child still answers."""
    parent = os.getpid()
    with nothing_left() as pids:
        first = forked.Child(lambda: "first", share=False)

        def meddle() -> bool:
            with first:  # left in the later fork: nothing is done to the first child there
                pass
            return first.collect() == (False, None) and not first.running

        second = forked.Child(meddle, share=False)
        assert second.result(lambda: False) is True
        assert first.result(lambda: "made here") == "first" and os.getpid() == parent
    assert len(pids) == 2


def test_a_background_job_dropped_before_its_result_has_its_child_killed(
    nothing_left: NothingLeft,
) -> None:
    import gc

    parent = os.getpid()
    stuck = threading.Event()

    def make() -> int:
        if os.getpid() != parent:
            stuck.wait()  # the child would work on for ever
        return 1

    with nothing_left(20) as pids:
        job = forked.Background(make, fork=True)
        assert job.forked
        del job  # the caller failed before asking for the result
        gc.collect()
    assert len(pids) == 1  # and ``nothing_left`` found it reaped, its pipe closed
