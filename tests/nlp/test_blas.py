"""One BLAS thread shared by every holder of the process (nlp/blas.py)."""

from __future__ import annotations

import ast
import os
import signal
import threading
from collections.abc import Callable

import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from forum_messages import astlock
from forum_messages.nlp import blas, forked


def blas_threads() -> set[int]:
    return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}


def test_holds_released_out_of_order_give_back_the_count_of_before() -> None:
    with threadpool_limits(limits=2, user_api="blas"):
        first = blas.Hold()
        second = forked._one_blas_thread()
        assert blas_threads() == {1} and blas.holders() == 2
        first.release()  # threadpoolctl's own limiter set two threads back here
        assert blas_threads() == {1}
        first.release()  # a second release does nothing
        assert blas.holders() == 1
        second.release()  # and left one thread for good here
        assert blas_threads() == {2} and blas.holders() == 0


def test_the_encoder_packages_limit_is_the_shared_one_and_only_for_one_thread() -> None:
    with blas.package_limit(limits=1, user_api="blas"):
        assert blas.holders() == 1
    assert blas.holders() == 0
    with pytest.raises(ValueError):
        blas.package_limit(limits=2, user_api="blas")


def _child_can(work: Callable[[], object]) -> int:
    """The exit code of a child forked now that runs ``work`` (killed after 5 s)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            signal.alarm(5)
            work()
            code = 0
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@pytest.mark.parametrize(
    ("lock", "work"),
    [
        (lambda: astlock._LOCK, lambda: ast.literal_eval("{'shape': (3, 4)}")),
        (lambda: blas._lock, lambda: blas.Hold().release()),
    ],
    ids=["ast", "blas"],
)
def test_a_child_forked_while_another_thread_holds_a_lock_can_take_it(
    lock: Callable[[], threading.Lock], work: Callable[[], object]
) -> None:
    held, done = threading.Event(), threading.Event()

    def holder() -> None:
        with lock():
            held.set()
            done.wait(20)

    thread = threading.Thread(target=holder)
    thread.start()
    try:
        assert held.wait(10)
        assert _child_can(work) == 0  # not -14 (SIGALRM): waiting for a lock nobody frees
    finally:
        done.set()
        thread.join(10)
