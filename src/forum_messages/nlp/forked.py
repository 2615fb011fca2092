"""Independent calls shared with a forked copy of this process: the second core at work.

Some stages are plain Python over independent inputs (the keyphrases of each sub-topic), so
threads would only take turns. On a machine with more than one core, :func:`map_halves` forks
the process once: the child makes the results of about half the inputs (by weight) and sends
them back through a pipe while this process makes the others. The child is a copy of this
process, so it needs nothing loaded or sent but its share of the inputs' positions; it writes
nothing else and leaves with ``os._exit``. :class:`Background` forks in the same way for one
whole piece of work (a theme's message texts and tags) while this process does another (the
same theme's sub-topics and titles).

Everything falls back to one process: no ``fork`` (Windows), one core or
``FORUM_MESSAGES_THREADS=1`` (except inside :func:`cores_lent`: the workers of a distributed
engine, which that setting is for, wait while this process works), a call from a thread
other than the main one (the review site drafts in background threads, and a fork copies
only the calling thread), inputs too small to be worth a fork, or a child that failed or did
not answer in time (its share is then made here, so an error is raised where it would have
been; a child that hangs, for example on a lock another thread held when it was forked, is
killed after a generous deadline).
"""

from __future__ import annotations

import gc
import os
import pickle
import select
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Generic, TypeVar, cast

from forum_messages.nlp.use import threads_from_env

T = TypeVar("T")
R = TypeVar("R")

#: Total weight (for keyphrases: characters) below which a fork costs more than it saves.
MIN_WEIGHT = 20_000
#: How long the child may take beyond this process's own share: that long at least, or this
#: many times the time this process took for its share.
GRACE_SECONDS = 30.0
GRACE_FACTOR = 4.0


def _read_until(fd: int, deadline: float) -> bytes | None:
    """All bytes from ``fd`` up to its end, or None when the deadline passes first."""
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return None
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


#: Set (non-empty) inside :func:`cores_lent`.
_LENT: list[bool] = []
#: Set (non-empty) while :func:`map_halves` shares its inputs with a child, in both
#: processes: the two cores are busy, and a share forks no child of its own.
_SHARING: list[bool] = []


@contextmanager
def cores_lent(lent: bool = True) -> Iterator[None]:
    """Inside this block (with ``lent``), forks are made even with
    ``FORUM_MESSAGES_THREADS=1``: the draft runs on a distributed engine, whose workers are
    the processes that setting gives one thread each, and they wait while this process
    groups, titles and writes (what a child makes is the same as what this process would
    make, so the draft does not change)."""
    if lent:
        _LENT.append(True)
    try:
        yield
    finally:
        if lent:
            _LENT.pop()


def can_fork(total_weight: int, count: int) -> bool:
    """Whether sharing ``count`` inputs of this total weight with a child is worth it here."""
    return (
        count >= 2
        and total_weight >= MIN_WEIGHT
        and hasattr(os, "fork")
        and (os.cpu_count() or 1) > 1
        and (threads_from_env() != 1 or bool(_LENT))
        and threading.current_thread() is threading.main_thread()
        and not _SHARING
    )


def halves(weights: Sequence[int]) -> tuple[list[int], list[int]]:
    """Positions split in two sets of about equal weight (heaviest first, to the lighter set);
    the first set is never the lighter one."""
    sets: tuple[list[int], list[int]] = ([], [])
    load = [0, 0]
    for i in sorted(range(len(weights)), key=lambda i: (-weights[i], i)):
        side = 0 if load[0] <= load[1] else 1
        sets[side].append(i)
        load[side] += weights[i]
    # the heavier set stays in the calling process: the child's share costs more than its
    # weight (the fork, the pages it copies on writing, its result pickled and read back)
    return sets if load[0] >= load[1] else (sets[1], sets[0])


