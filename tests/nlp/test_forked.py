"""Calls shared with a forked child give what one process gives."""

from __future__ import annotations

import os
import threading

import pytest

from forum_messages.nlp import forked
from forum_messages.nlp.forked import halves, map_halves
from forum_messages.nlp.keyphrases import keyphrases

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")


def test_halves_balance_the_weights() -> None:
    mine, theirs = halves([5, 1, 1, 1, 9, 2])
    assert sorted(mine + theirs) == list(range(6))
    assert abs(sum([5, 1, 1, 1, 9, 2][i] for i in mine) - 10) <= 1
    assert halves([3]) == ([0], [])
    heavier, lighter = halves([801, 785, 752, 662])  # 801 + 662 < 785 + 752
    assert (sorted(heavier), sorted(lighter)) == ([1, 2], [0, 3])


@needs_fork
def test_half_is_made_in_a_child_and_the_results_come_back_in_order() -> None:
    items = list(range(10))
    got = map_halves(lambda x: (x * x, os.getpid()), items, weight=lambda x: 1, fork=True)
    assert [v for v, _ in got] == [x * x for x in items]
    pids = {pid for _, pid in got}
    assert os.getpid() in pids and len(pids) == 2  # one half here, one in the child


@needs_fork
def test_a_failing_child_is_made_up_for_here() -> None:
    parent = os.getpid()

    def fn(x: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return -x

    assert map_halves(fn, [1, 2, 3, 4], weight=lambda x: x, fork=True) == [-1, -2, -3, -4]


@needs_fork
def test_a_hanging_child_is_killed_and_made_up_for_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """A child stuck for good (say on a lock held by another thread at the fork) costs the
    grace time, not the run."""
    monkeypatch.setattr(forked, "GRACE_SECONDS", 0.5)
    parent = os.getpid()
    stuck = threading.Event()

    def fn(x: int) -> int:
        if os.getpid() != parent:
            stuck.wait()  # never set in the child
        return x + 1

    assert map_halves(fn, [1, 2, 3, 4], weight=lambda x: x, fork=True) == [2, 3, 4, 5]


def test_no_fork_for_small_inputs_one_thread_or_other_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    big = forked.MIN_WEIGHT
    monkeypatch.delenv("FORUM_MESSAGES_THREADS", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert forked.can_fork(big, 2) == hasattr(os, "fork")
    assert not forked.can_fork(big - 1, 2) and not forked.can_fork(big, 1)
    answers: list[bool] = []
    thread = threading.Thread(target=lambda: answers.append(forked.can_fork(big, 2)))
    thread.start()
    thread.join()
    assert answers == [False]
    monkeypatch.setenv("FORUM_MESSAGES_THREADS", "1")
    assert not forked.can_fork(big, 2)


def test_a_distributed_engines_idle_workers_lend_their_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """FORUM_MESSAGES_THREADS=1 gives the workers one thread each; while they wait for the
    driver, the driver may fork (inside ``cores_lent``), and only then."""
    big = forked.MIN_WEIGHT
    monkeypatch.setenv("FORUM_MESSAGES_THREADS", "1")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    with forked.cores_lent():
        assert forked.can_fork(big, 2) == hasattr(os, "fork")
        assert not forked.can_fork(big - 1, 2)
    assert not forked.can_fork(big, 2)
    with forked.cores_lent(False):
        assert not forked.can_fork(big, 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    with forked.cores_lent():
        assert not forked.can_fork(big, 2)


@needs_fork
def test_keyphrases_made_in_a_child_are_the_same() -> None:
    texts = [
        ["Community networks connect rural areas.", "Community networks need spectrum."],
        ["Data protection laws protect users.", "Cross-border data flows need trust."],
        ["Open source software strengthens digital public infrastructure."],
    ]
    serial = [keyphrases(t, "en", top=20) for t in texts]
    both = map_halves(lambda t: keyphrases(t, "en", top=20), texts, weight=len, fork=True)
    assert both == serial and serial[0]


@needs_fork
def test_background_work_comes_back_and_blas_takes_one_thread_meanwhile() -> None:
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas_threads() -> list[int]:
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    parent = os.getpid()
    with threadpool_limits(limits=2, user_api="blas"):
        before = blas_threads()
        job = forked.Background(lambda: (os.getpid(), sum(range(100))), fork=True)
        assert job.forked and set(blas_threads()) == {1}  # the child has a core of its own
        pid, total = job.result()
        assert pid != parent and total == 4950
        assert blas_threads() == before
    here = forked.Background(lambda: os.getpid(), fork=False)
    assert not here.forked and here.result() == parent


@needs_fork
def test_background_work_that_fails_in_the_child_is_made_here() -> None:
    parent = os.getpid()

    def make() -> int:
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return 7

    job = forked.Background(make, fork=True)
    assert job.forked and job.result() == 7


def test_a_lazy_background_without_a_child_makes_its_result_when_asked() -> None:
    made: list[int] = []

    def make() -> int:
        made.append(1)
        return 7

    job = forked.Background(make, fork=False, lazy=True)
    assert made == [] and not job.forked
    assert job.result() == 7 and job.result() == 7 and made == [1]
    assert forked.Background(make, fork=False).result() == 7 and made == [1, 1]


@needs_fork
def test_a_share_forks_no_child_of_its_own_and_blas_takes_one_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from threadpoolctl import threadpool_info, threadpool_limits

    def look(_: int) -> tuple[int, bool, set[int]]:
        blas = {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}
        return os.getpid(), forked.can_fork(10**6, 2), blas

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.delenv("FORUM_MESSAGES_THREADS", raising=False)
    assert forked.can_fork(10**6, 2)
    with threadpool_limits(limits=2, user_api="blas"):
        got = forked.map_halves(look, [0, 1], weight=lambda _: 1, fork=True)
        assert look(0)[1:] == (True, {2})  # as before, once the child is back
    assert len({pid for pid, _, _ in got}) == 2  # one share made in a child
    assert [can for _, can, _ in got] == [False, False]
    assert all(blas <= {1} for _, _, blas in got)


def test_the_first_share_counts_what_the_caller_does_with_its_results() -> None:
    assert forked.first_share([100, 100, 100, 100], 0.0) == 2
    # the caller's work on each of the first results (here as much again) moves the cut up
    assert forked.first_share([100, 100, 100, 100], 1.0) == 1
    assert forked.first_share([727, 586, 688, 717], 0.2) == 2
    assert forked.first_share([10, 1000], 0.2) == 1  # the child always has one item at least


@needs_fork
def test_in_order_the_last_items_are_made_in_a_child_while_the_first_ones_are_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.delenv("FORUM_MESSAGES_THREADS", raising=False)
    parent = os.getpid()
    seen: list[tuple[int, bool]] = []
    got = []
    for value, pid, could in forked.map_in_order(
        lambda x: (x * x, os.getpid(), forked.can_fork(10**6, 2)),
        range(6),
        weight=lambda x: 1,
        after=0.0,
        fork=True,
    ):
        got.append(value)
        seen.append((pid, could))
        # while the first results are used, the child is still at work: no other fork
        assert forked.can_fork(10**6, 2) == (len(got) > 3)
    assert got == [x * x for x in range(6)]
    assert [pid == parent for pid, _ in seen] == [True] * 3 + [False] * 3
    assert [could for _, could in seen] == [False] * 6  # a share forks no child of its own


@needs_fork
def test_in_order_a_failing_child_is_made_up_for_here() -> None:
    parent = os.getpid()

    def fn(x: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return -x

    assert list(forked.map_in_order(fn, [1, 2, 3, 4], lambda x: x, 0.2, fork=True)) == [
        -1,
        -2,
        -3,
        -4,
    ]
    assert not forked._SHARING  # nothing left shared


@needs_fork
def test_in_order_a_caller_that_stops_early_leaves_nothing_shared() -> None:
    results = forked.map_in_order(lambda x: x + 1, [1, 2, 3, 4], lambda x: 1, 0.0, fork=True)
    assert next(results) == 2
    results.close()  # type: ignore[attr-defined]
    assert not forked._SHARING


def test_in_order_without_a_fork_everything_is_made_here_in_order() -> None:
    parent = os.getpid()
    got = list(forked.map_in_order(lambda x: (x, os.getpid()), [3, 1, 2], lambda x: x, 0.2, False))
    assert got == [(3, parent), (1, parent), (2, parent)]
