"""numpy's BLAS kept to one thread while any part of the process asks for it.

The encoder computes each micro-batch on one BLAS thread (its worker threads run side by
side), and a forked child and its parent keep to one thread each (``nlp.forked``).
threadpoolctl's limiter sets the process-wide thread count and, when released, sets back the
count it found when it was made. Two limiters that overlap without nesting (two drafts of the
review site at once, the models loading in a thread while the main thread forks a child, a
lazy piece of work released before a child's) undo each other: the first released sets the
count back to several threads while the other still needs one, and the last released sets
back the one thread it found, for the rest of the process's life.

:func:`one_blas_thread` counts its holders instead: the first sets one thread, and the count
of before comes back when the last one (of any thread) lets go. Scheduling only: the results
are the same on any number of BLAS threads (``tests/synth/test_same_output.py``).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

_lock = threading.Lock()
_holders = 0
_limiter: Any = None


def _fresh_lock() -> None:
    """A forked child's own lock, free: a thread that held the parent's at the fork does not
    exist in the child and would never let go of it."""
    global _lock
    _lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_lock)


class Hold:
    """One holder of the one-thread limit; :meth:`release` (once; again does nothing) lets go."""

    def __init__(self) -> None:
        global _holders, _limiter
        with _lock:
            if _holders == 0:
                _limiter = _new_limiter()
            _holders += 1
        self._held = True

    def release(self) -> None:
        global _holders, _limiter
        with _lock:
            if not self._held:
                return
            self._held = False
            _holders -= 1
            if _holders == 0:
                limiter, _limiter = _limiter, None
                if limiter is not None:
                    limiter.restore_original_limits()


def _new_limiter() -> Any:
    """threadpoolctl's limiter of the BLAS libraries loaded now (a fresh look each time: a
    BLAS loaded since, as scipy's own with its first linear-algebra import, is limited too);
    None without threadpoolctl."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - installed with scikit-learn
        return None
    return ThreadpoolController().limit(limits=1, user_api="blas")


def holders() -> int:
    """How many holds are not yet released."""
    return _holders


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """One BLAS thread inside this block (and in any other holder's)."""
    hold = Hold()
    try:
        yield
    finally:
        hold.release()


def package_limit(
    limits: int | None = None, user_api: str | None = None
) -> AbstractContextManager[None]:
    """The encoder package's ``_threadpool`` (called as threadpoolctl's ``limit``, always
    with one BLAS thread here): the shared limit of :func:`one_blas_thread`."""
    if limits != 1 or user_api != "blas":
        raise ValueError(f"only one BLAS thread is shared, not limits={limits} {user_api}")
    return one_blas_thread()