def _one_blas_thread() -> Any:
    """Limits numpy's BLAS to one thread until the returned limiter's
    ``restore_original_limits()`` (each output element is summed in the same order on any
    number of threads, so the results are the same); None without threadpoolctl."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - installed with scikit-learn
        return None
    # a fresh look at the loaded libraries each time (a few milliseconds): a BLAS loaded
    # since the last call (scipy's own comes with its first linear-algebra import) is
    # limited too
    return ThreadpoolController().limit(limits=1, user_api="blas")


def _spawn(make: Callable[[], object]) -> tuple[int, int] | None:
    """A forked child that pickles ``make()`` into a pipe and leaves: (its pid, the pipe's
    reading end), or None when no child could be started."""
    read, write = os.pipe()
    gc.freeze()  # the child's collections then leave the inherited objects (and pages) alone
    try:
        pid = os.fork()
    except OSError:
        pid = -1
    if pid == 0:  # the child: its result, pickled into the pipe, and out
        code = 1
        try:
            os.close(read)
            sent = pickle.dumps(make())
            with os.fdopen(write, "wb") as pipe:
                pipe.write(sent)
            code = 0
        finally:
            os._exit(code)
    gc.unfreeze()
    os.close(write)
    if pid < 0:
        os.close(read)
        return None
    return pid, read


def _collect(child: tuple[int, int], took: float) -> tuple[bool, object]:
    """(True, the child's result), or (False, None) when it failed or did not answer within
    the grace time (``took``: how long this process worked meanwhile)."""
    pid, read = child
    payload: bytes | None = None
    status = 1
    try:
        payload = _read_until(read, time.monotonic() + max(GRACE_SECONDS, GRACE_FACTOR * took))
    finally:
        os.close(read)
        if payload is None:  # no answer in time: the caller makes the result itself
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    if payload is None or os.waitstatus_to_exitcode(status) != 0:
        return False, None
    return True, pickle.loads(payload)  # our own child's bytes


def map_halves(
    fn: Callable[[T], R], items: Sequence[T], weight: Callable[[T], int], fork: bool | None = None
) -> list[R]:
    """``[fn(x) for x in items]``, about half of it made in a forked child when worth it
    (``fork`` forces the choice either way)."""
    weights = [weight(x) for x in items]
    if fork is None:
        fork = can_fork(sum(weights), len(items))
    mine, theirs = halves(weights)
    child = blas = None
    if fork and theirs:
        _SHARING.append(True)  # the child's share and this process's fork no more
        # two processes share the cores: BLAS threads in either would only spin (limited
        # before the fork, so the child is too)
        blas = _one_blas_thread()
        child = _spawn(lambda: [fn(items[i]) for i in theirs])
        if child is None:
            _SHARING.pop()
            if blas is not None:
                blas.restore_original_limits()
    if child is None:
        return [fn(x) for x in items]
    out: dict[int, R] = {}
    started = time.monotonic()
    try:
        for i in mine:
            out[i] = fn(items[i])
    finally:
        try:
            ok, got = _collect(child, time.monotonic() - started)
        finally:
            _SHARING.pop()
            if blas is not None:
                blas.restore_original_limits()
    theirs_out = cast("list[R]", got) if ok else [fn(items[i]) for i in theirs]
    for k, i in enumerate(theirs):
        out[i] = theirs_out[k]
    return [out[i] for i in range(len(items))]


def first_share(weights: Sequence[int], after: float) -> int:
    """Where to cut ``weights`` (a position from 1 to ``len(weights) - 1``) so that the items
    before the cut, each costing its weight and ``after`` times it again (what the caller
    does with each result), weigh about as much as the items from the cut on."""
    total = sum(weights)
    best, best_gap = 1, None
    before = 0
    for cut in range(1, len(weights)):
        before += weights[cut - 1]
        gap = abs(before * (1 + after) - (total - before))
        if best_gap is None or gap < best_gap:
            best, best_gap = cut, gap
    return best


def map_in_order(
    fn: Callable[[T], R],
    items: Sequence[T],
    weight: Callable[[T], int],
    after: float,
    fork: bool | None = None,
) -> Iterator[R]:
    """``fn(x)`` of each of ``items``, in order, each made when the caller asks for it; when
    worth it, a forked child makes those of the last items meanwhile (``first_share``: about
    half of the work, counting what the caller does with each of the first results,
    ``after`` times its weight), so that the caller works on the first results while the
    child still works. The same results as ``[fn(x) for x in items]``, whoever makes them."""
    weights = [weight(x) for x in items]
    if fork is None:
        fork = can_fork(sum(weights), len(items))
    child = blas = None
    cut = first_share(weights, after) if len(items) >= 2 else len(items)
    if fork and 0 < cut < len(items):
        _SHARING.append(True)  # the child's share and this process's fork no more
        blas = _one_blas_thread()  # as in map_halves: the two processes share the cores
        child = _spawn(lambda: [fn(items[i]) for i in range(cut, len(items))])
        if child is None:
            _SHARING.pop()
            if blas is not None:
                blas.restore_original_limits()
    if child is None:
        for x in items:
            yield fn(x)
        return
    started = time.monotonic()
    ok, got = False, None
    try:
        for i in range(cut):
            yield fn(items[i])
    finally:  # the child is waited for (and its answer read) even if the caller stops early
        try:
            ok, got = _collect(child, time.monotonic() - started)
        finally:
            _SHARING.pop()
            if blas is not None:
                blas.restore_original_limits()
    rest = cast("list[R]", got) if ok else [fn(items[i]) for i in range(cut, len(items))]
    yield from rest


class Background(Generic[R]):
    """``make()`` computed in a forked child while this process does other work; :meth:`result`
    waits for it. With ``fork`` false, no child: ``make()`` runs here at once (with ``lazy``,
    when :meth:`result` is called). A child that failed or did not answer in time is made up
    for here, in :meth:`result`."""

    def __init__(self, make: Callable[[], R], fork: bool, lazy: bool = False) -> None:
        self._make = make
        self._started = time.monotonic()
        # two processes share the cores: BLAS threads in either would only spin (limited
        # before the fork, so the child is too)
        self._blas: Any = _one_blas_thread() if fork or lazy else None
        self._child = _spawn(make) if fork else None
        self._value: R | None = None
        self._ready = False
        if self._child is None and not lazy:
            if self._blas is not None:
                self._blas.restore_original_limits()
                self._blas = None
            self._value, self._ready = make(), True

    @property
    def forked(self) -> bool:
        """Whether a child made (or is making) the result."""
        return self._child is not None

    def result(self) -> R:
        if not self._ready:
            ok, got = False, None
            if self._child is not None:
                ok, got = _collect(self._child, time.monotonic() - self._started)
            if self._blas is not None:
                self._blas.restore_original_limits()
            self._value = cast("R", got) if ok else self._make()
            self._ready = True
        return cast("R", self._value)
