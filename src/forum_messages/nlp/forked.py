"""Independent calls shared with a forked copy of this process: the second core at work.

Some stages are plain Python over independent inputs (the keyphrases of each sub-topic), so
threads would only take turns. On a machine with more than one core, :func:`map_halves` forks
the process once: the child makes the results of about half the inputs (by weight) and sends
them back through a pipe while this process makes the others. The child is a copy of this
process, so it needs nothing loaded or sent but its share of the inputs' positions; it writes
nothing else and leaves with ``os._exit``. :class:`Background` forks in the same way for one
whole piece of work (a theme's message texts and tags) while this process does another (the
same theme's sub-topics and titles). Each of them starts, waits for and tears down its child
through :class:`Child`, as the statements' encoder does (``synth/stream.py``).

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
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
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


def _write_until(fd: int, data: bytes, patience: float) -> bool:
    """All of ``data`` written to ``fd`` (a pipe's end set not to block), or False when its
    reader took none of it for ``patience`` seconds (a child that hangs)."""
    view = memoryview(data)
    while view:
        if not select.select([], [fd], [], patience)[1]:
            return False
        try:
            view = view[os.write(fd, view) :]
        except BlockingIOError:  # taken by the time of the write: wait again
            continue
    return True


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
    """Keeps numpy's BLAS to one thread until the returned hold's ``release()`` (each output
    element is summed in the same order on any number of threads, so the results are the
    same); the limit is shared with the other holders of the process (``nlp.blas``)."""
    from forum_messages.nlp.blas import Hold

    return Hold()


def _spawn(make: Callable[[], object]) -> tuple[int, int] | None:
    """A forked child that pickles ``make()`` into a pipe and leaves: (its pid, the pipe's
    reading end), or None when no child could be started (no pipe or no process to be had:
    nothing is left open)."""
    try:
        read, write = os.pipe()
    except OSError:
        return None
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


def _reap(pid: int) -> int | None:
    """The exit code of our child ``pid``, waited for; None when it was reaped elsewhere
    (children reaped on their own, with ``SIGCHLD`` ignored)."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return None
    return os.waitstatus_to_exitcode(status)


def _collect(child: tuple[int, int], took: float) -> tuple[bool, object]:
    """(True, the child's result), or (False, None) when it failed, did not answer within
    the grace time (``took``: how long this process worked meanwhile; it is then killed) or
    sent what does not read back. The child is reaped and the pipe closed whatever happens."""
    pid, read = child
    payload: bytes | None = None
    code: int | None = 1
    try:
        payload = _read_until(read, time.monotonic() + max(GRACE_SECONDS, GRACE_FACTOR * took))
    finally:
        os.close(read)
        if payload is None:  # no answer in time: the caller makes the result itself
            os.kill(pid, signal.SIGKILL)
        code = _reap(pid)
    if payload is None or code not in (0, None):
        return False, None
    try:
        # our own child's bytes: a child that left early (``os._exit`` in ``make``) sent
        # none, one killed while writing sent a part; neither reads back as a pickle
        return True, pickle.loads(payload)
    except Exception:
        return False, None


class Child(Generic[R]):
    """``make()`` at work in a forked child, started at once (:attr:`running` tells whether
    it could be), until :meth:`result` (its result, or the caller's own when the child
    failed, hung or sent what does not read back) or :meth:`abandon` (killed).

    While it works, with ``share`` (the default), neither process forks another child
    (``can_fork``: the two cores are busy), and with ``one_blas`` (the default) numpy's BLAS
    keeps to one thread in both (limited before the fork, so the child is too): threads in
    either would only spin. Used as a context manager, a child still at work when the block
    is left (an error, a generator closed early) is abandoned: killed and reaped, its pipe
    closed, nothing left shared or limited. Only the process that started it waits for it
    or kills it (not a later fork of that process)."""

    def __init__(self, make: Callable[[], R], *, share: bool = True, one_blas: bool = True):
        self._owner = os.getpid()
        self._share = share
        self._blas: Any = None
        self._child: tuple[int, int] | None = None
        if share:
            _SHARING.append(True)
        try:
            self._blas = _one_blas_thread() if one_blas else None
            self._child = _spawn(make)
        finally:
            self._started = time.monotonic()
            if self._child is None:  # none started (or an error): nothing kept shared
                self._release()

    @property
    def running(self) -> bool:
        """Whether the child was started and is not yet collected or abandoned."""
        return self._child is not None

    def collect(self) -> tuple[bool, R | None]:
        """(True, the child's result), or (False, None) when there is none: no child, or
        one that failed, did not answer within the grace time (``GRACE_SECONDS``, or
        ``GRACE_FACTOR`` times as long as it has been at work) or sent what does not read
        back. Everything is released once it returns."""
        child, self._child = self._child, None
        if child is None or os.getpid() != self._owner:  # a later fork's copy: not its child
            return False, None
        try:
            ok, got = _collect(child, time.monotonic() - self._started)
        finally:
            self._release()
        return ok, cast("R | None", got)

    def result(self, here: Callable[[], R]) -> R:
        """The child's result, or ``here()`` when it has none (made once everything is
        released: this process then has the cores to itself)."""
        ok, got = self.collect()
        return cast("R", got) if ok else here()

    def abandon(self) -> None:
        """The child killed and reaped, its pipe closed (nothing when it is not running)."""
        child, self._child = self._child, None
        if child is None or os.getpid() != self._owner:
            return
        pid, read = child
        try:
            os.close(read)
            with suppress(ProcessLookupError):  # reaped elsewhere already
                os.kill(pid, signal.SIGKILL)
            _reap(pid)
        finally:
            self._release()

    def _release(self) -> None:
        if self._share:
            self._share = False
            _SHARING.pop()
        if self._blas is not None:
            blas, self._blas = self._blas, None
            blas.release()

    def __enter__(self) -> Child[R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abandon()


def map_halves(
    fn: Callable[[T], R], items: Sequence[T], weight: Callable[[T], int], fork: bool | None = None
) -> list[R]:
    """``[fn(x) for x in items]``, about half of it made in a forked child when worth it
    (``fork`` forces the choice either way)."""
    weights = [weight(x) for x in items]
    if fork is None:
        fork = can_fork(sum(weights), len(items))
    mine, theirs = halves(weights)
    child = Child(lambda: [fn(items[i]) for i in theirs]) if fork and theirs else None
    if child is None or not child.running:
        return [fn(x) for x in items]
    out: dict[int, R] = {}
    with child:  # an error here: the child is killed, not waited for
        for i in mine:
            out[i] = fn(items[i])
        theirs_out = child.result(lambda: [fn(items[i]) for i in theirs])
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
    cut = first_share(weights, after) if len(items) >= 2 else len(items)
    child = None
    if fork and 0 < cut < len(items):
        child = Child(lambda: [fn(items[i]) for i in range(cut, len(items))])
    if child is None or not child.running:
        for x in items:
            yield fn(x)
        return
    with child:  # a caller that stops early (or an error): the child is killed
        for i in range(cut):
            yield fn(items[i])
        rest = child.result(lambda: [fn(items[i]) for i in range(cut, len(items))])
    yield from rest


class Background(Generic[R]):
    """``make()`` computed in a forked child while this process does other work; :meth:`result`
    waits for it. With ``fork`` false, no child: ``make()`` runs here at once (with ``lazy``,
    when :meth:`result` is called). A child that failed or did not answer in time is made up
    for here, in :meth:`result`. One dropped before its result was asked for (its caller
    failed on the way) has its child killed and reaped, its pipe closed, when it is collected:
    a long-lived process (the site's server) keeps no child or pipe of a failed run."""

    def __init__(self, make: Callable[[], R], fork: bool, lazy: bool = False) -> None:
        self._make = make
        # not shared: while this child works, this process may still share other work
        child = Child(make, share=False) if fork else None
        self._child = child if child is not None and child.running else None
        if self._child is not None:  # the child holds no reference back: this one can go
            weakref.finalize(self, self._child.abandon)
        # made here later (``lazy``): BLAS keeps to one thread until then, as with a child
        self._blas: Any = _one_blas_thread() if self._child is None and lazy else None
        self._value: R | None = None
        self._ready = False
        if self._child is None and not lazy:
            self._value, self._ready = make(), True

    @property
    def forked(self) -> bool:
        """Whether a child made (or is making) the result."""
        return self._child is not None

    def result(self) -> R:
        if not self._ready:
            if self._child is not None:
                self._value = self._child.result(self._make)
            else:
                if self._blas is not None:
                    self._blas.release()
                self._value = self._make()
            self._ready = True
        return cast("R", self._value)
