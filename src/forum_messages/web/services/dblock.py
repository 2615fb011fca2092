"""Writes that wait out a locked SQLite database: a few short, bounded attempts.

SQLite lets one connection write at a time. A write that finds the database locked waits up to
``LOCK_WAIT_SECONDS`` (SQLite's busy timeout), then is tried again after a short pause, at
most ``len(PAUSES) + 1`` times in all (about 22 s at worst, under a proxy's usual 60 s). Other
databases (PostgreSQL) lock rows, not the file, and are called once; there, bulk writes are
run again if PostgreSQL ever aborts them to break a deadlock or a serialization conflict
(:func:`retry_conflicts`), a safety net: the comment counts they change are written in one
sorted order (services/commenttriggers), which removes the deadlocks they used to meet.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.db import DatabaseError, OperationalError, connection

from forum_messages.errors import ForumMessagesError

T = TypeVar("T")
LOCK_WAIT_SECONDS = 5.0
PAUSES = (0.2, 0.5, 1.0)


class DatabaseBusy(ForumMessagesError):
    """The database stayed locked by another writer through every attempt."""


def is_locked(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text


def _busy_timeout(ms: int | None = None) -> int:
    with connection.cursor() as cur:
        if ms is not None:
            cur.execute(f"PRAGMA busy_timeout = {int(ms)}")
        cur.execute("PRAGMA busy_timeout")
        return int(cur.fetchone()[0])


def retry_locked(write: Callable[[], T]) -> T:
    """``write()``, tried again after a short pause while the database is locked."""
    if connection.vendor != "sqlite":
        return write()
    before = _busy_timeout()
    _busy_timeout(int(LOCK_WAIT_SECONDS * 1000))
    try:
        for pause in (*PAUSES, None):
            try:
                return write()
            except OperationalError as exc:
                if not is_locked(exc):
                    raise
                if pause is None:
                    raise DatabaseBusy(
                        "the database is busy with another change; try again in a moment"
                    ) from exc
                time.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover
    finally:
        _busy_timeout(before)


#: PostgreSQL's codes for a transaction it aborted to break a deadlock or a serialization
#: conflict with another one: the whole transaction may simply be run again.
RETRYABLE_PG_CODES = ("40P01", "40001")


def is_retryable_conflict(exc: BaseException) -> bool:
    """Whether ``exc`` is PostgreSQL aborting the transaction to break a deadlock (or a
    serialization conflict); SQLite never raises these."""
    seen: BaseException | None = exc
    for _ in range(8):  # the chain of causes, never followed round a cycle for ever
        if seen is None:
            break
        if getattr(seen, "pgcode", None) in RETRYABLE_PG_CODES or (
            getattr(seen, "sqlstate", None) in RETRYABLE_PG_CODES
        ):
            return True
        seen = seen.__cause__
    return False


def retry_conflicts(write: Callable[..., T]) -> Callable[..., T]:
    """``write`` (a function that runs one transaction) run again, up to ``len(PAUSES)``
    times after a short pause, when the database aborted it to break a deadlock with another
    writer (the comment counts are changed in a sorted order and bulk writes of an edition
    wait for each other, so this is not expected; tests/web/test_tally_race.py races them).
    Inside an outer transaction nothing is retried (the outer one is already aborted)."""

    @functools.wraps(write)
    def run(*args: Any, **kwargs: Any) -> T:
        for pause in (*PAUSES, None):
            try:
                return write(*args, **kwargs)
            except DatabaseError as exc:
                if pause is None or connection.in_atomic_block or not is_retryable_conflict(exc):
                    raise
                time.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover

    return run
